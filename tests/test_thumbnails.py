"""The thumbnail disk cache: real photos in, real JPEGs out, from many threads at once."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image

from photoclip.core import imaging
from photoclip.core.engine import Engine
from photoclip.core.thumbnails import ThumbnailCache
from tests.photos import write_bad_files, write_photo


def test_render_writes_an_upright_jpeg_at_the_keyed_path(tmp_path):
    # A 640 x 480 photo stored sideways (EXIF orientation 6): its thumbnail must come out portrait.
    src = write_photo(tmp_path / "photos" / "sideways.jpg", 1, size=640)
    with Image.open(src) as img:
        exif = img.getexif()
        exif[0x0112] = 6
        img.save(src, exif=exif)
    cache = ThumbnailCache(tmp_path / "thumbs", size=128)
    assert cache.get(300, 111) is None

    path = cache.render(300, src, 111)
    assert path == tmp_path / "thumbs" / "128" / "2c" / "300-111.jpg"  # 300 % 256 == 0x2c
    assert cache.get(300, 111) == path
    with Image.open(path) as thumb:
        assert thumb.format == "JPEG" and thumb.mode == "RGB"
        assert thumb.size == (96, 128)  # long side = size, portrait after orientation
    assert not [p for p in path.parent.iterdir() if p.suffix == ".tmp"]  # no temp file left behind


def test_small_photos_are_not_enlarged(tmp_path):
    src = write_photo(tmp_path / "small.png", 2, fmt="PNG", size=100)
    path = ThumbnailCache(tmp_path / "thumbs", size=256).render(2, src, 1)
    with Image.open(path) as thumb:
        assert thumb.size == (100, 75)


def test_a_new_mtime_replaces_the_old_thumbnail(tmp_path):
    src = write_photo(tmp_path / "a.jpg", 3)
    cache = ThumbnailCache(tmp_path / "thumbs", size=64)
    old = cache.render(7, src, 1000)
    write_photo(src, 4)  # the photo was edited
    new = cache.render(7, src, 2000)
    assert new.exists() and not old.exists()
    assert cache.get(7, 1000) is None and cache.get(7, 2000) == new
    # Photo 7's neighbours in the same shard are not touched: 263 % 256 == 7.
    other = cache.render(263, src, 1000)
    cache.render(7, src, 3000)
    assert other.exists()


def test_bad_photos_raise_image_error_and_leave_nothing(tmp_path):
    cache = ThumbnailCache(tmp_path / "thumbs", size=64)
    for i, bad in enumerate(write_bad_files(tmp_path / "bad").values()):
        with pytest.raises(imaging.ImageError):
            cache.render(i, bad, 1)
    with pytest.raises(imaging.ImageError, match="cannot read"):
        cache.render(99, tmp_path / "missing.jpg", 1)
    assert not [p for p in (tmp_path / "thumbs").rglob("*") if p.is_file()]


def test_discard_forgets_every_size(tmp_path):
    src = write_photo(tmp_path / "a.jpg", 5)
    small, big = ThumbnailCache(tmp_path / "thumbs", size=64), ThumbnailCache(tmp_path / "thumbs", size=200)
    paths = [small.render(1, src, 10), big.render(1, src, 10), small.render(2, src, 10)]
    small.discard([1, 12345])  # an id never rendered is fine
    assert [p.exists() for p in paths] == [False, False, True]
    ThumbnailCache(tmp_path / "never-created").discard([1])


def test_concurrent_renders_from_a_thread_pool(tmp_path):
    sources = [write_photo(tmp_path / "photos" / f"p{i}.jpg", i, size=400) for i in range(12)]
    cache = ThumbnailCache(tmp_path / "thumbs", size=96)
    # Each photo several times, under two mtimes, all at once: every call must return a complete JPEG and in
    # the end each photo has exactly one thumbnail.
    jobs = [(i, sources[i], mtime) for i in range(12) for mtime in (1, 2, 2)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda job: cache.render(*job), jobs * 2))
    assert len(results) == len(jobs) * 2
    files = sorted(p for p in (tmp_path / "thumbs").rglob("*") if p.is_file())
    assert all(p.suffix == ".jpg" for p in files)
    ids = [p.name.split("-")[0] for p in files]
    assert sorted(set(ids), key=int) == [str(i) for i in range(12)] and len(ids) == 12
    for p in files:
        with Image.open(p) as thumb:
            thumb.load()  # a torn write would fail here
            assert max(thumb.size) == 96


def test_engine_thumbnails_live_in_the_library_folder(tmp_path):
    engine = Engine(tmp_path / "library")
    try:
        cache = engine.thumbnails
        assert cache is engine.thumbnails
        assert cache.folder == engine.library.folder / "thumbnails" and cache.size == 256
        src = write_photo(tmp_path / "a.jpg", 6)
        path = cache.render(1, src, os.stat(src).st_mtime_ns)
        assert path.is_relative_to(engine.library.folder)
    finally:
        engine.close()


def test_indexing_forgets_the_thumbnails_of_deleted_photos(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    keep, gone = write_photo(photos / "keep.jpg", 1), write_photo(photos / "gone.jpg", 2)
    engine = Engine(tmp_path / "library", model="photoclip-tiny", model_file=tiny_model_file)
    try:
        engine.index([photos])
        rendered = {}
        for path in (keep, gone):
            rec = engine.library.photo_by_path(str(path))
            assert rec is not None
            rendered[path] = engine.thumbnails.render(rec.id, path, rec.mtime_ns)
        gone.unlink()
        report = engine.index()
        assert report.removed == 1 and len(report.removed_ids) == 1
        assert rendered[keep].exists() and not rendered[gone].exists()
    finally:
        engine.close()
