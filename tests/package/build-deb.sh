#!/usr/bin/env bash
# Builds knowthelimits_<version>_<arch>.deb from BUILD_DIR with CPack, into BUILD_DIR/package.
# usage: build-deb.sh BUILD_DIR
set -euo pipefail
build=$1
rm -f "$build"/package/knowthelimits_*.deb
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$build/package" >"$build/package-cpack.log" 2>&1 || {
    cat "$build/package-cpack.log" >&2
    exit 1
}
deb=$(ls "$build"/package/knowthelimits_*.deb)
echo "built $deb"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
