"""Real RAW files for the tests and benchmarks: DNGs made from real photographs (scikit-image's samples).

The photograph's pixels are turned back into what a camera sensor records: linear light, sampled through an RGGB
Bayer colour filter, 12 bits. pidng writes that mosaic as a valid CFA DNG (with camera make, model, date and an
orientation); LibRaw demosaics it back into the photograph. A camera also stores its own JPEG rendering inside
the file; `with_preview` appends one as a second IFD (NewSubFileType 1, JPEG compressed), as DNG converters and
cameras do, which LibRaw finds as the file's thumbnail.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path

import numpy as np
from pidng.core import RAW2DNG, DNGTags, Tag
from pidng.defs import CalibrationIlluminant, CFAPattern, DNGVersion, PhotometricInterpretation
from PIL import Image

WHITE = 4095  # 12-bit sensor
# XYZ (D65) -> linear sRGB: as the DNG's ColorMatrix1 it says "this camera's RGB is linear sRGB", so LibRaw's
# rendering comes back close to the original photograph.
_XYZ_TO_SRGB = np.array([[3.2406, -1.5372, -0.4986], [-0.9689, 1.8758, 0.0415], [0.0557, -0.2040, 1.0570]])


def mosaic(rgb: np.ndarray) -> np.ndarray:
    """The RGGB Bayer mosaic a sensor would record for an sRGB photo: uint16, 12 bits, even width and height."""
    h, w = rgb.shape[0] // 2 * 2, rgb.shape[1] // 2 * 2
    lin = (rgb[:h, :w].astype(np.float32) / 255.0) ** 2.2 * WHITE
    out = np.empty((h, w), np.uint16)
    out[0::2, 0::2] = lin[0::2, 0::2, 0]
    out[0::2, 1::2] = lin[0::2, 1::2, 1]
    out[1::2, 0::2] = lin[1::2, 0::2, 1]
    out[1::2, 1::2] = lin[1::2, 1::2, 2]
    return out


def dng_bytes(
    rgb: np.ndarray,
    *,
    orientation: int = 1,
    preview: int | None = None,
    preview_rotated: bool = False,
    make: str = "Photoclip",
    model: str = "Test Camera",
    taken: str = "2021:07:14 15:26:53",
    bits: int = 16,
) -> bytes:
    """A DNG of the photo ``rgb`` (H, W, 3 uint8, as the sensor saw it, before ``orientation``).

    ``preview``: the long side of an embedded JPEG preview (None: no preview). ``preview_rotated``: the preview is
    stored already turned upright by ``orientation``, as a few cameras do. ``bits``: 16 (plain samples) or 12
    (packed, as many cameras store them: a 24 MP file is 36 MB rather than 48).
    """
    cfa = mosaic(rgb)
    h, w = cfa.shape
    t = DNGTags()
    t.set(Tag.ImageWidth, w)
    t.set(Tag.ImageLength, h)
    t.set(Tag.TileWidth, w)
    t.set(Tag.TileLength, h)
    t.set(Tag.Orientation, orientation)
    t.set(Tag.PhotometricInterpretation, PhotometricInterpretation.Color_Filter_Array)
    t.set(Tag.SamplesPerPixel, 1)
    t.set(Tag.BitsPerSample, bits)
    t.set(Tag.CFARepeatPatternDim, [2, 2])
    t.set(Tag.CFAPattern, CFAPattern.RGGB)
    t.set(Tag.BlackLevel, 0)
    t.set(Tag.WhiteLevel, WHITE)
    t.set(Tag.ColorMatrix1, [[round(v * 10000), 10000] for v in _XYZ_TO_SRGB.ravel()])
    t.set(Tag.CalibrationIlluminant1, CalibrationIlluminant.D65)
    t.set(Tag.AsShotNeutral, [[1, 1], [1, 1], [1, 1]])
    t.set(Tag.Make, make)
    t.set(Tag.Model, model)
    t.set(Tag.UniqueCameraModel, f"{make} {model}")
    t.set(Tag.DateTime, taken)
    t.set(Tag.DNGVersion, DNGVersion.V1_4)
    t.set(Tag.DNGBackwardVersion, DNGVersion.V1_2)
    converter = RAW2DNG()
    converter.options(t, path="", compress=False)  # pidng's LJ92 encoder fails on Python >= 3.10
    data = bytes(converter.convert(cfa))
    if preview is None:
        return data
    img = Image.fromarray(np.ascontiguousarray(rgb[:h, :w]))
    img.thumbnail((preview, preview), Image.Resampling.BICUBIC)
    if preview_rotated:
        img = _upright(img, orientation)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=90)
    return with_preview(data, buf.getvalue(), img.width, img.height)


def with_preview(dng: bytes, jpeg: bytes, width: int, height: int) -> bytes:
    """``dng`` with a JPEG preview appended as a new IFD at the end of its IFD chain (little-endian TIFF)."""
    out = bytearray(dng)
    assert out[:4] == b"II*\x00", "pidng writes little-endian TIFF"
    link = 4
    (offset,) = struct.unpack_from("<I", out, link)
    while offset:
        (n,) = struct.unpack_from("<H", out, offset)
        link = offset + 2 + 12 * n
        (offset,) = struct.unpack_from("<I", out, link)
    out += b"\0" * (-len(out) % 4)
    data_at = len(out)
    out += jpeg + b"\0" * (-len(jpeg) % 4)
    ifd_at = len(out)
    entries = [  # (tag, type: 3 SHORT / 4 LONG, values), in tag order as TIFF requires
        (254, 4, [1]),  # NewSubFileType: a reduced-resolution copy of the main image
        (256, 4, [width]),
        (257, 4, [height]),
        (258, 3, [8, 8, 8]),
        (259, 3, [7]),  # JPEG
        (262, 3, [6]),  # YCbCr
        (273, 4, [data_at]),
        (277, 3, [3]),
        (278, 4, [height]),
        (279, 4, [len(jpeg)]),
    ]
    extra_at = ifd_at + 2 + 12 * len(entries) + 4
    table, extra = b"", b""
    for tag, typ, values in entries:
        packed = struct.pack(f"<{len(values)}{'H' if typ == 3 else 'I'}", *values)
        if len(packed) <= 4:
            table += struct.pack("<HHI", tag, typ, len(values)) + packed.ljust(4, b"\0")
        else:
            table += struct.pack("<HHII", tag, typ, len(values), extra_at + len(extra))
            extra += packed
    out += struct.pack("<H", len(entries)) + table + struct.pack("<I", 0) + extra
    struct.pack_into("<I", out, link, ifd_at)
    return bytes(out)


def write_dng(path: Path, rgb: np.ndarray, **options: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(dng_bytes(rgb, **options))  # type: ignore[arg-type]
    return path


def _upright(img: Image.Image, orientation: int) -> Image.Image:
    ops = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_270, 8: Image.Transpose.ROTATE_90}
    return img.transpose(ops[orientation]) if orientation in ops else img
