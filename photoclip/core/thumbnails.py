"""The disk cache of photo thumbnails the app's grid shows.

A thumbnail is a small upright JPEG keyed by photo id *and* the photo's mtime, so an edited photo simply misses
the cache and gets a fresh thumbnail; nothing has to be invalidated by hand. Files live under
``<folder>/<size>/<id % 256 as 2 hex digits>/<id>-<mtime_ns>.jpg``: the size level lets the grid change its zoom
without mixing sizes, and the 256 shards keep any one directory small enough to list quickly on every file system.

`ThumbnailCache` is safe to share between threads: the app renders from a thread pool while the UI thread asks
`get` for what is already there. No Qt here: the app turns the JPEG into a QImage itself.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

JPEG_QUALITY = 85
_LOCK_STRIPES = 64
# Striped locks, shared by every cache object (each Engine has its own over the same folder): renders of one
# photo (a stale and a fresh mtime racing, say) must not delete each other's files half-way, while different
# photos still render fully in parallel.
_LOCKS = [threading.Lock() for _ in range(_LOCK_STRIPES)]


class ThumbnailCache:
    def __init__(self, folder: str | os.PathLike[str], size: int = 256) -> None:
        if size < 1:
            raise ValueError(f"thumbnail size must be positive, got {size}")
        self.folder = Path(folder)
        self.size = size
        self._root = self.folder / str(size)

    def path_for(self, photo_id: int, mtime_ns: int) -> Path:
        return self._shard(self._root, photo_id) / f"{photo_id}-{mtime_ns}.jpg"

    def get(self, photo_id: int, mtime_ns: int) -> Path | None:
        """The cached thumbnail if it exists; one stat, cheap enough to call while painting."""
        path = self.path_for(photo_id, mtime_ns)
        return path if path.is_file() else None

    def render(self, photo_id: int, source: str | os.PathLike[str], mtime_ns: int) -> Path:
        """Decode ``source``, write its thumbnail and return the path; older thumbnails of the photo go.

        Raises `imaging.ImageError` for a photo that cannot be decoded (its text is fit to show), `OSError` when
        the cache folder cannot be written.
        """
        # Here, not at the top: `imaging` brings every image decoder (Pillow, HEIF, RAW; ~0.2-0.4 s of imports),
        # and the window makes its cache object while it is shown, before any thumbnail is rendered.
        from photoclip.core import imaging

        img = imaging.make_thumbnail(source, self.size)  # outside any lock: decoding is the slow, parallel part
        target = self.path_for(photo_id, mtime_ns)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the target and rename: a reader (or a crash) never sees half a JPEG under the real name.
        # The temp name starts with '.' and ends with .tmp, so a folder watcher would ignore it as well.
        fd, tmp = tempfile.mkstemp(prefix=f".{photo_id}-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                img.save(f, format="JPEG", quality=JPEG_QUALITY)
            with _LOCKS[photo_id % _LOCK_STRIPES]:
                os.replace(tmp, target)
                for old in self._files_of(self._root, photo_id):
                    if old != target:
                        with contextlib.suppress(FileNotFoundError):
                            old.unlink()
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return target

    def discard(self, photo_ids: Iterable[int]) -> None:
        """Forget the thumbnails of photos that left the library, at every size ever cached."""
        roots = self._size_dirs()
        for photo_id in photo_ids:
            with _LOCKS[photo_id % _LOCK_STRIPES]:
                for root in roots:
                    for path in self._files_of(root, photo_id):
                        with contextlib.suppress(FileNotFoundError):
                            path.unlink()

    # -- helpers ------------------------------------------------------------------------------------------

    @staticmethod
    def _shard(root: Path, photo_id: int) -> Path:
        return root / f"{photo_id % 256:02x}"

    def _files_of(self, root: Path, photo_id: int) -> list[Path]:
        # Temp files (".<id>-*.tmp") are left alone: another thread may be about to rename one into place.
        return list(self._shard(root, photo_id).glob(f"{photo_id}-*.jpg"))

    def _size_dirs(self) -> list[Path]:
        try:
            return [d for d in self.folder.iterdir() if d.is_dir() and d.name.isdigit()]
        except FileNotFoundError:
            return []
