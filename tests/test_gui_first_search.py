"""The app's first search does not wait for the library's catalog: typed as the window opens, it is answered
through the candidates-only route while the catalog still loads, with the same answer as the full route; and the
task thread's urgent lane that lets it through.

The library is real (SQLite, hnswlib, the tiny model). A big library's slow catalog read (~1 s at 100,000
photos) is stood in for by holding the real `Catalog.load` of the whole table until the test lets it go.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from photoclip.core.catalog import Catalog, CatalogLoader
from photoclip.core.library import PhotoFields
from photoclip.core.photo_words import PhotoWords
from photoclip.gui import queries
from photoclip.gui.app import create_window
from photoclip.gui.config import AppConfig
from photoclip.gui.main_window import MainWindow
from photoclip.gui.qt import Qt
from photoclip.gui.queries import Query, QueryContext, Results
from photoclip.gui.tasks import TaskThread
from tests.test_find import QUERY, Lib, _unit, away, near

WAIT_MS = 20_000


@pytest.fixture
def library(tmp_path: Path, tiny_model_file: Path) -> dict[str, list[int]]:
    """Background photos, planted matches of QUERY, photos named for it, a tagged one, and a RAW + JPEG pair
    whose RAW ranks high on its own (never a result: the JPEG shows the shot)."""
    lib = Lib(tmp_path, tiny_model_file)
    rng = np.random.default_rng(13)
    q = lib.q()
    ids = {
        "background": lib.add(_unit(rng.normal(size=(400, len(q)))), taken=datetime(2021, 3, 1)),
        "planted": lib.add(near(q, 5, rng), "trip", taken=datetime(2023, 6, 1), camera="Pixel 7"),
        "named": lib.add(away(q, 3, rng), words=PhotoWords(name="red bicycle.jpg", keywords="bicycle"),
                         taken=datetime(2022, 6, 1), camera="Canon EOS R6"),
        "tagged": lib.add(away(q, 2, rng)),
    }
    lib.tag(ids["tagged"], "bicycle")
    library = lib.engine.library
    jpeg = library.photos([ids["background"][0]])[ids["background"][0]]
    raw = library.upsert_photo(PhotoFields(jpeg.path[:-4] + ".CR2", lib.folder.id, 5, jpeg.mtime_ns, "raw", "ok",
                                           taken_at=jpeg.taken_at))
    library.put_vector(raw, lib.key, near(q, 1, rng)[0])
    ids["raw"] = [raw]
    lib.engine.close()
    return ids


@pytest.fixture
def held_catalog(monkeypatch) -> Iterator[threading.Event]:
    """Holds every load of the whole catalog (a big library's read) until the event is set."""
    let_go = threading.Event()
    load = Catalog.load.__func__  # type: ignore[attr-defined]

    def held(cls: type[Catalog], library, only=None, pause=None) -> Catalog:
        if only is None:
            let_go.wait(60)
        return load(cls, library, only, pause)

    monkeypatch.setattr(Catalog, "load", classmethod(held))
    yield let_go
    let_go.set()


def _same(a: Results, b: Results) -> None:
    assert a.ids.tolist() == b.ids.tolist(), a.query
    np.testing.assert_array_equal(a.scores, b.scores)
    np.testing.assert_array_equal(a.reasons, b.reasons)
    assert (a.matches, a.weaker, a.library_size, a.words_only) == (b.matches, b.weaker, b.library_size,
                                                                   b.words_only)


def test_a_search_typed_as_the_window_opens_is_answered_before_the_catalog_has_loaded(
        qtbot, tmp_path: Path, tiny_model_file: Path, library, held_catalog) -> None:
    config = AppConfig(library_dir=tmp_path / "library", model="photoclip-tiny", model_file=str(tiny_model_file),
                       settings_file=tmp_path / "window.ini", theme="light", watch=False, reconcile_on_start=False)
    w: MainWindow = create_window(config)
    w.show()
    w.start()
    qtbot.keyClicks(w.search_bar.field, QUERY)
    qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
    try:
        # The CLIP answer, not the words-only one shown while the model loads; the catalog is still held.
        qtbot.waitUntil(lambda: w.results is not None and w.results.query.text == QUERY
                        and not w.results.words_only, timeout=WAIT_MS)
        first = w.results
        assert first is not None and not held_catalog.is_set()
        shown = first.ids.tolist()
        assert set(library["planted"]) <= set(shown) and set(library["named"]) <= set(shown)
        assert set(library["tagged"]) <= set(shown) and library["raw"][0] not in shown
        assert first.library_size == 411
        # The grid gets its rows (paths, for the thumbnails) before the catalog too.
        qtbot.waitUntil(lambda: all(w.grid_model.photo_row(i) is not None for i in range(len(shown))),
                        timeout=WAIT_MS)
        assert w.grid_model.photo_row(0).path.endswith(".jpg")  # type: ignore[union-attr]
        assert not w.folders  # the side panel waits for the catalog; the search did not

        # Once the catalog is there, the same search (over the whole catalog now) answers the same.
        held_catalog.set()
        qtbot.waitUntil(lambda: bool(w.folders), timeout=WAIT_MS)
        w.run_query()
        qtbot.waitUntil(lambda: w.results is not first and w.results is not None
                        and w.results.query.text == QUERY, timeout=WAIT_MS)
        _same(first, w.results)
    finally:
        held_catalog.set()
        w.close()


def test_the_candidates_route_answers_as_the_full_catalog_does(tmp_path: Path, library) -> None:
    """What the query thread answers before its catalog has loaded (`run_query` without one) equals what it
    answers with it: text, words, tags, negatives, sorts, weaker matches, words-only; filters (typed or chosen)
    always go through the whole catalog."""
    from photoclip.core.engine import Engine

    engine = Engine(tmp_path / "library")
    try:
        engine.embedder()  # the tiny model: its text tower encodes the queries
        full, early = QueryContext(engine), QueryContext(engine)
        full.photos()
        asks = [Query(QUERY), Query("bicycle"), Query(f"{QUERY} -snow"), Query(QUERY, sort="newest"),
                Query(QUERY, sort="oldest", show_weaker=True), Query("red bicycle.jpg"),
                Query(QUERY, camera="Pixel 7"), Query(f"camera:canon {QUERY}"), Query("folder:trip bicycle"),
                Query(QUERY, date_from=datetime(2022, 1, 1).timestamp())]
        for q in asks:
            assert queries.needs_catalog(q) == q.filtered
            for words_only in (False, True):
                early.table, early.loader = None, None  # as before the catalog has loaded
                answer = queries.run_query(early, q, words_only)
                assert (early.table is None) != q.filtered, q  # only a filter loaded the whole catalog
                _same(queries.run_query(full, q, words_only), answer)
        # A browse needs the whole catalog.
        early.table = None
        assert len(queries.run_query(early, Query()).ids) == 410 and early.table is not None
    finally:
        engine.close()


def test_the_catalog_loads_on_its_own_thread_and_a_change_meanwhile_wins(tmp_path: Path, library,
                                                                          held_catalog) -> None:
    from photoclip.core.engine import Engine

    engine = Engine(tmp_path / "library")
    try:
        ctx = QueryContext(engine)
        ctx.load_in_background()
        first = ctx.loader
        assert first is not None
        ran: list[str] = []

        def meanwhile() -> None:
            # The library changes while a task waits: the newer load is the one it gets.
            if ctx.loader is first:
                queries.refresh(ctx)
                ran.append("refresh")
                held_catalog.set()

        ctx.meanwhile = meanwhile
        catalog = ctx.photos()
        assert ran == ["refresh"] and ctx.loader is None and ctx.table is catalog and len(catalog) == 411
        assert catalog.ids.tolist() == Catalog.load(engine.library).ids.tolist()
        broken = CatalogLoader(tmp_path / "library" / "library.sqlite3")  # a file where a folder should be
        with pytest.raises(Exception):  # noqa: B017 (the library's own error, raised on the waiting thread)
            broken.wait()
    finally:
        engine.close()


def test_urgent_tasks_go_first_and_run_while_a_task_waits(qtbot) -> None:
    t: TaskThread[None] = TaskThread("t", lambda: None)
    order: list[str] = []
    gate = threading.Event()

    def waits(_ctx: None) -> None:
        while not gate.wait(0.01):
            t.run_urgent()  # what the query thread does while it waits for its catalog
        order.append("waited")

    t.submit(waits)
    t.submit(lambda ctx: order.append("panel"))
    t.submit(lambda ctx: order.append("search 1"), urgent=True)
    t.start()
    qtbot.waitUntil(lambda: "search 1" in order, timeout=5000)
    t.submit(lambda ctx: order.append("search 2"), urgent=True)
    qtbot.waitUntil(lambda: "search 2" in order, timeout=5000)
    assert "waited" not in order  # both answered while the first task still waited
    gate.set()
    qtbot.waitUntil(lambda: "panel" in order, timeout=5000)
    assert order == ["search 1", "search 2", "waited", "panel"]
    t.stop()
    assert t.wait(5000)


def test_a_model_with_an_exported_text_tower_is_ready_before_the_threads_start(
        qtbot, tmp_path: Path, tiny_model_file: Path, library) -> None:
    """The app loads the exported text encoder while its window is built (a quick-start session), so a search typed
    as the window appears is answered with CLIP at once, through the saved vectors read in place; the HNSW graph and
    the encoder's faster session follow that answer."""
    from photoclip.core.engine import Engine
    from photoclip.core.text_onnx import OnnxTextEncoder
    from photoclip.core.vector_file import SavedVectors
    from photoclip.core.vectors import VectorIndex

    engine = Engine(tmp_path / "library")
    VectorIndex.open(engine.library, engine.active.key)  # built and saved, as an index run leaves it
    engine.close()
    config = AppConfig(library_dir=tmp_path / "library", model="photoclip-tiny", model_file=str(tiny_model_file),
                       settings_file=tmp_path / "window.ini", theme="light", watch=False, reconcile_on_start=False)
    w: MainWindow = create_window(config)
    try:
        qtbot.waitUntil(lambda: w.bridge.model_ready, timeout=WAIT_MS)  # w.start() has not been called
        assert w.bridge.model_status.state == "ready"
        encoders = list(w.bridge._shared_models.text_encoders.values())
        assert len(encoders) == 1 and isinstance(encoders[0], OnnxTextEncoder) and not encoders[0].prepacked
        first_index: list[str] = []
        w.bridge.query(lambda ctx: type(ctx.engine.searcher()[0].index).__name__, first_index.append)
        w.show()
        w.start()
        qtbot.keyClicks(w.search_bar.field, QUERY)
        qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: w.results is not None and w.results.query.text == QUERY, timeout=WAIT_MS)
        assert not w.results.words_only  # no words-only answer first: the model was there
        assert set(library["planted"]) <= set(w.results.ids.tolist())
        qtbot.waitUntil(lambda: bool(first_index), timeout=WAIT_MS)  # submitted first of the ordinary tasks
        assert first_index == [SavedVectors.__name__]
        # Then the graph and the faster session, the same encoder object.
        qtbot.waitUntil(lambda: encoders[0].prepacked, timeout=WAIT_MS)
        later: list[str] = []
        qtbot.waitUntil(lambda: (w.bridge.query(lambda ctx: type(ctx.engine.searcher()[0].index).__name__,
                                                later.append) or later[-1:] == [VectorIndex.__name__]),
                        timeout=WAIT_MS)
        assert w.bridge._shared_models.text_encoders[encoders[0].model_key] is encoders[0]
    finally:
        w.close()


