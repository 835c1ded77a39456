#!/usr/bin/env python3
"""Writes tests/data/invalid/<case>/ from a small valid set plus one mistake each.

Run it after changing the cases; tst_contentloader.cpp lists, for each case, the file, the
JSON path and the words its message must contain. (The oversized-file case is made by the test
itself, so no multi-megabyte fixture is committed.)
"""
import copy
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "invalid")

BASE = {
    "meta": {"version": "1", "reviewedAsOf": "2026-11-28", "disclaimer": "Not advice.", "helpNotice": "Ask a lawyer."},
    "sources": [{"id": "s1", "kind": "statute", "citation": "28 U.S.C. § 1361", "title": "Mandamus", "year": 1962,
                 "url": "https://www.law.cornell.edu/uscode/text/28/1361", "supports": "Mandamus."}],
    "terms": [{"id": "t1", "term": "mandamus", "definition": "An order to act."}],
}
CASE = {
    "topics": [{"id": "a", "title": "A", "summary": "About A.", "order": 1, "concept": True,
                "sections": [{"heading": "H", "body": "Body with [mandamus](term:t1).", "sources": ["s1"]}],
                "takeaways": ["One."], "related": [], "sources": ["s1"], "walkthrough": "w1", "flows": ["f1"]}],
    "walkthroughs": [{"id": "w1", "title": "W", "topic": "a", "summary": "S.",
                      "steps": [{"id": "one", "title": "One", "body": "Body.", "notes": "Notes.", "sources": ["s1"],
                                 "question": {"prompt": "Q?", "choices": [
                                     {"id": "x", "text": "X", "correct": True, "explanation": "Yes."},
                                     {"id": "y", "text": "Y", "correct": False, "explanation": "No."}]}}]}],
    "flows": [{"id": "f1", "title": "F", "topic": "a", "summary": "S.", "start": "q",
               "nodes": [{"id": "q", "kind": "question", "text": "Q?",
                          "answers": [{"id": "yes", "label": "Yes", "next": "o1"}, {"id": "no", "label": "No", "next": "o2"}]},
                         {"id": "o1", "kind": "outcome", "text": "O1", "detail": "D.", "sources": ["s1"]},
                         {"id": "o2", "kind": "outcome", "text": "O2", "detail": "D.", "sources": ["s1"]}]}],
    "events": [{"id": "e1", "date": "1962-10-05", "kind": "law", "title": "Law", "body": "Passed.", "sources": ["s1"]}],
}


def write(case, base=BASE, content=CASE, raw=None):
    d = os.path.join(OUT, case)
    os.makedirs(d, exist_ok=True)
    if base is not None:
        with open(os.path.join(d, "base.json"), "w", encoding="utf-8") as f:
            json.dump(base, f, indent=1, ensure_ascii=False)
    if raw is not None:
        with open(os.path.join(d, "case.json"), "wb") as f:
            f.write(raw)
    elif content is not None:
        with open(os.path.join(d, "case.json"), "w", encoding="utf-8") as f:
            json.dump(content, f, indent=1, ensure_ascii=False)


def mutate(case, fn, base_fn=None):
    c, b = copy.deepcopy(CASE), copy.deepcopy(BASE)
    fn(c)
    if base_fn:
        base_fn(b)
    write(case, b, c)


