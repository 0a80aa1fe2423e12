#!/usr/bin/env bash
# Build photoclip for Linux: a one-folder PyInstaller bundle, packed as dist/photoclip-VERSION-linux-ARCH-TORCH.tar.gz
# with a .desktop file, the icon and install.sh (installs for the current user into ~/.local, no root).
#
#   installer/build_linux.sh [--torch cpu|cuda|system] [--bundle-model NAME [--model-file PATH]] [--no-tar]
#
#   --torch cpu      (default) a fresh venv with the CPU-only torch and torchvision from the PyTorch CPU index
#                    (PHOTOCLIP_TORCH_INDEX overrides its address): no CUDA libraries, the installer for most people.
#   --torch cuda     a fresh venv with PyPI's torch, which on Linux is the CUDA build (the nvidia-* wheels, GBs):
#                    the separate installer for machines with an NVIDIA GPU.
#   --torch system   a venv over this Python's own site-packages: builds with whatever torch is installed (the
#                    way to build on a machine that cannot reach the PyTorch index).
#   --bundle-model   ship NAME's weights inside the bundle for offline installs (taken from this machine's Hugging
#                    Face cache, downloaded there first if needed, or from --model-file); the app uses them first.
#   --no-tar         stop after the bundle folder (build/linux/photoclip-*/photoclip/photoclip).
#
# PYTHON chooses the interpreter (default python3, 3.11 or newer). Everything is written under build/ and dist/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TORCH=cpu
MODEL=""
MODEL_FILE=""
TAR=1
PY=${PYTHON:-python3}
TORCH_INDEX=${PHOTOCLIP_TORCH_INDEX:-https://download.pytorch.org/whl/cpu}

while [ $# -gt 0 ]; do
    case "$1" in
        --torch) TORCH=${2:?--torch needs cpu, cuda or system}; shift 2 ;;
        --bundle-model) MODEL=${2:?--bundle-model needs a model name}; shift 2 ;;
        --model-file) MODEL_FILE=${2:?--model-file needs a path}; shift 2 ;;
        --no-tar) TAR=0; shift ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build_linux.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$TORCH" in cpu|cuda|system) ;; *) echo "build_linux.sh: --torch is cpu, cuda or system" >&2; exit 2 ;; esac
if [ -n "$MODEL_FILE" ] && [ -z "$MODEL" ]; then
    echo "build_linux.sh: --model-file goes with --bundle-model NAME" >&2; exit 2
fi

cd "$ROOT"
step() { printf '\n== %s\n' "$*"; }
VENV=build/venv-$TORCH

step "Python environment ($VENV, torch: $TORCH)"
if [ ! -x "$VENV/bin/python" ]; then
    if [ "$TORCH" = system ]; then
        "$PY" -m venv --system-site-packages "$VENV"
    else
        "$PY" -m venv "$VENV"
    fi
fi
VPY=$ROOT/$VENV/bin/python
case "$TORCH" in
    cpu)
        # torch and torchvision both from the CPU index: PyPI's Linux torchvision is built against CUDA torch and
        # does not load next to a CPU-only torch.
        if ! "$VPY" -c "import torch, torchvision; assert torch.version.cuda is None" 2>/dev/null; then
            "$VPY" -m pip install --upgrade torch torchvision --index-url "$TORCH_INDEX" || {
                echo "build_linux.sh: could not install the CPU-only torch from $TORCH_INDEX." >&2
                echo "  Offline, build with the installed torch instead: --torch system (see installer/README.md)." >&2
                exit 1
            }
        fi ;;
    cuda) "$VPY" -m pip install --upgrade torch torchvision ;;
    system) ;;
esac
"$VPY" -m pip install -e . pyinstaller
TORCH_INFO=$("$VPY" -c "import torch; print(torch.__version__, 'CUDA ' + torch.version.cuda if torch.version.cuda else 'CPU-only')")
echo "torch $TORCH_INFO"
if [ "$TORCH" = cpu ] && [[ "$TORCH_INFO" == *CUDA* ]]; then
    echo "build_linux.sh: the CPU build got a CUDA torch ($TORCH_INFO); refusing to ship the CUDA libraries" >&2
    exit 1
fi

step "Icons"
"$VPY" installer/make_icons.py build/icons

export PHOTOCLIP_ICON_DIR=$ROOT/build/icons
unset PHOTOCLIP_BUNDLE_MODEL_DIR
SUFFIX=$TORCH
if [ -n "$MODEL" ]; then
    step "Bundling the weights of $MODEL"
    rm -rf build/bundled-model
    "$VPY" -m photoclip.core.bundled_models "$MODEL" build/bundled-model ${MODEL_FILE:+--model-file "$MODEL_FILE"}
    export PHOTOCLIP_BUNDLE_MODEL_DIR=$ROOT/build/bundled-model
    SUFFIX=$TORCH-$(echo "${MODEL%%/*}" | tr '[:upper:]' '[:lower:]')
fi

VERSION=$("$VPY" -c "import photoclip; print(photoclip.__version__)")
NAME=photoclip-$VERSION-linux-$(uname -m)-$SUFFIX
STAGE=build/linux/$NAME
step "PyInstaller -> $STAGE/photoclip"
rm -rf "$STAGE"
"$VPY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$STAGE" --workpath "build/pyinstaller-linux-$TORCH" installer/photoclip.spec
rm -rf "build/pyinstaller-linux-$TORCH"  # GBs of intermediate copies, not needed again

cp installer/linux/photoclip.desktop installer/linux/install.sh build/icons/photoclip.png build/icons/photoclip.svg \
    "$STAGE/"
cat > "$STAGE/README.txt" <<EOF
photoclip $VERSION for Linux ($(uname -m), torch $TORCH_INFO)

Run it where it is:  ./photoclip/photoclip          (the app; \`./photoclip/photoclip --help\` for the command line)
Install for you:     ./install.sh                   (menu entry, icon, \`photoclip\` in ~/.local/bin)
Uninstall:           ./install.sh --uninstall
Check it works:      ./photoclip/photoclip --self-test
EOF
du -sh "$STAGE/photoclip" | sed 's/^/bundle size: /'

if [ "$TAR" = 1 ]; then
    step "Archive"
    mkdir -p dist
    if command -v pigz >/dev/null 2>&1; then GZ=pigz; else GZ=gzip; fi
    tar -C build/linux -cf - "$NAME" | $GZ > "dist/$NAME.tar.gz"
    ls -l "dist/$NAME.tar.gz" | awk '{printf "archive: %s (%.0f MB)\n", $NF, $5 / 1e6}'
fi
echo "$STAGE" > build/linux/last-build
