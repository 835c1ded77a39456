#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The handout for phones, opened in a real browser: Debian's headless Chromium.

Exports pages with the real binary's command line (--export-phone-handout), then drives
Chromium over the DevTools protocol on a pipe (fds 3 and 4, JSON messages ending in NUL) and
checks, with every request the page makes recorded (Network.enable):
  - it renders at a phone's 390x844 (mobile) and at 1280x800, with no sideways scrolling at
    phone size and body text of at least 18 px;
  - it makes no request at all but the file itself, and the browser reports no blocked load
    or script error (a style or script the Content-Security-Policy refused would show here);
  - the flow steps one question at a time: an answer shows the node it leads to; Back and
    Start over go back; the other language follows;
  - the English / Español switch works, by a real click, with and without script;
  - with script disabled, the whole flow reads as an outline, every step shown;
  - dark mode (prefers-color-scheme) gives a dark page.
Screenshots go to $KTL_E2E_ARTIFACTS (ctest sets it), else ./phone-handout-screenshots.

Python 3 standard library only. Usage: test_phone_handout.py path/to/knowthelimits
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOW = "flow/detainer-at-the-jail"
WALKTHROUGH = "walkthrough/what-is-mandamus"  # it has an illustration
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
DESKTOP = {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False}
TIME_LIMIT = 100.0


class TestFailure(AssertionError):
    pass


def expect(condition: bool, expected: str, found: object) -> None:
    if not condition:
        raise TestFailure(f"expected {expected}; found {found!r}")


def log(msg: str) -> None:
    print(msg, flush=True)


