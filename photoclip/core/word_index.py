"""The full-text index of the words photos carry (file name, folders, title, description, keywords, camera, and
the names of the place where the photo was taken, see `places`).

The rows live in ``photo_words`` (which path and which sidecars the words were read from) and the SQLite FTS5
table ``words_fts`` (rowid = photo id), both made by the library's schema step "words". The indexing pipeline
stores a photo's words when it lists the photo (a changed one as it indexes it); `catch_up` then reads the words
of photos whose words are missing or stale: moved or renamed since, a sidecar added, edited or removed while the
photo itself stayed the same, indexed before this table existed, or never read for its GPS position
(`photo_places`). A query matches
every one of its words (stemmed) in any of the fields, ranked by BM25 with names, keywords and place names
weighing more than descriptions.

Words are stored and looked up folded (`text_folding`: case, accents, Turkish İ/ı, full-width forms, Devanagari
nukta and virama), so "istanbul" finds "İstanbul"; a Chinese or Japanese run is stored as its character pairs,
so any part of it ("東京") finds the keyword or file name that holds it ("東京駅.jpg"). English words stay whole
words (stemmed): "car" does not find "cartoon".
"""

from __future__ import annotations

import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from photoclip.core import places
from photoclip.core.photo_words import SIDECAR_EXT, PhotoWords, read_words, sidecar_paths, sidecar_signature
from photoclip.core.text_folding import Term, index_form
from photoclip.core.text_folding import terms as folded_terms

if TYPE_CHECKING:
    from PIL import Image

    from photoclip.core.library import Library

FIELDS = ("name", "folder", "title", "description", "keywords", "camera", "place")
NAME_FIELDS = ("name", "folder")
KEYWORD_FIELDS = ("title", "description", "keywords", "camera")
PLACE_FIELDS = ("place",)
# BM25 weight of each field, in FIELDS order: a word in the file name or a keyword says more than one of many in
# a description; a place name is as telling as a keyword.
_WEIGHTS = (10.0, 5.0, 8.0, 3.0, 8.0, 2.0, 8.0)
MAX_MATCHES = 10_000
MAX_PLACE_TOKENS = 500  # places one query word may name ("san" names many): enough for any real library
CATCH_UP_BATCH = 256


@dataclass
class WordMatches:
    """Photos whose words match a query, best first, with which kind of words matched."""

    ids: list[int] = field(default_factory=list)
    by_name: set[int] = field(default_factory=set)  # the file name or a folder
    by_keyword: set[int] = field(default_factory=set)  # title, description, keywords or camera
    by_place: set[int] = field(default_factory=set)  # the names of where the photo was taken


def terms(text: str) -> list[Term]:
    """The words of a query as the index sees them: folded, split at anything not a letter, digit or mark, and
    CJK runs apart from the letters around them."""
    return folded_terms(text)


def _fts_query(words: Sequence[Term], negatives: Sequence[Term] = (), columns: Sequence[str] | None = None,
               places: dict[Term, list[str]] | None = None) -> str:
    # Every term quoted: FTS5 operators (AND, NEAR, ^, *) typed by a user are searched for as plain words. A word
    # that names places also matches their tokens (``places``: word -> tokens, see `place_tokens`).
    def term(w: Term) -> str:
        tokens = (places or {}).get(w)
        return "(" + " OR ".join((w.phrase, *(f'"{t}"' for t in tokens))) + ")" if tokens else w.phrase

    expr = " AND ".join(term(w) for w in words)  # FTS5 joins parenthesised groups only with an explicit AND
    if columns:
        expr = "{" + " ".join(columns) + "} : (" + expr + ")"
    for n in negatives:
        expr += f" NOT {term(n)}"
    return expr


def place_tokens(library: Library, word: Term) -> list[str]:
    """The tokens of the library's places whose names (in any language) hold ``word``: "lisbon", "lizbon" and
    "リスボン" all give Lisbon's token, "portugal" Portugal's."""
    return [r[0] for r in library.db.execute(
        "SELECT p.token FROM place_names_fts AS f JOIN place_names AS p ON p.id = f.rowid "
        "WHERE place_names_fts MATCH ? LIMIT ?", (word.phrase, MAX_PLACE_TOKENS))]


