"""Camera RAW files: real DNGs made from real photographs (tests/raw_files.py), decoded through LibRaw.

Both decode paths (the embedded JPEG preview, the half-size demosaic), orientation on both, metadata, broken files,
thumbnails, and indexing (RAW files are never written to).
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image

from photoclip.core import imaging, raw
from photoclip.core.scan import is_photo_name
from photoclip.core.thumbnails import ThumbnailCache
from tests.photos import snapshot, source
from tests.raw_files import dng_bytes, write_dng

TINY = "photoclip-tiny"


def photograph() -> np.ndarray:
    return source("chelsea")[:300, :450]  # a cat, 450 x 300, as the sensor saw it


def likeness(a: Image.Image, b: np.ndarray | Image.Image) -> float:
    """Correlation of two pictures' grey levels at a common small size: ~1 for the same picture, upright."""
    b = b if isinstance(b, Image.Image) else Image.fromarray(b)
    size = (48, 32) if a.width >= a.height else (32, 48)
    x = np.asarray(a.convert("L").resize(size, Image.Resampling.BILINEAR), np.float64).ravel()
    y = np.asarray(b.convert("L").resize(size, Image.Resampling.BILINEAR), np.float64).ravel()
    return float(np.corrcoef(x, y)[0, 1])


def test_raw_extensions_are_photos():
    for name in ("IMG_0001.CR2", "a.cr3", "b.NEF", "c.nrw", "d.ARW", "e.dng", "f.RAF", "g.orf", "h.RW2", "i.pef",
                 "j.SRW"):
        assert is_photo_name(name), name
    assert not is_photo_name("._IMG_0001.CR2")  # a macOS resource fork, not a photo


def test_a_large_enough_preview_is_used_in_draft_mode(tmp_path):
    path = write_dng(tmp_path / "IMG_0001.DNG", photograph(), preview=450)
    img, meta = imaging.open_oriented(path, min_size=100)
    assert meta.decoded_from == raw.PREVIEW
    # Draft mode: the 450 x 300 preview JPEG is decoded at half scale, still covering 100 px.
    assert img.size == (225, 150)
    assert (meta.width, meta.height, meta.format, meta.orientation) == (450, 300, "DNG", 1)
    assert meta.taken_at == "2021-07-14T15:26:53"
    assert (meta.camera_make, meta.camera_model) == ("Photoclip", "Test Camera")
    assert likeness(img, photograph()) > 0.95


def test_without_a_preview_the_sensor_data_is_demosaiced_at_half_size(tmp_path):
    path = write_dng(tmp_path / "IMG_0002.dng", photograph())
    img, meta = imaging.open_oriented(path, min_size=100)
    assert meta.decoded_from == raw.DEMOSAIC
    assert img.size == (225, 150)  # half size: a quarter of a full demosaic's work, still covering 100 px
    assert (meta.width, meta.height, meta.taken_at) == (450, 300, "2021-07-14T15:26:53")
    assert likeness(img, photograph()) > 0.95
    # Asked for more than half size holds, LibRaw demosaics in full.
    full, meta = imaging.open_oriented(path)
    assert full.size == (450, 300) and meta.decoded_from == raw.DEMOSAIC


def test_a_preview_too_small_for_the_model_falls_back_to_the_sensor_data(tmp_path):
    path = write_dng(tmp_path / "small_preview.dng", photograph(), preview=160)
    img, meta = imaging.open_oriented(path, min_size=224)
    assert meta.decoded_from == raw.DEMOSAIC and min(img.size) >= 224
    _img, meta = imaging.open_oriented(path, min_size=100)
    assert meta.decoded_from == raw.PREVIEW  # enough for a smaller need


@pytest.mark.parametrize("preview", [None, 450])
@pytest.mark.parametrize("orientation", [6, 8, 3])
def test_orientation_comes_from_the_raw_on_both_paths(tmp_path, orientation, preview):
    path = write_dng(tmp_path / "turned.dng", photograph(), orientation=orientation, preview=preview)
    img, meta = imaging.open_oriented(path, min_size=100)
    assert meta.decoded_from == (raw.DEMOSAIC if preview is None else raw.PREVIEW)
    assert meta.orientation == orientation
    upright = Image.fromarray(photograph()).transpose(imaging._TRANSPOSE[orientation])
    assert (meta.width, meta.height) == upright.size
    assert (img.width > img.height) == (upright.width > upright.height)
    assert likeness(img, upright) > 0.95


