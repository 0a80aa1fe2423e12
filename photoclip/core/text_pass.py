"""The background pass that reads the text in photos (see `photo_text`) and keeps it for search (`text_index`).

It runs after the embedding pass, never instead of it: a photo is searchable by CLIP before its text is read.
What it has done is recorded per photo with the content hash it read, so the pass resumes after a crash or a
restart where it stopped (at most the photo in hand is read again), and a photo edited since is read again.
Copies (the same content hash under another path) take the text already read. It reads one photo at a time on a
single worker thread whose scheduling priority is lowered (on Linux, where a thread has its own nice value), so
indexing and the app keep the CPU when they want it; it can be paused and cancelled between photos, and reports
its own progress.

Whether the pass runs is a library-wide setting (`enabled`), off by default: on this project's 2-core machine
the first look alone adds about 90 % to a first index run of textless photos, and each photo with text about a
CPU-second more (README, "Text in photos").
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from photoclip.core import text_index

if TYPE_CHECKING:
    from photoclip.core.library import Library
    from photoclip.core.photo_text import PhotoText, TextReader

SETTING = "read_text"
DEFAULT_ENABLED = False
# How much lower the worker thread's priority is than the process's (nice levels; 19 is the lowest).
NICE = 10


def enabled(library: Library) -> bool:
    value = library.get_setting(SETTING)
    return DEFAULT_ENABLED if value is None else value == "on"


def set_enabled(library: Library, on: bool) -> None:
    library.set_setting(SETTING, "on" if on else "off")


@dataclass(frozen=True)
class TextProgress:
    done: int
    total: int
    with_text: int  # photos found to hold text so far in this run
    rate: float  # photos per second, pauses left out
    eta_s: float | None
    current: str | None = None


@dataclass
class TextReport:
    read: int = 0  # photos whose text is now known (copies included)
    with_text: int = 0
    looked_only: int = 0  # photos the first look found no text in
    copied: int = 0  # copies of photos read before, not read again
    failed: int = 0
    cancelled: bool = False
    elapsed_s: float = 0.0
    paused_s: float = 0.0


def todo(library: Library) -> list[tuple[int, str, str]]:
    """(photo id, path, content hash) of the usable photos whose current content has not been read, by id."""
    return [(r[0], r[1], r[2]) for r in library.db.execute(
        "SELECT p.id, p.path, p.content_hash FROM photos AS p LEFT JOIN photo_text AS t ON t.photo_id = p.id "
        "WHERE p.status = 'ok' AND p.content_hash IS NOT NULL "
        "AND (t.photo_id IS NULL OR t.content_hash != p.content_hash) ORDER BY p.id")]


def counts(library: Library) -> tuple[int, int]:
    """(photos whose text is read, usable photos), for "text read in N of M photos"."""
    done, _with_text = text_index.counts(library)
    total = library.db.execute(
        "SELECT COUNT(*) FROM photos WHERE status = 'ok' AND content_hash IS NOT NULL").fetchone()[0]
    return done, int(total)


def _still(library: Library, photo_id: int, digest: str) -> bool:
    return library.db.execute("SELECT 1 FROM photos WHERE id = ? AND content_hash = ?",
                              (photo_id, digest)).fetchone() is not None


def _lower_priority() -> None:
    # Linux gives each thread its own nice value; elsewhere this would lower the whole process (the UI too),
    # so there the pass relies on using a single thread.
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)


def _read(reader: Callable[[], TextReader], path: str) -> PhotoText | str:
    from photoclip.core.imaging import ImageError

    try:
        return reader().read(path)
    except ImageError as e:
        return str(e)
    except Exception as e:  # one unreadable photo never ends the pass; the reason is kept with the photo
        return f"{type(e).__name__}: {e}"


def run_text_pass(
    library: Library,
    *,
    reader: Callable[[], TextReader] | None = None,
    progress: Callable[[TextProgress], None] | None = None,
    cancel: threading.Event | None = None,
    pause: threading.Event | None = None,
) -> TextReport:
    """Read the text of every photo not read yet (see the module's note). ``reader`` makes the TextReader on
    the worker thread (the shared one when None). Stops between photos when ``cancel`` is set, waits between
    photos while ``pause`` is set (that time left out of the rate and reported as ``paused_s``)."""
    if reader is None:
        from photoclip.core.photo_text import shared_reader

        reader = shared_reader
    report = TextReport()
    started = time.monotonic()
    items = todo(library)
    total = len(items)

    def emit(done: int, current: str | None) -> None:
        if progress is None:
            return
        busy = max(time.monotonic() - started - report.paused_s, 1e-6)
        rate = done / busy
        eta = (total - done) / rate if rate > 0 else None
        progress(TextProgress(done, total, report.with_text, rate, eta, current))

    def wait_while_paused() -> None:
        if pause is None or not pause.is_set():
            return
        since = time.monotonic()
        while pause.is_set() and not (cancel is not None and cancel.is_set()):
            time.sleep(0.05)
        report.paused_s += time.monotonic() - since

    def copy_of(pid: int, digest: str) -> tuple[str, int] | None:
        """(text, looked_only) of another photo with this content, read before without an error."""
        return library.db.execute(
            "SELECT text, looked_only FROM photo_text WHERE content_hash = ? AND photo_id != ? "
            "AND error IS NULL LIMIT 1", (digest, pid)).fetchone()

    def next_to_read(after: int, reading: str) -> int | None:
        # The look-ahead skips copies: of a photo read before, or of the one being read now (stored before the
        # loop reaches its copy). Should that read fail, the copy is read itself when its turn comes.
        for j in range(after + 1, total):
            pid_j, _path, digest_j = items[j]
            if digest_j != reading and copy_of(pid_j, digest_j) is None:
                return j
        return None

    emit(0, None)
    with ThreadPoolExecutor(1, thread_name_prefix="photoclip-text", initializer=_lower_priority) as pool:
        # The next photo that is no copy, read while this one is stored.
        ahead: tuple[int, Future[PhotoText | str]] | None = None
        for i, (pid, path, digest) in enumerate(items):
            wait_while_paused()
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            known = copy_of(pid, digest)
            if known is not None:  # a copy of a photo read before
                if ahead is not None and ahead[0] == i:  # became a copy since it was queued (another process)
                    ahead[1].cancel()
                    ahead = None
                with library.transaction():
                    text_index.store(library, pid, digest, known[0], bool(known[1]))
                report.copied += 1
                report.with_text += int(bool(known[0]))
            else:
                if ahead is not None and ahead[0] == i:
                    future, ahead = ahead[1], None
                else:
                    future = pool.submit(_read, reader, path)
                if ahead is None and not (pause is not None and pause.is_set()):
                    j = next_to_read(i, digest)
                    if j is not None:
                        ahead = (j, pool.submit(_read, reader, items[j][1]))
                result = future.result()
                with library.transaction():
                    # A photo removed or changed while it was read is left: the next pass reads what is there now.
                    if _still(library, pid, digest):
                        if isinstance(result, str):
                            text_index.store(library, pid, digest, "", True, error=result)
                            report.failed += 1
                        else:
                            text_index.store(library, pid, digest, result.text, result.looked_only)
                            report.looked_only += int(result.looked_only)
                            report.with_text += int(bool(result.text))
            report.read += 1
            emit(i + 1, path)
        if ahead is not None:
            ahead[1].cancel()
    report.elapsed_s = time.monotonic() - started
    return report
