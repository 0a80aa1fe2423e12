"""The SQL of tagging: label sets and labels, the machine's scores, the user's decisions, cached prompt vectors.

Everything goes through `Library.db` and `Library.transaction()`. The machine's scores (``tag_scores``) and the
user's yes/no (``tag_decisions``) are separate tables: re-tagging rewrites scores and never touches a decision.
What a photo is tagged with is the ``photo_tags`` view (the user's yes, or the machine's pick unless the user said
no). Photo ids survive moves and renames, so tags follow a moved file.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np

from photoclip.core.library import Library
from photoclip.core.pairs import companions, shown_ids

CHOICES = ("single", "multi")
_UNSET: Any = object()


class TagError(ValueError):
    """A label-set operation that cannot be done as asked; the message says why in the user's terms."""


@dataclass(frozen=True)
class Label:
    id: int
    set_id: int
    name: str
    prompts: tuple[str, ...] = ()
    threshold: float | None = None  # on this label's score; None: the set's rule
    position: int = 0


@dataclass(frozen=True)
class LabelSet:
    id: int
    name: str
    choice: str  # 'single' | 'multi'
    templates: tuple[str, ...] | None  # None: the default prompt templates
    threshold: float | None  # single: the "none of these" floor; multi: the labels' default threshold (cosines)
    apply_to_new: bool
    labels: tuple[Label, ...] = ()

    def label(self, name: str) -> Label:
        for lab in self.labels:
            if lab.name.casefold() == name.casefold():
                return lab
        raise TagError(f"the label set {self.name!r} has no label {name!r} "
                       f"(it has: {', '.join(lab.name for lab in self.labels) or 'none'})")


@dataclass(frozen=True)
class PhotoTag:
    """One label as it stands for one photo: its score (if tagged by the machine) and who decided what."""

    label_id: int
    set_id: int
    set_name: str
    label: str
    score: float | None
    suggested: bool  # the machine's pick
    decision: bool | None  # the user's yes / no, None when undecided

    @property
    def tagged(self) -> bool:
        return self.decision if self.decision is not None else self.suggested


@dataclass(frozen=True)
class TagCount:
    set_id: int
    set_name: str
    label_id: int
    label: str
    photos: int


# -- label sets ---------------------------------------------------------------------------------------------------

def _clean_name(name: str, what: str) -> str:
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise TagError(f"a {what} needs a name")
    if "|" in cleaned:
        raise TagError(f"{what} names cannot contain '|' (it separates set and label in exported keywords)")
    # A set is named before its label in `tag:Set/Label` and `photoclip tags --accept Set:Label`; a set whose name
    # holds either separator could be created but never addressed there. A label may hold them (its whole name
    # is tried too).
    if what == "label set" and ("/" in cleaned or ":" in cleaned):
        raise TagError(f"label set names cannot contain '/' or ':' (they separate set and label in tag:Set/Label "
                       f"and Set:Label): {cleaned!r}")
    return cleaned


def _clean_prompts(prompts: Iterable[str]) -> tuple[str, ...]:
    cleaned = (" ".join(str(p).split()) for p in prompts)
    return tuple(dict.fromkeys(p for p in cleaned if p))


def _clean_templates(templates: Iterable[str] | None) -> tuple[str, ...] | None:
    if templates is None:
        return None
    cleaned = _clean_prompts(templates)
    for t in cleaned:
        if t.count("{}") != 1:
            raise TagError(f"a prompt template needs exactly one '{{}}' where the label goes: {t!r}")
    return cleaned or None


def _check_choice(choice: str) -> str:
    if choice not in CHOICES:
        raise TagError(f"a label set is 'single' (one label per photo, or none) or 'multi' (any number), "
                       f"not {choice!r}")
    return choice


def _check_threshold(value: float | None) -> float | None:
    if value is None:
        return None
    v = float(value)
    if not -1.0 <= v <= 1.0:
        raise TagError(f"a threshold is a score between -1 and 1, not {value}")
    return v


def _load_labels(lib: Library, set_ids: Sequence[int]) -> dict[int, list[Label]]:
    out: dict[int, list[Label]] = {i: [] for i in set_ids}
    if not set_ids:
        return out
    marks = ",".join("?" * len(set_ids))
    rows = lib.db.execute(
        f"SELECT id, set_id, name, prompts, threshold, position FROM labels WHERE set_id IN ({marks}) "
        "ORDER BY position, id", list(set_ids))
    for r in rows:
        out[r[1]].append(Label(r[0], r[1], r[2], tuple(json.loads(r[3])) if r[3] else (), r[4], r[5]))
    return out


