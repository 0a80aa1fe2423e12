"""Opening any photo safely and fast.

Every photo the rest of photoclip sees comes through here: decoded for the CLIP model (JPEG draft decoding so a
12 MP photo is not fully decoded just to become 224 px), turned upright by its EXIF orientation, flattened to RGB,
with its metadata (display size, date taken, camera) read on the way. Camera RAW files go through `raw` (their
embedded JPEG preview when it is large enough, else a half-size demosaic) and come out the same way. Anything
that cannot be used -- empty, not an image, truncated, a decompression bomb, a RAW LibRaw cannot read -- becomes
an `ImageError` whose text can be shown to a user as is.

No Qt here; every function is safe to call from a thread pool and never writes to the file it reads.
"""

from __future__ import annotations

import io
import math
import os
import re
import stat
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import IO

import numpy as np
import pillow_heif
from PIL import Image, ImageFile, UnidentifiedImageError

from photoclip.core import raw
from photoclip.core.formats import RAW_EXTENSIONS, is_raw_name

MAX_PIXELS: int = 250_000_000

# Pillow warns above MAX_IMAGE_PIXELS and refuses above twice that; matching our own limit keeps a legitimate
# 100 MP photo quiet while Pillow still guards anyone else in the process who opens images. (A 250-500 MP file
# still gets Pillow's DecompressionBombWarning from Image.open just before our own header check refuses it.)
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# A truncated file must be reported and skipped, not indexed with a grey lower half.
ImageFile.LOAD_TRUNCATED_IMAGES = False

# Pillow warns on stderr about what it meets in the bytes of a file ("Possibly corrupt EXIF data", a decompression
# bomb, a malformed MPO): noise over the progress bar, for files that are either used anyway or skipped with a
# reason the user is shown. Only warnings raised inside Pillow's own code are silenced; one Pillow attributes to
# its caller (a deprecation in how we call it) still shows.
warnings.filterwarnings("ignore", module=r"PIL(\.|$)")
warnings.filterwarnings("ignore", module=r"pillow_heif(\.|$)")

pillow_heif.register_heif_opener()
if ".avif" not in Image.registered_extensions() and hasattr(pillow_heif, "register_avif_opener"):
    pillow_heif.register_avif_opener()  # older Pillow has no AVIF of its own; older pillow_heif can read it
# Load every plugin now: Pillow otherwise registers them lazily on the first open, which is not safe to race
# from the decoding thread pool.
Image.init()

_WANTED_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".png", ".webp", ".gif", ".tif", ".tiff", ".bmp")
_WANTED_EXTENSIONS += (".heic", ".heif", ".avif")  # present only when pillow_heif (or Pillow) can open them
SUPPORTED_EXTENSIONS: frozenset[str] = (
    frozenset(e for e in _WANTED_EXTENSIONS if e in Image.registered_extensions()) | RAW_EXTENSIONS
)

_TAG_MAKE, _TAG_MODEL, _TAG_DATETIME, _TAG_ORIENTATION = 0x010F, 0x0110, 0x0132, 0x0112
_IFD_EXIF, _TAG_DATETIME_ORIGINAL = 0x8769, 0x9003

