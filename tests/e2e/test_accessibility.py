#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader gets, on one page of every kind, in one language (--lang en|es).

On every page:
  - no name or description holds markup (a tag, `style>`, an entity such as &amp;);
  - every control a user can operate (push button, radio button, check box, link, entry, combo
    box, slider, spin button, page tab, menu item, focusable list item) has a name;
  - a node of role "heading" is named the page's title.
On a walkthrough step with a question: the choices are radio buttons inside a node named the
question; choosing one with the keyboard (Tab to it, Space) brings a node of role "alert" named
the verdict ("Right." / "Not quite.", in Spanish "Correcto." / "No exactamente."); the progress
bar has a value above 0.
On a flow page's diagram: the nodes are push buttons; the current one is "selected" or
"checked"; each outcome node says it is an outcome in its description.

    /usr/bin/python3 tests/e2e/test_accessibility.py build/app/knowthelimits --lang es [--page ADDRESS]
"""

import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402
from harness import Run, TestFailure, log, translate  # noqa: E402

NAMED_ROLES = harness.INTERACTIVE_ROLES | {"tree item"}
# How an outcome node's description says what it is (the words are this test's assumption).
OUTCOME_WORDS = {"en": r"\b(outcome|end|ends|result)\b", "es": r"\b(resultado|desenlace|final|fin|termina)\b"}
VERDICTS = ("Right.", "Not quite.")
_noted: set[str] = set()


def note(text: str) -> str:
    """text the first time (a hint about Qt 6.4 is worth reading once, not on every page)."""
    if text in _noted:
        return " (see the note above)"
    _noted.add(text)
    return text

# Seen with Debian's Qt 6.4 (a probe of QML items over AT-SPI): a Label always reports role
# "label", whatever Accessible.role says; Text and Item take the role they are given.
QT64_LABEL_NOTE = (" (note: in Qt 6.4 a QML Label always reports role \"label\" whatever its Accessible.role; "
                   "a Text or Item with that Accessible.role reports it)")
# Qt 6.4 gives the AT-SPI Value interface to roles Slider, SpinBox, Dial and ScrollBar only.
QT64_VALUE_NOTE = (" (note: in Qt 6.4 only items of role Slider, SpinBox, Dial or ScrollBar get the Value "
                   "interface; role ProgressBar gets none)")


def first(path: str, key: str) -> dict:
    return harness.load_json(path)[key][0]


def pages(lang: str) -> list[dict]:
    """One page of each kind, with its expected title (and what else to check there)."""
    tr = lambda s: translate(s, lang)
    topics = []
    for p in sorted((harness.CONTENT_DIR / "topics").glob("*.json")):
        topics += harness.json.loads(p.read_text(encoding="utf-8"))["topics"]
    topic = sorted(topics, key=lambda t: t.get("order", 99))[0]
    walk = first("walkthroughs/can-mandamus-rein-in-ice.json", "walkthroughs")
    step = next(s for s in walk["steps"] if s.get("question"))
    flows = sorted((harness.CONTENT_DIR / "flows").glob("*.json"))
    flow = harness.json.loads(flows[0].read_text(encoding="utf-8"))["flows"][0]
    start = next(n for n in flow["nodes"] if n["id"] == flow["start"])
    return [
        {"address": "home", "titles": [tr("Know the Limits")]},
        {"address": f"topic/{topic['id']}", "titles": [tr(topic["title"])]},
        {"address": f"walkthrough/{walk['id']}/{step['id']}", "titles": [tr(step["title"])], "quiz": step["question"]},
        # A flow page's title: the flow's, or the question it opens on.
        {"address": f"flow/{flow['id']}", "titles": [tr(flow["title"]), tr(start["text"])], "flow": flow},
        {"address": "glossary", "titles": [tr("Glossary")]},
        {"address": "sources", "titles": [tr("Sources")]},
        {"address": "timeline", "titles": [tr("Timeline")]},
        {"address": "help", "titles": [tr("Find legal help")]},
        {"address": "search", "titles": [tr("Search")]},
        {"address": "settings", "titles": [tr("Display and privacy")]},
    ]


def general_checks(run: Run, tag: str, tree, titles) -> None:
    marked = []
    for n in tree[1:]:  # the application node's description is the binary's path
        for what, text in (("name", n.name), ("description", n.description)):
            m = harness.has_markup(text)
            if m:
                marked.append(f"{n.role} {what} …{m}…")
    run.check(not marked, f"{tag} no markup in names or descriptions",
              f"{len(marked)}: " + "; ".join(marked[:6]) + (" …" if len(marked) > 6 else ""))

    unnamed = [n for n in tree if not (n.name or "").strip() and (
        (n.role in NAMED_ROLES and n.role != "tree item") or (n.role in ("list item", "tree item") and n.has("focusable")))]
    run.check(not unnamed, f"{tag} a name on every control",
              f"{len(unnamed)} without: " + "; ".join(
                  f"{n.role} at {n.extents} {'showing' if n.showing else 'not showing'}"
                  + (f" (desc {n.description[:40]!r})" if n.description else "")
                  + f" in {(n.ancestors()[0].role + ' ' + repr(n.ancestors()[0].name[:30])) if n.ancestors() else '-'}"
                  for n in unnamed[:8]))

    headings = [n for n in tree if n.role == "heading"]
    labels = [n for n in tree if n.name in titles and n.role == "label"]
    run.check(any(h.name in titles for h in headings), f"{tag} a heading named {' or '.join(map(repr, titles))}",
              f"headings {[h.name[:50] for h in headings]}; nodes with that text: "
              f"{[n.role for n in tree if n.name in titles]}" + (note(QT64_LABEL_NOTE) if labels else ""))


def quiz_checks(run: Run, tag: str, lang: str, tree, quiz, wid) -> None:
    prompt = translate(quiz["prompt"], lang)
    choice_names = [translate(c["text"], lang) for c in quiz["choices"]]
    choices = [n for n in tree if n.name in choice_names]
    run.check(choices and all(c.role == "radio button" for c in choices),
              f"{tag} the question's choices as radio buttons",
              f"{[(c.role, c.name[:30]) for c in choices] or 'no node named as a choice'}")
    grouped = [c for c in choices if any(a.name == prompt for a in c.ancestors())]
    run.check(choices and len(grouped) == len(choices), f"{tag} the choices inside a node named the question {prompt[:50]!r}",
              f"{len(grouped)} of {len(choices)} inside one; their parents: "
              f"{sorted({(c.ancestors()[0].role, c.ancestors()[0].name[:40]) for c in choices if c.ancestors()})}")

    # The value through the Value interface where Qt gives one; Qt 6.4 gives role ProgressBar
    # none (QT64_VALUE_NOTE), so there the description must say the step ("Step 2 of 9").
    progress = [n for n in tree if n.role == "progress bar"]
    step_said = bool(progress) and re.search(r"[1-9]\d*\D+\d+", progress[0].description or "") is not None
    run.check(bool(progress) and ((progress[0].value is not None and progress[0].value > 0) or step_said),
              f"{tag} the walkthrough's progress bar with a value above 0, or its step in its description",
              f"{[(p.name, p.value, p.description) for p in progress] or 'no progress bar'}"
              + (note(QT64_VALUE_NOTE) if progress and progress[0].value is None else ""))

    # Choose with the keyboard: Tab to a choice, Space.
    names = set(choice_names)
    node = run.tab_until(lambda n: n.name in names, wid, max_tabs=40)
    if node is None:
        run.problem(f"{tag} expected Tab to reach one of the question's choices within 40 presses; it did not")
        return
    log(f"{tag} focus on choice {node.role} {node.name[:40]!r}: Space")
    run.x.key("space", wid=wid)
    verdicts = tuple(translate(v, lang) for v in VERDICTS)
    alerts = harness.poll(lambda: [n for n in run.a11y.tree() if n.role == "alert" and n.name.startswith(verdicts)],
                          5, 0.2, "verdict alert")
    if not alerts:
        after = run.a11y.tree()
        near = [f"{n.role} {n.name[:40]!r}" for n in after if n.name.startswith(verdicts)]
        run.problem(f"{tag} expected, after choosing an answer, a node of role \"alert\" named "
                    f"{' or '.join(repr(v + '…') for v in verdicts)}; found "
                    f"{near or 'no node with that text'}; alerts: {[n.name[:40] for n in after if n.role == 'alert']}"
                    + (note(QT64_LABEL_NOTE) if any(n.role == "label" for n in after if n.name.startswith(verdicts)) else ""))
    else:
        log(f"{tag} alert {alerts[0].name[:60]!r}")
        chosen = [n for n in run.a11y.tree() if n.name == node.name]
        run.check(bool(chosen) and (chosen[0].has("checked") or chosen[0].has("selected")),
                  f"{tag} the chosen answer checked", f"{chosen[0].states if chosen else 'gone'}")


def flow_checks(run: Run, tag: str, lang: str, tree, flow) -> None:
    texts = {translate(n["text"], lang): n for n in flow["nodes"]}
    diagram_nodes = [n for n in tree if n.name in texts and n.role in harness.INTERACTIVE_ROLES]
    others = [n for n in tree if n.name in texts and n.role not in harness.INTERACTIVE_ROLES]
    run.check(len({n.name for n in diagram_nodes if n.role == "push button"}) >= len(texts) * 0.9,
              f"{tag} the diagram's {len(texts)} nodes as push buttons",
              f"{len(diagram_nodes)} button(s); roles of the others named as nodes: {sorted({n.role for n in others})}")
    current_text = translate(next(n for n in flow["nodes"] if n["id"] == flow["start"])["text"], lang)
    current = [n for n in diagram_nodes if n.has("selected") or n.has("checked")]
    run.check([n.name for n in current] == [current_text],
              f"{tag} exactly the current node {current_text[:50]!r} selected or checked",
              f"{[n.name[:40] for n in current] or 'none selected or checked'}")
    outcomes = [n for n in diagram_nodes if texts[n.name].get("kind") == "outcome"]
    silent = [n for n in outcomes if not re.search(OUTCOME_WORDS[lang], n.description or "", re.I)]
    run.check(outcomes and not silent,
              f"{tag} every outcome node's description saying it is an outcome (/{OUTCOME_WORDS[lang]}/)",
              f"{len(silent)} of {len(outcomes)} do not, e.g. {[(n.name[:30], n.description[:40]) for n in silent[:3]]}")


def test(run: Run, args: list[str]) -> None:
    lang = args[args.index("--lang") + 1] if "--lang" in args else "en"
    only = args[args.index("--page") + 1] if "--page" in args else None
    run.start_x([(1280, 800)])
    for page in pages(lang):
        if only and page["address"] != only:
            continue
        tag = f"[{lang} {page['address']}]"
        try:
            app = run.start_app(["--lang", lang, "--page", page["address"]], lang=lang)
            wid = app.wait_window()
            tree = run.a11y.settled_tree()
            (run.artifacts / f"{lang}-{page['address'].replace('/', '_')}.a11y.txt").write_text(
                harness.format_tree(tree) + "\n", encoding="utf-8")
            log(f"{tag} {len(tree)} nodes")
            general_checks(run, tag, tree, page["titles"])
            if "quiz" in page:
                quiz_checks(run, tag, lang, tree, page["quiz"], wid)
            if "flow" in page:
                flow_checks(run, tag, lang, tree, page["flow"])
        except TestFailure as e:
            run.problem(f"{tag} {e}")
            run.save_tree(f"{lang}-{page['address'].replace('/', '_')}-failure")
        run.stop_app()


if __name__ == "__main__":
    harness.main(test, "test_accessibility", time_limit=90)
