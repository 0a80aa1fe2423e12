"""Opening camera RAW files (CR2, CR3, NEF, NRW, ARW, DNG, RAF, ORF, RW2, PEF, SRW) through LibRaw (rawpy).

A RAW file is the sensor's mosaic; turning it into a picture (a demosaic) costs about a second for 24 MP. But
every camera also stores its own JPEG rendering of the shot inside the file, usually at full or a few-megapixel
size. `RawFile.decode` uses that preview whenever it is large enough for what was asked (decoded in JPEG draft
mode, like any JPEG), and only falls back to LibRaw's half-size demosaic (a quarter of the work of a full one)
when there is no preview, it cannot be read, or it is too small. A full demosaic happens only when a caller asks
for more pixels than half size holds.

Orientation comes from the RAW's own flip (LibRaw's ``sizes.flip``). The pixels are handed back as stored, with
the orientation still to apply, so `imaging` turns them upright exactly as it does a JPEG on both paths. A
preview the camera already rotated (its aspect is the upright one while the sensor's is not) is not rotated again.

Metadata (camera make and model, date taken) is read from the file's own TIFF structure (most RAW formats are
TIFF underneath), from the CMT boxes of a CR3, or from the preview JPEG's EXIF (RAF); LibRaw's own copy would
need the sensor data unpacked. The TIFF structure also tells where the image data ends: a file cut short (an
interrupted copy) is refused even when its preview survived, as a truncated JPEG is.

Files are only read. No Qt; each `RawFile` is used by one thread, and LibRaw releases the GIL while it works.
"""

from __future__ import annotations

import io
import os
import struct

import numpy as np
import rawpy
from PIL import Image

from photoclip.core.formats import raw_format_name

PREVIEW = "preview"
DEMOSAIC = "demosaic"

# LibRaw's flip (dcraw's bits: 4 = transpose, 2 = flip vertically, 1 = flip horizontally) as EXIF orientation.
_FLIP_TO_ORIENTATION = {0: 1, 1: 2, 2: 4, 3: 3, 4: 5, 5: 8, 6: 6, 7: 7}
# TIFF headers, and the variants Olympus (ORF) and Panasonic (RW2) use for the same structure.
_TIFF_HEADS = {b"II*\x00": b"II*\x00", b"MM\x00*": b"MM\x00*", b"IIRO": b"II*\x00", b"IIRS": b"II*\x00",
               b"MMOR": b"MM\x00*", b"IIU\x00": b"II*\x00"}
# Camera makers keep IFDs and EXIF within the first few hundred KB; reading this much of a file (not all 30 MB of
# it) is enough for the metadata and the strip tables.
_HEADER_BYTES = 1 << 20
_MAX_IFDS = 32
# A file whose image data runs past its end by more than this lost part of the picture (an interrupted copy); a
# few bytes short is a quirk of some cameras' byte counts, and LibRaw reads such files fine.
_TRUNCATION_SLACK = 64 * 1024
# A preview whose shape differs more than this from the sensor's is letterboxed or cropped: not the photo.
_ASPECT_TOLERANCE = 0.05


class RawError(Exception):
    """A RAW file that cannot be used; str(e) is fit to show a user."""


