#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A long slide fits: in Spanish, present walkthrough/how-ice-works-with-local-police on one
screen (1280x720, then 1024x600), go to slide 4 with PageDown; every text node of the slide
(the audience window's nodes above its footer: the walkthrough's title and the "4 / 9"
counter, see qml/presenter/AudienceView.qml) lies inside the window and above the footer.

    /usr/bin/python3 tests/e2e/test_long_slide.py build/app/knowthelimits [--size 1024x600]
"""

import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, log, translate  # noqa: E402

ADDRESS = "walkthrough/how-ice-works-with-local-police"
SLIDE = 4
LANG = "es"
COUNTER_RE = r"^\s*(\d+)\s*/\s*(\d+)\s*$"


def one_size(run: Run, size: tuple[int, int]) -> None:
    tag = f"[{size[0]}x{size[1]}]"
    x = run.start_x([size], wm=True)
    walk = harness.load_json("walkthroughs/how-ice-works-with-local-police.json")["walkthroughs"][0]
    slide_title = translate(walk["steps"][SLIDE - 1]["title"], LANG)
    walk_title = translate(walk["title"], LANG)
    app = run.start_app(["--lang", LANG, "--present", "--page", ADDRESS], lang=LANG)
    audience = app.wait_window(harness.AUDIENCE_TITLE_RE)
    harness.poll(lambda: run.x.geometry(audience) == x.screens[0], 6, 0.25, "full screen")
    win = run.x.geometry(audience)
    run.check(win == x.screens[0], f"{tag} the audience window full screen ({x.screens[0]})", f"{win}")

    def counter():
        nodes = run.a11y.window_nodes(run.a11y.tree(), harness.AUDIENCE_TITLE_RE)
        for n in nodes:
            m = re.match(COUNTER_RE, n.name or "")
            if m:
                return int(m.group(1)), n
        return None
    got = harness.poll(counter, 8, 0.2, "slide counter")
    if not got:
        raise TestFailure(f"{tag} expected the audience window's slide counter (a node named 'N / M'); found none")
    # A step with a question takes three presses (the step, the question to the room, its answer).
    for _ in range(3 * (SLIDE - got[0])):
        if got[0] >= SLIDE:
            break
        before = got[0]
        x.key("Next", wid=audience)  # PageDown
        # The counter moves, or (a question asked, its answer shown) stays: never press ahead
        # of what the window has done.
        harness.poll(lambda: (c := counter()) and c[0] > before and c, 1.0, 0.1, "the next slide")
        got = counter() or got
    if got[0] != SLIDE:
        raise TestFailure(f"{tag} expected slide {SLIDE} after PageDown presses; the counter says {got[1].name!r}")
    tree = run.a11y.settled_tree(quiet=0.8)
    nodes = run.a11y.window_nodes(tree, harness.AUDIENCE_TITLE_RE)
    x.screenshot(save_as=f"long-slide-{size[0]}x{size[1]}.png")
    (run.artifacts / f"long-slide-{size[0]}x{size[1]}.a11y.txt").write_text(harness.format_tree(nodes) + "\n",
                                                                             encoding="utf-8")
    counter_node = next(n for n in nodes if re.match(COUNTER_RE, n.name or ""))
    footer = [counter_node] + [n for n in nodes if n.name == walk_title and n.extents
                               and counter_node.extents and abs(n.extents.y - counter_node.extents.y) < 40]
    footer_top = min(n.extents.y for n in footer if n.extents)
    log(f"{tag} footer at y={footer_top}: {[n.name[:30] for n in footer]}")
    run.check(any(n.name == slide_title for n in nodes), f"{tag} slide {SLIDE}'s title {slide_title!r}",
              f"{[n.name[:40] for n in nodes if n.role in harness.TEXT_ROLES][:5]}")
    footer_ids = {n.index for n in footer}
    body = [n for n in nodes if n.index not in footer_ids and n.role in harness.TEXT_ROLES
            and (n.name or n.text) and ("visible" in n.states or n.showing)]
    bad = []
    for n in body:
        e = n.extents
        if e is None:
            bad.append(f"{n.role} {n.name[:40]!r}: no extents")
        elif not win.contains(e):
            bad.append(f"{n.role} {n.name[:40]!r} at {e}: outside the window {win}")
        elif e.bottom > footer_top:
            bad.append(f"{n.role} {n.name[:40]!r} at {e}: bottom {e.bottom} below the footer's top {footer_top}")
    run.check(bool(body), f"{tag} text nodes on the slide", "none")
    run.check(not bad, f"{tag} every text node of slide {SLIDE} inside the window and above the footer",
              "; ".join(bad))
    x.key("Escape", wid=audience)
    harness.poll(lambda: not app.alive(), 5, 0.2, "app exits")
    run.stop_x()


def test(run: Run, args: list[str]) -> None:
    sizes = [tuple(int(v) for v in args[args.index("--size") + 1].split("x"))] if "--size" in args \
        else [(1280, 720), (1024, 600)]
    for size in sizes:
        try:
            one_size(run, size)
        except TestFailure as e:
            run.problem(str(e))
            run.save_tree(f"long-slide-{size[0]}x{size[1]}")
            run.stop_x()


if __name__ == "__main__":
    harness.main(test, "test_long_slide", time_limit=70)
