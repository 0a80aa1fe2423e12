"""The library's usable photos as numpy columns, so filters and browsing are vectorised masks, not SQL per keystroke.

One `Catalog` holds id, path, when (the date taken, else the file's date), camera and folder of every usable photo,
sorted newest first. `mask` turns a `Filters` into a boolean array over it: folder, camera and dates here, tags
through `tag_query` and places through the word index (they change without re-indexing, so they are asked of
the library each time). Load it once and reload it when the library changes (the app does so when the indexer
reports); 100,000 photos load in about a second and filter in milliseconds. `CatalogLoader` loads it on a thread
of its own, so that a search without a filter (which needs only its candidates' rows, `Catalog.load(only=...)`)
need not wait for it.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from photoclip.core import tag_query, word_index
from photoclip.core.pairs import Pair, companions_of_paths, find_pairs, paired_raws
from photoclip.core.query_text import Filters
from photoclip.core.word_index import owning_root

if TYPE_CHECKING:
    from photoclip.core.library import Library


# How many rows a load reads between its pauses (see `Catalog.load`): ~10 ms of work at most.
PAUSE_ROWS = 4096


def _epoch(taken_at: str | None, mtime_ns: int) -> float:
    if taken_at:
        # A date the platform cannot represent falls back to the file's own date.
        with contextlib.suppress(ValueError, OverflowError, OSError):
            return datetime.fromisoformat(taken_at).timestamp()
    return mtime_ns / 1e9


def camera_name(make: str | None, model: str | None) -> str | None:
    """"Canon" + "Canon EOS 5D" reads better as "Canon EOS 5D"."""
    if make and model and model.casefold().startswith(make.casefold()):
        return model
    return " ".join(x for x in (make, model) if x) or None


@dataclass
class Catalog:
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    paths: np.ndarray = field(default_factory=lambda: np.empty(0, object))
    when: np.ndarray = field(default_factory=lambda: np.empty(0, np.float64))
    cameras: np.ndarray = field(default_factory=lambda: np.empty(0, object))  # display names, None when unknown
    roots: list[str] = field(default_factory=list)  # the library's folders
    failed_paths: list[str] = field(default_factory=list)
    # RAW + JPEG pairs are one shot: every paired photo's id -> its pair; `shown` is False for a paired RAW, whose
    # JPEG stands for the shot in browsing and search (see core `pairs`).
    pair_of: dict[int, Pair] = field(default_factory=dict)
    shown: np.ndarray = field(default_factory=lambda: np.empty(0, bool))
    _folder_texts: np.ndarray | None = None
    # Few distinct cameras and folders: a filter tests each distinct value once, then picks rows by code.
    _codes: dict[str, tuple[list[object], np.ndarray]] = field(default_factory=dict)
    _row_of: dict[int, int] | None = None
    _shown_ids: np.ndarray | None = None

    @classmethod
    def load(cls, library: Library, only: Iterable[int] | None = None,
             pause: Callable[[], object] | None = None) -> Catalog:
        """Every usable photo of the library; or, with ``only``, those of these ids, with the pairs they belong to
        (a paired RAW is hidden even when its JPEG is not among them): what a search without a filter needs of
        its candidates, a few milliseconds instead of reading the whole table (~1 s at 100,000 photos).

        ``pause`` is called every few thousand rows, and may block: a load in the background steps aside there
        while a search runs (`CatalogLoader.held`)."""
        ids, paths, when, cameras, failed = [], [], [], [], []
        sql = "SELECT id, path, status, taken_at, mtime_ns, camera_make, camera_model FROM photos"
        cursor = library.db.cursor()
        cursor.row_factory = None  # plain tuples: sqlite3.Row objects cost ~0.1 s more over 100,000 photos
        if only is None:
            rows = cursor.execute(sql)
        else:
            wanted = json.dumps(sorted({int(i) for i in only}))
            rows = cursor.execute(f"{sql} WHERE id IN (SELECT value FROM json_each(?))", (wanted,))
        names: dict[tuple[str | None, str | None], str | None] = {}  # a library holds a handful of cameras
        for n, (pid, path, status, taken_at, mtime_ns, make, model) in enumerate(rows):
            if pause is not None and not n % PAUSE_ROWS:
                pause()
            if status != "ok":
                failed.append(path)
                continue
            ids.append(pid)
            paths.append(path)
            when.append(_epoch(taken_at, mtime_ns))
            if (make, model) not in names:
                names[(make, model)] = camera_name(make, model)
            cameras.append(names[(make, model)])
        # Newest first once here, so browsing is a mask over an already sorted table.
        order = np.lexsort((-np.asarray(ids, np.int64), -np.asarray(when, np.float64))) if ids else []
        if pause is not None:
            pause()
        pair_of = find_pairs(zip(ids, paths, strict=True)) if only is None else companions_of_paths(library, paths)
        hidden = paired_raws(pair_of)
        sorted_ids = np.asarray(ids, np.int64)[order]
        return cls(
            ids=sorted_ids,
            pair_of=pair_of,
            shown=(np.fromiter((int(i) not in hidden for i in sorted_ids), bool, len(sorted_ids)) if hidden
                   else np.ones(len(sorted_ids), bool)),
            paths=np.asarray(paths, object)[order],
            when=np.asarray(when, np.float64)[order],
            cameras=np.asarray(cameras, object)[order],
            roots=[f.path for f in library.folders()],
            failed_paths=failed,
        )

    def __len__(self) -> int:
        return len(self.ids)

    def shown_ids(self) -> np.ndarray:
        """The ids of the photos that stand for a shot (all but paired RAWs), sorted: what an unfiltered search may
        return."""
        if self._shown_ids is None:
            self._shown_ids = np.sort(self.ids[self.shown] if self.pair_of else self.ids)
        return self._shown_ids

    def rows_of(self, ids: np.ndarray) -> np.ndarray:
        """Row numbers of the given photo ids (-1 for an id not in the catalog)."""
        if self._row_of is None:
            self._row_of = {int(pid): i for i, pid in enumerate(self.ids.tolist())}
        get = self._row_of.get
        return np.fromiter((get(int(i), -1) for i in ids), np.int64, len(ids))

    def folder_texts(self) -> np.ndarray:
        """Each photo's folders from its library folder down, lower-cased ("pictures/paris 2019/day 1")."""
        if self._folder_texts is None:
            # Once per folder, not per photo: a photo's text depends only on its folder (~2 s -> ~0.1 s at 100k).
            by_folder: dict[str, str] = {}
            out = []
            for p in self.paths:
                folder = p.rpartition(os.sep)[0]
                text = by_folder.get(folder)
                if text is None:
                    text = by_folder[folder] = self._folder_text(p)
                out.append(text)
            self._folder_texts = np.asarray(out, object)
        return self._folder_texts

    def _folder_text(self, path: str) -> str:
        parent = os.path.dirname(path)
        root = owning_root(path, self.roots)
        if root is None:
            return os.path.basename(parent).casefold()
        rel = os.path.relpath(parent, root)
        return os.path.join(os.path.basename(root), "" if rel == "." else rel).casefold()

    def mask(self, f: Filters, library: Library | None = None) -> np.ndarray:
        """Which rows satisfy every condition of ``f`` (``library`` is needed for tag filters)."""
        keep = np.ones(len(self.ids), dtype=bool)
        if f.folder:
            keep &= self._folder_mask(f.folder)
        if f.camera:
            needle = f.camera.casefold()
            keep &= self._match("camera", self.cameras, lambda c: c is not None and needle in str(c).casefold())
        if f.date_from is not None:
            keep &= self.when >= f.date_from
        if f.date_to is not None:
            keep &= self.when < f.date_to
        for tag in f.tag:
            if library is None:
                raise ValueError("a tag filter needs the library")
            keep &= np.isin(self.ids, tag_query.photos_with_tag(library, tag))
        if f.place:
            if library is None:
                raise ValueError("a place filter needs the library")
            # Places are read by a catch-up pass after indexing, so they are asked of the library each time.
            keep &= np.isin(self.ids, word_index.photos_at(library, f.place))
        return keep

    def _folder_mask(self, folder: str) -> np.ndarray:
        if os.path.isabs(folder):
            root = folder.rstrip(os.sep) or os.sep
            prefix = root if root.endswith(os.sep) else root + os.sep
            return np.fromiter((p == root or p.startswith(prefix) for p in self.paths), bool, len(self.paths))
        # Words of a folder's name: any folder from the library folder down whose path holds them.
        needle = folder.strip(os.sep).casefold()
        return self._match("folder", self.folder_texts(), lambda t: needle in str(t))

    def _match(self, column: str, values: np.ndarray, test: Callable[[object], bool]) -> np.ndarray:
        """``test`` over a column's distinct values, spread back to the rows."""
        if column not in self._codes:
            index: dict[object, int] = {}
            codes = np.fromiter((index.setdefault(v, len(index)) for v in values.tolist()), np.int64, len(values))
            self._codes[column] = (list(index), codes)
        distinct, codes = self._codes[column]
        hits = np.fromiter((test(v) for v in distinct), bool, len(distinct))
        return hits[codes] if len(codes) else np.zeros(0, bool)

    def years(self) -> list[int]:
        """The years the photos were taken in, newest first: the date filter's quick choices."""
        if not len(self.when):
            return []
        years = {datetime.fromtimestamp(t).year for t in np.unique(np.floor(self.when / 86400.0) * 86400.0)}
        return sorted(years, reverse=True)

    def camera_counts(self) -> list[tuple[str, int]]:
        """Cameras with their number of photos, most used first: the camera filter's choices."""
        names, counts = np.unique(np.asarray([c for c in self.cameras if c], object), return_counts=True)
        return sorted(((str(n), int(c)) for n, c in zip(names, counts, strict=True)), key=lambda x: (-x[1], x[0]))

    def sorted_by_date(self, rows: np.ndarray, newest_first: bool = True) -> np.ndarray:
        """``rows`` (row numbers) reordered by date; the catalog is already newest first, so it is a stable sort
        on row number."""
        ordered = np.sort(rows, kind="stable")
        return ordered if newest_first else ordered[::-1]


