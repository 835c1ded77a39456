#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A local pack, as a reader gets one: a file from a local organisation (here the template's
fictional River County network, 555 numbers), opened with the app.

(a) Opened with the app (as a file manager does): a dialog says who publishes it and that it is
    not signed. By keyboard alone, Escape closes it and adds nothing; opened again, Enter on the
    focused "Add" adds it, and the dialog goes. (Clicks are used in (d).)
(b) The "Find legal help" page lists its hotline, with its number and whose it is.
(c) Its note on the detainer flow's "transfer" outcome is there as "Local note", labelled, in
    English and, from the pack's own Spanish, in Spanish.
(d) The settings page lists it; a click on its Remove button removes it, and the note is gone.

    /usr/bin/python3 tests/e2e/test_local_pack.py build/app/knowthelimits
"""

import json
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, log, translate  # noqa: E402

SIZE = (1280, 800)
OUTCOME = "flow/detainer-at-the-jail/o-transfer"


def template(run: Run) -> tuple[Path, dict]:
    folder = run.artifacts / "pack"
    pack = folder / "local-pack.ktlpack"
    if not pack.exists():
        subprocess.run([str(run.binary), "--new-pack", str(folder)], env=run.env, check=True,
                       stdout=subprocess.DEVNULL, timeout=30)
    return pack, json.loads(pack.read_text(encoding="utf-8"))


def click(run: Run, node, what: str) -> None:
    if not node.extents:
        raise TestFailure(f"expected {what} on screen; it has no extents")
    run.x.click(*node.extents.center)


def open_dialog(run: Run, pack: Path, publisher: str) -> tuple[int, str]:
    app = run.start_app([str(pack)], lang="en")
    wid = app.wait_window()
    heading = f"Add local information from {publisher}?"
    dialog = run.a11y.wait_for(f"the dialog {heading!r}", 10, role="dialog", name=heading)[0]
    texts = " ".join(filter(None, (n.name for n in dialog.descendants())))
    run.check("Not signed" in texts, "the dialog to say the pack is not signed", texts[:300])
    return wid, heading


def add_case(run: Run, pack: Path, data: dict) -> None:
    publisher = data["pack"]["publisher"]["en"]
    wid, heading = open_dialog(run, pack, publisher)
    run.x.key("Escape", wid=wid)
    run.a11y.wait_gone("the add dialog after Escape", 5, role="dialog", name=heading)
    # The keyboard is back on the page, not lost.
    back = harness.poll(lambda: run.focused(), 5, 0.1, "the focus after Escape")
    run.check(back is not None and back.showing, "the keyboard back on the page after Escape",
              back.label() if back else "no focused node")
    run.stop_app()
    run.start_app(["--page", "settings"], lang="en")
    run.app.wait_window()
    remove = f"Remove the local information from {publisher}"
    run.check(not run.a11y.find(run.a11y.settled_tree(), role="push button", name=remove),
              "nothing added after Escape", f"a button {remove!r}")
    run.stop_app()

    wid, heading = open_dialog(run, pack, publisher)
    run.x.screenshot(save_as="add-dialog.png")
    focused = harness.poll(lambda: (lambda f: f if f and f.role == "push button" else None)(run.focused()),
                           5, 0.1, "a focused button in the dialog")
    if focused is None or focused.name != "Add":
        raise TestFailure(f"expected the keyboard on the dialog's Add button; found "
                          f"{focused.label() if focused else 'no focused button'}")
    run.x.key("Return", wid=wid)
    run.a11y.wait_gone("the add dialog", 5, role="dialog", name=heading)
    run.stop_app()


def help_case(run: Run, data: dict) -> None:
    place = data["helpPlaces"][0]
    run.start_app(["--page", "help"], lang="en")
    run.app.wait_window()
    tree = run.a11y.settled_tree()
    names = [" ".join(filter(None, (n.name, n.text))) for n in tree]
    run.check(any(n.role == "heading" and n.name == place["name"]["en"] for n in tree),
              f"a heading for the local place {place['name']['en']!r}", "none")
    run.check(any(place["phone"] in t for t in names), f"its number {place['phone']!r} on the page", "none")
    run.check(any(t.startswith(f"From {data['pack']['publisher']['en']}") for t in names),
              "the place labelled with whose it is", "no label")
    run.stop_app()


def note_case(run: Run, data: dict, lang: str, present: bool = True) -> None:
    note = data["notes"][0]["text"][lang]
    run.start_app(["--lang", lang, "--page", OUTCOME], lang=lang)
    run.app.wait_window()
    tree = run.a11y.settled_tree()
    heading = translate("Local note", lang)
    has_heading = any(n.role == "heading" and n.name == heading for n in tree)
    has_text = any(note in " ".join(filter(None, (n.name, n.text))) for n in tree)
    if present:
        run.check(has_heading, f"[{lang}] a heading {heading!r} on the outcome", "none")
        run.check(has_text, f"[{lang}] the pack's note in {lang} on the outcome", "not there")
        run.x.screenshot(save_as=f"note-{lang}.png")
    else:
        run.check(not has_heading and not has_text, f"[{lang}] no local note once the pack is removed", "it is still there")
    run.stop_app()


def remove_case(run: Run, data: dict) -> None:
    publisher = data["pack"]["publisher"]["en"]
    run.start_app(["--page", "settings"], lang="en")
    run.app.wait_window()
    name = f"Remove the local information from {publisher}"
    button = run.a11y.wait_for(f"the button {name!r}", 8, role="push button", name=name)[0]
    if not button.showing:
        raise TestFailure(f"expected {name!r} on screen; it is scrolled out of view")
    click(run, button, name)
    run.a11y.wait_gone(f"the button {name!r}", 5, role="push button", name=name)
    run.stop_app()


def test(run: Run, args: list[str]) -> None:
    run.start_x([SIZE])
    pack, data = template(run)
    run.attempt("add", add_case, run, pack, data)
    run.attempt("help", help_case, run, data)
    for lang in ("en", "es"):
        run.attempt(f"note-{lang}", note_case, run, data, lang)
    run.attempt("remove", remove_case, run, data)
    run.attempt("gone", note_case, run, data, "en", False)


if __name__ == "__main__":
    harness.main(test, "test_local_pack", time_limit=100)
