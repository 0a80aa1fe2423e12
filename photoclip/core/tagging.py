"""Zero-shot tagging: label sets applied to the photos' stored vectors.

A label becomes text prompts (the set's templates, filled with its name, plus the label's own prompts; a set
without templates gets `default_templates` in the label's language, told by its script: an English sentence
around a Japanese word reads to the multilingual model as neither); its vector is the mean of the prompts'
normalised vectors, normalised again. Scores are one matrix product of the photos' stored vectors with the label
vectors: no photo is decoded again.

* **single-choice** set: the score is a probability, a softmax over the model's logits (cosine x logit scale)
  of the set's labels and an explicit "none of these" class whose logit is the set's floor (a cosine,
  `DEFAULT_NONE_FLOOR` unless the set says otherwise). The photo gets the best label when it beats "none of
  these" and reaches the label's own threshold if it has one.
* **multi-choice** set: the score is the cosine similarity; a label is suggested when it reaches its threshold
  (the label's own, else the set's, else `DEFAULT_MULTI_THRESHOLD`).

Only the scores worth showing are stored: per photo and set, the `KEEP_PER_PHOTO` best labels and every
suggested one. A user's decision always wins (see tag_store): in a single-choice set, a photo with a user's yes
gets no machine suggestion for the set's other labels.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from photoclip.core import pairs, tag_store
from photoclip.core.library import Library
from photoclip.core.scripts import foreign_script
from photoclip.core.tag_store import LabelSet, TagError

if TYPE_CHECKING:
    from photoclip.core.embedder import Embedder
    from photoclip.core.engine import TextModel

DEFAULT_TEMPLATES: tuple[str, ...] = (
    "a photo of {}.",
    "a photo of a {}.",
    "a photo of the {}.",
    "a close-up photo of {}.",
    "a good photo of {}.",
    "a cropped photo of {}.",
    "a photo showing {}.",
)
# Default templates for labels written in other scripts, in the words a caption in that language would use. Kanji
# alone do not tell Japanese from Chinese: such a label gets both. Latin script does not tell Turkish (or French)
# from English, so a label in Latin letters gets the English ones; a set's own templates say otherwise.
SCRIPT_TEMPLATES: dict[str, tuple[str, ...]] = {
    "Japanese": ("{}の写真", "{}の写真です。", "{}が写っている写真", "{}のクローズアップ写真", "{}のきれいな写真"),
    "Chinese": ("{}的照片", "一张{}的照片。", "照片中有{}", "{}的特写照片", "一张好看的{}照片"),
    "Devanagari": ("{} की तस्वीर", "{} की एक तस्वीर।", "{} की फ़ोटो", "{} की नज़दीकी तस्वीर", "{} की अच्छी तस्वीर"),
}
SCRIPT_TEMPLATES["Chinese/Japanese"] = SCRIPT_TEMPLATES["Japanese"][:3] + SCRIPT_TEMPLATES["Chinese"][:3]
DEFAULT_NONE_FLOOR = 0.2  # cosine a single-choice label must beat ("none of these" otherwise)
DEFAULT_MULTI_THRESHOLD = 0.25  # cosine a multi-choice label needs
DEFAULT_LOGIT_SCALE = 100.0  # CLIP's trained value (its cap); used only when a model's own is not known
KEEP_PER_PHOTO = 3  # enough to show a photo's runner-up labels; each stored row costs time at 100k photos
CHUNK = 16_384  # photos scored at a time: bounded memory, and a progress report per chunk
# Scores stored per write transaction (whole photos; at most WRITE_PHOTOS of them): 30-60 ms each, at most ~0.1 s, on
# two busy cores at 100,000 photos, where one transaction for the whole run held the library's write lock ~2 s.
WRITE_ROWS = 4_096
WRITE_PHOTOS = 2_048
WRITE_PAUSE_SHARE = 0.5  # after each chunk, a pause this share of the time it took (see `_store`)
WRITE_PAUSE_MAX = 0.1


class TaggingCancelled(Exception):
    """The user stopped a tagging run. ``stored``: how many of its photos have their new scores (0: nothing was
    changed); each photo has either all of its new scores or all of its old ones."""

    def __init__(self, message: str, stored: int = 0) -> None:
        super().__init__(message)
        self.stored = stored


@dataclass(frozen=True)
class SetScores:
    scores: np.ndarray  # float32 (photos, labels): probabilities (single) or cosines (multi)
    candidate: np.ndarray  # bool: the machine's pick if the label's own threshold allows
    suggested: np.ndarray  # bool: the machine's pick


@dataclass
class TagReport:
    set_name: str
    model: str
    photos: int = 0  # photos scored
    without_vector: int = 0  # asked for but not indexed (yet) with the model
    counts: dict[str, int] = field(default_factory=dict)  # label -> photos in scope it tags (decisions included)
    stored_rows: int = 0
    changed: int = 0  # scored, then removed or indexed again before their scores were stored: left as they are
    dry_run: bool = False
    elapsed_s: float = 0.0


def default_templates(name: str) -> tuple[str, ...]:
    """The templates a label named ``name`` gets when its set has none: in its script's language (Japanese,
    Chinese, Hindi), else English."""
    return SCRIPT_TEMPLATES.get(foreign_script(name) or "", DEFAULT_TEMPLATES)


def prompts_for(name: str, own_prompts: Sequence[str], templates: Sequence[str] | None) -> list[str]:
    """The texts whose vectors make a label's vector, in order, without repeats."""
    texts = [t.format(name) for t in (templates or default_templates(name))] + list(own_prompts)
    return list(dict.fromkeys(texts))


