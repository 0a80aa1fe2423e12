"""Keeping the folder watcher in step with the library's folders, off the UI thread.

Starting a recursive watch walks the whole folder tree (inotify needs one watch per directory), which takes
seconds on a big photo library; so start, re-targeting and stop run on one background thread of their own, in
the order they were asked for. The watcher reports settled changes on its own thread to ``on_change``, which
must be safe to call from there (the bridge's `request_index` is).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from photoclip.gui.queries import FolderInfo

if TYPE_CHECKING:
    from photoclip.core.watcher import FolderWatcher


class Watching:
    def __init__(self, on_change: Callable[[set[str]], None], settle_s: float) -> None:
        self._on_change = on_change
        self._settle_s = settle_s
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="photoclip-watch-control")
        self._watcher: FolderWatcher | None = None
        self._state: list[tuple[str, bool]] | None = None
        self._stopped = False

    def set_folders(self, folders: Sequence[FolderInfo]) -> None:
        # Only when a folder came, went, or came back (an unplugged drive): not at every re-count.
        state = [(f.path, f.present) for f in folders]
        if self._stopped or state == self._state:
            return
        self._state = state
        self._executor.submit(self._apply, [f.path for f in folders])

    def _apply(self, paths: list[str]) -> None:
        from photoclip.core.watcher import FolderWatcher

        if self._stopped:
            return
        if self._watcher is None:
            self._watcher = FolderWatcher(paths, self._on_change, settle_s=self._settle_s)
            self._watcher.start()
        else:
            self._watcher.set_folders(paths)

    def stop(self) -> None:
        """Stop watching; waits for the control thread (the watcher's own threads are joined by its stop)."""
        self._stopped = True
        self._executor.submit(self._stop)
        self._executor.shutdown(wait=True)

    def _stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    @property
    def watched(self) -> list[str]:
        return self._watcher.watched if self._watcher is not None else []