class Chromium:
    """Chromium with --remote-debugging-pipe: commands go in on its fd 3, answers and events
    come out on its fd 4."""

    def __init__(self, profile: Path):
        exe = shutil.which("chromium")
        if not exe:
            raise TestFailure("chromium is needed (Debian package chromium; scripts/setup.sh installs it)")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # Moved out of the way of 3 and 4, then put there in the child.
        hi_r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD_CLOEXEC, 10)
        hi_w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_child_r)
        os.close(from_child_w)

        def child_fds() -> None:
            os.dup2(hi_r, 3)
            os.dup2(hi_w, 4)

        self.stderr = tempfile.TemporaryFile()
        argv = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--no-default-browser-check", "--mute-audio",
                f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"]
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.stderr,
                                     # Not pass_fds: it would close 3 and 4 after child_fds put them
                                     # there. Every other fd of ours is close-on-exec (Python's default).
                                     close_fds=False, preexec_fn=child_fds)
        os.close(hi_r)
        os.close(hi_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TestFailure("an answer from Chromium within the time limit; none came")
            ready, _, _ = select.select([self._from_child], [], [], left)
            if ready:
                chunk = os.read(self._from_child, 1 << 20)
                if not chunk:
                    raise TestFailure("Chromium to keep running; it closed its pipe: "
                                      + self.stderr_text()[-2000:])
                self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise TestFailure(f"{method} to succeed; Chromium said {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str, since: int, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events[since:]:
                if event.get("method") == method:
                    return event
            since = len(self.events)
            self.events.append(self._read_message(deadline))

    def stderr_text(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode(errors="replace")

    def close(self) -> None:
        try:
            os.write(self._to_child, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass


class Page:
    def __init__(self, browser: Chromium, shots: Path):
        self.b = browser
        self.shots = shots
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Network.enable", "Page.enable", "Runtime.enable", "Log.enable"):
            self.send(domain)
        self.url = ""

    def send(self, method: str, params: dict | None = None) -> dict:
        return self.b.send(method, params, self.session)

    def load(self, url: str, metrics: dict, scheme: str = "light", script: bool = True) -> None:
        self.send("Emulation.setDeviceMetricsOverride", metrics)
        self.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        self.send("Emulation.setScriptExecutionDisabled", {"value": not script})
        since = len(self.b.events)
        self.send("Page.navigate", {"url": url})
        self.b.wait_event("Page.loadEventFired", since)
        self.url = url

    def js(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise TestFailure(f"{expression!r} to run; it threw {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click at the middle of the first visible element matching selector."""
        rect = self.js(f"""(() => {{
            const el = Array.from(document.querySelectorAll({json.dumps(selector)}))
                           .find(e => e.getClientRects().length > 0);
            if (!el) return null;
            el.scrollIntoView({{block: 'center'}});
            const r = el.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2];
        }})()""")
        expect(rect is not None, f"a visible {selector} to click", None)
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": rect[0], "y": rect[1], "button": "left", "clickCount": 1})
        time.sleep(0.15)  # the click's handlers and a frame (rAF does not run without script)

    def scroll_to(self, selector: str) -> None:
        self.js(f"(() => {{ const el = Array.from(document.querySelectorAll({json.dumps(selector)}))"
                ".find(e => e.getClientRects().length > 0); if (el) el.scrollIntoView({block: 'start'}); })()")
        time.sleep(0.1)

    def screenshot(self, name: str) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path = self.shots / f"{name}.png"
        path.write_bytes(base64.b64decode(data))
        log(f"screenshot: {path}")
        return path

    def check_fits(self, what: str) -> None:
        sizes = self.js("[document.documentElement.scrollWidth, window.innerWidth, "
                        "parseFloat(getComputedStyle(document.body).fontSize)]")
        expect(sizes[0] <= sizes[1], f"no sideways scrolling at {what} (scrollWidth <= innerWidth)", sizes)
        expect(sizes[2] >= 18, f"body text of at least 18 px at {what}", sizes[2])


def visible_lang(page: Page) -> list[str]:
    return page.js("Array.from(document.querySelectorAll('.page > div[lang]'))"
                   ".filter(d => getComputedStyle(d).display !== 'none').map(d => d.lang)")


def stepper_text(page: Page) -> str:
    return page.js("(() => { const s = Array.from(document.querySelectorAll('.stepper'))"
                   ".find(e => e.getClientRects().length > 0); const t = s && s.querySelector('.nodetext');"
                   " return t ? t.textContent : null; })()")


def outline_text(page: Page, lang: str, node: str) -> str:
    return page.js(f"(() => {{ const n = Array.from(document.querySelectorAll('.l-{lang} .node'))"
                   f".find(e => e.dataset.node === {json.dumps(node)});"
                   " return n ? n.querySelector('.nodetext').textContent : null; })()")


def run(binary: Path, work: Path, shots: Path) -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(work / "home"), "LC_ALL": "C.UTF-8",
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_RUNTIME_DIR": str(work / "runtime"),
           "QT_QPA_PLATFORM": "offscreen"}
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    files = {}
    for name, address in (("flow", FLOW), ("walkthrough", WALKTHROUGH), ("help", "help")):
        out = work / f"{name}.html"
        done = subprocess.run([str(binary), "--lang", "en", "--page", address, "--export-phone-handout", str(out)],
                              env=env, capture_output=True, text=True, timeout=60)
        expect(done.returncode == 0 and done.stderr == "", f"--export-phone-handout {address} to exit 0 quietly",
               (done.returncode, done.stderr))
        files[name] = out.as_uri()
    bad = subprocess.run([str(binary), "--page", "timeline", "--export-phone-handout", str(work / "bad.html")],
                         env=env, capture_output=True, text=True, timeout=60)
    expect(bad.returncode == 2 and "has no phone handout" in bad.stderr, "a page with no phone handout to exit 2 saying so",
           (bad.returncode, bad.stderr))

    browser = Chromium(work / "profile")
    try:
        page = Page(browser, shots)
        start_events = len(browser.events)

        # --- The flow at phone size: it fits, it is in English, the stepper shows the start.
        page.load(files["flow"], PHONE)
        page.check_fits("390x844")
        expect(visible_lang(page) == ["en"], "the page to open in English (the app's language when exported)", visible_lang(page))
        start = page.js("document.querySelector('.l-en .flow').dataset.start")
        expect(stepper_text(page) == outline_text(page, "en", start), "the stepper to show the flow's first question",
               stepper_text(page))
        expect(page.js("getComputedStyle(document.querySelector('.l-en .outline')).display") == "none",
               "the outline hidden while stepping (script on)", None)
        page.screenshot("phone-flow-en-light-top")
        page.scroll_to(".l-en .flow")
        page.screenshot("phone-flow-en-light")

        # --- An answer leads to the node it names; Back and Start over come back.
        first_target = page.js("document.querySelector('.l-en .node .answers > .answer').dataset.target")
        page.click(".l-en .stepper button.go")
        expect(stepper_text(page) == outline_text(page, "en", first_target), "the first answer to show its next node",
               stepper_text(page))
        page.check_fits("390x844 after a step")
        page.screenshot("phone-flow-en-step2")
        # One more step where there is one, then back twice.
        second = page.js("(() => { const b = Array.from(document.querySelectorAll('.l-en .stepper button.go')); return b.length; })()")
        if second:
            page.click(".l-en .stepper button.go")
            page.click(".l-en .stepper button[data-role=back]")
        expect(stepper_text(page) == outline_text(page, "en", first_target), "Back to return to the step before",
               stepper_text(page))
        page.click(".l-en .stepper button[data-role=back]")
        expect(stepper_text(page) == outline_text(page, "en", start), "Back to return to the first question", stepper_text(page))
        expect(page.js("document.querySelector('.l-en .stepper button[data-role=back]').disabled") is True,
               "Back disabled at the first question", None)
        page.click(".l-en .stepper button.go")
        page.click(".l-en .stepper button[data-role=restart]")
        expect(stepper_text(page) == outline_text(page, "en", start), "Start over to return to the first question",
               stepper_text(page))

        # --- The language switch, by a real click; the stepper keeps its place in Spanish.
        page.click(".l-en .stepper button.go")
        page.click("label[for=lang-es]")
        expect(visible_lang(page) == ["es"], "Español to show the Spanish page only", visible_lang(page))
        expect(stepper_text(page) == outline_text(page, "es", first_target), "the Spanish stepper at the same step",
               stepper_text(page))
        expect(stepper_text(page) != outline_text(page, "en", first_target), "the step in Spanish, not English", stepper_text(page))
        page.check_fits("390x844 in Spanish")
        page.scroll_to(".l-es .flow")
        page.screenshot("phone-flow-es-light")
        page.click("label[for=lang-en]")
        expect(visible_lang(page) == ["en"], "English to come back", visible_lang(page))
        page.click(".l-en .flow button[data-role=all]")
        expect(page.js("getComputedStyle(document.querySelector('.l-en .outline')).display") == "block",
               "'Show every step at once' to show the outline", None)

        # --- Dark mode, both languages.
        page.load(files["flow"], PHONE, scheme="dark")
        background = page.js("getComputedStyle(document.body).backgroundColor")
        expect(background == "rgb(18, 20, 23)", "a dark page under prefers-color-scheme: dark", background)
        page.screenshot("phone-flow-en-dark-top")
        page.scroll_to(".l-en .flow")
        page.screenshot("phone-flow-en-dark")
        page.click("label[for=lang-es]")
        page.screenshot("phone-flow-es-dark-top")
        page.scroll_to(".l-es .flow")
        page.screenshot("phone-flow-es-dark")

        # --- Without script: the whole outline, every node shown; the switch still works.
        page.load(files["flow"], PHONE, script=False)
        expect(page.js("document.querySelectorAll('.stepper').length") == 0, "no stepper without script", None)
        counts = page.js("(() => { const all = document.querySelectorAll('.l-en .node');"
                         " const shown = Array.from(all).filter(n => n.getClientRects().length > 0"
                         " && n.querySelector('.nodetext').getClientRects().length > 0);"
                         " return [all.length, shown.length]; })()")
        expect(counts[0] > 3 and counts[0] == counts[1], "every step of the flow visible without script", counts)
        page.check_fits("390x844 without script")
        page.scroll_to(".l-en .outline")
        page.screenshot("phone-flow-en-noscript")
        page.click("label[for=lang-es]")
        expect(visible_lang(page) == ["es"], "the language switch to work without script", visible_lang(page))
        shown_es = page.js("Array.from(document.querySelectorAll('.l-es .node')).filter(n => n.getClientRects().length > 0).length")
        expect(shown_es == counts[0], "every Spanish step visible without script", shown_es)
        page.scroll_to(".l-es .outline")
        page.screenshot("phone-flow-es-noscript")

        # --- A walkthrough with an illustration, and the help page, at phone size.
        for name in ("walkthrough", "help"):
            for scheme in ("light", "dark"):
                page.load(files[name], PHONE, scheme=scheme)
                page.check_fits(f"390x844 ({name})")
                page.screenshot(f"phone-{name}-en-{scheme}-top")
                page.scroll_to(".l-en .step, .l-en .part ul")
                page.screenshot(f"phone-{name}-en-{scheme}")
                page.click("label[for=lang-es]")
                page.check_fits(f"390x844 ({name}, Spanish)")
                page.scroll_to(".l-es .step, .l-es .part ul")
                page.screenshot(f"phone-{name}-es-{scheme}")
        page.load(files["walkthrough"], PHONE)
        expect(page.js("document.querySelectorAll('.l-en figure.ill svg').length") >= 1, "the illustration drawn inline", None)
        page.click(".l-en details summary")
        expect(page.js("Array.from(document.querySelectorAll('.l-en details')).some(d => d.open)") is True,
               "'Show the answer' to open the answer", None)

        # --- Desktop size.
        page.load(files["flow"], DESKTOP)
        page.check_fits("1280x800")
        page.screenshot("desktop-flow-en")
        page.load(files["walkthrough"], DESKTOP)
        page.check_fits("1280x800 (walkthrough)")
        page.screenshot("desktop-walkthrough-en")

        # --- Nothing fetched but the files themselves; nothing blocked or broken.
        ours = set(files.values())
        requests = [e["params"]["request"]["url"] for e in browser.events[start_events:]
                    if e.get("method") == "Network.requestWillBeSent"]
        others = [u for u in requests if u not in ours]
        expect(requests and not others, "no request but the handout files themselves", others or requests)
        problems = [e["params"]["entry"] for e in browser.events if e.get("method") == "Log.entryAdded"
                    and e["params"]["entry"].get("level") in ("error", "warning")]
        problems += [e["params"] for e in browser.events if e.get("method") in ("Runtime.exceptionThrown",)]
        problems += [e["params"] for e in browser.events if e.get("method") == "Runtime.consoleAPICalled"
                     and e["params"].get("type") in ("error", "warning")]
        expect(not problems, "no blocked load, script error or warning in the console", problems)
        log(f"{len(requests)} request(s), all of them the handout files: {sorted(set(requests))}")
    finally:
        browser.close()


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = Path(sys.argv[1]).resolve()
    shots = Path(os.environ.get("KTL_E2E_ARTIFACTS") or Path.cwd() / "phone-handout-screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    import signal

    def too_long(*_):
        raise TestFailure(f"the test to end within {TIME_LIMIT:.0f} s")

    signal.signal(signal.SIGALRM, too_long)
    signal.alarm(int(TIME_LIMIT))
    with tempfile.TemporaryDirectory(prefix="ktl-phone-") as tmp:
        try:
            run(binary, Path(tmp), shots)
        except TestFailure as failure:
            print(f"FAIL: {failure}", file=sys.stderr)
            return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
