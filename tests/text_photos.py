"""Real photographs (scikit-image's samples) with text rendered onto them: signs, receipts, screenshots, in
Latin (accents, Turkish letters), Japanese and Chinese, several fonts, sizes, contrasts and angles. Shared by
the tests and benchmarks/photo_text.py."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from tests.photos import SOURCES, source

FONT_FILES = {
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "cjk-sans": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "cjk-serif": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
}
LATIN_FONTS = ("sans", "serif", "mono")
CJK_FONTS = ("cjk-sans", "cjk-serif")
# Photos with no writing in them (scikit-image's "page", "text" and "logo" have some).
TEXTLESS_SOURCES = (*SOURCES, "cat", "camera", "coins", "horse", "brick", "grass", "gravel", "retina", "colorwheel")


def have_font(name: str) -> bool:
    return Path(FONT_FILES[name]).exists()


@cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    # index 0 of Noto's CJK collections is its Japanese face, which draws the kanji and kana the tests use.
    return ImageFont.truetype(FONT_FILES[name], size)


@cache
def _base(name: str) -> np.ndarray:
    arr = source(name) if name in SOURCES else _extra(name)
    return arr


def _extra(name: str) -> np.ndarray:
    from skimage import data

    arr = getattr(data, name)()
    if arr.dtype == bool:
        arr = arr.astype(np.uint8) * 255
    if arr.ndim == 2:
        arr = np.stack([arr] * 3, axis=-1)
    return np.ascontiguousarray(arr[..., :3])


def photo(base: str, size: tuple[int, int] = (1600, 1200), flip: bool = False) -> Image.Image:
    """A sample photograph scaled to ``size`` (camera-size for the benchmark)."""
    img = Image.fromarray(_base(base)).convert("RGB").resize(size, Image.Resampling.BICUBIC)
    return img.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if flip else img


@dataclass(frozen=True)
class Sign:
    """Lines of text drawn on a plate (a sign, a receipt, a screen) over part of a photo."""

    lines: tuple[str, ...]
    font: str = "sans"
    height: float = 0.05  # a line's font size as a share of the photo's height
    angle: float = 0.0  # degrees, counter-clockwise; 180 = upside down
    ink: tuple[int, int, int] = (20, 20, 20)
    plate: tuple[int, int, int] | None = (245, 245, 235)  # None: written straight onto the photo
    where: tuple[float, float] = (0.1, 0.15)  # top-left of the plate, as shares of the photo


def draw(img: Image.Image, sign: Sign) -> Image.Image:
    """``img`` with ``sign`` drawn on it (a new image)."""
    img = img.copy()
    w, h = img.size
    f = font(sign.font, max(8, int(sign.height * h)))
    pad = f.size // 2
    boxes = [f.getbbox(line) for line in sign.lines]
    line_h = int(f.size * 1.35)
    tw = max(b[2] for b in boxes) + 2 * pad
    th = line_h * len(sign.lines) + 2 * pad
    layer = Image.new("RGBA", (tw, th), (*sign.plate, 255) if sign.plate else (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    for k, line in enumerate(sign.lines):
        d.text((pad, pad + k * line_h), line, font=f, fill=(*sign.ink, 255))
    if sign.angle:
        layer = layer.rotate(sign.angle, expand=True, resample=Image.Resampling.BICUBIC)
    x, y = int(sign.where[0] * w), int(sign.where[1] * h)
    x, y = min(x, max(0, w - layer.width)), min(y, max(0, h - layer.height))
    img.paste(layer, (x, y), layer)
    return img


def save(img: Image.Image, path: Path, orientation: int | None = None) -> Path:
    """Write ``img`` as a JPEG; with ``orientation``, store its pixels so that applying that EXIF orientation
    shows ``img`` upright (as a camera held sideways writes them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    if orientation in (6, 8, 3):
        # Orientation 6 means "rotate 90 degrees clockwise to display": the stored pixels are turned the other way.
        turn = {6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270, 3: Image.Transpose.ROTATE_180}
        img = img.transpose(turn[orientation])
        exif[0x0112] = orientation
    img.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path
