"""Perceptual hashes of photos, and finding every pair of hashes within a Hamming distance without comparing all
pairs.

The hash is imagehash's 64-bit DCT pHash of the upright (EXIF-oriented) picture, squashed to a small square first:
re-encoding, resizing, format conversion and EXIF rotation move it by at most 2 bits, distinct photographs sit
14+ bits apart (see `SAME_THRESHOLD` and ``benchmarks/duplicates.py``). It is stored as 16
hex digits in ``photos.phash``.

Photos indexed before hashes were stored get theirs from `ensure_phashes`, once, in a thread pool (files are only
read). `pairs_within` is exact multi-index hashing: the 64 bits are cut into four 16-bit blocks, and two hashes within
``t`` bits of each other must be within ``r_i`` bits of each other in at least one block ``i`` whenever
``sum(r_i) >= t - 3`` (otherwise every block differs by at least ``r_i + 1`` and the total exceeds ``t``). Each block
is a counting-sorted table; probing it with every 16-bit mask of at most ``r_i`` bits finds the candidates, and
the full distance is checked on those only. At ``t = 10`` that is 428 vectorised probes, about 2 s for 100 000
photos on two cores, where all pairs would be 5 billion comparisons (about 3 minutes in numpy blocks).

Crops. A copy cropped by a few per cent (or straightened by a degree or two, which crops too) moves the full-frame
hash by up to 22 bits, beyond `SAME_THRESHOLD`. So each photo also has hashes of its aligned centre regions at
`REGION_SCALES` (each 95 % of the one before, stored in ``photo_region_hashes``). A copy cropped to 90 % shows at
full frame what its original shows at 0.9: one of the original's regions matches the copy's full frame, and the
next smaller regions of each match too. `regions_match` asks for all but one of the aligned pairs on one diagonal
(a scale offset) to be within the threshold, which distinct photographs never gave on benchmarks/duplicates.py
while every crop up to 10 %, straightening up to 2 degrees and editor re-save did. Photos hashed before regions
existed get theirs from `ensure_phashes` too.

No Qt here; `perceptual_hash` and `region_hashes` are safe to call from a thread pool.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

import imagehash
import numpy as np
from PIL import Image

from photoclip.core import imaging
from photoclip.core.library import Library, PhotoRecord

# Hamming distance (of 64 bits) up to which two photos are "the same picture", chosen on benchmarks/duplicates.py
# (20 photographs at 1600 px): copies (JPEG q60, 50 % resize, PNG, WebP, EXIF rotation) are within 2 bits (so are
# JPEG q30, WebP q50, a 12.5 % resize, +-20 % contrast and greyscale, tried aside), a centred 5 % crop is within 10
# for 83 % of photos (94 % at 12), and different photographs are 14+ bits apart. Aligned 25-px face crops, the
# hardest case, come as close as 10 (1 pair of 28,950; 9 pairs at 12), so 10 rather than 12.
SAME_THRESHOLD = 10
# A whole frame alone must be this much closer than the threshold: two different men's aligned 25-px faces
# (benchmarks/duplicates.py) were 10 bits apart, and no copy of any kind needed more than 8 once regions answer
# for crops and straightening.
FULL_MARGIN = 2
HASH_BITS = 64
# The picture is squashed to this square before pHash's own 32 x 32 resize: hashing a full 1600-px PNG directly
# would spend most of its time in a Lanczos resize that the hash cannot tell from this cheap one.
_HASH_INPUT = 128
# Decode size for hashing a photo from its file (photos indexed before hashes were stored): like the indexer's.
HASH_DECODE_SIZE = 256
# Below this many distinct hashes, comparing every pair in numpy blocks is quicker than building tables.
_BRUTE_FORCE_MAX = 4096
# Upper bound on candidate pairs materialised at once, to keep memory flat on skewed hash distributions.
_CHUNK_PAIRS = 4_000_000
_STORE_BATCH = 256

# Centre regions hashed besides the full frame: each 95 % of the one before (linear), so a centred crop of up to
# 10 % (5 % off each side) lands within 2.5 % of an aligned region; 0.95 and four scales measured best (see above).
REGION_SCALES = (1.0, 0.95, 0.9025, 0.857375)

_POP8 = np.array([bin(i).count("1") for i in range(256)], dtype=np.uint8)


def perceptual_hash(img: Image.Image) -> str:
    """The 64-bit pHash of an upright decoded photo, as 16 hex digits."""
    small = img.resize((_HASH_INPUT, _HASH_INPUT), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return str(imagehash.phash(small))


def region_hashes(img: Image.Image) -> list[str]:
    """pHashes of the centre regions of an upright photo at `REGION_SCALES`; the first is `perceptual_hash`."""
    w, h = img.size
    out = []
    for scale in REGION_SCALES:
        dx, dy = round(w * (1 - scale) / 2), round(h * (1 - scale) / 2)
        out.append(perceptual_hash(img.crop((dx, dy, w - dx, h - dy)) if scale < 1 else img))
    return out


def regions_match(a: list[int], b: list[int], t: int) -> int | None:
    """The distance at which two photos' region hashes (`REGION_SCALES`, as ints) say "one picture", or None.

    Full frames within ``t - FULL_MARGIN`` bits answer on their own (uncropped copies: their distance). Otherwise the
    best diagonal (a scale offset, or the same scales: a crop and its original) of ``m`` aligned pairs with all but one
    (at least two) within ``t`` answers with the largest of those. All but one rather than two: aligned 25-px faces
    (benchmarks/duplicates.py) had two close pairs on the four-pair diagonal once; no copy needed that."""
    full = (a[0] ^ b[0]).bit_count()
    if full <= t - FULL_MARGIN:
        return full
    best: int | None = None
    n = min(len(a), len(b))
    for k in range(-(n - 2), n - 1):
        ds = sorted((a[i] ^ b[i + k]).bit_count() for i in range(n) if 0 <= i + k < n)
        need = max(2, len(ds) - 1)
        if len(ds) >= need and ds[need - 1] <= t and (best is None or ds[need - 1] < best):
            best = ds[need - 1]
    return best


def stored_region_hashes(library: Library, photos: list[PhotoRecord], *, tried: bool = False) -> dict[int, list[int]]:
    """photo id -> its region hashes as ints, for those whose stored regions belong to their current content.
    ``tried``: also photos whose file could not be decoded (an empty list: not tried again until it changes)."""
    current = {p.id: p.content_hash for p in photos}
    out: dict[int, list[int]] = {}
    ids = list(current)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for pid, digest, hashes in library.db.execute(
                f"SELECT photo_id, content_hash, hashes FROM photo_region_hashes WHERE photo_id IN ({marks})", chunk):
            if digest == current[pid] and (hashes or tried):
                out[pid] = [int(h, 16) for h in hashes.split()]
    return out


def regions_by_content(library: Library, digests: Iterable[str]) -> dict[str, list[str]]:
    """content hash -> the region hashes stored for a photo with that content (a copy has the same ones)."""
    out: dict[str, list[str]] = {}
    wanted = list(dict.fromkeys(d for d in digests if d))
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for digest, hashes in library.db.execute(
                f"SELECT content_hash, hashes FROM photo_region_hashes WHERE hashes != '' "
                f"AND content_hash IN ({','.join('?' * len(chunk))})", chunk):
            out.setdefault(digest, hashes.split())
    return out


def store_region_hashes(library: Library, items: list[tuple[PhotoRecord, list[str]]]) -> None:
    store_regions(library, [(p.id, p.content_hash, h) for p, h in items])


def store_regions(library: Library, items: list[tuple[int, str | None, list[str]]]) -> None:
    """(photo id, content hash, region hashes) rows; the indexer stores them as it decodes each photo anyway."""
    with library.transaction():
        library.db.executemany(
            "INSERT OR REPLACE INTO photo_region_hashes(photo_id, content_hash, hashes) VALUES (?, ?, ?)",
            ((pid, digest or "", " ".join(h)) for pid, digest, h in items))


def ensure_phashes(
    library: Library,
    photos: list[PhotoRecord],
    *,
    progress: Callable[[int, int, int], None] | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
) -> list[PhotoRecord]:
    """``photos`` with their perceptual hashes, the missing ones (and missing region hashes, see `region_hashes`)
    computed in a thread pool and stored.

    ``progress(done, total, skipped)``. A file that is gone, changed since it was indexed or unreadable gets no
    hash (the next index run or call tries again). A set ``cancel`` stops early; what was computed is kept.
    """
    stored = stored_region_hashes(library, photos, tried=True)
    # A photo tried and found undecodable (an empty list for its current content) is not decoded again.
    todo = [p for p in photos if p.id not in stored or (p.phash is None and stored[p.id])]
    if not todo:
        return photos
    from photoclip.core.pipeline import default_workers  # the pipeline imports this module

    # A copy (the same content hash) of a photo hashed before, or of one decoded here, takes its hashes instead
    # of being decoded again: the indexer gives a copy its original's vector without decoding it either.
    known = regions_by_content(library, (p.content_hash for p in todo if p.content_hash))
    first: set[str] = set()
    decode: list[PhotoRecord] = []
    copies: list[PhotoRecord] = []
    for p in todo:
        if p.content_hash and (p.content_hash in known or p.content_hash in first):
            copies.append(p)
        else:
            decode.append(p)
            if p.content_hash:
                first.add(p.content_hash)
    found: dict[int, str] = {}
    batch: list[tuple[int, str]] = []
    regions: list[tuple[PhotoRecord, list[str]]] = []
    done = skipped = 0
    n_workers = workers or default_workers()
    pending: deque[tuple[PhotoRecord, Future[list[str] | None]]] = deque()
    it = iter(decode)

    def take(p: PhotoRecord, value: list[str] | None) -> None:
        nonlocal done, skipped, batch, regions
        done += 1
        if not value:
            skipped += 1
            if value is not None:  # undecodable: remember it, so that no scan decodes it again
                regions.append((p, []))
        else:
            regions.append((p, value))
            if p.content_hash:
                known.setdefault(p.content_hash, value)
            if p.phash is None:
                found[p.id] = value[0]
                batch.append((p.id, value[0]))
        if len(batch) >= _STORE_BATCH or len(regions) >= _STORE_BATCH:
            library.set_phashes(batch)
            store_region_hashes(library, regions)
            batch, regions = [], []
        if progress is not None and (done % 64 == 0 or done == len(todo)):
            progress(done, len(todo), skipped)

    try:
        with ThreadPoolExecutor(n_workers, thread_name_prefix="photoclip-phash") as pool:
            # A bounded look-ahead, as in the indexer: the pool stays busy and memory stays flat.
            for p in itertools.islice(it, n_workers * 4):
                pending.append((p, pool.submit(_hash_file, p)))
            while pending and not (cancel is not None and cancel.is_set()):
                p, fut = pending.popleft()
                nxt = next(it, None)
                if nxt is not None:
                    pending.append((nxt, pool.submit(_hash_file, nxt)))
                take(p, fut.result())
            for _, fut in pending:
                fut.cancel()
        for p in copies:
            if cancel is not None and cancel.is_set():
                break
            # A copy of a photo found undecodable is left out: the next scan decodes it (and finds the same).
            value = known.get(p.content_hash)  # type: ignore[arg-type]
            if value is not None and _unchanged(p):
                take(p, value)
            else:
                take(p, None)
    finally:
        if batch:
            library.set_phashes(batch)
        if regions:
            store_region_hashes(library, regions)
    return [replace(p, phash=found[p.id]) if p.id in found else p for p in photos]


def _unchanged(p: PhotoRecord) -> bool:
    """The file still has the size and mtime of its row, so its row's content hash is its content's."""
    try:
        st = os.stat(p.path)
    except OSError:
        return False
    return (st.st_size, st.st_mtime_ns) == (p.size, p.mtime_ns)


def _hash_file(p: PhotoRecord) -> list[str] | None:
    try:
        st = os.stat(p.path)
        if st.st_size != p.size or st.st_mtime_ns != p.mtime_ns:
            return None  # a hash of new content on the old row would be wrong; the indexer will redo both
    except OSError:
        return None  # gone or unreachable (a drive not connected): try again next time
    try:
        img, _meta = imaging.open_oriented(p.path, min_size=HASH_DECODE_SIZE)
        return region_hashes(img)
    except (OSError, imaging.ImageError):
        return []


def hash_to_int(value: str) -> int:
    return int(value, 16)


def hashes_to_array(values: list[str]) -> np.ndarray:
    return np.fromiter((int(v, 16) for v in values), dtype=np.uint64, count=len(values))


def popcount(x: np.ndarray) -> np.ndarray:
    """Set bits of each uint64 (numpy >= 2 has this built in; the table keeps numpy 1.26 working)."""
    count = getattr(np, "bitwise_count", None)
    if count is not None:
        return count(x).astype(np.int64)
    x = np.ascontiguousarray(x, dtype=np.uint64)
    return _POP8[x.view(np.uint8)].reshape(*x.shape, 8).sum(axis=-1, dtype=np.int64)


def distance(a: str, b: str) -> int:
    return (hash_to_int(a) ^ hash_to_int(b)).bit_count()


def pairs_within(hashes: np.ndarray, t: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair ``i < j`` of ``hashes`` (uint64) with Hamming distance <= ``t``: (i, j, distance), exact.

    Meant for distinct hash values (group equal hashes first); equal values still come out, at distance 0.
    """
    h = np.ascontiguousarray(hashes, dtype=np.uint64)
    n = len(h)
    if not 0 <= t < HASH_BITS:
        raise ValueError(f"threshold must be in 0..{HASH_BITS - 1}, got {t}")
    if n < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    parts = list(_brute_force(h, t) if n <= _BRUTE_FORCE_MAX else _multi_index(h, t))
    if not parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    i = np.concatenate([p[0] for p in parts])
    j = np.concatenate([p[1] for p in parts])
    # A pair close in several blocks is found once per block: keep one.
    key = np.unique(i * n + j)
    i, j = key // n, key % n
    return i, j, popcount(h[i] ^ h[j])


