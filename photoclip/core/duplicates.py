"""Duplicate photos at three strengths, grouped without chaining, and acting on them safely.

Strengths, strongest first; each also finds the stronger kinds (identical bytes are the same picture, and the
same picture is a very similar shot):

- ``identical``: the same bytes (``photos.content_hash``, stored for every photo at index time).
- ``same``: the same picture re-encoded, resized, converted, EXIF-rotated, cropped by up to 10 % or straightened by a
  degree or two: 64-bit perceptual hashes (``photos.phash``) at most `SAME_THRESHOLD` bits apart (whole frames alone:
  `phash.FULL_MARGIN` closer), or, for crops, two aligned centre regions that close (see `phash.regions_match`);
  candidate pairs from exact multi-index hashing over every region hash (see `phash`). Inside a group about to form, a
  pair the hashes leave open (two copies straightened in opposite directions) gets a second opinion from matched ORB
  features (see `features`; at most `FEATURE_CONFIRM_MAX` pairs per merge), so complete linkage does not leave such a
  copy out.
  Photos indexed before (region) hashes were stored get theirs here, once, in a thread pool.
- ``similar``: near-identical shots (a burst, a slightly moved camera, a heavier crop): CLIP cosine similarity of
  at least `SIMILAR_THRESHOLD`, candidate pairs from each photo's nearest neighbours in the HNSW index.

Grouping rule, so that A≈B≈C≈…≈Z never chains A and Z into one group: a group is a set of photos of which *every
two* are within the threshold (complete linkage), not a connected component. Candidate pairs are taken closest
first, and a pair joins its two groups only when every photo of one is within the threshold of every photo of the
other; a photo therefore ends up with the photos it is closest to. Pairs the user marked "not duplicates" count as
far apart at every strength, so they never share a group again (a later photo may still join one of them).
So are a RAW and its own JPEG (one shot in two files, see `pairs`), and a group holds at most one paired RAW.

Suggested keeper: the RAW of a RAW + JPEG pair (a photographer's original: never suggested for the trash, and never
trashed or moved while its JPEG is in the library), then any RAW file (a JPEG of the same picture is an export of
it, or the camera's own rendering, however many pixels either reports), then highest resolution, then largest file,
then earliest date taken, then richest metadata (date, camera make, model present), then the shortest file name
(copies get suffixes like " (1)" or "-copy"), then the photo that has been in the library longest. The user may
pick another. A burst (see `bursts`: seconds apart, one camera) is not a set of copies: its keeper is its sharpest
frame (see `sharpness`). Each group says what it is (``kind``: 'copies', 'burst' or 'similar' shots) and why its
keeper was suggested (``keeper_reason``).

Acting on a group (trash, move, "not duplicates") is `duplicate_actions`' job.

No Qt here. Like `Library`, everything runs on the thread that opened the library; hashing fans out to a pool.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from photoclip.core.bursts import as_burst
from photoclip.core.features import FeatureMatcher
from photoclip.core.formats import is_raw_name
from photoclip.core.library import Library, PhotoRecord
from photoclip.core.pairs import find_pairs, pair_links, paired_raws
from photoclip.core.phash import (
    SAME_THRESHOLD,
    ensure_phashes,
    pairs_within,
    regions_match,
    stored_region_hashes,
)
from photoclip.core.sharpness import focus_of_file
from photoclip.core.vectors import VectorIndex

STRENGTHS = ("identical", "same", "similar")
# CLIP cosine at which two photos count as "similar shots". Published CLIP dedup recipes use 0.95-0.99 to catch
# copies of one image; copies are already the "same" strength's job, so "similar" reaches a little lower, to
# bursts and re-framings of one moment, while complete linkage keeps the groups tight. The user moves it.
SIMILAR_THRESHOLD = 0.92
# Neighbours asked of the HNSW index per photo; a photo whose k-th neighbour still passes the threshold (a long
# burst) is asked again with four times as many, up to MAX_NEIGHBOURS (a group never needs more members).
SIMILAR_NEIGHBOURS = 16
MAX_NEIGHBOURS = 64
# Search breadth for those queries (at least k): near-duplicates are a photo's very closest neighbours, which HNSW
# finds without the wide search that ranking a library for a text query needs; at 100k photos this halves the
# scan (benchmarks/duplicates.py) and still finds every planted near-duplicate.
SIMILAR_EF = 16
_QUERY_CHUNK = 2048
# Pairs a merge of two 'same' groups may leave to the feature check (see `features`); more open pairs than this
# mean the groups are not one picture, and checking them all would cost ~50 ms each.
FEATURE_CONFIRM_MAX = 4


class DuplicateScanCancelled(Exception):
    """`find_duplicates` was cancelled; hashes computed so far are kept."""


@dataclass(frozen=True)
class DuplicateProgress:
    stage: str  # 'hashing' (perceptual hashes of older photos) | 'comparing' (similar: neighbour queries)
    done: int
    total: int
    skipped: int = 0  # photos that could not be hashed (gone, changed since indexed, unreadable)


@dataclass
class DuplicateGroup:
    """Photos that are duplicates of each other at ``strength``; ``members[0]`` is the suggested keeper.

    ``evidence`` says why, in JSON-ready values: ``threshold``, the worst pair in the group (``max_distance`` for
    'same', ``min_similarity`` for 'similar'), each member's value against the suggested keeper (``distance`` or
    ``similarity``, keyed by photo id), the ``measure`` used and ``identical_to_keeper`` (ids of byte-identical
    copies of the keeper).
    """

    members: list[PhotoRecord]
    keeper_id: int
    strength: str
    evidence: dict[str, Any] = field(default_factory=dict)
    # 'copies' (one shot in several files), 'burst' (one camera, seconds apart) or 'similar' (other shots alike).
    kind: str = "copies"
    burst_span_s: float | None = None
    # Why members[0] was suggested: {"rule": ..., "text": ..., and the rule's values}; see `keeper_reason`.
    keeper_reason: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """What the group is, for a person: "burst of 7, 2.1 s", "copies" or "similar shots"."""
        if self.kind == "burst":
            return f"burst of {len(self.members)}, {self.burst_span_s or 0:g} s"
        return "copies" if self.kind == "copies" else "similar shots"

    @property
    def ids(self) -> list[int]:
        return [p.id for p in self.members]

    def member(self, photo_id: int) -> PhotoRecord:
        for p in self.members:
            if p.id == photo_id:
                return p
        raise ValueError(f"photo {photo_id} is not in this group")

    @property
    def keeper(self) -> PhotoRecord:
        return self.member(self.keeper_id)

    def others(self, keeper_id: int | None = None) -> list[PhotoRecord]:
        keep = self.keeper_id if keeper_id is None else self.member(keeper_id).id
        return [p for p in self.members if p.id != keep]

    def reclaimable_bytes(self, keeper_id: int | None = None) -> int:
        return sum(p.size for p in self.others(keeper_id))


# -- finding --------------------------------------------------------------------------------------------------


def find_duplicates(
    library: Library,
    model_key: str | None,
    strength: str,
    threshold: float | None = None,
    folder: str | os.PathLike[str] | None = None,
    progress: Callable[[DuplicateProgress], None] | None = None,
    *,
    cancel: threading.Event | None = None,
    workers: int | None = None,
    features: bool = True,
) -> list[DuplicateGroup]:
    """Duplicate groups among the library's photos (those under ``folder`` only, when given), by keeper path.

    ``threshold``: Hamming bits for 'same' (default `SAME_THRESHOLD`), cosine for 'similar' (default
    `SIMILAR_THRESHOLD`); 'identical' takes none. ``model_key`` names the vectors 'similar' compares.
    ``features``: let matched features confirm 'same' pairs the hashes leave open (see `features`).
    """
    if strength not in STRENGTHS:
        raise ValueError(f"unknown strength {strength!r}; expected one of {', '.join(STRENGTHS)}")
    photos = library.ok_photos(folder)
    pair_of = find_pairs((p.id, p.path) for p in photos)
    dismissed = _Apart(library.dismissed_pairs() | pair_links(pair_of), paired_raws(pair_of))
    if strength == "identical":
        if threshold is not None:
            raise ValueError("identical duplicates take no threshold")
        clusters, evidence = _identical(photos, dismissed)
    elif strength == "same":
        t = SAME_THRESHOLD if threshold is None else _bits(threshold)

        def on_hashed(done: int, total: int, skipped: int) -> None:
            if progress is not None:
                progress(DuplicateProgress("hashing", done, total, skipped))

        photos = ensure_phashes(library, photos, progress=on_hashed, cancel=cancel, workers=workers)
        if cancel is not None and cancel.is_set():
            raise DuplicateScanCancelled()
        clusters, evidence = _same(library, photos, t, dismissed, FeatureMatcher() if features else None)
    else:
        thr = SIMILAR_THRESHOLD if threshold is None else float(threshold)
        if not 0.0 < thr <= 1.0:
            raise ValueError(f"the 'similar' threshold is a cosine similarity in (0, 1], got {threshold}")
        if model_key is None:
            raise ValueError("similar duplicates need the model whose vectors to compare")
        clusters, evidence = _similar(library, model_key, photos, thr, dismissed, progress, cancel)
    by_id = {p.id: p for p in photos}
    groups = [_make_group([by_id[i] for i in ids], strength, evidence, dismissed.protected) for ids in clusters]
    if cancel is not None and cancel.is_set():
        raise DuplicateScanCancelled()
    groups.sort(key=lambda g: g.keeper.path)
    return groups


def _bits(threshold: float) -> int:
    if threshold != int(threshold) or not 0 <= threshold <= 32:
        raise ValueError(f"the 'same' threshold is a whole number of bits from 0 to 32, got {threshold}")
    return int(threshold)


def keeper_rank(p: PhotoRecord) -> tuple[object, ...]:
    """Sort key of the keeper rule (see the module docstring): the best photo to keep sorts first."""
    pixels = (p.width or 0) * (p.height or 0)
    richness = sum(v is not None for v in (p.taken_at, p.camera_make, p.camera_model))
    return (not is_raw_name(p.path), -pixels, -p.size, p.taken_at is None, p.taken_at or "", -richness,
            len(os.path.basename(p.path)), p.id)


def suggest_keeper(members: Sequence[PhotoRecord]) -> PhotoRecord:
    return min(members, key=keeper_rank)


Evidence = Callable[[list[int], int], dict[str, Any]]


_RULES = ("raw", "resolution", "size", "date", "date", "metadata", "name", "oldest")


def keeper_reason(group_kind: str, members: Sequence[PhotoRecord], protected: frozenset[int] = frozenset(),
                  focus: dict[int, float] | None = None) -> dict[str, Any]:
    """Why ``members[0]`` is the photo to keep, as {"rule", "text", ...values}: JSON-ready, and structured so the
    app can say it in the user's language. ``focus``: the burst's focus measures (see `sharpness`)."""
    keeper = members[0]
    if len(members) < 2:
        return {"rule": "only", "text": "the only photo"}
    runner = members[1]
    if keeper.id in protected and runner.id not in protected:
        return {"rule": "raw_pair", "text": "the RAW original of a RAW + JPEG pair"}
    if group_kind == "burst" and focus and keeper.id in focus:
        rest = [v for pid, v in focus.items() if pid != keeper.id]
        nxt = max(rest) if rest else 0.0
        ratio = focus[keeper.id] / nxt if nxt > 0 else None
        text = f"sharpest: {ratio:.1f}x the focus measure of the next" if ratio is not None else "sharpest"
        return {"rule": "sharpest", "text": text, "ratio": None if ratio is None else round(ratio, 2),
                "focus": round(focus[keeper.id], 1)}
    ka, kb = keeper_rank(keeper), keeper_rank(runner)
    rule = next((_RULES[i] for i, (x, y) in enumerate(zip(ka, kb, strict=True)) if x != y), "oldest")
    if rule == "raw":
        return {"rule": rule, "text": "the RAW original"}
    if rule == "resolution":
        mp = ((keeper.width or 0) * (keeper.height or 0) / 1e6, (runner.width or 0) * (runner.height or 0) / 1e6)
        return {"rule": rule, "text": f"highest resolution: {mp[0]:.1f} MP against {mp[1]:.1f} MP",
                "megapixels": round(mp[0], 2), "next_megapixels": round(mp[1], 2)}
    if rule == "size":
        return {"rule": rule, "text": f"largest file: {keeper.size:,} bytes against {runner.size:,}",
                "bytes": keeper.size, "next_bytes": runner.size}
    if rule == "date":
        return {"rule": rule, "text": f"earliest date taken: {keeper.taken_at}", "taken_at": keeper.taken_at}
    if rule == "metadata":
        return {"rule": rule, "text": "richest metadata (date taken, camera)"}
    if rule == "name":
        return {"rule": rule, "text": "shortest file name (copies get suffixes)"}
    return {"rule": "oldest", "text": "in the library longest"}


def _make_group(
    members: list[PhotoRecord], strength: str, evidence: Evidence, protected: frozenset[int] = frozenset()
) -> DuplicateGroup:
    burst = as_burst(members) if strength != "identical" else None
    focus: dict[int, float] = {}
    if burst is not None:
        # A burst keeps its sharpest frame; a frame that cannot be read is never suggested over one that can.
        focus = {p.id: f for p in members if (f := focus_of_file(p.path)) is not None}
        members = sorted(members, key=lambda p: (p.id not in protected, -focus.get(p.id, -1.0), *keeper_rank(p)))
        kind = "burst"
    else:
        members = sorted(members, key=lambda p: (p.id not in protected, *keeper_rank(p)))
        dates = {p.taken_at for p in members}
        kind = "similar" if strength == "similar" and (len(dates) > 1 or None in dates) else "copies"
    keeper = members[0]
    ev = evidence([p.id for p in members], keeper.id)
    ev["identical_to_keeper"] = [p.id for p in members[1:] if p.content_hash and p.content_hash == keeper.content_hash]
    if focus:
        ev["focus"] = {pid: round(v, 1) for pid, v in focus.items()}
    return DuplicateGroup(members, keeper.id, strength, ev, kind, burst.span_s if burst else None,
                          keeper_reason(kind, members, protected, focus))


def _complete_linkage(
    edges: Iterable[tuple[float, int, int]], all_close: Callable[[list[int], list[int]], bool]
) -> list[list[int]]:
    """Groups in which every two photos are close, grown from candidate pairs taken best (lowest key) first.

    ``all_close(a, b)`` says whether every photo of ``a`` is close to every photo of ``b``. A merge refused once is
    not tried again while both groups stay as they are, so a long burst costs one check per pair of groups.
    """
    # Singletons are their own group, named by their photo id; merged groups get negative names.
    group_of: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    refused: set[tuple[int, int]] = set()
    names = itertools.count(-1, -1)
    for _, a, b in sorted(edges):
        ga, gb = group_of.get(a, a), group_of.get(b, b)
        if ga == gb or _pair(ga, gb) in refused:
            continue
        left, right = members.get(ga, [a]), members.get(gb, [b])
        if not all_close(left, right):
            refused.add(_pair(ga, gb))
            continue
        merged = next(names)
        members[merged] = left + right
        members.pop(ga, None)
        members.pop(gb, None)
        for x in members[merged]:
            group_of[x] = merged
    return [sorted(m) for m in members.values()]


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


@dataclass(frozen=True)
class _Apart:
    """What must never share a group: dismissed pairs (and each RAW with its own JPEG), and two paired RAWs (one of
    them would be suggested for the trash)."""

    pairs: set[tuple[int, int]]
    protected: frozenset[int] = frozenset()


def _not_dismissed(apart: _Apart) -> Callable[[list[int], list[int]], bool]:
    partners: dict[int, set[int]] = {}
    for a, b in apart.pairs:
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
    protected = apart.protected

    def ok(left: list[int], right: list[int]) -> bool:
        if protected and not protected.isdisjoint(left) and not protected.isdisjoint(right):
            return False
        if not partners:
            return True
        others = set(right)
        return not any(partners.get(x, set()) & others for x in left)

    return ok


def _identical(photos: list[PhotoRecord], dismissed: _Apart) -> tuple[list[list[int]], Evidence]:
    buckets: dict[str, list[int]] = {}
    for p in photos:
        if p.content_hash:
            buckets.setdefault(p.content_hash, []).append(p.id)
    hash_of = {p.id: p.content_hash for p in photos}
    edges = [(0.0, a, b) for ids in buckets.values() if len(ids) > 1 for a, b in itertools.combinations(ids, 2)]
    allowed = _not_dismissed(dismissed)

    def all_close(left: list[int], right: list[int]) -> bool:
        return hash_of[left[0]] == hash_of[right[0]] and allowed(left, right)  # one bucket: one hash

    def evidence(ids: list[int], keeper: int) -> dict[str, Any]:
        return {"measure": "content hash (SHA-256 of the file's bytes)", "threshold": None,
                "content_hash": hash_of[keeper]}

    return _complete_linkage(edges, all_close), evidence


def _same(
    library: Library, photos: list[PhotoRecord], t: int, dismissed: _Apart, matcher: FeatureMatcher | None = None
) -> tuple[list[list[int]], Evidence]:
    hashed = [p for p in photos if p.phash]
    full = {p.id: int(p.phash, 16) for p in hashed}  # type: ignore[arg-type]
    regions = stored_region_hashes(library, hashed)
    # Every hash of every photo (its frame, and its centre regions where known) is a point; equal values are one
    # point for the search, and their photos are expanded into candidate pairs afterwards.
    owners: dict[int, set[int]] = {}
    for pid, h in full.items():
        for value in regions.get(pid, [h]):
            owners.setdefault(value, set()).add(pid)
    values = list(owners)
    ui, uj, _ud = pairs_within(np.fromiter(values, dtype=np.uint64, count=len(values)), t)
    candidates: set[tuple[int, int]] = set()
    for ids in owners.values():
        candidates.update(_pair(a, b) for a, b in itertools.combinations(sorted(ids), 2))
    for a, b in zip(ui.tolist(), uj.tolist(), strict=True):
        candidates.update(_pair(x, y) for x in owners[values[a]] for y in owners[values[b]] if x != y)
    known: dict[tuple[int, int], int | None] = {}

    def dist(x: int, y: int) -> int | None:
        """How far apart two photos are as one picture (crops included), or None when they are not."""
        key = _pair(x, y)
        if key not in known:
            rx, ry = regions.get(x), regions.get(y)
            if rx is not None and ry is not None:
                known[key] = regions_match(rx, ry, t)
            else:
                d = (full[x] ^ full[y]).bit_count()
                known[key] = d if d <= t else None
        return known[key]

    edges: list[tuple[float, int, int]] = []
    for x, y in candidates:
        d = dist(x, y)
        if d is not None:
            edges.append((float(d), x, y))
    allowed = _not_dismissed(dismissed)
    path_of = {p.id: p.path for p in hashed}
    by_features: set[tuple[int, int]] = set()

    def all_close(left: list[int], right: list[int]) -> bool:
        if not allowed(left, right):
            return False
        open_pairs = [(x, y) for x in left for y in right if dist(x, y) is None]
        if not open_pairs:
            return True
        if matcher is None or len(open_pairs) > FEATURE_CONFIRM_MAX:
            return False
        for x, y in open_pairs:
            if not matcher.same_picture(path_of[x], path_of[y]):
                return False
            known[_pair(x, y)] = t  # one picture, as close as the threshold allows
            by_features.add(_pair(x, y))
        return True

    def evidence(ids: list[int], keeper: int) -> dict[str, Any]:
        out = {
            "measure": "perceptual hash (64-bit pHash) Hamming distance, of the frame or of aligned centre regions",
            "threshold": t,
            "max_distance": max(dist(x, y) or 0 for x, y in itertools.combinations(ids, 2)),
            "distance": {i: dist(keeper, i) for i in ids if i != keeper},
        }
        confirmed = [list(pr) for pr in itertools.combinations(sorted(ids), 2) if pr in by_features]
        if confirmed:
            out["confirmed_by_features"] = confirmed  # pairs the hashes left open, matched ORB features confirmed
        return out

    return _complete_linkage(edges, all_close), evidence


def _similar(
    library: Library,
    model_key: str,
    photos: list[PhotoRecord],
    thr: float,
    dismissed: _Apart,
    progress: Callable[[DuplicateProgress], None] | None,
    cancel: threading.Event | None,
) -> tuple[list[list[int]], Evidence]:
    index = VectorIndex.open(library, model_key)
    scope = np.asarray([p.id for p in photos if index is not None and p.id in index], dtype=np.int64)
    found_a: list[np.ndarray] = []
    found_b: list[np.ndarray] = []
    found_s: list[np.ndarray] = []

    def keep(src: np.ndarray, labels: np.ndarray, sims: np.ndarray) -> None:
        hit = (sims >= thr) & (labels != src[:, None]) & np.isin(labels, scope)
        r, c = np.nonzero(hit)
        found_a.append(src[r])
        found_b.append(labels[r, c])
        found_s.append(sims[r, c])

    for start in range(0, len(scope), _QUERY_CHUNK):
        if cancel is not None and cancel.is_set():
            raise DuplicateScanCancelled()
        if progress is not None:
            progress(DuplicateProgress("comparing", start, len(scope)))
        assert index is not None
        # The library holds the vectors as stored; reading them there is much faster than hnswlib's get_items.
        chunk, vecs = library.vectors_of(model_key, scope[start : start + _QUERY_CHUNK].tolist())
        labels, sims = index.query_many(vecs, SIMILAR_NEIGHBOURS + 1, ef=SIMILAR_EF)
        keep(chunk, labels, sims)
        # Every neighbour asked for passed: there may be more (a long burst); ask those photos again, wider.
        limit = min(MAX_NEIGHBOURS, len(index))
        for row in np.nonzero(sims[:, -1] >= thr)[0] if labels.shape[1] < limit else ():
            k = labels.shape[1]
            while True:
                k = min(k * 4, limit)
                more_l, more_s = index.query_many(vecs[row : row + 1], k, ef=max(SIMILAR_EF, k))
                if more_s[0, -1] < thr or k == limit:
                    break
            keep(chunk[row : row + 1], more_l, more_s)
    if progress is not None:
        progress(DuplicateProgress("comparing", len(scope), len(scope)))
    best: dict[tuple[int, int], float] = {}
    if found_a:
        a, b, s = np.concatenate(found_a), np.concatenate(found_b), np.concatenate(found_s)
        for x, y, v in zip(np.minimum(a, b).tolist(), np.maximum(a, b).tolist(), s.tolist(), strict=True):
            if v > best.get((x, y), -2.0):
                best[(x, y)] = v
    involved, mat = library.vectors_of(model_key, sorted({i for pair in best for i in pair}))
    norms = np.linalg.norm(mat, axis=1, keepdims=True) if len(mat) else np.ones((0, 1), np.float32)
    mat = mat / np.where(norms > 0, norms, 1.0)  # cosine, whatever was stored
    row_of = {pid: n for n, pid in enumerate(involved.tolist())}
    allowed = _not_dismissed(dismissed)

    def sim(x: int, y: int) -> float:
        return float(np.dot(mat[row_of[x]], mat[row_of[y]]))

    def all_close(left: list[int], right: list[int]) -> bool:
        block = mat[[row_of[x] for x in left]] @ mat[[row_of[y] for y in right]].T
        return bool((block >= thr).all()) and allowed(left, right)

    def evidence(ids: list[int], keeper: int) -> dict[str, Any]:
        return {
            "measure": f"CLIP cosine similarity ({model_key})",
            "threshold": thr,
            "min_similarity": round(min(sim(x, y) for x, y in itertools.combinations(ids, 2)), 4),
            "similarity": {i: round(sim(keeper, i), 4) for i in ids if i != keeper},
        }

    edges = [(-s, a, b) for (a, b), s in best.items()]
    return _complete_linkage(edges, all_close), evidence