_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_RESAMPLE = {
    "bicubic": Image.Resampling.BICUBIC,
    "bilinear": Image.Resampling.BILINEAR,
    "nearest": Image.Resampling.NEAREST,
}
_RESIZE_MODES = ("shortest", "longest", "squash")
_ALPHA_MODES = frozenset({"RGBA", "RGBa", "LA", "La", "PA"})
# Cameras write "2021:07:14 15:26:53"; some software uses dashes or a T, and may append sub-seconds or a zone.
_EXIF_DATE = re.compile(r"(\d{4})[:\-/](\d{2})[:\-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
# Above this factor Pillow first shrinks by whole-pixel averaging, then resamples: much faster on big images and,
# per Pillow's docs, indistinguishable from a full resample at 3.
_REDUCING_GAP = 3.0


class ImageError(Exception):
    """A photo that cannot be used; str(e) is a short reason fit to show a user, e.g.
    'empty file (0 bytes)', 'not an image (unrecognised format)', 'truncated or corrupt image data',
    'too large: 40000 × 40000 pixels (limit 250 MP), possibly a decompression bomb'."""


@dataclass(frozen=True)
class PrepSpec:
    """How the model wants its input; built from open_clip's preprocess cfg."""

    size: tuple[int, int]  # (height, width)
    resize_mode: str = "shortest"  # 'shortest' | 'longest' | 'squash', same meaning as open_clip
    interpolation: str = "bicubic"  # 'bicubic' | 'bilinear'
    fill_color: int = 0  # padding value for 'longest'

    def __post_init__(self) -> None:
        # A bad spec is a programming error; say so at construction rather than on the first photo.
        if len(self.size) != 2 or min(self.size) < 1:
            raise ValueError(f"PrepSpec.size must be (height, width) > 0, got {self.size!r}")
        if self.resize_mode not in _RESIZE_MODES:
            raise ValueError(f"unknown resize_mode {self.resize_mode!r}; expected one of {_RESIZE_MODES}")
        if self.interpolation not in _RESAMPLE:
            raise ValueError(f"unknown interpolation {self.interpolation!r}; expected one of {tuple(_RESAMPLE)}")


@dataclass(frozen=True)
class PhotoMeta:
    width: int  # as displayed (after EXIF orientation), at full resolution
    height: int
    format: str  # Pillow's format name: 'JPEG', 'PNG', 'WEBP', 'GIF', 'TIFF', 'BMP', 'HEIF', ...; RAW: 'CR2', ...
    orientation: int  # EXIF orientation 1..8, 1 when absent (a RAW's own flip, in EXIF numbering)
    taken_at: str | None  # ISO 'YYYY-MM-DDTHH:MM:SS'
    camera_make: str | None
    camera_model: str | None
    decoded_from: str | None = None  # RAW only: raw.PREVIEW (its embedded JPEG) or raw.DEMOSAIC (the sensor data)


@dataclass(frozen=True)
class DecodedPhoto:
    meta: PhotoMeta
    pixels: np.ndarray  # uint8 (H, W, 3) == spec.size, RGB


def open_oriented(
    source: bytes | str | os.PathLike[str], min_size: int | None = None, *, name: str | None = None
) -> tuple[Image.Image, PhotoMeta]:
    """Decode a photo upright and in RGB. With `min_size`, a JPEG is decoded at the smallest DCT scale (1/2, 1/4,
    1/8) whose short side is still >= min_size, and a RAW file from its embedded preview when that is as large;
    other formats are decoded in full. ``name`` is the file's name when ``source`` is its bytes: RAW files are
    told apart by their extension (most are TIFF underneath, which Pillow would misread). Raises ImageError."""
    if min_size is not None and min_size < 1:
        raise ValueError(f"min_size must be positive, got {min_size}")
    return _decode(source, lambda w, h: (min_size, min_size) if min_size else None, name)


def pixel_batch(batch: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """``batch`` as what a model's ``embed_pixels`` takes: uint8 (N, H, W, 3) RGB at ``size`` (see
    `prepare_for_model`), contiguous; a ValueError naming what came instead."""
    batch = np.asarray(batch)
    h, w = size
    if batch.ndim != 4 or batch.shape[1:] != (h, w, 3) or batch.dtype != np.uint8:
        raise ValueError(f"embed_pixels wants uint8 (N, {h}, {w}, 3) pixels, got {batch.dtype} {tuple(batch.shape)}")
    return np.ascontiguousarray(batch)


def prepare_for_model(img: Image.Image, spec: PrepSpec) -> np.ndarray:
    """Resize and crop or pad with the geometry of open_clip's eval transform for `spec`; returns uint8 (H, W, 3)."""
    if img.mode != "RGB":
        img = img.convert("RGB")
    th, tw = spec.size
    w, h = img.size
    resample = _RESAMPLE[spec.interpolation]
    if spec.resize_mode == "squash":
        out = _resize(img, (tw, th), resample)
    elif spec.resize_mode == "shortest":
        if th == tw:
            # torchvision's Resize(int), which open_clip uses for square inputs, truncates the long side.
            nw, nh = (th, int(th * h / w)) if w <= h else (int(th * w / h), th)
        else:
            # open_clip's ResizeKeepRatio here is always bicubic whatever the config says; we honour the config
            # (the difference is about one grey level).
            ratio = min(w / tw, h / th)
            nw, nh = round(w / ratio), round(h / ratio)
        resized = _resize(img, (max(nw, tw), max(nh, th)), resample)
        left, top = round((resized.width - tw) / 2), round((resized.height - th) / 2)
        out = resized.crop((left, top, left + tw, top + th))
    else:  # longest
        ratio = max(w / tw, h / th)
        nw, nh = max(1, min(tw, round(w / ratio))), max(1, min(th, round(h / ratio)))
        resized = _resize(img, (nw, nh), resample)
        if (nw, nh) == (tw, th):
            out = resized
        else:
            out = Image.new("RGB", (tw, th), (spec.fill_color,) * 3)
            out.paste(resized, ((tw - nw) // 2, (th - nh) // 2))
    return np.array(out, dtype=np.uint8)  # a writable copy: torch.from_numpy warns on read-only arrays


def read_photo(data: bytes, spec: PrepSpec, *, name: str | None = None) -> DecodedPhoto:
    """Decode photo bytes (of the file ``name``, see `open_oriented`) straight into model input. Raises ImageError."""
    img, meta = open_oriented(data, min_size=max(spec.size), name=name)
    return DecodedPhoto(meta=meta, pixels=prepare_for_model(img, spec))


def make_thumbnail(
    source: bytes | str | os.PathLike[str], max_side: int, *, name: str | None = None
) -> Image.Image:
    """An upright RGB thumbnail whose long side is at most `max_side` (never enlarged); ``name`` as for
    `open_oriented`. Raises ImageError."""
    if max_side < 1:
        raise ValueError(f"max_side must be positive, got {max_side}")

    def draft_box(w: int, h: int) -> tuple[int, int] | None:
        scale = max_side / max(w, h)
        return (max(1, math.ceil(w * scale)), max(1, math.ceil(h * scale))) if scale < 1 else None

    img, _meta = _decode(source, draft_box, name)
    img.thumbnail((max_side, max_side), Image.Resampling.BICUBIC, reducing_gap=_REDUCING_GAP)
    return img


def _decode(
    source: bytes | str | os.PathLike[str],
    draft_box: Callable[[int, int], tuple[int, int] | None],
    name: str | None = None,
) -> tuple[Image.Image, PhotoMeta]:
    if name is None and not isinstance(source, bytes | bytearray | memoryview):
        name = os.fspath(source)
    if name is not None and is_raw_name(name):
        return _decode_raw(source, draft_box, name)
    with _binary(source) as fp:
        if fp.seek(0, io.SEEK_END) == 0:
            raise ImageError("empty file (0 bytes)")
        fp.seek(0)
        try:
            img = Image.open(fp)
            w, h = img.size  # from the header: nothing is decoded yet
            if w * h > MAX_PIXELS:
                raise ImageError(_too_large(w, h))
            if w < 1 or h < 1:
                raise ImageError(f"image has no pixels ({w} × {h})")
            box = draft_box(w, h)
            if box is not None:
                img.draft("RGB", box)  # JPEG only; a no-op for every other format
            img.load()  # the first frame of an animation
            exif = _read_exif(img)
            rgb = _to_rgb(img)
        except ImageError:
            raise
        except UnidentifiedImageError as e:
            raise ImageError("not an image (unrecognised format)") from e
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
            raise ImageError(_bomb_reason(e)) from e
        except MemoryError as e:
            raise ImageError("not enough memory to decode this image") from e
        except Exception as e:
            # Pillow and its plugins report bad bytes as OSError, SyntaxError, ValueError, EOFError, struct.error,
            # IndexError, ...: to a user these all mean the same thing. The cause stays chained for debugging.
            raise ImageError("truncated or corrupt image data") from e
        # Still inside `with`: a TIFF's EXIF sub-IFDs are read lazily from the open file.
        meta = _meta(img, exif, w, h)
    if meta.orientation in _TRANSPOSE:
        rgb = rgb.transpose(_TRANSPOSE[meta.orientation])
    return rgb, meta


def read_header(path: str | os.PathLike[str],
                with_image: Callable[[Image.Image], None] | None = None) -> PhotoMeta | None:
    """Size, format, orientation, date and camera from a photo's header alone: no pixel is decoded, so a photo
    can be listed (and browsed by date, camera and folder) long before it is decoded for the model. None for a
    RAW file, whose header needs LibRaw. Raises ImageError when the file is plainly not a usable image, OSError
    when it cannot be read. ``with_image`` gets the opened image of a usable header before the file closes, to
    read more of its metadata from the same parse (the photo's words); it must not raise."""
    if is_raw_name(os.fspath(path)):
        return None
    with open(path, "rb") as fp:
        if fp.seek(0, io.SEEK_END) == 0:
            raise ImageError("empty file (0 bytes)")
        fp.seek(0)
        try:
            img = Image.open(fp)
            w, h = img.size
            if w * h > MAX_PIXELS:
                raise ImageError(_too_large(w, h))
            if w < 1 or h < 1:
                raise ImageError(f"image has no pixels ({w} × {h})")
            meta = _meta(img, _read_exif(img), w, h)
        except ImageError:
            raise
        except UnidentifiedImageError as e:
            raise ImageError("not an image (unrecognised format)") from e
        except Exception as e:
            raise ImageError("truncated or corrupt image data") from e
        if with_image is not None:
            with_image(img)
        return meta


def _meta(img: Image.Image, exif: Image.Exif, w: int, h: int) -> PhotoMeta:
    orientation = exif.get(_TAG_ORIENTATION)
    if not isinstance(orientation, int) or not 1 <= orientation <= 8:
        orientation = 1  # absent or garbage: show the pixels as stored
    if orientation >= 5:
        w, h = h, w
    return PhotoMeta(
        width=w,
        height=h,
        format=img.format or "unknown",
        orientation=orientation,
        taken_at=_taken_at(exif),
        camera_make=_text(exif.get(_TAG_MAKE)),
        camera_model=_text(exif.get(_TAG_MODEL)),
    )


def _decode_raw(
    source: bytes | str | os.PathLike[str], draft_box: Callable[[int, int], tuple[int, int] | None], name: str
) -> tuple[Image.Image, PhotoMeta]:
    size = len(source) if isinstance(source, bytes | bytearray | memoryview) else _file_size(source)
    if size == 0:
        raise ImageError("empty file (0 bytes)")
    try:
        with raw.RawFile(source, name) as rf:
            w, h = rf.width, rf.height
            if w * h > MAX_PIXELS:
                raise ImageError(_too_large(w, h))
            if w < 1 or h < 1:
                raise ImageError(f"image has no pixels ({w} × {h})")
            img, to_apply, path = rf.decode(draft_box(w, h))
            exif = rf.camera_exif
            taken_at = _iso_date(rf.date_original) or _taken_at(exif)
            orientation = rf.orientation
    except raw.RawError as e:
        raise ImageError(str(e)) from e
    if to_apply in _TRANSPOSE:
        img = img.transpose(_TRANSPOSE[to_apply])
    if orientation >= 5:
        w, h = h, w
    meta = PhotoMeta(
        width=w,
        height=h,
        format=rf.format,
        orientation=orientation,
        taken_at=taken_at,
        camera_make=_text(exif.get(_TAG_MAKE)),
        camera_model=_text(exif.get(_TAG_MODEL)),
        decoded_from=path,
    )
    return img, meta


def _file_size(path: str | os.PathLike[str]) -> int:
    try:
        st = os.stat(path)
    except OSError as e:
        raise ImageError(f"cannot read file: {e.strerror or e}") from e
    _check_regular(st.st_mode)
    return st.st_size


def _binary(source: bytes | str | os.PathLike[str]) -> IO[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(source)
    # Non-blocking: opening a named pipe (FIFO) for reading would otherwise wait for a writer, forever.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(source, flags)
    except OSError as e:
        raise ImageError(f"cannot read file: {e.strerror or e}") from e
    try:
        _check_regular(os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")  # the caller closes it with `with`


def _check_regular(mode: int) -> None:
    """Raise ImageError unless ``mode`` is a regular file's: a folder, pipe, socket or device is no photo."""
    if stat.S_ISREG(mode):
        return
    kind = ("a folder" if stat.S_ISDIR(mode) else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a special file")
    raise ImageError(f"cannot read file: it is {kind}, not a regular file")


def _to_rgb(img: Image.Image) -> Image.Image:
    if img.mode == "RGB" and "transparency" not in img.info:
        return img
    if img.mode.startswith("I") or img.mode == "F":
        # Pillow's own conversion of 16/32-bit data to 8 bits clips at 255 instead of scaling: a 16-bit
        # photo would come out almost white.
        img = _to_8bit(img)
    if img.mode in _ALPHA_MODES or "transparency" in img.info:
        # Transparent areas become white, as a viewer shows them, not the black hidden behind them.
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    try:
        return img.convert("RGB")
    except ValueError as e:
        raise ImageError(f"unsupported colour mode {img.mode}") from e


def _to_8bit(img: Image.Image) -> Image.Image:
    arr = np.asarray(img)
    if img.mode.startswith("I;16") or (img.mode == "I" and arr.max(initial=0) > 255):
        arr = np.clip(arr, 0, 65535) >> 8
    elif img.mode == "F" and arr.max(initial=0) <= 1.0:
        arr = arr * 255.0
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _read_exif(img: Image.Image) -> Image.Exif:
    # Broken EXIF is common (editors, phones, messaging apps) and says nothing about the pixels: ignore it.
    try:
        return img.getexif()
    except Exception:
        return Image.Exif()


def _taken_at(exif: Image.Exif) -> str | None:
    try:
        original = exif.get_ifd(_IFD_EXIF).get(_TAG_DATETIME_ORIGINAL)
    except Exception:
        original = None
    return _iso_date(original) or _iso_date(exif.get(_TAG_DATETIME))


def _iso_date(value: object) -> str | None:
    text = _text(value)
    match = _EXIF_DATE.match(text) if text else None
    if match is None:
        return None
    try:
        return datetime(*(int(g) for g in match.groups())).isoformat()
    except ValueError:  # "0000:00:00 00:00:00" and other impossible dates
        return None


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return None
    # EXIF strings are fixed-size fields padded with NULs or spaces.
    return value.replace("\x00", "").strip() or None


def _resize(img: Image.Image, size: tuple[int, int], resample: Image.Resampling) -> Image.Image:
    if img.size == size:
        return img
    return img.resize(size, resample, reducing_gap=_REDUCING_GAP)


def _too_large(w: int, h: int) -> str:
    return f"too large: {w} × {h} pixels (limit {MAX_PIXELS // 1_000_000} MP), possibly a decompression bomb"


def _bomb_reason(e: BaseException) -> str:
    # Pillow refuses images over twice its limit inside Image.open, before we ever see the header size; it is
    # still the `size` argument of the innermost frame (Pillow's _decompression_bomb_check), so show it if there.
    tb = e.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    size = tb.tb_frame.f_locals.get("size") if tb is not None else None
    if isinstance(size, tuple) and len(size) == 2 and all(isinstance(s, int) for s in size):
        return _too_large(*size)
    return f"too large: over {MAX_PIXELS // 1_000_000} MP, possibly a decompression bomb"
