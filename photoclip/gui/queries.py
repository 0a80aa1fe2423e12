"""What the query thread does for the window: browse, search, filters, rows for the grid, photo details.

No Qt here: these are plain functions over a `QueryContext` (the query thread's own Engine plus a compact table
of the library's photos kept in numpy arrays). The table makes filters and browsing cheap at 100,000 photos:
a folder or date filter is a vectorised mask, not a SQL query per keystroke; it is reloaded when the indexer
reports changes. A RAW + JPEG pair is one shot (see core `pairs`): browsing shows its JPEG only, a search ranks
the shot once, where its better-matching file ranked, and the row names the RAW.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from photoclip.core import tag_store
from photoclip.core.pairs import Pair, collapse, find_pairs, with_partners

if TYPE_CHECKING:
    from photoclip.core.engine import Engine
    from photoclip.core.search import Searcher

# A search shows the best this many photos: past a few hundred, CLIP's ranking is noise to a person.
SEARCH_LIMIT = 1000
# With a filter, rank every matching photo exactly when there are at most this many; more go through HNSW.
EXACT_FILTER_LIMIT = 50_000
# How far down the HNSW ranking a filtered search looks when too many photos match for the exact route.
FILTERED_HNSW_K = 10_000


@dataclass(frozen=True)
class Query:
    """What the window asks for. No text, image or photo means "browse": every photo, newest first."""

    text: str = ""
    images: tuple[str, ...] = ()
    like: tuple[int, ...] = ()
    folder: str | None = None  # a library folder's path: photos under it
    date_from: float | None = None  # epoch seconds, inclusive
    date_to: float | None = None  # epoch seconds, exclusive
    tag: int | None = None  # a label id: only photos with that tag (the `photo_tags` view: user yes or machine pick)

    @property
    def is_search(self) -> bool:
        return bool(self.text.strip() or self.images or self.like)

    @property
    def filtered(self) -> bool:
        return (self.folder is not None or self.date_from is not None or self.date_to is not None
                or self.tag is not None)


@dataclass(frozen=True)
class Results:
    query: Query
    ids: np.ndarray  # int64 photo ids, best (or newest) first
    scores: np.ndarray | None  # float32 cosine similarities for a search; None when browsing
    note: str | None = None  # e.g. "searching with the previous model while the new one catches up"
    library_size: int = 0  # photos in the library at all, to tell "no photos yet" from "none match"

    @classmethod
    def empty(cls, query: Query) -> Results:
        return cls(query, np.empty(0, np.int64), None)


@dataclass(frozen=True)
class PhotoRow:
    """What the grid and the viewer show of one photo."""

    id: int
    path: str
    mtime_ns: int
    size: int
    width: int | None
    height: int | None
    taken_at: str | None
    camera: str | None
    format: str | None
    raws: tuple[str, ...] = ()  # the RAW files of the shot, when this photo is the JPEG of a RAW + JPEG pair


@dataclass(frozen=True)
class FolderInfo:
    path: str
    photos: int
    failed: int
    present: bool


def split_terms(text: str) -> tuple[list[str], list[str]]:
    """'mountains -snow -fog' -> (['mountains'], ['snow', 'fog']): a leading minus pushes results away."""
    positives, negatives = [], []
    for word in text.split():
        if word.startswith("-") and len(word) > 1:
            negatives.append(word[1:])
        else:
            positives.append(word)
    return ([" ".join(positives)] if positives else []), negatives


def _epoch(taken_at: str | None, mtime_ns: int) -> float:
    if taken_at:
        # A date the platform cannot represent falls back to the file's own date.
        with contextlib.suppress(ValueError, OverflowError, OSError):
            return datetime.fromisoformat(taken_at).timestamp()
    return mtime_ns / 1e9


@dataclass
class PhotoTable:
    """The library's usable photos as columns: id, path, when (date taken, else file time), failures apart."""

    ids: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))
    paths: np.ndarray = field(default_factory=lambda: np.empty(0, object))
    when: np.ndarray = field(default_factory=lambda: np.empty(0, np.float64))
    failed_paths: list[str] = field(default_factory=list)
    pair_of: dict[int, Pair] = field(default_factory=dict)  # every paired photo's id -> its RAW + JPEG pair
    shown: np.ndarray = field(default_factory=lambda: np.empty(0, bool))  # False for a paired RAW: its JPEG shows
    tagged: dict[int, np.ndarray] = field(default_factory=dict)  # label id -> sorted ids of the photos it tags

    @classmethod
    def load(cls, engine: Engine) -> PhotoTable:
        lib = engine.library
        ids, paths, when, failed = [], [], [], []
        for folder in lib.folders():
            for rec in lib.photos_in_folder(folder.id).values():
                if rec.status != "ok":
                    failed.append(rec.path)
                    continue
                ids.append(rec.id)
                paths.append(rec.path)
                when.append(_epoch(rec.taken_at, rec.mtime_ns))
        # Newest first once here, so browsing is a mask over an already sorted table.
        order = np.lexsort((-np.asarray(ids, np.int64), -np.asarray(when, np.float64))) if ids else []
        pair_of = find_pairs(zip(ids, paths, strict=True))
        sorted_ids = np.asarray(ids, np.int64)[order]
        hidden = {r for pair in pair_of.values() for r in pair.raws}
        return cls(
            ids=sorted_ids,
            paths=np.asarray(paths, object)[order],
            when=np.asarray(when, np.float64)[order],
            failed_paths=failed,
            pair_of=pair_of,
            shown=np.fromiter((int(i) not in hidden for i in sorted_ids), bool, len(sorted_ids)),
            tagged=tag_store.tagged_photo_ids(lib),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, q: Query) -> np.ndarray:
        keep = np.ones(len(self.ids), dtype=bool)
        if q.folder is not None:
            root = q.folder.rstrip(os.sep)
            prefix = root + os.sep
            keep &= np.fromiter((p == root or p.startswith(prefix) for p in self.paths), bool, len(self.paths))
        if q.date_from is not None:
            keep &= self.when >= q.date_from
        if q.date_to is not None:
            keep &= self.when < q.date_to
        if q.tag is not None:
            keep &= np.isin(self.ids, self.tagged.get(q.tag, np.empty(0, np.int64)), assume_unique=True)
        return keep

    def years(self) -> list[int]:
        """The years the photos were taken in, newest first: the date filter's quick choices."""
        if not len(self.when):
            return []
        years = {datetime.fromtimestamp(t).year for t in np.unique(np.floor(self.when / 86400.0) * 86400.0)}
        return sorted(years, reverse=True)


