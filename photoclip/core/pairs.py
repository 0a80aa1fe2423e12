"""RAW + JPEG pairs: a camera set to RAW+JPEG writes one shot as two files, ``IMG_0001.CR2`` and ``IMG_0001.JPG``.

A pair is a RAW file and a JPEG (or HEIF, which some cameras and phones write instead) in the same folder with the
same base name, compared case-insensitively (cameras write ``IMG_0001.CR2`` and ``IMG_0001.JPG``, tools may
lower-case one of them). Several RAWs of one base name (a CR2 and the DNG converted from it) join the same pair.
The shot is shown by its JPEG: search returns one result per pair (`collapse`) and names the RAW in the details;
duplicates never put a RAW and its own JPEG in one group, and never suggest trashing a paired RAW (see
`duplicates`). Only usable (indexed) photos pair up: a RAW beside a broken JPEG stands on its own.

Pairs are derived from paths, never stored: `find_pairs` over a list of photos (what the app's photo table and the
duplicate finder already hold), `companions` for a page of search results through the library's case-insensitive
path index (schema step 4), a handful of indexed lookups rather than a pass over the library.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from photoclip.core.formats import RAW_EXTENSIONS, extension
from photoclip.core.library import Library

# The files that show a shot, best first: a JPEG beats a HEIF when a camera wrote both.
SHOWN_EXTENSIONS: tuple[str, ...] = (".jpg", ".jpeg", ".jpe", ".heic", ".heif")
_RAW_SUFFIXES = tuple(RAW_EXTENSIONS)


@dataclass(frozen=True)
class Pair:
    """One shot stored as several files: ``shown`` (the JPEG's photo id) stands for it, ``raws`` are its RAWs."""

    shown: int
    raws: tuple[int, ...]

    @property
    def ids(self) -> tuple[int, ...]:
        return (self.shown, *self.raws)


def shot_key(path: str) -> tuple[str, str]:
    """(folder, base name folded for comparison): files with equal keys are one shot."""
    folder, name = os.path.split(path)
    return folder, os.path.splitext(name)[0].casefold()


def _tail(path: str) -> str:
    """`extension` of a RAW or a shown photo, else "", in a third of its time (it runs for every photo of a
    library when the catalog loads): the last dot's suffix, when the name has something before that dot other
    than dots (as `os.path.splitext` has it: ".cr2" alone is a hidden file without an extension)."""
    dot = path.rfind(".")
    tail = path[dot:].lower()
    if tail not in RAW_EXTENSIONS and tail not in SHOWN_EXTENSIONS:
        return ""
    start = max(path.rfind("/"), path.rfind(os.sep)) + 1  # the suffixes hold no separator: the dot is after it
    return tail if path[start:dot].strip(".") else ""


def find_pairs(photos: Iterable[tuple[int, str]]) -> dict[int, Pair]:
    """Each paired photo's id -> its pair, among ``photos`` given as (id, path)."""
    photos = photos if isinstance(photos, list) else list(photos)
    # Most libraries have no RAW at all: a C-speed look at every name's end says so in a tenth of the time the
    # full pass takes (~0.5 s at 100,000 photos, each time the app loads its catalog). It may let through a
    # name that only looks like a RAW (".cr2" alone); the pass below tells.
    if not any(path.lower().endswith(_RAW_SUFFIXES) for _pid, path in photos):
        return {}
    # The RAWs' shots first: most libraries have few RAWs or none, and then most JPEGs need no shot key at all.
    shots: dict[tuple[str, str], list[tuple[int, str]]] = {}
    shown: list[tuple[int, str, str]] = []
    for pid, path in photos:
        ext = _tail(path)
        if ext in RAW_EXTENSIONS:
            shots.setdefault(shot_key(path), []).append((pid, ext))
        elif ext:
            shown.append((pid, path, ext))
    if not shots:
        return {}
    for pid, path, ext in shown:
        members = shots.get(shot_key(path))
        if members is not None:
            members.append((pid, ext))
    out: dict[int, Pair] = {}
    for members in shots.values():
        if len(members) < 2:
            continue
        raws = tuple(sorted(pid for pid, ext in members if ext in RAW_EXTENSIONS))
        best = sorted((SHOWN_EXTENSIONS.index(ext), pid) for pid, ext in members if ext in SHOWN_EXTENSIONS)
        if not raws or not best:
            continue
        pair = Pair(best[0][1], raws)
        for pid in pair.ids:
            out[pid] = pair
    return out


def library_pairs(library: Library) -> dict[int, Pair]:
    """Every pair among the library's usable photos (one pass over their paths)."""
    rows = library.db.execute("SELECT id, path FROM photos WHERE status = 'ok'")
    return find_pairs((int(i), p) for i, p in rows)


def companions(library: Library, ids: Iterable[int]) -> dict[int, Pair]:
    """The pairs the given photos belong to, keyed by every member's id (the given photos' partners included).

    One indexed range probe per distinct shot, so a page of search results costs a few milliseconds whatever
    the library's size."""
    wanted = list(dict.fromkeys(int(i) for i in ids))
    return companions_of_paths(library, [rec.path for rec in library.photos(wanted).values() if rec.status == "ok"])


def companions_of_paths(library: Library, paths: Iterable[str]) -> dict[int, Pair]:
    """`companions` of usable photos known by their paths (no need to read their rows again)."""
    ranges: dict[tuple[str, str], tuple[str, str]] = {}
    for path in paths:
        ext = extension(path)
        if ext not in RAW_EXTENSIONS and ext not in SHOWN_EXTENSIONS:
            continue
        key = shot_key(path)
        if key not in ranges:
            # Every path that starts with "<folder>/<stem>." regardless of (ASCII) case, through the NOCASE index;
            # `find_pairs` then keeps exact folder and base-name matches only.
            folder, name = os.path.split(path)
            low = os.path.join(folder, os.path.splitext(name)[0]) + "."
            ranges[key] = (low, low[:-1] + chr(ord(".") + 1))
    if not ranges:
        return {}
    # All the probes in one statement: a range query per shot from Python cost ~0.1 ms each, 1,000 of them a
    # noticeable part of a command-line search.
    found = library.db.execute(
        "SELECT p.id, p.path FROM json_each(?) AS k CROSS JOIN photos AS p "
        "ON p.path COLLATE NOCASE >= json_extract(k.value, '$[0]') "
        "AND p.path COLLATE NOCASE < json_extract(k.value, '$[1]') WHERE p.status = 'ok'",
        (json.dumps(list(ranges.values())),),
    )
    return find_pairs((int(pid), other) for pid, other in dict(found).items())


# Past this many photos one pass over every path is cheaper than a range query per shot.
_COMPANION_QUERIES = 2000


def pairs_among(library: Library, ids: Sequence[int]) -> dict[int, Pair]:
    """`companions` of ``ids``, by whichever of its two ways is cheaper for that many photos."""
    return companions(library, ids) if len(ids) <= _COMPANION_QUERIES else library_pairs(library)


def shown_ids(ids: Iterable[int], pair_of: Mapping[int, Pair]) -> list[int]:
    """Each id replaced by the id of the file that shows its shot (a paired RAW -> its JPEG), without repeats."""
    return list(dict.fromkeys(pair_of[i].shown if i in pair_of else i for i in (int(x) for x in ids)))


def collapse(ranked: Sequence[int], pair_of: Mapping[int, Pair]) -> tuple[list[int], list[int]]:
    """One entry per shot, in rank order: the ids to show (a pair's JPEG wherever any of its files ranked) and,
    for each, the position in ``ranked`` of the shot's best-ranked file (to take its score from)."""
    shown: list[int] = []
    positions: list[int] = []
    seen: set[int] = set()
    for pos, pid in enumerate(ranked):
        pair = pair_of.get(int(pid))
        show = pair.shown if pair is not None else int(pid)
        if show in seen:
            continue
        seen.add(show)
        shown.append(show)
        positions.append(pos)
    return shown, positions


def with_partners(ids: Iterable[int], pair_of: Mapping[int, Pair]) -> set[int]:
    """``ids`` and every file paired with one of them (a query photo's RAW is no better a result than itself)."""
    out = set(ids)
    for pid in list(out):
        pair = pair_of.get(pid)
        if pair is not None:
            out.update(pair.ids)
    return out


def pair_links(pair_of: Mapping[int, Pair]) -> set[tuple[int, int]]:
    """Every two files of one shot, as (smaller id, larger id): what must never count as duplicates."""
    return {(min(a, b), max(a, b)) for pair in pair_of.values() for a, b in itertools.combinations(pair.ids, 2)}


def paired_raws(pair_of: Mapping[int, Pair]) -> frozenset[int]:
    """The ids of RAW files that have a JPEG beside them."""
    return frozenset(r for pair in pair_of.values() for r in pair.raws)