def _sets(lib: Library, where: str = "", params: Sequence[object] = ()) -> list[LabelSet]:
    rows = lib.db.execute(
        f"SELECT id, name, choice, templates, threshold, apply_to_new FROM label_sets {where} "
        "ORDER BY name COLLATE NOCASE", list(params)).fetchall()
    labels = _load_labels(lib, [r[0] for r in rows])
    return [LabelSet(r[0], r[1], r[2], tuple(json.loads(r[3])) if r[3] else None, r[4], bool(r[5]),
                     tuple(labels[r[0]])) for r in rows]


def list_sets(lib: Library) -> list[LabelSet]:
    return _sets(lib)


def get_set(lib: Library, key: str | int) -> LabelSet:
    """A set by id, or by name (case-insensitive)."""
    found = _sets(lib, "WHERE id = ?", (key,)) if isinstance(key, int) else _sets(lib, "WHERE name = ?", (key,))
    if not found:
        names = ", ".join(s.name for s in list_sets(lib)) or "none yet"
        raise TagError(f"no label set {key!r} (label sets: {names})")
    return found[0]


def sets_applied_to_new(lib: Library) -> list[LabelSet]:
    return _sets(lib, "WHERE apply_to_new = 1")


def create_set(lib: Library, name: str, choice: str = "single", labels: Iterable[str | dict[str, Any]] = (),
               templates: Iterable[str] | None = None, threshold: float | None = None,
               apply_to_new: bool = False) -> LabelSet:
    """A new set. ``labels``: names, or dicts with ``name`` and optionally ``prompts`` and ``threshold``."""
    name = _clean_name(name, "label set")
    now = time.time()
    with lib.transaction():
        if lib.db.execute("SELECT 1 FROM label_sets WHERE name = ?", (name,)).fetchone():
            raise TagError(f"there is already a label set named {name!r}")
        tmpl = _clean_templates(templates)
        cur = lib.db.execute(
            "INSERT INTO label_sets(name, choice, templates, threshold, apply_to_new, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name, _check_choice(choice), json.dumps(tmpl) if tmpl else None, _check_threshold(threshold),
             int(apply_to_new), now, now))
        set_id = int(cur.lastrowid or 0)
        add_labels(lib, set_id, labels)
    return get_set(lib, set_id)


def update_set(lib: Library, set_id: int, *, name: str = _UNSET, choice: str = _UNSET,
               templates: Iterable[str] | None = _UNSET, threshold: float | None = _UNSET,
               apply_to_new: bool = _UNSET) -> LabelSet:
    """Change what is given, leave the rest. A changed rule takes effect at the next tagging run."""
    sets: list[str] = []
    params: list[object] = []
    if name is not _UNSET:
        name = _clean_name(name, "label set")
        clash = lib.db.execute("SELECT id FROM label_sets WHERE name = ? AND id != ?", (name, set_id)).fetchone()
        if clash:
            raise TagError(f"there is already a label set named {name!r}")
        sets.append("name = ?")
        params.append(name)
    if choice is not _UNSET:
        sets.append("choice = ?")
        params.append(_check_choice(choice))
    if templates is not _UNSET:
        tmpl = _clean_templates(templates)
        sets.append("templates = ?")
        params.append(json.dumps(tmpl) if tmpl else None)
    if threshold is not _UNSET:
        sets.append("threshold = ?")
        params.append(_check_threshold(threshold))
    if apply_to_new is not _UNSET:
        sets.append("apply_to_new = ?")
        params.append(int(bool(apply_to_new)))
    get_set(lib, set_id)  # a clear error for a set that is gone
    with lib.transaction():
        lib.db.execute(f"UPDATE label_sets SET {', '.join([*sets, 'updated_at = ?'])} WHERE id = ?",
                       (*params, time.time(), set_id))
    return get_set(lib, set_id)


def delete_set(lib: Library, set_id: int) -> None:
    """The set, its labels, scores and decisions go (photos are untouched)."""
    with lib.transaction():
        lib.db.execute("DELETE FROM label_sets WHERE id = ?", (set_id,))


def add_label(lib: Library, set_id: int, name: str, prompts: Iterable[str] = (),
              threshold: float | None = None) -> Label:
    return add_labels(lib, set_id, [{"name": name, "prompts": prompts, "threshold": threshold}])[0]