def test_a_preview_the_camera_already_rotated_is_not_rotated_again(tmp_path):
    path = write_dng(tmp_path / "pre_rotated.dng", photograph(), orientation=6, preview=450, preview_rotated=True)
    img, meta = imaging.open_oriented(path, min_size=100)
    assert meta.decoded_from == raw.PREVIEW and meta.orientation == 6
    upright = Image.fromarray(photograph()).transpose(Image.Transpose.ROTATE_270)
    assert img.height > img.width and likeness(img, upright) > 0.95


def test_bytes_need_the_file_name_to_be_read_as_raw(tmp_path):
    data = dng_bytes(photograph(), preview=450)
    img, meta = imaging.open_oriented(data, min_size=100, name=str(tmp_path / "x.DNG"))
    assert meta.decoded_from == raw.PREVIEW and meta.format == "DNG" and likeness(img, photograph()) > 0.95
    decoded = imaging.read_photo(data, imaging.PrepSpec((64, 64)), name="x.dng")
    assert decoded.pixels.shape == (64, 64, 3) and decoded.meta.width == 450


def test_broken_raw_files_are_refused_with_a_reason(tmp_path):
    good = dng_bytes(photograph(), preview=450)
    cases = {
        "truncated.dng": (good[: len(good) * 6 // 10], "truncated"),
        "header_only.dng": (good[:4096], "truncated"),
        "garbage.nef": (np.random.default_rng(1).bytes(20000), "not a raw file"),
        "text.cr2": (b"not a raw file\n" * 100, "not a raw file"),
        "empty.arw": (b"", "empty file"),
    }
    for name, (data, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        for source_ in (path, data):
            with pytest.raises(imaging.ImageError) as e:
                imaging.open_oriented(source_, min_size=100, name=str(path))
            assert reason in str(e.value).lower(), (name, str(e.value))
        with pytest.raises(imaging.ImageError):
            imaging.make_thumbnail(path, 128)


def test_thumbnails_of_raw_files(tmp_path):
    turned = write_dng(tmp_path / "turned.dng", photograph(), orientation=6, preview=450)
    plain = write_dng(tmp_path / "plain.dng", photograph())
    cache = ThumbnailCache(tmp_path / "thumbs", size=128)
    for pid, path in ((1, turned), (2, plain)):
        out = cache.render(pid, path, path.stat().st_mtime_ns)
        with Image.open(out) as thumb:
            thumb.load()
            if pid == 1:
                upright = Image.fromarray(photograph()).transpose(Image.Transpose.ROTATE_270)
                assert thumb.size == (85, 128)
            else:
                upright = Image.fromarray(photograph())
                assert thumb.size == (128, 85)
            assert likeness(thumb, upright) > 0.95
    # The viewer's large preview (2048 px) wants more than the 450-px preview holds: the sensor data, in full.
    big = imaging.make_thumbnail(turned, 2048)
    assert big.size == (300, 450)


def test_indexing_raw_files_reads_them_without_writing(engine, tmp_path):
    photos = tmp_path / "photos"
    write_dng(photos / "IMG_0001.DNG", photograph(), preview=450)
    write_dng(photos / "IMG_0002.dng", source("coffee")[:400, :600], orientation=6)
    broken = dng_bytes(source("rocket")[:400, :600], preview=600)
    (photos / "IMG_0003.DNG").write_bytes(broken[: len(broken) // 2])
    before = snapshot(photos)
    report = engine.index([photos])
    assert report.added == 2
    assert [(os.path.basename(p), r) for p, r in report.skipped] == [
        ("IMG_0003.DNG", "truncated RAW file: it ends before its image data does")]
    assert snapshot(photos) == before  # not a byte, not an mtime changed
    first = engine.library.photo_by_path(photos / "IMG_0001.DNG")
    second = engine.library.photo_by_path(photos / "IMG_0002.dng")
    assert first is not None and second is not None
    assert (first.format, first.width, first.height, first.taken_at, first.camera_model) == (
        "DNG", 450, 300, "2021-07-14T15:26:53", "Test Camera")
    assert (second.width, second.height, second.orientation) == (400, 600, 6)
    assert first.phash and second.phash
    hits, _ = engine.search(["a cat"], limit=5)
    assert {h.path for h in hits} == {first.path, second.path}
