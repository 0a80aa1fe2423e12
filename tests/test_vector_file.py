"""The saved HNSW file read in place (`SavedVectors`): exact answers over files hnswlib really wrote, removed photos
left out, what the library stored since taken in, a file it cannot read refused; and the engine's searcher, which
starts on it and moves to the loaded graph."""

from __future__ import annotations

import numpy as np
import pytest

from photoclip.core.library import Library, PhotoFields
from photoclip.core.vector_file import SavedVectors
from photoclip.core.vectors import VectorIndex, _slug
from tests.test_vectors import _store, _unit

DIM = 64


@pytest.fixture
def lib(tmp_path):
    with Library(tmp_path / "lib") as lib:
        yield lib


def _exact(lib: Library, q: np.ndarray, k: int) -> tuple[list[int], np.ndarray]:
    ids, mat, _seq = lib.vectors("m")
    scores = mat @ q
    order = np.argsort(-scores, kind="stable")[:k]
    return ids[order].tolist(), scores[order]


def test_answers_exactly_what_the_library_holds(lib: Library) -> None:
    rng = np.random.default_rng(0)
    ids = _store(lib, _unit(rng, 1500))
    VectorIndex.open(lib, "m").save(lib)
    saved = SavedVectors.open(lib, "m")
    assert saved is not None and len(saved) == 1500 and saved.dim == DIM
    assert saved.ids().tolist() == sorted(ids)
    for q in _unit(rng, 20):
        got, scores = saved.query(q, 50)
        want, want_scores = _exact(lib, q, 50)
        assert got.tolist() == want  # exact: the graph may miss a few, this may not
        np.testing.assert_allclose(scores, want_scores, atol=1e-5)
    assert saved.query(q, 5000)[0].shape == (1500,)  # never more than it holds
    saved.close()


def test_removed_photos_are_left_out_and_later_changes_taken_in(lib: Library) -> None:
    rng = np.random.default_rng(1)
    vectors = _unit(rng, 400)
    ids = _store(lib, vectors)
    index = VectorIndex.open(lib, "m")
    gone = ids[:30]
    index.remove(gone)  # marked deleted in the graph, as an index run leaves a forgotten photo
    with lib.transaction():
        lib.delete_photos(gone)
    index.save(lib)
    saved = SavedVectors.open(lib, "m")
    assert saved is not None and len(saved) == 370
    assert not set(gone) & set(saved.query(vectors[0], 400)[0].tolist())

    # Stored after the file was saved: a new photo, a re-embedded one, one more forgotten.
    new_vector, changed_vector = _unit(rng, 2)
    f = lib.folders()[0]
    with lib.transaction():
        new = lib.upsert_photo(PhotoFields("/photos/new.jpg", f.id, 1, 1, "hnew", "ok"))
        lib.put_vector(new, "m", new_vector)
        lib.put_vector(ids[100], "m", changed_vector)
        lib.delete_photos([ids[200]])
    assert saved.catch_up(lib)
    assert len(saved) == 370
    got, scores = saved.query(new_vector, 3)
    assert got[0] == new and scores[0] > 0.999
    got, _ = saved.query(changed_vector, 1)
    assert got[0] == ids[100]
    assert ids[100] not in saved.query(vectors[100], 3)[0].tolist()  # its old vector is gone
    assert ids[200] not in saved.ids().tolist()
    for q in _unit(rng, 5):
        assert saved.query(q, 20)[0].tolist() == _exact(lib, q, 20)[0]
    assert not saved.catch_up(lib)  # nothing new since


@pytest.mark.parametrize("damage", ["truncated", "foreign", "missing", "other model", "dimension"])
def test_a_file_it_cannot_read_is_refused(lib: Library, damage: str) -> None:
    _store(lib, _unit(np.random.default_rng(2), 50))
    VectorIndex.open(lib, "m").save(lib)
    graph = next(lib.index_dir.glob(f"{_slug('m')}-*.hnsw"))
    dim = DIM
    model = "m"
    if damage == "truncated":
        graph.write_bytes(graph.read_bytes()[:5000])
    elif damage == "foreign":
        graph.write_bytes(b"\x07" * graph.stat().st_size)
    elif damage == "missing":
        graph.unlink()
    elif damage == "other model":
        model = "n"
    else:
        dim = 32
    assert SavedVectors.open(lib, model, dim=dim) is None
    # The graph's own loader rebuilds from the library whatever happened to the file.
    assert len(VectorIndex.open(lib, "m")) == 50


def test_the_engine_searches_the_saved_file_until_the_graph_is_loaded(tmp_path, tiny_model_file) -> None:
    from photoclip.core.engine import Engine
    from photoclip.core.find import SearchRequest

    engine = Engine(tmp_path / "library", model="photoclip-tiny", model_file=tiny_model_file)
    try:
        emb = engine.embedder()
        key = engine.active.key
        rng = np.random.default_rng(3)
        vectors = _unit(rng, 300, emb.dim)
        f = engine.library.add_folder(str(tmp_path / "photos"))
        with engine.library.transaction():
            for i, v in enumerate(vectors):
                pid = engine.library.upsert_photo(PhotoFields(str(tmp_path / "photos" / f"{i}.jpg"), f.id, 1, 1,
                                                              f"h{i}", "ok"))
                engine.library.put_vector(pid, key, v)
        VectorIndex.open(engine.library, key).save(engine.library)

        searcher, _note = engine.searcher()
        assert isinstance(searcher.index, SavedVectors)
        before = engine.find(SearchRequest("a photo of a dog", show_all=True, limit=50))
        engine.open_search_index()
        assert isinstance(engine.searcher()[0].index, VectorIndex)
        after = engine.find(SearchRequest("a photo of a dog", show_all=True, limit=50))
        # 300 photos: the graph is exact too, so both answer alike.
        assert before.ids.tolist() == after.ids.tolist()
        np.testing.assert_allclose(before.scores, after.scores, atol=1e-5)
    finally:
        engine.close()
