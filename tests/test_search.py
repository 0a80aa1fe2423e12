"""Search: text, image, photo and negative queries against an exact cosine ranking of the stored vectors."""

from __future__ import annotations

import numpy as np
import pytest

from photoclip.core.engine import Engine
from photoclip.core.search import NEGATIVE_WEIGHT, SearchError
from tests.photos import write_photo, write_photos

TINY = "photoclip-tiny"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, tiny_model_file):
    root = tmp_path_factory.mktemp("search")
    photos = root / "photos"
    write_photos(photos, 40)
    e = Engine(root / "library", model=TINY, model_file=tiny_model_file)
    e.index([photos])
    yield e, photos
    e.close()


def _exact(e: Engine, q: np.ndarray) -> tuple[list[int], np.ndarray]:
    ids, mat, _ = e.library.vectors(e.active.key)
    scores = mat @ q
    order = np.argsort(-scores)
    return ids[order].tolist(), scores[order]


def test_text_search_equals_exact_cosine_ranking(indexed):
    e, _ = indexed
    for text in ("a cat on a sofa", "a rocket launch", "coffee"):
        hits, note = e.search([text], limit=10)
        assert note is None
        q = e.embedder().embed_texts([text])[0]
        ids, scores = _exact(e, q)
        assert [h.photo_id for h in hits] == ids[:10]
        np.testing.assert_allclose([h.score for h in hits], scores[:10], atol=1e-4)
        assert all(h.path.endswith(".jpg") for h in hits)


def test_image_search_finds_the_same_picture_first(indexed, tmp_path):
    e, photos = indexed
    outside = write_photo(tmp_path / "query.jpg", 7)  # same picture as photo_0007, not in the library
    hits, _ = e.search(images=[outside], limit=5)
    assert hits[0].path == str(photos / "photo_0007.jpg")
    assert hits[0].score > 0.99


def test_more_like_a_library_photo_leaves_it_out(indexed):
    e, photos = indexed
    rec = e.library.photo_by_path(photos / "photo_0003.jpg")
    hits, _ = e.search(like=[rec.id], limit=5)
    assert rec.id not in [h.photo_id for h in hits] and len(hits) == 5
    q = e.library.vector(rec.id, e.active.key)
    ids, _ = _exact(e, q)
    assert [h.photo_id for h in hits] == [i for i in ids if i != rec.id][:5]
    same_file, _ = e.search(images=[photos / "photo_0003.jpg"], limit=5)
    assert rec.id not in [h.photo_id for h in same_file]


def test_negative_terms_move_the_query_away(indexed):
    e, _ = indexed
    emb = e.embedder()
    pos, neg = emb.embed_texts(["mountains"])[0], emb.embed_texts(["snow"])[0]
    q = pos - NEGATIVE_WEIGHT * neg
    q /= np.linalg.norm(q)
    hits, _ = e.search(["mountains"], negatives=["snow"], limit=10)
    assert [h.photo_id for h in hits] == _exact(e, q)[0][:10]
    np.testing.assert_allclose(e.searcher()[0].query_vector(["mountains"], negatives=["snow"]), q, atol=1e-5)


def test_combined_text_and_image(indexed):
    e, photos = indexed
    hits, _ = e.search(["a cat"], images=[photos / "photo_0001.jpg"], limit=3)
    assert len(hits) == 3 and photos / "photo_0001.jpg" not in [h.path for h in hits]


def test_empty_query_and_bad_query_image(indexed, tmp_path):
    e, _ = indexed
    with pytest.raises(SearchError, match="at least one"):
        e.search()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"nope")
    with pytest.raises(SearchError, match=r"broken\.jpg"):
        e.search(images=[broken])