class RawFile:
    """An opened RAW file: size, orientation and metadata known, nothing decoded yet. Use it with ``with``."""

    def __init__(self, source: bytes | str | os.PathLike[str], name: str | os.PathLike[str]) -> None:
        self.format = raw_format_name(name)
        header, file_size = _read_header(source)
        self.exif, self.date_original, data_end = _header_facts(header[:_HEADER_BYTES], header, file_size)
        if data_end is not None and data_end - file_size > _TRUNCATION_SLACK:
            raise RawError("truncated RAW file: it ends before its image data does")
        try:
            if isinstance(source, bytes | bytearray | memoryview):
                self._raw = rawpy.imread(io.BytesIO(source))
            else:
                self._raw = rawpy.imread(os.fspath(source))
        except Exception as e:
            raise _reason(e) from e
        sizes = self._raw.sizes
        self.width, self.height = int(sizes.width), int(sizes.height)  # as stored, before the flip
        self.orientation = _FLIP_TO_ORIENTATION.get(int(sizes.flip), 1)
        self._preview_exif: Image.Exif | None = None

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> RawFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def decode(self, box: tuple[int, int] | None) -> tuple[Image.Image, int, str]:
        """An RGB picture covering at least ``box`` (width, height in stored orientation; None: full size).

        Returns (image as stored, EXIF orientation still to apply to it, `PREVIEW` or `DEMOSAIC`)."""
        need = (self.width, self.height) if box is None else (min(box[0], self.width), min(box[1], self.height))
        found = self._preview(need)
        if found is not None:
            return found[0], found[1], PREVIEW
        return self._demosaic(need), self.orientation, DEMOSAIC

    @property
    def camera_exif(self) -> Image.Exif:
        """The file's own EXIF, else the preview JPEG's (Fujifilm keeps its metadata there)."""
        if self.exif.get(0x010F) or self._preview_exif is None:
            return self.exif
        return self._preview_exif

    # -- the two paths --------------------------------------------------------------------------------------

    def _preview(self, need: tuple[int, int]) -> tuple[Image.Image, int] | None:
        try:
            thumb = self._raw.extract_thumb()
        except Exception:
            return None  # none, an unsupported kind, or a broken one: the sensor data may still be fine
        try:
            if thumb.format == rawpy.ThumbFormat.JPEG:
                img = Image.open(io.BytesIO(thumb.data))
                if img.format != "JPEG":
                    return None
                self._preview_exif = img.getexif()
            else:
                arr = np.asarray(thumb.data)
                if arr.dtype == np.uint16:
                    arr = (arr >> 8).astype(np.uint8)
                if arr.ndim != 3 or arr.shape[2] != 3 or arr.dtype != np.uint8:
                    return None
                img = Image.fromarray(arr)
            pw, ph = img.size
            # A camera that rotated its preview already: its aspect is the upright one, the sensor's is not.
            rotated = self.orientation >= 5 and pw != ph and (pw > ph) != (self.width > self.height)
            sw, sh = (ph, pw) if rotated else (pw, ph)  # the preview in the sensor's orientation
            if abs(sw / sh - self.width / self.height) > _ASPECT_TOLERANCE * self.width / self.height:
                return None
            if sw < need[0] or sh < need[1]:
                return None  # too small for what was asked: demosaic instead
            if img.format == "JPEG":
                img.draft("RGB", (need[1], need[0]) if rotated else need)
            img.load()
            rgb = img.convert("RGB") if img.mode != "RGB" else img
        except Exception:
            return None  # a preview Pillow cannot decode: fall back to the sensor data
        return rgb, (1 if rotated else self.orientation)

    def _demosaic(self, need: tuple[int, int]) -> Image.Image:
        half = self.width // 2 >= need[0] and self.height // 2 >= need[1]
        try:
            # user_flip=0: the pixels come back as stored; imaging applies the orientation as for any photo.
            arr = self._raw.postprocess(half_size=half, use_camera_wb=True, output_bps=8, user_flip=0)
        except Exception as e:
            raise _reason(e) from e
        return Image.fromarray(np.ascontiguousarray(arr[..., :3]))


def _reason(e: BaseException) -> RawError:
    if isinstance(e, rawpy.LibRawFileUnsupportedError):
        return RawError("not a RAW file LibRaw can read (unsupported camera or damaged file)")
    if isinstance(e, rawpy.LibRawIOError | rawpy.LibRawDataError | EOFError):
        return RawError("truncated or corrupt RAW data")
    if isinstance(e, rawpy.LibRawTooBigError):
        return RawError("too large: LibRaw refuses this RAW file's size")
    if isinstance(e, MemoryError | rawpy.LibRawUnsufficientMemoryError):
        return RawError("not enough memory to decode this image")
    if isinstance(e, OSError):
        return RawError(f"cannot read file: {e.strerror or e}")
    return RawError(f"cannot decode this RAW file: {e}")


def _read_header(source: bytes | str | os.PathLike[str]) -> tuple[bytes, int]:
    """The file's first bytes (all of them when they are in memory already) and its size."""
    if isinstance(source, bytes):
        return source, len(source)
    if isinstance(source, bytearray | memoryview):
        return bytes(source[:_HEADER_BYTES]), len(source)
    try:
        with open(source, "rb") as f:
            return f.read(_HEADER_BYTES), os.fstat(f.fileno()).st_size
    except OSError as e:
        raise RawError(f"cannot read file: {e.strerror or e}") from e