def match(library: Library, text: str, negative_texts: Sequence[str] = ()) -> WordMatches:
    """Photos whose words hold every word of ``text`` and none of ``negative_texts``' words.

    Single letters, and words no photo carries at all, are left out of the "every word" first: "a red bicycle"
    still finds the photo whose only keyword is "bicycle" (CLIP reads the whole sentence anyway)."""
    db = library.db
    candidates = [w for w in terms(text) if len(w.folded) > 1 or w.cjk]  # one kanji is a word, one letter not
    negatives = [t for n in negative_texts for t in terms(n)]
    places = {w: place_tokens(library, w) for w in (*candidates, *negatives)}
    words = [w for w in candidates if places[w] or _anywhere(library, w)]
    if not words:
        return WordMatches()
    weights = ", ".join(str(w) for w in _WEIGHTS)
    ids = [r[0] for r in db.execute(
        f"SELECT rowid FROM words_fts WHERE words_fts MATCH ? ORDER BY bm25(words_fts, {weights}), rowid LIMIT ?",
        (_fts_query(words, negatives, places=places), MAX_MATCHES))]
    if not ids:
        return WordMatches()
    out = WordMatches(ids=ids)
    for columns, bucket in ((NAME_FIELDS, out.by_name), (KEYWORD_FIELDS, out.by_keyword),
                            (PLACE_FIELDS, out.by_place)):
        bucket.update(r[0] for r in db.execute(
            "SELECT rowid FROM words_fts WHERE words_fts MATCH ? LIMIT ?",
            (_fts_query(words, negatives, columns, places), MAX_MATCHES)))
    # Words spread over several kinds ("paris" in a folder, "2019" in a keyword) match no kind alone: such a
    # photo counts for the name and keyword kinds, and for its place when one of the words names it.
    spread = [pid for pid in ids if pid not in out.by_name and pid not in out.by_keyword and pid not in out.by_place]
    in_place: set[int] = set()
    if spread and any(places[w] for w in words):
        any_place = " OR ".join(f'"{t}"' for w in words for t in places[w])
        in_place = {r[0] for r in db.execute(
            "SELECT rowid FROM words_fts WHERE words_fts MATCH ? LIMIT ?", (f"{{place}} : ({any_place})", MAX_MATCHES))}
    for pid in spread:
        out.by_name.add(pid)
        out.by_keyword.add(pid)
        if pid in in_place:
            out.by_place.add(pid)
    return out


def photos_at(library: Library, place: str) -> list[int]:
    """Ids of the photos at ``place``: those whose place is labelled exactly so (a choice from the app's place list,
    "Porto, Portugal", which must not also bring Porto Salvo), else whose place names hold every word of it (typed:
    "lisbon", "京都")."""
    exact = [r[0] for r in library.db.execute("SELECT photo_id FROM photo_places WHERE label = ?", (place.strip(),))]
    if exact:
        return exact
    words = terms(place)
    places = {w: place_tokens(library, w) for w in words}
    if not words or not all(places.values()):
        return []
    return [r[0] for r in library.db.execute(
        "SELECT rowid FROM words_fts WHERE words_fts MATCH ?", (_fts_query(words, (), PLACE_FIELDS, places),))]


def _anywhere(library: Library, word: Term) -> bool:
    return library.db.execute("SELECT 1 FROM words_fts WHERE words_fts MATCH ? LIMIT 1", (word.phrase,)).fetchone() \
        is not None


def locate(words: PhotoWords) -> PhotoWords:
    """Turn ``words.position`` into its place and the place's tokens (``words.place``); returns ``words``.

    Called where the words are read (a reader thread), never inside the write transaction: the first position
    of a process loads the gazetteer (about a second, more when its cache is built), and another writer of the
    library (the app's query thread, a second process) would wait on the write lock all that time."""
    if not words.located:
        place = places.gazetteer().lookup(*words.position) if words.position is not None else None
        words.where, words.located = place, True
        words.place = " ".join(token for token, _names in place.tokens()) if place is not None else ""
    return words


