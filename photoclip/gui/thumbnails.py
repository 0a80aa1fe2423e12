"""Thumbnails for the grid, the way calibre's cover cache does it.

The delegate asks `ThumbnailLoader.pixmap` "cached or none?" while painting; the answer comes from a RAM LRU of
QPixmaps and never touches the disk. A miss is queued, newest request first (what was painted last is what is
on screen now), and a small QThreadPool of runnables works the queue: each takes the newest request, reads the
disk cache (`core.thumbnails.ThumbnailCache`, keyed by photo id and mtime) or renders the photo into it, loads
the JPEG into a QImage scaled for the screen, and posts it back by a queued signal. Only the UI thread turns
QImages into QPixmaps (QPixmap is a screen resource), then says `ready(photo_id)` so the view repaints that
one cell.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from photoclip.gui.qt import QImage, QObject, QPixmap, QRunnable, Qt, QThreadPool, Signal

if TYPE_CHECKING:
    from photoclip.core.thumbnails import ThumbnailCache

log = logging.getLogger(__name__)

RAM_ITEMS = 4000  # at most this many pixmaps, and fewer for big ones (see _ram_items)
MAX_QUEUED = 600  # older requests than this are for cells long scrolled away
POOL_THREADS = 3


def _ram_items(size_px: int) -> int:
    # Keep the LRU near 300 MB whatever the zoom: a pixmap costs about size² × 4 bytes.
    return max(300, min(RAM_ITEMS, 300_000_000 // max(1, size_px * size_px * 4)))


class _Emitter(QObject):
    # object, not int: Qt's int is 32 bits and an mtime in nanoseconds is not.
    done = Signal(object, object, object, object, str)  # photo id, mtime_ns, generation, QImage or None, error


class _Worker(QRunnable):
    """Works the loader's queue until it is empty (one runnable per pool thread, not one per photo)."""

    def __init__(self, loader: ThumbnailLoader) -> None:
        super().__init__()
        self.loader = loader

    def run(self) -> None:
        loader = self.loader
        while True:
            job = loader._take()
            if job is None:
                return
            pid, path, mtime_ns, generation, cache, px, dpr = job
            image, error = None, ""
            try:
                file = cache.get(pid, mtime_ns) or cache.render(pid, path, mtime_ns)
                image = QImage(str(file))
                if image.isNull():
                    raise OSError(f"cannot read the cached thumbnail {file}")
                target = round(px * dpr)
                if max(image.width(), image.height()) > target:
                    image = image.scaled(target, target, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
                image.setDevicePixelRatio(dpr)
            except Exception as e:  # an unreadable photo gets a "broken" tile, never a crash
                error = str(e) or type(e).__name__
                image = None
            loader._emitter.done.emit(pid, mtime_ns, generation, image, error)


class ThumbnailLoader(QObject):
    ready = Signal(object)  # (a photo id) the photo's pixmap (or its failure) is now known: repaint its cell

    def __init__(self, parent: QObject | None = None, threads: int = POOL_THREADS) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._emitter = _Emitter()
        self._emitter.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._cache: ThumbnailCache | None = None
        self._base_cache: ThumbnailCache | None = None
        self._size = 176
        self._dpr = 1.0
        self._generation = 0
        self._ram: OrderedDict[int, tuple[int, QPixmap]] = OrderedDict()
        self._failed: dict[int, tuple[int, str]] = {}
        # Guarded by _lock: the pool threads take from it.
        self._lock = threading.Lock()
        self._queue: OrderedDict[int, tuple[str, int]] = OrderedDict()
        self._in_flight: set[int] = set()
        self._workers = 0

    # -- settings -----------------------------------------------------------------------------------------

    def set_cache(self, cache: ThumbnailCache) -> None:
        self._base_cache = cache
        self._pick_cache()

    def set_size(self, size_px: int, device_pixel_ratio: float = 1.0) -> None:
        if (size_px, device_pixel_ratio) == (self._size, self._dpr):
            return
        self._size, self._dpr = size_px, device_pixel_ratio
        self._pick_cache()

    @property
    def size(self) -> int:
        return self._size

    def _pick_cache(self) -> None:
        from photoclip.core.thumbnails import ThumbnailCache

        base = self._base_cache
        if base is None:
            return
        # The disk cache keeps one size level per zoom band: 256 px serves every cell on a normal screen, a
        # HiDPI screen at a large zoom gets a sharper 512 px level beside it.
        needed = self._size * self._dpr
        level = 256 if needed <= 256 else 512
        self._cache = base if base.size == level else ThumbnailCache(base.folder, level)
        self.clear()

    def clear(self) -> None:
        """Forget every pixmap (new size or new cache); cells will ask again."""
        self._generation += 1
        self._ram.clear()
        self._failed.clear()
        with self._lock:
            self._queue.clear()

    def forget(self, photo_ids: list[int]) -> None:
        for pid in photo_ids:
            self._ram.pop(pid, None)
            self._failed.pop(pid, None)

    # -- the delegate's question --------------------------------------------------------------------------

    def pixmap(self, photo_id: int, path: str, mtime_ns: int) -> QPixmap | None:
        """The thumbnail if it is in RAM; otherwise None, and it is queued (newest first)."""
        hit = self._ram.get(photo_id)
        if hit is not None and hit[0] == mtime_ns:
            self._ram.move_to_end(photo_id)
            return hit[1]
        failed = self._failed.get(photo_id)
        if failed is not None and failed[0] == mtime_ns:
            return None
        self._request(photo_id, path, mtime_ns)
        return None

    def failure(self, photo_id: int) -> str | None:
        f = self._failed.get(photo_id)
        return f[1] if f else None

    def _request(self, photo_id: int, path: str, mtime_ns: int) -> None:
        if self._cache is None:
            return
        with self._lock:
            if photo_id in self._in_flight:
                return
            self._queue[photo_id] = (path, mtime_ns)
            self._queue.move_to_end(photo_id)
            while len(self._queue) > MAX_QUEUED:
                self._queue.popitem(last=False)
            start = self._workers < self._pool.maxThreadCount()
            if start:
                self._workers += 1
        if start:
            self._pool.start(_Worker(self))

    def _take(self) -> tuple[int, str, int, int, ThumbnailCache, int, float] | None:
        with self._lock:
            if not self._queue or self._cache is None:
                self._workers -= 1
                return None
            pid, (path, mtime_ns) = self._queue.popitem(last=True)  # LIFO: the cell painted last is on screen
            self._in_flight.add(pid)
            return pid, path, mtime_ns, self._generation, self._cache, self._size, self._dpr

    def _on_done(self, pid: int, mtime_ns: int, generation: int, image: QImage | None, error: str) -> None:
        with self._lock:
            self._in_flight.discard(pid)
        if generation != self._generation:
            return
        if image is None:
            self._failed[pid] = (mtime_ns, error)
        else:
            self._ram[pid] = (mtime_ns, QPixmap.fromImage(image))
            while len(self._ram) > _ram_items(round(self._size * self._dpr)):
                self._ram.popitem(last=False)
        self.ready.emit(pid)

    def pending(self) -> int:
        with self._lock:
            return len(self._queue) + len(self._in_flight)

    def shutdown(self) -> None:
        with self._lock:
            self._queue.clear()
        self._pool.waitForDone(5000)
