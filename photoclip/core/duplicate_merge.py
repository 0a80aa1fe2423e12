"""Nothing of a copy is lost: what the user gave it moves to the keeper before it leaves, and an undo puts it back.

Before a duplicate is trashed or moved, `plan` reads what it carries that its keeper lacks: the user's tag
decisions (accepted tags and rejections, on labels the keeper has no decision on; in a one-label set an accept
the keeper already has another answer for is left out), the keywords, title and description written into the
file or its XMP sidecar (see `photo_words`; the ``Set|Label`` keywords an earlier photoclip export wrote for tags
are tag decisions, not words: see `_exported`), its rating (``xmp:Rating`` or EXIF Rating, 1-5 stars; the library
keeps no rating of its own) when the keeper has none, where it was taken (``photo_places``: position and place)
when the keeper has no position, and when it was taken (the earliest date taken of the copies) when the keeper has
no date (a re-saved export without EXIF). A copy the library has not read for its position yet (the catch-up after
indexing does that) gives the position written in its file, and `carried` looks up the place it names (the
gazetteer costs ~1 s the first time a process loads it: never inside the write transaction). `apply` gives the
decisions, the place, the date and the words to the keeper inside the transaction that records the decision and
forgets the copy: the keeper is found by the copy's keywords, title, description and place names at once
(``place:`` included), the viewer and the places filter show its place, and sorting and the date filters use the
date. It returns the record kept in ``duplicate_decisions.details``: what came from where, the keeper's decisions
on those labels, its place, date and indexed words before, and the rating. Nothing is written into the keeper's
file or beside it: words, rating, position and date go to its XMP sidecar only when the user exports (see
`merged_into`). A re-read of the keeper's own words (its file or sidecar changed, or it moved) indexes what its file
says again: the merged words and place leave the search then, while the export still writes them. The merged date
stays through a re-read that finds none in the file (see `Library.upsert_photo`).

`undo` restores a trashed copy, and the XMP sidecars that went with it, from the freedesktop trash (Linux and
other free desktops: the file is moved back from the trash's ``files/`` using its ``.trashinfo``; send2trash itself
has no restore) or a moved copy from where it was moved, and puts the keeper's decisions, place and indexed words
back as they were. A sidecar comes back beside its shot with the first file of the shot back, never over a file
that is there (it comes back under a free name then, and the report says so); a copy the user put back by hand
counts as restored (an index run that finds one undoes its decision at once: see `hand_restored`). On other
platforms a trashed copy cannot be restored automatically, and `undo` says so. The restored file comes back into
the library at the next index run (its own tag decisions return with it, by content hash: see
`Library.restore_retired`).

No Qt here.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from photoclip.core import gps
from photoclip.core.library import Library, PhotoRecord
from photoclip.core.photo_words import MAX_SIDECAR_BYTES, TAG_KEYWORDS, read_words, sidecar_paths
from photoclip.core.text_folding import index_form

WORD_FIELDS = ("keywords", "title", "description")
_PLACE_COLUMNS = ("lat", "lon", "place_id", "country_code", "label")
_INDEX_COLUMNS = (*WORD_FIELDS, "place")  # the keeper's ``words_fts`` columns a merge adds to
_HIERARCHICAL = "{http://ns.adobe.com/lightroom/1.0/}hierarchicalSubject"
_SUBJECT = "{http://purl.org/dc/elements/1.1/}subject"
_RDF_LI = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li"
# A ``photo_words.sidecars`` no sidecar listing gives: the photo's words are read again at the next catch-up.
STALE_WORDS = "\0stale"


class UndoError(Exception):
    """A decision that cannot be undone; the message says why."""


@dataclass
class CopyMerge:
    """What one copy gives its keeper."""

    copy: PhotoRecord
    tags: list[tuple[int, bool, str]] = field(default_factory=list)  # label id, accepted, "set: label"
    words: dict[str, list[str]] = field(default_factory=dict)  # field -> values the keeper lacks
    rating: int | None = None  # stars (1-5) the keeper gets, having none
    place: Place | None = None  # where the copy was taken, the keeper having no position
    taken_at: str | None = None  # the copy's date taken (ISO), the keeper having none

    @property
    def empty(self) -> bool:
        return (not self.tags and not any(self.words.values()) and self.rating is None and self.place is None
                and self.taken_at is None)


@dataclass(frozen=True)
class Place:
    """A photo's row of ``photo_places`` (position and the place it names) and its place words."""

    lat: float
    lon: float
    place_id: int | None = None
    country_code: str | None = None
    label: str | None = None
    tokens: str = ""  # the ``place`` words the search finds it by, as ``words_fts`` holds them
    # (token, its names in every language) of a place looked up for the merge: names the library may not know yet.
    names: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), compare=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {"lat": self.lat, "lon": self.lon, "place_id": self.place_id, "country_code": self.country_code,
                "label": self.label, "tokens": self.tokens}


