"""Real photographs (scikit-image's sample images) written as test files in every shape the tests need."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image
from skimage import data

SOURCES = ("astronaut", "chelsea", "coffee", "rocket", "immunohistochemistry", "hubble_deep_field")


@cache
def source(name: str) -> np.ndarray:
    arr = getattr(data, name)()
    if arr.ndim == 2:
        arr = np.stack([arr] * 3, axis=-1)
    return np.ascontiguousarray(arr[..., :3])


def variant(i: int, size: int = 160) -> Image.Image:
    """The i-th distinct test photo: a crop of one of the sample photographs, different for every i."""
    arr = source(SOURCES[i % len(SOURCES)])
    h, w = arr.shape[:2]
    rng = np.random.default_rng(i)
    ch, cw = int(h * 0.6), int(w * 0.6)
    y, x = int(rng.integers(0, h - ch)), int(rng.integers(0, w - cw))
    img = Image.fromarray(arr[y : y + ch, x : x + cw])
    if (i // len(SOURCES)) % 2:
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    return img.resize((size, int(size * 0.75)))


def write_photo(path: Path, i: int, fmt: str | None = None, size: int = 160, **save_args) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    variant(i, size).save(path, format=fmt, **save_args)
    return path


def write_photos(folder: Path, n: int, start: int = 0, ext: str = ".jpg") -> list[Path]:
    return [write_photo(folder / f"photo_{i:04d}{ext}", i) for i in range(start, start + n)]


def jpeg_bytes(i: int, size: int = 160, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    variant(i, size).save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def write_bad_files(folder: Path) -> dict[str, Path]:
    """One file per kind of bad input the indexer must skip with a reason."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "empty": folder / "empty.jpg",
        "garbage": folder / "garbage.jpg",
        "text": folder / "notes.png",
        "truncated": folder / "truncated.jpg",
        "bomb": folder / "bomb.png",
    }
    files["empty"].write_bytes(b"")
    files["garbage"].write_bytes(np.random.default_rng(0).bytes(5000))
    files["text"].write_text("this is not a picture\n" * 20)
    good = jpeg_bytes(3, size=400)
    files["truncated"].write_bytes(good[: len(good) * 6 // 10])
    files["bomb"].write_bytes(png_header_claiming(40000, 40000))
    return files


def png_header_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge size: a decompression bomb's calling card."""
    import struct
    import zlib

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime under ``folder``, to prove nothing was written there."""
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


COPIES = ("identical", "q60", "half", "png", "webp", "crop", "rotated")


def _camera(name: str, side: int = 800) -> Image.Image:
    img = Image.fromarray(source(name))
    scale = side / max(img.size)
    return img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)


def write_family(folder: Path, name: str, copies: tuple[str, ...] = COPIES) -> dict[str, Path]:
    """A photo and the copies a real library collects of it: each transformation the 'same' strength must see."""
    folder.mkdir(parents=True, exist_ok=True)
    img = _camera(name)
    w, h = img.size
    paths = {"original": folder / f"{name}.jpg"}
    img.save(paths["original"], quality=92)
    for kind in copies:
        if kind == "identical":
            p = folder / "copies" / f"{name}.jpg"
            p.parent.mkdir(exist_ok=True)
            p.write_bytes(paths["original"].read_bytes())
        elif kind == "q60":
            img.save(p := folder / f"{name}_q60.jpg", quality=60)
        elif kind == "half":
            img.resize((w // 2, h // 2), Image.Resampling.LANCZOS).save(p := folder / f"{name}_half.jpg", quality=90)
        elif kind == "png":
            img.save(p := folder / f"{name}.png")
        elif kind == "webp":
            img.save(p := folder / f"{name}.webp", quality=80)
        elif kind == "crop":  # 5 % off each dimension, 2.5 % per side
            dx, dy = round(w * 0.025), round(h * 0.025)
            img.crop((dx, dy, w - dx, h - dy)).save(p := folder / f"{name}_crop.jpg", quality=92)
        elif kind == "rotated":  # stored on its side with EXIF orientation 6: displays exactly as the original
            exif = Image.Exif()
            exif[0x0112] = 6
            img.transpose(Image.Transpose.ROTATE_90).save(p := folder / f"{name}_rot.jpg", quality=92,
                                                          exif=exif.tobytes())
        paths[kind] = p
    return paths