def test_switching_model_keeps_searching_old_vectors_until_complete(tmp_path, tiny_model_file):
    from photoclip.core.models import make_tiny_checkpoint

    photos = tmp_path / "photos"
    write_photos(photos, 10)
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        e.index([photos])
        old_key = e.active.key
        other = make_tiny_checkpoint(tmp_path / "other-tiny.safetensors", seed=1)
        e.set_model(TINY, other)
        assert e.active.key != old_key
        hits, note = e.search(["a cat"], limit=3)
        assert note and old_key in note and len(hits) == 3
        e.index()
        hits, note = e.search(["a cat"], limit=3)
        assert note is None and e.library.vector_counts() == {old_key: 10, e.active.key: 10}
    finally:
        e.close()


def test_recent_query_texts_are_encoded_once_and_give_the_same_vector(indexed):
    """The app runs a search again whenever the indexer reports new photos: its words are not encoded again."""
    from photoclip.core.search import TEXT_CACHE

    e, _ = indexed
    s, _note = e.searcher()
    encoder = s.embedder
    calls: list[list[str]] = []
    real = encoder.embed_texts

    def counted(texts):  # counts the calls, encodes for real
        calls.append(list(texts))
        return real(texts)

    encoder.embed_texts = counted
    try:
        first = s.query_vector(["a lighthouse at night"], negatives=["fog"])
        again = s.query_vector(["a lighthouse at night"], negatives=["fog"])
        assert calls == [["a lighthouse at night"], ["fog"]]
        np.testing.assert_array_equal(first, again)
        for i in range(TEXT_CACHE + 1):  # the oldest texts make room for new ones
            s.query_vector([f"photo number {i}"])
        calls.clear()
        s.query_vector(["a lighthouse at night"])
        assert calls == [["a lighthouse at night"]]
    finally:
        del encoder.embed_texts


def test_the_cut_offs_median_is_numpys() -> None:
    """`cutoff` takes its medians without `np.median` (whose NaN check imports numpy.ma, ~0.1 s of a first
    search): the same values, for odd and even counts."""
    from photoclip.core.cutoff import _median

    rng = np.random.default_rng(5)
    for n in (1, 2, 3, 4, 7, 100, 4095, 4096):
        x = rng.standard_normal(n).astype(np.float32)
        assert _median(x) == pytest.approx(float(np.median(x)), abs=1e-7)


def test_a_search_uses_the_previous_model_while_the_active_one_catches_up(tmp_path, tiny_model_file) -> None:
    """After a model switch the old vectors serve searches, with a note, until the new model has a vector for every
    usable photo; broken photos do not count (the photo count is the table's less the failed ones)."""
    from photoclip.core.library import PhotoFields

    OLD_MODEL = "ViT-B-32-256/datacomp_s34b_b86k"  # the previous model's key
    engine = Engine(tmp_path / "lib", model="photoclip-tiny", model_file=tiny_model_file)
    try:
        lib = engine.library
        active = engine.active.key
        f = lib.add_folder(str(tmp_path / "photos"))
        rng = np.random.default_rng(0)
        with lib.transaction():
            ids = [lib.upsert_photo(PhotoFields(str(tmp_path / "photos" / f"{i}.jpg"), f.id, 1, 1, f"h{i}", "ok"))
                   for i in range(4)]
            lib.upsert_photo(PhotoFields(str(tmp_path / "photos" / "broken.jpg"), f.id, 1, 1, None, "failed"))
            for pid in ids:
                lib.put_vector(pid, OLD_MODEL, rng.standard_normal(8).astype(np.float32))
            lib.put_vector(ids[0], active, rng.standard_normal(8).astype(np.float32))
        assert lib.count_photos() == {"ok": 4, "failed": 1}
        choice, note = engine.search_model()
        assert choice.key == OLD_MODEL and note is not None and "1 of 4 photos" in note
        with lib.transaction():
            for pid in ids[1:]:
                lib.put_vector(pid, active, rng.standard_normal(8).astype(np.float32))
        assert engine.search_model() == (engine.active, None)  # caught up: the broken photo needs no vector
        with lib.transaction():
            lib.delete_vector(ids[3], active)
        assert engine.search_model()[0].key == OLD_MODEL  # (the counts are not kept past a change)
    finally:
        engine.close()
