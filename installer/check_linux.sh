#!/usr/bin/env bash
# Build the Linux bundle and prove it works: the built binary's --self-test runs headless
# (QT_QPA_PLATFORM=offscreen, no DISPLAY, an empty HOME), install.sh installs and uninstalls it in a temporary
# prefix, and the bundle's and archive's sizes are printed. Too slow for every CI run (a full PyInstaller build of
# torch: 10-30 minutes); run it by hand before a release:
#
#   installer/check_linux.sh                    # the default CPU-only build (needs the PyTorch CPU index)
#   installer/check_linux.sh --torch system     # offline: with the torch this Python has
#
# Every option is passed on to installer/build_linux.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
START=$(date +%s)
installer/build_linux.sh "$@"
BUILT=$(date +%s)
STAGE=$(cat build/linux/last-build)
NAME=$(basename "$STAGE")
BIN=$STAGE/photoclip/photoclip

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/photoclip-check.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/home"
headless() {
    env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen HOME="$SCRATCH/home" \
        XDG_DATA_HOME="$SCRATCH/home/.local/share" XDG_CONFIG_HOME="$SCRATCH/home/.config" \
        XDG_CACHE_HOME="$SCRATCH/home/.cache" "$@"
}

printf '\n== Self-test of the built binary (%s)\n' "$BIN"
set +e
headless "$BIN" --self-test
SELF_TEST=$?
set -e

printf '\n== The system libraries the window needs (X11/xcb; not in the bundle)\n'
set +e
"$BIN" --check-system
SYSTEM_LIBS=$?
set -e

printf '\n== install.sh into a temporary prefix\n'
INSTALL=ok
PREFIX=$SCRATCH/prefix
if ! headless env PHOTOCLIP_PREFIX="$PREFIX" XDG_DATA_HOME="$PREFIX/share" "$STAGE/install.sh"; then INSTALL=failed; fi
VERSION_OUT=$("$PREFIX/bin/photoclip" --version 2>&1) || INSTALL=failed
echo "installed launcher: $VERSION_OUT"
grep -q "^Exec=\"$PREFIX/lib/photoclip/photoclip\"" "$PREFIX/share/applications/photoclip.desktop" || INSTALL=failed
[ -f "$PREFIX/share/icons/hicolor/256x256/apps/photoclip.png" ] || INSTALL=failed
headless env PHOTOCLIP_PREFIX="$PREFIX" XDG_DATA_HOME="$PREFIX/share" "$STAGE/install.sh" --uninstall
if [ -e "$PREFIX/lib/photoclip" ] || [ -e "$PREFIX/bin/photoclip" ]; then INSTALL=failed; fi

END=$(date +%s)
printf '\n== Summary\n'
echo "build:      $NAME in $((BUILT - START)) s (whole check $((END - START)) s)"
echo "bundle:     $(du -sh "$STAGE/photoclip" | cut -f1) in $(find "$STAGE/photoclip" -type f | wc -l) files"
if [ -d "$STAGE/photoclip/_internal/nvidia" ]; then
    echo "  of which: $(du -sh "$STAGE/photoclip/_internal/nvidia" | cut -f1) NVIDIA CUDA libraries (_internal/nvidia)"
fi
echo "  torch:    $(du -sh "$STAGE/photoclip/_internal/torch" | cut -f1) (_internal/torch)"
if [ -f "dist/$NAME.tar.gz" ]; then
    echo "archive:    dist/$NAME.tar.gz, $(du -h "dist/$NAME.tar.gz" | cut -f1)"
fi
echo "self-test:  $([ $SELF_TEST = 0 ] && echo passed || echo "FAILED (exit $SELF_TEST)")"
echo "install.sh: $INSTALL"
echo "system:     $([ $SYSTEM_LIBS = 0 ] && echo "the window's X11 libraries are installed" || echo "X11 libraries missing on this machine (see above; the bundle is not at fault)")"
[ $SELF_TEST = 0 ] && [ $INSTALL = ok ]