def store(library: Library, photo_id: int, path: str, words: PhotoWords) -> None:
    """Keep a photo's words and its position (inside the caller's transaction, or alone). Only writes: words
    with a position must have been through `locate` (raises ValueError otherwise), so that no gazetteer is
    consulted while the write lock is held."""
    if words.position is not None and not words.located:
        raise ValueError(f"{path}: words with a position are stored after locate(), outside the transaction")
    from photoclip.core.duplicate_merge import merged_into

    db = library.db
    place = words.where if words.position is not None else None
    for token, names in place.tokens() if place is not None else ():
        cur = db.execute("INSERT OR IGNORE INTO place_names(token, names) VALUES (?, ?)", (token, "\n".join(names)))
        if cur.rowcount == 1:  # a place new to this library: its names join the names' index once
            db.execute("INSERT INTO place_names_fts(rowid, names) VALUES (?, ?)",
                       (cur.lastrowid, index_form("\n".join(names))))
    lat, lon = words.position if words.position is not None else (None, None)
    row = (place.place_id, place.country_code, place.label) if place is not None else (None, None, None)
    indexed = {f: index_form(getattr(words, f)) for f in FIELDS}
    # What duplicates sent to the trash gave this photo (their keywords, their place) is its own too: found by it
    # after its own words are read again, as right after the merge (one indexed lookup for a photo given nothing).
    given = merged_into(library, [photo_id]).get(photo_id)
    for f, values in (given.words if given is not None else {}).items():
        if values:
            indexed[f] = " ".join(x for x in (indexed[f], index_form("\n".join(values))) if x)
    if words.position is None and given is not None and given.place and given.place.get("tokens") is not None:
        lat, lon = given.place["lat"], given.place["lon"]
        row = (given.place.get("place_id"), given.place.get("country_code"), given.place.get("label"))
        indexed["place"] = given.place["tokens"]
    db.execute(
        "INSERT OR REPLACE INTO photo_places(photo_id, lat, lon, place_id, country_code, label, read_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", (photo_id, lat, lon, *row, time.time()))
    db.execute(
        "INSERT OR REPLACE INTO photo_words(photo_id, path, sidecars, read_at) VALUES (?, ?, ?, ?)",
        (photo_id, path, sidecar_signature(words.sidecars) if words.signature is None else words.signature,
         time.time()))
    db.execute("DELETE FROM words_fts WHERE rowid = ?", (photo_id,))
    db.execute(
        f"INSERT INTO words_fts(rowid, {', '.join(FIELDS)}) VALUES (?, {', '.join('?' * len(FIELDS))})",
        (photo_id, *(indexed[f] for f in FIELDS)))


def forget(library: Library, photo_ids: Sequence[int]) -> None:
    """Drop the words of photos that are no longer usable (deleted rows go by themselves, via a trigger)."""
    library.db.executemany("DELETE FROM photo_words WHERE photo_id = ?", ((i,) for i in photo_ids))
    library.db.executemany("DELETE FROM photo_places WHERE photo_id = ?", ((i,) for i in photo_ids))


def words_of(library: Library, photo_id: int) -> PhotoWords | None:
    """A photo's words as the index holds them (folded, CJK runs as pairs; see `text_folding.index_form`)."""
    row = library.db.execute(f"SELECT {', '.join(FIELDS)} FROM words_fts WHERE rowid = ?", (photo_id,)).fetchone()
    return PhotoWords(*row) if row else None


def read_for_index(path: str, data: bytes | None, root: str | None) -> PhotoWords:
    """The words of a photo being indexed; ``data`` is its bytes already in memory (only the header is parsed)."""
    import io

    from PIL import Image

    image = None
    if data is not None:
        try:
            image = Image.open(io.BytesIO(data))  # lazy: metadata only, no pixels decoded
        except Exception:
            image = None
    return locate(read_words(path, image, root))


def read_from_disk(path: str, root: str | None, names: dict[str, str] | None = None,
                   image: Image.Image | None = None) -> PhotoWords:
    """A photo's words, placed (see `locate`): from ``image`` when its header is open already, else from the
    file. ``root`` is its library folder, ``names`` the sidecar listing of its folder (see `folder_listing`)."""
    from PIL import Image

    if image is not None:
        try:
            return locate(read_words(path, image, root, names))
        except Exception:  # the metadata is unreadable after all: read the rest, as for a file Pillow cannot open
            return locate(read_words(path, None, root, names))
    try:
        with Image.open(path) as opened:
            words = read_words(path, opened, root, names)
    except Exception:  # not openable by Pillow (RAW, vanished): name, folder and sidecars still count
        words = read_words(path, None, root, names)
    return locate(words)


def folder_listing(folder: str) -> dict[str, str]:
    """The sidecars of a folder, by lower-cased name: one listing for all its photos (see `sidecar_paths`)."""
    try:
        with os.scandir(folder) as it:
            return {e.name.lower(): e.name for e in it if e.name.lower().endswith(SIDECAR_EXT)}
    except OSError:
        return {}