@dataclass
class Carried:
    """What one photo carries: the user's tag decisions, the words and rating written into it, where it was taken."""

    tags: dict[int, tuple[bool, int, str, str]] = field(default_factory=dict)  # label: accepted, set, choice, name
    words: dict[str, list[str]] = field(default_factory=dict)
    rating: int | None = None
    place: Place | None = None
    taken_at: str | None = None  # the date taken the library holds (the file's, or one a merge gave it)


def _decisions(library: Library, photo_id: int) -> dict[int, tuple[bool, float]]:
    rows = library.db.execute("SELECT label_id, accepted, decided_at FROM tag_decisions WHERE photo_id = ?",
                              (photo_id,))
    return {r[0]: (bool(r[1]), r[2]) for r in rows}


def _read_file(path: str, leave_out: dict[str, set[tuple[str, str]]] | None = None) -> tuple[
        dict[str, list[str]], int | None, gps.Position | None]:
    """The words, rating and position written into a photo or its sidecars (less the sidecars' items
    ``leave_out`` names: see `read_words`)."""
    image = None
    with contextlib.suppress(Exception):
        from PIL import Image

        image = Image.open(path)
    try:
        w = read_words(path, image, leave_out=leave_out)
        # 1-5 stars only: 0 is "no rating" and -1 Lightroom's "rejected", a verdict on the file that is leaving.
        rating = w.rating if w.rating is not None and 1 <= w.rating <= 5 else None
    finally:
        if image is not None:
            image.close()
    return {f: [v for v in getattr(w, f).splitlines() if v.strip()] for f in WORD_FIELDS}, rating, w.position


def _place(library: Library, photo_id: int) -> tuple[Place | None, bool]:
    """The photo's place as the library holds it, and whether the library has read its position at all."""
    row = library.db.execute(f"SELECT {', '.join(_PLACE_COLUMNS)} FROM photo_places WHERE photo_id = ?",
                             (photo_id,)).fetchone()
    if row is None:
        return None, False
    if row[0] is None or row[1] is None:
        return None, True
    words = library.db.execute("SELECT place FROM words_fts WHERE rowid = ?", (photo_id,)).fetchone()
    return Place(*row, tokens=(words[0] or "") if words else ""), True


def carried(library: Library, photos: list[PhotoRecord]) -> dict[int, Carried]:
    """What each photo carries (reads the library and the files; `plan_from` then needs neither)."""
    labels = {r[0]: (r[1], r[2], r[3]) for r in library.db.execute(
        "SELECT l.id, s.id, s.choice, s.name || ': ' || l.name FROM labels l JOIN label_sets s ON s.id = l.set_id")}
    sets: dict[str, dict[str, int]] = {}
    for set_name, label_name, lid in library.db.execute(
            "SELECT s.name, l.name, l.id FROM label_sets s LEFT JOIN labels l ON l.set_id = s.id"):
        known = sets.setdefault(set_name.casefold(), {})
        if lid is not None:
            known[label_name.casefold()] = lid
    # What earlier merges gave a photo is its own: a keeper does not take it twice, and leaving as a copy in turn,
    # it passes it on rather than losing it.
    given = merged_into(library, [p.id for p in photos])
    out = {}
    for p in photos:
        c = Carried({lid: (acc, *labels[lid]) for lid, (acc, _at) in _decisions(library, p.id).items()
                     if lid in labels})
        position: gps.Position | None = None
        leave_out, tagged = _exported(sidecar_paths(p.path), sets) if sets else ({}, set())
        with contextlib.suppress(OSError):
            c.words, c.rating, position = _read_file(p.path, leave_out)
        _own_tags(library, p, c, tagged, labels)
        if p.id in given:
            had = given[p.id]
            for f, values in had.words.items():
                own = c.words.setdefault(f, [])
                seen = {v.casefold() for v in own}
                own += [v for v in values if v.casefold() not in seen]
            c.rating = c.rating if c.rating is not None else had.rating
        c.taken_at = p.taken_at
        c.place, read = _place(library, p.id)
        if c.place is None and position is not None and not read:
            # Not read by the library yet (its catch-up runs after indexing): the file's own position counts, and
            # the place it names is looked up here, before any transaction, as the catch-up would.
            c.place = _named(position)
        out[p.id] = c
    return out


def _own_tags(library: Library, photo: PhotoRecord, c: Carried, tagged: set[int],
              labels: dict[int, tuple[int, str, str]]) -> None:
    """Photoclip's own tag keywords in the photo's sidecars (``tagged``, see `_exported`) are tag decisions: a tag
    the library knows nothing of for this photo (no decision, no score: the sidecar came from another library)
    counts as the user's yes, which the keeper takes only where it has no word of its own (see `plan_from`)."""
    unknown = sorted(lid for lid in tagged if lid not in c.tags and lid in labels)
    if unknown:
        marks = ",".join("?" * len(unknown))
        scored = {r[0] for r in library.db.execute(
            f"SELECT label_id FROM tag_scores WHERE photo_id = ? AND label_id IN ({marks})", (photo.id, *unknown))}
        for lid in unknown:
            if lid not in scored:
                c.tags[lid] = (True, *labels[lid])


