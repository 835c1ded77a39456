#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh), then starts Know the Limits. Arguments go to the app,
# e.g. scripts/run.sh --lang es. Without a display it runs inside xvfb-run only if asked to:
# the app itself says how to run without one.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/app/knowthelimits "$@"
