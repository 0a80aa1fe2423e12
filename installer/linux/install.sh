#!/bin/sh
# Install photoclip for the current user, from the unpacked photoclip-*-linux-*.tar.gz (no root needed):
#   ./install.sh              the app in ~/.local/lib/photoclip, `photoclip` in ~/.local/bin, a menu entry and icon
#   ./install.sh --uninstall  removes exactly those; your photo library and settings stay
# XDG_DATA_HOME is honoured for the menu entry and icons; PHOTOCLIP_PREFIX replaces ~/.local.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PHOTOCLIP_PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$PREFIX/share}
APP_DIR=$PREFIX/lib/photoclip
BIN=$PREFIX/bin/photoclip
DESKTOP=$DATA/applications/photoclip.desktop
ICON_PNG=$DATA/icons/hicolor/256x256/apps/photoclip.png
ICON_SVG=$DATA/icons/hicolor/scalable/apps/photoclip.svg

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$APP_DIR"
    rm -f "$BIN" "$DESKTOP" "$ICON_PNG" "$ICON_SVG"
    refresh_menus
    echo "photoclip was removed. Your library (~/.local/share/photoclip) and downloaded models were left in place."
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$HERE/photoclip/photoclip" ]; then
    echo "install.sh: run it from the unpacked archive (photoclip/photoclip was not found beside it)" >&2
    exit 1
fi

# A new copy replaces an old one whole: files of an older version must not linger in _internal.
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$DATA/applications" "$(dirname "$ICON_PNG")" "$(dirname "$ICON_SVG")"
rm -rf "$APP_DIR.new"
cp -a "$HERE/photoclip" "$APP_DIR.new"
rm -rf "$APP_DIR"
mv "$APP_DIR.new" "$APP_DIR"
ln -sf "$APP_DIR/photoclip" "$BIN"
cp "$HERE/photoclip.png" "$ICON_PNG"
cp "$HERE/photoclip.svg" "$ICON_SVG"
sed "s|^Exec=photoclip|Exec=\"$APP_DIR/photoclip\"|" "$HERE/photoclip.desktop" > "$DESKTOP"
refresh_menus

echo "photoclip is installed: find it in your applications menu, or run \`photoclip\` ($BIN)."
# The window needs X11 libraries that a minimal or fresh system may lack and a bundle cannot carry (Qt links them
# from the system): name the packages now rather than have the app fail to open later.
if ! "$APP_DIR/photoclip" --check-system >/dev/null; then
    echo "Note: install the packages named above before opening the app; the command line works meanwhile."
fi
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "Note: $PREFIX/bin is not on your PATH; add it to use \`photoclip\` from a terminal." ;;
esac
