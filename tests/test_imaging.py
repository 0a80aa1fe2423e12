"""photoclip.core.imaging against real photographs (scikit-image's samples) written to disk in every format and
every broken shape a photo library meets."""

from __future__ import annotations

import io
import os
import struct
import zlib
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFile, ImageOps
from skimage import data

from photoclip.core import imaging
from photoclip.core.imaging import ImageError, PrepSpec, make_thumbnail, open_oriented, prepare_for_model, read_photo

SPEC = PrepSpec((224, 224))
RED = (255, 0, 0)


def photo(name: str = "chelsea") -> Image.Image:
    """A real photograph as RGB: chelsea 451×300, coffee 600×400, astronaut 512×512."""
    return Image.fromarray(_sample(name))


@cache
def _sample(name: str) -> np.ndarray:
    return getattr(data, name)()


def encode(img: Image.Image, fmt: str, **save_args: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **save_args)
    return buf.getvalue()


def write(path: Path, payload: bytes) -> Path:
    path.write_bytes(payload)
    return path


def mad(a: np.ndarray | Image.Image, b: np.ndarray | Image.Image) -> float:
    """Mean absolute difference in 0..255 levels."""
    return float(np.abs(np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)).mean())


def png_claiming(width: int, height: int) -> bytes:
    """A tiny, hand-made PNG whose header claims `width`×`height` RGB pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(1000))) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


@pytest.fixture(scope="module")
def big_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 12 MP (4000×3000) camera-sized JPEG."""
    path = tmp_path_factory.mktemp("big") / "big.jpg"
    photo("coffee").resize((4000, 3000), Image.Resampling.BILINEAR).save(path, quality=85)
    return path


# --- formats -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ext", "fmt", "save_args", "tolerance"),
    [
        (".jpg", "JPEG", {"quality": 92}, 6),
        (".png", "PNG", {}, 0),
        (".webp", "WEBP", {"quality": 90}, 8),
        (".tif", "TIFF", {}, 0),
        (".bmp", "BMP", {}, 0),
        (".heic", "HEIF", {"quality": 90}, 8),
    ],
)
def test_each_format_decodes(tmp_path: Path, ext: str, fmt: str, save_args: dict, tolerance: float) -> None:
    src = photo()
    path = tmp_path / f"cat{ext}"
    src.save(path, format=fmt, **save_args)
    assert ext in imaging.SUPPORTED_EXTENSIONS
    img, meta = open_oriented(path)
    assert img.mode == "RGB"
    assert img.size == src.size == (meta.width, meta.height)
    assert meta.format == fmt
    assert meta.orientation == 1
    assert mad(img, src) <= tolerance
    decoded = read_photo(path.read_bytes(), SPEC)
    assert decoded.pixels.shape == (224, 224, 3) and decoded.pixels.dtype == np.uint8
    assert decoded.meta == meta


def test_avif_when_supported(tmp_path: Path) -> None:
    if ".avif" not in imaging.SUPPORTED_EXTENSIONS:
        pytest.skip("neither Pillow nor pillow_heif can open AVIF here")
    path = tmp_path / "cat.avif"
    photo().save(path, quality=90)
    img, meta = open_oriented(path)
    assert meta.format == "AVIF" and img.size == (451, 300)
    assert mad(img, photo()) < 10


def test_gif_animation_gives_first_frame(tmp_path: Path) -> None:
    first = photo()
    second = ImageOps.invert(first)
    path = tmp_path / "anim.gif"
    first.save(path, save_all=True, append_images=[second], duration=100, loop=0)
    with Image.open(path) as anim:
        assert anim.n_frames == 2
    img, meta = open_oriented(path)
    assert meta.format == "GIF" and img.mode == "RGB" and img.size == first.size
    assert mad(img, first) < 12 < mad(img, second)


def test_16_bit_png_is_scaled_not_clipped(tmp_path: Path) -> None:
    gray8 = np.asarray(photo().convert("L"))
    path = tmp_path / "deep.png"
    Image.fromarray(gray8.astype(np.uint16) * 257).save(path)  # mode I;16: the full 0..65535 range
    img, _ = open_oriented(path)
    arr = np.asarray(img)
    assert np.array_equal(arr[..., 0], gray8) and np.array_equal(arr[..., 1], arr[..., 2])


