"""The search index of the text read in photos (`photo_text` and the FTS5 table `text_fts`, schema steps 10 and 12).

Text read off a sign is searched the way people remember it: by a part of a word ("Lisb" finds "Lisboa"),
whatever the accents and case ("cafe" finds "CAFÉ", "istanbul" finds "İSTANBUL"), and Chinese or Japanese by any
part of a phrase ("東京" finds "東京駅"). So both the stored text and the query are folded first (see
`text_folding`, which `word_index` shares; its table, like the word index's, keeps a Hindi word whole with its
vowel signs, schema step 12); words of Latin and other spaced scripts are matched by prefix; runs of CJK
characters, which have no spaces to split words at, are indexed as overlapping pairs of characters followed by
their last character alone, so any part of a run is a phrase of pairs (or, one character long, a prefix of some
token). FTS5's trigram tokenizer would find any substring too, but not two-character words
("東京") nor with accents removed in this SQLite; pairs cost about the same space.

A query matches a photo when the photo's text holds at least half of the query's words of four letters or more
(CJK runs and words with digits always count; a query of short words only counts them all): "the receipt from
café lisboa" finds the photo that says "Café Lisboa", while a sentence for CLIP ("a dog on the beach") does not
match every photo that has "the" or "on" written in it.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from photoclip.core.text_folding import Term, fold, index_form, terms, words

if TYPE_CHECKING:
    from photoclip.core.library import Library

MAX_MATCHES = 10_000


def store(library: Library, photo_id: int, content_hash: str, text: str, looked_only: bool,
          error: str | None = None) -> None:
    """Keep what was read in a photo (inside the caller's transaction, or alone)."""
    db = library.db
    db.execute(
        "INSERT OR REPLACE INTO photo_text(photo_id, content_hash, text, looked_only, error, read_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", (photo_id, content_hash, text, int(looked_only), error, time.time()))
    db.execute("DELETE FROM text_fts WHERE rowid = ?", (photo_id,))
    if text:
        db.execute("INSERT INTO text_fts(rowid, text) VALUES (?, ?)", (photo_id, index_form(text)))


def text_of(library: Library, photo_id: int) -> str | None:
    """The text read in a photo ('' when it has none); None when it has not been read (or was edited since)."""
    row = library.db.execute(
        "SELECT t.text FROM photo_text AS t JOIN photos AS p ON p.id = t.photo_id "
        "WHERE t.photo_id = ? AND t.content_hash = p.content_hash", (photo_id,)).fetchone()
    return row[0] if row else None


@dataclass
class TextMatches:
    """Photos whose text matches a query, best first, with the words of their text that matched."""

    ids: list[int] = field(default_factory=list)
    words: dict[int, tuple[str, ...]] = field(default_factory=dict)


def _ids(library: Library, expr: str) -> list[int]:
    return [r[0] for r in library.db.execute(
        "SELECT rowid FROM text_fts WHERE text_fts MATCH ? ORDER BY rank LIMIT ?", (expr, MAX_MATCHES))]


def match(library: Library, text: str, negative_texts: Sequence[str] = ()) -> TextMatches:
    """Photos whose text holds at least half of the significant words of ``text`` (see the module's note),
    most words first, and none of ``negative_texts``' words."""
    query = [t for t in terms(text) if len(t.folded) > 1 or t.cjk]
    significant = [t for t in query if t.significant] or query
    if not significant:
        return TextMatches()
    need = max(1, math.ceil(len(significant) / 2))
    hits: Counter[int] = Counter()
    order: dict[int, int] = {}
    for t in significant:
        for rank, pid in enumerate(_ids(library, t.fts)):
            hits[pid] += 1
            order[pid] = min(order.get(pid, rank), rank)
    banned = {pid for n in negative_texts for t in terms(n) if len(t.folded) > 1 or t.cjk
              for pid in _ids(library, t.fts)}
    ids = sorted((pid for pid, n in hits.items() if n >= need and pid not in banned),
                 key=lambda pid: (-hits[pid], order[pid], pid))
    if not ids:
        return TextMatches()
    return TextMatches(ids, _matching_words(library, ids[:1000], significant))


def _matching_words(library: Library, ids: Sequence[int], query: Sequence[Term]) -> dict[int, tuple[str, ...]]:
    """For each photo, the words of its text (as written) that a query term found."""
    out: dict[int, tuple[str, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        rows = library.db.execute(
            f"SELECT photo_id, text FROM photo_text WHERE photo_id IN ({','.join('?' * len(chunk))})", chunk)
        for pid, text in rows:
            found = []
            for word in words(text):
                f = fold(word)
                if any((t.folded in f) if t.cjk else any(w.startswith(t.folded) for w in words(f))
                       for t in query):
                    found.append(word)
            out[pid] = tuple(dict.fromkeys(found))
    return out


def counts(library: Library) -> tuple[int, int]:
    """(photos read, of which with text), counting only reads of the photo's current content."""
    row = library.db.execute(
        "SELECT COUNT(*), COALESCE(SUM(t.text != ''), 0) FROM photo_text AS t JOIN photos AS p "
        "ON p.id = t.photo_id WHERE p.status = 'ok' AND t.content_hash = p.content_hash").fetchone()
    return int(row[0]), int(row[1])


def disk_size(library: Library) -> int:
    """Bytes the photo text takes in the database file (``photo_text`` and the FTS5 shadow tables)."""
    return library.table_bytes("photo_text%", "text_fts%")