@dataclass
class QueryContext:
    """Everything the query thread keeps between tasks."""

    engine: Engine
    table: PhotoTable | None = None
    model_ready: bool = False

    def photos(self) -> PhotoTable:
        if self.table is None:
            self.table = PhotoTable.load(self.engine)
        return self.table


def refresh(ctx: QueryContext) -> None:
    """The indexer changed the library: reload the table, and let the searcher catch up with new vectors."""
    ctx.table = None
    if ctx.model_ready:
        ctx.engine.searcher()[0].refresh()


def run_query(ctx: QueryContext, q: Query) -> Results:
    table = ctx.photos()
    if not q.is_search:
        ids = table.ids[table.mask(q) & table.shown] if q.filtered else table.ids[table.shown]
        return Results(q, ids, None, library_size=len(table))
    searcher, note = ctx.engine.searcher()
    texts, negatives = split_terms(q.text)
    vector = searcher.query_vector(texts, list(q.images), list(q.like), negatives)
    exclude = set(q.like)
    for p in q.images:
        rec = ctx.engine.library.photo_by_path(p)
        if rec is not None:
            exclude.add(rec.id)
    ids, scores = _rank(searcher, table, q, vector, with_partners(exclude, table.pair_of))
    shown, positions = collapse(ids.tolist(), table.pair_of)
    return Results(q, np.asarray(shown, np.int64), scores[positions], note, library_size=len(table))


def _rank(searcher: Searcher, table: PhotoTable, q: Query, vector: np.ndarray,
          exclude: set[int]) -> tuple[np.ndarray, np.ndarray]:
    index = searcher.index
    assert index is not None
    if q.filtered:
        allowed = table.ids[table.mask(q)]
        candidates = [int(i) for i in allowed if int(i) in index and int(i) not in exclude]
        if len(candidates) <= EXACT_FILTER_LIMIT:
            # Exact cosine over the few photos the filter leaves: better than hoping HNSW's top-k holds them.
            if not candidates:
                return np.empty(0, np.int64), np.empty(0, np.float32)
            mat = index.get(candidates)
            sims = mat @ vector
            order = np.argsort(-sims, kind="stable")[:SEARCH_LIMIT]
            return np.asarray(candidates, np.int64)[order], sims[order].astype(np.float32)
        ids, scores = index.query(vector, FILTERED_HNSW_K + len(exclude))
        allowed_set = set(candidates)
        keep = np.fromiter((int(i) in allowed_set for i in ids), bool, len(ids))
        return ids[keep][:SEARCH_LIMIT], scores[keep][:SEARCH_LIMIT]
    ids, scores = index.query(vector, SEARCH_LIMIT + len(exclude))
    if exclude:
        keep = np.fromiter((int(i) not in exclude for i in ids), bool, len(ids))
        ids, scores = ids[keep], scores[keep]
    return ids[:SEARCH_LIMIT], scores[:SEARCH_LIMIT]


def fetch_rows(ctx: QueryContext, ids: list[int]) -> dict[int, PhotoRow]:
    out: dict[int, PhotoRow] = {}
    pair_of = ctx.photos().pair_of
    raw_ids = {pid: pair_of[pid].raws for pid in ids if pid in pair_of and pair_of[pid].shown == pid}
    raw_paths = {pid: r.path for pid, r in ctx.engine.library.photos(
        [r for rs in raw_ids.values() for r in rs]).items()}
    for pid, r in ctx.engine.library.photos(ids).items():
        camera = " ".join(x for x in (r.camera_make, r.camera_model) if x) or None
        if r.camera_make and r.camera_model and r.camera_model.startswith(r.camera_make):
            camera = r.camera_model  # "Canon Canon EOS 5D" reads better as "Canon EOS 5D"
        raws = tuple(raw_paths[i] for i in raw_ids.get(pid, ()) if i in raw_paths)
        out[pid] = PhotoRow(pid, r.path, r.mtime_ns, r.size, r.width, r.height, r.taken_at, camera, r.format, raws)
    return out


def folder_infos(ctx: QueryContext) -> list[FolderInfo]:
    table = ctx.photos()
    out = []
    for f in ctx.engine.library.folders():
        prefix = f.path.rstrip(os.sep) + os.sep
        ok = sum(1 for p in table.paths if p.startswith(prefix))
        failed = sum(1 for p in table.failed_paths if p.startswith(prefix))
        out.append(FolderInfo(f.path, ok, failed, os.path.isdir(f.path)))
    return out


def years(ctx: QueryContext) -> list[int]:
    return ctx.photos().years()


def failed_count(ctx: QueryContext) -> int:
    return ctx.engine.library.count_photos()["failed"]


def failures(ctx: QueryContext) -> list[tuple[str, str]]:
    return ctx.engine.library.failures()
