"""The fused search over controlled vectors in a real library: the cut-off, fusion with words and tags, filters,
sort, and the model fallback.

Photos here are rows of a real SQLite library with vectors chosen by the test (the tiny model only encodes the
query text), so "a match" is known: planted vectors lie close to the query's vector, background vectors are
random directions.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from photoclip.core import word_index
from photoclip.core.catalog import Catalog
from photoclip.core.engine import Engine
from photoclip.core.find import REASON_KEYWORD, REASON_NAME, REASON_PICTURE, REASON_TAG, SearchRequest
from photoclip.core.library import PhotoFields
from photoclip.core.photo_words import PhotoWords
from photoclip.core.query_text import Filters

TINY = "photoclip-tiny"
QUERY = "a red bicycle"


def _unit(m: np.ndarray) -> np.ndarray:
    return (m / np.linalg.norm(m, axis=-1, keepdims=True)).astype(np.float32)


def near(q: np.ndarray, n: int, rng: np.random.Generator, noise: float = 0.3) -> np.ndarray:
    """``n`` vectors close to ``q`` (cosine ~0.9): real matches."""
    return _unit(q + noise * _unit(rng.normal(size=(n, len(q)))))


def away(q: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` random directions turned away from ``q``: CLIP ranks these last."""
    v = rng.normal(size=(n, len(q)))
    v -= np.outer(v @ q, q)
    return _unit(_unit(v) - 0.3 * q)


class Lib:
    """A real library whose photos and vectors the test writes directly."""

    def __init__(self, root: Path, model_file: Path) -> None:
        self.engine = Engine(root / "library", model=TINY, model_file=model_file)
        self.key = self.engine.active.key
        self.root = root / "photos"
        self.folder = self.engine.library.add_folder(self.root)
        self.emb = self.engine.embedder()
        self.n = 0

    def q(self, text: str = QUERY) -> np.ndarray:
        return self.emb.embed_texts([text])[0]

    def add(self, vectors: np.ndarray | None, sub: str = "misc", *, count: int | None = None,
            words: PhotoWords | None = None, taken: datetime | None = None, camera: str | None = None,
            model: str | None = None) -> list[int]:
        lib = self.engine.library
        ids = []
        n = len(vectors) if vectors is not None else int(count or 0)
        with lib.transaction():
            for i in range(n):
                self.n += 1
                path = str(self.root / sub / f"IMG_{self.n:05d}.jpg")
                stamp = taken or datetime(2020, 1, 1)
                pid = lib.upsert_photo(PhotoFields(
                    path, self.folder.id, 1000 + self.n, int(stamp.timestamp() * 1e9) + self.n, f"h{self.n}", "ok",
                    taken_at=(stamp.replace(second=self.n % 60)).isoformat(), camera_make=camera))
                if vectors is not None:
                    lib.put_vector(pid, model or self.key, vectors[i])
                if words is not None:
                    word_index.store(lib, pid, path, words)
                ids.append(pid)
        return ids

    def find(self, text: str = QUERY, **kw: object):
        return self.engine.find(SearchRequest(text, **kw), Catalog.load(self.engine.library))  # type: ignore[arg-type]

    def tag(self, photo_ids: list[int], label: str, set_name: str = "People", source: str = "user") -> None:
        db, now = self.engine.library.db, time.time()
        db.execute("INSERT OR IGNORE INTO label_sets(name, created_at, updated_at) VALUES (?, ?, ?)",
                   (set_name, now, now))
        set_id = db.execute("SELECT id FROM label_sets WHERE name = ?", (set_name,)).fetchone()[0]
        db.execute("INSERT OR IGNORE INTO labels(set_id, name) VALUES (?, ?)", (set_id, label))
        label_id = db.execute("SELECT id FROM labels WHERE set_id = ? AND name = ?", (set_id, label)).fetchone()[0]
        for pid in photo_ids:
            if source == "user":
                db.execute("INSERT INTO tag_decisions VALUES (?, ?, 1, ?)", (pid, label_id, now))
            else:
                db.execute("INSERT INTO tag_scores VALUES (?, ?, ?, 0.9, 1, ?)", (pid, label_id, self.key, now))


@pytest.fixture
def lib(tmp_path, tiny_model_file):
    lib = Lib(tmp_path, tiny_model_file)
    yield lib
    lib.engine.close()