def _brute_force(h: np.ndarray, t: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    n = len(h)
    step = max(1, _CHUNK_PAIRS // n)
    for start in range(0, n, step):
        rows = np.arange(start, min(n, start + step))
        d = popcount(h[rows, None] ^ h[None, :])
        ri, cj = np.nonzero(d <= t)
        i = rows[ri]
        keep = i < cj
        yield i[keep], cj[keep]


def _radii(t: int, blocks: int = 4) -> list[int]:
    # The smallest radii whose sum reaches t - blocks + 1, spread evenly (cheapest probing for that guarantee).
    need = max(0, t - blocks + 1)
    return [need // blocks + (1 if b < need % blocks else 0) for b in range(blocks)]


def _masks(radius: int) -> np.ndarray:
    masks = [0]
    for r in range(1, radius + 1):
        masks += [sum(1 << b for b in bits) for bits in itertools.combinations(range(16), r)]
    return np.asarray(masks, dtype=np.int64)


def _multi_index(h: np.ndarray, t: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    n = len(h)
    idx = np.arange(n, dtype=np.int64)
    for block, radius in enumerate(_radii(t)):
        keys = ((h >> np.uint64(16 * block)) & np.uint64(0xFFFF)).astype(np.int64)
        order = np.argsort(keys, kind="stable")
        counts = np.bincount(keys, minlength=1 << 16)
        starts = np.cumsum(counts) - counts
        for mask in _masks(radius):
            probe = keys ^ mask
            c = counts[probe]
            if mask:
                # A pair whose blocks differ by `mask` is seen from both ends: probe from the smaller key only.
                c = np.where(keys < probe, c, 0)
            yield from _expand(idx, c, starts[probe], order, h, t)


def _expand(idx: np.ndarray, c: np.ndarray, s: np.ndarray, order: np.ndarray, h: np.ndarray,
            t: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Candidate pairs (i, bucket member) for each i, checked against t, in chunks of bounded size."""
    nz = np.nonzero(c)[0]
    if len(nz) == 0:
        return
    cum = np.cumsum(c[nz])
    lo = 0
    while lo < len(nz):
        # Cut the rows so that one chunk materialises at most _CHUNK_PAIRS candidates (at least one row).
        base = cum[lo - 1] if lo else 0
        hi = max(lo + 1, int(np.searchsorted(cum, base + _CHUNK_PAIRS, side="right")))
        rows = nz[lo:hi]
        rc = c[rows]
        total = int(rc.sum())
        i = np.repeat(idx[rows], rc)
        offset = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(rc) - rc, rc)
        j = order[np.repeat(s[rows], rc) + offset]
        close = (popcount(h[i] ^ h[j]) <= t) & (i != j)
        i, j = i[close], j[close]
        # Order each pair; inside one bucket (mask 0) both orders come out, and the caller drops the repeat.
        yield np.minimum(i, j), np.maximum(i, j)
        lo = hi
