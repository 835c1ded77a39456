#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Presenter mode on a laptop (1366x768 at 0,0) with a projector (1920x1080 to its right).

`knowthelimits --lang en --present --page walkthrough/<first walkthrough>`:
  - the audience window ("Know the Limits — presentation") covers the projector, and the
    notes window ("Know the Limits — presenter notes") lies on the laptop;
  - the notes window's AT-SPI tree has a push button "Swap screens"; clicking it puts the
    audience on the laptop and the notes on the projector.

Two screens: Xorg with the dummy driver and two RandR outputs, with openbox as the window
manager (full screen needs one); the harness checks that Qt (qtdiag) sees both screens.

    /usr/bin/python3 tests/e2e/test_two_screens.py build/app/knowthelimits
"""

import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Rect, Run, TestFailure, log  # noqa: E402

LAPTOP, PROJECTOR = (1366, 768), (1920, 1080)


def first_walkthrough(run: Run) -> str:
    """The first walkthrough in `knowthelimits --list-pages`."""
    binary = harness.wait_for_binary(run.binary)
    out = subprocess.run([str(binary), "--list-pages"], capture_output=True, text=True, timeout=30,
                         env=dict(run.env, QT_QPA_PLATFORM="offscreen")).stdout
    return next(line for line in out.splitlines() if line.startswith("walkthrough/") and line.count("/") == 1)


def inside(screen: Rect, win: Rect, slack: int = 2) -> bool:
    return screen.contains(win, slack)


def covers(win: Rect, screen: Rect) -> bool:
    return win.contains(screen) and screen.contains(win)


def placement(run: Run, audience: int, notes: int) -> tuple[Rect, Rect]:
    return run.x.geometry(audience), run.x.geometry(notes)


def test(run: Run, args: list[str]) -> None:
    x = run.start_x([LAPTOP, PROJECTOR], wm=True)
    laptop, projector = x.screens
    qt = x.qt_screens()
    log(f"Qt sees {len(qt)} screen(s): {', '.join(map(str, qt))}")
    if qt != [laptop, projector]:
        raise harness.HarnessError(f"Qt should see the laptop {laptop} and the projector {projector}; it sees "
                                   f"{[str(s) for s in qt]}")
    address = first_walkthrough(run)
    app = run.start_app(["--lang", "en", "--present", "--page", address], lang="en")
    audience = app.wait_window(harness.AUDIENCE_TITLE_RE)
    notes = app.wait_window(harness.NOTES_TITLE_RE)

    # Full screen takes a moment after mapping (the window manager's round trip): wait for it.
    def settled_on(a_screen: Rect, n_screen: Rect):
        a, n = placement(run, audience, notes)
        return (a, n) if covers(a, a_screen) and inside(n_screen, n) else None
    got = harness.poll(lambda: settled_on(projector, laptop), 8, 0.25, "presentation placed")
    a, n = placement(run, audience, notes)
    x.screenshot(save_as="two-screens-start.png")
    log(f"audience {a}, notes {n}")
    run.check(covers(a, projector), f"the audience window covering the projector {projector}", f"{a}")
    run.check(inside(laptop, n), f"the notes window on the laptop screen {laptop}", f"{n}")

    tree = run.a11y.settled_tree()
    notes_nodes = run.a11y.window_nodes(tree, harness.NOTES_TITLE_RE)
    if not notes_nodes:
        raise TestFailure(f"expected the notes window in the AT-SPI tree; top-level nodes: "
                          f"{[(t.role, t.name) for t in tree if t.depth == 1]}")
    swap = [m for m in notes_nodes if m.role == "push button" and m.name == "Swap screens"]
    if not swap:
        raise TestFailure("expected a push button named 'Swap screens' in the notes window; its buttons: "
                          f"{[m.name for m in notes_nodes if m.role == 'push button']}")
    button = swap[0]
    expect_box = button.extents
    if not (expect_box and button.showing):
        raise TestFailure(f"expected 'Swap screens' showing with extents; found {button.states}, {expect_box}")
    log(f"clicking 'Swap screens' at {expect_box}")
    x.focus(notes)
    x.click(*expect_box.center)
    got = harness.poll(lambda: settled_on(laptop, projector), 8, 0.25, "swapped")
    a, n = placement(run, audience, notes)
    x.screenshot(save_as="two-screens-swapped.png")
    log(f"after the swap: audience {a}, notes {n}")
    run.check(bool(got) or covers(a, laptop), f"after 'Swap screens', the audience window covering the laptop {laptop}", f"{a}")
    run.check(bool(got) or inside(projector, n), f"after 'Swap screens', the notes window on the projector {projector}", f"{n}")
    # Esc ends the presentation (and, started from the command line, the app).
    x.key("Escape", wid=notes)
    if not harness.poll(lambda: not app.alive(), 5, 0.2, "app exits"):
        run.problem("expected Esc in the notes window to end the presentation and the app; it kept running")


if __name__ == "__main__":
    harness.main(test, "test_two_screens", time_limit=60)
