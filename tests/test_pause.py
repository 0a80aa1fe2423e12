"""Pausing and resuming an index run, and two engines on two threads sharing one loaded model."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from photoclip.core.engine import Engine, SharedModels
from photoclip.core.pipeline import IndexProgress, IndexReport
from photoclip.core.vectors import VectorIndex
from tests.photos import write_photos

TINY = "photoclip-tiny"


@pytest.fixture
def engine(tmp_path, tiny_model_file):
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    e.embedder()  # loaded up front, so the timings below measure the pipeline only
    yield e
    e.close()


class PauseAfterFirstBatch:
    """A progress callback that pauses the run once the first batch is stored, as a user clicking Pause would."""

    def __init__(self, pause: threading.Event) -> None:
        self.pause = pause
        self.seen: list[IndexProgress] = []
        self.paused = threading.Event()

    def __call__(self, p: IndexProgress) -> None:
        if p.listing:
            return  # new photos listed before embedding: the batches this is about come after
        self.seen.append(p)
        if p.done > 0 and not self.paused.is_set():
            self.pause.set()
            self.paused.set()


def _index_in_thread(engine: Engine, **kwargs) -> tuple[threading.Thread, list[IndexReport]]:
    """Index on a thread of its own, as the app does: SQLite connections are per thread, so that thread gets its
    own Engine over the same library, sharing the already loaded model."""
    out: list[IndexReport] = []

    def work() -> None:
        e = Engine(engine.library.folder, embedders=engine.shared_models)
        try:
            out.append(e.index(**kwargs))
        finally:
            e.close()

    t = threading.Thread(target=work, daemon=True)
    t.start()
    return t, out


def test_pause_holds_the_run_and_resume_indexes_everything_once(engine, tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos, 20)
    pause = threading.Event()
    progress = PauseAfterFirstBatch(pause)
    t, out = _index_in_thread(engine, folders=[photos], progress=progress, pause=pause, batch_size=4)

    assert progress.paused.wait(30)
    time.sleep(0.3)  # let the run reach its pause check
    seen_while_paused = len(progress.seen)
    done_at_pause = progress.seen[-1].done
    assert 4 <= done_at_pause < 20
    time.sleep(0.7)
    assert len(progress.seen) == seen_while_paused  # nothing stored while paused
    assert t.is_alive()

    pause.clear()
    t.join(30)
    report = out[0]
    assert not report.cancelled and report.added == 20 and not report.skipped
    assert report.paused_s >= 0.9
    # The rate leaves the pause out: it is higher than photos over wall-clock time.
    last = progress.seen[-1]
    assert last.done == 20 and last.rate > 20 / report.elapsed_s

    # Each photo exactly once: one row, one vector, one index entry.
    rows = engine.library._conn.execute("SELECT COUNT(*), COUNT(DISTINCT path) FROM photos").fetchone()
    assert tuple(rows) == (20, 20)
    assert engine.library.vector_counts() == {engine.active.key: 20}
    assert len(VectorIndex.open(engine.library, engine.active.key)) == 20
    assert engine.index().unchanged == 20


def test_cancel_while_paused_ends_the_run_promptly(engine, tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos, 16)
    pause, cancel = threading.Event(), threading.Event()
    progress = PauseAfterFirstBatch(pause)
    t, out = _index_in_thread(engine, folders=[photos], progress=progress, pause=pause, cancel=cancel,
                              batch_size=4)
    assert progress.paused.wait(30)
    time.sleep(0.2)
    cancel.set()
    started = time.monotonic()
    t.join(5)
    assert not t.is_alive() and time.monotonic() - started < 1.0
    assert out[0].cancelled
    assert engine.library.count_photos()["ok"] == 16  # every photo listed before the first batch
    stored = engine.library.vector_count(engine.active.key)
    assert 4 <= stored < 16
    assert engine.index(batch_size=4).added == 16 - stored  # the next run carries on


def test_two_engines_on_two_threads_share_one_loaded_model(tmp_path, tiny_model_file):
    shared = SharedModels()
    photos = tmp_path / "photos"
    write_photos(photos, 6)
    lib = tmp_path / "library"
    Engine(lib, model=TINY, model_file=tiny_model_file).close()  # choose the model once

    results: dict[str, object] = {}

    def indexer() -> None:
        e = Engine(lib, embedders=shared)
        try:
            results["report"] = e.index([photos])
            results["indexer_model"] = e.embedder()
        finally:
            e.close()

    t = threading.Thread(target=indexer)
    t.start()
    t.join(60)
    searcher = Engine(lib, embedders=shared)  # on this thread, with its own SQLite connection
    try:
        assert searcher.embedder() is results["indexer_model"]  # loaded once, used by both
        assert list(shared) == [searcher.active.key]
        hits, _note = searcher.search(["a photo"], limit=3)
        assert len(hits) == 3
        # The other way round works too: hand this engine's models to a third one.
        third = Engine(lib, embedders=searcher.shared_models)
        try:
            assert third.embedder() is searcher.embedder()
        finally:
            third.close()
    finally:
        searcher.close()
    assert results["report"].added == 6  # type: ignore[attr-defined]


def test_concurrent_first_use_loads_the_model_once(tmp_path, tiny_model_file):
    lib = tmp_path / "library"
    Engine(lib, model=TINY, model_file=tiny_model_file).close()
    shared: dict = {}  # a plain dict works too
    got: list[object] = []
    barrier = threading.Barrier(3)

    def use() -> None:
        e = Engine(lib, embedders=shared)
        try:
            barrier.wait()
            emb = e.embedder()
            got.append(emb)
            emb.embed_texts(["a cat"])  # inference from several threads at once
        finally:
            e.close()

    threads = [threading.Thread(target=use) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(got) == 3 and all(g is got[0] for g in got) and len(shared) == 1
    vec = got[0].embed_texts(["a cat"])  # type: ignore[attr-defined]
    assert np.isclose(np.linalg.norm(vec), 1.0)