def ensemble(prompt_vectors: np.ndarray) -> np.ndarray:
    """A label's vector: the mean of its prompts' normalised vectors, normalised."""
    v = np.asarray(prompt_vectors, np.float32)
    v = v / np.linalg.norm(v, axis=1, keepdims=True)
    mean = v.mean(axis=0)
    return (mean / np.linalg.norm(mean)).astype(np.float32)


def score_set(photo_vectors: np.ndarray, label_vectors: np.ndarray, choice: str, *,
              logit_scale: float = DEFAULT_LOGIT_SCALE, floor: float | None = None,
              thresholds: Sequence[float | None] | None = None) -> SetScores:
    """Score photos (rows of unit vectors) against a set's label vectors.

    ``floor``: single-choice, the "none of these" cosine (default `DEFAULT_NONE_FLOOR`); multi-choice, the
    default threshold (default `DEFAULT_MULTI_THRESHOLD`). ``thresholds``: each label's own, or None."""
    cos = np.asarray(photo_vectors, np.float32) @ np.asarray(label_vectors, np.float32).T
    n, k = cos.shape
    own = np.array([np.nan if t is None else t for t in (thresholds or [None] * k)], np.float64)
    if choice == "single":
        none_cos = DEFAULT_NONE_FLOOR if floor is None else floor
        logits = cos.astype(np.float64) * logit_scale
        none_logit = none_cos * logit_scale
        top = np.maximum(logits.max(axis=1, initial=-np.inf), none_logit)[:, None]  # stable softmax
        e = np.exp(logits - top)
        probs = e / (e.sum(axis=1, keepdims=True) + np.exp(none_logit - top))
        candidate = np.zeros((n, k), bool)
        if k:
            best = cos.argmax(axis=1)
            candidate[np.arange(n), best] = cos[np.arange(n), best] > none_cos
        suggested = candidate & (probs >= np.nan_to_num(own, nan=0.0))
        return SetScores(probs.astype(np.float32), candidate, suggested)
    if choice == "multi":
        default = DEFAULT_MULTI_THRESHOLD if floor is None else floor
        limit = np.where(np.isnan(own), default, own).astype(np.float32)
        return SetScores(cos, np.ones((n, k), bool), cos >= limit)
    raise TagError(f"unknown choice {choice!r}")


def keep_mask(scores: SetScores, keep: int = KEEP_PER_PHOTO) -> np.ndarray:
    """Which scores to store: each photo's best ``keep`` and every suggested one."""
    mask = scores.suggested.copy()
    n, k = scores.scores.shape
    if k <= keep:
        mask[:] = True
        return mask
    best = np.argpartition(-scores.scores, keep - 1, axis=1)[:, :keep]
    mask[np.arange(n)[:, None], best] = True
    return mask