def owning_root(path: str, roots: Sequence[str]) -> str | None:
    """The outermost of ``roots`` (library folders) that holds ``path``: it names the photo's folders."""
    best = None
    for r in roots:
        r = r.rstrip(os.sep)
        if (path.startswith(r + os.sep)) and (best is None or len(r) < len(best)):
            best = r
    return best


def stale(library: Library, roots: Sequence[str]) -> list[tuple[int, str, str | None, dict[str, str]]]:
    """(photo id, path, library folder, sidecar listing of its folder) of the usable photos under ``roots`` whose
    words are missing or out of date, or whose position was never read (indexed before places existed)."""
    rows = library.db.execute(
        "SELECT p.id, p.path, w.path, w.sidecars, pl.photo_id IS NOT NULL FROM photos AS p "
        "LEFT JOIN photo_words AS w ON w.photo_id = p.id LEFT JOIN photo_places AS pl ON pl.photo_id = p.id "
        "WHERE p.status = 'ok'").fetchall()
    all_roots = [f.path for f in library.folders()]
    by_folder: dict[str, list[tuple[int, str, str | None, str | None]]] = defaultdict(list)
    for pid, path, read_path, sig, placed in rows:
        # A photo never read for its position counts as never read at all: its words are read again with it.
        by_folder[os.path.dirname(path)].append((pid, path, read_path if placed else None, sig))
    out = []
    for folder, photos in by_folder.items():
        probe = os.path.join(folder, "x")
        if owning_root(probe, roots) is None:
            continue
        root = owning_root(probe, all_roots)
        names = folder_listing(folder)  # one listing per folder: a re-index stats no photo here
        for pid, path, read_path, sig in photos:
            if read_path != path or sig != sidecar_signature(sidecar_paths(path, names)):
                out.append((pid, path, root, names))
    return out


def catch_up(library: Library, roots: Sequence[str], workers: int = 2, cancel: threading.Event | None = None,
             on_batch: Callable[[int, int, str], None] | None = None) -> int:
    """Read and store the words of every photo under ``roots`` whose words are missing or stale; returns how
    many. Reading (and placing, see `locate`) runs in a thread pool, storing on this thread, a batch per
    transaction; ``on_batch(done, total, last path)`` reports progress."""
    return _read_and_store(library, stale(library, roots), workers, cancel, on_batch)


FileKey = tuple[int, int]  # (size, mtime_ns) of a photo file


def file_key(path: str) -> FileKey | None:
    """(size, mtime_ns) of a file now; taken before its words are read, so a file written meanwhile no longer
    matches it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _read_and_store(library: Library, todo: list[tuple[int, str, str | None, dict[str, str]]], workers: int,
                    cancel: threading.Event | None, on_batch: Callable[[int, int, str], None] | None) -> int:
    done = 0
    with ThreadPoolExecutor(max(1, workers), thread_name_prefix="photoclip-words") as pool:
        for start in range(0, len(todo), CATCH_UP_BATCH):
            if cancel is not None and cancel.is_set():
                break
            chunk = todo[start:start + CATCH_UP_BATCH]
            results = list(pool.map(lambda t: read_from_disk(t[1], t[2], t[3]), chunk))
            with library.transaction():
                for (pid, path, _root, _names), words in zip(chunk, results, strict=True):
                    store(library, pid, path, words)
            done += len(chunk)
            if on_batch is not None:
                on_batch(done, len(todo), chunk[-1][1])
    return done


def current_for(library: Library, photos: Sequence[tuple[int, str, int, int]]) -> dict[str, FileKey]:
    """Of these (photo id, path, size, mtime_ns) rows, those whose words are stored, read from this path (and for
    their position), as path -> (size, mtime_ns): while the file keeps the size and mtime its row has, the words
    stored are its own. A row's size and mtime are what the scan saw before its words were read, so a file
    changed since reads as changed."""
    read_from: dict[int, str] = {}
    for start in range(0, len(photos), 500):  # SQLite's limit on bound parameters
        ids = [p[0] for p in photos[start:start + 500]]
        read_from.update(library.db.execute(
            "SELECT w.photo_id, w.path FROM photo_words AS w JOIN photo_places AS pl ON pl.photo_id = w.photo_id "
            f"WHERE w.photo_id IN ({', '.join('?' * len(ids))})", ids).fetchall())
    return {path: (size, mtime_ns) for pid, path, size, mtime_ns in photos if read_from.get(pid) == path}


def disk_size(library: Library) -> int:
    """Bytes the word index takes in the database file (its FTS5 shadow tables and ``photo_words``)."""
    return library.table_bytes("photo_words", "words_fts%")
