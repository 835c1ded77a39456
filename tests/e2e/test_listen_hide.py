#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-aloud and quick hide as their users use them, in English and Spanish, in the real binary.

The app runs with the tests' own speech engine (tests/speech, found through the plugin folder
given as the second argument): it speaks nothing and logs what it is asked to say.

(a) Listen: read-aloud on (as the display page's switch leaves it), a practice step of the door
    rehearsal; click Listen: the step is read in the page's language, in a voice of that
    language, first its title, without markup; while it reads, "Stop reading" is offered and
    the sentence being read is on screen. Moving to the next step stops the voice.
(b) Quick hide: Esc twice. The window's title (what a taskbar shows) becomes the neutral one,
    and a screen reader finds nothing of the app: only the neutral page. The settings file no
    longer names the page. Esc twice again: a fresh Home page under the app's name.

    /usr/bin/python3 tests/e2e/test_listen_hide.py build/app/knowthelimits build/tests/plugins
"""

import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, log, translate  # noqa: E402

SIZE = (1280, 800)
STEP = "walkthrough/practice-at-the-door/knock"


def step() -> dict:
    w = harness.load_json("walkthroughs/practice-at-the-door.json")["walkthroughs"][0]
    return next(s for s in w["steps"] if s["id"] == "knock")


def said(log_file: Path) -> list[list[str]]:
    lines = log_file.read_text(encoding="utf-8").splitlines() if log_file.exists() else []
    return [line.split("\t") for line in lines]


def button(run: Run, name: str, to_click: bool = True):
    """A push button named name that a user sees (and, to_click, whose place on screen is known)."""
    tree = run.a11y.settled_tree()
    found = [n for n in tree if n.role == "push button" and n.name == name and n.showing and (n.extents or not to_click)]
    return found[0] if found else None


def listen_case(run: Run, lang: str, log_file: Path) -> None:
    run.lang = lang
    log_file.unlink(missing_ok=True)
    app = run.start_app(["--lang", lang, "--page", STEP], settings={"language": lang, "speech/readAloud": "true"})
    wid = app.wait_window()
    listen = harness.poll(lambda: button(run, translate("Listen", lang)), 8, 0.3, "a Listen button")
    if listen is None:
        raise TestFailure(f"[{lang}] expected a Listen button on the step")
    run.x.focus(wid)
    run.x.click(*listen.extents.center)
    lines = harness.poll(lambda: [f for f in said(log_file) if f[0] == "say"] or None, 8, 0.2, "speech")
    if not lines:
        raise TestFailure(f"[{lang}] expected the step to be read aloud; the engine was asked nothing")
    title = translate(step()["title"], lang)
    locale = {"en": "en_US", "es": "es_419"}[lang]
    run.check(lines[0][1] == locale, f"[{lang}] read in a {locale} voice", lines[0][1])
    run.check(lines[0][4] == title, f"[{lang}] the title read first", repr(lines[0][4]))
    run.check(all("](" not in f[4] and "term:" not in f[4] for f in lines), f"[{lang}] no markup read", repr(lines))
    stop = harness.poll(lambda: button(run, translate("Stop reading", lang), to_click=False), 5, 0.2, "Stop reading")
    run.check(stop is not None, f"[{lang}] \"Stop reading\" while it reads", "none")
    run.x.screenshot_window(wid, save_as=f"listen-{lang}.png")
    # Next step: the voice stops.
    nxt = button(run, translate("Next", lang))
    if nxt is None:
        raise TestFailure(f"[{lang}] expected a Next button")
    run.x.click(*nxt.extents.center)
    stopped = harness.poll(lambda: said(log_file) and said(log_file)[-1][0] == "stop", 5, 0.2, "stop")
    run.check(bool(stopped), f"[{lang}] speech stops on the next step", repr(said(log_file)[-2:]))
    run.stop_app()


def hide_case(run: Run, lang: str) -> None:
    run.lang = lang
    app = run.start_app(["--lang", lang, "--page", STEP], settings={"language": lang})
    wid = app.wait_window()
    run.a11y.settled_tree()
    neutral = translate("Notes", lang)
    run.x.key("Escape", "Escape", wid=wid, delay_ms=80)
    hidden = harness.poll(lambda: run.x.title(wid) == neutral, 5, 0.1, "the neutral title")
    run.check(bool(hidden), f"[{lang}] the window's title is {neutral!r}", repr(run.x.title(wid)))
    tree = run.a11y.settled_tree()
    shown = sorted({n.name or n.text for n in tree
                    if n.showing and (n.name or n.text) and n.role not in ("frame", "application")})
    expected = sorted({neutral, translate("No notes yet.", lang), translate("Return", lang)})
    run.check(shown == expected, f"[{lang}] a screen reader finds only the neutral page", repr(shown))
    run.x.screenshot_window(wid, save_as=f"hidden-{lang}.png")
    conf = Path(run.env["XDG_CONFIG_HOME"]) / "KnowTheLimits" / "knowthelimits.conf"
    text = conf.read_text(encoding="utf-8") if conf.exists() else ""
    run.check("practice-at-the-door" not in text, f"[{lang}] the settings file no longer names the page", repr(text))
    run.x.key("Escape", "Escape", wid=wid, delay_ms=80)
    back = harness.poll(lambda: re.search(harness.MAIN_TITLE_RE, run.x.title(wid)), 5, 0.1, "the app's title")
    run.check(bool(back), f"[{lang}] back under the app's name", repr(run.x.title(wid)))
    home = harness.poll(lambda: button(run, translate("Hide the app now (or press Esc twice)", lang)), 5, 0.2,
                        "the header")
    run.check(home is not None, f"[{lang}] the header is back", "none")
    run.stop_app()


def test(run: Run, args: list[str]) -> None:
    plugins = Path(args[0]).resolve()
    log_file = run.tmp / "speech.log"
    run.env.update({"QT_PLUGIN_PATH": str(plugins), "KTL_SPEECH_ENGINE": "ktltest",
                    "KTL_TEST_SPEECH_LOG": str(log_file), "KTL_TEST_SPEECH_MS": "3000"})
    run.start_x([SIZE])
    for lang in ("en", "es"):
        run.attempt(f"listen-{lang}", listen_case, run, lang, log_file)
        run.attempt(f"hide-{lang}", hide_case, run, lang)


if __name__ == "__main__":
    harness.main(test, "test_listen_hide", time_limit=100)
