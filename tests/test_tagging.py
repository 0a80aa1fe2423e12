"""Zero-shot tagging on controlled vectors in a real library: known photo vectors and known prompt vectors (put in
the library's prompt-vector cache), so every score, pick and "none of these" can be computed by hand."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import numpy as np
import pytest

from photoclip.core import tag_store, tagging
from photoclip.core.library import Library, PhotoFields
from photoclip.core.tag_store import TagError

MODEL = "test-model"
DIM = 8
SCALE = 50.0


def unit(*parts: float) -> np.ndarray:
    v = np.zeros(DIM, np.float32)
    v[: len(parts)] = parts
    return v / np.linalg.norm(v)


def e(i: int) -> np.ndarray:
    v = np.zeros(DIM, np.float32)
    v[i] = 1.0
    return v


@pytest.fixture
def lib(tmp_path: Path):
    library = Library(tmp_path / "library")
    library.set_setting(f"logit_scale:{MODEL}", repr(SCALE))
    yield library
    library.close()


def add_photos(lib: Library, vectors: list[np.ndarray], folder: str = "/photos") -> list[int]:
    f = lib.add_folder(folder)
    ids = []
    with lib.transaction():
        for n, v in enumerate(vectors):
            pid = lib.upsert_photo(PhotoFields(f"{f.path}/p{len(ids) + n:03d}.jpg", f.id, 1, 1, None, "ok"))
            lib.put_vector(pid, MODEL, v)
            ids.append(pid)
    return ids


def cache_label(lib: Library, s: tag_store.LabelSet, name: str, *vectors: np.ndarray) -> None:
    """Give every prompt of the label a known vector (all the same unless several are given, in order)."""
    lab = s.label(name)
    texts = tagging.prompts_for(lab.name, lab.prompts, s.templates)
    vecs = [vectors[min(i, len(vectors) - 1)] for i in range(len(texts))]
    tag_store.store_text_vectors(lib, MODEL, texts, np.stack(vecs))


def tags(lib: Library) -> set[tuple[int, str]]:
    return {(r[0], r[1]) for r in lib.db.execute("SELECT photo_id, label FROM photo_tags")}


def scores(lib: Library) -> dict[tuple[int, str], float]:
    rows = lib.db.execute("SELECT t.photo_id, l.name, t.score FROM tag_scores t JOIN labels l ON l.id = t.label_id")
    return {(p, n): s for p, n, s in rows}


def test_prompt_ensembling_is_the_mean_of_normalised_prompt_vectors(lib):
    s = tag_store.create_set(lib, "Things", labels=[{"name": "bike", "prompts": ["a photo of my red bicycle"]}])
    texts = tagging.prompts_for("bike", ("a photo of my red bicycle",), None)
    assert texts[: len(tagging.DEFAULT_TEMPLATES)] == [t.format("bike") for t in tagging.DEFAULT_TEMPLATES]
    assert texts[-1] == "a photo of my red bicycle"
    rng = np.random.default_rng(1)
    raw = rng.normal(size=(len(texts), DIM)).astype(np.float32) * rng.uniform(0.5, 3, size=(len(texts), 1))
    tag_store.store_text_vectors(lib, MODEL, texts, raw)
    got = tagging.LabelVectors(lib, MODEL, None).of_set(s)[0]
    normalised = raw / np.linalg.norm(raw, axis=1, keepdims=True)
    expected = normalised.mean(axis=0)
    expected /= np.linalg.norm(expected)
    np.testing.assert_allclose(got, expected, atol=1e-6)
    # Not the mean of the raw vectors: the long ones would weigh more.
    plain = raw.mean(axis=0) / np.linalg.norm(raw.mean(axis=0))
    assert not np.allclose(got, plain, atol=1e-3)


def test_single_choice_softmax_with_a_none_of_these_floor(lib):
    s = tag_store.create_set(lib, "Scenes", "single", ["beach", "city", "forest"], threshold=0.3)
    for name, i in (("beach", 0), ("city", 1), ("forest", 2)):
        cache_label(lib, s, name, e(i))
    beachy, cityish, neither = unit(1, 0.2), unit(0.3, 1, 0.1), unit(0, 0, 0, 1)
    ids = add_photos(lib, [beachy, cityish, neither])
    report = tagging.apply_set(lib, "Scenes", MODEL, None)
    assert report.photos == 3 and report.counts == {"beach": 1, "city": 1, "forest": 0}
    assert tags(lib) == {(ids[0], "beach"), (ids[1], "city")}  # the third is "none of these"

    cos = np.stack([beachy, cityish, neither]) @ np.eye(DIM, 3)
    logits = np.hstack([cos, np.full((3, 1), 0.3)]) * SCALE
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    got = scores(lib)
    for row, pid in enumerate(ids):
        for j, name in enumerate(("beach", "city", "forest")):
            assert got[(pid, name)] == pytest.approx(probs[row, j], abs=1e-5)
    # Lowering the floor below the third photo's best cosine (0) gives it the best of the three.
    tagging.apply_set(lib, "Scenes", MODEL, None, threshold=-0.5)
    assert tag_store.get_set(lib, "Scenes").threshold == -0.5  # saved with the set
    assert sum(1 for pid, _ in tags(lib) if pid == ids[2]) == 1


def test_single_choice_label_threshold_is_a_probability(lib):
    s = tag_store.create_set(lib, "Pets", "single", ["cat", {"name": "dog", "threshold": 0.9}])
    cache_label(lib, s, "cat", e(0))
    cache_label(lib, s, "dog", e(1))
    ids = add_photos(lib, [unit(1, 0.9), unit(0.97, 1), unit(0, 1)])
    tagging.apply_set(lib, "Pets", MODEL, None)
    # Photo 1 is only slightly more dog than cat: dog is its best label, but not at the 0.9 the label asks for.
    p = scores(lib)
    assert p[(ids[1], "dog")] < 0.9 < p[(ids[2], "dog")]
    assert tags(lib) == {(ids[0], "cat"), (ids[2], "dog")}


def test_multi_choice_thresholds(lib):
    s = tag_store.create_set(lib, "Contents", "multi", ["people", "water", {"name": "sky", "threshold": 0.8}],
                             threshold=0.5)
    for name, i in (("people", 0), ("water", 1), ("sky", 2)):
        cache_label(lib, s, name, e(i))
    both, sky_ish, nothing = unit(1, 1), unit(0, 0.6, 1), unit(0, 0, 0, 1)
    ids = add_photos(lib, [both, sky_ish, nothing])
    report = tagging.apply_set(lib, s, MODEL, None)
    # cos(both, people) = cos(both, water) = 0.707 >= 0.5; sky_ish: sky 0.857 >= 0.8, water 0.514 >= 0.5.
    assert tags(lib) == {(ids[0], "people"), (ids[0], "water"), (ids[1], "sky"), (ids[1], "water")}
    assert report.counts == {"people": 1, "water": 2, "sky": 1}
    assert scores(lib)[(ids[1], "sky")] == pytest.approx(float(sky_ish @ e(2)), abs=1e-6)
    tagging.apply_set(lib, s, MODEL, None, threshold=0.6)
    assert tags(lib) == {(ids[0], "people"), (ids[0], "water"), (ids[1], "sky")}


def test_dry_run_and_scopes(lib):
    s = tag_store.create_set(lib, "Scenes", "single", ["beach", "city"])
    cache_label(lib, s, "beach", e(0))
    cache_label(lib, s, "city", e(1))
    home = add_photos(lib, [e(0), e(1)], "/photos/home")
    away = add_photos(lib, [e(0)], "/photos/away")
    report = tagging.apply_set(lib, s, MODEL, None, dry_run=True)
    assert report.counts == {"beach": 2, "city": 1} and tags(lib) == set()
    assert lib.db.execute("SELECT COUNT(*) FROM tag_scores").fetchone()[0] == 0
    tagging.apply_set(lib, s, MODEL, None, folder="/photos/away")
    assert tags(lib) == {(away[0], "beach")}
    report = tagging.apply_set(lib, s, MODEL, None, photo_ids=[home[1], 9999])
    assert report.photos == 1 and report.without_vector == 1
    assert tags(lib) == {(away[0], "beach"), (home[1], "city")}


def test_user_decisions_survive_retagging(lib):
    s = tag_store.create_set(lib, "Scenes", "single", ["beach", "city", "forest"])
    m = tag_store.create_set(lib, "Contents", "multi", ["people", "water"], threshold=0.5)
    for name, i in (("beach", 0), ("city", 1), ("forest", 2)):
        cache_label(lib, s, name, e(i))
    cache_label(lib, m, "people", e(0))
    cache_label(lib, m, "water", e(1))
    ids = add_photos(lib, [e(0), e(1), unit(1, 1)])
    for x in (s, m):
        tagging.apply_set(lib, x, MODEL, None)
    assert (ids[0], "beach") in tags(lib) and (ids[1], "city") in tags(lib)
    tag_store.decide(lib, [ids[0]], s.label("beach").id, False)  # not a beach
    tag_store.decide(lib, [ids[1]], s.label("forest").id, True)  # a forest, not a city (one label per photo)
    tag_store.decide(lib, [ids[2]], m.label("people").id, False)
    tag_store.decide(lib, [ids[0]], m.label("water").id, True)  # added by hand: the machine never suggested it
    expected = {(ids[1], "forest"), (ids[1], "water"), (ids[2], "beach"), (ids[2], "water"), (ids[0], "people"),
                (ids[0], "water")}
    assert tags(lib) == expected
    for x in (s, m):
        tagging.apply_set(lib, x, MODEL, None)
        tagging.apply_set(lib, x, MODEL, None, threshold=-1.0 if x is s else 0.1)
    assert {t for t in tags(lib) if t[1] in ("beach", "city", "forest")} == {(ids[1], "forest"), (ids[2], "beach")}
    assert (ids[0], "water") in tags(lib) and (ids[2], "people") not in tags(lib)
    sources = dict(((r[0], r[1]), r[2]) for r in lib.db.execute("SELECT photo_id, label, source FROM photo_tags"))
    assert sources[(ids[0], "water")] == "user" and sources[(ids[1], "forest")] == "user"
    # Forgetting a decision gives the machine its say again.
    tag_store.decide(lib, [ids[0]], s.label("beach").id, None)
    assert (ids[0], "beach") in tags(lib)
    photo_tags = {t.label: t for t in tag_store.tags_of(lib, ids[1])}
    assert photo_tags["forest"].decision is True and photo_tags["city"].tagged is False


def test_cancel_leaves_everything_as_it_was(lib):
    s = tag_store.create_set(lib, "Scenes", "single", ["beach", "city"])
    cache_label(lib, s, "beach", e(0))
    cache_label(lib, s, "city", e(1))
    add_photos(lib, [e(0), e(1)])
    tagging.apply_set(lib, s, MODEL, None)
    before = scores(lib)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(tagging.TaggingCancelled):
        tagging.apply_set(lib, s, MODEL, None, threshold=-1, cancel=cancel)
    assert scores(lib) == before
    assert tag_store.get_set(lib, s.id).threshold == -1  # the setting was saved before; the scores were not


def test_only_the_best_scores_are_stored(lib):
    names = [f"l{i}" for i in range(DIM)]
    s = tag_store.create_set(lib, "Many", "single", names)
    for i, n in enumerate(names):
        cache_label(lib, s, n, e(i))
    add_photos(lib, [unit(*np.linspace(1, 0.1, DIM))])
    report = tagging.apply_set(lib, s, MODEL, None)
    assert report.stored_rows == tagging.KEEP_PER_PHOTO
    kept = {n for (_p, n) in scores(lib)}
    assert kept == set(names[: tagging.KEEP_PER_PHOTO])


def test_label_preview_counts_what_a_threshold_would_tag(lib):
    s = tag_store.create_set(lib, "Contents", "multi", ["water"])
    cache_label(lib, s, "water", e(0))
    ids = add_photos(lib, [unit(1, x) for x in (0.1, 0.5, 1.0, 2.0, 4.0)])
    tagging.apply_set(lib, s, MODEL, None, threshold=-1)
    preview = tagging.label_preview(lib, s, s.label("water").id, MODEL, None)
    cos = sorted((float(unit(1, x)[0]) for x in (0.1, 0.5, 1.0, 2.0, 4.0)), reverse=True)
    np.testing.assert_allclose(preview.scores, cos, atol=1e-6)
    assert list(preview.photo_ids) == ids
    assert preview.count(0.5) == sum(c >= 0.5 for c in cos) == 3
    assert preview.count(-1) == 5 and preview.count(1.01) == 0


def test_set_editing_rules(lib):
    s = tag_store.create_set(lib, "Scenes", labels=["beach"])
    with pytest.raises(TagError, match="already"):
        tag_store.create_set(lib, "scenes")
    with pytest.raises(TagError, match="already has a label"):
        tag_store.add_label(lib, s.id, "Beach")
    with pytest.raises(TagError, match=r"'\|'"):
        tag_store.add_label(lib, s.id, "a|b")
    with pytest.raises(TagError, match="single"):
        tag_store.update_set(lib, s.id, choice="several")
    with pytest.raises(TagError, match=r"\{\}"):
        tag_store.update_set(lib, s.id, templates=["no placeholder"])
    with pytest.raises(TagError, match="no labels"):
        tagging.apply_set(lib, tag_store.create_set(lib, "Empty"), MODEL, None)
    tag_store.update_set(lib, s.id, name="Places", apply_to_new=True, templates=["a picture of {}"])
    got = tag_store.get_set(lib, "places")
    assert got.apply_to_new and got.templates == ("a picture of {}",)
    assert tagging.prompts_for("beach", (), got.templates) == ["a picture of beach"]
    tag_store.delete_set(lib, s.id)
    assert [x.name for x in tag_store.list_sets(lib)] == ["Empty"]


# -- storing in chunks: the write lock is free while scoring and between chunks -------------------------------------

def _scenes(lib: Library, n: int) -> tuple[tag_store.LabelSet, list[int]]:
    """A single-choice set of three labels over ``n`` photos, each clearly one of them (beach, city, forest, ...)."""
    s = tag_store.create_set(lib, "Scenes", "single", ["beach", "city", "forest"])
    for name, i in (("beach", 0), ("city", 1), ("forest", 2)):
        cache_label(lib, s, name, e(i))
    return s, add_photos(lib, [unit(*([0.1] * (i % 3) + [1.0])) for i in range(n)])


def test_other_connections_write_while_a_set_is_applied(lib, monkeypatch):
    """Scoring holds no transaction, and the scores are stored in several transactions with the lock free between
    them: another connection that will not wait at all (busy timeout 0) writes while scoring and after each chunk.
    (One transaction for the whole run held the write lock for seconds at 100,000 photos.)"""
    monkeypatch.setattr(tagging, "WRITE_ROWS", 100)  # 300 photos x 3 kept rows: several chunks
    monkeypatch.setattr(tagging, "CHUNK", 128)
    s, ids = _scenes(lib, 300)
    other = sqlite3.connect(lib.db_path, isolation_level=None, timeout=0)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        other.execute("INSERT INTO settings(key, value) VALUES (?, 'x')", (f"probe {len(seen)}",))

    report = tagging.apply_set(lib, s, MODEL, None, progress=progress)
    n = len(ids)
    scoring = [d for d, _t in seen if d <= n]
    storing = [d for d, _t in seen if d > n]
    assert scoring == [128, 256, 300] and len(storing) == 10  # 33 photos (99 rows) a chunk
    assert all(t == 2 * n for _d, t in seen) and storing[-1] == 2 * n and storing == sorted(storing)
    assert lib.get_setting(f"probe {len(seen)}") == "x"  # every write went through
    assert report.stored_rows == 3 * n and report.changed == 0
    assert report.counts == {"beach": 100, "city": 100, "forest": 100}
    assert len(tags(lib)) == n
    other.close()


def test_what_changes_while_a_set_is_scored_is_not_overwritten(lib, monkeypatch):
    """Another connection decides, removes a photo, indexes one again and removes a label after the scores were
    computed and before they are stored: the user's yes still withdraws the machine's pick (single-choice), the
    photo indexed again keeps the scores it had (not ones from its old vector), and nothing fails."""
    monkeypatch.setattr(tagging, "WRITE_ROWS", 100)
    s, ids = _scenes(lib, 60)
    tagging.apply_set(lib, s, MODEL, None)
    beach_photo, gone, reindexed = ids[0], ids[3], ids[6]  # all beaches
    before = {k: v for k, v in scores(lib).items() if k[0] == reindexed and k[1] != "forest"}
    other = Library(lib.folder)
    other.db.execute("PRAGMA busy_timeout = 200")  # fails fast where the old single transaction held the lock

    def progress(done: int, total: int) -> None:
        if done == len(ids):  # scored, nothing stored yet
            tag_store.decide(other, [beach_photo], s.label("city").id, True)
            other.delete_photos([gone])
            other.put_vector(reindexed, MODEL, e(2))
            tag_store.remove_label(other, s.label("forest").id)

    report = tagging.apply_set(lib, s, MODEL, None, threshold=0.1, progress=progress)
    other.close()
    assert report.changed == 2
    got = tags(lib)
    assert {label for pid, label in got if pid == beach_photo} == {"city"}
    assert {k: v for k, v in scores(lib).items() if k[0] == reindexed} == before
    assert not any(pid == gone for pid, _label in got)
    assert "forest" not in {label for _pid, label in got}
    assert report.counts["city"] == 20 + 1 and report.counts["beach"] == 20 - 2 - 1


def test_cancel_while_storing_leaves_each_photo_wholly_old_or_new(lib, monkeypatch):
    monkeypatch.setattr(tagging, "WRITE_ROWS", 100)
    s, ids = _scenes(lib, 90)
    tagging.apply_set(lib, s, MODEL, None)
    lib.db.execute("UPDATE tag_scores SET scored_at = 0")  # the first run's rows, told apart below
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > len(ids):  # a chunk is stored
            cancel.set()

    with pytest.raises(tagging.TaggingCancelled, match="33 of 90") as caught:
        tagging.apply_set(lib, s, MODEL, None, threshold=-0.5, progress=progress, cancel=cancel)
    assert caught.value.stored == 33
    rows = lib.db.execute("SELECT photo_id, MIN(scored_at > 0), MAX(scored_at > 0), COUNT(*) FROM tag_scores "
                          "GROUP BY photo_id").fetchall()
    assert all(lo == hi and count == 3 for _pid, lo, hi, count in rows)  # every photo: all new or all old
    assert sorted(pid for pid, lo, _hi, _n in rows if lo) == sorted(ids)[:33]  # the first chunk is the new one
