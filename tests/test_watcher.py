"""The folder watcher over a real watchdog observer and real files in temporary folders."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from photoclip.core.watcher import FolderWatcher
from tests.photos import jpeg_bytes, write_photo

SETTLE = 0.3


class Calls:
    """Records on_change calls with their time; waits for them without sleeping longer than needed."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, set[str]]] = []
        self._cond = threading.Condition()

    def __call__(self, roots: set[str]) -> None:
        with self._cond:
            self.calls.append((time.monotonic(), roots))
            self._cond.notify_all()

    def wait(self, n: int = 1, timeout: float = 5.0) -> list[set[str]]:
        with self._cond:
            self._cond.wait_for(lambda: len(self.calls) >= n, timeout)
            return [roots for _, roots in self.calls]

    def quiet(self, seconds: float) -> list[set[str]]:
        """The calls after waiting ``seconds`` (for asserting that nothing more comes)."""
        time.sleep(seconds)
        with self._cond:
            return [roots for _, roots in self.calls]


@pytest.fixture
def watch(tmp_path) -> Iterator[Callable[..., tuple[FolderWatcher, Calls]]]:
    started: list[FolderWatcher] = []

    def make(*folders: Path, settle_s: float = SETTLE, poll_s: float = 0.05) -> tuple[FolderWatcher, Calls]:
        calls = Calls()
        w = FolderWatcher(folders, calls, settle_s=settle_s, poll_s=poll_s)
        w.start()
        started.append(w)
        return w, calls

    yield make
    for w in started:
        w.stop()


def test_a_new_photo_is_one_call_with_its_root(tmp_path, watch):
    root = tmp_path / "photos"
    (root / "2024" / "summer").mkdir(parents=True)
    _w, calls = watch(root)
    written = time.monotonic()
    write_photo(root / "2024" / "summer" / "beach.jpg", 1)
    assert calls.wait(1) == [{str(root)}]
    assert calls.calls[0][0] - written >= SETTLE  # not before the quiet period
    assert calls.quiet(2 * SETTLE) == [{str(root)}]  # and only once


def test_a_burst_of_files_is_reported_once_after_it_ends(tmp_path, watch):
    root = tmp_path / "photos"
    root.mkdir()
    _w, calls = watch(root)
    data = jpeg_bytes(2)
    for i in range(200):
        (root / f"img_{i:04d}.jpg").write_bytes(data)
    last_write = time.monotonic()
    assert calls.wait(1)
    assert calls.calls[0][0] >= last_write
    assert len(calls.quiet(2 * SETTLE)) <= 2
    assert all(roots == {str(root)} for roots in calls.wait(0))