def _exported(sidecars: Iterable[str], sets: dict[str, dict[str, int]]) -> tuple[
        dict[str, set[tuple[str, str]]], set[int]]:
    """What photoclip's XMP export wrote for its tags into these sidecars: per sidecar, the list items that are not
    the user's words (for `read_words`' ``leave_out``), and the labels they tag.

    The export writes each tag as ``Set|Label`` (``lr:hierarchicalSubject``) and ``Label`` (``dc:subject``). A
    ``Set|Label`` of a set and label this library has is photoclip's tag, not words: as words it would come back on
    the keeper at its next export even where the user said no on it. One of a label the set lacks (or another
    program's hierarchy, Lightroom's "Places|Lisbon") is the user's words. A flat ``Label`` is photoclip's only
    where the export listed it as its own (`photo_words.TAG_KEYWORDS`), beside its ``Set|Label``: the same word
    typed by the user (in Lightroom, digiKam) reads the same, and without that record it stays a word. Nothing
    else is ever photoclip's: a set's name as a flat keyword, another spelling, keywords in the file itself."""
    from defusedxml import ElementTree

    leave_out: dict[str, set[tuple[str, str]]] = {}
    tagged: set[int] = set()
    for path in sidecars:
        try:
            st = os.stat(path)
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_SIDECAR_BYTES:
                continue  # a named pipe would block the read forever; a huge file is no sidecar
            root = ElementTree.fromstring(Path(path).read_bytes())
        except Exception:  # unreadable or not XML: photo_words read no words from it either
            continue
        listed = {(li.text or "").strip() for el in root.iter(TAG_KEYWORDS) for li in el.iter(_RDF_LI)}
        mine: set[tuple[str, str]] = set()
        leaves: set[str] = set()
        for el in root.iter(_HIERARCHICAL):
            for li in el.iter(_RDF_LI):
                text = (li.text or "").strip()
                parts = text.split("|")
                if len(parts) != 2 or not all(x.strip() for x in parts):
                    continue
                known = sets.get(parts[0].strip().casefold(), {})
                lid = known.get(parts[1].strip().casefold())
                if lid is None:
                    continue  # not a tag of this library's: the user's words
                mine.add((_HIERARCHICAL, text))
                tagged.add(lid)
                leaves.add(parts[1].strip())
        mine.update((_SUBJECT, leaf) for leaf in leaves & listed)
        if mine:
            leave_out[path] = mine
    return leave_out, tagged


def _named(position: gps.Position) -> Place:
    """The position with the place (or only the country) it names; unnamed at sea or in the wilderness."""
    from photoclip.core import places

    found = places.gazetteer().lookup(*position)
    if found is None:
        return Place(*position)
    tokens = tuple(found.tokens())
    return Place(*position, found.place_id, found.country_code, found.label,
                 index_form(" ".join(token for token, _names in tokens)), tokens)


def plan(library: Library, keeper: PhotoRecord, copies: list[PhotoRecord]) -> list[CopyMerge]:
    """What each copy would give ``keeper`` (copies in order; an earlier copy's gift counts as the keeper's)."""
    return plan_from(carried(library, [keeper, *copies]), keeper, copies)


def plan_from(carry: dict[int, Carried], keeper: PhotoRecord, copies: list[PhotoRecord]) -> list[CopyMerge]:
    """`plan` from what `carried` read."""
    mine = carry.get(keeper.id, Carried())
    have = set(mine.tags)
    accepted_sets = {set_id for acc, set_id, _c, _n in mine.tags.values() if acc}
    keeper_words = {f: list(mine.words.get(f, [])) for f in WORD_FIELDS}
    seen = {f: {v.casefold() for v in keeper_words[f]} for f in WORD_FIELDS}
    # The highest rating any copy has, from the first copy that has it: the user's best verdict on the picture.
    rated = [(carry[p.id].rating, -n, p.id) for n, p in enumerate(copies) if p.id in carry and carry[p.id].rating]
    rating_from = max(rated)[2] if rated and mine.rating is None else None
    has_place = mine.place is not None
    # The earliest date taken of any copy, for a keeper without one (an export that lost its EXIF): a copy's later
    # date is an edit's or a re-save's, the earliest the shot's.
    dated = [(carry[p.id].taken_at, n, p.id) for n, p in enumerate(copies) if p.id in carry and carry[p.id].taken_at]
    date_from = min(dated)[2] if dated and mine.taken_at is None else None
    out = []
    for p in copies:
        m = CopyMerge(p)
        theirs = carry.get(p.id, Carried())
        if p.id == rating_from:
            m.rating = theirs.rating
        if p.id == date_from:
            m.taken_at = theirs.taken_at
        if not has_place and theirs.place is not None:
            m.place = theirs.place
            has_place = True
        for lid, (acc, set_id, choice, name) in sorted(theirs.tags.items()):
            if lid in have:
                continue  # the keeper's own word wins
            if acc and choice == "single" and set_id in accepted_sets:
                continue  # the keeper already has its one label in this set
            m.tags.append((lid, acc, name))
            have.add(lid)
            if acc:
                accepted_sets.add(set_id)
        for f, values in theirs.words.items():
            # A title or description the keeper has is kept; keywords are a union.
            if f != "keywords" and keeper_words[f]:
                continue
            new = [v for v in values if v.casefold() not in seen[f]]
            if new:
                m.words[f] = new
                seen[f].update(v.casefold() for v in new)
                if f != "keywords":
                    keeper_words[f] = new
        out.append(m)
    return out


