#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
""""What changes if…?" as its readers use it, in English and Spanish, in the real binary.

(a) Mouse: from Home, click the "What changes if…?" card: the story opens, and a screen reader
    finds every stage of the story as it starts, in order, each a heading that says its step.
(b) Keyboard: Tab to "All the knobs", Space, Tab to the state's law (one Tab stop, on the
    chosen "Says nothing"), Up to "Limits or forbids it", press Space: the story now ends at the jail door, the stages that changed say why
    ("Changed because: State law on detainers is now …") in their heading, and the change is
    announced in a line of its own.
(c) Privacy: after quitting, the settings file says only "whatif": the knobs the reader turned
    (a citizen? not yet released?) are not written to disk.

    /usr/bin/python3 tests/e2e/test_whatif.py build/app/knowthelimits
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, log, translate  # noqa: E402

SIZE = (1280, 800)


def story() -> dict:
    return harness.load_json("whatif/arrest-to-custody.json")["explorers"][0]


def titles(variant_ids: list[str], lang: str) -> list[str]:
    """The titles of the given stage/variant ids, in the reader's language."""
    e = story()
    by_id = {(s["id"], v["id"]): v for s in e["stages"] for v in s["variants"]}
    return [translate(by_id[tuple(i.split("/"))]["title"], lang) for i in variant_ids]


def value_label(knob: str, value: str, lang: str) -> str:
    k = next(k for k in story()["knobs"] if k["id"] == knob)
    return translate(next(v["label"] for v in k["values"] if v["id"] == value), lang)


def stage_headings(run: Run) -> list:
    tree = run.a11y.settled_tree()
    step = translate("Step %1 of %2 · %3", run.lang).split("%1")[0]
    # Stages below the fold are in the tree but not on screen: all of them count.
    return [n for n in tree if n.role == "heading" and n.name.startswith(step)]


def check_story(run: Run, expected: list[str], how: str) -> list:
    headings = harness.poll(lambda: (lambda h: h if len(h) == len(expected) else None)(stage_headings(run)),
                            8, 0.2, f"{len(expected)} stage headings")
    found = stage_headings(run)
    if headings is None:
        raise TestFailure(f"[{run.lang}] ({how}) expected {len(expected)} stage headings; found "
                          f"{[h.name[:50] for h in found]}")
    tops = [h.extents.y for h in found if h.extents]  # in the page, so in order even when scrolled away
    run.check(tops == sorted(tops), f"[{run.lang}] ({how}) the stages in order down the page", f"tops {tops}")
    for heading, title in zip(found, expected):
        run.check(title in heading.name, f"[{run.lang}] ({how}) a heading with {title!r}", repr(heading.name[:120]))
    return found


def mouse_case(run: Run, lang: str) -> None:
    run.lang = lang
    app = run.start_app(["--lang", lang], lang=lang)
    wid = app.wait_window()
    tree = run.a11y.settled_tree()
    name = translate("What changes if…?", lang)
    cards = [n for n in tree if n.role == "push button" and n.name.startswith(name) and n.showing and n.extents
             and n.extents.bottom <= SIZE[1]]
    if not cards:
        raise TestFailure(f"[{lang}] (mouse) expected a home card named {name!r}; found none")
    run.x.focus(wid)
    run.x.click(*cards[0].extents.center)
    check_story(run, titles(["arrest/local", "booking/noncitizen", "ice/warrant", "jail/silent", "release/now",
                             "result/transfer", "custody/noncitizen"], lang), "mouse")
    run.x.screenshot_window(wid, save_as=f"whatif-{lang}.png")
    run.stop_app()


def keyboard_case(run: Run, lang: str) -> None:
    run.lang = lang
    app = run.start_app(["--lang", lang, "--page", "whatif"], lang=lang)
    wid = app.wait_window()
    run.a11y.settled_tree()
    limits = value_label("state", "limits", lang)
    seen = []
    # "All the knobs" first (the first button), then its first group, the state's law: each group
    # of choices is one Tab stop, on its chosen value; Up and Down move within it.
    show = translate("All the knobs", lang)
    if run.tab_until(lambda n: n.role in ("check box", "toggle button") and n.name == show, wid, max_tabs=20) is None:
        raise TestFailure(f"[{lang}] (keyboard) expected Tab to reach {show!r}")
    run.x.key("space", wid=wid)
    says_nothing = value_label("state", "silent", lang)
    node = run.tab_until(lambda n: n.role == "radio button" and n.name == says_nothing, wid, max_tabs=40, seen=seen)
    if node is None:
        raise TestFailure(f"[{lang}] (keyboard) expected Tab to reach the chosen state law {says_nothing!r}; focus went: "
                          + ", ".join(f"{n.role} {n.name[:30]!r}" if n else "nothing" for n in seen[-12:]))
    for _ in range(3):  # up from the last choice to "Limits or forbids it"
        if run.focused() and run.focused().name == limits:
            break
        run.press("Up", wid=wid)
    run.check(run.focused() is not None and run.focused().name == limits,
              f"[{lang}] (keyboard) Up reaches {limits!r}", run.focused().label() if run.focused() else "nothing")
    log(f"[{lang}] on {run.focused().label()[:80]}; Space")
    run.x.key("space", wid=wid)
    found = check_story(run, titles(["arrest/local", "booking/noncitizen", "ice/warrant", "jail/limits", "release/now",
                                     "result/limits"], lang), "keyboard")
    because = translate("Changed because: %1.", lang).split("%1")[0]
    changed = [h.name for h in found if because in h.name]
    run.check(len(changed) == 2, f"[{lang}] (keyboard) the jail and the ending say why they changed",
              repr([h.name[:60] for h in found]))
    state = translate(next(k for k in story()["knobs"] if k["id"] == "state")["label"], lang)
    run.check(all(state in c and limits in c for c in changed), f"[{lang}] (keyboard) the reason names {state!r}",
              repr(changed))
    tree = run.a11y.settled_tree()
    note = translate("%1 steps of the story changed. It now ends: %2", lang).split("%1")[0]
    alerts = [n for n in tree if n.showing and (note in (n.name or "") or note in (n.text or ""))]
    run.check(bool(alerts), f"[{lang}] (keyboard) a line announcing the change", "none")
    run.x.screenshot_window(wid, save_as=f"whatif-limits-{lang}.png")
    run.stop_app()
    conf = Path(run.env["XDG_CONFIG_HOME"]) / "KnowTheLimits" / "knowthelimits.conf"
    text = conf.read_text(encoding="utf-8") if conf.exists() else ""
    run.check("whatif" in text and "state=" not in text, f"[{lang}] (privacy) only \"whatif\" in the settings file",
              repr(text))


def test(run: Run, args: list[str]) -> None:
    run.start_x([SIZE])
    for lang in ("en", "es"):
        for case in (mouse_case, keyboard_case):
            run.attempt(f"{case.__name__}-{lang}", case, run, lang)


if __name__ == "__main__":
    harness.main(test, "test_whatif", time_limit=100)
