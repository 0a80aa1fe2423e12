"""The search the CLI and the app share: filters, CLIP, the words photos carry and the user's tags, fused, cut off
where the matches stop, and sorted.

1. **Filters narrow first.** The typed filters (``folder: camera: tag: place: date: before: after:``) and those given
   apart make a mask over the `Catalog`. A filter leaving up to `EXACT_FILTER_LIMIT` photos is ranked exactly
   over just those photos, so a narrow filter is complete, never "CLIP's top 50, then filtered down to 2".
2. **Four rankings.** CLIP's (by cosine similarity), the word index's (file name, folders, title, description,
   keywords, camera: every query word present; BM25), the tags' (labels whose name the query holds), and the
   text read in photos (`text_index`: signs, receipts, screenshots; words matched by prefix, CJK by any part).
3. **The cut-off** (`cutoff.judge`) keeps CLIP's ranking only down to where it stops standing out from the
   query's background. Word and tag matches are kept whatever their CLIP score: an exact hit is never buried.
4. **Fusion** by reciprocal ranks: a photo scores Σ w / (60 + its rank) over the rankings it is in, so a photo
   both CLIP and the words agree on comes first and either ranking alone still counts. Words and tags weigh
   twice as much as CLIP (w = 2): what the user wrote is evidence, CLIP's ranking a guess, so the first ~60
   word matches come before any photo only CLIP found.
5. **Sort** by that relevance, or by date taken, newest or oldest first, within what was kept.

Each result says why it is there: `REASON_PICTURE` (CLIP, above the cut-off), `REASON_NAME`, `REASON_KEYWORD`,
`REASON_TAG`, `REASON_PLACE` (a name of the place where it was taken) and `REASON_TEXT` (text in the photo; the
words that matched in `SearchResults.text_words`), as bits of `SearchResults.reasons`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from photoclip.core import cutoff, pairs, tag_query, text_index, word_index
from photoclip.core.catalog import Catalog
from photoclip.core.cutoff import Cutoff
from photoclip.core.query_text import SORTS, Filters, ParsedQuery, parse_query

if TYPE_CHECKING:
    from photoclip.core.library import Library
    from photoclip.core.search import Searcher

REASON_PICTURE, REASON_NAME, REASON_KEYWORD, REASON_TAG, REASON_PLACE, REASON_TEXT = 1, 2, 4, 8, 16, 32
REASON_NAMES = ((REASON_KEYWORD, "keyword"), (REASON_NAME, "name"), (REASON_PLACE, "place"),
                (REASON_TEXT, "text in photo"), (REASON_TAG, "tag"), (REASON_PICTURE, "picture"))
RRF_K = 60
WORD_WEIGHT = 2.0
# A search shows at most this many photos: past a few hundred, CLIP's ranking is noise to a person.
SEARCH_LIMIT = 1000
# With a filter, rank every matching photo exactly when there are at most this many; more go through HNSW.
EXACT_FILTER_LIMIT = 50_000
# How far down the HNSW ranking a search looks when the filter leaves too many photos for the exact route.
FILTERED_HNSW_K = 10_000


def _distinct(ids: np.ndarray) -> np.ndarray:
    """`np.unique` of int ids, which in numpy 2 imports `numpy.ma` on first use (~0.1 s of a first search)."""
    ids = np.sort(ids)
    return ids[np.concatenate(([True], ids[1:] != ids[:-1]))] if len(ids) else ids


def reason_names(bits: int) -> list[str]:
    return [name for bit, name in REASON_NAMES if bits & bit]


@dataclass(frozen=True)
class SearchRequest:
    """A search or a browse. No text, image or photo to look for means browsing the filtered photos by date."""

    text: str = ""  # may hold negatives (-snow) and filters (folder:, camera:, tag:, date:, before:, after:)
    images: tuple[str, ...] = ()
    like: tuple[int, ...] = ()
    negatives: tuple[str, ...] = ()
    filters: Filters = field(default_factory=Filters)  # combined with those typed in ``text``
    sort: str = "relevance"  # one of SORTS; browsing sorts "relevance" as newest first
    show_all: bool = False  # the photos below the cut-off too ("Show weaker matches", `--all`)
    limit: int = SEARCH_LIMIT

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}; expected one of {SORTS}")


@dataclass(frozen=True)
class SearchResults:
    ids: np.ndarray  # int64 photo ids in the order asked for
    scores: np.ndarray | None  # float32 CLIP cosine similarity (NaN: no vector of the model yet); None browsing
    reasons: np.ndarray | None  # uint8 REASON_* bits; None browsing
    parsed: ParsedQuery
    filters: Filters  # typed and given filters together
    cutoff: Cutoff | None = None
    matches: int = 0  # photos kept before ``limit`` (= len(ids) unless the limit cut the list)
    weaker: int = 0  # photos CLIP ranked below the cut-off and left out (of those it looked at)
    note: str | None = None  # e.g. "searching with <old model> while <new model> is still being indexed"
    library_size: int = 0
    words_only: bool = False  # searched without CLIP (no model yet): words and tags alone
    # Words to push away from (-snow) in a request with nothing to look for: browsing has no ranking to push
    # them down in, so they did nothing, and the user is told (the CLI refuses such a request).
    ignored_negatives: tuple[str, ...] = ()
    text_words: dict[int, tuple[str, ...]] = field(default_factory=dict)  # REASON_TEXT: the words that matched

    @property
    def is_search(self) -> bool:
        return self.scores is not None

    def why(self, i: int) -> list[str]:
        return reason_names(int(self.reasons[i])) if self.reasons is not None else []


def _allowed(catalog: Catalog, rows: np.ndarray | None, exclude: set[int]) -> np.ndarray:
    """The ids a search may return, sorted: the filter's rows (all without one), one per shot, the query's own
    left out."""
    if rows is None and not exclude:
        return catalog.shown_ids()  # the same at every keystroke: sorted once per catalog
    allowed = catalog.ids[rows] if rows is not None else catalog.ids
    if catalog.pair_of:
        allowed = allowed[catalog.shown[rows] if rows is not None else catalog.shown]  # one result per shot
    if exclude:
        allowed = allowed[~np.isin(allowed, list(exclude))]
    return np.sort(allowed)


def _within(ids: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """Which of ``ids`` are in the sorted ``allowed``: a binary search each, where `np.isin` would sort all of
    ``allowed`` again for each of a search's four rankings (~20 ms a keystroke at 100,000 photos)."""
    if not len(allowed):
        return np.zeros(len(ids), bool)
    pos = np.minimum(np.searchsorted(allowed, ids), len(allowed) - 1)
    return allowed[pos] == ids


