#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the AT-SPI tree of one page of the real app, as a screen reader gets it.

    tests/e2e/dump_a11y.py --page walkthrough/what-is-mandamus/three-tests --lang es
    tests/e2e/dump_a11y.py --page home --json > home.json
    tests/e2e/dump_a11y.py --page flow/officers-at-the-door --present --size 1920x1080

Runs the app on a private X server, D-Bus and AT-SPI bus of its own (tests/e2e/harness.py),
waits for the tree to settle, prints it and tears everything down. Text form: one node a line,
indented by depth: [role] 'name' desc='…' text='…' value=… @WxH+X+Y {states}.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import harness  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.environ.get("KTL_BINARY", str(harness.SOURCE_DIR / "build/app/knowthelimits")))
    ap.add_argument("--page", default="home", help="a page address (knowthelimits --list-pages)")
    ap.add_argument("--lang", default="en", choices=["en", "es"])
    ap.add_argument("--size", default="1280x800", help="screen size WxH (default 1280x800)")
    ap.add_argument("--text-scale", type=float, help="display/textScale in the settings")
    ap.add_argument("--present", action="store_true", help="presenter mode (a walkthrough or flow page)")
    ap.add_argument("--first-run", action="store_true", help="no language in the settings: the language choice")
    ap.add_argument("--showing", action="store_true", help="only nodes that are showing")
    ap.add_argument("--json", action="store_true", help="JSON: a list of nodes with depth")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders")
    a = ap.parse_args()

    harness.LOG_STREAM = sys.stderr
    w, h = (int(v) for v in a.size.split("x"))
    run = harness.Run("dump_a11y", a.binary, keep=a.keep)
    code = 0
    try:
        run.start_x([(w, h)], wm=a.present)
        settings = {} if a.first_run else {"language": a.lang}
        if a.text_scale:
            settings["display/textScale"] = a.text_scale
        args = ([] if a.first_run else ["--lang", a.lang]) + ["--page", a.page] + (["--present"] if a.present else [])
        app = run.start_app(args, settings=settings)
        app.wait_window(harness.AUDIENCE_TITLE_RE if a.present else harness.MAIN_TITLE_RE)
        run.a11y.application()
        tree = run.a11y.settled_tree()
        if a.json:
            print(json.dumps([n.to_dict() for n in tree], ensure_ascii=False, indent=1))
        else:
            print(harness.format_tree(tree, only_showing=a.showing))
        run.stop_app()
    except (harness.TestFailure, harness.HarnessError) as e:
        print(f"dump_a11y: {e}", file=sys.stderr)
        code = 1
    finally:
        run.close()
    for p in run.problems:
        print(f"dump_a11y: {p}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
