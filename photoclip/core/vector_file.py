"""A saved HNSW index file read in place: its vectors, scored exactly, without loading the graph.

Loading the graph (`VectorIndex.open`) holds Python's GIL while hnswlib reads it: ~0.3 s at 100,000 photos, during
which the app's window cannot paint and its other threads stand still. Yet the file already holds every photo's
vector, normalised, one fixed-size record per photo. Mapped into memory, those records answer a query exactly with
one matrix-vector product (~20 ms at 100,000 photos, outside the GIL) after ~10 ms of opening. A one-off command-line
search and the app's first search use this (`SavedVectors`); the app loads the graph after its first answer, when
nothing waits for it.

The layout read is hnswlib's `saveIndex` (0.7 and 0.8): a header of size_t/int fields, then ``cur_element_count``
level-0 records of ``size_data_per_element`` bytes each: the links, the vector at ``offsetData``, the label (the photo
id, a size_t) at ``label_offset``. Anything that does not add up (a foreign or truncated file, another hnswlib's
layout) makes `open` return None, and the caller loads the graph as before.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import struct
from pathlib import Path

import numpy as np

from photoclip.core.library import Library

# offsetLevel0, max_elements, cur_element_count, size_data_per_element, label_offset, offsetData (size_t);
# maxlevel (int), enterpoint_node (uint); maxM, maxM0, M (size_t); mult (double); ef_construction (size_t).
_HEADER = struct.Struct("<6Q iI 3Q d Q")
_DELETED = 0x01  # hnswlib's DELETE_MARK


class SavedVectors:
    """The vectors of a model's saved HNSW file, memory-mapped, plus what the library stored since it was saved.

    Stands in for a `VectorIndex` wherever a search only queries it (``query``, ``len``, ``ids``, ``seq``,
    ``catch_up``); its answers are exact, so at least as good as the graph's."""

    def __init__(self, path: Path, meta: dict, model: str) -> None:
        with open(path, "rb") as f:
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        records = None
        try:
            head = _HEADER.unpack_from(self._map, 0)
            level0_at, _max, count, size, label_at, data_at = head[:6]
            dim = int(meta["dim"])
            if not (count and level0_at + 4 <= data_at and data_at + 4 * dim <= label_at and label_at + 8 <= size
                    and len(self._map) >= _HEADER.size + count * size):
                raise ValueError(f"{path.name} is not laid out as expected")
            records = np.frombuffer(self._map, np.uint8, count * size, _HEADER.size).reshape(count, size)
            labels = records[:, label_at:label_at + 8].view(np.uint64)[:, 0].astype(np.int64)
            # A removed photo keeps its record: hnswlib only marks it, in the third byte of its links' header.
            use = (records[:, level0_at + 2] & _DELETED) == 0
            # Rows of the mapped records: a strided view, so the product reads the file's pages, never a copy.
            self._vectors = records[:, data_at:data_at + 4 * dim].view(np.float32)
        except BaseException:
            del records
            self._map.close()
            raise
        self.dim = dim
        self.model = model
        self.seq = int(meta["seq"])
        self._use = use
        if int(use.sum()) != len(meta["live"]) or count - len(meta["live"]) != len(meta["deleted"]):
            self.close()
            raise ValueError(f"{path.name} does not hold the photos its record names")
        self._labels = labels
        # Stored since the file was saved: these replace (or add to) the file's records.
        self._extra_ids = np.empty(0, np.int64)
        self._extra = np.empty((0, dim), np.float32)

    @classmethod
    def open(cls, library: Library, model: str, dim: int | None = None) -> SavedVectors | None:
        """The saved vectors of ``model``, caught up with the library; None when there is no usable file (then load
        the graph, `VectorIndex.open`, which rebuilds what is missing)."""
        from photoclip.core.vectors import FORMAT_VERSION, _slug

        base = library.index_dir / _slug(model)
        try:
            meta = json.loads(base.parent.joinpath(base.name + ".json").read_text())
            if meta.get("format") != FORMAT_VERSION or meta.get("model") != model:
                return None
            if dim is not None and int(meta["dim"]) != dim:
                return None
            saved = cls(base.parent / str(meta["file"]), meta, model)
        except (OSError, ValueError, KeyError, TypeError, struct.error):
            return None
        try:
            saved.catch_up(library)
        except BaseException:
            saved.close()
            raise
        return saved

    def close(self) -> None:
        """Unmap the file (the arrays over it must not be used after this)."""
        self._vectors = np.empty((0, self.dim), np.float32)
        self._use = np.zeros(0, bool)
        self._labels = np.empty(0, np.int64)
        # An array over the map still referenced somewhere keeps it; it is unmapped with that array.
        with contextlib.suppress(BufferError):
            self._map.close()

    def catch_up(self, library: Library) -> bool:
        """Take in the vectors stored since the file was saved, and leave out photos the library no longer has;
        returns whether anything changed."""
        ids, mat, seq = library.vectors(self.model, after_seq=self.seq)
        changed = bool(len(ids))
        if changed:
            keep = ~np.isin(self._extra_ids, ids)
            self._extra_ids = np.concatenate([self._extra_ids[keep], ids.astype(np.int64)])
            self._extra = np.concatenate([self._extra[keep], mat.astype(np.float32)])
            self._use &= ~np.isin(self._labels, ids)  # a re-embedded photo: its new vector, not the saved one
        self.seq = seq
        if len(self) != library.vector_count(self.model):
            current = library.vector_ids(self.model)
            gone = ~np.isin(self._labels, current) & self._use
            if gone.any():
                self._use &= ~gone
                changed = True
            kept = np.isin(self._extra_ids, current)
            if not kept.all():
                self._extra_ids, self._extra = self._extra_ids[kept], self._extra[kept]
                changed = True
        return changed

    def __len__(self) -> int:
        return int(self._use.sum()) + len(self._extra_ids)

    def ids(self) -> np.ndarray:
        """The photo ids it holds, ascending."""
        return np.sort(np.concatenate([self._labels[self._use], self._extra_ids]))

    def query(self, vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(photo ids, cosine similarities) of the ``k`` nearest vectors, best first: exact."""
        v = np.asarray(vector, np.float32).reshape(-1)
        scores = np.concatenate([self._vectors @ v, self._extra @ v]) if len(self._extra) else self._vectors @ v
        ids = np.concatenate([self._labels, self._extra_ids]) if len(self._extra) else self._labels
        use = np.concatenate([self._use, np.ones(len(self._extra_ids), bool)]) if len(self._extra) else self._use
        scores = np.where(use, scores, -np.inf)
        k = min(k, len(self))
        if k <= 0:
            return np.empty(0, np.int64), np.empty(0, np.float32)
        top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        top = top[np.argsort(-scores[top], kind="stable")]
        top = top[np.isfinite(scores[top])]
        return ids[top], scores[top].astype(np.float32)