def add_labels(lib: Library, set_id: int, specs: Iterable[str | dict[str, Any]]) -> list[Label]:
    """New labels at the end of a set, in one transaction. ``specs``: names, or dicts with ``name`` and optionally
    ``prompts`` and ``threshold``.

    The set's next position is read once, however many labels come: reading it per label scans the set each
    time, and importing 20,000 labels took a minute instead of a second. A name the set has already is found by
    the UNIQUE index, with the same case rule (NOCASE) as every other look-up.
    """
    out: list[Label] = []
    with lib.transaction():
        pos = lib.db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM labels WHERE set_id = ?",
                             (set_id,)).fetchone()[0]
        for spec in specs:
            spec = {"name": spec} if isinstance(spec, str) else spec
            name = _clean_name(spec["name"], "label")
            p = _clean_prompts(spec.get("prompts") or ())
            threshold = _check_threshold(spec.get("threshold"))
            try:
                cur = lib.db.execute(
                    "INSERT INTO labels(set_id, name, prompts, threshold, position) VALUES (?, ?, ?, ?, ?)",
                    (set_id, name, json.dumps(p) if p else None, threshold, pos))
            except sqlite3.IntegrityError as e:
                if "UNIQUE" not in str(e):
                    raise TagError(f"no label set with id {set_id}") from None
                raise TagError(f"the set already has a label {name!r}") from None
            out.append(Label(int(cur.lastrowid or 0), set_id, name, p, threshold, pos))
            pos += 1
        if out:
            lib.db.execute("UPDATE label_sets SET updated_at = ? WHERE id = ?", (time.time(), set_id))
    return out


def update_label(lib: Library, label_id: int, *, name: str = _UNSET, prompts: Iterable[str] = _UNSET,
                 threshold: float | None = _UNSET) -> None:
    row = lib.db.execute("SELECT set_id FROM labels WHERE id = ?", (label_id,)).fetchone()
    if row is None:
        raise TagError(f"no label with id {label_id}")
    sets: list[str] = []
    params: list[object] = []
    if name is not _UNSET:
        name = _clean_name(name, "label")
        if lib.db.execute("SELECT 1 FROM labels WHERE set_id = ? AND name = ? AND id != ?",
                          (row[0], name, label_id)).fetchone():
            raise TagError(f"the set already has a label {name!r}")
        sets.append("name = ?")
        params.append(name)
    if prompts is not _UNSET:
        p = _clean_prompts(prompts)
        sets.append("prompts = ?")
        params.append(json.dumps(p) if p else None)
    if threshold is not _UNSET:
        sets.append("threshold = ?")
        params.append(_check_threshold(threshold))
    if not sets:
        return
    with lib.transaction():
        lib.db.execute(f"UPDATE labels SET {', '.join(sets)} WHERE id = ?", (*params, label_id))
        lib.db.execute("UPDATE label_sets SET updated_at = ? WHERE id = ?", (time.time(), row[0]))


def remove_label(lib: Library, label_id: int) -> None:
    with lib.transaction():
        lib.db.execute("DELETE FROM labels WHERE id = ?", (label_id,))


# -- scores and decisions ---------------------------------------------------------------------------------------

def _fill_scope(lib: Library, photo_ids: np.ndarray) -> None:
    lib.db.execute("CREATE TEMP TABLE IF NOT EXISTS tag_scope (photo_id INTEGER PRIMARY KEY)")
    lib.db.execute("DELETE FROM tag_scope")
    lib.db.executemany("INSERT OR IGNORE INTO tag_scope(photo_id) VALUES (?)", ((int(i),) for i in photo_ids))


@dataclass(frozen=True)
class ScopeState:
    """What the library holds now about photos whose scores were computed outside a transaction: read inside the
    transaction that stores them, so nothing that changed meanwhile is overwritten with a stale answer."""

    vector_seqs: dict[int, int]  # photo id -> the ``seq`` of its vector of the model now (none: removed)
    label_ids: frozenset[int]  # the set's labels now
    decisions: list[tuple[int, int, bool]]  # (photo id, label id, accepted) on the labels asked about


def scope_state(lib: Library, model: str, set_id: int, label_ids: Sequence[int], photo_ids: np.ndarray,
                ) -> ScopeState:
    """The state of these photos and this set that storing their scores depends on (see `ScopeState`)."""
    _fill_scope(lib, photo_ids)
    # CROSS JOIN keeps the chunk's photos the outer loop: without statistics SQLite walks every vector of the
    # model instead and probes the chunk (~0.1 s a chunk at 100,000 photos, reading the vectors' pages).
    seqs = dict(lib.db.execute(
        "SELECT e.photo_id, e.seq FROM tag_scope AS s CROSS JOIN embeddings AS e ON e.photo_id = s.photo_id "
        "AND e.model = ?", (model,)).fetchall())
    labels = frozenset(r[0] for r in lib.db.execute("SELECT id FROM labels WHERE set_id = ?", (set_id,)))
    found: list[tuple[int, int, bool]] = []
    if label_ids:
        marks = ",".join("?" * len(label_ids))
        # "+label_id", as in clear_scores: each photo's few decisions by primary key, the labels filtered there.
        found = [(r[0], r[1], bool(r[2])) for r in lib.db.execute(
            f"SELECT d.photo_id, d.label_id, d.accepted FROM tag_scope AS s CROSS JOIN tag_decisions AS d "
            f"ON d.photo_id = s.photo_id WHERE +d.label_id IN ({marks})", list(label_ids))]
    return ScopeState(seqs, labels, found)


