#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keyboard only, from the home page, in English and Spanish.

1. The first Tab focuses a button named "Skip to content" ("Saltar al contenido"); Enter on it
   moves the focus into the page (out of the header, off the skip button).
2. Tab to a topic card (role push button) and press Return (not space): the page changes and the
   focus lands on a node of role "heading" named the new page's title (the card's name; no HTML).

    /usr/bin/python3 tests/e2e/test_keyboard.py build/app/knowthelimits [--lang en|es]
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, log, translate  # noqa: E402

SKIP = {"en": "Skip to content", "es": "Saltar al contenido"}


def topic_titles(lang: str) -> set[str]:
    titles = set()
    for path in (harness.CONTENT_DIR / "topics").glob("*.json"):
        for t in harness.json.loads(path.read_text(encoding="utf-8"))["topics"]:
            titles.add(translate(t["title"], lang))
    return titles


def in_header(node) -> bool:
    return any(a.role in ("tool bar", "menu bar") for a in node.ancestors())


def skip_link_case(run: Run, lang: str, wid: int) -> None:
    first = run.press("Tab", wid=wid)
    if not first or first.name != SKIP[lang] or first.role not in ("push button", "link"):
        raise TestFailure(f"[{lang}] expected the first Tab to focus a push button (or link) named {SKIP[lang]!r}; "
                          f"found {first.label() if first else 'no focused node'}")
    after = run.press("Return", wid=wid)
    run.check(after is not None and after.name != SKIP[lang] and not in_header(after),
              f"[{lang}] Enter on {SKIP[lang]!r} to move the focus into the page (not the header, not the skip button)",
              f"focus on {after.label() if after else 'nothing'}"
              + (" (inside the header)" if after and in_header(after) else ""))


def card_case(run: Run, lang: str, wid: int) -> None:
    titles = topic_titles(lang)
    seen = []
    card = run.tab_until(lambda n: n.role == "push button" and n.name in titles and not in_header(n), wid,
                         max_tabs=25, seen=seen)
    if card is None:
        trail = ", ".join(f"{n.role} {n.name[:30]!r}" if n else "nothing" for n in seen)
        raise TestFailure(f"[{lang}] expected Tab to reach a topic card (push button named a topic title) within "
                          f"25 presses; focus went: {trail}")
    log(f"[{lang}] card {card.name!r}: Return")
    title = card.name
    run.x.key("Return", wid=wid)
    heading = harness.poll(lambda: (lambda f: f if f and f.role == "heading" and f.name == title else None)(run.focused()),
                           6, 0.2, "focused heading")
    if heading is None:
        now = run.focused()
        tree = run.a11y.tree()
        headings = [n.name for n in tree if n.role == "heading"]
        page_changed = any(title == n.name for n in tree if n.role in harness.TEXT_ROLES)
        raise TestFailure(f"[{lang}] expected, after Return on the card {title!r}, the focus on a heading named "
                          f"{title!r}; found focus on {now.label()[:160] if now else 'nothing'} "
                          f"(page {'changed' if page_changed else 'did not change'}; headings: {headings})")
    markup = harness.has_markup(heading.name)
    run.check(markup is None, f"[{lang}] a plain-text heading name", f"markup {markup!r}")


def test(run: Run, args: list[str]) -> None:
    langs = [args[args.index("--lang") + 1]] if "--lang" in args else ["en", "es"]
    run.start_x([(1280, 800)])
    for lang in langs:
        app = run.start_app(["--lang", lang, "--page", "home"], lang=lang)
        wid = app.wait_window()
        run.a11y.settled_tree()
        for case in (skip_link_case, card_case):
            try:
                case(run, lang, wid)
            except TestFailure as e:
                run.problem(str(e))
                run.save_tree(f"{lang}-{case.__name__}")
                if case is skip_link_case:
                    # The card still gets its check, from a fresh start.
                    app = run.start_app(["--lang", lang, "--page", "home"], lang=lang)
                    wid = app.wait_window()
                    run.a11y.settled_tree()
        run.stop_app()


if __name__ == "__main__":
    harness.main(test, "test_keyboard", time_limit=80)
