"""Indexing end to end: real files, the real tiny open_clip model, a real library and index on disk."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.engine import Engine
from photoclip.core.vectors import VectorIndex
from tests.photos import snapshot, write_bad_files, write_photo, write_photos

TINY = "photoclip-tiny"


class CountingLoads:
    """Counts how often the pipeline asks for the model (it must not when there is nothing to embed)."""

    def __init__(self, engine: Engine) -> None:
        self.engine, self.calls = engine, 0

    def __call__(self):
        self.calls += 1
        return self.engine.embedder()


def _ok_ids(engine: Engine) -> dict[str, int]:
    rows = engine.library._conn.execute("SELECT path, id FROM photos WHERE status = 'ok'").fetchall()
    return {r[0]: r[1] for r in rows}


def test_index_then_reindex_does_nothing(engine, tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos, 12)
    write_photo(photos / "sub" / "deeper.png", 40, fmt="PNG")
    write_photo(photos / ".hidden" / "secret.jpg", 41)  # hidden folders are not indexed
    (photos / "readme.txt").write_text("not a photo")
    report = engine.index([photos])
    assert report.added == 13 and not report.skipped
    key = engine.active.key
    assert engine.library.vector_counts() == {key: 13}
    assert len(VectorIndex.open(engine.library, key)) == 13

    from photoclip.core.pipeline import run_index

    loads = CountingLoads(engine)
    again = run_index(engine.library, key, loads)
    assert (again.added, again.updated, again.unchanged, loads.calls) == (0, 0, 13, 0)


def test_changed_moved_renamed_and_deleted_files(engine, tmp_path):
    photos = tmp_path / "photos"
    paths = write_photos(photos, 8)
    engine.index([photos])
    ids = _ok_ids(engine)
    key = engine.active.key
    old_vec = engine.library.vector(ids[str(paths[1])], key)

    write_photo(paths[0], 30)  # same name, new picture
    os.utime(paths[0], ns=(time.time_ns(), time.time_ns() + 10**9))
    (photos / "moved").mkdir()
    shutil.move(paths[1], photos / "moved" / "renamed.jpg")
    paths[2].unlink()
    report = engine.index()

    assert (report.updated, report.moved, report.removed, report.added) == (1, 1, 1, 0)
    now = _ok_ids(engine)
    assert now[str(paths[0])] == ids[str(paths[0])]  # a changed file keeps its id
    moved_id = now[str(photos / "moved" / "renamed.jpg")]
    assert moved_id == ids[str(paths[1])]  # a moved file keeps its id ...
    np.testing.assert_array_equal(engine.library.vector(moved_id, key), old_vec)  # ... and its vector
    assert str(paths[2]) not in now
    index = VectorIndex.open(engine.library, key)
    assert len(index) == 7 and ids[str(paths[2])] not in index


def test_touched_but_identical_file_is_not_decoded_again(engine, tmp_path):
    photos = tmp_path / "photos"
    paths = write_photos(photos, 3)
    engine.index([photos])
    os.utime(paths[0], ns=(time.time_ns(), time.time_ns() + 10**9))
    shutil.copy(paths[1], photos / "copy_of_1.jpg")
    report = engine.index()
    assert report.reused == 2 and report.updated == 1 and report.added == 1
    ids = _ok_ids(engine)
    key = engine.active.key
    np.testing.assert_array_equal(engine.library.vector(ids[str(photos / "copy_of_1.jpg")], key),
                                  engine.library.vector(ids[str(paths[1])], key))


def test_copies_new_in_the_same_run_are_decoded_once(engine, tmp_path):
    """Byte-identical new files close together (a download saved twice) fall inside the decoding look-ahead
    before either is stored: the later one still takes the first one's vector instead of being decoded."""
    photos = tmp_path / "photos"
    paths = write_photos(photos, 3)
    shutil.copy(paths[0], photos / "photo_0000 (1).jpg")
    shutil.copy(paths[0], photos / "photo_0000 (2).jpg")
    shutil.copy(paths[2], photos / "zz_last_copy.jpg")
    # One reader thread: with several, a later copy can hash its bytes before the earlier one and both are
    # decoded (harmless, and rare outside a test where all start at once).
    report = engine.index([photos], batch_size=2, workers=1)
    assert (report.added, report.reused, report.skipped) == (6, 3, [])
    ids, key = _ok_ids(engine), engine.active.key
    for copy, original in (("photo_0000 (1).jpg", paths[0]), ("photo_0000 (2).jpg", paths[0]),
                           ("zz_last_copy.jpg", paths[2])):
        np.testing.assert_array_equal(engine.library.vector(ids[str(photos / copy)], key),
                                      engine.library.vector(ids[str(original)], key))
        assert engine.library.photo(ids[str(photos / copy)]).width == engine.library.photo(ids[str(original)]).width
    assert len(VectorIndex.open(engine.library, key)) == 6