def browse(catalog: Catalog, rows: np.ndarray | None, sort: str) -> np.ndarray:
    rows = np.arange(len(catalog)) if rows is None else rows
    return catalog.ids[catalog.sorted_by_date(rows, newest_first=sort != "oldest")]


def needs_model(req: SearchRequest) -> bool:
    """Whether ``req`` looks for something (and so needs CLIP), rather than browsing filtered photos."""
    return bool(parse_query(req.text).text.strip() or req.images or req.like)


def find(library: Library, catalog: Catalog | None, req: SearchRequest, searcher: Searcher | None = None,
         note: str | None = None) -> SearchResults:
    """Run ``req`` over the photos of ``catalog``; ``searcher`` (CLIP over one model's vectors) may be None when
    the request only browses (see `needs_model`), or when no model is there yet: a text search then answers
    from the words photos carry and the user's tags alone (``SearchResults.words_only``).

    ``catalog`` None: this call is the only one (a command-line search). A search without a filter then reads
    only its candidates' rows (CLIP's top, the word and tag matches) instead of the whole photo table; a filter
    or a browse loads the whole catalog as the app holds it."""
    parsed = parse_query(req.text)
    filters = parsed.filters.merged(req.filters)
    negatives = (*parsed.negatives, *req.negatives)
    looking = bool(parsed.text.strip() or req.images or req.like)
    if catalog is None and (filters.active or not looking):
        catalog = Catalog.load(library)
    rows = np.flatnonzero(catalog.mask(filters, library)) if catalog is not None and filters.active else None
    base = dict(parsed=parsed, filters=filters, note=note,
                library_size=len(catalog) if catalog is not None else library.count_photos()["ok"])
    if not looking:
        assert catalog is not None
        # A RAW + JPEG pair is one shot, shown as its JPEG.
        shots = np.flatnonzero(catalog.shown) if rows is None else rows[catalog.shown[rows]]
        ids = browse(catalog, shots if len(catalog.pair_of) else rows, req.sort)
        return SearchResults(ids[: req.limit], None, None, matches=len(ids), ignored_negatives=negatives,
                             **base)  # type: ignore[arg-type]
    if searcher is None and (req.images or req.like):
        raise ValueError("a search by photo needs the model")
    exclude = set(req.like)  # a query photo is not its own best match
    for p in req.images:
        rec = library.photo_by_path(Path(p))
        if rec is not None:
            exclude.add(rec.id)
    # Nor is its RAW (or JPEG) twin.
    exclude = pairs.with_partners(exclude, catalog.pair_of if catalog is not None else
                                  pairs.companions(library, exclude) if exclude else {})
    allowed = _allowed(catalog, rows, exclude) if catalog is not None else None

    # CLIP's ranking: exact over a narrow filter's photos, else HNSW's nearest. Without a searcher (no model yet)
    # the words and tags answer alone.
    clip_ids, clip_scores = np.empty(0, np.int64), np.empty(0, np.float32)
    cut: Cutoff | None = None
    vector = None
    if searcher is not None:
        assert searcher.index is not None
        vector = searcher.query_vector([parsed.text] if parsed.text.strip() else [], req.images, req.like,
                                       negatives)
        if rows is not None and allowed is not None and len(allowed) <= EXACT_FILTER_LIMIT:
            clip_ids, clip_scores = searcher.scores_of(allowed.tolist(), vector)
        else:
            k = FILTERED_HNSW_K if rows is not None else max(req.limit, SEARCH_LIMIT)
            clip_ids, clip_scores = searcher.index.query(vector, k + len(exclude))
        cut = cutoff.judge(searcher.background(), vector, len(searcher.index))

    # The words photos carry and the user's tags, within the same filter.
    word_ids: np.ndarray = np.empty(0, np.int64)
    tag_ids: np.ndarray = np.empty(0, np.int64)
    text_ids: np.ndarray = np.empty(0, np.int64)
    words = word_index.WordMatches()
    written = text_index.TextMatches()
    if parsed.text.strip():
        words = word_index.match(library, parsed.text, negatives)
        word_ids = np.asarray(words.ids, np.int64)
        tagged, _labels = tag_query.tag_ranking(library, parsed.text)
        tag_ids = np.asarray(tagged, np.int64)
        written = text_index.match(library, parsed.text, negatives)
        text_ids = np.asarray(written.ids, np.int64)
    if catalog is None:
        catalog = Catalog.load(library, only=np.concatenate([clip_ids, word_ids, tag_ids, text_ids]).tolist())
        allowed = _allowed(catalog, None, exclude)
    assert allowed is not None
    ok = _within(clip_ids, allowed)
    clip_ids, clip_scores = clip_ids[ok], clip_scores[ok]
    order = np.argsort(-clip_scores, kind="stable")
    clip_ids, clip_scores = clip_ids[order], clip_scores[order]
    word_ids = word_ids[_within(word_ids, allowed)]
    tag_ids = tag_ids[_within(tag_ids, allowed)]
    text_ids = text_ids[_within(text_ids, allowed)]

    # Fuse: one slot per candidate photo.
    cand = _distinct(np.concatenate([clip_ids, word_ids, tag_ids, text_ids]))
    fused = np.zeros(len(cand), np.float64)
    reasons = np.zeros(len(cand), np.uint8)
    scores = np.full(len(cand), np.nan, np.float32)
    pos = np.searchsorted(cand, clip_ids)
    scores[pos] = clip_scores
    fused[pos] += 1.0 / (RRF_K + 1 + np.arange(len(pos)))
    if cut is not None:
        reasons[pos[clip_scores >= cut.threshold]] |= REASON_PICTURE
    for ranked, bit in ((word_ids, 0), (tag_ids, REASON_TAG), (text_ids, REASON_TEXT)):
        if not len(ranked):
            continue
        p = np.searchsorted(cand, ranked)
        fused[p] += WORD_WEIGHT / (RRF_K + 1 + np.arange(len(p)))
        if bit:
            reasons[p] |= bit
        else:
            reasons[p] |= np.fromiter(
                ((REASON_NAME if i in words.by_name else 0) | (REASON_KEYWORD if i in words.by_keyword else 0)
                 | (REASON_PLACE if i in words.by_place else 0) for i in ranked.tolist()), np.uint8, len(ranked))
    # Word and tag matches the CLIP ranking did not reach still show their picture's score.
    missing = np.isnan(scores)
    if searcher is not None and missing.any():
        have, sims = searcher.scores_of(cand[missing].tolist(), vector)
        scores[np.searchsorted(cand, have)] = sims

    keep = np.ones(len(cand), bool) if req.show_all else reasons != 0
    weaker = 0 if req.show_all else int(np.count_nonzero(reasons == 0))
    cand, fused, reasons, scores = cand[keep], fused[keep], reasons[keep], scores[keep]
    if req.sort == "relevance":
        order = np.lexsort((-np.nan_to_num(scores, nan=-math.inf), -fused))
    else:
        r = catalog.rows_of(cand)
        order = np.lexsort((cand, r)) if req.sort == "newest" else np.lexsort((-cand, -r))
    order = order[: req.limit]
    shown = cand[order]
    text_words = {pid: written.words[pid] for pid in shown.tolist() if pid in written.words}
    return SearchResults(shown, scores[order], reasons[order], cutoff=cut, matches=int(keep.sum()),
                         weaker=weaker, words_only=searcher is None, text_words=text_words,
                         **base)  # type: ignore[arg-type]