def test_a_growing_file_is_reported_only_when_it_stops(tmp_path, watch):
    root = tmp_path / "photos"
    root.mkdir()
    _w, calls = watch(root, settle_s=0.5)
    data = jpeg_bytes(3, size=600)
    chunks = [data[i : i + len(data) // 7 + 1] for i in range(0, len(data), len(data) // 7 + 1)]
    path = root / "copying.jpg"
    for i, chunk in enumerate(chunks):  # ~2 s of a slow copy
        if i:
            time.sleep(0.3)
        with path.open("ab") as f:
            f.write(chunk)
    last_write = time.monotonic()
    assert calls.wait(1) == [{str(root)}]
    assert calls.calls[0][0] - last_write >= 0.5
    assert path.read_bytes() == data


def test_writes_without_events_are_still_waited_for(tmp_path):
    """The size check, on its own: a file whose (size, mtime) differs from the stat taken at its last event is
    not reported until it has been stable for a full settle period (as on shares that deliver no events)."""
    root = tmp_path / "photos"
    root.mkdir()
    calls = Calls()
    w = FolderWatcher([root], calls, settle_s=SETTLE, poll_s=0.05)
    path = root / "a.jpg"
    path.write_bytes(b"half")
    w._on_event(_created(path))  # the watcher saw the file at 4 bytes; no observer, so no more events come
    path.write_bytes(jpeg_bytes(4))
    fixed_at = time.monotonic()
    thread = threading.Thread(target=w._settle_loop, daemon=True)
    thread.start()
    try:
        assert calls.wait(1) == [{str(root)}]
        assert calls.calls[0][0] - fixed_at >= 2 * SETTLE - 0.05  # one failed check, then a full period
    finally:
        w.stop()  # never started, but it still tells the loop to end
        thread.join(2)


def test_rename_move_and_delete_are_reported(tmp_path, watch):
    root, other = tmp_path / "photos", tmp_path / "elsewhere"
    (root / "album").mkdir(parents=True)
    other.mkdir()
    a = write_photo(root / "a.jpg", 1)
    b = write_photo(root / "album" / "b.jpg", 2)
    c = write_photo(root / "c.jpg", 3)
    _w, calls = watch(root)

    a.rename(root / "renamed.jpg")
    assert calls.wait(1) == [{str(root)}]
    os.utime(c, ns=(time.time_ns(), time.time_ns() + 10**9))  # touched: the scan re-checks it by mtime
    assert calls.wait(2)[1] == {str(root)}
    b.unlink()
    assert calls.wait(3)[2] == {str(root)}
    shutil.move(c, other / "c.jpg")  # moved out of the watched tree: gone
    assert calls.wait(4)[3] == {str(root)}
    shutil.rmtree(root / "album")  # a folder deleted
    assert calls.wait(5)[4] == {str(root)}
    (other / "trip").mkdir()
    write_photo(other / "trip" / "d.jpg", 4)
    shutil.move(other / "trip", root / "trip")  # a folder moved in, photos and all
    assert calls.wait(6)[5] == {str(root)}
    assert len(calls.quiet(2 * SETTLE)) == 6


def test_non_photos_temp_files_hidden_folders_and_reads_are_ignored(tmp_path, watch):
    root = tmp_path / "photos"
    root.mkdir()
    existing = write_photo(root / "old.jpg", 1)
    _w, calls = watch(root)
    (root / "notes.txt").write_text("hello")
    (root / ".hidden.jpg").write_bytes(jpeg_bytes(1))
    (root / "download.jpg.part").write_bytes(jpeg_bytes(1))
    (root / "download.jpg.crdownload").write_bytes(jpeg_bytes(1))
    (root / "edit.tmp").write_bytes(jpeg_bytes(1))
    (root / "backup.jpg~").write_bytes(jpeg_bytes(1))
    (root / ".cache").mkdir()
    (root / ".cache" / "thumb.jpg").write_bytes(jpeg_bytes(1))
    (root / "notes.txt").unlink()
    os.utime(root / "edit.tmp")
    existing.read_bytes()  # the indexer reads photos all the time: that is no change
    assert calls.quiet(3 * SETTLE) == []
    # A download finishing: the temp file renamed to its real name is a new photo.
    (root / "download.jpg.part").rename(root / "download.jpg")
    assert calls.wait(1) == [{str(root)}]


def test_an_edited_sidecar_is_a_change(tmp_path, watch):
    root = tmp_path / "photos"
    root.mkdir()
    write_photo(root / "IMG_1.jpg", 1)
    _w, calls = watch(root)
    (root / "IMG_1.jpg.xmp").write_text("<x:xmpmeta/>")  # its words changed: search must read them again
    assert calls.wait(1) == [{str(root)}]


def test_stop_is_prompt_and_idempotent_and_drops_pending_changes(tmp_path, watch):
    root = tmp_path / "photos"
    root.mkdir()
    w, calls = watch(root, settle_s=5.0)
    write_photo(root / "a.jpg", 1)
    time.sleep(0.1)
    t = time.monotonic()
    w.stop()
    assert time.monotonic() - t < 1.0
    w.stop()
    write_photo(root / "b.jpg", 2)
    assert calls.quiet(0.2) == []
    assert not [t for t in threading.enumerate() if t.name == "photoclip-watcher"]


def test_set_folders_switches_what_is_watched(tmp_path, watch):
    one, two, later = tmp_path / "one", tmp_path / "two", tmp_path / "later"
    one.mkdir()
    two.mkdir()
    w, calls = watch(one, later)  # `later` does not exist yet: skipped
    assert w.watched == [str(one)]

    w.set_folders([two, later])
    assert w.watched == [str(two)]
    write_photo(one / "a.jpg", 1)  # no longer watched
    write_photo(two / "b.jpg", 2)
    assert calls.wait(1) == [{str(two)}]

    later.mkdir()
    w.set_folders([two, later])  # picked up now that it exists
    assert w.watched == sorted([str(two), str(later)])
    write_photo(later / "c.jpg", 3)
    write_photo(two / "d.jpg", 4)
    assert calls.wait(2)[1] == {str(two), str(later)}
    assert calls.quiet(2 * SETTLE) == [{str(two)}, {str(two), str(later)}]


def test_a_nested_folder_is_reported_as_its_outer_root(tmp_path, watch):
    outer = tmp_path / "photos"
    inner = outer / "phone"
    inner.mkdir(parents=True)
    w, calls = watch(outer, inner)
    assert w.watched == [str(outer)]
    write_photo(inner / "a.jpg", 1)
    assert calls.wait(1) == [{str(outer)}]


def test_a_failing_callback_does_not_stop_the_watcher(tmp_path, caplog):
    root = tmp_path / "photos"
    root.mkdir()
    seen = Calls()

    def flaky(roots: set[str]) -> None:
        seen(roots)
        if len(seen.calls) == 1:
            raise RuntimeError("app bug")

    with FolderWatcher([root], flaky, settle_s=SETTLE, poll_s=0.05):
        write_photo(root / "a.jpg", 1)
        assert len(seen.wait(1)) == 1
        write_photo(root / "b.jpg", 2)
        assert len(seen.wait(2)) == 2
    assert "app bug" in caplog.text


def test_core_modules_import_neither_qt_nor_torch():
    code = (
        "import sys; import photoclip.core.watcher, photoclip.core.thumbnails, photoclip.core.engine; "
        "bad = [m for m in ('torch', 'PySide6', 'open_clip') if m in sys.modules]; "
        "assert not bad, bad"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[1], env={**os.environ, "PYTHONPATH": "."})
    assert done.returncode == 0, done.stdout + done.stderr


def _created(path: Path):
    from watchdog.events import FileCreatedEvent

    return FileCreatedEvent(str(path))
