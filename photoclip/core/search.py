"""Text, image and combined queries over the library's vectors.

A query is a set of positive terms (texts, image files, library photos) and negative terms. Each term becomes
a normalised vector; the query vector is the mean of the positives minus ``NEGATIVE_WEIGHT`` times the mean of
the negatives, normalised again, and photos are ranked by cosine similarity to it through the HNSW index, or
exactly over a filter's few photos (`scores_of`). Only vectors of the searcher's own model are ever used.
A RAW + JPEG pair is one shot and one result: the JPEG, with its RAW named in ``SearchHit.raws`` (see `pairs`).

The fused search (words, tags, cut-off, filters, sort) built on this is in `find.py`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from photoclip.core import cutoff
from photoclip.core.library import Library
from photoclip.core.pairs import collapse, companions, with_partners
from photoclip.core.vectors import VectorIndex, _slug

if TYPE_CHECKING:
    from photoclip.core.embedder import Embedder
    from photoclip.core.engine import TextModel
    from photoclip.core.vector_file import SavedVectors

# Half weight: a full subtraction of a strongly correlated text vector swamps the positive meaning.
NEGATIVE_WEIGHT = 0.5


class SearchError(Exception):
    """A query that cannot be run; the message says why in the user's terms."""


@dataclass(frozen=True)
class SearchHit:
    photo_id: int
    path: str
    score: float
    raws: tuple[str, ...] = ()  # the RAW files of the shot when this is the JPEG of a RAW + JPEG pair


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


# Up to this many photos, while the matrix is not (yet) loaded, `scores_of` reads their vectors from the library
# (~15 ms per 1,000 photos) rather than wait for the whole matrix (~2 s at 100,000 photos).
FEW_PHOTOS = 20_000
# Query texts whose vectors a searcher keeps.
TEXT_CACHE = 32
# Rows of the matrix `warm` loads in one step (~0.1 s on a laptop CPU).
WARM_ROWS = 5000


# The background sample of a model's vectors beside its HNSW files (``<index>/<slug>.background.npz``).
BACKGROUND_FILE = "{slug}.background.npz"


def _close(drawn_at: int, n: int) -> bool:
    """Whether a background sample drawn from ``drawn_at`` photos still stands for ``n``."""
    return abs(drawn_at - n) <= 0.05 * max(n, 1)


def _read_background(path: Path, dim: int) -> tuple[int, np.ndarray] | None:
    try:
        with np.load(path, allow_pickle=False) as f:
            n, sample = int(f["n"]), np.ascontiguousarray(f["sample"], np.float32)
    except (OSError, ValueError, KeyError, EOFError):  # missing, damaged or foreign: drawn again
        return None
    return (n, sample) if sample.ndim == 2 and sample.shape[1] == dim else None


