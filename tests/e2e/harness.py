#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end harness: drives the real knowthelimits binary as its users do.

Every test gets, all of its own and all torn down at the end (also on failure, timeout or
SIGTERM from ctest):
  - a temporary HOME, XDG_CONFIG_HOME (with the settings file the test asks for) and
    XDG_RUNTIME_DIR (mode 0700);
  - a private D-Bus session bus and AT-SPI bus (at-spi-bus-launcher), so pyatspi reads the
    app's accessibility tree the way a screen reader does;
  - an X server on a free display: Xvfb for one screen, or, for two screens, Xorg with the
    dummy video driver and two real RandR outputs (see XServer for why), optionally with a
    window manager (openbox) where the test needs one (full screen, moving between screens);
  - the app, started with QT_QPA_PLATFORM=xcb and accessibility on; whatever it writes on
    stderr fails the test (the app prints nothing there when all is well).

Input goes in as a user's would: real key and button events through XTEST (xdotool), into the
window that has the input focus. Output is read as a user or screen reader would: window
geometry (xwininfo), screenshots (PIL, over XCB), and the AT-SPI tree (pyatspi).

Python: /usr/bin/python3, the Debian one (python3-pyatspi, python3-pil are Debian packages).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

SOURCE_DIR = Path(__file__).resolve().parents[2]
CONTENT_DIR = SOURCE_DIR / "resources" / "content"
TS_FILE = SOURCE_DIR / "translations" / "knowthelimits_es.ts"
APP_NAME = "knowthelimits"

# Window titles, in either language (X adds " — Know the Limits", the application's name, to
# a title that is not the name itself). Filled in from the .ts file below.
MAIN_TITLE_RE = AUDIENCE_TITLE_RE = NOTES_TITLE_RE = ""

# Roles a user can operate (Tab to, press, type in): each must have a name.
INTERACTIVE_ROLES = {
    "push button", "toggle button", "radio button", "check box", "link", "entry",
    "password text", "combo box", "slider", "spin button", "page tab", "menu item",
    "check menu item", "radio menu item",
}
# Roles that hold text a user reads.
TEXT_ROLES = {
    "label", "static", "paragraph", "text", "heading", "document text", "caption",
    "block quote", "description term", "description value", "section", "article",
}


# --------------------------------------------------------------------------------------------
# Failures and logging


class TestFailure(AssertionError):
    """A check failed: the message says what was expected and what was found."""


class HarnessError(RuntimeError):
    """The test could not be run (an X server or bus did not start): not a verdict on the app."""


class Deadline(BaseException):
    """The test ran past its time limit (raised from SIGALRM)."""


_T0 = time.monotonic()
VERBOSE = bool(os.environ.get("KTL_E2E_VERBOSE"))
LOG_STREAM = sys.stdout  # dump_a11y.py logs to stderr: its stdout is the tree
# Every wait is this many times longer, for a slow machine or build: KTL_E2E_SLOW=3.
SLOW = max(1.0, float(os.environ.get("KTL_E2E_SLOW") or 1))


def log(msg: str) -> None:
    print(f"[{time.monotonic() - _T0:6.2f}s] {msg}", file=LOG_STREAM, flush=True)


def debug(msg: str) -> None:
    if VERBOSE:
        log(msg)


def expect(condition: bool, expected: str, found: str) -> None:
    if not condition:
        raise TestFailure(f"expected {expected}; found {found}")


def poll(fn: Callable[[], object], timeout: float, interval: float = 0.1, what: str = "") -> object:
    """fn() until it returns something truthy; that value, or None after timeout seconds."""
    end = time.monotonic() + timeout * SLOW
    while True:
        try:
            value = fn()
        except (HarnessError, TestFailure, Deadline):
            raise
        except Exception as e:  # a node that vanished mid-walk, a window being remapped
            debug(f"poll({what}): {type(e).__name__}: {e}")
            value = None
        if value:
            return value
        if time.monotonic() >= end:
            return None
        time.sleep(interval)


