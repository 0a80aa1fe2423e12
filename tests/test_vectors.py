"""The HNSW index: recall against exact cosine ranking, updates, persistence and recovery."""

from __future__ import annotations

import numpy as np
import pytest

from photoclip.core.library import Library, PhotoFields
from photoclip.core.vectors import VectorIndex

DIM = 64


def _unit(rng: np.random.Generator, n: int, dim: int = DIM) -> np.ndarray:
    v = rng.standard_normal((n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "lib") as lib:
        yield lib


def _store(lib: Library, vectors: np.ndarray, model: str = "m") -> list[int]:
    f = lib.add_folder("/photos")
    ids = []
    with lib.transaction():
        for i, v in enumerate(vectors):
            pid = lib.upsert_photo(PhotoFields(f"/photos/{i}.jpg", f.id, 1, 1, f"h{i}", "ok"))
            lib.put_vector(pid, model, v)
            ids.append(pid)
    return ids


def test_recall_at_10_against_exact_cosine_ranking():
    rng = np.random.default_rng(0)
    data = _unit(rng, 4000)
    queries = _unit(rng, 200)
    index = VectorIndex(DIM, "m")
    index.add(np.arange(1, len(data) + 1), data)
    exact = np.argsort(-(queries @ data.T), axis=1)[:, :10] + 1
    hits = 0
    for q, truth in zip(queries, exact, strict=True):
        ids, scores = index.query(q, 10)
        hits += len(set(ids.tolist()) & set(truth.tolist()))
        np.testing.assert_allclose(scores, data[ids - 1] @ q, atol=1e-4)  # scores are true cosines
        assert np.all(np.diff(scores) <= 1e-6)  # best first
    assert hits / (10 * len(queries)) >= 0.99


def test_add_replace_remove_and_revive():
    rng = np.random.default_rng(1)
    v = _unit(rng, 3)
    index = VectorIndex(DIM, "m", capacity=2)  # forces a resize
    index.add(np.array([1, 2, 3]), v)
    assert len(index) == 3
    index.add(np.array([2]), v[0:1])  # id 2 now has id 1's vector
    ids, scores = index.query(v[0], 2)
    assert set(ids.tolist()) == {1, 2} and scores.min() > 0.999
    index.remove([1])
    assert 1 not in index and len(index) == 2
    assert 1 not in index.query(v[0], 3)[0].tolist()
    index.add(np.array([1]), v[2:3])  # a deleted id comes back with a new vector
    assert index.query(v[2], 1)[0].tolist() in ([1], [3])
    assert len(index) == 3


def test_query_on_empty_or_small_index():
    index = VectorIndex(DIM, "m")
    assert index.query(np.ones(DIM, np.float32), 5)[0].size == 0
    index.add(np.array([7]), _unit(np.random.default_rng(2), 1))
    assert index.query(np.ones(DIM, np.float32), 50)[0].tolist() == [7]


def test_open_builds_from_library_and_reloads_saved_file(lib):
    vecs = _unit(np.random.default_rng(3), 50)
    ids = _store(lib, vecs)
    index = VectorIndex.open(lib, "m")
    assert index is not None and len(index) == 50
    assert (lib.index_dir / "m.json").exists() and len(list(lib.index_dir.glob("m-*.hnsw"))) == 1
    again = VectorIndex.open(lib, "m")
    assert again.query(vecs[10], 1)[0].tolist() == [ids[10]]
    assert VectorIndex.open(lib, "other-model") is None


def test_stale_index_catches_up_with_library(lib):
    vecs = _unit(np.random.default_rng(4), 30)
    ids = _store(lib, vecs)
    VectorIndex.open(lib, "m")  # saved with all 30
    # The library moves on without the index (e.g. a crash after commit, before the index was saved).
    lib.delete_photos(ids[:5])
    new = _unit(np.random.default_rng(5), 1)[0]
    lib.put_vector(ids[6], "m", new)
    index = VectorIndex.open(lib, "m")
    assert len(index) == 25
    assert index.query(new, 1)[0].tolist() == [ids[6]]
    assert not set(ids[:5]) & set(index.query(vecs[0], 25)[0].tolist())


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete"])
def test_damaged_index_file_is_rebuilt(lib, damage):
    vecs = _unit(np.random.default_rng(6), 40)
    ids = _store(lib, vecs)
    VectorIndex.open(lib, "m")
    (path,) = lib.index_dir.glob("m-*.hnsw")
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:100])
    elif damage == "garbage":
        (lib.index_dir / "m.json").write_text("{not json")
    else:
        path.unlink()
    index = VectorIndex.open(lib, "m")
    assert len(index) == 40
    assert index.query(vecs[3], 1)[0].tolist() == [ids[3]]


def test_saves_replace_the_graph_file_and_a_json_never_names_a_mixed_pair(lib):
    import json

    vecs = _unit(np.random.default_rng(8), 20)
    _store(lib, vecs[:10])
    first = VectorIndex.open(lib, "m")
    other = VectorIndex.open(lib, "m")  # a second writer, as the app's two threads are
    other.add(np.array([999]), vecs[10:11])
    other.save(lib)
    first.save(lib)
    graphs = list(lib.index_dir.glob("m-*.hnsw"))
    assert len(graphs) == 1
    assert json.loads((lib.index_dir / "m.json").read_text())["file"] == graphs[0].name
    assert len(VectorIndex.open(lib, "m")) == 10  # the last writer's consistent pair, caught up with the library


def test_many_deletions_trigger_a_compacting_rebuild(lib):
    vecs = _unit(np.random.default_rng(7), 100)
    ids = _store(lib, vecs)
    index = VectorIndex.open(lib, "m")
    lib.delete_photos(ids[:60])
    index.catch_up(lib)
    assert len(index) == 40 and index.deleted_share() == 0.0