def test_a_run_that_switches_the_model_loads_it_on_the_index_thread(qtbot, tmp_path: Path, tiny_model_file: Path,
                                                                     library) -> None:
    other = tmp_path / "other.safetensors"
    other.write_bytes(tiny_model_file.read_bytes())
    config = AppConfig(library_dir=tmp_path / "library", model="photoclip-tiny", model_file=str(other),
                       settings_file=tmp_path / "window.ini", theme="light", watch=False, reconcile_on_start=False)
    w: MainWindow = create_window(config)
    try:
        w.bridge._early.join(WAIT_MS / 1000)  # type: ignore[union-attr]
        qtbot.wait(100)  # its answer (none) delivered
        assert not w.bridge.model_ready and not w.bridge._shared_models.text_encoders
    finally:
        w.close()


def test_a_search_typed_while_the_encoder_loads_early_waits_for_it_not_for_the_graph(
        qtbot, tmp_path: Path, tiny_model_file: Path, library, monkeypatch) -> None:
    """On a fast machine the window can be up before the early encoder: the search typed then is answered by its
    words, and with CLIP as soon as the encoder is there, over the saved vectors: the HNSW graph (~0.3 s holding the
    GIL at 100,000 photos) is not loaded ahead of it, and indexing waits for that answer."""
    from photoclip.core.engine import Engine
    from photoclip.core.vectors import VectorIndex
    from photoclip.gui import indexing

    engine = Engine(tmp_path / "library")
    VectorIndex.open(engine.library, engine.active.key)
    engine.close()
    let_go = threading.Event()
    early = indexing.early_model_status

    def held(*args, **kwargs):
        let_go.wait(60)
        return early(*args, **kwargs)

    monkeypatch.setattr(indexing, "early_model_status", held)
    graph_loads: list[bool] = []  # each: whether CLIP's answer was in the window when the graph started loading
    open_graph = Engine.open_search_index

    def logged(self: Engine) -> None:
        graph_loads.append(w.results is not None and w.results.query.text == QUERY and not w.results.words_only)
        open_graph(self)

    monkeypatch.setattr(Engine, "open_search_index", logged)
    config = AppConfig(library_dir=tmp_path / "library", model="photoclip-tiny", model_file=str(tiny_model_file),
                       settings_file=tmp_path / "window.ini", theme="light", watch=False, reconcile_on_start=False)
    w: MainWindow = create_window(config)
    try:
        w.show()
        w.start()
        qtbot.keyClicks(w.search_bar.field, QUERY)
        qtbot.keyClick(w.search_bar.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: w.results is not None and w.results.query.text == QUERY, timeout=WAIT_MS)
        assert w.results.words_only and not w.bridge.model_ready
        assert not w.bridge._model_started  # neither the index thread's model load nor the graph's
        let_go.set()
        qtbot.waitUntil(lambda: w.results is not None and not w.results.words_only, timeout=WAIT_MS)
        assert set(library["planted"]) <= set(w.results.ids.tolist())
        qtbot.waitUntil(lambda: bool(graph_loads), timeout=WAIT_MS)
        assert graph_loads == [True]  # once, and after the answer
        index: list[str] = []
        w.bridge.query(lambda ctx: type(ctx.engine.searcher()[0].index).__name__, index.append)
        qtbot.waitUntil(lambda: bool(index), timeout=WAIT_MS)
        assert index == [VectorIndex.__name__]
        qtbot.waitUntil(lambda: w.bridge._model_started, timeout=WAIT_MS)  # the answer started the model
    finally:
        let_go.set()
        w.close()