# --------------------------------------------------------------------------------------------
# Geometry


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    @property
    def center(self) -> tuple[int, int]:
        return (self.x + self.w // 2, self.y + self.h // 2)

    def contains(self, other: "Rect", slack: int = 0) -> bool:
        return (other.x >= self.x - slack and other.y >= self.y - slack
                and other.right <= self.right + slack and other.bottom <= self.bottom + slack)

    def contains_point(self, px: int, py: int) -> bool:
        return self.x <= px < self.right and self.y <= py < self.bottom

    def __str__(self) -> str:
        return f"{self.w}x{self.h}+{self.x}+{self.y}"


# --------------------------------------------------------------------------------------------
# Content and translations (read from the source tree, to know what the app should show)


def load_json(relative: str) -> dict:
    return json.loads((CONTENT_DIR / relative).read_text(encoding="utf-8"))


_ts_cache: Optional[dict[str, str]] = None


def translate(source: str, lang: str) -> str:
    """The app's text for an English source string in lang (translations/knowthelimits_es.ts);
    the source itself in English, or where the .ts has no finished translation."""
    global _ts_cache
    if lang == "en":
        return source
    if _ts_cache is None:
        _ts_cache = {}
        root = ET.parse(TS_FILE).getroot()
        for message in root.iter("message"):
            src = message.findtext("source")
            tr = message.find("translation")
            if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = tr.text or "".join((n.text or "") for n in tr.iter("numerusform"))
            if text:
                _ts_cache.setdefault(src, text)
    return _ts_cache.get(source, source)


def _title_re(source: str, whole: bool) -> str:
    alternatives = "|".join(re.escape(t) for t in {source, translate(source, "es")})
    return rf"^({alternatives})" + (r"( — Know the Limits)?$" if whole else r"(?!\w)")


MAIN_TITLE_RE = _title_re("Know the Limits", whole=True)
AUDIENCE_TITLE_RE = _title_re("Know the Limits — presentation", whole=False)
NOTES_TITLE_RE = _title_re("Know the Limits — presenter notes", whole=False)


def markdown_to_plain(text: str) -> str:
    """Content text as a reader sees it: links as their text, emphasis marks gone."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\*\*|__|\*|_(?=\w)|(?<=\w)_", "", text)
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.M)
    return re.sub(r"\s+", " ", text).strip()


def has_markup(text: str) -> Optional[str]:
    """The markup found in text meant for a screen reader, or None."""
    for pattern in (r"<[A-Za-z/!]", r"&(lt|gt|amp|quot|apos|nbsp|#\d+|#x[0-9a-fA-F]+);", r"style>"):
        m = re.search(pattern, text or "")
        if m:
            start = max(0, m.start() - 20)
            return text[start:m.end() + 30]
    return None


# --------------------------------------------------------------------------------------------
# Processes


def _which(tool: str) -> str:
    path = shutil.which(tool) or (f"/usr/libexec/{tool}" if os.path.exists(f"/usr/libexec/{tool}") else None)
    if not path:
        raise HarnessError(f"{tool} is not installed (scripts/setup.sh installs the e2e test packages)")
    return path


def run_tool(argv: list[str], env: dict, timeout: float = 10, check: bool = True) -> str:
    r = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    if check and r.returncode != 0:
        raise HarnessError(f"{' '.join(argv)} failed ({r.returncode}): {r.stderr.strip()[:500]}")
    return r.stdout


class _X11:
    """The little of Xlib that xdotool does not offer: a polite WM_DELETE_WINDOW."""

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                    ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                    ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                    ("l", ctypes.c_long * 5), ("pad", ctypes.c_long * 12)]

    def __init__(self) -> None:
        name = ctypes.util.find_library("X11") or "libX11.so.6"
        self.lib = ctypes.CDLL(name)
        self.lib.XOpenDisplay.restype = ctypes.c_void_p
        self.lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.lib.XInternAtom.restype = ctypes.c_ulong
        self.lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                                        ctypes.c_void_p]
        self.lib.XFlush.argtypes = [ctypes.c_void_p]
        self.lib.XCloseDisplay.argtypes = [ctypes.c_void_p]

    def delete_window(self, display: str, wid: int) -> bool:
        dpy = self.lib.XOpenDisplay(display.encode())
        if not dpy:
            return False
        try:
            ev = self.ClientMessage()
            ev.type = 33  # ClientMessage
            ev.window = wid
            ev.message_type = self.lib.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
            ev.format = 32
            ev.l[0] = self.lib.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
            ev.l[1] = 0  # CurrentTime
            self.lib.XSendEvent(dpy, wid, 0, 0, ctypes.byref(ev))
            self.lib.XFlush(dpy)
            return True
        finally:
            self.lib.XCloseDisplay(dpy)


# --------------------------------------------------------------------------------------------
# The X server


class XServer:
    """One X server of the test's own.

    One screen: Xvfb -displayfd. Two screens: Xorg with the dummy driver, whose 16 RandR
    outputs DUMMY0..15 can each be given a mode and a position with xrandr, exactly like a
    laptop panel and a projector; Qt's xcb plugin makes one QScreen per RandR monitor, so it sees
    two screens (checked with qtdiag, see qt_screens()). Xvfb was tried for two screens and is
    not used: Xvfb 21.1 accepts `xrandr --setmonitor` with exit code 0 but keeps reporting one
    monitor (RandR 1.5 user monitors are not listed), and +xinerama with two -screen options
    gives two X screens, which Qt 6 does not treat as one desktop.

    wm=True starts openbox (EWMH): without a window manager, nothing makes a window full screen
    or moves it to another monitor, which presenter mode needs. Tests that check the app's own
    window sizing (small screens) run without one, so no window manager can hide a bug.
    """

    def __init__(self, run: "Run", screens: list[tuple[int, int]], wm: bool = False):
        self.run = run
        self.screens: list[Rect] = []
        x = 0
        for w, h in screens:
            self.screens.append(Rect(x, 0, w, h))
            x += w
        self.width = x
        self.height = max(h for _, h in screens)
        self.display = ""
        self.proc: Optional[subprocess.Popen] = None
        self.wm_proc: Optional[subprocess.Popen] = None
        self.kind = "Xvfb" if len(screens) == 1 else "Xorg-dummy"
        self._start()
        if wm:
            self._start_wm()

    @property
    def env(self) -> dict:
        env = dict(self.run.env)
        env["DISPLAY"] = self.display
        return env

    def _start(self) -> None:
        r, w = os.pipe()
        d = self.run.tmp / f"x{len(self.run.xservers)}"
        d.mkdir()
        log_path = d / "server.log"
        if self.kind == "Xvfb":
            argv = [_which("Xvfb"), "-displayfd", str(w), "-screen", "0", f"{self.width}x{self.height}x24",
                    "-nolisten", "tcp", "-noreset", "+extension", "RANDR"]
        else:
            if os.geteuid() != 0:
                raise HarnessError("two screens need Xorg with the dummy driver, run as root")
            if not Path("/usr/lib/xorg/modules/drivers/dummy_drv.so").exists():
                raise HarnessError("xserver-xorg-video-dummy is not installed")
            conf = d / "xorg.conf"
            conf.write_text(self._xorg_conf())
            (d / "xorg.conf.d").mkdir()
            argv = [_which("Xorg"), "-config", str(conf), "-configdir", str(d / "xorg.conf.d"),
                    "-noreset", "-nolisten", "tcp", "-logfile", str(log_path), "-displayfd", str(w)]
        self.proc = self.run.spawn(argv, self.run.env, name=self.kind, log=d / "stderr.log", pass_fds=(w,))
        os.close(w)
        number = b""
        end = time.monotonic() + 20
        while not number.endswith(b"\n"):
            left = end - time.monotonic()
            if left <= 0 or self.proc.poll() is not None:
                os.close(r)
                raise HarnessError(f"{self.kind} did not start: "
                                   f"{(d / 'stderr.log').read_text(errors='replace')[-800:]}")
            ready, _, _ = select.select([r], [], [], min(left, 0.5))
            if ready:
                chunk = os.read(r, 64)
                if not chunk:
                    break
                number += chunk
        os.close(r)
        self.display = ":" + number.decode().strip()
        self.run.xservers.append(self)
        log(f"{self.kind} on {self.display}: " + ", ".join(str(s) for s in self.screens))
        if self.kind == "Xorg-dummy":
            self._set_outputs()

    def _xorg_conf(self) -> str:
        modes = "\n".join(self._modeline(w, h) for w, h in {(s.w, s.h) for s in self.screens})
        names = " ".join(f'"{s.w}x{s.h}"' for s in self.screens)
        return f"""# Written by tests/e2e/harness.py: a private server with no input devices.
Section "ServerFlags"
    Option "AutoAddDevices" "false"
    Option "AutoEnableDevices" "false"
    Option "DontVTSwitch" "true"
    Option "AllowMouseOpenFail" "true"
    Option "PciForceNone" "true"
    Option "BlankTime" "0"
    Option "StandbyTime" "0"
    Option "SuspendTime" "0"
    Option "OffTime" "0"
EndSection
Section "Device"
    Identifier "dummy"
    Driver "dummy"
    VideoRam 256000
EndSection
Section "Monitor"
    Identifier "monitor"
    HorizSync 5.0-1000.0
    VertRefresh 5.0-200.0
{modes}
EndSection
Section "Screen"
    Identifier "screen"
    Device "dummy"
    Monitor "monitor"
    DefaultDepth 24
    SubSection "Display"
        Depth 24
        Virtual {self.width} {self.height}
        Modes {names}
    EndSubSection
EndSection
"""

    @staticmethod
    def _modeline(w: int, h: int) -> str:
        htotal, vtotal = w + 160, h + 30
        clock = htotal * vtotal * 60 / 1e6
        return (f'    Modeline "{w}x{h}" {clock:.2f} {w} {w + 48} {w + 80} {htotal} '
                f'{h} {h + 3} {h + 8} {vtotal} -hsync +vsync')

    def _set_outputs(self) -> None:
        xrandr = _which("xrandr")
        env = self.env
        existing = run_tool([xrandr], env)
        argv = [xrandr]
        for i, s in enumerate(self.screens):
            mode = f"{s.w}x{s.h}"
            if not re.search(rf"^\s+{mode}\s", existing, re.M):
                fields = self._modeline(s.w, s.h).split(None, 2)[2].split()
                run_tool([xrandr, "--newmode", mode] + fields, env, check=False)
            run_tool([xrandr, "--addmode", f"DUMMY{i}", mode], env, check=False)
            argv += ["--output", f"DUMMY{i}", "--mode", mode, "--pos", f"{s.x}x{s.y}"]
            if i == 0:
                argv.append("--primary")
        run_tool(argv, env)
        found = self.monitors()
        if found != self.screens:
            raise HarnessError(f"xrandr --listmonitors shows {[str(m) for m in found]}, "
                               f"not {[str(s) for s in self.screens]}")

    def monitors(self) -> list[Rect]:
        """RandR monitors, as `xrandr --listmonitors` reports them."""
        out = run_tool([_which("xrandr"), "--listmonitors"], self.env)
        return [Rect(int(m[2]), int(m[3]), int(m[0]), int(m[1]))
                for m in re.findall(r"(\d+)/\d+x(\d+)/\d+\+(\d+)\+(\d+)", out)]

    def qt_screens(self) -> list[Rect]:
        """The screens Qt itself sees on this display (qtdiag, same Qt and xcb plugin as the app);
        falls back to the RandR monitors where qtdiag is not installed."""
        qtdiag = next((p for p in ("/usr/lib/qt6/bin/qtdiag", shutil.which("qtdiag6") or "") if p and os.path.exists(p)), None)
        if not qtdiag:
            return self.monitors()
        env = self.env
        env["QT_QPA_PLATFORM"] = "xcb"
        out = run_tool([qtdiag], env, timeout=20, check=False)
        screens = []
        for block in re.split(r"\n# \d+ ", out)[1:]:
            m = re.search(r"^\s+Geometry: (\d+)x(\d+)\+(-?\d+)\+(-?\d+)", block, re.M)
            if m:
                screens.append(Rect(int(m[3]), int(m[4]), int(m[1]), int(m[2])))
        return screens

    def _start_wm(self) -> None:
        d = self.run.tmp / f"wm{len(self.run.xservers)}"
        d.mkdir()
        env = self.env
        env["XDG_CONFIG_HOME"] = str(d)  # openbox's own settings: none, the defaults
        self.wm_proc = self.run.spawn([_which("openbox"), "--sm-disable"], env, name="openbox", log=d / "openbox.log")
        ok = poll(lambda: "window id #" in run_tool(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], self.env, check=False),
                  10, what="window manager")
        if not ok:
            raise HarnessError("openbox did not start: " + (d / "openbox.log").read_text(errors="replace")[-500:])
        log("openbox is managing windows")

    def screenshot(self, region: Optional[Rect] = None, save_as: Optional[str] = None):
        """The screen (or a part of it) as a PIL image; saved to the artifacts folder if asked."""
        from PIL import ImageGrab
        image = ImageGrab.grab(xdisplay=self.display)
        if region:
            image = image.crop((region.x, region.y, region.right, region.bottom))
        if save_as:
            path = self.run.artifacts / save_as
            image.save(path)
            debug(f"screenshot {path}")
        return image

    def screenshot_window(self, wid: int, save_as: Optional[str] = None):
        """One window's client area, as it is on screen (what covers it included)."""
        return self.screenshot(self.geometry(wid), save_as)

    # ---- windows and input

    def windows(self, pid: Optional[int] = None, title_re: Optional[str] = None) -> list[int]:
        argv = ["xdotool", "search", "--all", "--onlyvisible"]
        if pid:
            argv += ["--pid", str(pid)]
        argv += ["--name", title_re or "."]
        out = run_tool(argv, self.env, check=False)
        return [int(w) for w in out.split()]

    def title(self, wid: int) -> str:
        return run_tool(["xdotool", "getwindowname", str(wid)], self.env, check=False).strip()

    def geometry(self, wid: int) -> Rect:
        """The window's client area in root coordinates (the frame of a window manager excluded)."""
        out = run_tool(["xwininfo", "-id", str(wid)], self.env)
        get = lambda key: int(re.search(rf"{key}:\s+(-?\d+)", out).group(1))
        return Rect(get("Absolute upper-left X"), get("Absolute upper-left Y"), get("Width"), get("Height"))

    def focus(self, wid: int) -> None:
        if self.wm_proc:
            run_tool(["xdotool", "windowactivate", "--sync", str(wid)], self.env, check=False, timeout=5)
        run_tool(["xdotool", "windowfocus", "--sync", str(wid)], self.env, check=False, timeout=5)

    def key(self, *keys: str, wid: Optional[int] = None, delay_ms: int = 60) -> None:
        """Real key events (XTEST) into wid, which is given the input focus first."""
        if wid:
            self.focus(wid)
        run_tool(["xdotool", "key", "--delay", str(delay_ms)] + list(keys), self.env)

    def type(self, text: str, wid: Optional[int] = None) -> None:
        if wid:
            self.focus(wid)
        run_tool(["xdotool", "type", "--delay", "40", text], self.env)

    def click(self, x: int, y: int, button: int = 1) -> None:
        """A real click at root coordinates (x, y)."""
        # Not --sync: it waits for the pointer to move, forever if it is already there (the
        # pointer starts in the middle of the screen).
        run_tool(["xdotool", "mousemove", str(x), str(y)], self.env)
        time.sleep(0.1)
        run_tool(["xdotool", "click", str(button)], self.env)

    def click_in(self, wid: int, x: int, y: int) -> None:
        """A click at window-relative coordinates."""
        g = self.geometry(wid)
        self.click(g.x + x, g.y + y)

    def close(self) -> None:
        for p in (self.wm_proc, self.proc):
            if p:
                self.run.stop(p)
        self.wm_proc = self.proc = None


# --------------------------------------------------------------------------------------------
# AT-SPI


@dataclass
class Node:
    """One accessible object, read at one moment."""
    role: str
    name: str
    description: str
    states: list[str]
    extents: Optional[Rect]
    text: Optional[str]
    value: Optional[float]
    depth: int
    index: int
    parent: Optional[int]
    acc: object = field(repr=False, default=None)
    tree: Optional[list] = field(repr=False, default=None)

    def has(self, state: str) -> bool:
        return state in self.states

    @property
    def showing(self) -> bool:
        return "showing" in self.states

    def ancestors(self) -> list["Node"]:
        out, p = [], self.parent
        while p is not None and self.tree is not None:
            out.append(self.tree[p])
            p = self.tree[p].parent
        return out

    def descendants(self) -> list["Node"]:
        if self.tree is None:
            return []
        out = []
        for n in self.tree[self.index + 1:]:
            if n.depth <= self.depth:
                break
            out.append(n)
        return out

    def label(self) -> str:
        bits = [self.role, repr(self.name)]
        if self.description:
            bits.append(f"description={self.description!r}")
        return " ".join(bits)

    def to_dict(self) -> dict:
        return {"role": self.role, "name": self.name, "description": self.description,
                "states": self.states, "extents": None if not self.extents else
                [self.extents.x, self.extents.y, self.extents.w, self.extents.h],
                "text": self.text, "value": self.value, "depth": self.depth}

    def line(self, base_depth: int = 0) -> str:
        interesting = [s for s in self.states if s in (
            "focusable", "focused", "showing", "selected", "checked", "pressed", "expanded",
            "modal", "editable", "sensitive", "enabled")]
        if "enabled" in interesting and "sensitive" in interesting:
            interesting.remove("sensitive")
        parts = ["  " * (self.depth - base_depth) + f"[{self.role}]", repr(self.name)]
        if self.description:
            parts.append(f"desc={self.description!r}")
        if self.text not in (None, "", self.name):
            parts.append(f"text={self.text[:160]!r}")
        if self.value is not None:
            parts.append(f"value={self.value:g}")
        if self.extents:
            parts.append(f"@{self.extents}")
        parts.append("{" + ",".join(s for s in interesting if s not in ("enabled", "sensitive")) + "}")
        return " ".join(parts)


class A11y:
    """The app as a screen reader sees it, through the test's private AT-SPI bus."""

    def __init__(self, run: "Run"):
        self.run = run
        try:
            import pyatspi  # after DBUS_SESSION_BUS_ADDRESS is set: the AT-SPI bus is found through it
        except ImportError as e:
            raise HarnessError(f"pyatspi cannot be imported by {sys.executable} ({e}): run the tests with "
                               "/usr/bin/python3 and install python3-pyatspi (scripts/setup.sh)")
        self.pyatspi = pyatspi

    def application(self, timeout: float = 15.0):
        def find():
            desktop = self.pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                a = desktop.getChildAtIndex(i)
                if a is not None and a.name == APP_NAME and a.childCount > 0:
                    return a
            return None
        app = poll(find, timeout, 0.2, "AT-SPI application")
        if not app:
            raise TestFailure(f"expected the application {APP_NAME!r} on the AT-SPI bus within {timeout:.0f} s; "
                              "found none (is accessibility on? QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1)")
        return app

    def _read(self, acc, depth: int, index: int, parent: Optional[int], tree: list, light: bool = False) -> Node:
        """A node; light: role, name and states only (enough to find the focus, 3x quicker)."""
        p = self.pyatspi

        def get(fn, default):
            try:
                return fn()
            except Exception:
                return default
        role = get(acc.getRoleName, "?")
        name = get(lambda: acc.name or "", "")
        states = get(lambda: sorted(p.stateToString(s) for s in acc.getState().getStates()), [])
        if light:
            return Node(role, name, "", states, None, None, None, depth, index, parent, acc, tree)
        description = get(lambda: acc.description or "", "")
        extents = None
        e = get(lambda: acc.queryComponent().getExtents(p.DESKTOP_COORDS), None)
        if e is not None and (e.width > 0 or e.height > 0):
            extents = Rect(e.x, e.y, e.width, e.height)
        text = get(lambda: acc.queryText().getText(0, -1), None)
        value = get(lambda: float(acc.queryValue().currentValue), None)
        return Node(role, name, description, states, extents, text, value, depth, index, parent, acc, tree)

    def tree(self, root=None, max_nodes: int = 5000, max_depth: int = 60, light: bool = False) -> list[Node]:
        """Depth-first, document order: each node with its depth and parent index."""
        root = root if root is not None else self.application()
        tree: list[Node] = []

        def walk(acc, depth: int, parent: Optional[int]) -> None:
            if len(tree) >= max_nodes or depth > max_depth:
                return
            node = self._read(acc, depth, len(tree), parent, tree, light)
            tree.append(node)
            try:
                count = acc.childCount
            except Exception:
                count = 0
            for i in range(count):
                try:
                    child = acc.getChildAtIndex(i)
                except Exception:
                    continue
                if child is not None:
                    walk(child, depth + 1, node.index)

        walk(root, 0, None)
        return tree

    def settled_tree(self, timeout: float = 10.0, quiet: float = 0.6) -> list[Node]:
        """The tree once it has stopped changing (a page still loading is not judged)."""
        end = time.monotonic() + timeout
        last_sig, last_change, tree = None, time.monotonic(), []
        while True:
            tree = self.tree()
            sig = [(n.role, n.name, n.showing, n.extents) for n in tree]
            now = time.monotonic()
            if sig != last_sig:
                last_sig, last_change = sig, now
            elif now - last_change >= quiet and len(tree) > 2:
                return tree
            if now >= end:
                return tree
            time.sleep(0.15)

    @staticmethod
    def focused_in(tree: list[Node]) -> Optional[Node]:
        """The deepest node with state focused (a focused tool bar contains its focused button)."""
        focused = [n for n in tree if n.has("focused") and n.role not in ("application", "frame", "window")]
        if not focused:
            return None
        return max(focused, key=lambda n: (n.depth, n.index))

    def focused(self) -> Optional[Node]:
        """The focused node, read in full; its ancestors (node.ancestors()) in brief."""
        tree = self.tree(light=True)
        node = self.focused_in(tree)
        if node is None:
            return None
        full = self._read(node.acc, node.depth, node.index, node.parent, tree)
        tree[node.index] = full
        return full

    def find(self, tree: list[Node], role: Optional[str | set] = None, name: Optional[str] = None,
             name_re: Optional[str] = None, pred: Optional[Callable[[Node], bool]] = None) -> list[Node]:
        roles = {role} if isinstance(role, str) else role
        out = []
        for n in tree:
            if roles and n.role not in roles:
                continue
            if name is not None and n.name != name:
                continue
            if name_re is not None and not re.search(name_re, n.name or ""):
                continue
            if pred and not pred(n):
                continue
            out.append(n)
        return out

    def wait_for(self, what: str, timeout: float = 8.0, **criteria) -> list[Node]:
        """Nodes matching criteria (see find) once at least one exists; fails after timeout."""
        result: list[Node] = []

        def attempt():
            nonlocal result
            tree = self.tree()
            result = self.find(tree, **criteria)
            return result
        found = poll(attempt, timeout, 0.2, what)
        if not found:
            self.run.save_tree("missing-" + re.sub(r"\W+", "-", what)[:40])
            raise TestFailure(f"expected {what} within {timeout:.0f} s; found none")
        return found

    def wait_gone(self, what: str, timeout: float = 5.0, **criteria) -> None:
        if not poll(lambda: not self.find(self.tree(), **criteria), timeout, 0.2, what):
            raise TestFailure(f"expected {what} to go away within {timeout:.0f} s; it is still there")

    def window_nodes(self, tree: list[Node], title_re: str) -> list[Node]:
        """The subtree of the top-level window (frame) whose name matches title_re."""
        for n in tree:
            if n.depth == 1 and re.search(title_re, n.name or ""):
                return [n] + n.descendants()
        return []


def format_tree(tree: list[Node], only_showing: bool = False) -> str:
    lines = []
    for n in tree:
        if only_showing and n.depth > 1 and not n.showing:
            continue
        lines.append(n.line())
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# The app


class App:
    def __init__(self, run: "Run", x: XServer, args: list[str], settings: Optional[dict]):
        self.run, self.x, self.args = run, x, args
        self.index = len(run.apps)
        self.stderr_path = run.artifacts / f"app{self.index}.stderr"
        binary = wait_for_binary(run.binary)
        cfg = Path(run.env["XDG_CONFIG_HOME"]) / "KnowTheLimits"
        cfg.mkdir(parents=True, exist_ok=True)
        if settings is not None and settings is not False:  # False: the file the last run left
            (cfg / "knowthelimits.conf").write_text(settings_ini(settings), encoding="utf-8")
            os.chmod(cfg / "knowthelimits.conf", 0o600)
        env = x.env
        env.update({"QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"})
        log(f"start {binary.name} {' '.join(args)}")
        for attempt in range(4):
            try:
                self.proc = run.spawn([str(binary)] + args, env, name="app", log=self.stderr_path)
                break
            except OSError as e:  # ETXTBSY, ENOEXEC: caught mid-relink
                if attempt == 3:
                    raise HarnessError(f"{binary} cannot be started: {e}")
                log(f"{binary} cannot be started ({e}); waiting for it")
                time.sleep(3)
                binary = wait_for_binary(run.binary)
        self.pid = self.proc.pid
        self.stopped = False
        run.apps.append(self)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def wait_window(self, title_re: str = MAIN_TITLE_RE, timeout: float = 12.0) -> int:
        def find():
            if not self.alive():
                raise TestFailure(f"expected the app to keep running; it exited with code {self.proc.returncode} "
                                  "(its stderr is reported separately)")
            for wid in self.x.windows(pid=self.pid):
                if re.search(title_re, self.x.title(wid)):
                    g = self.x.geometry(wid)
                    if g.w > 1 and g.h > 1:
                        return wid
            return None
        wid = poll(find, timeout, 0.2, f"window {title_re}")
        if not wid:
            titles = [self.x.title(w) for w in self.x.windows(pid=self.pid)]
            raise TestFailure(f"expected a window titled /{title_re}/ within {timeout:.0f} s; found {titles}")
        debug(f"window {wid:#x} {self.x.title(wid)!r} at {self.x.geometry(wid)}")
        return wid

    def stderr_text(self) -> str:
        try:
            return self.stderr_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def stop(self) -> None:
        """Closes the windows as a user would (WM_DELETE_WINDOW), then insists; judges stderr."""
        if self.stopped:
            return
        self.stopped = True
        if self.alive():
            try:
                x11 = _X11()
                for wid in self.x.windows(pid=self.pid):
                    x11.delete_window(self.x.display, wid)
            except Exception as e:
                debug(f"WM_DELETE_WINDOW: {e}")
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                pass
        self.run.stop(self.proc)
        lines = [l for l in self.stderr_text().splitlines() if l.strip()]
        if lines:
            shown = "\n    ".join(lines[:40]) + (f"\n    …and {len(lines) - 40} more" if len(lines) > 40 else "")
            self.run.problem(f"expected nothing on the app's stderr ({' '.join(self.args)}); "
                             f"found {len(lines)} line(s):\n    {shown}")


def settings_ini(settings: dict) -> str:
    """{"language": "en", "display/textScale": 2} → the app's INI settings file."""
    general, sections = [], {}
    for key, value in settings.items():
        if isinstance(value, bool):
            value = "true" if value else "false"
        if "/" in key:
            section, k = key.split("/", 1)
            sections.setdefault(section, []).append(f"{k}={value}")
        else:
            general.append(f"{key}={value}")
    out = "\n".join(general) + ("\n" if general else "")
    for section, lines in sections.items():
        out += f"\n[{section}]\n" + "\n".join(lines) + "\n"
    return out


def wait_for_binary(path: Path, timeout: float = 120.0) -> Path:
    """The binary, once it exists and has not changed for 2 s (it may be relinking now)."""
    def ready():
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        return path if st.st_size > 0 and time.time() - st.st_mtime > 2 and os.access(path, os.X_OK) else None
    found = poll(ready, timeout, 1.0, "binary")
    if not found:
        raise HarnessError(f"{path} does not exist (or is still being written)")
    return found


# --------------------------------------------------------------------------------------------
# One test run


class Run:
    """Everything one test process owns; close() tears all of it down."""

    def __init__(self, name: str, binary: str | Path, keep: bool = False):
        self.name = name
        self.binary = Path(binary).resolve()
        self.keep = keep
        self.procs: list[subprocess.Popen] = []
        self.xservers: list[XServer] = []
        self.apps: list[App] = []
        self.problems: list[str] = []
        self.marker = f"{name}-{os.getpid()}-{time.time_ns()}"
        self.tmp = Path(tempfile.mkdtemp(prefix=f"ktl-e2e-{name}-"))
        base = os.environ.get("KTL_E2E_ARTIFACTS") or f"/tmp/ktl-e2e-artifacts/{name}"
        self.artifacts = Path(base)
        shutil.rmtree(self.artifacts, ignore_errors=True)
        self.artifacts.mkdir(parents=True, exist_ok=True)
        home, config, runtime = self.tmp / "home", self.tmp / "config", self.tmp / "runtime"
        for d in (home, config, runtime):
            d.mkdir(mode=0o700)
        os.chmod(runtime, 0o700)
        # The app's environment: only what it needs, nothing of the desktop this may run in.
        keep_vars = ("PATH", "LANG", "TERM", "ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS")
        self.env = {k: v for k, v in os.environ.items() if k in keep_vars}
        self.env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(config), "XDG_RUNTIME_DIR": str(runtime),
                         "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local/share"),
                         "LC_ALL": "C.UTF-8", "NO_AT_BRIDGE": "0", "KTL_E2E_RUN": self.marker})
        # Orphans of our children (the AT-SPI bus's dbus-daemon, say) come to this process, which
        # reaps them at the end, rather than to an init that might leave them as zombies.
        try:
            ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        except Exception:
            pass
        self._a11y: Optional[A11y] = None
        self.x: Optional[XServer] = None
        self.app: Optional[App] = None
        self._start_buses()

    # ---- processes

    def spawn(self, argv: list[str], env: dict, name: str, log: Optional[Path] = None,
              pass_fds: Iterable[int] = (), stdout_pipe: bool = False) -> subprocess.Popen:
        out = open(log, "wb") if log else subprocess.DEVNULL
        try:
            p = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE if stdout_pipe else subprocess.DEVNULL,
                                 stderr=out, start_new_session=True, pass_fds=tuple(pass_fds))
        finally:
            if log:
                out.close()
        p.ktl_name = name  # type: ignore[attr-defined]
        self.procs.append(p)
        debug(f"spawned {name} pid {p.pid}")
        return p

    def stop(self, p: subprocess.Popen, grace: float = 3.0) -> None:
        """SIGTERM to the process's own group (it was started in a session of its own), then SIGKILL."""
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                p.wait(grace)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(p.pid, signal.SIGKILL)  # whatever is left in its group
        except (ProcessLookupError, PermissionError):
            pass
        try:
            p.wait(2)
        except subprocess.TimeoutExpired:
            pass

    def _start_buses(self) -> None:
        bus_dir = self.tmp / "bus"
        bus_dir.mkdir(mode=0o700)
        p = self.spawn([_which("dbus-daemon"), "--session", "--nofork", "--nopidfile", "--print-address=1",
                        f"--address=unix:path={bus_dir}/session"], self.env, name="dbus",
                       log=self.tmp / "dbus.log", stdout_pipe=True)
        ready, _, _ = select.select([p.stdout], [], [], 10)
        address = p.stdout.readline().decode().strip() if ready else ""
        if not address:
            raise HarnessError("dbus-daemon did not start: " + (self.tmp / "dbus.log").read_text(errors="replace"))
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        # The AT-SPI bus; started without DISPLAY, so it outlives the X servers a test goes through.
        # Clients find it through org.a11y.Bus on the session bus.
        self.spawn([_which("at-spi-bus-launcher"), "--launch-immediately"], self.env, name="at-spi",
                   log=self.tmp / "at-spi.log")

        def bus_up():
            out = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                                  "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=self.env,
                                 capture_output=True, text=True, timeout=5)
            return out.returncode == 0 and "unix:" in out.stdout
        if not poll(bus_up, 10, 0.1, "AT-SPI bus"):
            raise HarnessError("the AT-SPI bus (at-spi-bus-launcher) did not start: "
                               + (self.tmp / "at-spi.log").read_text(errors="replace"))
        # pyatspi, in this process, must find this bus and no other.
        for k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "HOME"):
            os.environ[k] = self.env[k]
        os.environ.pop("AT_SPI_BUS_ADDRESS", None)
        os.environ.pop("DISPLAY", None)
        debug("D-Bus session and AT-SPI bus are up")

    # ---- what tests use

    @property
    def a11y(self) -> A11y:
        if self._a11y is None:
            self._a11y = A11y(self)
        return self._a11y

    def start_x(self, screens: list[tuple[int, int]], wm: bool = False) -> XServer:
        if self.x:
            self.stop_x()
        self.x = XServer(self, screens, wm)
        return self.x

    def stop_x(self) -> None:
        if self.app:
            self.stop_app()
        if self.x:
            self.x.close()
            self.x = None

    def start_app(self, args: list[str], settings: Optional[dict] = None, lang: Optional[str] = "en") -> App:
        """The app on the current X server. settings: the settings file's keys ({"language": "en",
        "display/textScale": 2}); by default just language=lang. None for lang writes no language.
        False keeps the settings file the app left last time (what a second start finds)."""
        if self.x is None:
            raise HarnessError("start_x() first")
        if self.app:
            self.stop_app()
        if settings is None:
            settings = {"language": lang} if lang else {}
        self.app = App(self, self.x, args, settings)
        return self.app

    def stop_app(self) -> None:
        if self.app:
            self.app.stop()
            self.app = None

    def problem(self, message: str) -> None:
        """A failure that does not stop the test: every one is reported at the end."""
        log("FAIL: " + message)
        self.problems.append(message)

    def check(self, condition: bool, expected: str, found: str) -> bool:
        if not condition:
            self.problem(f"expected {expected}; found {found}")
        return condition

    def attempt(self, label: str, case: Callable[..., None], *args) -> None:
        """Runs one case of a test; a TestFailure in it is a problem (the other cases still
        run), with the tree and a screenshot saved under label and the app stopped."""
        try:
            case(*args)
        except TestFailure as e:
            self.problem(str(e))
            self.save_tree(label)
            self.stop_app()

    def save_tree(self, label: str) -> None:
        try:
            if self.app and self.app.alive():
                tree = self.a11y.tree()
                (self.artifacts / f"{label}.a11y.txt").write_text(format_tree(tree) + "\n", encoding="utf-8")
                if self.x:
                    self.x.screenshot(save_as=f"{label}.png")
        except Exception as e:
            debug(f"save_tree: {e}")

    # ---- helpers on the focus

    def focused(self) -> Optional[Node]:
        return self.a11y.focused()

    def press(self, key: str, wid: Optional[int] = None, wait_change: bool = True, timeout: float = 2.0) -> Optional[Node]:
        """Presses key; the focused node afterwards (once it changed, if wait_change)."""
        before = self.focused()
        before_id = (before.role, before.name, before.extents) if before else None
        self.x.key(key, wid=wid)
        if not wait_change:
            time.sleep(0.2)
            return self.focused()

        def changed():
            now = self.focused()
            return now if now and (now.role, now.name, now.extents) != before_id else None
        now = poll(changed, timeout, 0.1, "focus change") or self.focused()
        debug(f"{key} → {now.label()[:100] if now else 'no focused node'}")
        return now

    def tab_until(self, pred: Callable[[Node], bool], wid: int, max_tabs: int = 40, key: str = "Tab",
                  seen: Optional[list] = None) -> Optional[Node]:
        for _ in range(max_tabs):
            node = self.press(key, wid=wid)
            if seen is not None:
                seen.append(node)
            if node and pred(node):
                return node
        return None

    # ---- teardown

    def close(self) -> None:
        for app in list(self.apps):
            try:
                app.stop()
            except Exception as e:
                debug(f"stopping app: {e}")
        for x in reversed(self.xservers):
            x.close()
        for p in reversed(self.procs):
            self.stop(p, grace=2)
        self._sweep()
        self._reap()
        if not self.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)

    @staticmethod
    def _reap() -> None:
        end = time.monotonic() + 2
        while time.monotonic() < end:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                time.sleep(0.05)

    def _sweep(self) -> None:
        """Kills, by pid, any process still carrying this run's marker in its environment (a
        D-Bus-activated helper that left its parent's group, say): a test leaves nothing behind."""
        needle = f"KTL_E2E_RUN={self.marker}".encode()
        me = os.getpid()
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) == me:
                continue
            try:
                with open(f"/proc/{entry}/environ", "rb") as f:
                    if needle in f.read().split(b"\0"):
                        os.kill(int(entry), signal.SIGKILL)
                        log(f"killed stray process {entry}")
            except (OSError, ProcessLookupError):
                continue