def test_planted_matches_are_returned_and_the_background_is_not(lib):
    rng = np.random.default_rng(1)
    q = lib.q()
    background = lib.add(_unit(rng.normal(size=(2000, len(q)))))
    planted = lib.add(near(q, 7, rng))
    r = lib.find()
    assert set(r.ids.tolist()) == set(planted)
    assert all(r.why(i) == ["picture"] for i in range(len(r.ids)))
    assert r.cutoff is not None and r.cutoff.judged and r.weaker > 0
    assert list(r.scores) == sorted(r.scores, reverse=True)
    assert "median" in r.cutoff.explain() and f"{r.cutoff.threshold:.3f}" in r.cutoff.explain()
    # "Show weaker matches": everything, still best first, the planted ones on top.
    everything = lib.find(show_all=True, limit=10_000)
    assert len(everything.ids) == len(background) + len(planted) and everything.weaker == 0
    assert set(everything.ids[:7].tolist()) == set(planted)


def test_a_query_without_a_match_returns_nothing_above_the_cut_off(lib):
    rng = np.random.default_rng(2)
    q = lib.q()
    lib.add(_unit(rng.normal(size=(2000, len(q)))))
    lib.add(near(lib.q("a snowy mountain"), 5, rng))  # matches of another query only
    r = lib.find()
    assert len(r.ids) == 0 and r.matches == 0 and r.weaker > 0
    assert r.cutoff is not None and r.cutoff.judged
    assert len(lib.find("a snowy mountain").ids) == 5


def test_a_small_library_is_ranked_without_a_cut_off(lib):
    rng = np.random.default_rng(3)
    lib.add(_unit(rng.normal(size=(20, 64))))
    r = lib.find()
    assert len(r.ids) == 20 and r.cutoff is not None and not r.cutoff.judged
    assert "too few" in r.cutoff.explain()


def test_an_exact_keyword_hit_stays_in_the_top_three_even_with_a_low_clip_score(lib):
    rng = np.random.default_rng(4)
    q = lib.q("grandma")
    lib.add(_unit(rng.normal(size=(1000, len(q)))))
    strong = lib.add(near(q, 20, rng))
    [hit] = lib.add(away(q, 1, rng), words=PhotoWords(name="IMG_9.jpg", keywords="Family\nGrandma"))
    [named] = lib.add(away(q, 1, rng), words=PhotoWords(name="grandma_birthday.jpg", folder="photos/2019"))
    r = lib.find("grandma")
    top = r.ids[:3].tolist()
    assert hit in top and named in top
    assert r.scores[top.index(hit)] < 0  # CLIP alone puts it last
    assert r.why(top.index(hit)) == ["keyword"] and r.why(top.index(named)) == ["name"]
    assert set(strong) <= set(r.ids.tolist())  # CLIP's own matches are still there
    # A photo both CLIP and the words agree on comes first.
    [both] = lib.add(near(q, 1, rng, noise=0.5), words=PhotoWords(name="x.jpg", title="Grandma at the lake"))
    r = lib.find("grandma")
    assert r.ids[0] == both and r.reasons[0] == REASON_PICTURE | REASON_KEYWORD
    # A minus word keeps word matches out as well.
    assert hit not in lib.find("grandma -family").ids.tolist()


def test_a_tag_named_in_the_query_is_a_match_of_its_own(lib):
    rng = np.random.default_rng(5)
    q = lib.q("red bicycle")
    lib.add(_unit(rng.normal(size=(500, len(q)))))
    tagged = lib.add(away(q, 3, rng))
    lib.tag(tagged[:2], "Red Bicycle", "Things", source="user")
    lib.tag(tagged[2:], "Red Bicycle", "Things", source="machine")
    r = lib.find("my red bicycle")
    assert r.ids[:3].tolist() == tagged  # the user's own tags first
    assert all(b & REASON_TAG for b in r.reasons[:3])


def test_filters_narrow_before_ranking_so_every_photo_that_satisfies_them_is_found(lib):
    rng = np.random.default_rng(6)
    q = lib.q()
    lib.add(_unit(rng.normal(size=(4000, len(q)))))
    lib.add(near(q, 1200, rng, noise=0.2))  # fill CLIP's top 1,000 with better matches than the trip's
    trip = lib.add(near(q, 25, rng, noise=0.55), sub="Trip 2019/day 1")
    trip_away = lib.add(away(q, 5, rng), sub="Trip 2019/day 2")
    unfiltered = lib.find()
    assert not set(trip) & set(unfiltered.ids.tolist())  # ranked below the first 1,000

    r = lib.find(f"{QUERY} folder:trip")
    assert set(r.ids.tolist()) == set(trip)
    assert set(lib.find(QUERY, filters=Filters(folder="Trip 2019")).ids.tolist()) == set(trip)
    assert set(lib.find(f'folder:"{lib.root / "Trip 2019"}"').ids.tolist()) == set(trip + trip_away)  # browse
    shown_all = lib.find(f"{QUERY} folder:trip", show_all=True)
    assert set(shown_all.ids.tolist()) == set(trip + trip_away)


