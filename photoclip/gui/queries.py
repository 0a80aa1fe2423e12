"""What the query thread does for the window: browse, search, filters, rows for the grid, photo details.

No Qt here: these are plain functions over a `QueryContext` (the query thread's own Engine plus the library's
`Catalog`, its photos as numpy columns, reloaded when the indexer reports changes). The catalog loads on a thread
of its own (`CatalogLoader`, ~1 s at 100,000 photos): until it is there, a search without a filter answers through
the route the command line takes, reading only its candidates' rows, so a search typed as the window opens does
not wait for it. The search itself is the
core's (`photoclip.core.find`), the same the command line runs: this module only turns the window's `Query`
into a `SearchRequest` and the answer into `Results` for the grid. A RAW + JPEG pair is one shot (see core `pairs`): the
row of its JPEG names the RAW.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from photoclip.core import pairs
from photoclip.core.catalog import Catalog, CatalogLoader, camera_name
from photoclip.core.cutoff import Cutoff
from photoclip.core.find import SEARCH_LIMIT, SearchRequest
from photoclip.core.folder_access import folder_state
from photoclip.core.query_text import Filters, parse_query

if TYPE_CHECKING:
    from photoclip.core.engine import Engine


@dataclass(frozen=True)
class Query:
    """What the window asks for. Nothing to look for (no text beyond filters, no image or photo) means
    browsing: the filtered photos by date."""

    text: str = ""  # may hold filters (folder: camera: tag: place: date: before: after:) and -words
    images: tuple[str, ...] = ()
    like: tuple[int, ...] = ()
    folder: str | None = None  # a library folder's path: photos under it
    date_from: float | None = None  # epoch seconds, inclusive
    date_to: float | None = None  # epoch seconds, exclusive
    camera: str | None = None  # the filter bar's camera
    tag: str | None = None  # the filter bar's tag ("Set/Label"); see `Filters.tag`
    sort: str = "relevance"  # relevance | newest | oldest
    show_weaker: bool = False  # also the photos below the cut-off
    place: str | None = None  # the filter bar's place ("Lisbon, Portugal"); see `Filters.place`

    @property
    def is_search(self) -> bool:
        return bool(parse_query(self.text).text.strip() or self.images or self.like)

    def filters(self) -> Filters:
        """The filters chosen in the window (those typed in the text are added by the search itself)."""
        return Filters(folder=self.folder, camera=self.camera, tag=(self.tag,) if self.tag else (),
                       date_from=self.date_from, date_to=self.date_to, place=self.place)

    @property
    def filtered(self) -> bool:
        return self.filters().active or parse_query(self.text).filters.active


@dataclass(frozen=True)
class Results:
    query: Query
    ids: np.ndarray  # int64 photo ids, in the order asked for
    scores: np.ndarray | None  # float32 cosine similarities for a search (NaN: none yet); None when browsing
    note: str | None = None  # e.g. "searching with the previous model while the new one catches up"
    library_size: int = 0  # photos in the library at all, to tell "no photos yet" from "none match"
    reasons: np.ndarray | None = None  # uint8 bits: why each photo matched (see core.find.REASON_*)
    cutoff: Cutoff | None = None
    weaker: int = 0  # photos below the cut-off that "Show weaker matches" would add
    matches: int = 0  # photos above the cut-off (or matched by words/tags), before the display limit
    words_only: bool = False  # searched before the model was ready: by words and tags alone
    not_understood: tuple[str, ...] = ()  # typed filters that were searched as words ("date:2023-13")
    ignored_negatives: tuple[str, ...] = ()  # -words typed with nothing to look for: they did nothing

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
    place: str | None = None  # where it was taken ("Lisbon, Portugal"); None without a position or far from places
    coordinates: str | None = None  # "38.70760, -9.13650" when the photo has a GPS position


@dataclass(frozen=True)
class FolderInfo:
    path: str
    photos: int
    failed: int
    present: bool
    problem: str | None = None  # why the folder cannot be read (it is there, but may not be listed)


@dataclass(frozen=True)
class FilterChoices:
    """What the filter bar offers: cameras, tags and places present in the library, with their photo counts."""

    cameras: list[tuple[str, int]]
    tags: list[tuple[str, str, int]]  # (qualified "Set/Label", label, photos)
    places: list[tuple[str, int]] = field(default_factory=list)  # ("Lisbon, Portugal", photos)


@dataclass
class QueryContext:
    """Everything the query thread keeps between tasks."""

    engine: Engine
    table: Catalog | None = None
    model_ready: bool = False
    loader: CatalogLoader | None = None  # the table, loading in the background
    meanwhile: Callable[[], None] | None = None  # what to do while a task waits for the table (urgent tasks)

    def load_in_background(self) -> None:
        self.table = None
        self.loader = CatalogLoader(self.engine.library.folder)

    def catalog_ready(self) -> bool:
        return self.table is not None or (self.loader is not None and self.loader.done())

    def photos(self) -> Catalog:
        """The catalog; loading it (first use, or after the library changed) runs urgent tasks meanwhile. The first
        load starts on first need, not with the thread: a search typed as the window opens needs no catalog, and
        the load (~1 s of mostly Python at 100,000 photos) would halve the CPU time its answer gets."""
        while self.table is None:
            if self.loader is None:
                self.load_in_background()
            loader = self.loader
            assert loader is not None
            table = loader.wait(self.meanwhile)
            if self.loader is loader:  # else the library changed while we waited: wait for the newer load
                self.table, self.loader = table, None
        return self.table


def refresh(ctx: QueryContext) -> None:
    """The indexer changed the library: reload the table (in the background), and let the searcher catch up with
    new vectors."""
    ctx.load_in_background()
    if ctx.model_ready:
        ctx.engine.searcher()[0].refresh()


def needs_catalog(q: Query) -> bool:
    """Whether ``q`` needs the whole catalog: browsing and filters do; a search without a filter reads just its
    candidates (CLIP's nearest, the word, tag and text matches)."""
    return not q.is_search or q.filtered


def run_query(ctx: QueryContext, q: Query, words_only: bool = False) -> Results:
    """The window's search; ``words_only`` before the model is ready (words and tags answer alone)."""
    request = SearchRequest(q.text, q.images, q.like, filters=q.filters(), sort=q.sort, show_all=q.show_weaker,
                            limit=SEARCH_LIMIT if q.is_search else 10**9)
    catalog = ctx.photos() if ctx.catalog_ready() or needs_catalog(q) else None
    # Without the catalog, this search reads its candidates' rows itself: a load of the catalog going on meanwhile
    # steps aside until the answer is ready (it does not wait for the load, so it may hold it).
    with ctx.loader.held() if catalog is None and ctx.loader is not None else contextlib.nullcontext():
        r = ctx.engine.find(request, catalog, words_only=words_only)
    return Results(q, r.ids, r.scores, r.note, r.library_size, r.reasons, r.cutoff, r.weaker, r.matches,
                   r.words_only, tuple(token for token, _why in r.parsed.not_understood), r.ignored_negatives)


def fetch_rows(ctx: QueryContext, ids: list[int]) -> dict[int, PhotoRow]:
    out: dict[int, PhotoRow] = {}
    # The rows of a first search's results come before the catalog: their pairs are looked up for just them.
    pair_of = ctx.photos().pair_of if ctx.catalog_ready() else pairs.companions(ctx.engine.library, ids)
    raw_ids = {pid: pair_of[pid].raws for pid in ids if pid in pair_of and pair_of[pid].shown == pid}
    raw_paths = {pid: r.path for pid, r in ctx.engine.library.photos(
        [r for rs in raw_ids.values() for r in rs]).items()}
    where = ctx.engine.places.of_photos(ids)
    for pid, r in ctx.engine.library.photos(ids).items():
        camera = camera_name(r.camera_make, r.camera_model)
        raws = tuple(raw_paths[i] for i in raw_ids.get(pid, ()) if i in raw_paths)
        at = where.get(pid)
        out[pid] = PhotoRow(pid, r.path, r.mtime_ns, r.size, r.width, r.height, r.taken_at, camera, r.format, raws,
                            at.label if at else None, at.coordinates if at else None)
    return out


def folder_infos(ctx: QueryContext) -> list[FolderInfo]:
    table = ctx.photos()
    out = []
    # Live, and as the last scan found it (a folder that turned unreadable while photoclip was closed).
    last_scan = dict(ctx.engine.library.unreadable())
    for f in ctx.engine.library.folders():
        prefix = f.path.rstrip(os.sep) + os.sep
        ok = sum(1 for p in table.paths if p.startswith(prefix))
        failed = sum(1 for p in table.failed_paths if p.startswith(prefix))
        state, reason = folder_state(f.path)
        problem = reason if state == "unreadable" else last_scan.get(f.path)
        out.append(FolderInfo(f.path, ok, failed, state != "missing", problem))
    return out


def years(ctx: QueryContext) -> list[int]:
    return ctx.photos().years()


def failed_count(ctx: QueryContext) -> int:
    lib = ctx.engine.library
    return lib.count_photos()["failed"] + len(lib.unreadable())


def failures(ctx: QueryContext) -> list[tuple[str, str]]:
    """What indexing skipped: the folders (and files) that could not be read first, then the failed photos."""
    lib = ctx.engine.library
    return [*lib.unreadable(), *lib.failures()]


def filter_choices(ctx: QueryContext) -> FilterChoices:
    from photoclip.core import tag_query

    tags = [(label.qualified, label.name, n) for label, n in tag_query.labels_in_use(ctx.engine.library)]
    return FilterChoices(ctx.photos().camera_counts(), tags, ctx.engine.places.counts())