def clear_scores(lib: Library, label_ids: Sequence[int], photo_ids: np.ndarray) -> None:
    """Forget the machine's scores of these labels for these photos (inside the caller's transaction)."""
    if not len(label_ids):
        return
    _fill_scope(lib, photo_ids)
    marks = ",".join("?" * len(label_ids))
    # "+label_id": walk each photo's few rows by primary key and filter the labels there; letting SQLite use
    # (photo, label) pairs instead probes photos x labels keys (measured 5x slower for a 100-label set).
    lib.db.execute(f"DELETE FROM tag_scores WHERE +label_id IN ({marks}) "
                   "AND photo_id IN (SELECT photo_id FROM tag_scope)", list(label_ids))


def insert_scores(lib: Library, model: str, photo_ids: np.ndarray, label_ids: np.ndarray, scores: np.ndarray,
                  suggested: np.ndarray) -> int:
    """Rows of (photo, label, score, suggested), given as parallel arrays; returns how many were written."""
    now = time.time()
    rows = zip(photo_ids.tolist(), label_ids.tolist(), repeat(model), scores.astype(np.float64).tolist(),
               suggested.astype(np.int64).tolist(), repeat(now))
    lib.db.executemany(
        "INSERT OR REPLACE INTO tag_scores(photo_id, label_id, model, score, suggested, scored_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", rows)
    return len(photo_ids)


def decide(lib: Library, photo_ids: Iterable[int], label_id: int, accepted: bool | None) -> None:
    """The user's word on a tag: yes (also adds a tag the machine never suggested), no, or None to forget it and
    let the machine decide again. In a single-choice set a yes is the photo's one label: the machine's picks of
    the set's other labels for the photo are withdrawn (and stay so at re-tagging, see tagging.apply_set)."""
    row = lib.db.execute("SELECT l.set_id, s.choice FROM labels l JOIN label_sets s ON s.id = l.set_id "
                         "WHERE l.id = ?", (label_id,)).fetchone()
    if row is None:
        raise TagError(f"no label with id {label_id}")
    set_id, choice = row
    now = time.time()
    # A RAW + JPEG pair has one set of tags, on the JPEG: a word on either file is a word on the shot.
    wanted = [int(i) for i in photo_ids]
    with lib.transaction():
        for pid in shown_ids(wanted, companions(lib, wanted)):
            if accepted is None:
                lib.db.execute("DELETE FROM tag_decisions WHERE photo_id = ? AND label_id = ?", (pid, label_id))
                continue
            lib.db.execute(
                "INSERT INTO tag_decisions(photo_id, label_id, accepted, decided_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(photo_id, label_id) DO UPDATE SET accepted = excluded.accepted, "
                "decided_at = excluded.decided_at", (pid, label_id, int(accepted), now))
            if accepted and choice == "single":
                others = "SELECT id FROM labels WHERE set_id = ? AND id != ?"
                lib.db.execute(f"UPDATE tag_scores SET suggested = 0 WHERE photo_id = ? AND label_id IN ({others})",
                               (pid, set_id, label_id))
                # An earlier yes to another label of a one-label set is replaced, not kept beside this one.
                lib.db.execute(f"DELETE FROM tag_decisions WHERE photo_id = ? AND accepted = 1 "
                               f"AND label_id IN ({others})", (pid, set_id, label_id))


