#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Glossary links in a topic's prose open their definition, by mouse and by keyboard.

(a) Mouse: on a screenshot, find the pixels of the link colour (Theme.link) inside the
    paragraph that holds the link, click there: a node of role "dialog" appears, named the
    term's heading, with the definition inside; Escape closes it.
(b) Keyboard: Tab until the focused node is that paragraph (its name or description holds the
    link's text) or the link itself, press Enter: the same dialog appears.

    /usr/bin/python3 tests/e2e/test_links.py build/app/knowthelimits [--lang en|es]
"""

import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, expect, log, translate, markdown_to_plain  # noqa: E402

SIZE = (1280, 800)
LINK_RE = re.compile(r"\[([^\]]+)\]\(term:([a-z0-9-]+)\)")


def theme_link_colour() -> tuple[int, int, int]:
    """Theme.link in the light theme, read from qml/Theme.qml."""
    theme = (harness.SOURCE_DIR / "qml" / "Theme.qml").read_text(encoding="utf-8")
    m = re.search(r'property color link:\s*dark \? "#[0-9a-fA-F]{6}" : "#([0-9a-fA-F]{6})"', theme)
    if not m:
        raise harness.HarnessError("qml/Theme.qml: no `link` colour found")
    h = m.group(1)
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def pick_topic(lang: str):
    """The first topic (in page order) whose summary has a glossary link: its address, the
    link's text, and the term's heading and definition as the app shows them in lang."""
    glossary = {t["id"]: t for t in harness.load_json("glossary.json")["terms"]}
    topics = []
    for path in sorted((harness.CONTENT_DIR / "topics").glob("*.json")):
        topics += harness.json.loads(path.read_text(encoding="utf-8"))["topics"]
    for topic in sorted(topics, key=lambda t: t.get("order", 99)):
        summary = translate(topic["summary"], lang)
        m = LINK_RE.search(summary)
        if m and m.group(2) in glossary:
            term = glossary[m.group(2)]
            return {"address": f"topic/{topic['id']}", "link_text": m.group(1),
                    "term_id": term["id"], "heading": translate(term["term"], lang),
                    "definition": markdown_to_plain(translate(term["definition"], lang)),
                    "paragraph": markdown_to_plain(summary)}
    raise harness.HarnessError("no topic summary with a term: link")


def mentions(text, words) -> bool:
    """words in text as whole words ("ICE" is not in "advice")."""
    return bool(re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text or "", re.I))


def paragraph_with_link(tree, paragraph):
    """The showing text node that reads as the paragraph (the topic's summary)."""
    start = " ".join(paragraph.split()[:8]).lower()
    nodes = [n for n in tree if n.showing and n.extents and n.role in harness.TEXT_ROLES
             and any(start in " ".join((s or "").split()).lower() for s in (n.name, n.description, n.text))]
    return min(nodes, key=lambda n: n.extents.w * n.extents.h) if nodes else None


def find_link_pixels(image, colour, region):
    """Where to click on the first link drawn in region (root coordinates): found top to bottom
    as pixels of the link colour; the middle of the link's underline (its longest run in the
    first line), raised to the middle of its glyphs."""
    px = image.load()
    r0, g0, b0 = colour
    near = lambda x, y: sum(abs(a - b) for a, b in zip(px[x, y][:3], (r0, g0, b0))) <= 24
    x_end, y_end = min(region.right, image.width), min(region.bottom, image.height)

    def runs(y):
        out, start = [], None
        for x in range(region.x, x_end + 1):
            hit = x < x_end and near(x, y)
            if hit and start is None:
                start = x
            elif not hit and start is not None:
                out.append((start, x - start))
                start = None
        return out
    first_row = next((y for y in range(region.y, y_end) if any(n >= 3 for _, n in runs(y))), None)
    if first_row is None:
        return None
    # The first line of text is at most ~40 px tall at these sizes: its longest run is the underline.
    best = max(((n, y, x) for y in range(first_row, min(first_row + 40, y_end)) for x, n in runs(y)), default=None)
    if best is None:
        return None
    length, underline_y, x0 = best
    return x0 + length // 2, (first_row + underline_y) // 2


def dialog_check(run: Run, expected: dict, how: str) -> None:
    dialogs = run.a11y.wait_for(f"({how}) a dialog named {expected['heading']!r}", timeout=6,
                                role="dialog", name=expected["heading"])
    dialog = dialogs[0]
    log(f"({how}) {dialog.label()} at {dialog.extents}, {len(dialog.descendants())} node(s) inside")
    inside = " ".join(" ".join(filter(None, (n.name, n.description, n.text))) for n in [dialog] + dialog.descendants())
    start = " ".join(expected["definition"].split()[:6])
    run.check(start.lower() in inside.lower(),
              f"({how}) the definition starting {start!r} inside the dialog",
              f"dialog text {inside[:300]!r}")
    markup = harness.has_markup(inside)
    run.check(markup is None, f"({how}) no markup in the dialog's text", f"{markup!r}")


def mouse_case(run: Run, expected: dict, lang: str) -> None:
    app = run.start_app(["--lang", lang, "--page", expected["address"]], lang=lang)
    wid = app.wait_window()
    tree = run.a11y.settled_tree()
    para = paragraph_with_link(tree, expected["paragraph"])
    if para is None:
        # Still click where the link is drawn: the dialog is what a mouse user needs.
        win = run.x.geometry(wid)
        region = harness.Rect(win.x, win.y + 40, win.w, win.h // 2)
        run.problem(f"(mouse) expected a showing text node reading {expected['paragraph'][:50]!r}…; "
                    f"found none (searching the upper half of the window instead)")
    else:
        region = para.extents
    colour = theme_link_colour()
    shot = run.x.screenshot(save_as="links-before-click.png")
    point = find_link_pixels(shot, colour, region)
    expect(point is not None, f"(mouse) pixels of the link colour #{'%02x%02x%02x' % colour} in the paragraph at {region}",
           "none (see links-before-click.png)")
    log(f"link pixels at {point}; clicking")
    run.x.focus(wid)
    run.x.click(*point)
    dialog_check(run, expected, "mouse")
    run.x.key("Escape", wid=wid)
    run.a11y.wait_gone("the dialog after Escape", role="dialog", name=expected["heading"])
    run.stop_app()


def keyboard_case(run: Run, expected: dict, lang: str) -> None:
    app = run.start_app(["--lang", lang, "--page", expected["address"]], lang=lang)
    wid = app.wait_window()
    run.a11y.settled_tree()
    def holds_link(n):
        return (n.role not in ("push button", "check box", "tool bar")
                and any(mentions(t, expected["link_text"]) for t in (n.name, n.description)))
    seen = []
    node = run.tab_until(holds_link, wid, max_tabs=30, seen=seen)
    if node is None:
        trail = ", ".join(f"{n.role} {n.name[:40]!r}" if n else "nothing" for n in seen[:30])
        raise TestFailure(f"(keyboard) expected Tab to reach a paragraph whose name or description holds the link "
                          f"{expected['link_text']!r} within 30 presses; focus went: {trail}")
    log(f"focused {node.label()[:120]}; Enter")
    run.x.key("Return", wid=wid)
    dialog_check(run, expected, "keyboard")
    run.x.key("Escape", wid=wid)
    run.a11y.wait_gone("the dialog after Escape", role="dialog", name=expected["heading"])
    run.stop_app()


def test(run: Run, args: list[str]) -> None:
    lang = args[args.index("--lang") + 1] if "--lang" in args else "en"
    expected = pick_topic(lang)
    log(f"{expected['address']}: link {expected['link_text']!r} → term {expected['term_id']} "
        f"({expected['heading']!r})")
    run.start_x([SIZE])
    for case in (mouse_case, keyboard_case):
        run.attempt(case.__name__, case, run, expected, lang)


if __name__ == "__main__":
    harness.main(test, "test_links", time_limit=60)