def _write_background(path: Path, n: int, sample: np.ndarray) -> None:
    """Atomically (a search in another process may be reading it); a cache: not written is only slower."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            np.savez(f, n=np.int64(n), sample=sample)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()


class Searcher:
    """Runs queries for one embedder against the library's vectors of the same model."""

    def __init__(self, library: Library, embedder: TextModel,
                 image_model: Callable[[], Embedder] | None = None,
                 index: VectorIndex | SavedVectors | None = None) -> None:
        """``embedder``: the full model, or the query path's ONNX text encoder; then ``image_model`` loads the full
        model for the rare query that is an image file. ``index``: the model's HNSW index opened already, or its
        saved file read in place (see `vector_file`); opened here when None."""
        self.library = library
        self.embedder = embedder
        self._image_model = image_model
        if index is None or index.dim != embedder.dim or index.model != embedder.model_key:
            index = VectorIndex.open(library, embedder.model_key, dim=embedder.dim)
        self.index: VectorIndex | SavedVectors = index
        # The model's vectors as one matrix for exact scoring over a filter's photos, loaded on first need:
        # hnswlib hands vectors back one by one (~50 µs each), too slow for 50,000 photos per keystroke.
        # float32 (2 KB a photo at 512 dimensions): float16 would halve that, but converting a 20,000-photo
        # filter's rows back to float32 for each query cost more than the product itself on a laptop CPU.
        self._matrix = np.empty((0, embedder.dim), np.float32)  # rows beyond `_rows` are room to grow into
        self._rows = 0
        self._row_of: dict[int, int] = {}
        self._lookup: tuple[np.ndarray, np.ndarray] | None = None
        self._matrix_seq = -1
        self._background: tuple[int, np.ndarray] | None = None
        self._text_cache: dict[tuple[str, ...], np.ndarray] = {}  # the latest texts' vectors, oldest first

    def refresh(self) -> None:
        """Pick up photos indexed since this searcher was made (by the watcher or another process)."""
        assert self.index is not None
        self.index.catch_up(self.library)

    def _matrix_current(self) -> bool:
        return self._matrix_seq >= 0 and self.library.max_vector_seq(self.embedder.model_key) == self._matrix_seq

    def _update_matrix(self, limit: int = -1) -> None:
        """Bring the matrix up to date with the library (at most ``limit`` more rows when given)."""
        if self._matrix_current():
            return
        ids, mat, seq = self.library.vectors(self.embedder.model_key, after_seq=max(self._matrix_seq, 0),
                                             limit=limit)
        if len(ids):
            fresh = []
            for i, pid in enumerate(ids.tolist()):
                row = self._row_of.get(pid)
                if row is None:
                    self._row_of[pid] = self._rows + len(fresh)
                    fresh.append(i)
                else:
                    self._matrix[row] = mat[i]  # a re-embedded photo: its row gets the new vector
            need = self._rows + len(fresh)
            if need > len(self._matrix):
                # Room for the whole library at once (loading in steps must not copy the matrix at each step),
                # and a little more for the photos indexed later.
                room = max(need, self.library.vector_count(self.embedder.model_key))
                room += room // 16 + 1024
                grown = np.empty((room, self._matrix.shape[1]), np.float32)
                grown[: self._rows] = self._matrix[: self._rows]
                self._matrix = grown
            self._matrix[self._rows : need] = mat[fresh]
            self._rows = need
            self._lookup = None
        self._matrix_seq = seq

    def warm(self, rows: int = WARM_ROWS) -> bool:
        """Load the next ``rows`` of the score matrix ahead of need (all of it takes ~2 s at 100,000 photos);
        returns whether more remain. The app calls this on its query thread once the model is ready, a step at a
        time, so that keystrokes are answered in between."""
        self._update_matrix(limit=rows)
        return not self._matrix_current()

    def scores_of(self, ids: Sequence[int], vector: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(ids that have a vector of this model, their exact cosine similarity to ``vector``)."""
        if len(ids) <= FEW_PHOTOS and not self._matrix_current():
            # A few photos (the words' hits, a folder) before the matrix is loaded: read just their rows. A
            # one-off command-line search need not load every vector of the library for a dozen photos.
            have, mat = self.library.vectors_of(self.embedder.model_key, list(ids))
            if not len(have):
                return have, np.empty(0, np.float32)
            return have, (mat @ vector.astype(np.float32)).astype(np.float32)
        self._update_matrix()
        want = np.asarray(ids, np.int64)
        if self._lookup is None:  # sorted ids and their rows: a vectorised lookup, not a dict get per photo
            known = np.fromiter(self._row_of.keys(), np.int64, len(self._row_of))
            rows = np.fromiter(self._row_of.values(), np.int64, len(self._row_of))
            order = np.argsort(known)
            self._lookup = (known[order], rows[order])
        known, rows = self._lookup
        if not len(want) or not len(known):
            return np.empty(0, np.int64), np.empty(0, np.float32)
        pos = np.minimum(np.searchsorted(known, want), len(known) - 1)
        found = known[pos] == want
        have, idx = want[found], rows[pos[found]]
        return have, (self._matrix[idx] @ vector.astype(np.float32)).astype(np.float32)

    def background(self) -> np.ndarray:
        """A fixed random sample of this model's vectors: what a query's scores are judged against (see
        `cutoff`). Drawn again when the library has grown or shrunk by more than 5 %; kept beside the HNSW index
        (`BACKGROUND_FILE`), so that a one-off search reads one file instead of 4,096 rows."""
        assert self.index is not None
        n = len(self.index)
        if self._background is not None and _close(self._background[0], n):
            return self._background[1]
        path = self.library.index_dir / BACKGROUND_FILE.format(slug=_slug(self.embedder.model_key))
        stored = _read_background(path, self.embedder.dim)
        if stored is not None and _close(stored[0], n):
            self._background = stored
            return stored[1]
        ids = self.index.ids()  # the index knows them: reading them from the library costs ~1 s at 100k
        if len(ids) > cutoff.BACKGROUND_SAMPLE:
            ids = np.random.default_rng(0).choice(ids, cutoff.BACKGROUND_SAMPLE, replace=False)
        _, mat = self.library.vectors_of(self.embedder.model_key, ids.tolist())
        sample = mat if mat.size else np.empty((0, self.embedder.dim), np.float32)
        self._background = (n, sample)
        _write_background(path, n, sample)
        return sample

    def _images(self) -> Embedder:
        if hasattr(self.embedder, "embed_images"):
            return self.embedder  # type: ignore[return-value]
        if self._image_model is None:
            raise SearchError("searching by an image needs the full model, and this searcher has none")
        return self._image_model()

    def image_vectors(self, images: Sequence[str | os.PathLike[str]]) -> np.ndarray:
        from photoclip.core import imaging  # every decoder Pillow has: only for the rare query that is a file

        emb = self._images()
        pics = []
        for p in images:
            try:
                img, _meta = imaging.open_oriented(p, min_size=max(emb.prep.size))
            except imaging.ImageError as e:
                raise SearchError(f"cannot use {p} as a query: {e}") from e
            pics.append(img)
        return emb.embed_images(pics)

    def photo_vectors(self, photo_ids: Sequence[int]) -> np.ndarray:
        out = []
        for pid in photo_ids:
            v = self.library.vector(pid, self.embedder.model_key)
            if v is None:
                raise SearchError(f"photo {pid} has no vector for {self.embedder.model_key} yet")
            out.append(v)
        return np.stack(out) if out else np.empty((0, self.embedder.dim), np.float32)

    def _texts(self, texts: tuple[str, ...]) -> np.ndarray:
        # The app asks again for the texts it has just encoded: when the indexer reports new photos (every few
        # seconds while it runs) and when a filter or the sort changes under the same words.
        vectors = self._text_cache.pop(texts, None)
        if vectors is None:
            vectors = self.embedder.embed_texts(list(texts))
            vectors.flags.writeable = False  # shared by later calls
        self._text_cache[texts] = vectors
        while len(self._text_cache) > TEXT_CACHE:
            del self._text_cache[next(iter(self._text_cache))]
        return vectors

    def query_vector(
        self,
        texts: Sequence[str] = (),
        images: Sequence[str | os.PathLike[str]] = (),
        like: Sequence[int] = (),
        negatives: Sequence[str] = (),
    ) -> np.ndarray:
        parts = []
        if texts:
            parts.append(self._texts(tuple(texts)))
        if images:
            parts.append(self.image_vectors(images))
        if like:
            parts.append(self.photo_vectors(like))
        if not parts:
            raise SearchError("a search needs at least one text, image or photo to look for")
        q = _unit(np.concatenate(parts).mean(axis=0))
        if negatives:
            neg = _unit(self._texts(tuple(negatives)).mean(axis=0))
            q = _unit(q - NEGATIVE_WEIGHT * neg)
        return q.astype(np.float32)

    def search(
        self,
        texts: Sequence[str] = (),
        images: Sequence[str | os.PathLike[str]] = (),
        like: Sequence[int] = (),
        negatives: Sequence[str] = (),
        limit: int = 50,
    ) -> list[SearchHit]:
        q = self.query_vector(texts, images, like, negatives)
        # A query photo is not its own best match: leave out the photos the query was made from.
        exclude = set(like)
        for p in images:
            rec = self.library.photo_by_path(Path(p))
            if rec is not None:
                exclude.add(rec.id)
        # Nor is the other file of its shot (the query's RAW or JPEG).
        exclude = with_partners(exclude, companions(self.library, exclude))
        return self.search_vector(q, limit, exclude)

    def search_vector(self, q: np.ndarray, limit: int, exclude: set[int] | None = None) -> list[SearchHit]:
        assert self.index is not None
        exclude = exclude or set()
        # Twice the results asked for: pairs collapse into one, and `limit` shots should remain.
        ids, scores = self.index.query(q, 2 * limit + len(exclude))
        ranked = [(int(i), float(s)) for i, s in zip(ids, scores, strict=True) if int(i) not in exclude]
        pair_of = companions(self.library, [i for i, _ in ranked])
        shown, positions = collapse([i for i, _ in ranked], pair_of)
        keep = [(pid, ranked[pos][1]) for pid, pos in zip(shown, positions, strict=True)][:limit]
        raws = {pid: pair_of[pid].raws for pid, _ in keep if pid in pair_of}
        records = self.library.photos([i for i, _ in keep] + [r for rs in raws.values() for r in rs])
        return [SearchHit(i, records[i].path, s, tuple(records[r].path for r in raws.get(i, ()) if r in records))
                for i, s in keep if i in records]