# --------------------------------------------------------------------------------------------
# Running a test file


def main(test: Callable[[Run, list[str]], None], name: str, time_limit: float = 100.0) -> None:
    """Entry point of each test_*.py: `test_x.py /path/to/knowthelimits [options]` → exit 0 or 1.

    The binary: first argument, or $KTL_BINARY, or build/app/knowthelimits. Options after it
    are the test's own. --keep keeps the temporary folders; KTL_E2E_VERBOSE=1 logs more.
    """
    args = sys.argv[1:]
    keep = "--keep" in args
    args = [a for a in args if a != "--keep"]
    if args and not args[0].startswith("--"):
        binary, rest = args[0], args[1:]
    else:
        binary, rest = os.environ.get("KTL_BINARY", str(SOURCE_DIR / "build/app/knowthelimits")), args
    label = name + ("[" + " ".join(rest) + "]" if rest else "")

    def on_alarm(signum, frame):
        raise Deadline()

    def on_term(signum, frame):
        raise SystemExit(f"{label}: stopped by signal {signum}")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)
    time_limit *= SLOW
    signal.alarm(int(time_limit))
    run = None
    error: Optional[str] = None
    started = time.monotonic()
    try:
        run = Run(re.sub(r"\W+", "_", label).strip("_"), binary, keep=keep)
        log(f"{label}: artifacts in {run.artifacts}")
        test(run, rest)
    except TestFailure as e:
        error = str(e)
    except Deadline:
        error = f"the test did not finish within its limit of {time_limit:.0f} s"
    except HarnessError as e:
        error = f"harness: {e}"
    except SystemExit as e:
        error = str(e)
    except Exception as e:
        import traceback
        error = f"{type(e).__name__}: {e}\n{traceback.format_exc()}"
    finally:
        signal.alarm(0)
        if run:
            if error:
                run.save_tree("at-failure")
            try:
                run.close()
            except Exception as e:
                print(f"teardown: {type(e).__name__}: {e}", flush=True)
    problems = (run.problems if run else []) + ([error] if error else [])
    took = time.monotonic() - started
    if problems:
        print(f"\nFAIL {label} ({took:.1f} s): {len(problems)} problem(s)", flush=True)
        for i, p in enumerate(problems, 1):
            print(f"  {i}. {p}", flush=True)
        if run:
            print(f"  (screenshots and AT-SPI dumps: {run.artifacts})", flush=True)
        sys.exit(1)
    print(f"\nPASS {label} ({took:.1f} s)", flush=True)
    sys.exit(0)
