#!/usr/bin/env bash
# Build photoclip for macOS: photoclip.app (the spec's BUNDLE, with Info.plist and photoclip.icns), checked with
# --self-test, signed (ad hoc unless an identity is given), in dist/photoclip-VERSION-macos-ARCH.dmg (drag to
# Applications).
#
#   installer/build_macos.sh [--bundle-model NAME [--model-file PATH]] [--no-dmg]
#
# Needs macOS 12+ with Python 3.11+ (python.org or Homebrew; PYTHON chooses it) and the Xcode command line tools
# (codesign; hdiutil is part of macOS). torch on macOS is one build for everyone: PyPI's wheels have no CUDA and
# use the GPU through Metal (MPS) on Apple silicon; recent torch releases ship arm64 wheels only, so build on an
# Apple-silicon Mac, which gives an arm64 app.
#
# Signing and notarisation: PHOTOCLIP_CODESIGN_IDENTITY="Developer ID Application: ..." signs with that identity
# (hardened runtime); PHOTOCLIP_NOTARY_PROFILE=NAME (a `xcrun notarytool store-credentials` profile) then notarises
# and staples the .dmg. Without them the app is signed ad hoc: it runs on the machine that built it, and elsewhere
# after right-click > Open.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODEL=""
MODEL_FILE=""
DMG=1
PY=${PYTHON:-python3}
while [ $# -gt 0 ]; do
    case "$1" in
        --bundle-model) MODEL=${2:?--bundle-model needs a model name}; shift 2 ;;
        --model-file) MODEL_FILE=${2:?--model-file needs a path}; shift 2 ;;
        --no-dmg) DMG=0; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build_macos.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
if [ "$(uname -s)" != Darwin ]; then
    echo "build_macos.sh: run this on a Mac (it needs hdiutil, codesign and macOS's torch wheels)" >&2
    exit 1
fi
cd "$ROOT"
step() { printf '\n== %s\n' "$*"; }

VENV=build/venv-macos
step "Python environment ($VENV)"
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
VPY=$ROOT/$VENV/bin/python
"$VPY" -m pip install --upgrade pip
"$VPY" -m pip install --upgrade torch torchvision  # PyPI's macOS wheels: CPU + MPS, no CUDA
"$VPY" -m pip install -e . pyinstaller
"$VPY" -c "import torch; print('torch', torch.__version__, 'MPS built:', torch.backends.mps.is_built())"

step "Icons"
"$VPY" installer/make_icons.py build/icons
export PHOTOCLIP_ICON_DIR=$ROOT/build/icons
unset PHOTOCLIP_BUNDLE_MODEL_DIR
SUFFIX=""
if [ -n "$MODEL" ]; then
    step "Bundling the weights of $MODEL"
    rm -rf build/bundled-model
    "$VPY" -m photoclip.core.bundled_models "$MODEL" build/bundled-model ${MODEL_FILE:+--model-file "$MODEL_FILE"}
    export PHOTOCLIP_BUNDLE_MODEL_DIR=$ROOT/build/bundled-model
    SUFFIX=-$(echo "${MODEL%%/*}" | tr '[:upper:]' '[:lower:]')
fi

VERSION=$("$VPY" -c "import photoclip; print(photoclip.__version__)")
NAME=photoclip-$VERSION-macos-$(uname -m)$SUFFIX
OUT=build/macos
step "PyInstaller -> $OUT/photoclip.app"
rm -rf "$OUT"
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$OUT" --workpath build/pyinstaller-macos \
    installer/photoclip.spec
rm -rf build/pyinstaller-macos
APP=$OUT/photoclip.app
du -sh "$APP" | sed 's/^/app size: /'

step "Signing"
IDENTITY=${PHOTOCLIP_CODESIGN_IDENTITY:--}
if [ "$IDENTITY" = "-" ]; then
    codesign --force --deep --sign - "$APP"
else
    codesign --force --deep --options runtime --timestamp --sign "$IDENTITY" "$APP"
fi
codesign --verify --deep --strict "$APP"

step "Self-test of the built app"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/photoclip" --self-test

[ "$DMG" = 1 ] || exit 0
step "Disk image -> dist/$NAME.dmg"
STAGE=$OUT/dmg
mkdir -p "$STAGE" dist
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"  # the usual drag-to-install window
rm -f "dist/$NAME.dmg"
hdiutil create -volname "photoclip $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "dist/$NAME.dmg"
rm -rf "$STAGE"
if [ "$IDENTITY" != "-" ]; then
    codesign --sign "$IDENTITY" --timestamp "dist/$NAME.dmg"
    if [ -n "${PHOTOCLIP_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "dist/$NAME.dmg" --keychain-profile "$PHOTOCLIP_NOTARY_PROFILE" --wait
        xcrun stapler staple "dist/$NAME.dmg"
    fi
fi
ls -l "dist/$NAME.dmg" | awk '{printf "disk image: %s (%.0f MB)\n", $NF, $5 / 1e6}'
