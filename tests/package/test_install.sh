#!/usr/bin/env bash
# Installs the package into a fresh Debian 12 root and runs the installed program there, with
# nothing from the build tree: apt must find every dependency from the package's own control
# data, and the binary must start, draw the home page in English and Spanish and lay out a
# decision diagram (Graphviz's plugin, found through the installed RUNPATH), all offscreen and
# with nothing on stderr. The base root (debootstrap --variant=minbase bookworm) is cached.
#
# usage: test_install.sh PACKAGE_DIR ARTIFACTS_DIR
# Skipped (exit 77) when KTL_SKIP_PACKAGE_INSTALL=1, or without root (chroot needs it) and
# without sudo that asks no password.
# KTL_DEBROOT_CACHE: where the base root is kept (default /var/cache/knowthelimits-test);
# KTL_DEBIAN_MIRROR: the mirror (default http://deb.debian.org/debian).
set -euo pipefail
packages=$1
artifacts=$2
if [ "${KTL_SKIP_PACKAGE_INSTALL:-0}" = 1 ]; then
    echo "skipped: KTL_SKIP_PACKAGE_INSTALL=1"
    exit 77
fi
if [ "$(id -u)" -ne 0 ]; then
    # chroot and mount need root; through sudo when it asks no password (as scripts/setup.sh uses it).
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        exec sudo -n --preserve-env=KTL_DEBROOT_CACHE,KTL_DEBIAN_MIRROR "$0" "$@"
    fi
    echo "skipped: installing into a Debian root needs root (chroot), or sudo without a password"
    exit 77
fi
deb=$(ls "$packages"/knowthelimits_*.deb)
version=$(dpkg-deb --field "$deb" Version)
cache=${KTL_DEBROOT_CACHE:-/var/cache/knowthelimits-test}
mirror=${KTL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
base=$cache/bookworm-minbase.tar
mkdir -p "$cache" "$artifacts"

# The base root, made once (flock: two runs at once share one debootstrap).
exec 9>"$cache/.lock"
flock 9
if [ ! -s "$base" ]; then
    echo "making the base root (debootstrap, once; cached in $base)"
    fresh=$(mktemp -d /var/tmp/ktl-debootstrap.XXXXXX)
    debootstrap --variant=minbase bookworm "$fresh" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
        tail -20 "$cache/debootstrap.log" >&2
        rm -rf "$fresh"
        exit 1
    }
    tar -C "$fresh" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf "$fresh"
fi
flock -u 9

root=$(mktemp -d /var/tmp/ktl-root.XXXXXX)
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    umount "$root/dev" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# /proc and /dev for the maintainer scripts and the program; a container that forbids mounting
# still gets a usable root (debootstrap made the basic device nodes), so it is said, not fatal.
mount -t proc proc "$root/proc" || echo "note: could not mount /proc in the root; going on without it"
mount --bind /dev "$root/dev" || echo "note: could not bind /dev in the root; using debootstrap's nodes"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

echo "apt install ./$(basename "$deb") in a fresh bookworm root"
in_root apt-get update -q >"$artifacts/apt-update.log" 2>&1 || { cat "$artifacts/apt-update.log" >&2; exit 1; }
in_root apt-get install -y -q "/tmp/$(basename "$deb")" >"$artifacts/apt-install.log" 2>&1 || {
    tail -40 "$artifacts/apt-install.log" >&2
    exit 1
}
grep -E "^(Setting up|Unpacking) knowthelimits" "$artifacts/apt-install.log"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Everything a desktop needs is where it looks for it.
for f in /usr/bin/knowthelimits \
         /usr/share/applications/org.knowthelimits.knowthelimits.desktop \
         /usr/share/metainfo/org.knowthelimits.knowthelimits.metainfo.xml \
         /usr/share/mime/packages/org.knowthelimits.knowthelimits.xml \
         /usr/share/icons/hicolor/scalable/apps/org.knowthelimits.knowthelimits.svg \
         /usr/share/icons/hicolor/16x16/apps/org.knowthelimits.knowthelimits.png \
         /usr/share/icons/hicolor/48x48/apps/org.knowthelimits.knowthelimits.png \
         /usr/share/man/man1/knowthelimits.1.gz \
         /usr/share/doc/knowthelimits/copyright; do
    [ -e "$root$f" ] || fail "$f is not installed"
done
zcat "$root/usr/share/man/man1/knowthelimits.1.gz" | grep -q -- 'check\\-content' || fail "the manual page does not list --check-content"

# The installed program, run as a person would, offscreen: it must say nothing on stderr.
app() {
    local name=$1
    shift
    if ! in_root HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/runtime LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
            /usr/bin/knowthelimits "$@" >"$artifacts/$name.out" 2>"$artifacts/$name.err"; then
        fail "knowthelimits $* exited with $?: $(cat "$artifacts/$name.err")"
    elif [ -s "$artifacts/$name.err" ]; then
        fail "knowthelimits $* wrote on stderr: $(cat "$artifacts/$name.err")"
    fi
}
mkdir -p "$root/tmp/home" "$root/tmp/runtime"
chmod 700 "$root/tmp/runtime"
app version --version
grep -qx "knowthelimits ${version%%-*}" "$artifacts/version.out" || fail "--version printed: $(cat "$artifacts/version.out")"
app home-en --lang en --screenshot /tmp/home-en.png
app home-es --lang es --screenshot /tmp/home-es.png
app flow-es --lang es --page flow/detainer-at-the-jail --screenshot /tmp/flow-es.png
# A local pack, from the template to the page that shows it (and its file dialog's module loaded).
app new-pack --new-pack /tmp/packs
app install-pack --install-pack /tmp/packs/local-pack.ktlpack
app local-en --lang en --page local --screenshot /tmp/local-en.png
for shot in home-en home-es flow-es local-en; do
    if [ -s "$root/tmp/$shot.png" ]; then
        cp "$root/tmp/$shot.png" "$artifacts/"
        [ "$(stat -c %s "$artifacts/$shot.png")" -gt 20000 ] || fail "$shot.png is nearly empty"
    else
        fail "no $shot.png"
    fi
done
if [ -s "$artifacts/home-en.png" ] && cmp -s "$artifacts/home-en.png" "$artifacts/home-es.png"; then
    fail "the English and Spanish home pages are the same picture"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed; artifacts in $artifacts" >&2
    exit 1
fi
echo "installed $(basename "$deb") into a fresh Debian 12 root; it runs: screenshots in $artifacts"