def test_camera_date_and_tag_filters_and_sort(lib):
    rng = np.random.default_rng(7)
    q = lib.q()
    lib.add(_unit(rng.normal(size=(300, len(q)))), taken=datetime(2021, 5, 1))
    june = lib.add(near(q, 4, rng), taken=datetime(2023, 6, 10), camera="Pixel 7")
    august = lib.add(near(q, 3, rng, noise=0.5), taken=datetime(2023, 8, 20), camera="Canon EOS R6")
    later = lib.add(near(q, 2, rng), taken=datetime(2024, 1, 5), camera="Pixel 7")

    ids = lambda text, **kw: set(lib.find(text, **kw).ids.tolist())  # noqa: E731
    assert ids(f"{QUERY} camera:pixel") == set(june + later)
    assert ids(f"{QUERY} date:2023-06..2023-08") == set(june + august)
    assert ids(f"{QUERY} after:2023-08 before:2024") == set(august)
    assert ids(f"{QUERY} date:2023") == set(june + august)
    assert ids("camera:canon") == set(august)  # browsing
    lib.tag(later, "Holiday", "Events")
    assert ids("tag:holiday") == set(later) == ids("tag:Events/Holiday") == ids("", filters=Filters(tag=("Holiday",)))
    assert ids("tag:Other/Holiday") == set() and ids("tag:nothing") == set()

    newest = lib.find(sort="newest").ids.tolist()
    assert newest[:2] == sorted(later, reverse=True) and set(newest) == set(june + august + later)
    assert lib.find(sort="oldest").ids.tolist() == newest[::-1]
    assert lib.find("camera:pixel", sort="oldest").ids.tolist()[0] == june[0]


def test_vectors_of_another_model_are_never_mixed_into_a_query(lib, tmp_path):
    from photoclip.core.models import make_tiny_checkpoint

    rng = np.random.default_rng(8)
    q = lib.q()
    old_key = lib.key
    lib.add(_unit(rng.normal(size=(200, len(q)))))
    old_matches = lib.add(near(q, 4, rng))
    other = make_tiny_checkpoint(tmp_path / "other.safetensors", seed=3)
    lib.engine.set_model(TINY, other)
    new_key = lib.engine.active.key
    # The new model has caught up with a few photos only, and one photo has only a new vector.
    ids, mat, _ = lib.engine.library.vectors(old_key)
    with lib.engine.library.transaction():
        for pid in ids[:50].tolist():
            lib.engine.library.put_vector(pid, new_key, mat[0])
    [only_new] = lib.add(near(q, 1, rng)[:1], model=new_key, words=PhotoWords(name="bicycle.jpg"))
    r = lib.find(QUERY)
    assert r.note is not None and old_key in r.note and new_key in r.note
    assert set(old_matches) <= set(r.ids.tolist())
    i = r.ids.tolist().index(only_new)  # found by its name, with no picture score from another model
    assert r.reasons[i] == REASON_NAME and np.isnan(r.scores[i])
    searcher, _ = lib.engine.searcher()
    assert searcher.embedder.model_key == old_key and only_new not in searcher.index


def test_filters_typed_in_the_query():
    from photoclip.core.query_text import QueryError, date_range, parse_query

    p = parse_query('beach -crowd folder:"Summer 2023" camera:pixel tag:"red bicycle" tag:People/Grandma x:y')
    assert p.text == "beach x:y" and p.negatives == ("crowd",)
    assert p.filters.folder == "Summer 2023" and p.filters.camera == "pixel"
    assert p.filters.tag == ("red bicycle", "People/Grandma")
    d = parse_query("date:2023-06..2023-08").filters
    assert (d.date_from, d.date_to) == (datetime(2023, 6, 1).timestamp(), datetime(2023, 9, 1).timestamp())
    assert parse_query("before:2023-02-28").filters.date_to == datetime(2023, 2, 28).timestamp()
    assert parse_query("after:2023").filters.date_from == datetime(2023, 1, 1).timestamp()
    assert parse_query("date:tomorrow sunset").text == "date:tomorrow sunset"  # not a date: words to look for
    assert parse_query('tag:"unclosed').filters.tag == ("unclosed",)
    assert date_range("2023..")[1] is None
    with pytest.raises(QueryError, match="ends before"):
        date_range("2023..2022")
    with pytest.raises(QueryError, match="not a date"):
        date_range("2023-13")


