"""Watching the library's photo folders: watchdog events in, one debounced call per settled burst of changes out.

File-system events arrive by the thousand when a camera card is copied, and each one describes a file that may
still be half written. The pipeline wants neither: it wants to hear "folder X changed" once, after the copy is
over. `FolderWatcher` therefore only *remembers* relevant events (photo files created, written, renamed or
deleted; folders created, renamed or deleted) and a background thread reports the watched folders they fall in
when two things hold:

* no relevant event arrived for ``settle_s`` seconds, and
* every touched file that still exists kept the same (size, mtime_ns) between the stat taken at its last event
  and a stat taken at least ``settle_s`` later -- so a file written without events (some copy tools, network
  shares) is not read half-way either. Deleted and moved-away files need no such check.

What counts as a photo, and which folders are skipped (hidden ones), mirrors `scan.walk_photos`, so the watcher
never wakes the indexer for something a scan would not look at. Reading photos (which the indexer itself does
all the time) is never an event here, or indexing would trigger itself.

No Qt: ``on_change`` is called on the watcher's own thread, and the app marshals it to its worker.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable

import watchdog.events
from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
    FileSystemMovedEvent,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch

from photoclip.core.photo_words import SIDECAR_EXT
from photoclip.core.scan import is_photo_name

log = logging.getLogger(__name__)

# Browsers, editors and copy tools write under these names and rename when done; the rename is the real event.
_TEMP_PREFIXES = (".", "~$")
_TEMP_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", "~")

# Opened/closed-without-writing are left out on purpose: the indexer opens every photo it reads. On Linux the
# filter also narrows the inotify mask, so those reads do not even reach Python. A directory *created* counts
# because on some back-ends a folder moved in from outside the watched tree arrives as that event alone.
_WATCHED_EVENTS: tuple[type[FileSystemEvent], ...] = (
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
)
# A touched mtime (os.utime, `touch`) is an attribute event in newer watchdog; older ones report it as modified.
if hasattr(watchdog.events, "FileAttribEvent"):
    _WATCHED_EVENTS += (watchdog.events.FileAttribEvent,)

Stat = tuple[int, int]  # (size, mtime_ns)


def is_temp_name(name: str) -> bool:
    lower = name.lower()
    return lower.startswith(_TEMP_PREFIXES) or lower.endswith(_TEMP_SUFFIXES)


def _stat(path: str) -> Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: FolderWatcher) -> None:
        self._watcher = watcher

    def dispatch(self, event: FileSystemEvent) -> None:
        # Runs on watchdog's thread while it holds its observer lock: keep it short, never call the observer.
        try:
            self._watcher._on_event(event)
        except Exception:  # one odd event must not stop watchdog from delivering the next ones
            log.exception("folder watcher: cannot handle %r", event)


class FolderWatcher:
    """Reports, through ``on_change(folders)``, which watched folders changed once their changes have settled.

    ``folders`` are watched recursively. A folder inside another watched folder is covered by the outer one's
    watch and reported as the outer one (the folder a scan of it would be owned by). A folder that does not
    exist is skipped until a later `set_folders`. ``on_change`` receives the folders as they were given (as
    strings); an exception it raises is logged and the watcher carries on. Changes still settling when `stop`
    is called are dropped: the app rescans on start anyway.
    """

    def __init__(
        self,
        folders: Iterable[str | os.PathLike[str]],
        on_change: Callable[[set[str]], None],
        *,
        settle_s: float = 2.0,
        poll_s: float = 0.25,
    ) -> None:
        if settle_s < 0 or poll_s <= 0:
            raise ValueError(f"settle_s must be >= 0 and poll_s > 0, got {settle_s} and {poll_s}")
        self.settle_s = settle_s
        self.poll_s = poll_s
        self._on_change = on_change
        self._handler = _Handler(self)
        # Two locks: `_admin` serialises start/stop/set_folders (which call into watchdog); `_lock` guards the
        # event state and is what watchdog's thread takes in `_on_event`. Never call the observer while holding
        # `_lock`: watchdog dispatches events while holding its own lock, so that would be a lock-order deadlock.
        self._admin = threading.Lock()
        self._lock = threading.Lock()
        self._roots: dict[str, str] = _outermost(folders)  # real path -> folder as given
        self._observer: BaseObserver | None = None
        self._watches: dict[str, ObservedWatch] = {}
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        # Pending changes, all under `_lock`:
        self._dirty: set[str] = set()  # real roots with a relevant event since the last report
        self._touched: dict[str, Stat | None] = {}  # file -> its stat at its latest event (None: absent then)
        self._last_event = 0.0  # monotonic time of the latest relevant event
        self._not_before = 0.0  # a stability check failed: look again no earlier than this

    # -- life cycle ---------------------------------------------------------------------------------------

    def start(self) -> None:
        with self._admin:
            if self._observer is not None:
                return
            self._stopping.clear()
            self._observer = Observer()
            self._watches = {}
            self._schedule_missing()
            self._observer.start()
            self._thread = threading.Thread(target=self._settle_loop, name="photoclip-watcher", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop watching and join the threads; pending changes are dropped. Safe to call more than once, and
        from inside ``on_change`` (the watcher's own thread is then not joined, it ends after the call)."""
        with self._admin:
            observer, thread = self._observer, self._thread
            self._observer, self._thread, self._watches = None, None, {}
            self._stopping.set()
            if observer is not None:
                observer.stop()
                observer.join()
            if thread is not None and thread is not threading.current_thread():
                thread.join()
            with self._lock:
                self._dirty.clear()
                self._touched.clear()

    def set_folders(self, folders: Iterable[str | os.PathLike[str]]) -> None:
        """Watch these folders from now on. Folders that were missing and exist now are picked up, and so is a
        folder whose watch ended (it was deleted or unmounted, then came back)."""
        roots = _outermost(folders)
        with self._admin:
            with self._lock:
                self._roots = roots
                # Changes in folders no longer watched are nobody's business any more.
                self._dirty &= roots.keys()
                self._touched = {p: s for p, s in self._touched.items() if _root_of(p, roots) is not None}
            if self._observer is None:
                return
            alive = {e.watch for e in self._observer.emitters if e.is_alive()}
            for real, watch in list(self._watches.items()):
                if real not in roots or watch not in alive:
                    with contextlib.suppress(KeyError, OSError):  # already gone with its folder
                        self._observer.unschedule(watch)
                    del self._watches[real]
            self._schedule_missing()

    @property
    def watched(self) -> list[str]:
        """The folders (as given) that have a live watch now; the others are missing or could not be watched."""
        with self._admin:
            return sorted(self._roots[r] for r in self._watches if r in self._roots)

    def __enter__(self) -> FolderWatcher:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _schedule_missing(self) -> None:
        assert self._observer is not None
        for real in self._roots:
            if real in self._watches or not os.path.isdir(real):
                continue
            try:
                self._watches[real] = self._observer.schedule(
                    self._handler, real, recursive=True, event_filter=list(_WATCHED_EVENTS)
                )
            except OSError as e:  # vanished meanwhile, no permission, or the OS's limit on watches is reached
                log.warning("folder watcher: cannot watch %s: %s", real, e)

    # -- events (watchdog's thread) -----------------------------------------------------------------------

    def _on_event(self, event: FileSystemEvent) -> None:
        if not isinstance(event, _WATCHED_EVENTS):
            return
        # (path, wants a stability check): a file that now exists under this name must stop changing first;
        # a name that was deleted or moved away is a change as it is.
        items: list[tuple[str, bool]] = []
        if isinstance(event, FileSystemMovedEvent):
            items.append((os.fsdecode(event.src_path), False))
            if event.dest_path:
                items.append((os.fsdecode(event.dest_path), not event.is_directory))
        else:
            is_file_write = not event.is_directory and not isinstance(event, FileDeletedEvent)
            items.append((os.fsdecode(event.src_path), is_file_write))
        with self._lock:
            roots = self._roots
        found: list[tuple[str, str, Stat | None, bool]] = []
        for path, check in items:
            root = _root_of(path, roots)
            if root is None or not _relevant(path, root, event.is_directory):
                continue
            found.append((root, path, _stat(path) if check else None, check))
        if not found:
            return
        with self._lock:
            for root, path, stat, check in found:
                if root not in self._roots:  # set_folders dropped it while we were stat-ing
                    continue
                self._dirty.add(root)
                if check:
                    self._touched[path] = stat
            self._last_event = time.monotonic()

    # -- settling (the watcher's thread) ------------------------------------------------------------------

    def _settle_loop(self) -> None:
        while not self._stopping.is_set():
            with self._lock:
                due = max(self._last_event + self.settle_s, self._not_before) if self._dirty else None
                last_event = self._last_event
                touched = dict(self._touched)
            now = time.monotonic()
            if due is None or now < due:
                self._stopping.wait(self.poll_s if due is None else min(self.poll_s, due - now))
                continue
            # Every stat in `touched` was taken at or before `last_event`, at least settle_s ago.
            moved_on: dict[str, Stat] = {}
            for path, before in touched.items():
                current = _stat(path)
                if current is not None and current != before:
                    moved_on[path] = current
            with self._lock:
                if self._last_event != last_event:
                    continue  # new events while we looked: they restart the quiet period
                if moved_on:
                    # Still being written without telling us: wait a full settle period from this new stat.
                    self._touched.update(moved_on)
                    self._not_before = time.monotonic() + self.settle_s
                    continue
                changed = {self._roots[r] for r in self._dirty if r in self._roots}
                self._dirty.clear()
                self._touched.clear()
                self._not_before = 0.0
            if changed and not self._stopping.is_set():
                try:
                    self._on_change(changed)
                except Exception:  # the app's bug must not end watching
                    log.exception("folder watcher: on_change failed for %s", sorted(changed))


