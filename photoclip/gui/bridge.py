"""The task layer between the window and the engine: two worker threads, each with its own Engine.

SQLite objects belong to the thread that made them, and indexing must never make a search wait, so:

* the **index thread** is the library's one writer: it gets the model ready (downloading it when asked),
  indexes (start-up reconcile, added folders, the watcher's changes, coalesced into one run), forgets folders
  and saves settings. Pause and cancel are events the pipeline checks, set straight from the UI thread.
* the **query thread** reads: browse, search, filters, rows for the grid, folder counts, skipped files. What a
  search needs (the search, its rows, catching up with the indexer) is submitted urgent, ahead of the side
  panels; the library's catalog loads on a thread of its own meanwhile, and a search without a filter does not
  wait for it (see `queries`). The first search reads the saved HNSW file in place (`core.vector_file`); this
  thread loads the graph itself after that answer (or while the model loads, when that takes torch).
* the **text thread** reads the text in photos after an index run (when the setting is on): a background pass
  of its own (`core.text_pass`) that holds while an index run goes on or the user paused, so it never slows the
  embedding a search waits for. It writes only its own rows, one photo per transaction.

Both Engines share one loaded model (`SharedModels`). Where the model's text tower is exported, its ONNX encoder
loads on a short-lived thread of its own (`indexing.EarlyModel`, ~0.1-0.2 s mostly outside the GIL), started before
Qt is imported (`photoclip gui`) or else with this bridge, so that a search typed as the window appears is answered
with CLIP at once; its faster session follows the first answer. Otherwise torch and open_clip are imported on the
index thread when the model first loads, the window on screen long before. A search typed before the model is ready
is held here and run when it is (the window shows "Loading model…" meanwhile, and the words answer alone). Results
reach the window only through queued signals and the callbacks `TaskThread` calls on the UI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from photoclip.gui import indexing, queries, tags
from photoclip.gui.config import AppConfig
from photoclip.gui.indexing import AppSettings, IndexContext, ModelStatus
from photoclip.gui.qt import QObject, Qt, QTimer, Signal
from photoclip.gui.queries import Query, QueryContext, Results
from photoclip.gui.tasks import TaskThread

if TYPE_CHECKING:
    from photoclip.core.engine import Engine, SharedModels
    from photoclip.core.pipeline import IndexProgress, IndexReport
    from photoclip.core.text_pass import TextProgress, TextReport

# The window re-reads the library at most this often while an index run goes on; a big library is re-read
# less often, as each re-read costs the query thread time proportional to its size.
CHANGE_INTERVAL_MS = 1500
MAX_CHANGE_INTERVAL_MS = 10_000
# The model starts loading once the first grid is on screen, or after this long at the latest.
MODEL_START_LATEST_MS = 3000
# How long the model's start waits for the early thread's answer (see `_start_model`); it takes ~0.2 s.
EARLY_WAIT_MS = 3000
# What makes later keystrokes fast loads this long after the first answer reached the window (see `_settle`).
SETTLE_MS = 400
PROGRESS_INTERVAL_S = 0.1

log = logging.getLogger(__name__)

_Waiting = tuple[Query, Callable[[Results], None], Callable[[BaseException], None] | None]


class Bridge(QObject):
    modelStatusChanged = Signal(object)  # ModelStatus (state "loading" and "downloading" included)
    downloadProgress = Signal(object, object)  # bytes done, bytes total (0 when unknown); Qt ints are 32 bits
    indexStarted = Signal(object)  # the folders of the run, or None for all
    indexProgress = Signal(object)  # IndexProgress
    indexFinished = Signal(object)  # IndexReport, or None when the run failed
    pausedChanged = Signal(bool)
    libraryChanged = Signal()  # photos or folders changed: views re-query (throttled while indexing)
    settingsChanged = Signal(object)  # AppSettings
    thumbnailFolder = Signal(object)  # the library's ThumbnailCache, once the query engine is up
    searchWaiting = Signal(bool)  # a search waits for the model
    error = Signal(str)
    fatal = Signal(str)  # the library cannot be opened at all: nothing else will work
    tagsChanged = Signal()  # label sets, tags or decisions changed: tag views and tag-filtered results re-query
    tagProgress = Signal(object, object)  # photos scored, then stored, of twice the photos, while a set is applied
    textProgress = Signal(object)  # TextProgress while the text pass runs
    textFinished = Signal(object)  # TextReport, or None when the pass failed

    # Emitted on the index thread, delivered on the UI thread.
    _progress = Signal(object)
    _changed = Signal()
    _started = Signal(object)
    _tag_progress = Signal(object, object)
    _text_progress = Signal(object)
    _early_status = Signal(object)  # ModelStatus or None, from the early model thread

    def __init__(self, config: AppConfig, parent: QObject | None = None,
                 early: indexing.EarlyModel | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.model_status = ModelStatus("loading", config.model or "")
        self.settings: AppSettings | None = None
        self.indexing = False
        self.paused = False
        # The model's ONNX text encoder loads on a thread of its own: started before the window's modules were
        # imported (`photoclip gui`), or now, beside the window's construction (it leaves the GIL to it).
        if early is None or not early.serves(config.library_dir, config.model, config.model_file):
            early = indexing.EarlyModel(config.library_dir, config.model, config.model_file)
        self._early = early
        self._shared_models = early.shared
        self._index_lock = threading.Lock()
        self._pending_all = False
        self._pending: set[str] = set()
        self._index_scheduled = False
        # Two readiness flags: indexing needs the *active* model loaded (or the pipeline would fetch it itself,
        # without a progress dialog); searching needs *a* model, and after a switch the previous one keeps
        # serving searches over its own vectors until the new model has caught up.
        self._active_ready = False
        self._search_ready = False
        self._waiting_query: _Waiting | None = None
        self._model_started = False
        self._download_cancel = threading.Event()
        # Set as the app closes: the engines' exports (torch's export cannot be interrupted, and a big model's
        # outlasts the wait for the threads) run in a child process that this ends at once.
        self._closing_event = threading.Event()
        self._fatal_shown = False
        self._last_progress = 0.0
        self._pause = threading.Event()
        self._cancel = threading.Event()
        self._text_hold = threading.Event()  # set while the user paused or an index run goes on
        self._text_cancel = threading.Event()
        self._text_running = False
        # The user pressed Stop: the text pass stays stopped until the next index run (or the next start of the app).
        self._text_stopped = False
        self._last_text_progress = 0.0

        self.index_thread: TaskThread[IndexContext] = TaskThread("photoclip-index", self._make_index_context,
                                                                  _close_context, self)
        self.query_thread: TaskThread[QueryContext] = TaskThread("photoclip-query", self._make_query_context,
                                                                  _close_context, self)
        self.text_thread: TaskThread[IndexContext] = TaskThread("photoclip-text", self._make_text_context,
                                                                 _close_context, self)
        self.text_thread.error.connect(self.error)
        self._text_progress.connect(self.textProgress, Qt.ConnectionType.QueuedConnection)
        for t in (self.index_thread, self.query_thread):
            t.error.connect(self.error)
            t.started_up.connect(self._on_started_up, Qt.ConnectionType.QueuedConnection)
        self._progress.connect(self.indexProgress, Qt.ConnectionType.QueuedConnection)
        self._changed.connect(self._on_index_batch, Qt.ConnectionType.QueuedConnection)
        self._started.connect(self._on_index_started, Qt.ConnectionType.QueuedConnection)
        self._tag_progress.connect(self.tagProgress, Qt.ConnectionType.QueuedConnection)
        self._tag_cancel = threading.Event()
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(CHANGE_INTERVAL_MS)
        self._change_timer.timeout.connect(self._library_changed)
        self._early_ready: ModelStatus | None = None
        self._prepacking: threading.Thread | None = None
        self._settling = False
        self._early_status.connect(self._on_early_status, Qt.ConnectionType.QueuedConnection)
        self._early_pending = True  # until its answer is delivered
        self._start_wanted = False  # the model was asked for meanwhile (`_start_model`)
        early.when_done(self._early_status.emit)

    # -- life cycle ---------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start both threads; the model loads next, then a reconcile run over every folder."""
        # The query thread starts once the index thread has opened the library: two connections creating a new
        # library's schema at the same moment would both try to run the first migration.
        self.index_thread.start()
        self.index_thread.submit(indexing.read_settings, self._on_settings)
        # The first grid comes before the model: importing torch and loading weights hold the GIL for seconds,
        # and at 100,000 photos the first browse (a catalog read on the query thread) waited ~10 s beside them on
        # two cores instead of ~1. A search typed meanwhile starts the model at once (see `search`).
        QTimer.singleShot(MODEL_START_LATEST_MS, self, self._start_model)  # dropped if the bridge is gone first
        # A model that loads without torch (its exported text tower) is loaded at once, though (when the early
        # thread did not: a new library, another model asked for): beside the first grid, so that a search typed
        # as the window opens finds it ready or nearly.
        self.index_thread.submit(indexing.preload_text_encoder)
        if self.config.reconcile_on_start:
            self.request_index(None)

    def shutdown(self, timeout_ms: int = 60_000) -> None:
        self._closing_event.set()
        self._download_cancel.set()
        self._cancel.set()
        self._text_cancel.set()
        self._pause.clear()
        self._text_hold.clear()
        for t in (self.index_thread, self.query_thread, self.text_thread):
            t.stop()
        self._early.join()  # each ends within a second: loading an ONNX session
        if self._prepacking is not None:
            self._prepacking.join()
        for t in (self.index_thread, self.query_thread, self.text_thread):
            if t.isRunning() and not t.wait(timeout_ms):
                # The model is probably mid-batch on a slow CPU; nothing is lost by not waiting longer, as every
                # batch commits on its own.
                self.error.emit(self.tr("{0} did not stop in time").format(t.objectName()))

    def _make_index_context(self) -> IndexContext:
        from photoclip.core.engine import Engine

        c = self.config
        engine = Engine(c.library_dir, model=c.model, model_file=c.model_file, device=c.device,
                        threads=c.threads, embedders=self._shared_models)
        if c.threads is None:
            engine.threads = indexing.read_settings(IndexContext(engine)).index_threads
        engine.exports_stop = self._closing_event
        return IndexContext(engine, self._pause, self._cancel)

    def _make_text_context(self) -> IndexContext:
        from photoclip.core.engine import Engine

        engine = Engine(self.config.library_dir)
        engine.exports_stop = self._closing_event
        return IndexContext(engine, self._text_hold, self._text_cancel)

    def _make_query_context(self) -> QueryContext:
        from photoclip.core.engine import Engine

        engine = Engine(self.config.library_dir, embedders=self._shared_models)
        engine.exports_stop = self._closing_event
        return QueryContext(engine, meanwhile=self.query_thread.run_urgent)  # the catalog loads on first need

    def _on_started_up(self, context: object) -> None:
        if isinstance(context, IndexContext) or (isinstance(context, BaseException) and
                                                 not self.query_thread.isRunning()):
            self.query_thread.start()
        if isinstance(context, BaseException):
            if not self._fatal_shown:  # both threads fail the same way; one message is enough
                self._fatal_shown = True
                self.fatal.emit(str(context))
        elif isinstance(context, QueryContext):
            self.thumbnailFolder.emit(context.engine.thumbnails)

    def _on_settings(self, settings: AppSettings) -> None:
        if settings.read_text and not (self.settings is not None and self.settings.read_text):
            self._text_stopped = False  # the user turned reading text on: that is asking for it now
        self.settings = settings
        self.settingsChanged.emit(settings)
        if not settings.read_text:
            self._text_cancel.set()
        elif not self.indexing:
            self.read_text()

    # -- the model ----------------------------------------------------------------------------------------

    def _on_early_status(self, status: ModelStatus | None) -> None:
        if not self._early_pending:
            return  # given up on (`_early_overdue`)
        self._early_pending = False
        searched = False
        if status is not None and status.state == "ready" and not self._model_started:
            self._early_ready = status
            if not self._search_ready:
                self.model_status = status
                self.modelStatusChanged.emit(status)
                searched = self._waiting_query is not None
                self._become_searchable()
        # Else nothing loaded early (or the index thread got there first): the index thread loads the model.
        # Indexing waits, as before: for the first grid, the first search's answer, or MODEL_START_LATEST_MS.
        if self._start_wanted:
            if searched:  # that search's answer starts it, or this, at the latest
                QTimer.singleShot(MODEL_START_LATEST_MS, self, self._start_model)
            else:
                self._start_model()

    def _early_overdue(self) -> None:
        # The library was locked by another process, say: the model loads the usual way.
        if self._early_pending and self._start_wanted:
            self._early_pending = False
            self._start_model()

    def _start_model(self) -> None:
        if self._model_started:
            return
        if self._early_ready is not None:
            self._model_started = True
            self._set_model_status(self._early_ready)
            return
        if self._early_pending:
            # The early thread is loading the encoder (a fraction of a second): its answer starts the model, without
            # the graph load below, which would come before the first search.
            if not self._start_wanted:
                self._start_wanted = True
                QTimer.singleShot(EARLY_WAIT_MS, self, self._early_overdue)
            return
        # The model loads on the index thread (seconds, when it takes torch): the HNSW graph loads on the query
        # thread meanwhile, ahead of the side panels (which wait for the catalog). Not before: hnswlib holds the
        # GIL while it loads (~0.3 s at 100,000 photos), which would slow the first grid's catalog read.
        self.query_thread.submit(_open_search_index, failure=_log_failure, urgent=True)
        self.check_model()

    def _become_searchable(self) -> None:
        self._search_ready = True
        self.query_thread.submit(_mark_model_ready, urgent=True)
        if self._waiting_query is not None:
            self._run_waiting_query()  # `_settle` follows its answer
        else:
            self._settle_soon()

    def _settle_soon(self) -> None:
        if not self._settling:
            self._settling = True
            QTimer.singleShot(SETTLE_MS, self, self._settle)

    def _settle(self) -> None:
        """Once the first answer is on screen (or the model is ready and nothing was searched): load what makes later
        keystrokes fast. The HNSW graph (the first searches read the saved vectors in place, ~20 ms a query at
        100,000 photos), the score matrix for filters, and the text encoder's faster session. Not sooner: hnswlib
        holds the GIL ~0.3 s while it loads, and the window would stand still before showing that answer."""
        self.query_thread.submit(_open_search_index, failure=_log_failure)
        self._warm_step(True)
        self._prepack()

    def check_model(self) -> None:
        self._model_started = True
        self._set_model_status(ModelStatus("loading", self.model_status.name))
        self.index_thread.submit(indexing.model_status, self._set_model_status, self._model_failed)

    def download_model(self) -> None:
        self._download_cancel.clear()
        self._set_model_status(ModelStatus("downloading", self.model_status.name,
                                           download_mb=self.model_status.download_mb))

        def report(done: int, total: int) -> None:
            self.downloadProgress.emit(done, total)

        self.index_thread.submit(lambda ctx: indexing.download_weights(ctx, report, self._download_cancel),
                                 self._set_model_status, self._download_failed)

    def cancel_download(self) -> None:
        self._download_cancel.set()

    def use_model_file(self, path: str) -> None:
        self._set_model_status(ModelStatus("loading", self.model_status.name))
        self.index_thread.submit(lambda ctx: indexing.use_model_file(ctx, path), self._set_model_status,
                                 self._model_failed)

    def _download_failed(self, e: BaseException) -> None:
        from photoclip.core.models import ModelUnavailableError

        if isinstance(e, indexing.DownloadCancelled):
            self._set_model_status(ModelStatus("missing", self.model_status.name, self.tr("Download cancelled."),
                                               download_mb=self.model_status.download_mb))
        elif isinstance(e, ModelUnavailableError):
            self._set_model_status(ModelStatus("unavailable", self.model_status.name, str(e)))
        else:
            self._model_failed(e)

    def _model_failed(self, e: BaseException) -> None:
        self._set_model_status(ModelStatus("unavailable", self.model_status.name, f"{type(e).__name__}: {e}"))

    def _set_model_status(self, status: ModelStatus) -> None:
        self.model_status = status
        ready = status.state == "ready"
        if not ready:
            self._active_ready = False
        self.modelStatusChanged.emit(status)
        if status.state in ("missing", "unavailable"):
            with self._index_lock:
                wanted = self._pending_all or bool(self._pending)
            if wanted:
                self._schedule_index()  # no model: list the photos at least, so they can be browsed and found
        if ready and not self._active_ready:
            self._active_ready = True
            if not self._search_ready:
                self._become_searchable()
            with self._index_lock:
                wanted = self._pending_all or bool(self._pending)
            if wanted:
                self.indexing = True  # from now on: photos listed earlier are waiting to be embedded
                self._schedule_index()

    def _warm_step(self, more: object) -> None:
        # One step per task, each resubmitted from the UI thread, so a keystroke's search queues between steps.
        if more is True:
            self.query_thread.submit(_warm_searcher, self._warm_step)

    def _prepack(self) -> None:
        """Give the ONNX text encoder loaded for a quick start its faster session (see
        `indexing.early_model_status`; nothing to do for one loaded otherwise). On a thread of its own: it leaves
        the GIL, and neither worker thread's queue should wait for it."""
        if self._prepacking is None:
            self._prepacking = threading.Thread(target=indexing.prepack_text_encoders, args=(self._shared_models,),
                                                name="photoclip-prepack")
            self._prepacking.start()

    @property
    def model_ready(self) -> bool:
        """Whether a search can run now (with the active model, or the previous one while it catches up)."""
        return self._search_ready

    # -- reading ------------------------------------------------------------------------------------------

    def query(self, fn: Callable[[QueryContext], Any], success: Callable[[Any], None] | None = None,
              failure: Callable[[BaseException], None] | None = None, key: str | None = None) -> None:
        """Run ``fn(context)`` on the query thread; ``success(result)`` runs on the UI thread."""
        self.query_thread.submit(fn, success, failure, key)

    def search(self, q: Query, success: Callable[[Results], None],
               failure: Callable[[BaseException], None] | None = None) -> None:
        """Browse or search; only the newest request's answer arrives. A search waits for the model."""
        words_only = False
        if q.is_search and not self._search_ready:
            self._waiting_query = (q, success, failure)
            self._start_model()
            if q.images or q.like:
                self.searchWaiting.emit(True)
                return
            # Words need no model: they answer now, and the same search runs again with CLIP once it is ready.
            words_only = True
        elif self._waiting_query is not None:
            self._waiting_query = None
            self.searchWaiting.emit(False)

        def delivered(results: Results) -> None:
            success(results)
            if self._search_ready:
                self._settle_soon()
            self._start_model()

        self.query_thread.submit(lambda ctx: queries.run_query(ctx, q, words_only), delivered, failure, key="search",
                                 urgent=True)

    def _run_waiting_query(self) -> None:
        if self._waiting_query is not None:
            q, success, failure = self._waiting_query
            self.search(q, success, failure)

    def fetch_rows(self, ids: list[int], success: Callable[[dict[int, queries.PhotoRow]], None]) -> None:
        self.query_thread.submit(lambda ctx: queries.fetch_rows(ctx, ids), success, urgent=True)

    @property
    def shared_models(self) -> SharedModels | None:
        """The loaded models, for an Engine on another thread (the duplicates window's)."""
        return self._shared_models

    def notify_library_changed(self) -> None:
        """Something outside the index thread changed the library (duplicates trashed): views re-query."""
        self._library_changed()

    def set_library_size(self, photos: int) -> None:
        self._change_timer.setInterval(max(CHANGE_INTERVAL_MS, min(MAX_CHANGE_INTERVAL_MS, photos // 10)))

    # -- writing ------------------------------------------------------------------------------------------

    def add_folders(self, paths: Iterable[str]) -> None:
        def add(ctx: IndexContext, path: str) -> str:
            added = indexing.add_folder(ctx, path)
            # Asked from the index thread itself, so the run is queued behind every folder being added: adding
            # three folders makes one run, not three.
            self.request_index([added])
            return added

        for p in paths:
            self.index_thread.submit(lambda ctx, p=p: add(ctx, p), lambda _path: self._library_changed())

    def remove_folder(self, path: str, success: Callable[[list[int]], None] | None = None) -> None:
        def done(removed: list[int]) -> None:
            self._library_changed()
            if success is not None:
                success(removed)

        self.index_thread.submit(lambda ctx: indexing.remove_folder(ctx, path), done)
        if self.indexing:
            self._cancel.set()  # the run may be inside that very folder; the others are queued again
            self.request_index(None)

    def save_settings(self, new: AppSettings) -> None:
        old = self.settings
        if old is not None and (new.model, new.model_file, new.device) != (old.model, old.model_file, old.device):
            self._cancel.set()  # a run for the old model would only be redone

        def saved(result: tuple[AppSettings, bool]) -> None:
            settings, reload = result
            self._on_settings(settings)
            if reload:
                self.check_model()
                self.request_index(None)  # embeds every photo with the new model; search uses the old meanwhile

        self.index_thread.submit(lambda ctx: indexing.write_settings(ctx, new), saved)

    # -- indexing -----------------------------------------------------------------------------------------

    def request_index(self, folders: Iterable[str] | None) -> None:
        """Queue an index run over ``folders`` (None: all). Safe from any thread: the folder watcher calls it
        from its own. Requests made while a run is queued or running merge into the next single run.

        Before the model is ready, new photos of named folders (a folder just added, the watcher's news) are listed
        at once, so they can be browsed and found by their words; the full run follows when the model is. The
        reconcile over all folders waits for the model, unless there is none (`_set_model_status`): at start it
        would only hold up the first grid."""
        with self._index_lock:
            if folders is None:
                self._pending_all = True
            else:
                self._pending.update(folders)
        if self._active_ready or (folders is not None) or self.model_status.state in ("missing", "unavailable"):
            self._schedule_index()

    def _schedule_index(self) -> None:
        with self._index_lock:
            if self._index_scheduled:
                return
            self._index_scheduled = True
        self.index_thread.submit(self._index_task, self._index_done, self._index_failed)

    def _index_task(self, ctx: IndexContext) -> IndexReport | None:
        embed = self._active_ready
        with self._index_lock:
            everything, wanted = self._pending_all, set(self._pending)
            if embed:
                self._pending_all, self._pending = False, set()
            # else the requests stay pending: the full run, when the model is ready, still owes them.
            self._index_scheduled = False
        known = {f.path for f in ctx.engine.library.folders()}
        # A watcher report or a queued request may name a folder forgotten since: it must not come back.
        folders = None if everything else sorted(f for f in wanted if f in known)
        if folders is not None and not folders:
            return None
        self._last_progress = 0.0  # a new run's first report always goes out
        self._started.emit(folders)
        return indexing.index(ctx, folders, self._on_progress, embed=embed)

    def _on_progress(self, p: IndexProgress) -> None:  # the index thread
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL_S or p.done == p.total:
            self._last_progress = now
            self._progress.emit(p)
        if p.done:
            self._changed.emit()

    def _on_index_started(self, folders: object) -> None:
        self.indexing = True
        self._text_stopped = False  # a new run (a folder added, a change seen) reads the text it brings, and the rest
        self._update_text_hold()
        self.indexStarted.emit(folders)

    def _on_index_batch(self) -> None:
        if not self._change_timer.isActive():
            self._change_timer.start()

    def _index_done(self, report: IndexReport | None) -> None:
        if report is None:
            if not self._index_scheduled:
                self.indexing = False  # the run asked for had nothing left to do (its folders were forgotten)
                self._update_text_hold()
            return
        self._change_timer.stop()
        if not report.embedded and self._active_ready:
            # The model became ready while the photos were being listed: the same run goes on and embeds them,
            # so the window never shows "up to date" between the two.
            self._library_changed()
            self._schedule_index()
            return
        self.indexing = False
        self._update_text_hold()
        self._library_changed()
        self.indexFinished.emit(report)
        if report.embedded or not report.cancelled:
            self.read_text()
        if not report.cancelled and report.device is not None:  # a device: the run embedded photos
            self._export_after_run()

    def _export_after_run(self) -> None:
        """Export the image tower when the run needed torch on the CPU for it (`indexing.export_image_tower`), once
        what the run's end set off on the query thread (its catch-up, the grid's and panels' queries, queued just
        now) is done: a marker task queued behind them hands the export to the index thread. Its tens of seconds
        then delay nothing the user waits for, except an index run asked for meanwhile (once per weights)."""
        if self._closing_event.is_set():
            return

        def hand_over(_result: object) -> None:
            if not self._closing_event.is_set():
                self.index_thread.submit(indexing.export_image_tower, failure=self._export_failed)

        self.query_thread.submit(_nothing, hand_over)

    def _export_failed(self, e: BaseException) -> None:
        # Only a head start for the next run, which goes through torch again: nothing the user must act on.
        log.warning("exporting the image tower failed: %s", e)

    def _index_failed(self, e: BaseException) -> None:
        self.indexing = False
        self._update_text_hold()
        self._library_changed()
        self.indexFinished.emit(None)
        self.error.emit(self.tr("Indexing stopped: {0}").format(e))

    def _library_changed(self) -> None:
        # The query thread's table and searcher catch up before the window's next query runs (same urgent FIFO).
        self.query_thread.submit(queries.refresh, urgent=True)
        self.libraryChanged.emit()

    def set_paused(self, paused: bool) -> None:
        if paused:
            self._pause.set()
        else:
            self._pause.clear()
        self.paused = paused
        self._update_text_hold()
        self.pausedChanged.emit(paused)

    def cancel_index(self) -> None:
        with self._index_lock:
            self._pending_all, self._pending = False, set()
        self._cancel.set()
        # Stop stops the text pass too (what it read is kept); the next index run, or the next start, resumes it.
        self._text_stopped = True
        self._text_cancel.set()
        self.set_paused(False)


    # -- reading text in photos -----------------------------------------------------------------------------

    def read_text(self) -> None:
        """Start the text pass over every embedded photo not read yet, when the setting is on and it is not
        running already; it holds while an index run goes on or the user paused."""
        if (self._text_running or self._text_stopped or self.settings is None or not self.settings.read_text
                or not self._active_ready):
            return
        self._text_running = True
        self._text_cancel.clear()
        self._update_text_hold()
        if not self.text_thread.isRunning():
            self.text_thread.start()  # after the index thread opened (and migrated) the library
        self._last_text_progress = 0.0
        self.text_thread.submit(self._text_task, self._text_done, self._text_failed)

    def _text_task(self, ctx: IndexContext) -> TextReport:
        return ctx.engine.read_photo_text(progress=self._on_text_progress, cancel=ctx.cancel, pause=ctx.pause)

    def _on_text_progress(self, p: TextProgress) -> None:  # the text thread
        now = time.monotonic()
        if now - self._last_text_progress >= PROGRESS_INTERVAL_S or p.done == p.total:
            self._last_text_progress = now
            self._text_progress.emit(p)

    def _text_done(self, report: TextReport) -> None:
        self._text_running = False
        self.textFinished.emit(report)

    def _text_failed(self, e: BaseException) -> None:
        self._text_running = False
        self.textFinished.emit(None)
        self.error.emit(self.tr("Reading text in photos stopped: {0}").format(e))

    def _update_text_hold(self) -> None:
        if self.paused or self.indexing:
            self._text_hold.set()
        else:
            self._text_hold.clear()

    # -- tagging ------------------------------------------------------------------------------------------

    def tags_read(self, fn: Callable[[Engine], Any], success: Callable[[Any], None] | None = None,
                  failure: Callable[[BaseException], None] | None = None, key: str | None = None) -> None:
        """Run ``fn(engine)`` on the query thread (see `photoclip.gui.tags`)."""
        self.query_thread.submit(lambda ctx: fn(ctx.engine), success, failure, key)

    def tags_write(self, fn: Callable[[Engine], Any], success: Callable[[Any], None] | None = None,
                   failure: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn(engine)`` on the index thread, the library's one writer; then every tag view refreshes."""

        def done(result: Any) -> None:
            self._tags_changed()
            if success is not None:
                success(result)

        def failed(e: BaseException) -> None:
            self._tags_changed()  # a half-done edit is rolled back; the views show what is stored
            if failure is not None:
                failure(e)
            else:
                self.error.emit(str(e))

        self.index_thread.submit(lambda ctx: fn(ctx.engine), done, failed)

    def apply_tags(self, set_id: int, scope: tags.ApplyScope, success: Callable[[Any], None] | None = None,
                   failure: Callable[[BaseException], None] | None = None) -> None:
        """Apply a label set off the UI thread, reporting `tagProgress`; `cancel_tagging` stops it (unchanged while
        scoring; while storing, each photo keeps either its old or its new tags: see `tagging.apply_set`)."""
        self._tag_cancel.clear()

        def progress(done: int, total: int) -> None:  # the index thread
            self._tag_progress.emit(done, total)

        self.tags_write(lambda engine: tags.apply(engine, set_id, scope, progress, self._tag_cancel), success,
                        failure)

    def cancel_tagging(self) -> None:
        self._tag_cancel.set()

    def _tags_changed(self) -> None:
        self.query_thread.submit(queries.refresh, urgent=True)
        self.tagsChanged.emit()


def _mark_model_ready(ctx: QueryContext) -> None:
    ctx.model_ready = True
    ctx.engine.searcher()[0].refresh()


def _open_search_index(ctx: QueryContext) -> None:
    ctx.engine.open_search_index()


def _log_failure(e: BaseException) -> None:
    # Only a head start: the first search opens the index again, and reports what goes wrong then.
    log.warning("opening the search index ahead of the model failed: %s", e)


def _nothing(_ctx: QueryContext) -> None:
    """A marker: the query thread has done what was queued before it."""


def _warm_searcher(ctx: QueryContext) -> bool:
    return ctx.model_ready and ctx.engine.searcher_for(ctx.photos())[0].warm()


def _close_context(ctx: IndexContext | QueryContext) -> None:
    engine: Engine = ctx.engine
    engine.close()