def test_bad_files_are_skipped_with_reasons_and_the_run_goes_on(engine, tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos, 4)
    bad = write_bad_files(photos / "bad")
    before = snapshot(photos)
    report = engine.index([photos])
    assert report.added == 4
    reasons = dict(report.skipped)
    assert set(reasons) == {str(p) for p in bad.values()}
    assert "empty" in reasons[str(bad["empty"])]
    assert "truncated" in reasons[str(bad["truncated"])] or "corrupt" in reasons[str(bad["truncated"])]
    assert "40000" in reasons[str(bad["bomb"])]
    assert dict(engine.library.failures()) == reasons
    assert snapshot(photos) == before  # nothing under the photo folder was written

    # Unchanged bad files are not retried; a repaired one is picked up.
    assert engine.index().skipped == []
    write_photo(bad["truncated"], 20)
    os.utime(bad["truncated"], ns=(time.time_ns(), time.time_ns() + 10**9))
    report = engine.index()
    assert report.updated == 1 and engine.library.count_photos() == {"ok": 5, "failed": 4}


def test_missing_folder_is_left_alone(engine, tmp_path):
    photos = tmp_path / "drive"
    write_photos(photos, 3)
    engine.index([photos])
    photos.rename(tmp_path / "unplugged")
    report = engine.index()
    assert report.missing_folders == [str(photos.resolve())]
    assert report.removed == 0 and engine.library.count_photos()["ok"] == 3


def test_a_library_inside_a_photo_folder_is_not_indexed(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    write_photos(photos, 3)
    e = Engine(photos / "photoclip-library", model=TINY, model_file=tiny_model_file)
    try:
        write_photo(e.library.folder / "thumbnails" / "256" / "00" / "1-1.jpg", 9)
        report = e.index([photos])
        assert report.added == 3
    finally:
        e.close()


def test_nested_folders_are_indexed_once(engine, tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos / "2023", 3)
    write_photos(photos, 2, start=10)
    engine.index([photos / "2023"])
    report = engine.index([photos])
    assert (report.added, report.updated, report.moved, report.reused) == (2, 0, 0, 0)  # the 3 are not re-read
    assert engine.library.count_photos()["ok"] == 5
    assert engine.index().unchanged == 5


def test_cancel_keeps_finished_batches_and_next_run_resumes(engine, tmp_path):
    import threading

    photos = tmp_path / "photos"
    write_photos(photos, 20)
    cancel = threading.Event()

    def stop_after_first_batch(p):
        if p.done >= 4 and not p.listing:
            cancel.set()

    report = engine.index([photos], progress=stop_after_first_batch, cancel=cancel, batch_size=4)
    assert report.cancelled
    assert engine.library.count_photos()["ok"] == 20  # listed before the first batch
    first = engine.library.vector_count(engine.active.key)
    assert 4 <= first < 20
    report = engine.index(batch_size=4)
    assert report.added == 20 - first and engine.library.count_photos()["ok"] == 20
    assert len(VectorIndex.open(engine.library, engine.active.key)) == 20


def _run_cli_until_some_indexed(args: list[str], db: Path, sig: int) -> int:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    # Ctrl+C as in a terminal. A test run started in the background by a shell without job control (`pytest &`,
    # nohup) has SIGINT ignored, which its children inherit, and Python then leaves it ignored: the run would go on
    # to its end and exit 0.
    code = ("import signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
            "from photoclip.cli import main; sys.exit(main(sys.argv[1:]))")
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    # The tiny model embeds a batch in a few milliseconds: the signal must follow the first batches closely (one
    # connection, polled every 5 ms), or the run may be over before it lands.
    conn: sqlite3.Connection | None = None
    try:
        while time.monotonic() < deadline:
            if conn is None and db.exists():
                conn = sqlite3.connect(db, timeout=0.1)
            if conn is not None:
                try:
                    if conn.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] >= 4:
                        break
                except sqlite3.OperationalError:
                    pass
            if proc.poll() is not None:
                break
            time.sleep(0.005)
        proc.send_signal(sig)
        proc.wait(60)
    finally:
        if conn is not None:
            conn.close()
        if proc.poll() is None:
            proc.kill()
    return proc.returncode


N_INTERRUPTED = 150


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "crash"])
def test_interrupted_cli_run_loses_at_most_a_batch_and_resumes(tmp_path, tiny_model_file, sig):
    photos = tmp_path / "photos"
    write_photos(photos, N_INTERRUPTED)
    lib = tmp_path / "library"
    args = ["index", str(photos), "--library", str(lib), "--model", TINY, "--model-file", str(tiny_model_file),
            "--batch-size", "4", "--workers", "1", "--quiet"]
    code = _run_cli_until_some_indexed(args, lib / "library.sqlite3", sig)
    assert code in ((130,) if sig == signal.SIGINT else (-signal.SIGKILL,))
    e = Engine(lib)
    try:
        # Every photo was listed before the first batch; the vectors stored are whole batches, and the index
        # (a cache) catches up with them when the library is next opened.
        n = N_INTERRUPTED
        assert e.library.count_photos() == {"ok": n, "failed": 0}
        done = e.library.vector_counts().get(e.active.key, 0)
        assert 4 <= done < n, "the run should have been stopped part-way"
        report = e.index()
        assert report.added == n - done
        assert e.library.count_photos() == {"ok": n, "failed": 0}
        assert len(VectorIndex.open(e.library, e.active.key)) == n
    finally:
        e.close()