# -- label vectors --------------------------------------------------------------------------------------------

class LabelVectors:
    """Label vectors of one model, from prompt vectors cached in the library; the model is loaded only for texts
    not cached yet."""

    def __init__(self, lib: Library, model_key: str, get_embedder: Callable[[], TextModel] | None) -> None:
        self.lib = lib
        self.model_key = model_key
        self.get_embedder = get_embedder

    @property
    def logit_scale(self) -> float:
        value = self.lib.get_setting(f"logit_scale:{self.model_key}")
        if value is None and self.get_embedder is not None:
            return self._remember_scale(self.get_embedder())
        return float(value) if value is not None else DEFAULT_LOGIT_SCALE

    def _remember_scale(self, emb: TextModel) -> float:
        self.lib.set_setting(f"logit_scale:{self.model_key}", repr(emb.logit_scale))
        return emb.logit_scale

    def texts(self, texts: Sequence[str]) -> np.ndarray:
        cached = tag_store.cached_text_vectors(self.lib, self.model_key, texts)
        missing = [t for t in dict.fromkeys(texts) if t not in cached]
        if missing:
            if self.get_embedder is None:
                raise TagError("the label prompts need the model to be turned into vectors")
            emb = self.get_embedder()
            if emb.model_key != self.model_key:
                raise TagError(f"label vectors of {self.model_key} cannot be made with {emb.model_key}")
            self._remember_scale(emb)
            vecs = emb.embed_texts(missing)
            tag_store.store_text_vectors(self.lib, self.model_key, missing, vecs)
            cached.update(zip(missing, vecs, strict=True))
        return np.stack([cached[t] for t in texts]) if texts else np.empty((0, 0), np.float32)

    def of_set(self, s: LabelSet) -> np.ndarray:
        """(labels, dim) unit vectors, in the set's label order."""
        groups = [prompts_for(lab.name, lab.prompts, s.templates) for lab in s.labels]
        flat = [t for g in groups for t in g]
        vecs = self.texts(flat)
        out, i = [], 0
        for g in groups:
            out.append(ensemble(vecs[i:i + len(g)]))
            i += len(g)
        return np.stack(out) if out else np.empty((0, 0), np.float32)


# -- applying a set -------------------------------------------------------------------------------------------