shutil.rmtree(OUT, ignore_errors=True)
write("valid-minimal")
write("broken-json", raw=b'{\n  "topics": [\n    { "id": "a", }\n')
write("invalid-utf8", raw=b'{ "terms": [ { "id": "x", "term": "caf\xe9", "definition": "d" } ] }')
write("not-an-object", raw=b"[1, 2, 3]")
mutate("unknown-top-level-key", lambda c: c.update(topicz=[]))
mutate("unknown-field", lambda c: c["topics"][0].update(titel="A"))
mutate("wrong-type-string", lambda c: c["topics"][0].update(title=5))
mutate("missing-field", lambda c: c["topics"][0].pop("summary"))
mutate("empty-string", lambda c: None, lambda b: b["terms"][0].update(definition="   "))
mutate("empty-required-list", lambda c: c["topics"][0].update(takeaways=[]))
mutate("wrong-type-list", lambda c: c["topics"][0].update(related="a"))
mutate("wrong-type-bool", lambda c: c["topics"][0].update(concept="yes"))
mutate("non-integer", lambda c: c["topics"][0].update(order=1.5))
mutate("duplicate-id", lambda c: None, lambda b: b["terms"].append(dict(b["terms"][0])))
mutate("bad-id", lambda c: c["events"][0].update(id="Bad Id"))
mutate("dangling-topic-reference", lambda c: c["topics"][0].update(related=["nope"]))
mutate("dangling-source-reference", lambda c: c["walkthroughs"][0]["steps"][0].update(sources=["s1", "nope"]))
mutate("dangling-term-link", lambda c: c["topics"][0]["sections"][0].update(body="See [x](term:nope)."))
mutate("raw-html", lambda c: c["topics"][0].update(summary="<b>bold</b> text"))
mutate("web-link-in-text", lambda c: c["topics"][0].update(summary="See [this](https://example.org)."))
mutate("law-without-source", lambda c: c["walkthroughs"][0]["steps"][0].update(sources=[]))
mutate("two-correct-choices", lambda c: c["walkthroughs"][0]["steps"][0]["question"]["choices"][1].update(correct=True))
mutate("duplicate-step-id", lambda c: c["walkthroughs"][0]["steps"].append(dict(c["walkthroughs"][0]["steps"][0], question={"prompt": "Q?", "choices": [{"id": "x", "text": "X", "correct": True, "explanation": "E."}, {"id": "y", "text": "Y", "correct": False, "explanation": "E."}]})))
mutate("dangling-walkthrough-topic", lambda c: c["walkthroughs"][0].update(topic="nope"))
mutate("flow-missing-start", lambda c: c["flows"][0].update(start="nope"))
mutate("flow-dangling-next", lambda c: c["flows"][0]["nodes"][0]["answers"][1].update(next="nope"))
mutate("flow-one-answer", lambda c: c["flows"][0]["nodes"][0]["answers"].pop())


def unreachable(c):
    c["flows"][0]["nodes"].append({"id": "lost", "kind": "outcome", "text": "Lost", "detail": "D.", "sources": ["s1"]})


mutate("flow-unreachable-node", unreachable)


def no_outcome(c):
    nodes = c["flows"][0]["nodes"]
    nodes[0]["answers"][1]["next"] = "wait"
    nodes.append({"id": "wait", "kind": "info", "text": "Wait.", "next": "ask"})
    nodes.append({"id": "ask", "kind": "question", "text": "Again?", "answers": [
        {"id": "a", "label": "A", "next": "wait", "loop": True}, {"id": "b", "label": "B", "next": "wait", "loop": True}]})
    nodes.remove(next(n for n in nodes if n["id"] == "o2"))


mutate("flow-path-without-outcome", no_outcome)


def cycle(c):
    nodes = c["flows"][0]["nodes"]
    nodes[0]["answers"][1]["next"] = "more"
    nodes.append({"id": "more", "kind": "info", "text": "More.", "next": "q"})
    nodes.remove(next(n for n in nodes if n["id"] == "o2"))


mutate("flow-unintended-cycle", cycle)
mutate("flow-outcome-without-sources", lambda c: c["flows"][0]["nodes"][1].pop("sources"))
mutate("step-bad-speaker", lambda c: c["walkthroughs"][0]["steps"][0].update(line={"speaker": "judge", "text": "Open up."}))
mutate("step-too-many-phrases", lambda c: c["walkthroughs"][0]["steps"][0].update(say=["One.", "Two.", "Three.", "Four.", "Five."]))
mutate("step-phrase-markup", lambda c: c["walkthroughs"][0]["steps"][0].update(say=["Say <b>this</b>."]))
mutate("flow-bad-node-kind", lambda c: c["flows"][0]["nodes"][1].update(kind="maybe"))
mutate("flow-outcome-with-next", lambda c: c["flows"][0]["nodes"][1].update(next="o2"))
mutate("bad-date", lambda c: c["events"][0].update(date="2014-13-01"))
mutate("bad-url", lambda c: None, lambda b: b["sources"][0].update(url="ftp://example.org"))
mutate("case-without-court", lambda c: None, lambda b: b["sources"][0].update(kind="case"))
mutate("no-meta", lambda c: None, lambda b: b.pop("meta"))
mutate("meta-twice", lambda c: c.update(meta=dict(BASE["meta"])))
mutate("unknown-illustration", lambda c: c["walkthroughs"][0]["steps"][0].update(illustration="nope"))
mutate("list-item-not-object", lambda c: c["topics"].append("oops"))

