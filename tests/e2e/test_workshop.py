#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A bilingual workshop from a saved playlist, on a laptop with a projector, as a presenter runs it.

`knowthelimits --lang LANG --bilingual --present --playlist Taller`, with a playlist of five parts
(60 minutes) in the settings file:
  - the slides cover the projector, the notes lie on the laptop; the notes show the countdown
    ("Left 60:00" or just under) and "Part 1 of 5";
  - typing a slide number and Enter goes there; G shows the grid of all slides, Esc closes it;
  - a room question: Next asks it, the presenter types the hands for B in the notes window, the
    room sees a bar "B: 12 hands"; R shows the answer;
  - W covers the projector in white, B in black (read off the screen's pixels);
  - "+5 min" (a real click) lengthens the countdown;
  - S swaps the screens; Esc ends; started again with the same screens, the slides come up on
    the laptop: the swap is remembered for this pair of screens.

    /usr/bin/python3 tests/e2e/test_workshop.py build/app/knowthelimits [--lang es]
"""

import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Rect, Run, TestFailure, log, translate  # noqa: E402

LAPTOP, PROJECTOR = (1366, 768), (1920, 1080)
NAME = "Taller"


def playlist() -> tuple[list[dict], int]:
    """Five parts of the built-in content, and the slide number of a step with a question."""
    walkthroughs, topics, flows = [], [], []
    for path in sorted(harness.CONTENT_DIR.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            walkthroughs += data.get("walkthroughs", [])
            topics += data.get("topics", [])
            flows += data.get("flows", [])
    quiz = next(w for w in walkthroughs if any(s.get("question") for s in w["steps"]))
    question_step = next(i for i, s in enumerate(quiz["steps"]) if s.get("question"))
    items = [
        {"address": f"walkthrough/{quiz['id']}", "minutes": 20},
        {"address": f"topic/{topics[0]['id']}", "minutes": 10},
        {"address": f"flow/{flows[0]['id']}", "minutes": 15},
        {"address": "glossary/detainer,judicial-warrant", "minutes": 5},
        {"address": "timeline/2012..2019", "minutes": 10},
    ]
    return items, question_step + 1


def settings(lang: str, items: list[dict]) -> dict:
    value = json.dumps([{"name": NAME, "items": items}], separators=(",", ":"))
    # QSettings' INI form: a quoted string, so its commas do not make it a list.
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return {"language": lang, "presenter/playlists": quoted}


def covers(win: Rect, screen: Rect) -> bool:
    return win.contains(screen) and screen.contains(win)


def notes_text(run: Run, pattern: str, timeout: float = 6.0) -> str:
    """The name of a node of the notes window matching @p pattern, once there is one."""
    def find():
        tree = run.a11y.tree()
        for n in run.a11y.window_nodes(tree, harness.NOTES_TITLE_RE):
            if n.name and re.search(pattern, n.name) and n.showing:
                return n.name
        return None
    found = harness.poll(find, timeout, 0.2, pattern)
    if not found:
        run.save_tree("missing-" + re.sub(r"\W+", "-", pattern)[:40])
        raise TestFailure(f"expected the notes window to show /{pattern}/ within {timeout:.0f} s")
    return found


def node(run: Run, title_re: str, role: str, name: str, timeout: float = 6.0, to_click: bool = True):
    def find():
        tree = run.a11y.settled_tree(timeout=3)
        hits = [n for n in run.a11y.window_nodes(tree, title_re)
                if n.role == role and n.name == name and n.showing and (n.extents or not to_click)]
        return hits[0] if hits else None
    found = harness.poll(find, timeout, 0.2, f"{role} {name!r}")
    if not found:
        run.save_tree("missing-" + re.sub(r"\W+", "-", name)[:40])
        raise TestFailure(f"expected a showing {role} named {name!r} within {timeout:.0f} s")
    return found


def share_of(image, rgb: tuple[int, int, int]) -> float:
    """How much of @p image is the colour @p rgb (±8 on each channel)."""
    small = image.convert("RGB").resize((64, 36))
    pixels = list(small.getdata())
    near = sum(1 for p in pixels if all(abs(p[i] - rgb[i]) <= 8 for i in range(3)))
    return near / len(pixels)


def start(run: Run, lang: str, items: list[dict]):
    app = run.start_app(["--lang", lang, "--bilingual", "--present", "--playlist", NAME], settings=settings(lang, items))
    audience = app.wait_window(harness.AUDIENCE_TITLE_RE if lang == "en" else
                               harness._title_re(translate("Know the Limits — presentation", lang), whole=False))
    notes = app.wait_window(harness.NOTES_TITLE_RE if lang == "en" else
                            harness._title_re(translate("Know the Limits — presenter notes", lang), whole=False))
    return app, audience, notes


def test(run: Run, args: list[str]) -> None:
    lang = args[args.index("--lang") + 1] if "--lang" in args else "en"
    x = run.start_x([LAPTOP, PROJECTOR], wm=True)
    laptop, projector = x.screens
    items, question_slide = playlist()
    app, audience, notes = start(run, lang, items)

    placed = harness.poll(lambda: covers(x.geometry(audience), projector), 8, 0.25, "slides on the projector")
    run.check(bool(placed), f"the slides covering the projector {projector}", str(x.geometry(audience)))

    # The countdown to the sum of the budgets, and where in the playlist the talk is.
    left = notes_text(run, "^" + re.escape(translate("Left %1", lang)).replace("%1", r"(60:00|59:\d\d)") + "$")
    log(f"countdown: {left}")
    part = notes_text(run, "^" + re.escape(translate("Part %1 of %2", lang)).replace("%1", "1").replace("%2", "5") + "$")
    log(f"part: {part}")

    # Go to the room question by its number.
    for digit in str(question_slide):
        x.key(digit, wid=notes)
    x.key("Return", wid=notes)
    now = "^" + re.escape(translate("Now %1 / %2: %3", lang)).replace("%1", str(question_slide)).replace("%2", r"\d+").replace("%3", ".+")
    notes_text(run, now)

    # The grid of all slides, and Esc closing it (not the presentation).
    x.key("g", wid=notes)
    node(run, harness.NOTES_TITLE_RE if lang == "en" else ".", "push button", translate("Close (Esc)", lang), to_click=False)
    x.screenshot_window(notes, save_as=f"workshop-grid-{lang}.png")
    x.key("Escape", wid=notes)
    run.check(bool(harness.poll(lambda: app.alive() and not run.a11y.find(
        run.a11y.tree(), role="push button", name=translate("Close (Esc)", lang), pred=lambda n: n.showing), 5, 0.2,
        "grid closed")), "Esc to close the grid and leave the presentation running", "the grid still open, or the app gone")

    # The room is asked; the presenter types the hands for B; the room sees the bar.
    x.key("Next", wid=notes)  # PageDown
    box = node(run, ".", "spin button", translate("Hands for %1", lang).replace("%1", "B"))
    x.click(*box.extents.center)
    x.key("ctrl+a", wid=notes)
    x.type("12", wid=notes)
    x.key("Return", wid=notes)
    bar = translate("%1: %2 hands", lang).replace("%1", "B").replace("%2", "12")

    def audience_has(name: str):
        tree = run.a11y.tree()
        return any(n.name == name for n in run.a11y.window_nodes(
            tree, harness.AUDIENCE_TITLE_RE if lang == "en" else
            harness._title_re(translate("Know the Limits — presentation", lang), whole=False)))
    run.check(bool(harness.poll(lambda: audience_has(bar), 6, 0.2, "the hands bar")),
              f"the room to see the bar {bar!r}", "no such bar in the slides' accessibility tree")
    x.key("r", wid=notes)
    notes_text(run, re.escape(translate("The room sees the answer (%1). Next moves on.", lang)).replace("%1", "[A-D]"))
    x.screenshot_window(audience, save_as=f"workshop-quiz-audience-{lang}.png")
    x.screenshot_window(notes, save_as=f"workshop-quiz-notes-{lang}.png")

    # White, then black, read off the projector's pixels.
    x.key("w", wid=notes)
    white = harness.poll(lambda: share_of(x.screenshot(projector), (255, 255, 255)) > 0.95, 5, 0.2, "white")
    run.check(bool(white), "W to turn the projector white", f"{share_of(x.screenshot(projector), (255, 255, 255)):.0%} white")
    x.key("b", wid=notes)
    black = harness.poll(lambda: share_of(x.screenshot(projector), (0, 0, 0)) > 0.95, 5, 0.2, "black")
    run.check(bool(black), "B to turn the projector black", f"{share_of(x.screenshot(projector), (0, 0, 0)):.0%} black")
    x.key("period", wid=notes)

    # A real click on "+5 min".
    more = node(run, ".", "push button", translate("Five minutes more for the talk", lang))
    x.click(*more.extents.center)
    notes_text(run, "^" + re.escape(translate("Left %1", lang)).replace("%1", r"1:0[45]:\d\d") + "$")  # 65 minutes

    # Swap, leave, start again: the slides come up where the presenter left them.
    x.key("s", wid=notes)
    swapped = harness.poll(lambda: covers(x.geometry(audience), laptop), 8, 0.25, "swapped")
    run.check(bool(swapped), f"S to put the slides on the laptop {laptop}", str(x.geometry(audience)))
    x.key("Escape", wid=notes)
    if not harness.poll(lambda: not app.alive(), 5, 0.2, "app exits"):
        raise TestFailure("expected Esc to end the presentation and the app")
    app, audience, notes = restart(run, lang)
    again = harness.poll(lambda: covers(x.geometry(audience), laptop), 8, 0.25, "remembered")
    run.check(bool(again), f"the swap remembered for these two screens: the slides on the laptop {laptop}",
              str(x.geometry(audience)))
    x.screenshot(save_as=f"workshop-remembered-{lang}.png")
    x.key("Escape", wid=notes)


def restart(run: Run, lang: str):
    """The same command again, keeping the settings file the first run wrote (the swap is in it)."""
    app = run.start_app(["--lang", lang, "--bilingual", "--present", "--playlist", NAME], settings=False)
    audience = app.wait_window(harness.AUDIENCE_TITLE_RE if lang == "en" else
                               harness._title_re(translate("Know the Limits — presentation", lang), whole=False))
    notes = app.wait_window(harness.NOTES_TITLE_RE if lang == "en" else
                            harness._title_re(translate("Know the Limits — presenter notes", lang), whole=False))
    return app, audience, notes


if __name__ == "__main__":
    harness.main(test, "test_workshop", time_limit=120)