def test_a_catalog_load_in_the_background_steps_aside_while_a_search_runs(tmp_path: Path, library,
                                                                          monkeypatch) -> None:
    """A search answered from its candidates' rows holds the catalog's background load (whose Python loop would
    share the GIL with it, two to three times the answer's time on two cores), and the load goes on after."""
    from photoclip.core.engine import Engine

    # The load itself steps aside at its pauses, and only there.
    engine = Engine(tmp_path / "library")
    try:
        go = threading.Event()
        pauses: list[int] = []

        def pause() -> None:
            pauses.append(1)
            go.wait(60)

        loaded: list[Catalog] = []
        loading = threading.Thread(target=lambda: loaded.append(Catalog.load(Engine(tmp_path / "library").library,
                                                                             pause=pause)))
        loading.start()
        loading.join(0.3)
        assert loading.is_alive() and pauses == [1] and not loaded  # standing at its first pause
        go.set()
        loading.join(10)
        assert len(loaded[0]) == 411 and len(pauses) >= 2  # and after its rows, before pairing them

        # The query thread's search holds a load going on meanwhile, and lets it go after.
        ctx = QueryContext(engine)
        engine.embedder()
        ctx.load_in_background()
        loader = ctx.loader
        assert loader is not None
        during: list[bool] = []
        load = Catalog.load.__func__  # type: ignore[attr-defined]

        def candidates(cls: type[Catalog], library, only=None, pause=None) -> Catalog:
            if only is not None:  # the search's own read of its candidates
                during.append(loader._go.is_set())
            return load(cls, library, only, pause)

        monkeypatch.setattr(Catalog, "load", classmethod(candidates))
        answer = queries.run_query(ctx, Query(QUERY))
        assert during == [False] and set(library["planted"]) <= set(answer.ids.tolist())
        assert len(loader.wait()) == 411 and loader._go.is_set()
        # Holds nest: the load goes on only when the last is let go.
        with loader.held():
            with loader.held():
                pass
            assert not loader._go.is_set()
        assert loader._go.is_set()
    finally:
        engine.close()


