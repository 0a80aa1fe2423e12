"""The main window: search bar on top, folders on the left, the results grid, indexing in the status bar.

The window only paints and reacts. Every question goes to the bridge (`bridge.search`, `bridge.query`) and its
answer comes back by callback on the UI thread; every change (folders, settings) goes to the index thread. The
folder watcher's reports go straight to `bridge.request_index`, which is safe from its thread.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from typing import TYPE_CHECKING

import numpy as np

from photoclip.gui import icons, queries, tags
from photoclip.gui.bridge import Bridge
from photoclip.gui.config import AppConfig
from photoclip.gui.dialogs.model_setup import ModelSetup
from photoclip.gui.dialogs.settings import SettingsDialog
from photoclip.gui.dialogs.skipped import SkippedDialog
from photoclip.gui.indexing import THUMB_SIZES, AppSettings, EarlyModel
from photoclip.gui.language import SETTINGS_KEY as LANGUAGE_KEY
from photoclip.gui.language import chosen_language, request_restart
from photoclip.gui.models.folders import FolderListModel
from photoclip.gui.models.photo_grid import PhotoGridModel
from photoclip.gui.photo_actions import PhotoActions
from photoclip.gui.qt import (
    QApplication,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSettings,
    QShortcut,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from photoclip.gui.queries import FolderInfo, Query, Results
from photoclip.gui.tags import ApplyScope
from photoclip.gui.theme import Theme
from photoclip.gui.thumbnails import ThumbnailLoader
from photoclip.gui.watching import Watching
from photoclip.gui.widgets.filter_bar import FilterBar
from photoclip.gui.widgets.index_status import IndexStatus
from photoclip.gui.widgets.photo_grid import PhotoGridView
from photoclip.gui.widgets.script_hint import ScriptHintBar
from photoclip.gui.widgets.search_bar import SearchBar
from photoclip.gui.widgets.sidebar import Sidebar
from photoclip.gui.widgets.tag_panel import TagPanel
from photoclip.gui.widgets.welcome import WelcomePage

if TYPE_CHECKING:
    from photoclip.core.pipeline import IndexProgress, IndexReport
    from photoclip.core.text_pass import TextProgress
    from photoclip.gui.dialogs.duplicates import DuplicatesWindow
    from photoclip.gui.dialogs.label_scores import LabelScoresDialog
    from photoclip.gui.dialogs.label_sets import LabelSetEditor

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, config: AppConfig, settings: QSettings, theme: Theme | None = None,
                 parent: QWidget | None = None, early: EarlyModel | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.qsettings = settings
        self.theme = theme
        self.setWindowTitle("photoclip")
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.bridge = Bridge(config, self, early)
        self.loader = ThumbnailLoader(self)
        self.grid_model = PhotoGridModel(self)
        self.folder_model = FolderListModel(self)
        self.results: Results | None = None
        self.folders: list[FolderInfo] | None = None
        self.watching: Watching | None = None
        self.duplicates: DuplicatesWindow | None = None
        self.last_export: object = None  # the last XMP export's report
        self.label_editor: LabelSetEditor | None = None
        self.label_scores: LabelScoresDialog | None = None
        self._adding = False  # folders were just added: an older "no folders" answer must not bring back welcome
        self._closing = False
        self._build()
        self._connect()
        if theme is not None:
            theme.listeners.append(self.refresh_icons)
        self._restore_state()

    # -- building -----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        main = QWidget()
        lay = QVBoxLayout(main)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.search_bar = SearchBar()
        lay.addWidget(self.search_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.sidebar = Sidebar(self.folder_model)
        self.tag_panel = TagPanel()
        self.grid = PhotoGridView(self.grid_model, self.loader)
        self.photos = PhotoActions(self, self.grid, self.grid_model, self.search_bar)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        self.side_splitter.addWidget(self.sidebar)
        self.side_splitter.addWidget(self.tag_panel)
        self.side_splitter.setStretchFactor(0, 3)
        self.side_splitter.setStretchFactor(1, 2)
        self.side_splitter.setChildrenCollapsible(False)
        self.filter_bar = FilterBar()
        results_pane = QWidget()
        pane = QVBoxLayout(results_pane)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.setSpacing(0)
        pane.addWidget(self.filter_bar)
        self.script_hint = ScriptHintBar()
        self.script_hint.switchRequested.connect(self.switch_model)
        pane.addWidget(self.script_hint)
        pane.addWidget(self.grid, 1)
        self.splitter.addWidget(self.side_splitter)
        self.splitter.addWidget(results_pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 950])
        self.splitter.setChildrenCollapsible(False)
        lay.addWidget(self.splitter, 1)
        self.stack.addWidget(main)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        status = self.statusBar()
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setContentsMargins(10, 0, 0, 0)
        self.model_setup = ModelSetup(self.bridge, self, lambda: bool(self.folders or self._adding))
        self.index_status = IndexStatus()
        status.addWidget(self.summary, 1)
        status.addPermanentWidget(self.model_setup.button)
        status.addPermanentWidget(self.index_status)
        self.grid.set_empty_message("")

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+L"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_folder)
        QShortcut(QKeySequence("Ctrl+Shift+D"), self, self.show_duplicates)
        QShortcut(QKeySequence.StandardKey.Preferences, self, self.show_settings)
        QShortcut(QKeySequence("Ctrl+,"), self, self.show_settings)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.search_bar.clear)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom(1))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom(-1))

    def _connect(self) -> None:
        b = self.bridge
        b.thumbnailFolder.connect(self.loader.set_cache)
        b.modelStatusChanged.connect(lambda _s: self._update_texts())
        b.indexStarted.connect(self._index_started)
        b.indexProgress.connect(self._index_progress)
        b.indexFinished.connect(self._index_finished)
        b.libraryChanged.connect(self._library_changed)
        b.settingsChanged.connect(self._settings_changed)
        b.searchWaiting.connect(self._search_waiting)
        b.pausedChanged.connect(self.index_status.set_paused)
        b.textProgress.connect(self._text_progress)
        b.textFinished.connect(self._text_finished)
        b.error.connect(self.show_error)
        b.fatal.connect(self._fatal)
        self.grid_model.rowsWanted.connect(lambda ids: b.fetch_rows(ids, self.grid_model.add_rows))
        self.search_bar.changed.connect(self._new_search)
        self.filter_bar.changed.connect(self._filter_changed)
        self.search_bar.settingsRequested.connect(self.show_settings)
        self.search_bar.duplicatesRequested.connect(self.show_duplicates)
        self.sidebar.folderChosen.connect(lambda _p: self.run_query())
        self.sidebar.addRequested.connect(self.choose_folder)
        self.sidebar.removeRequested.connect(self.remove_folder)
        self.tag_panel.tagChosen.connect(self._panel_tag_chosen)
        self.tag_panel.editRequested.connect(self.show_label_sets)
        self.tag_panel.exportRequested.connect(self.export_sidecars)
        self.tag_panel.scoresRequested.connect(self.show_label_scores)
        b.tagsChanged.connect(self._tags_changed)
        self.welcome.foldersChosen.connect(self.add_folders)
        self.welcome.chooseRequested.connect(self.choose_folder)
        self.index_status.pauseToggled.connect(b.set_paused)
        self.index_status.cancelRequested.connect(b.cancel_index)
        self.index_status.skippedRequested.connect(self.show_skipped)

    def start(self) -> None:
        """Called once the window is on screen: threads, model, reconcile, first query."""
        self.bridge.start()
        self._library_changed()

    # -- queries ------------------------------------------------------------------------------------------

    def current_query(self) -> Query:
        date_from, date_to = self.search_bar.date_range()
        images = (self.search_bar.image_path,) if self.search_bar.image_path else ()
        like = (self.search_bar.like_id,) if self.search_bar.like_id is not None else ()
        fb = self.filter_bar
        return Query(self.search_bar.text(), images, like, self.sidebar.chosen_folder(), date_from, date_to,
                     fb.camera_choice(), fb.tag_choice(), fb.sort_key(), fb.show_weaker(), fb.place_choice())

    def _new_search(self) -> None:
        self.filter_bar.reset_weaker()  # weaker matches are asked for per search, not kept for the next one
        self.run_query()

    def run_query(self, refresh: bool = False) -> None:
        q = self.current_query()
        self.bridge.search(q, lambda r: self._show_results(r, refresh), self._query_failed)

    def _show_results(self, r: Results, refresh: bool) -> None:
        old = self.results
        self.results = r
        self.bridge.set_library_size(r.library_size)
        same = (old is not None and len(old.ids) == len(r.ids) and (old.ids == r.ids).all()
                and (old.scores is None) == (r.scores is None)
                and (r.scores is None or np.array_equal(old.scores, r.scores, equal_nan=True))
                and (r.reasons is None or np.array_equal(old.reasons, r.reasons)))  # type: ignore[arg-type]
        if not same:
            keep_scroll = refresh and old is not None and old.query == r.query
            scroll = self.grid.verticalScrollBar().value()
            current = self.grid.currentIndex()
            current_id = self.grid_model.photo_id(current.row()) if current.isValid() else None
            self.grid_model.set_results(r)
            if keep_scroll:
                # New photos arrived under the same query: stay where the user was looking.
                row = self.grid_model.row_of(current_id) if current_id is not None else None
                if row is not None:
                    self.grid.selectionModel().setCurrentIndex(
                        self.grid_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self._restore_scroll(scroll)
            else:
                self.grid.scrollToTop()
        else:
            self.grid_model.results = r
        self.filter_bar.show_outcome(r.query.is_search, r.matches, r.weaker,
                                     r.cutoff.explain() if r.cutoff is not None else "")
        self._update_texts()

    def _restore_scroll(self, value: int, tries: int = 50) -> None:
        # The grid lays out in batches after a reset: wait until it is tall enough to scroll back.
        bar = self.grid.verticalScrollBar()
        if bar.maximum() >= value or tries <= 0:
            bar.setValue(value)
        else:
            QTimer.singleShot(10, self, lambda: self._restore_scroll(value, tries - 1))

    def _query_failed(self, e: BaseException) -> None:
        self.grid_model.set_results(Results.empty(self.current_query()))
        self.grid.set_empty_message(self.tr("This search did not work"), str(e), "alert")
        self.summary.setText("")

    def _search_waiting(self, waiting: bool) -> None:
        if waiting:
            self.grid_model.set_results(Results.empty(self.current_query()))
            self._update_texts()

    def _update_texts(self) -> None:
        from photoclip.gui.texts import empty_state, summary

        q = self.current_query()
        shown = self.grid_model.rowCount()
        self.summary.setText(summary(self.results, q, shown, self.bridge.model_status))
        settings = self.bridge.settings
        self.script_hint.show_for(q.text if q.is_search else "", settings.model if settings is not None else "")
        title, detail, icon_name = empty_state(self.results, q, self.folders, self.bridge)
        self.grid.set_empty_message(title, detail, icon_name)

    def focus_search(self) -> None:
        if self.stack.currentIndex() == 0:
            self.search_bar.field.setFocus()
            self.search_bar.field.selectAll()

    # -- the library --------------------------------------------------------------------------------------

    def _library_changed(self) -> None:
        self.grid_model.library_changed()
        self.bridge.query(queries.folder_infos, self._set_folders, key="folders")
        self.bridge.query(queries.years, self.search_bar.set_years, key="years")
        self.bridge.query(queries.filter_choices, lambda c: self.filter_bar.set_choices(c.cameras, c.tags, c.places),
                          key="filter-choices")
        self.bridge.query(queries.failed_count, self.index_status.set_skipped, key="failures")
        self.bridge.tags_read(tags.overview, self.tag_panel.set_overview, key="tag-panel")
        self.run_query(refresh=True)

    def _set_folders(self, folders: list[FolderInfo]) -> None:
        if not folders and self._adding:
            return
        self._adding = False
        self.folders = folders
        self.folder_model.set_folders(folders)
        self.stack.setCurrentIndex(1 if not folders else 0)
        self.statusBar().setVisible(bool(folders))  # nothing to report before there is a library
        self._update_watcher(folders)
        self._update_texts()
        if folders:
            self.model_setup.offer()

    def _update_watcher(self, folders: list[FolderInfo]) -> None:
        if not self.config.watch or self._closing:
            return
        if self.watching is None:
            # request_index is safe from the watcher's thread: it only takes a lock and queues a task.
            self.watching = Watching(self.bridge.request_index, self.config.watch_settle_s)
        self.watching.set_folders(folders)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder with photos"))
        if path:
            self.add_folders([path])

    def add_folders(self, paths: list[str]) -> None:
        paths = [p for p in paths if os.path.isdir(p)]
        if not paths:
            return
        self._adding = True
        self.stack.setCurrentIndex(0)
        self.statusBar().show()
        self.bridge.add_folders(paths)
        self.model_setup.offer()

    def remove_folder(self, path: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove folder"),
            self.tr("Remove “{0}” from the library?\n\nIts photos leave photoclip's search; the files themselves "
                    "stay where they are, untouched.").format(path))
        if answer == QMessageBox.StandardButton.Yes:
            self.bridge.remove_folder(path, self.loader.forget)

    def show_skipped(self) -> None:
        self.bridge.query(queries.failures, lambda rows: SkippedDialog(rows, self).exec())

    def show_duplicates(self) -> None:
        """Open (or bring back) the duplicates window; it looks in the folder chosen in the sidebar, if any."""
        from photoclip.gui.dialogs.duplicates import DuplicatesWindow

        if self.folders is None or not self.folders:
            return
        if self.duplicates is None:
            folders = [f.path for f in self.folders]
            self.duplicates = DuplicatesWindow(self.config, self.bridge.shared_models, folders,
                                               self.sidebar.chosen_folder(), self)
            self.duplicates.libraryChanged.connect(self._duplicates_removed)
        elif not self.duplicates.isVisible():
            self.duplicates.find()  # the library may have changed while it was closed
        self.duplicates.show()
        self.duplicates.raise_()
        self.duplicates.activateWindow()

    def _duplicates_removed(self, photo_ids: list[int]) -> None:
        self.loader.forget(photo_ids)
        self.bridge.notify_library_changed()

    # -- tagging ------------------------------------------------------------------------------------------

    def export_sidecars(self) -> None:
        """Write every photo's tags (those of the folder chosen in the sidebar, if any) into XMP sidecars, only
        after the user says so: the sidecars are files beside the photos, which stay untouched."""
        from photoclip.core import xmp

        folder = self.sidebar.chosen_folder()
        where = (self.tr("the photos in “{0}”").format(os.path.basename(folder.rstrip(os.sep))) if folder
                 else self.tr("every photo in the library"))
        answer = QMessageBox.question(
            self, self.tr("Export tags"),
            self.tr("Write the tags of {0} as keywords into XMP sidecar files beside them?\n\nThe photos "
                    "themselves are not changed; a sidecar already there keeps everything else it holds."
                    ).format(where))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(report: xmp.XmpReport) -> None:
            text = self.tr("Tags exported: %n sidecar(s) written", None, len(report.written))
            if report.unchanged:
                text += self.tr(", %n already up to date", None, report.unchanged)
            if report.skipped:
                text += self.tr(", %n skipped (first: {0})", None, len(report.skipped)).format(
                    f"{report.skipped[0][0]}: {report.skipped[0][1]}")
            self.last_export = report
            self.statusBar().showMessage(text, 15_000)

        self.bridge.tags_write(lambda engine: xmp.export_sidecars(engine.library, folder=folder), done,
                               lambda e: self.show_error(self.tr("Exporting tags did not work: {0}").format(e)))

    def _panel_tag_chosen(self, _label_id: int | None) -> None:
        """A click in the tag panel is the filter bar's tag filter, so the two never disagree."""
        qualified = self.tag_panel.chosen_qualified()
        if qualified != self.filter_bar.tag_choice():
            self.filter_bar.set_tag(qualified)  # runs the query through its `changed`
        else:
            self.run_query()

    def _filter_changed(self) -> None:
        chosen = self.tag_panel.chosen_qualified()
        if chosen is not None and chosen != self.filter_bar.tag_choice():
            self.tag_panel.blockSignals(True)  # another tag (or none) was picked in the bar: the panel follows
            self.tag_panel.choose(None)
            self.tag_panel.blockSignals(False)
        self.run_query()

    def _tags_changed(self) -> None:
        self.bridge.query(queries.filter_choices, lambda c: self.filter_bar.set_choices(c.cameras, c.tags, c.places),
                          key="filter-choices")
        self.bridge.tags_read(tags.overview, self.tag_panel.set_overview, key="tag-panel")
        self.run_query(refresh=True)

    def apply_scopes(self) -> dict[str, ApplyScope | None]:
        """What a label set can be applied to now: the library, the chosen folder, the grid, the selection."""
        folder = self.sidebar.chosen_folder()
        results = self.results
        selected = tuple(r.id for r in self.photos.selected_rows())
        shown = results is not None and (results.query.is_search or results.query.filtered) and len(results.ids)
        return {
            "library": ApplyScope(),
            "folder": ApplyScope(folder=folder) if folder else None,
            "results": ApplyScope(photo_ids=tuple(int(i) for i in results.ids)) if shown else None,  # type: ignore
            "selection": ApplyScope(photo_ids=selected) if selected else None,
        }

    def show_label_sets(self) -> None:
        from photoclip.gui.dialogs.label_sets import LabelSetEditor

        if self.label_editor is None:
            self.label_editor = LabelSetEditor(self.bridge, self.apply_scopes, self)
        else:
            self.label_editor.fill_scopes()
            self.label_editor.reload()
        self.label_editor.show()
        self.label_editor.raise_()

    def show_label_scores(self, set_id: int, label_id: int | None) -> None:
        from photoclip.gui.dialogs.label_scores import LabelScoresDialog

        dialog = LabelScoresDialog(self.bridge, set_id, label_id, self, self.loader)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.label_scores = dialog

    # -- indexing -----------------------------------------------------------------------------------------

    def _index_started(self, folders: list[str] | None) -> None:
        self.index_status.started()
        self.folder_model.set_indexing(folders, True)

    def _index_progress(self, p: IndexProgress) -> None:
        self.index_status.progress(p.done, p.total, p.rate, p.eta_s, p.listing)
        self.folder_model.set_current_file(p.current)

    def _index_finished(self, report: IndexReport | None) -> None:
        from photoclip.gui.texts import report_summary

        self.folder_model.set_indexing(None, False)
        self.index_status.finished(report_summary(report) if report is not None else "")
        if report is not None and report.removed_ids:
            self.loader.forget(report.removed_ids)

    def _text_progress(self, p: TextProgress) -> None:
        self.index_status.text_progress(p.done, p.total, p.rate, p.eta_s)

    def _text_finished(self, _report: object) -> None:
        self.index_status.text_finished()

    # -- settings -----------------------------------------------------------------------------------------

    def _settings_changed(self, s: AppSettings) -> None:
        self.grid.set_target_cell(s.thumb_size)

    def zoom(self, step: int) -> None:
        """Ctrl+plus / Ctrl+minus: the next thumbnail size, remembered like the setting."""
        s = self.bridge.settings
        if s is None:
            return
        sizes = list(THUMB_SIZES)
        i = min(range(len(sizes)), key=lambda k: abs(sizes[k] - s.thumb_size))
        new = sizes[max(0, min(len(sizes) - 1, i + step))]
        if new != s.thumb_size:
            self.bridge.save_settings(dataclasses.replace(s, thumb_size=new))

    def show_settings(self) -> None:
        if self.bridge.settings is None:
            return
        theme = str(self.qsettings.value("theme", "system"))
        language = chosen_language(self.qsettings)
        dialog = SettingsDialog(self.bridge.settings, theme, self, language=language)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if dialog.result_language() != language:
            self.qsettings.setValue(LANGUAGE_KEY, dialog.result_language())
            self.offer_restart()
        new_theme = dialog.result_theme()
        if new_theme != theme:
            self.qsettings.setValue("theme", new_theme)
            if self.theme is not None:
                self.theme.apply(new_theme)
        if dialog.result_settings() != self.bridge.settings:
            self.model_setup.offered = False  # a new model may need its own download
            self.bridge.save_settings(dialog.result_settings())

    def switch_model(self, name: str) -> None:
        """Switch to ``name`` as Settings would: the library re-embeds in the background, and the model set-up
        dialog is offered again for its download."""
        s = self.bridge.settings
        if s is None or s.model == name:
            return
        self.model_setup.offered = False
        self.bridge.save_settings(dataclasses.replace(s, model=name, model_file=None))
        self.script_hint.hide()

    def offer_restart(self) -> None:
        """A new language is read as the window is built, so it needs a restart: offered now, or at the next
        start anyway."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("photoclip speaks the new language from its next start. Restart now?"),
                          QMessageBox.StandardButton.NoButton, self)
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            app = QApplication.instance()
            if app is not None:
                request_restart(app)
            self.close()

    def refresh_icons(self) -> None:
        for w in (self.search_bar, self.sidebar, self.index_status):  # the tag panel has no icons
            w.refresh_icons()
        self.model_setup.button.setIcon(icons.icon("alert" if self.bridge.model_status.state in
                                                   ("missing", "unavailable") else "download"))
        self.grid.viewport().update()

    # -- drag and drop ------------------------------------------------------------------------------------

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls() and any(u.isLocalFile() for u in e.mimeData().urls()):
            e.acceptProposedAction()

    def dropEvent(self, e: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        folders = [p for p in paths if os.path.isdir(p)]
        files = [p for p in paths if os.path.isfile(p)]
        if folders:
            self.add_folders(folders)
        elif files:
            self.stack.setCurrentIndex(0)
            self.photos.search_by_image(files[0])
        e.acceptProposedAction()


    # -- messages, state, closing -------------------------------------------------------------------------

    def _fatal(self, text: str) -> None:
        self.stack.setCurrentIndex(0)
        self.grid.set_empty_message(self.tr("photoclip cannot start"), text, "alert")
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("photoclip"),
                          self.tr("photoclip cannot open its library."), QMessageBox.StandardButton.Close, self)
        box.setInformativeText(text)
        box.open()
        self.fatal_box = box

    def show_error(self, text: str) -> None:
        log.warning("%s", text)
        self.statusBar().showMessage(text, 10_000)

    def _restore_state(self) -> None:
        geometry = self.qsettings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(1280, 820)
        splitter = self.qsettings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]

    def closeEvent(self, e: QCloseEvent) -> None:
        self._closing = True
        self.qsettings.setValue("window/geometry", self.saveGeometry())
        self.qsettings.setValue("window/splitter", self.splitter.saveState())
        self.qsettings.sync()
        if self.watching is not None:
            self.watching.stop()
        if self.duplicates is not None:
            self.duplicates.shutdown()
        self.loader.shutdown()
        self.bridge.shutdown()
        super().closeEvent(e)