def scope_vectors(lib: Library, model_key: str, photo_ids: Sequence[int] | None = None,
                  folder: str | Path | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(photo ids, their vectors' seqs, vectors, how many asked-for photos have no vector) for the whole library, a
    folder (and below) or given photos."""
    if photo_ids is None and folder is None:
        ids, seqs, mat = lib.vector_rows(model_key)
        return ids, seqs, mat, lib.count_photos()["ok"] - len(ids)
    wanted = list(photo_ids) if photo_ids is not None else []
    if folder is not None:
        in_folder = [r.id for r in lib.ok_photos(folder)]
        wanted = in_folder if photo_ids is None else [i for i in wanted if i in set(in_folder)]
    ids, seqs, mat = lib.vector_rows(model_key, list(dict.fromkeys(int(i) for i in wanted)))
    return ids, seqs, mat, len(set(wanted)) - len(ids)


def _still_stored(lib: Library, model_key: str, ids: np.ndarray, vectors: np.ndarray,
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ids, seqs, vectors) of the given photos whose stored vector is still the one given (the indexer's batch,
    stored a moment ago): the seqs name them for the write step's check."""
    given = np.asarray(vectors, np.float32)
    have, seqs, stored = lib.vector_rows(model_key, [int(i) for i in ids])
    position = {int(pid): i for i, pid in enumerate(ids)}
    mine = given[[position[int(pid)] for pid in have]] if len(have) else given[:0]
    same = (stored == mine).all(axis=1) if stored.shape == mine.shape else np.zeros(len(have), bool)
    return have[same], seqs[same], stored[same]


def _shown_files(lib: Library, ids: np.ndarray) -> np.ndarray:
    """Which of ``ids`` are scored: a RAW + JPEG pair is one shot with one set of tags, kept on the file search
    shows (the JPEG): its RAW is not scored on its own, and its sidecar gets the JPEG's tags
    (`xmp.export_sidecars`)."""
    if not len(ids):
        return np.ones(0, bool)
    raws = pairs.paired_raws(pairs.pairs_among(lib, ids.tolist()))
    return np.fromiter((int(i) not in raws for i in ids), bool, len(ids))


@dataclass(frozen=True)
class _Kept:
    """The scores worth storing (see `keep_mask`), one row each, grouped by photo in the order of the ids."""

    photo: np.ndarray  # int64: the photo's position in the ids
    label: np.ndarray  # int64: the label's position in the set
    score: np.ndarray  # float32
    suggested: np.ndarray  # bool: the machine's pick, before a user's yes in a single-choice set withdraws it


def apply_set(lib: Library, label_set: LabelSet | str | int, model_key: str,
              get_embedder: Callable[[], TextModel] | None, *, photo_ids: Sequence[int] | None = None,
              folder: str | Path | None = None, threshold: float | None = None, dry_run: bool = False,
              progress: Callable[[int, int], None] | None = None,
              cancel: threading.Event | None = None, vectors: tuple[np.ndarray, np.ndarray] | None = None,
              ) -> TagReport:
    """Tag the photos in scope with a set (see the module's docstring) from their stored ``model_key`` vectors.

    ``threshold`` overrides the set's (single: the "none of these" floor; multi: the default threshold) and is
    saved as the set's own unless ``dry_run``. A dry run stores nothing and reports what would be tagged.
    ``vectors``: (ids, matrix) already in hand (new photos as they are indexed).

    Scoring reads only; the scores are then stored `WRITE_ROWS` at a time, one short transaction each, so the
    indexer and any other writer wait for a chunk (tens of ms), never for the whole run (seconds at 100,000
    photos). Each transaction replaces whole photos' scores and reads, under its lock, what may have changed since
    the scoring: the users' decisions on these photos (a yes in a single-choice set withdraws the machine's pick),
    the set's labels, and each photo's vector (a photo removed or indexed again meanwhile keeps what it has:
    `TagReport.changed`). ``progress(done, total)`` counts photos scored, then photos stored. A cancel while
    scoring leaves everything as it was; while storing, the photos stored keep their new scores and the others
    their old ones (`TaggingCancelled.stored`)."""
    started = time.monotonic()
    s = label_set if isinstance(label_set, LabelSet) else tag_store.get_set(lib, label_set)
    if not s.labels:
        raise TagError(f"the label set {s.name!r} has no labels yet")
    if threshold is not None and not dry_run:
        s = tag_store.update_set(lib, s.id, threshold=threshold)
    floor = threshold if threshold is not None else s.threshold
    report = TagReport(s.name, model_key, dry_run=dry_run)
    if vectors is not None:
        ids, seqs, mat = _still_stored(lib, model_key, np.asarray(vectors[0], np.int64), vectors[1])
    else:
        ids, seqs, mat, report.without_vector = scope_vectors(lib, model_key, photo_ids, folder)
    shown = np.flatnonzero(_shown_files(lib, ids))
    pick = shown[np.argsort(ids[shown], kind="stable")]  # by id: each write chunk is a run of neighbouring rows
    ids, seqs, mat = ids[pick], seqs[pick], mat[pick]
    report.photos = len(ids)
    if len(ids) == 0:
        report.counts = {lab.name: 0 for lab in s.labels}
        report.elapsed_s = time.monotonic() - started
        return report
    labels = LabelVectors(lib, model_key, get_embedder)
    label_vecs = labels.of_set(s)
    if label_vecs.shape[1] != mat.shape[1]:
        raise TagError(f"the photos' vectors ({mat.shape[1]}-d) and the label vectors ({label_vecs.shape[1]}-d) "
                       f"are not from the same model")
    kept = _score(s, mat, label_vecs, labels.logit_scale, floor, progress, cancel)
    counts = _store(lib, s, model_key, ids, seqs, kept, report, progress, cancel)
    report.counts = {lab.name: int(c) for lab, c in zip(s.labels, counts, strict=True)}
    report.elapsed_s = time.monotonic() - started
    return report


def _score(s: LabelSet, mat: np.ndarray, label_vecs: np.ndarray, scale: float, floor: float | None,
           progress: Callable[[int, int], None] | None, cancel: threading.Event | None) -> _Kept:
    """The scores worth storing of every photo, `CHUNK` photos at a time; no transaction is open meanwhile."""
    n = len(mat)
    thresholds = [lab.threshold for lab in s.labels]
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
    for start in range(0, n, CHUNK):
        if cancel is not None and cancel.is_set():
            raise TaggingCancelled(f"tagging with {s.name!r} stopped; nothing was changed")
        stop = min(start + CHUNK, n)
        sc = score_set(mat[start:stop], label_vecs, s.choice, logit_scale=scale, floor=floor, thresholds=thresholds)
        # A single-choice pick is the photo's best label, among its best KEEP_PER_PHOTO whatever the user said:
        # the rows kept do not depend on decisions, which the write step reads afresh.
        rows, cols = np.nonzero(keep_mask(sc))
        parts.append((rows + start, cols, sc.scores[rows, cols], sc.suggested[rows, cols]))
        if progress is not None:
            progress(stop, 2 * n)
    return _Kept(*(np.concatenate(column) for column in zip(*parts, strict=True)))


def _store(lib: Library, s: LabelSet, model_key: str, ids: np.ndarray, seqs: np.ndarray, kept: _Kept,
           report: TagReport, progress: Callable[[int, int], None] | None, cancel: threading.Event | None,
           ) -> np.ndarray:
    """Store the kept scores (none in a dry run) a chunk of whole photos per transaction, with the users' decisions
    and the photos' vectors as they are at that moment; returns how many photos each label tags."""
    n = len(ids)
    label_ids = np.asarray([lab.id for lab in s.labels], np.int64)
    counts = np.zeros(len(label_ids), np.int64)
    first_row = np.searchsorted(kept.photo, np.arange(n + 1))  # photo i's rows: first_row[i]:first_row[i + 1]
    writing = not report.dry_run and not lib.db.in_transaction  # (inside a caller's transaction, chunks join it)
    start = 0
    while start < n:
        if cancel is not None and cancel.is_set():
            if not start or report.dry_run:
                raise TaggingCancelled(f"tagging with {s.name!r} stopped; nothing was changed")
            raise TaggingCancelled(f"tagging with {s.name!r} stopped: {start} of {n} photos have its new tags, "
                                   "the others keep what they had", stored=start)
        stop = int(np.searchsorted(first_row, first_row[start] + WRITE_ROWS, side="right")) - 1
        stop = min(max(stop, start + 1), start + WRITE_PHOTOS, n)
        began = time.monotonic()
        with nullcontext() if report.dry_run else lib.transaction():
            counts += _store_chunk(lib, s, model_key, label_ids, ids[start:stop], seqs[start:stop], kept,
                                   slice(first_row[start], first_row[stop]), start, report)
        start = stop
        if progress is not None:
            progress(n + stop, 2 * n)
        if writing and start < n:
            # SQLite queues no one for the write lock: a waiting writer polls for it (1 to 100 ms apart), and a
            # next chunk begun at once would take it again first, chunk after chunk, for the whole run (measured at
            # 100,000 photos: another connection's write waited 0.4-0.7 s). A pause half as long as the chunk took
            # lets it in within a poll or two (it waited ~0.1 s at most), for half as much time again spent storing.
            time.sleep(min(time.monotonic() - began, WRITE_PAUSE_MAX) * WRITE_PAUSE_SHARE)
    return counts


def _store_chunk(lib: Library, s: LabelSet, model_key: str, label_ids: np.ndarray, chunk_ids: np.ndarray,
                 chunk_seqs: np.ndarray, kept: _Kept, rows: slice, offset: int, report: TagReport) -> np.ndarray:
    """One chunk of `_store`, inside its transaction; returns its photos' counts per label."""
    now = tag_store.scope_state(lib, model_key, s.id, label_ids.tolist(), chunk_ids)
    fresh = np.fromiter((now.vector_seqs.get(int(pid)) == int(seq) for pid, seq in zip(chunk_ids, chunk_seqs,
                                                                                       strict=True)),
                        bool, len(chunk_ids))
    report.changed += int((~fresh).sum())
    # The user's words on these photos, as they stand now: yes/no per (photo, label).
    position = {int(lid): j for j, lid in enumerate(label_ids)}
    row_of = {int(pid): i for i, pid in enumerate(chunk_ids)}
    yes = np.zeros((len(chunk_ids), len(label_ids)), bool)
    no = np.zeros_like(yes)
    for pid, lid, accepted in now.decisions:
        (yes if accepted else no)[row_of[pid], position[lid]] = True
    photo, label = kept.photo[rows] - offset, kept.label[rows]
    suggested = kept.suggested[rows]
    if s.choice == "single":
        # A photo the user gave one of the set's labels gets no other from the machine.
        suggested = suggested & ~yes.any(axis=1)[photo]
    # What each label tags: the user's yes, or the machine's pick where the user said nothing.
    picked = fresh[photo] & suggested & ~(yes | no)[photo, label]
    counts = yes[fresh].sum(axis=0) + np.bincount(label[picked], minlength=len(label_ids))
    if not report.dry_run:
        alive = np.isin(label_ids, list(now.label_ids))  # a label removed meanwhile took its scores with it
        store = fresh[photo] & alive[label]
        tag_store.clear_scores(lib, label_ids[alive].tolist(), chunk_ids[fresh])
        report.stored_rows += tag_store.insert_scores(lib, model_key, chunk_ids[photo[store]],
                                                      label_ids[label[store]], kept.score[rows][store],
                                                      suggested[store])
    return counts


def tag_new_photos(lib: Library, model_key: str, embedder: Embedder, ids: Sequence[int],
                   vectors: np.ndarray) -> None:
    """The indexing pipeline's hook: sets marked "apply to new photos" tag a freshly stored batch."""
    for s in tag_store.sets_applied_to_new(lib):
        if s.labels:
            apply_set(lib, s, model_key, lambda: embedder, vectors=(np.asarray(ids, np.int64), vectors))


@dataclass(frozen=True)
class LabelPreview:
    """A label's scores over the photos a set was applied to, best first, for a threshold slider: how many
    photos a threshold would tag is ``count(threshold)``, no database work per move."""

    label_id: int
    photo_ids: np.ndarray
    scores: np.ndarray  # descending
    candidate: np.ndarray  # would be picked if the threshold allows (single-choice: the photo's best label)
    threshold: float  # the label's threshold now in effect

    def count(self, threshold: float) -> int:
        return int((self.candidate & (self.scores >= threshold)).sum())


def label_preview(lib: Library, label_set: LabelSet, label_id: int, model_key: str,
                  get_embedder: Callable[[], TextModel] | None, photo_ids: Sequence[int] | None = None,
                  ) -> LabelPreview:
    """Exact scores of one label, computed from the stored vectors of the photos the set was applied to (or
    ``photo_ids``), with the label's current threshold ignored so the slider can go anywhere."""
    s = label_set
    j = next((i for i, lab in enumerate(s.labels) if lab.id == label_id), None)
    if j is None:
        raise TagError(f"label {label_id} is not in the set {s.name!r}")
    wanted = tag_store.scored_photo_ids(lib, s.id) if photo_ids is None else photo_ids
    ids, mat = lib.vectors_of(model_key, [int(i) for i in wanted])
    lab = s.labels[j]
    if s.choice == "single":
        current = lab.threshold if lab.threshold is not None else 0.0
    else:
        current = lab.threshold if lab.threshold is not None else (
            s.threshold if s.threshold is not None else DEFAULT_MULTI_THRESHOLD)
    if len(ids) == 0:
        empty = np.empty(0, np.float32)
        return LabelPreview(label_id, np.empty(0, np.int64), empty, np.empty(0, bool), current)
    labels = LabelVectors(lib, model_key, get_embedder)
    sc = score_set(mat, labels.of_set(s), s.choice, logit_scale=labels.logit_scale, floor=s.threshold)
    order = np.argsort(-sc.scores[:, j], kind="stable")
    return LabelPreview(label_id, ids[order], sc.scores[order, j], sc.candidate[order, j], current)