def tags_of(lib: Library, photo_id: int) -> list[PhotoTag]:
    """Every label the machine scored for the photo or the user decided on, best score first. A paired RAW
    answers with its JPEG's tags: the pair is one shot with one set of tags."""
    pair = companions(lib, [photo_id]).get(photo_id)
    if pair is not None:
        photo_id = pair.shown
    rows = lib.db.execute(
        """
        SELECT l.id, s.id, s.name, l.name, sc.score, COALESCE(sc.suggested, 0), d.accepted
        FROM labels l JOIN label_sets s ON s.id = l.set_id
        LEFT JOIN tag_scores sc ON sc.label_id = l.id AND sc.photo_id = ?
        LEFT JOIN tag_decisions d ON d.label_id = l.id AND d.photo_id = ?
        WHERE sc.photo_id IS NOT NULL OR d.photo_id IS NOT NULL
        ORDER BY s.name COLLATE NOCASE, sc.score IS NULL, sc.score DESC, l.position
        """, (photo_id, photo_id))
    return [PhotoTag(r[0], r[1], r[2], r[3], r[4], bool(r[5]), None if r[6] is None else bool(r[6]))
            for r in rows]


def effective_tags(lib: Library, photo_ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
    """photo id -> its (set name, label) pairs, from the ``photo_tags`` view."""
    out: dict[int, list[tuple[str, str]]] = {int(i): [] for i in photo_ids}
    ids = list(out)
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        for pid, set_name, label in lib.db.execute(
                f"SELECT photo_id, set_name, label FROM photo_tags WHERE photo_id IN ({marks}) "
                "ORDER BY set_name COLLATE NOCASE, label COLLATE NOCASE", chunk):
            out[pid].append((set_name, label))
    return out


def tag_counts(lib: Library) -> list[TagCount]:
    """Every label of every set with how many usable photos it tags (zero included), sets by name."""
    rows = lib.db.execute(
        """
        SELECT s.id, s.name, l.id, l.name, COUNT(p.id)
        FROM label_sets s JOIN labels l ON l.set_id = s.id
        LEFT JOIN photo_tags t ON t.label_id = l.id
        LEFT JOIN photos p ON p.id = t.photo_id AND p.status = 'ok'
        GROUP BY l.id ORDER BY s.name COLLATE NOCASE, l.position, l.id
        """)
    return [TagCount(*r) for r in rows]


def tagged_photo_ids(lib: Library) -> dict[int, np.ndarray]:
    """label id -> the ids of the photos it tags (sorted), for filtering."""
    by_label: dict[int, list[int]] = {}
    for label_id, photo_id in lib.db.execute("SELECT label_id, photo_id FROM photo_tags"):
        by_label.setdefault(label_id, []).append(photo_id)
    return {k: np.unique(np.asarray(v, np.int64)) for k, v in by_label.items()}


def label_photos(lib: Library, label_id: int, limit: int | None = None) -> list[tuple[int, str, float | None, bool]]:
    """(photo id, path, score, tagged) of the photos scored for or decided on with this label, best first;
    photos the user added by hand (no score) come first, as they are certain."""
    sql = """
        SELECT p.id, p.path, sc.score,
               COALESCE(d.accepted, sc.suggested, 0) AS tagged
        FROM photos p
        LEFT JOIN tag_scores sc ON sc.photo_id = p.id AND sc.label_id = ?
        LEFT JOIN tag_decisions d ON d.photo_id = p.id AND d.label_id = ?
        WHERE (sc.photo_id IS NOT NULL OR d.photo_id IS NOT NULL) AND p.status = 'ok'
        ORDER BY sc.score IS NOT NULL, sc.score DESC, p.path
    """
    params: tuple[object, ...] = (label_id, label_id)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    return [(r[0], r[1], r[2], bool(r[3])) for r in lib.db.execute(sql, params)]


def scored_photo_ids(lib: Library, set_id: int) -> np.ndarray:
    """The photos that a run of this set has scored (what "apply again" re-tags)."""
    rows = lib.db.execute("SELECT DISTINCT photo_id FROM tag_scores WHERE label_id IN "
                          "(SELECT id FROM labels WHERE set_id = ?)", (set_id,)).fetchall()
    return np.asarray(sorted(r[0] for r in rows), np.int64)


# -- prompt vectors ---------------------------------------------------------------------------------------------

def cached_text_vectors(lib: Library, model: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    unique = list(dict.fromkeys(texts))
    for start in range(0, len(unique), 900):
        chunk = unique[start:start + 900]
        marks = ",".join("?" * len(chunk))
        for text, blob in lib.db.execute(
                f"SELECT text, vector FROM text_vectors WHERE model = ? AND text IN ({marks})", (model, *chunk)):
            out[text] = np.frombuffer(blob, dtype=np.float32).copy()
    return out


def store_text_vectors(lib: Library, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
    with lib.transaction():
        lib.db.executemany(
            "INSERT OR REPLACE INTO text_vectors(model, text, vector) VALUES (?, ?, ?)",
            ((model, t, np.ascontiguousarray(v, dtype=np.float32).tobytes())
             for t, v in zip(texts, vectors, strict=True)))
