#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), then configures and builds into build/
# (with --packages-only: installs, and stops there).
# Quick the second time: nothing is reinstalled and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config python3
    qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-declarative-dev-tools qt6-svg-dev libqt6sql6-sqlite libgl-dev
    qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-shapes qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qttest
    qt6-speech-dev qt6-speech-speechd-plugin qt6-speech-flite-plugin speech-dispatcher speech-dispatcher-espeak-ng
    libgraphviz-dev fonts-dejavu-core xvfb xauth poppler-utils
    xdotool x11-utils x11-xserver-utils xserver-xorg-video-dummy openbox
    dbus at-spi2-core python3-pyatspi python3-pil
    help2man desktop-file-utils appstream lintian debootstrap
    libsodium-dev qml6-module-qtquick-dialogs
    libqrencode-dev zbar-tools
    chromium
)

scripts/install-missing.sh "${packages[@]}"

# scripts/test-sanitizers.sh needs the packages only: it builds into build-asan/ itself.
[ "${1:-}" = "--packages-only" ] && exit 0

if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build --parallel
