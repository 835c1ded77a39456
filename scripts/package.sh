#!/usr/bin/env bash
# Builds the Debian package, knowthelimits_<version>_<arch>.deb, into build/package/, and checks
# it (desktop file, AppStream data, lintian). Sets everything up first, like scripts/test.sh.
# Install it with: sudo apt install ./build/package/knowthelimits_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
ctest --test-dir build --output-on-failure -R '^package_(desktop_file|appstream|deb|lintian)$'
ls build/package/knowthelimits_*.deb