# --- Hostile input (issue: nothing from outside gets in) -------------------------------------
IMG = '<img src="http://127.0.0.1:9/x">'
write("duplicate-key", raw=b'{ "terms": [ { "id": "t2", "term": "first", "term": "second", "definition": "d" } ] }')
write("duplicate-key-escaped", raw=b'{ "terms": [ { "id": "t2", "term": "a", "te\\u0072m": "b", "definition": "d" } ] }')
write("duplicate-key-nested", raw=json.dumps(CASE).replace('"label": "Yes"', '"label": "Yes", "label": "No"', 1).encode())
write("nul-in-string", raw=b'{ "terms": [ { "id": "t2", "term": "cut\\u0000here", "definition": "d" } ] }')
write("terminal-escape", raw=b'{ "terms": [ { "id": "t2", "term": "red\\u001b[31m", "definition": "d" } ] }')
write("bidi-override", raw=b'{ "terms": [ { "id": "t2", "term": "abc\\u202edcba", "definition": "d" } ] }')
write("c1-control", raw=b'{ "terms": [ { "id": "t2", "term": "next\\u0085line", "definition": "d" } ] }')
mutate("text-too-long", lambda c: None, lambda b: b["terms"][0].update(definition="a" * 20001))
mutate("number-too-large", lambda c: c["topics"][0].update(order=1e300))
mutate("number-past-int", lambda c: c["topics"][0].update(order=3000000000))
mutate("number-below-int", lambda c: c["topics"][0].update(order=-1e20))


def deep(c):
    v = []
    for _ in range(20):
        v = [v]
    c["topics"][0]["deep"] = v


mutate("nesting-too-deep", deep)
mutate("too-many-answers", lambda c: c["flows"][0]["nodes"][0].update(
    answers=[{"id": "a%d" % i, "label": "A%d" % i, "next": "o1"} for i in range(9)]))
mutate("too-many-steps", lambda c: c["walkthroughs"][0].update(
    steps=[dict(id="s%d" % i, title="S", body="B.", notes="N.", sources=["s1"]) for i in range(201)]))
mutate("too-many-list-entries", lambda c: c["topics"][0].update(takeaways=["x"] * 5001))
mutate("many-unknown-keys", lambda c: c["topics"][0].update({"k%d" % i: 0 for i in range(300)}))
mutate("html-in-title", lambda c: c["topics"][0].update(title="A " + IMG))
mutate("html-in-heading", lambda c: c["topics"][0]["sections"][0].update(heading=IMG))
mutate("html-in-takeaway", lambda c: c["topics"][0].update(takeaways=[IMG]))
mutate("html-in-step-title", lambda c: c["walkthroughs"][0]["steps"][0].update(title=IMG))
mutate("html-in-notes", lambda c: c["walkthroughs"][0]["steps"][0].update(notes=IMG))
mutate("html-in-prompt", lambda c: c["walkthroughs"][0]["steps"][0]["question"].update(prompt=IMG))
mutate("html-in-choice", lambda c: c["walkthroughs"][0]["steps"][0]["question"]["choices"][0].update(text=IMG))
mutate("html-in-node-text", lambda c: c["flows"][0]["nodes"][0].update(text=IMG))
mutate("html-in-answer-label", lambda c: c["flows"][0]["nodes"][0]["answers"][0].update(label=IMG))
mutate("html-in-flow-title", lambda c: c["flows"][0].update(title=IMG))
mutate("html-in-event-title", lambda c: c["events"][0].update(title=IMG))
mutate("html-in-term", lambda c: None, lambda b: b["terms"][0].update(term=IMG))
mutate("html-in-citation", lambda c: None, lambda b: b["sources"][0].update(citation=IMG))
mutate("html-in-supports", lambda c: None, lambda b: b["sources"][0].update(supports=IMG))
mutate("html-in-disclaimer", lambda c: None, lambda b: b["meta"].update(disclaimer=IMG))
mutate("html-in-help-notice", lambda c: None, lambda b: b["meta"].update(helpNotice="Ask " + IMG))
mutate("http-source-url", lambda c: None, lambda b: b["sources"][0].update(url="http://example.org/x"))
mutate("file-source-url", lambda c: None, lambda b: b["sources"][0].update(url="file:///etc/passwd"))
mutate("userinfo-source-url", lambda c: None, lambda b: b["sources"][0].update(url="https://user:pw@example.org/"))
mutate("javascript-help-url", lambda c: c.update(helpPlaces=[{"id": "h", "name": "N", "what": "W", "url": "javascript:alert(1)"}]))
mutate("html-in-help-place", lambda c: c.update(helpPlaces=[{"id": "h", "name": IMG, "what": "W", "url": "https://example.org"}]))
print("wrote", len(os.listdir(OUT)), "cases to", OUT)