def _outermost(folders: Iterable[str | os.PathLike[str]]) -> dict[str, str]:
    """real path -> folder as given, without folders that lie inside another (their events come from it)."""
    given: dict[str, str] = {}
    for f in folders:
        given.setdefault(os.path.realpath(f), os.fspath(f))
    kept: dict[str, str] = {}
    for real in sorted(given):
        if _root_of(real, kept) is None:
            kept[real] = given[real]
    return kept


def _root_of(path: str, roots: Iterable[str]) -> str | None:
    for root in roots:
        if path == root or path.startswith(root.rstrip(os.sep) + os.sep):
            return root
    return None


def _relevant(path: str, root: str, is_directory: bool) -> bool:
    rel = os.path.relpath(path, root)
    if rel == os.curdir:
        return is_directory  # the watched folder itself was deleted or moved
    parts = rel.split(os.sep)
    # Hidden folders anywhere below the root are skipped by the scanner, so their content is no change.
    if any(p.startswith(".") for p in parts):
        return False
    if is_directory:
        return True
    name = parts[-1]
    # A sidecar edited by another program changes the photo's searchable words, though not the photo.
    sidecar = name.lower().endswith(SIDECAR_EXT) and not name.startswith(".")
    return (is_photo_name(name) or sidecar) and not is_temp_name(name)
