#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A 1024x600 screen (a netbook, a small projector), no size argument, text at 200 % and 100 %,
in English and Spanish:
  - the main window lies within the screen;
  - the language switch's buttons "English" and "Español" and the display (text size) control
    are showing, with extents inside the window;
  - the notice bar at the bottom takes at most 15 % of the window's height.

No window manager runs: the app must size itself to the screen (a window manager could hide a
window too large for the screen by shrinking it).

    /usr/bin/python3 tests/e2e/test_small_screen.py build/app/knowthelimits [--lang en|es] [--scale 2]
"""

import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Rect, Run, log, translate  # noqa: E402

SCREEN = (1024, 600)
NOTICE_MAX = 0.15
NOTICE_TEXT = "General information, not legal advice."
BUTTONISH = harness.INTERACTIVE_ROLES


def display_control(tree, lang):
    names = {translate("Display settings", lang), translate("Text size", lang)}
    pattern = re.compile(r"display|text size|pantalla|tamaño", re.I)
    return [n for n in tree if n.role in BUTTONISH and (n.name in names or pattern.search(n.name or ""))]


def notice_extents(tree, lang) -> tuple[Rect | None, str]:
    """The notice bar: a node of its own (a status bar, a panel, …) that holds the disclaimer,
    or else the box around the disclaimer and the "Sources checked through" line."""
    disclaimer = translate("General information, not legal advice. For your situation, talk to a lawyer or a "
                           "DOJ-accredited representative.", lang)
    start = disclaimer.split(".")[0]
    reviewed = translate("Sources checked through %1", lang).split("%1")[0].strip()
    holders = [n for n in tree if n.extents and n.showing and start in (n.name or "") + (n.description or "")]
    containers = [n for n in holders if n.role in ("status bar", "notification", "info bar", "panel", "footer",
                                                   "section", "landmark", "filler")]
    if containers:
        c = min(containers, key=lambda n: n.extents.h)
        return c.extents, f"{c.role} {c.name[:40]!r}"
    parts = [n for n in tree if n.extents and n.showing and n.role in harness.TEXT_ROLES
             and (start in (n.name or "") or (reviewed and (n.name or "").startswith(reviewed)))]
    if not parts:
        return None, "no node"
    x0 = min(p.extents.x for p in parts)
    y0 = min(p.extents.y for p in parts)
    x1 = max(p.extents.right for p in parts)
    y1 = max(p.extents.bottom for p in parts)
    return Rect(x0, y0, x1 - x0, y1 - y0), f"the box around {len(parts)} text node(s)"


def one_case(run: Run, lang: str, scale: float) -> None:
    tag = f"[{lang}, text {scale:g}x]"
    app = run.start_app(["--lang", lang, "--page", "home"],
                        settings={"language": lang, "display/textScale": scale})
    wid = app.wait_window()
    screen = run.x.screens[0]
    win = run.x.geometry(wid)
    log(f"{tag} window {win} on screen {screen}")
    run.check(screen.contains(win), f"{tag} the main window within the {screen.w}x{screen.h} screen",
              f"window {win}")
    tree = run.a11y.settled_tree()
    run.x.screenshot(save_as=f"small-{lang}-{scale:g}.png")
    visible_win = Rect(max(win.x, 0), max(win.y, 0), min(win.right, screen.right) - max(win.x, 0),
                       min(win.bottom, screen.bottom) - max(win.y, 0))

    def on_screen(label, nodes):
        if not nodes:
            run.problem(f"{tag} expected a control named {label}; found none")
            return
        ok = [n for n in nodes if n.showing and n.extents and visible_win.contains(n.extents, slack=1)]
        run.check(bool(ok), f"{tag} {label} showing, inside the window {visible_win}",
                  "; ".join(f"{n.role} {n.name!r} at {n.extents} {'showing' if n.showing else 'not showing'}"
                            for n in nodes))

    for name in ("English", "Español"):
        on_screen(repr(name), [n for n in tree if n.name == name and n.role in BUTTONISH])
    on_screen("the display / text-size control", display_control(tree, lang))

    box, what = notice_extents(tree, lang)
    if box is None:
        run.problem(f"{tag} expected the notice bar (the disclaimer) showing; found {what}")
    else:
        # The bar reaches to the window's bottom edge: measure from its top to there.
        height = max(box.h, win.bottom - box.y) if box.y < win.bottom else box.h
        run.check(height <= NOTICE_MAX * win.h and box.y >= win.y,
                  f"{tag} the notice bar at most {NOTICE_MAX:.0%} of the window height ({NOTICE_MAX * win.h:.0f} px)",
                  f"{height} px ({height / win.h:.0%}), {what} at {box}")
    run.stop_app()


def test(run: Run, args: list[str]) -> None:
    langs = [args[args.index("--lang") + 1]] if "--lang" in args else ["en", "es"]
    scales = [float(args[args.index("--scale") + 1])] if "--scale" in args else [2.0, 1.0]
    run.start_x([SCREEN])
    for scale in scales:
        for lang in langs:
            run.attempt(f"small-{lang}-{scale:g}", one_case, run, lang, scale)


if __name__ == "__main__":
    harness.main(test, "test_small_screen", time_limit=80)