@dataclass(frozen=True)
class MergeCounts:
    """How much a set of merges gives: for a confirmation in any language."""

    tags: int
    words: int
    ratings: int
    places: int
    copies: int  # copies that give anything
    dates: int = 0  # dates taken

    @property
    def empty(self) -> bool:
        return not (self.tags or self.words or self.ratings or self.places or self.dates)


def count(merges: list[CopyMerge]) -> MergeCounts:
    return MergeCounts(sum(len(m.tags) for m in merges), sum(len(v) for m in merges for v in m.words.values()),
                       sum(m.rating is not None for m in merges), sum(m.place is not None for m in merges),
                       sum(not m.empty for m in merges), sum(m.taken_at is not None for m in merges))


def describe(merges: list[CopyMerge]) -> str:
    """One line for a confirmation: what will be merged into the keepers, or '' when nothing.
    "2 tag decision(s), 3 keyword(s)/title(s)/description(s), rating, location from 1 copy(ies) will be ..."."""
    n = count(merges)
    if n.empty:
        return ""
    parts = []
    if n.tags:
        parts.append(f"{n.tags} tag decision(s)")
    if n.words:
        parts.append(f"{n.words} keyword(s)/title(s)/description(s)")
    if n.ratings:
        parts.append("rating" if n.ratings == 1 else f"{n.ratings} ratings")
    if n.places:
        parts.append("location" if n.places == 1 else f"{n.places} locations")
    if n.dates:
        parts.append("date taken" if n.dates == 1 else f"{n.dates} dates taken")
    return f"{', '.join(parts)} from {n.copies} copy(ies) will be merged into the keeper"


