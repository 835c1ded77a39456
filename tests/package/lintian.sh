#!/usr/bin/env bash
# Lintian on the package: no error may remain. The warnings it gives are listed (and each is
# justified) in docs/packaging.md; an override shipped in the package is explained where it is
# written (packaging/lintian-overrides).
# usage: lintian.sh PACKAGE_DIR
set -euo pipefail
deb=$(ls "$1"/knowthelimits_*.deb)
out=$(lintian --info --display-info --pedantic --show-overrides "$deb" 2>&1) || true
echo "$out"
if grep -q '^E: ' <<<"$out"; then
    echo "lintian found errors in $deb" >&2
    exit 1
fi