def test_photoclip_gui_starts_loading_the_model_before_it_imports_qt(tmp_path: Path) -> None:
    """`photoclip gui` starts the model's early load before Qt and the window's modules are imported (~0.3 s), so
    that the encoder is there by the time the window shows."""
    import json
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import json, sys
        from photoclip import cli
        from photoclip.gui import indexing

        def started(self, *args, **kwargs):
            print(json.dumps({"qt": sorted(m for m in sys.modules if m.startswith("PySide6")),
                              "window": "photoclip.gui.main_window" in sys.modules, "args": [str(a) for a in args]}))
            raise SystemExit(0)

        indexing.EarlyModel.__init__ = started
        cli.main(["gui", "--library", sys.argv[1]])
    """)
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path / "library")], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    seen = json.loads(r.stdout.strip().splitlines()[-1])
    assert seen == {"qt": [], "window": False, "args": [str(tmp_path / "library"), "None", "None"]}


def test_an_early_load_answers_whoever_asks_before_or_after_it_ended(tmp_path: Path, library) -> None:
    from photoclip.gui.indexing import EarlyModel

    early = EarlyModel(tmp_path / "library")
    before: list[object] = []
    early.when_done(before.append)
    early.join(WAIT_MS / 1000)
    after: list[object] = []
    early.when_done(after.append)
    assert len(before) == len(after) == 1 and before[0] is after[0]
    assert before[0] is not None and before[0].state == "ready"  # type: ignore[attr-defined]
    assert early.shared.text_encoders  # loaded into the models the window's threads will share
    assert early.serves(tmp_path / "library", None, None) and not early.serves(tmp_path / "other", None, None)
    # A new library: nothing to load early (the index thread makes the library first).
    empty = EarlyModel(tmp_path / "new")
    empty.join(WAIT_MS / 1000)
    got: list[object] = []
    empty.when_done(got.append)
    assert got == [None] and not (tmp_path / "new").exists()
