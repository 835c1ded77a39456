#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""First run (no language in the settings): the full-window language choice holds the focus.

Thirty Tab presses: after each, the focused node must be inside the choice (an ancestor is its
node of role "dialog") or be one of the choice's own controls, never a control of the page
below. Then Enter on "English" closes the choice.

    /usr/bin/python3 tests/e2e/test_first_run.py build/app/knowthelimits
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, log  # noqa: E402

TABS = 30
LANGUAGE_NAMES = ("English", "Español")


def choice_dialog(tree):
    dialogs = [n for n in tree if n.role == "dialog" and n.showing]
    # The choice is the dialog that holds the language buttons.
    for d in dialogs:
        if {n.name for n in d.descendants()} >= set(LANGUAGE_NAMES):
            return d
    return dialogs[0] if dialogs else None


def test(run: Run, args: list[str]) -> None:
    run.start_x([(1280, 800)])
    app = run.start_app(["--page", "home"], settings={"display/textScale": 1})
    wid = app.wait_window()
    tree = run.a11y.settled_tree()
    dialog = choice_dialog(tree)
    if dialog is None:
        raise TestFailure("expected the first-run language choice: a showing node of role \"dialog\" holding "
                          f"buttons {LANGUAGE_NAMES}; found dialogs "
                          f"{[n.label() for n in tree if n.role == 'dialog']}")
    log(f"choice: {dialog.label()}")
    # A control is known by role, name and place: the header's language switch has the same names.
    ident = lambda n: (n.role, n.name, n.extents)
    inside_ids = {d.index for d in dialog.descendants()}
    choice_controls = {ident(n) for n in dialog.descendants() if n.role in harness.INTERACTIVE_ROLES}
    page_controls = {ident(n) for n in tree if n.role in harness.INTERACTIVE_ROLES and n.index not in inside_ids}
    names = sorted(n for _, n, _ in choice_controls)
    log(f"choice controls: {names}; controls of the page below: {len(page_controls)}")

    escapes = []
    for i in range(1, TABS + 1):
        node = run.press("Tab", wid=wid, timeout=0.8)
        if node is None:
            escapes.append(f"Tab {i}: no focused node at all")
            continue
        inside = any(a.role == "dialog" and a.name == dialog.name for a in node.ancestors()) or node.name == dialog.name
        if not inside and ident(node) not in choice_controls:
            escapes.append(f"Tab {i}: {node.role} {node.name[:60]!r}"
                           + (" (a control of the page below)" if ident(node) in page_controls else ""))
    run.check(not escapes, f"all {TABS} Tab presses to keep the focus inside the language choice "
              f"(controls {names})", f"{len(escapes)} escape(s): " + "; ".join(escapes[:12])
              + (" …" if len(escapes) > 12 else ""))

    # Choose English with the keyboard: Tab (at most 6 more) to it, then Enter.
    is_english = lambda n: n.name == "English" and ident(n) in choice_controls
    english = run.focused()
    if not english or not is_english(english):
        english = run.tab_until(is_english, wid, max_tabs=len(page_controls) + 6)
    if english is None:
        raise TestFailure("expected Tab to reach the choice's \"English\" button; it did not "
                          f"(focus on {run.focused().label() if run.focused() else 'nothing'})")
    run.x.key("Return", wid=wid)
    gone = harness.poll(lambda: choice_dialog(run.a11y.tree()) is None, 5, 0.2, "choice closed")
    run.check(bool(gone), "Enter on \"English\" to close the language choice", "the choice still showing after 5 s")
    conf = Path(run.env["XDG_CONFIG_HOME"]) / "KnowTheLimits" / "knowthelimits.conf"
    run.stop_app()
    saved = conf.read_text(encoding="utf-8") if conf.exists() else ""
    run.check("language=en" in saved, "language=en saved in the settings after choosing English",
              f"settings file: {saved.strip()[:200]!r}")


if __name__ == "__main__":
    harness.main(test, "test_first_run", time_limit=60)