def apply(library: Library, keeper: PhotoRecord, merge: CopyMerge) -> dict[str, Any]:
    """Give ``merge``'s tag decisions, place and words to the keeper (inside the caller's transaction); the record
    to keep."""
    before = _decisions(library, keeper.id)
    now = time.time()
    for lid, acc, _name in merge.tags:
        library.db.execute(
            "INSERT INTO tag_decisions(photo_id, label_id, accepted, decided_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(photo_id, label_id) DO UPDATE SET accepted = excluded.accepted, "
            "decided_at = excluded.decided_at", (keeper.id, lid, int(acc), now))
    out: dict[str, Any] = {
        "merged": {"from": merge.copy.path, "to": keeper.path,
                   "tags": [{"label_id": lid, "accepted": acc, "label": name} for lid, acc, name in merge.tags],
                   "words": merge.words, "rating": merge.rating,
                   "place": merge.place.as_json() if merge.place is not None else None, "taken_at": merge.taken_at,
                   # The words were told from photoclip's own tag keywords by evidence (see `_exported`): all the
                   # user's. A record without this may hold some of photoclip's (see `Merged.unsure`).
                   "words_apart": True},
        "keeper_before": {str(lid): (list(before[lid]) if lid in before else None) for lid, _a, _n in merge.tags},
        "merged_at": now,
    }
    if merge.taken_at is not None:
        # Sorting and the date filters read photos.taken_at; a later re-read of the keeper's file, which has no date,
        # keeps this one (see `Library.upsert_photo`). Only where the keeper still has none: nothing is overwritten.
        cur = library.db.execute("UPDATE photos SET taken_at = ? WHERE id = ? AND taken_at IS NULL",
                                 (merge.taken_at, keeper.id))
        if cur.rowcount:
            out["keeper_taken_at_before"] = None
    # What the search finds the keeper by: its indexed words gain the copy's (a keeper never read has no row yet;
    # the catch-up indexes its own words then).
    added = {f: index_form("\n".join(merge.words[f])) for f in WORD_FIELDS if merge.words.get(f)}
    if merge.place is not None:
        row = library.db.execute(f"SELECT {', '.join(_PLACE_COLUMNS)}, read_at FROM photo_places WHERE photo_id = ?",
                                 (keeper.id,)).fetchone()
        out["keeper_place_before"] = {"row": list(row) if row else None}
        pl = merge.place
        library.db.execute(
            "INSERT OR REPLACE INTO photo_places(photo_id, lat, lon, place_id, country_code, label, read_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (keeper.id, pl.lat, pl.lon, pl.place_id, pl.country_code, pl.label, now))
        _know_names(library, pl.names)
    indexed = library.db.execute(f"SELECT {', '.join(_INDEX_COLUMNS)} FROM words_fts WHERE rowid = ?",
                                 (keeper.id,)).fetchone() if added or merge.place is not None else None
    if indexed is not None:
        was = dict(zip(_INDEX_COLUMNS, (v or "" for v in indexed), strict=True))
        now_words = {f: " ".join(x for x in (was[f], text) if x) for f, text in added.items()}
        if merge.place is not None:
            now_words["place"] = merge.place.tokens  # the keeper had no place: the copy's replaces none
        library.db.execute(f"UPDATE words_fts SET {', '.join(f'{c} = ?' for c in now_words)} WHERE rowid = ?",
                           (*now_words.values(), keeper.id))
        # Both sides, so an undo puts back only what nothing has rewritten since (a re-read of the keeper's words).
        out["keeper_words"] = {"before": {c: was[c] for c in now_words}, "after": now_words}
    return out


def _know_names(library: Library, names: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    """A looked-up place new to this library: its names join the library's place index (as `word_index.store` does
    for a photo it reads), so a search by any of them (``place:lisbon``, ``place:リスボン``) widens to its token."""
    for token, all_names in names:
        text = "\n".join(all_names)
        cur = library.db.execute("INSERT OR IGNORE INTO place_names(token, names) VALUES (?, ?)", (token, text))
        if cur.rowcount == 1:
            library.db.execute("INSERT INTO place_names_fts(rowid, names) VALUES (?, ?)",
                               (cur.lastrowid, index_form(text)))


def record_details(library: Library, decision_id: int, details: dict[str, Any]) -> None:
    """Attach ``details`` to the decision ``decision_id`` (in the transaction that recorded it)."""
    library.db.execute("UPDATE duplicate_decisions SET details = ? WHERE id = ?", (json.dumps(details), decision_id))


def details_of(library: Library, decision_id: int) -> dict[str, Any]:
    row = library.db.execute("SELECT details FROM duplicate_decisions WHERE id = ?", (decision_id,)).fetchone()
    return json.loads(row[0]) if row and row[0] else {}


@dataclass(frozen=True)
class Merged:
    """What copies gave a keeper (decisions not undone) for the XMP export: words (field -> values), a rating and
    a position."""

    words: dict[str, list[str]] = field(default_factory=lambda: {f: [] for f in WORD_FIELDS})
    rating: int | None = None
    position: gps.Position | None = None
    taken_at: str | None = None  # ISO date taken
    place: dict[str, Any] | None = None  # the first place given (`Place.as_json`: label and search tokens too)
    # The keywords (casefolded) of merges recorded before photoclip told its own tag keywords from the user's by
    # evidence: some may be photoclip's, so a label the user said no to is not written back from them.
    unsure: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not any(self.words.values()) and self.rating is None and self.position is None and \
            self.taken_at is None


def merged_into(library: Library, keeper_ids: Collection[int] | None = None) -> dict[int, Merged]:
    """What copies gave each of these keepers (default: every keeper), in the order they gave it, from one read of
    the decisions; a photo nothing was given is left out."""
    sql = "SELECT keeper_id, details FROM duplicate_decisions WHERE details IS NOT NULL AND keeper_id IS NOT NULL"
    params: tuple[str, ...] = ()
    if keeper_ids is not None:
        if not keeper_ids:
            return {}
        # Through the decisions' index by keeper (schema step 14): `word_index.store` asks for every photo it stores.
        sql += " AND keeper_id IN (SELECT value FROM json_each(?))"
        params = (json.dumps(sorted({int(i) for i in keeper_ids})),)
    words: dict[int, dict[str, list[str]]] = {}
    rating: dict[int, int] = {}
    position: dict[int, gps.Position] = {}
    taken: dict[int, str] = {}
    place: dict[int, dict[str, Any]] = {}
    unsure: dict[int, set[str]] = {}
    for keeper_id, details in library.db.execute(sql + " ORDER BY id", params):
        d = json.loads(details)
        if d.get("undone_at"):
            continue
        given = d.get("merged", {})
        mine = words.setdefault(keeper_id, {f: [] for f in WORD_FIELDS})
        for f, values in given.get("words", {}).items():
            have = mine.setdefault(f, [])
            have += [v for v in values if v not in have]
            if f == "keywords" and not given.get("words_apart"):
                unsure.setdefault(keeper_id, set()).update(v.casefold() for v in values)
        if given.get("rating") is not None:
            rating.setdefault(keeper_id, given["rating"])
        if given.get("place"):
            position.setdefault(keeper_id, (float(given["place"]["lat"]), float(given["place"]["lon"])))
            place.setdefault(keeper_id, given["place"])
        if given.get("taken_at"):
            taken.setdefault(keeper_id, given["taken_at"])
    return {k: Merged(w, rating.get(k), position.get(k), taken.get(k), place.get(k), frozenset(unsure.get(k, ())))
            for k, w in words.items()}


# -- undo -------------------------------------------------------------------------------------------------------


@dataclass
class UndoReport:
    restored: list[str] = field(default_factory=list)  # paths back where they were
    failed: list[tuple[str, str]] = field(default_factory=list)  # path (a photo's or a sidecar's), why
    sidecars: list[str] = field(default_factory=list)  # the photos' XMP sidecars back where they were
    # (sidecar, where it was put back instead): a file of its name was there again, and is left as it is.
    renamed: list[tuple[str, str]] = field(default_factory=list)


def undoable(library: Library, decision_id: int | None = None) -> list[tuple[int, str, str, str | None]]:
    """(id, action, path, destination) of the decisions an undo would reverse: ``decision_id`` alone, or the
    latest action (every photo one trash or move of a group sent away), never ones already undone."""
    rows = library.db.execute(
        "SELECT id, action, path, destination, details FROM duplicate_decisions "
        "WHERE action IN ('trash', 'move') ORDER BY id DESC").fetchall()
    live = [r for r in rows if not json.loads(r[4] or "{}").get("undone_at")]
    if decision_id is not None:
        live = [r for r in live if r[0] == decision_id]
        if not live:
            raise UndoError(f"decision {decision_id} is not a trash or move that can still be undone")
    elif live:
        batch = json.loads(live[0][4] or "{}").get("batch")
        live = [r for r in live if batch and json.loads(r[4] or "{}").get("batch") == batch] or live[:1]
    return [(r[0], r[1], r[2], r[3]) for r in live]


def undo(library: Library, decision_id: int | None = None, *, home: str | None = None) -> UndoReport:
    """Reverse a trash or move (see `undoable`): the file goes back where it was, the keeper's decisions too.

    A copy the user already put back by hand (the same bytes are there again) counts as restored: its sidecars
    come back and the merge is taken back all the same. With a photo come its own sidecars and the shared
    ``IMG_1.xmp`` of its shot, whichever decision recorded it (the last file of the shot to leave took it): the
    first file of the shot back brings it (see `_restore_sidecars`)."""
    report = UndoReport()
    for did, action, path, destination in undoable(library, decision_id):
        try:
            if os.path.lexists(path):
                if not _same_bytes_back(library, did, path):
                    raise UndoError("a file is already there again")
            elif action == "move":
                if not destination or not os.path.isfile(destination):
                    raise UndoError(f"it is no longer at {destination}")
                if not _rename_free(destination, path):
                    raise UndoError("a file is already there again")
            else:
                _restore_from_trash(path, home, sha256=_trashed_hash(library, did))
        except (UndoError, OSError) as e:
            report.failed.append((path, str(e)))
            continue
        _restore_sidecars(library, did, path, home, report)
        with library.transaction():
            details = details_of(library, did)  # as `_restore_sidecars` left it (its sidecars marked back)
            keeper_id = library.db.execute("SELECT keeper_id FROM duplicate_decisions WHERE id = ?",
                                           (did,)).fetchone()[0]
            _take_back(library, keeper_id, details)
            details["undone_at"] = time.time()
            library.db.execute("UPDATE duplicate_decisions SET details = ? WHERE id = ?", (json.dumps(details), did))
        report.restored.append(path)
    return report


def _trashed_hash(library: Library, decision_id: int) -> str | None:
    """The sha256 of the photo the decision trashed (`scan.hash_file`'s, as the library keeps it)."""
    row = library.db.execute("SELECT content_hash FROM duplicate_decisions WHERE id = ?", (decision_id,)).fetchone()
    return row[0] if row and row[0] else None


def _same_bytes_back(library: Library, decision_id: int, path: str) -> bool:
    """Whether the file at ``path`` is the very photo the decision sent away (put back by hand since)."""
    from photoclip.core.scan import hash_file

    row = library.db.execute("SELECT size, content_hash FROM duplicate_decisions WHERE id = ?",
                             (decision_id,)).fetchone()
    try:
        return bool(row and row[1] and os.path.isfile(path) and os.path.getsize(path) == row[0]
                    and hash_file(path) == row[1])
    except OSError:
        return False


def _restore_sidecars(library: Library, decision_id: int, path: str, home: str | None, report: UndoReport) -> None:
    """Bring back, beside the photo at ``path``, the sidecars that went with it and its shot's shared one.

    ``IMG_1.xmp`` shared by IMG_1.jpg and IMG_1.png went with whichever of them left last, and is recorded there;
    it comes back with the first of them back, in any order (an undo of one photo, or one put back by hand), and
    the record says where it went, so that the others' undo does not look for it again. A name taken again is
    never overwritten: the sidecar comes back beside it under a free name, and the report says which. One that
    cannot come back does not hold the photo back; it stays recorded, for the next file of its shot to bring."""
    entries = _sidecar_entries(library, decision_id, path)
    done: set[str] = set()
    for owner, n, entry in entries:
        origin = entry["from"]
        if entry.get("back") or origin in done:
            continue
        try:
            target = _put_back(entry, home)
        except (UndoError, OSError) as e:
            report.failed.append((origin, str(e)))
            continue
        done.add(origin)
        with library.transaction():
            details = details_of(library, owner)
            details["sidecars"][n]["back"] = target
            library.db.execute("UPDATE duplicate_decisions SET details = ? WHERE id = ?",
                               (json.dumps(details), owner))
        if target == origin:
            report.sidecars.append(origin)
        else:
            report.renamed.append((origin, target))


def _sidecar_entries(library: Library, decision_id: int, path: str) -> list[tuple[int, int, dict[str, Any]]]:
    """(decision, index in its ``sidecars``, entry) of the sidecars that come back with ``path``: its decision's
    own, then its shot's ``<stem>.xmp`` if a later decision took it: the first to, the shot's last file leaving
    after this one. One recorded before this photo left was another life of that name (this photo's leaving found
    the sidecar there, in use), and one after that first is a later one's: neither is this shot's to bring."""
    own = details_of(library, decision_id).get("sidecars", [])
    out = [(decision_id, n, e) for n, e in enumerate(own)]
    folder, name = os.path.split(path)
    shared = (os.path.splitext(name)[0] + ".xmp").casefold()
    if any(os.path.basename(e.get("from", "")).casefold() == shared for e in own):
        return out  # this photo was the last of its shot to leave: the shared one is its own
    needle = json.dumps(folder)[1:-1]  # as `record_details` wrote it: a cheap filter, checked exactly below
    rows = library.db.execute(
        "SELECT id, details FROM duplicate_decisions WHERE action IN ('trash', 'move') AND id > ? "
        "AND instr(details, ?) > 0 ORDER BY id", (decision_id, needle))
    for did, details in rows:
        for n, e in enumerate(json.loads(details).get("sidecars", [])):
            there, base = os.path.split(e.get("from", ""))
            if there == folder and base.casefold() == shared:
                return [*out, (did, n, e)]
    return out


def _put_back(entry: dict[str, Any], home: str | None) -> str:
    """Put one recorded sidecar back where it was, or beside it under a free name when that one is taken; where
    it went. A sidecar no longer where it went but there again, the same bytes, was put back by hand."""
    origin = entry["from"]
    for target in _free_names(origin):
        try:
            if entry.get("to"):
                if not os.path.isfile(entry["to"]):
                    raise UndoError(f"it is no longer at {entry['to']}")
                if _rename_free(entry["to"], target):
                    return target
            else:
                _restore_from_trash(origin, home, target, entry.get("sha256"))
                return target
        except UndoError:
            if _same_sidecar(origin, entry.get("sha256")):
                return origin
            if os.path.lexists(target) and target != origin:
                continue  # taken in the meantime: the next free name
            raise
    raise AssertionError("unreachable")


def _free_names(origin: str) -> Iterable[str]:
    """``origin`` when free, then ``IMG_1 (restored).xmp``, ``IMG_1 (restored 2).xmp``, ... (names no photo's
    sidecar has: the file there again stays the one read)."""
    if not os.path.lexists(origin):
        yield origin
    stem, ext = os.path.splitext(origin)
    for n in range(1, 10_000):
        candidate = f"{stem} (restored{'' if n == 1 else f' {n}'}){ext}"
        if not os.path.lexists(candidate):
            yield candidate
    raise UndoError("no free name beside it")


def _same_sidecar(path: str, digest: str | None) -> bool:
    return digest is not None and os.path.isfile(path) and file_sha256(path) == digest


def _rename_free(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> bool:
    """Move ``src`` to ``dst`` only if ``dst`` is free (False when taken): never over a file that is there."""
    try:
        os.link(src, dst)  # atomic, and only where the name is free
    except FileExistsError:
        return False
    except OSError:  # no hard links there (another file system, FAT): a check, then a rename
        if os.path.lexists(dst):
            return False
        os.rename(src, dst)
        return True
    os.unlink(src)
    return True


def _take_back(library: Library, keeper_id: int, details: dict[str, Any]) -> None:
    """Undo what one merge gave the keeper, each part only while it is still what the merge left: a decision the
    user made since on the same label, and a position or words read from the keeper's own files since, stay."""
    given = details.get("merged", {})
    given_at = details.get("merged_at")  # absent from records made before it was kept
    gave = {str(t["label_id"]): bool(t["accepted"]) for t in given.get("tags", [])}
    now = _decisions(library, keeper_id)
    for lid, before in details.get("keeper_before", {}).items():
        mine = now.get(int(lid))
        if mine is None or mine[0] != gave.get(lid, mine[0]) or (given_at is not None and mine[1] != given_at):
            continue
        if before is None:
            library.db.execute("DELETE FROM tag_decisions WHERE photo_id = ? AND label_id = ?", (keeper_id, int(lid)))
        else:
            library.db.execute("UPDATE tag_decisions SET accepted = ?, decided_at = ? WHERE photo_id = ? AND "
                               "label_id = ?", (int(before[0]), before[1], keeper_id, int(lid)))
    if "keeper_taken_at_before" in details and given.get("taken_at"):
        # Only while it is still the date the merge gave: one read from the keeper's file since stays.
        library.db.execute("UPDATE photos SET taken_at = ? WHERE id = ? AND taken_at = ?",
                           (details["keeper_taken_at_before"], keeper_id, given["taken_at"]))
    place = details.get("keeper_place_before")
    if place is not None:
        at = library.db.execute("SELECT lat, lon FROM photo_places WHERE photo_id = ?", (keeper_id,)).fetchone()
        there = given.get("place")
        if at is None or not there or (at[0], at[1]) == (there["lat"], there["lon"]):
            row = place.get("row")
            if row is None:  # never read: the catch-up after the next index reads it from the file again
                library.db.execute("DELETE FROM photo_places WHERE photo_id = ?", (keeper_id,))
            else:
                library.db.execute(
                    "INSERT OR REPLACE INTO photo_places(photo_id, lat, lon, place_id, country_code, label, read_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", (keeper_id, *row))
            if place.get("tokens") is not None:  # a record from before the merged words joined the index
                library.db.execute("UPDATE words_fts SET place = ? WHERE rowid = ?", (place["tokens"], keeper_id))
    _unindex(library, keeper_id, details.get("keeper_words"))


def _unindex(library: Library, keeper_id: int, words: dict[str, dict[str, str]] | None) -> None:
    """Put the keeper's indexed words back as they were before the merge, each column only if it still holds what
    the merge wrote (and what later merges added after it): one the keeper's own words were read into since holds
    what its files say, and stays."""
    if not words:
        return
    cols = [c for c in words["after"] if c in _INDEX_COLUMNS]
    row = library.db.execute(f"SELECT {', '.join(cols)} FROM words_fts WHERE rowid = ?", (keeper_id,)).fetchone() \
        if cols else None
    if row is None:
        return
    back = {}
    for c, held in zip(cols, row, strict=True):
        held, after, before = held or "", words["after"][c], words["before"][c]
        if held == after:
            back[c] = before
        elif c != "place" and after and held.startswith(after + " "):
            back[c] = " ".join(x for x in (before, held[len(after) + 1:]) if x)  # later copies' words stay
        elif after:
            # Read again since (`word_index.store` adds what merges gave): the next catch-up reads the keeper's words
            # afresh, with the gifts of the merges not undone.
            library.db.execute("UPDATE photo_words SET sidecars = ? WHERE photo_id = ?", (STALE_WORDS, keeper_id))
    if back:
        library.db.execute(f"UPDATE words_fts SET {', '.join(f'{c} = ?' for c in back)} WHERE rowid = ?",
                           (*back.values(), keeper_id))


def _restore_from_trash(path: str, home: str | None, to: str | None = None, sha256: str | None = None) -> None:
    """Move the file trashed from ``path`` back there (or to ``to``), never over a file that is there.

    The trash may hold several files trashed from one path (a name that left twice): the one whose bytes are
    ``sha256`` is this decision's, whatever the others' dates; another is never put back in its place. Unknown
    bytes (a record from before they were kept): the latest trashed."""
    if sys.platform in ("win32", "darwin"):
        raise UndoError("the system trash cannot be restored from automatically here; restore the file from the "
                        "trash yourself")
    found: list[tuple[str, Path, Path]] = []
    for trash, top in _trash_dirs(path, home):
        info_dir = trash / "info"
        if not info_dir.is_dir():
            continue
        for info in info_dir.glob("*.trashinfo"):
            fields = _trashinfo(info)
            original = fields.get("Path", "")
            if not os.path.isabs(original) and top is not None:
                original = str(top / original)  # a volume's own trash may keep paths relative to its top
            if os.path.normpath(original) != os.path.normpath(path):
                continue
            stored = trash / "files" / info.name[: -len(".trashinfo")]
            if stored.exists():
                found.append((fields.get("DeletionDate", ""), info, stored))
    found.sort(key=lambda f: f[0], reverse=True)
    if sha256 is not None:
        found = [f for f in found if file_sha256(f[2]) == sha256]
    if not found:
        raise UndoError("it is not in the trash any more (emptied, or restored already)")
    _when, info, stored = found[0]
    if not _rename_free(stored, to or path):
        raise UndoError("a file is already there again")
    info.unlink(missing_ok=True)


def file_sha256(path: str | os.PathLike[str]) -> str | None:
    """A file's sha256 (hex), or None when it cannot be read."""
    import hashlib

    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def _trash_dirs(path: str, home: str | None) -> list[tuple[Path, Path | None]]:
    """The freedesktop trash folders a file may have gone to, each with the top its relative paths start at."""
    data = home or os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    dirs: list[tuple[Path, Path | None]] = [(Path(data) / "Trash", None)]
    top = Path(path).parent
    with contextlib.suppress(OSError):
        while not os.path.ismount(top) and top != top.parent:
            top = top.parent
        uid = os.getuid() if hasattr(os, "getuid") else 0
        dirs += [(top / ".Trash" / str(uid), top), (top / f".Trash-{uid}", top)]
    return dirs


def _trashinfo(info: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with contextlib.suppress(OSError, UnicodeDecodeError):
        for line in info.read_text(encoding="utf-8").splitlines():
            key, sep, value = line.partition("=")
            if sep:
                out[key.strip()] = unquote(value.strip()) if key.strip() == "Path" else value.strip()
    return out