def test_exact_scores_are_the_same_read_row_by_row_or_from_the_warm_matrix(lib):
    rng = np.random.default_rng(11)
    q = lib.q()
    vectors = _unit(rng.normal(size=(300, len(q)))).astype(np.float32)
    ids = lib.add(vectors)
    searcher = lib.engine.searcher()[0]
    few = [*ids[::7], 10**9]  # the last has no vector: left out
    expected = vectors[::7] @ q
    have, cold = searcher.scores_of(few, q)  # before the matrix is loaded: the few rows read from the library
    assert have.tolist() == ids[::7]
    np.testing.assert_allclose(cold, expected, rtol=1e-5, atol=1e-6)
    steps = 1
    while searcher.warm(rows=100):  # loaded a step at a time, as the app does between keystrokes
        steps += 1
    assert steps == 3
    have, warm = searcher.scores_of(few, q)
    assert have.tolist() == ids[::7]
    np.testing.assert_allclose(warm, expected, rtol=1e-5, atol=1e-6)
    # A photo indexed after the matrix was loaded is scored too.
    later = lib.add(vectors[:1])
    have, late = searcher.scores_of(later, q)
    assert have.tolist() == later and late[0] == pytest.approx(float(vectors[0] @ q), abs=1e-5)


def test_a_one_off_search_reads_only_its_candidates_and_answers_as_the_full_catalog_does(lib):
    """The command line searches without a catalog (`find(..., catalog=None)`): only its candidates' rows and
    pairs are read. Its answers must be exactly those of a search over the whole catalog, RAW + JPEG pairs,
    words, tags, a query photo and the date sorts included."""
    rng = np.random.default_rng(9)
    q = lib.q()
    lib.add(_unit(rng.normal(size=(1500, len(q)))))
    planted = lib.add(near(q, 6, rng), sub="trip")
    named = lib.add(away(q, 3, rng), words=PhotoWords(name="red bicycle.jpg", keywords="bicycle"))
    lib.tag(lib.add(away(q, 2, rng)), "bicycle")
    # RAW twins: of a planted JPEG (both rank high: one result, the JPEG), and of a background JPEG whose RAW
    # ranks high on its own (the RAW is never a result: its shot is shown by the JPEG).
    library = lib.engine.library
    twins = {}
    for pid, vec in ((planted[0], near(q, 1, rng)[0]), (lib.add(away(q, 1, rng))[0], near(q, 1, rng)[0])):
        jpeg = library.photos([pid])[pid]
        raw = library.upsert_photo(PhotoFields(jpeg.path[:-4] + ".CR2", lib.folder.id, 5, jpeg.mtime_ns, f"r{pid}",
                                               "ok", taken_at=jpeg.taken_at))
        library.put_vector(raw, lib.key, vec.astype(np.float32))
        twins[pid] = raw
    library.db.commit()
    requests = [SearchRequest(QUERY), SearchRequest(QUERY, show_all=True, limit=200),
                SearchRequest("bicycle"), SearchRequest(QUERY, sort="newest", show_all=True, limit=50),
                SearchRequest(QUERY, sort="oldest"), SearchRequest("", like=(planted[1],), limit=30),
                SearchRequest(QUERY, negatives=("snow",))]
    for req in requests:
        full = lib.engine.find(req, Catalog.load(library))
        one_off = lib.engine.find(req)
        assert one_off.ids.tolist() == full.ids.tolist(), req
        np.testing.assert_array_equal(one_off.scores, full.scores)
        np.testing.assert_array_equal(one_off.reasons, full.reasons)
        assert (one_off.matches, one_off.weaker, one_off.library_size) == (full.matches, full.weaker,
                                                                           full.library_size)
        assert not set(twins.values()) & set(one_off.ids.tolist())
    first = lib.engine.find(requests[0])
    assert planted[0] in first.ids.tolist() and set(named) <= set(lib.engine.find(requests[2]).ids.tolist())
    assert first.library_size == lib.n + len(twins)