def test_cmyk_jpeg(tmp_path: Path) -> None:
    src = photo()
    path = tmp_path / "print.jpg"
    src.convert("CMYK").save(path, quality=95)
    with Image.open(path) as saved:
        assert saved.mode == "CMYK"
    img, meta = open_oriented(path, min_size=224)
    assert img.mode == "RGB" and meta.format == "JPEG"
    assert mad(img, src) < 8


def test_palette_png_transparency_becomes_white(tmp_path: Path) -> None:
    pal = photo().quantize(colors=255)
    pal.putpalette([*pal.getpalette()[: 255 * 3], 0, 0, 0])  # index 255 is black, and transparent
    pal.paste(255, (0, 0, 100, 80))
    path = tmp_path / "sticker.png"
    pal.save(path, transparency=255)
    img, _ = open_oriented(path)
    arr = np.asarray(img)
    assert (arr[:80, :100] == 255).all()  # white, not the black hidden under the transparency
    assert mad(arr[100:, 120:], np.asarray(photo())[100:, 120:]) < 10


def test_rgba_png_composited_on_white(tmp_path: Path) -> None:
    rgba = photo().convert("RGBA")
    alpha = np.full((300, 451), 255, np.uint8)
    alpha[:, :200] = 0
    rgba.putalpha(Image.fromarray(alpha))
    path = tmp_path / "cutout.png"
    rgba.save(path)
    arr = np.asarray(open_oriented(path)[0])
    assert (arr[:, :200] == 255).all()
    assert np.array_equal(arr[:, 200:], np.asarray(photo())[:, 200:])


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_grayscale(tmp_path: Path, fmt: str) -> None:
    gray = photo("coffee").convert("L")
    path = tmp_path / f"gray.{fmt.lower()}"
    gray.save(path, format=fmt)
    img, meta = open_oriented(path)
    arr = np.asarray(img)
    assert arr.shape == (400, 600, 3) and meta.format == fmt
    assert np.array_equal(arr[..., 0], arr[..., 2]) and mad(arr[..., 0], gray) < 3


# --- draft decoding ----------------------------------------------------------------------------------------------


def test_jpeg_draft_decodes_at_reduced_scale(big_jpeg: Path) -> None:
    img, meta = open_oriented(big_jpeg, min_size=224)
    assert 224 <= min(img.size) < 3000 / 4  # decoded at 1/8 scale, not in full
    assert (meta.width, meta.height) == (4000, 3000)  # meta still tells the full size
    full, _ = open_oriented(big_jpeg)
    assert full.size == (4000, 3000)
    # The small decode is the same picture.
    assert mad(img.resize((400, 300)), full.resize((400, 300))) < 4


def test_read_photo_on_a_large_jpeg(big_jpeg: Path) -> None:
    decoded = read_photo(big_jpeg.read_bytes(), PrepSpec((224, 336)))
    assert decoded.pixels.shape == (224, 336, 3)
    assert (decoded.meta.width, decoded.meta.height) == (4000, 3000)


def test_thumbnail(big_jpeg: Path, tmp_path: Path) -> None:
    thumb = make_thumbnail(big_jpeg, 256)
    assert thumb.mode == "RGB" and thumb.size == (256, 192)
    small = write(tmp_path / "small.png", encode(photo(), "PNG"))
    assert make_thumbnail(small, 1000).size == (451, 300)  # never enlarged
    exif = Image.Exif()
    exif[0x0112] = 6
    turned = tmp_path / "turned.jpg"
    Image.open(big_jpeg).save(turned, exif=exif)
    assert make_thumbnail(turned.read_bytes(), 256).size == (192, 256)


# --- EXIF --------------------------------------------------------------------------------------------------------


def marked_photo() -> Image.Image:
    """A landscape photo with a red block in its stored top-left corner."""
    img = photo().copy()
    img.paste(RED, (0, 0, 60, 60))
    return img


