#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finding legal help, as a family member reading "Someone I know was detained" would, in English
and Spanish.

(a) Keyboard: on the walkthrough's last step, Tab to the paragraph that holds the page link
    ("Find legal help" / its Spanish words), press Enter: the focus lands on the heading of the
    "Find legal help" page, and every help place is there as a heading, with its address.
(b) Mouse: from Home, click the header's "Find legal help" button (found in the accessibility
    tree, clicked at its middle): the same page opens.
(c) In Spanish, a page that exists in Spanish is given in Spanish; one that does not is marked
    "(en inglés)".

    /usr/bin/python3 tests/e2e/test_help_page.py build/app/knowthelimits
"""

import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, log, translate, markdown_to_plain  # noqa: E402

SIZE = (1280, 800)
WALKTHROUGH = "someone-i-know-was-detained"
PAGE_LINK_RE = re.compile(r"\[([^\]]+)\]\(page:help\)")


def last_step(lang: str) -> dict:
    w = harness.load_json(f"walkthroughs/{WALKTHROUGH}.json")["walkthroughs"][0]
    step = w["steps"][-1]
    body = translate(step["body"], lang)
    m = PAGE_LINK_RE.search(body)
    if not m:
        raise harness.HarnessError(f"the last step of {WALKTHROUGH} has no page:help link in {lang}")
    return {"address": f"walkthrough/{WALKTHROUGH}/{step['id']}", "link_text": m.group(1)}


def help_places() -> list[dict]:
    places = []
    for path in sorted(harness.CONTENT_DIR.rglob("*.json")):
        places += harness.json.loads(path.read_text(encoding="utf-8")).get("helpPlaces", [])
    return places


def on_help_page(run: Run, lang: str, how: str) -> None:
    title = translate("Find legal help", lang)
    heading = harness.poll(lambda: (lambda f: f if f and f.role == "heading" and f.name == title else None)(run.focused()),
                           8, 0.1, "the help page's heading")
    if heading is None:
        now = run.focused()
        raise TestFailure(f"[{lang}] ({how}) expected the focus on a heading named {title!r}; "
                          f"found {now.label() if now else 'no focused node'}")
    tree = run.a11y.settled_tree()
    texts = [" ".join(filter(None, (n.name, n.text))) for n in tree]
    headings = {n.name for n in tree if n.role == "heading"}
    for place in help_places():
        name = translate(place["name"], lang)
        run.check(name in headings, f"[{lang}] ({how}) a heading for the help place {name!r}",
                  f"headings {sorted(headings)[:12]}")
        if "url" not in place:
            continue
        spanish = place.get("translatedUrls", {}).get("es")
        if lang == "es" and spanish:
            shown = spanish
        elif lang == "es":
            shown = f"{place['url']} {translate('(in English)', lang)}"
        else:
            shown = place["url"]
        run.check(any(shown in t for t in texts), f"[{lang}] ({how}) the address {shown!r} on the page",
                  "no text node with it")


def keyboard_case(run: Run, lang: str) -> None:
    step = last_step(lang)
    app = run.start_app(["--lang", lang, "--page", step["address"]], lang=lang)
    wid = app.wait_window()
    run.a11y.settled_tree()
    words = markdown_to_plain(step["link_text"]).lower()
    seen = []
    node = run.tab_until(lambda n: n.role not in ("push button", "radio button")
                         and any(words in (t or "").lower() for t in (n.name, n.description)), wid,
                         max_tabs=30, seen=seen)
    if node is None:
        trail = ", ".join(f"{n.role} {n.name[:30]!r}" if n else "nothing" for n in seen)
        raise TestFailure(f"[{lang}] (keyboard) expected Tab to reach the paragraph with the link {words!r}; "
                          f"focus went: {trail}")
    # The paragraph's first link is where Tab lands; move on to the help link.
    for _ in range(8):
        if words in (run.focused().description or "").lower():
            break
        run.press("Tab", wid=wid)
    log(f"[{lang}] focused {run.focused().label()[:100]}; Enter")
    run.x.key("Return", wid=wid)
    on_help_page(run, lang, "keyboard")
    run.stop_app()


def mouse_case(run: Run, lang: str) -> None:
    app = run.start_app(["--lang", lang], lang=lang)
    wid = app.wait_window()
    tree = run.a11y.settled_tree()
    name = translate("Find legal help", lang)
    buttons = [n for n in tree if n.role == "push button" and n.name == name and n.showing and n.extents
               and any(a.role in ("tool bar", "menu bar") for a in n.ancestors())]
    if not buttons:
        raise TestFailure(f"[{lang}] (mouse) expected a header button named {name!r}; found none")
    run.x.focus(wid)
    run.x.click(*buttons[0].extents.center)
    on_help_page(run, lang, "mouse")
    run.stop_app()


def test(run: Run, args: list[str]) -> None:
    run.start_x([SIZE])
    for lang in ("en", "es"):
        for case in (keyboard_case, mouse_case):
            run.attempt(f"{case.__name__}-{lang}", case, run, lang)


if __name__ == "__main__":
    harness.main(test, "test_help_page", time_limit=100)
