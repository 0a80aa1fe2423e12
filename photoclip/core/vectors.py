"""The HNSW index over photo vectors: add, remove, query, save atomically, catch up with the library.

The index is a cache of the library's ``embeddings`` rows for one model. Its files are ``<slug>.hnsw`` plus a
``<slug>.json`` that records the highest embedding ``seq`` the index reflects. Opening it replays every row
written since (upserts) and drops ids the library no longer has, so a crash between a library commit and an
index save costs a short catch-up, never a wrong result. A missing, corrupt or mismatched file is rebuilt.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import uuid
from pathlib import Path

import hnswlib
import numpy as np

from photoclip.core.library import Library

M = 16
EF_CONSTRUCTION = 200
MIN_EF_SEARCH = 128
# Rebuild when this share of the graph's slots hold deleted photos: they cost memory and search time.
MAX_DELETED_SHARE = 0.3
FORMAT_VERSION = 2


def _slug(model: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model)


class VectorIndex:
    """HNSW (cosine) over the vectors of one model; labels are photo ids."""

    def __init__(self, dim: int, model: str, capacity: int = 1024) -> None:
        self.dim = dim
        self.model = model
        self.seq = 0
        self._index = hnswlib.Index(space="cosine", dim=dim)
        self._index.init_index(max_elements=max(capacity, 16), ef_construction=EF_CONSTRUCTION, M=M)
        self._live: set[int] = set()
        self._deleted: set[int] = set()

    # -- life cycle ---------------------------------------------------------------------------------------

    @classmethod
    def open(cls, library: Library, model: str, dim: int | None = None) -> VectorIndex | None:
        """The up-to-date index for ``model``, loading the cached file when it is usable.

        Returns None when the library has no vectors of that model and ``dim`` is not given.
        """
        base = library.index_dir / _slug(model)
        index = cls._load(base, model)
        if index is None or (dim is not None and index.dim != dim):
            ids, mat, seq = library.vectors(model)
            if len(ids) == 0 and dim is None:
                return None
            index = cls(dim or mat.shape[1], model, capacity=len(ids) * 2)
            if len(ids):
                index.add(ids, mat)
            index.seq = seq
            index.save(library)
            return index
        if index.catch_up(library):
            index.save(library)
        return index

    @classmethod
    def _load(cls, base: Path, model: str) -> VectorIndex | None:
        try:
            meta = json.loads(base.parent.joinpath(base.name + ".json").read_text())
            if meta.get("format") != FORMAT_VERSION or meta.get("model") != model:
                return None
            bin_path = base.parent / str(meta["file"])
            index = cls.__new__(cls)
            index.dim = int(meta["dim"])
            index.model = model
            index.seq = int(meta["seq"])
            index._index = hnswlib.Index(space="cosine", dim=index.dim)
            index._index.load_index(str(bin_path), max_elements=int(meta["capacity"]))
            index._live = {int(i) for i in meta["live"]}
            index._deleted = {int(i) for i in meta["deleted"]}
            if index._index.get_current_count() != len(index._live) + len(index._deleted):
                return None
            return index
        except (OSError, ValueError, KeyError, TypeError, RuntimeError):
            # Missing, truncated or foreign files: the library has the truth, rebuild from it.
            return None

    def catch_up(self, library: Library) -> bool:
        """Apply library changes made since this index was saved (in memory); returns whether any applied."""
        ids, mat, seq = library.vectors(self.model, after_seq=self.seq)
        changed = False
        if len(ids):
            self.add(ids, mat)
            changed = True
        self.seq = seq
        # Every vector stored up to `seq` is in the index now, so equal counts mean none was removed: reading
        # every id back (~1 s at 100,000 photos: the ids live beside the vector blobs) is only needed when not.
        if len(self._live) != library.vector_count(self.model):
            current = set(library.vector_ids(self.model).tolist())
            extra = self._live - current
            if extra:
                self.remove(extra)
                changed = True
        if self.deleted_share() > MAX_DELETED_SHARE:
            self._rebuild(library)
            changed = True
        return changed

    def _rebuild(self, library: Library) -> None:
        ids, mat, seq = library.vectors(self.model)
        fresh = VectorIndex(self.dim, self.model, capacity=max(len(ids) * 2, 16))
        if len(ids):
            fresh.add(ids, mat)
        self._index, self._live, self._deleted, self.seq = fresh._index, fresh._live, set(), seq

    def save(self, library: Library) -> None:
        """Write the graph under a fresh name, then atomically point ``<slug>.json`` at it.

        The pair can never mix, even with two writers (the app's threads, a CLI run beside the app): each
        ``.json`` names the one graph file it was written with, and a crash leaves the previous pair intact.
        """
        library.index_dir.mkdir(parents=True, exist_ok=True)
        slug = _slug(self.model)
        graph = f"{slug}-{uuid.uuid4().hex[:12]}.hnsw"
        self._index.save_index(str(library.index_dir / graph))
        meta = {
            "format": FORMAT_VERSION,
            "model": self.model,
            "file": graph,
            "dim": self.dim,
            "seq": self.seq,
            "capacity": self._index.get_max_elements(),
            "live": sorted(self._live),
            "deleted": sorted(self._deleted),
        }
        fd, tmp = tempfile.mkstemp(dir=library.index_dir, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w") as f:
                json.dump(meta, f)
            os.replace(tmp, library.index_dir / f"{slug}.json")
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        # Older graphs of this model are garbage now (a reader that still had one open keeps its copy).
        stale = re.compile(re.escape(slug) + r"-[0-9a-f]{12}\.hnsw")
        for p in library.index_dir.iterdir():
            if p.name != graph and stale.fullmatch(p.name):
                with contextlib.suppress(OSError):
                    p.unlink()

    # -- contents -----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._live)

    def __contains__(self, photo_id: int) -> bool:
        return photo_id in self._live

    def ids(self) -> np.ndarray:
        """The photo ids in the index, ascending."""
        return np.sort(np.fromiter(self._live, np.int64, len(self._live)))

    def deleted_share(self) -> float:
        total = self._index.get_current_count()
        return 0.0 if total == 0 else 1.0 - len(self._live) / total

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Insert or replace vectors (an id already present gets its new vector)."""
        if len(ids) == 0:
            return
        ids = np.asarray(ids, dtype=np.int64)
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        needed = self._index.get_current_count() + len(ids)
        if needed > self._index.get_max_elements():
            self._index.resize_index(max(needed, self._index.get_max_elements() * 2))
        for i in ids.tolist():
            if i in self._deleted:
                # A deleted label must be revived before hnswlib will take a new vector for it.
                self._index.unmark_deleted(i)
                self._deleted.discard(i)
        self._index.add_items(vectors, ids)
        self._live.update(ids.tolist())

    def remove(self, ids: set[int] | list[int]) -> None:
        for i in ids:
            if i in self._live:
                self._index.mark_deleted(int(i))
                self._live.discard(int(i))
                self._deleted.add(int(i))

    def query(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(photo ids, cosine similarities) of the ``k`` nearest vectors, best first."""
        k = min(k, len(self._live))
        if k <= 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        # ef well above k keeps recall near 1; hnswlib needs ef >= k anyway.
        self._index.set_ef(max(MIN_EF_SEARCH, 2 * k))
        labels, dist = self._index.knn_query(np.asarray(vector, dtype=np.float32).reshape(1, -1), k=k)
        return labels[0].astype(np.int64), (1.0 - dist[0]).astype(np.float32)

    def query_many(self, vectors: np.ndarray, k: int, ef: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """`query` for many vectors at once (hnswlib spreads them over the cores): (n, k') ids and similarities,
        each row best first, k' = min(k, len(self)). ``ef`` narrows or widens the search (default as `query`)."""
        vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        k = min(k, len(self._live))
        if k <= 0 or len(vectors) == 0:
            return np.empty((len(vectors), 0), dtype=np.int64), np.empty((len(vectors), 0), dtype=np.float32)
        self._index.set_ef(max(ef if ef is not None else max(MIN_EF_SEARCH, 2 * k), k))
        labels, dist = self._index.knn_query(vectors, k=k)
        return labels.astype(np.int64), (1.0 - dist).astype(np.float32)

    def get(self, ids: list[int]) -> np.ndarray:
        return np.asarray(self._index.get_items(ids), dtype=np.float32)