def test_orientation_6_rotates_and_swaps_size(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways; turn 90° clockwise to display
    path = tmp_path / "portrait.jpg"
    marked_photo().save(path, quality=95, exif=exif)
    img, meta = open_oriented(path, min_size=224)
    assert (meta.width, meta.height, meta.orientation) == (300, 451, 6)
    assert img.size == (300, 451)
    arr = np.asarray(img).astype(int)
    assert mad(arr[5:25, -25:-5], np.broadcast_to(RED, (20, 20, 3))) < 10  # stored top-left is now top-right
    assert mad(arr[5:25, 5:25], np.broadcast_to(RED, (20, 20, 3))) > 60


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_matches_pillow(tmp_path: Path, orientation: int) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / "o.png"
    marked_photo().save(path, exif=exif)
    img, meta = open_oriented(path)
    expected = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
    assert np.array_equal(np.asarray(img), np.asarray(expected))
    assert (meta.width, meta.height) == expected.size and meta.orientation == orientation


def exif_jpeg(tmp_path: Path, ifd0: dict[int, str], original: str | None = None) -> Path:
    exif = Image.Exif()
    for tag, value in ifd0.items():
        exif[tag] = value
    if original is not None:
        exif.get_ifd(0x8769)[0x9003] = original  # DateTimeOriginal lives in the Exif sub-IFD
    path = tmp_path / "exif.jpg"
    photo().save(path, exif=exif)
    return path


def test_exif_date_and_camera(tmp_path: Path) -> None:
    path = exif_jpeg(
        tmp_path,
        {0x010F: "  Canon  ", 0x0110: "Canon EOS 5D\x00", 0x0132: "2022:01:01 10:00:00"},
        original="2021:07:14 15:26:53",
    )
    meta = read_photo(path.read_bytes(), SPEC).meta
    assert meta.taken_at == "2021-07-14T15:26:53"  # DateTimeOriginal wins over DateTime
    assert (meta.camera_make, meta.camera_model) == ("Canon", "Canon EOS 5D")


def test_exif_datetime_fallback_and_garbage(tmp_path: Path) -> None:
    meta = open_oriented(exif_jpeg(tmp_path, {0x0132: "2020:02:29 23:59:59"}))[1]
    assert meta.taken_at == "2020-02-29T23:59:59"
    for garbage in ["0000:00:00 00:00:00", "yesterday", "2021:13:45 99:00:00", "    "]:
        meta = open_oriented(exif_jpeg(tmp_path, {0x010F: "   "}, original=garbage))[1]
        assert meta.taken_at is None, garbage
        assert meta.camera_make is None
    meta = open_oriented(exif_jpeg(tmp_path, {}, original="garbage"))[1]
    assert meta.taken_at is None


def test_no_exif(tmp_path: Path) -> None:
    meta = open_oriented(write(tmp_path / "plain.png", encode(photo(), "PNG")))[1]
    assert (meta.orientation, meta.taken_at, meta.camera_make, meta.camera_model) == (1, None, None, None)


# --- model input -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["shortest", "longest", "squash"])
@pytest.mark.parametrize("size", [(224, 224), (224, 336), (336, 224), (160, 200)])
@pytest.mark.parametrize("name", ["chelsea", "astronaut"])
def test_prepare_shapes(mode: str, size: tuple[int, int], name: str) -> None:
    for img in (photo(name), photo(name).transpose(Image.Transpose.ROTATE_90)):
        out = prepare_for_model(img, PrepSpec(size, mode))
        assert out.shape == (*size, 3) and out.dtype == np.uint8


def test_longest_pads_with_fill_color() -> None:
    out = prepare_for_model(photo(), PrepSpec((224, 224), "longest", fill_color=128))  # 451×300: bands above/below
    assert (out[:30] == 128).all() and (out[-30:] == 128).all()
    assert mad(out[60:160], 128) > 10


def test_squash_is_a_plain_resize() -> None:
    out = prepare_for_model(photo(), PrepSpec((100, 300), "squash", "bilinear"))
    assert mad(out, photo().resize((300, 100), Image.Resampling.BILINEAR)) < 1


@pytest.mark.parametrize("mode", ["shortest", "longest", "squash"])
def test_matches_open_clip_transform(mode: str) -> None:
    transform_mod = pytest.importorskip("open_clip.transform")
    mean, std = np.array(transform_mod.OPENAI_DATASET_MEAN), np.array(transform_mod.OPENAI_DATASET_STD)
    for name in ("coffee", "chelsea", "astronaut"):
        img = photo(name)
        for size in ((224, 224), (224, 336)):
            tensor = transform_mod.image_transform(size, is_train=False, resize_mode=mode)(img)
            reference = (tensor.permute(1, 2, 0).numpy() * std + mean) * 255
            ours = prepare_for_model(img, PrepSpec(size, mode))
            assert ours.shape == reference.shape
            assert mad(ours, reference) < 3, (name, size)


def test_prep_spec_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        PrepSpec((224, 224), resize_mode="stretch")
    with pytest.raises(ValueError):
        PrepSpec((224, 224), interpolation="magic")
    with pytest.raises(ValueError):
        PrepSpec((0, 224))


# --- bad input ---------------------------------------------------------------------------------------------------


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, tuple[str, ...]]]:
    """name -> (file, words its ImageError must contain)."""
    jpeg = encode(photo(), "JPEG", quality=90)
    heic = encode(photo(), "HEIF", quality=80)
    rng = np.random.default_rng(7)
    cases = {
        "empty.jpg": (b"", ("empty", "0 bytes")),
        "random.jpg": (rng.bytes(4096), ("not an image",)),
        "notes.png": (b"shopping list: milk, eggs\n" * 40, ("not an image",)),
        "truncated.jpg": (jpeg[: int(len(jpeg) * 0.6)], ("truncated",)),
        "noise-after-jpeg-headers.jpg": (jpeg[: jpeg.index(b"\xff\xda") + 14] + rng.bytes(4096), ("corrupt",)),
        "bomb.png": (png_claiming(40000, 40000), ("too large", "40000 × 40000", "decompression bomb")),
        "truncated.heic": (heic[: len(heic) // 2], ("corrupt",)),
        "mangled.heic": (heic[:64] + bytes(512) + heic[576:], ("not an image",)),
    }
    return {name: (write(tmp_path / name, payload), words) for name, (payload, words) in cases.items()}


def test_bad_files_give_image_error_with_reason(tmp_path: Path) -> None:
    for name, (path, words) in bad_files(tmp_path).items():
        calls = [
            lambda p=path: read_photo(p.read_bytes(), SPEC),
            lambda p=path: open_oriented(p, min_size=224),
            lambda p=path: make_thumbnail(p, 128),
        ]
        for call in calls:
            with pytest.raises(ImageError) as info:  # ImageError and nothing else
                call()
            reason = str(info.value)
            assert all(w in reason for w in words), (name, reason)
            assert len(reason) < 120 and "\n" not in reason


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_own_pixel_limit_below_pillows_hard_limit() -> None:
    # 300 MP: Pillow only warns; our explicit header check must refuse it before decoding.
    with pytest.raises(ImageError, match=r"too large: 20000 × 15000 pixels \(limit 250 MP\)"):
        read_photo(png_claiming(20000, 15000), SPEC)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match="cannot read file"):
        open_oriented(tmp_path / "gone.jpg")
    with pytest.raises(ImageError, match="cannot read file"):
        open_oriented(tmp_path)


def test_settings() -> None:
    assert Image.MAX_IMAGE_PIXELS == imaging.MAX_PIXELS == 250_000_000
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
    assert {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".gif", ".tif", ".tiff", ".bmp", ".heic", ".heif"} <= (
        imaging.SUPPORTED_EXTENSIONS
    )
    assert all(e == e.lower() and e.startswith(".") for e in imaging.SUPPORTED_EXTENSIONS)


# --- safety ------------------------------------------------------------------------------------------------------


def test_reading_never_modifies_the_file(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "original.jpg"
    photo().save(path, quality=90, exif=exif)
    before, stat = path.read_bytes(), path.stat()
    path.chmod(0o444)  # nothing here may even need write access
    try:
        read_photo(path.read_bytes(), SPEC)
        open_oriented(path, min_size=224)
        open_oriented(str(path))
        make_thumbnail(os.fspath(path), 64)
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat.st_mtime_ns and path.stat().st_size == stat.st_size


def test_thread_pool_decoding_matches_sequential(tmp_path: Path) -> None:
    payloads = [
        encode(photo(n).rotate(angle), fmt)
        for n in ("chelsea", "coffee")
        for angle in (0, 7)
        for fmt in ("JPEG", "PNG")
    ]
    expected = [read_photo(p, SPEC).pixels for p in payloads]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda p: read_photo(p, SPEC).pixels, payloads * 2))
    for i, pixels in enumerate(got):
        assert np.array_equal(pixels, expected[i % len(payloads)])