def _header_facts(header: bytes, whole: bytes, size: int) -> tuple[Image.Exif, str | None, int | None]:
    """(IFD0 EXIF, DateTimeOriginal when found outside it, end of the image data or None when unknown), from the
    file's first bytes and as much of it as was read (``whole``: where the strip tables are looked up), and the
    file's ``size``."""
    exif = Image.Exif()
    head = _TIFF_HEADS.get(header[:4])
    if head is not None:
        tiff = head + header[4:]
        try:
            exif.load(tiff)
        except Exception:
            exif = Image.Exif()  # broken metadata says nothing about the pixels
        return exif, None, _data_end(whole, complete=len(whole) == size)
    if header[4:8] == b"ftyp":  # CR3 (ISO base media): the TIFF blocks sit in CMT1 (IFD0) and CMT2 (EXIF) boxes
        cmt1, cmt2 = _box(header, b"CMT1"), _box(header, b"CMT2")
        if cmt1 is not None:
            try:
                exif.load(cmt1)
            except Exception:
                exif = Image.Exif()
        original = None
        if cmt2 is not None:
            try:
                sub = Image.Exif()
                sub.load(cmt2)
                original = sub.get(0x9003)
            except Exception:
                original = None
        return exif, original if isinstance(original, str) else None, None
    return exif, None, None


def _box(data: bytes, kind: bytes) -> bytes | None:
    at = data.find(kind)
    if at < 4:
        return None
    size = struct.unpack(">I", data[at - 4 : at])[0]
    payload = data[at + 4 : at - 4 + size]
    return payload if payload[:4] in (b"II*\x00", b"MM\x00*") else None


def _data_end(tiff: bytes, complete: bool) -> int | None:
    """Where the last strip or tile of any IFD (the chain and its SubIFDs) ends, or None if unknown. ``complete``:
    ``tiff`` is the whole file, so an IFD said to lie past its end is itself a sign the file was cut short."""
    endian = "<" if tiff[:2] == b"II" else ">"
    todo = [struct.unpack_from(endian + "I", tiff, 4)[0]]
    seen: set[int] = set()
    end = 0
    while todo and len(seen) < _MAX_IFDS:
        offset = todo.pop()
        if offset == 0 or offset in seen:
            continue
        seen.add(offset)
        if offset + 2 > len(tiff):
            if not complete:
                return None  # beyond the part we read: no verdict
            end = max(end, offset + 2)
            continue
        try:
            tags, n = _ifd(tiff, offset, endian)
            (next_ifd,) = struct.unpack_from(endian + "I", tiff, offset + 2 + 12 * n)
        except (struct.error, IndexError, ValueError):
            if not complete:
                return None
            end = max(end, len(tiff) + _TRUNCATION_SLACK + 1)  # a table cut in half
            continue
        for off_tag, len_tag in ((273, 279), (324, 325)):
            offsets, counts = tags.get(off_tag), tags.get(len_tag)
            if offsets and counts and len(offsets) == len(counts):
                end = max(end, *(o + c for o, c in zip(offsets, counts, strict=True)))
        todo.extend(tags.get(330, []))
        todo.append(next_ifd)
    return end or None


def _ifd(tiff: bytes, offset: int, endian: str) -> tuple[dict[int, list[int]], int]:
    """The tags of the IFD at ``offset`` that locate image data (strips, tiles, SubIFDs), and its entry count."""
    (n,) = struct.unpack_from(endian + "H", tiff, offset)
    out: dict[int, list[int]] = {}
    for i in range(n):
        tag, typ, count, value = struct.unpack_from(endian + "HHI4s", tiff, offset + 2 + 12 * i)
        if tag not in (273, 279, 324, 325, 330) or typ not in (3, 4, 13) or count > 1 << 16:
            continue
        fmt = "H" if typ == 3 else "I"
        width = 2 if typ == 3 else 4
        if count * width <= 4:
            out[tag] = list(struct.unpack_from(f"{endian}{count}{fmt}", value))
        else:
            (at,) = struct.unpack_from(endian + "I", value)
            out[tag] = list(struct.unpack_from(f"{endian}{count}{fmt}", tiff, at))
    return out, n