class CatalogLoader:
    """`Catalog.load` of a library on a thread of its own, with its own connection (SQLite objects belong to the
    thread that made them). Reading the rows leaves the GIL to the other threads; the loop over them takes it
    in turns with them."""

    def __init__(self, library_dir: str | os.PathLike[str]) -> None:
        self._folder = Path(library_dir)
        self._catalog: Catalog | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._go = threading.Event()  # cleared while held
        self._go.set()
        self._holds = 0
        self._hold_lock = threading.Lock()
        self._thread = threading.Thread(target=self._load, name="photoclip-catalog", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        from photoclip.core.library import Library

        try:
            library = Library(self._folder)
            try:
                self._catalog = Catalog.load(library, pause=self._go.wait)
            finally:
                library.close()
        except BaseException as e:  # handed to whoever waits for the catalog, on their thread
            self._error = e
        finally:
            self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """The load stands still (at its next pause, within a few milliseconds) while this is held: a search the
        user waits for then has the CPU to itself instead of sharing the GIL with the load's Python loop, which
        on two cores made the app's first answer take ~2-3 times as long. Never held by whoever waits for this
        load (`wait`): it would wait forever."""
        with self._hold_lock:
            self._holds += 1
            self._go.clear()
        try:
            yield
        finally:
            with self._hold_lock:
                self._holds -= 1
                if not self._holds:
                    self._go.set()

    def wait(self, meanwhile: Callable[[], None] | None = None, interval: float = 0.01) -> Catalog:
        """The catalog, once loaded; ``meanwhile`` runs every ``interval`` seconds until then (the query thread
        answers searches while it waits). Raises what the load raised."""
        while not self._done.wait(interval if meanwhile is not None else None):
            assert meanwhile is not None
            meanwhile()
        if self._error is not None:
            raise self._error
        assert self._catalog is not None
        return self._catalog
