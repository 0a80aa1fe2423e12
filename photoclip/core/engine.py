"""The one object the CLI and the app drive: a library, its active model, a lazily loaded embedder, indexing
and search.

The active model is a library-wide setting stored in the database. Vectors remember which model made them:
after a switch, search keeps using the previous model's vectors (and says so) until the new model has caught
up with every photo, so results never mix models and never go blank mid re-embed.

SQLite connections belong to the thread that opened them, so the app runs one Engine per thread (one indexing,
one searching) over the same library; they share the loaded models through a `SharedModels` passed to both.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from photoclip.core import models, text_index, text_pass
from photoclip.core.bundled_models import default_model
from photoclip.core.library import Library
from photoclip.core.photo_places import LibraryPlaces
from photoclip.core.text_pass import TextProgress, TextReport

if TYPE_CHECKING:  # importing these at run time pulls in torch, which `status` and `--help` must not pay for
    from photoclip.core.catalog import Catalog
    from photoclip.core.embedder import Embedder
    from photoclip.core.find import SearchRequest, SearchResults
    from photoclip.core.image_onnx import ImageExport, OnnxImageEncoder
    from photoclip.core.pipeline import IndexProgress, IndexReport  # every image decoder: not for a search
    from photoclip.core.search import Searcher, SearchHit
    from photoclip.core.text_onnx import OnnxExport, OnnxTextEncoder, TextExport, Tower
    from photoclip.core.thumbnails import ThumbnailCache
    from photoclip.core.vector_file import SavedVectors
    from photoclip.core.vectors import VectorIndex

    TextModel = Embedder | OnnxTextEncoder
    ImageModel = Embedder | OnnxImageEncoder


_log = logging.getLogger(__name__)


def _gpus() -> str:
    from photoclip.core.image_onnx import gpu_fingerprint

    return gpu_fingerprint()


class SharedModels(dict[str, "Embedder"]):
    """Loaded embedders by model key, with the lock that makes loading each one happen once.

    Give the same instance to several Engines (``Engine(..., embedders=shared)``, or ``other.shared_models``)
    and a model loaded by one is used by all; inference on an embedder is thread-safe. The lock is held while a
    model loads, so a second thread wanting the same model waits for it instead of loading it again.
    """

    def __init__(self) -> None:
        super().__init__()
        self.lock = threading.RLock()
        # The query path's text encoders (ONNX, no torch) by model key, shared like the embedders.
        self.text_encoders: dict[str, OnnxTextEncoder] = {}
        # The CPU's image encoders (ONNX, no torch) by model key, for indexing.
        self.image_encoders: dict[str, OnnxImageEncoder] = {}


def model_choice(name: str, model_file: str | os.PathLike[str] | None = None) -> ModelChoice:
    """The model ``name`` (validated, as open_clip spells it) with its weights from ``model_file`` when given (as an
    absolute path): what `Engine.set_model` stores."""
    spec = models.model_spec(name)
    return ModelChoice(spec.name, str(Path(model_file).expanduser().resolve()) if model_file else None)


# For a plain dict passed as `embedders`: every such dict shares this one lock. Coarser than a lock per dict,
# but loading a model is rare and the alternative (a lock hidden in the dict) would put a non-model in it.
_PLAIN_DICT_LOCK = threading.RLock()


@dataclass(frozen=True)
class ModelChoice:
    name: str
    model_file: str | None

    @property
    def key(self) -> str:
        return models.model_key(models.model_spec(self.name), self.model_file)


class Engine:
    def __init__(
        self,
        library_dir: str | os.PathLike[str],
        model: str | None = None,
        model_file: str | os.PathLike[str] | None = None,
        device: str | None = None,
        threads: int | None = None,
        tqdm_class: type | None = None,
        embedders: dict[str, Embedder] | None = None,
        quick_start: bool = False,
    ) -> None:
        """``embedders``: a model cache shared with other Engines (see `SharedModels`); a private one if None.
        ``quick_start``: this process encodes a query or two and ends (the CLI), see `OnnxTextEncoder`."""
        self.library = Library(library_dir)
        self.threads = threads
        self.quick_start = quick_start
        self.tqdm_class = tqdm_class
        if device is not None:
            self.library.set_setting("device", device)
        if model is not None or model_file is not None:
            self.set_model(model or self.active.name, model_file)
        self._embedders: dict[str, Embedder] = SharedModels() if embedders is None else embedders
        self._embedders_lock = getattr(self._embedders, "lock", _PLAIN_DICT_LOCK)
        self._text_encoders: dict[str, OnnxTextEncoder] = getattr(self._embedders, "text_encoders", {})
        self._image_encoders: dict[str, OnnxImageEncoder] = getattr(self._embedders, "image_encoders", {})
        self._searchers: dict[str, Searcher] = {}
        self._search_indexes: dict[str, VectorIndex | None] = {}  # opened ahead of their model (`open_search_index`)
        # Which model a search over a given catalog uses (see `find`): counting photos and vectors is a scan of
        # both tables (~40 ms at 100,000 photos), too much to repeat on every keystroke.
        self._choice_for: tuple[weakref.ref[Catalog], tuple[ModelChoice, str | None]] | None = None
        self._thumbnails: ThumbnailCache | None = None
        # Set by whoever may have to end this engine's work at once (the app, as it closes): the towers' exports
        # then run in a child process that this ends within a second (`export_process`), instead of holding the
        # thread for as long as torch's export takes. None (a one-off command): they run in this process.
        self.exports_stop: threading.Event | None = None

    def close(self) -> None:
        self.library.close()

    # -- models -------------------------------------------------------------------------------------------

    @property
    def device(self) -> str:
        return self.library.get_setting("device", "auto") or "auto"

    @property
    def active(self) -> ModelChoice:
        name = self.library.get_setting("model") or default_model()
        return ModelChoice(name, self.library.get_setting("model_file"))

    def set_model(self, name: str, model_file: str | os.PathLike[str] | None = None) -> ModelChoice:
        choice = model_choice(name, model_file)  # validates the name before anything is stored
        file = choice.model_file
        self.library.set_setting("model", choice.name)
        self.library.set_setting("model_file", file)
        # Remember how to load every model that has vectors, so search can fall back to it later.
        self.library.set_setting(f"model_file:{choice.key}", file)
        self.library.set_setting(f"model_name:{choice.key}", choice.name)
        return choice

    def choice_for_key(self, key: str) -> ModelChoice:
        name = self.library.get_setting(f"model_name:{key}", key) or key
        return ModelChoice(name, self.library.get_setting(f"model_file:{key}"))

    def search_model(self) -> tuple[ModelChoice, str | None]:
        """The model whose vectors a search should use now, and a note when it is not the active one."""
        active = self.active
        counts = self.library.vector_counts()
        have = counts.get(active.key, 0)
        others = [(key, n) for key, n in counts.items() if key != active.key]
        if not others:
            return active, None  # (without counting the photos: a scan of their table, ~50 ms at 100,000)
        best_key, best = max(others, key=lambda kv: kv[1])
        ok = self.library.count_photos()["ok"]
        if best > have and have < ok:
            note = (
                f"searching with {best_key} ({best} photos) while {active.key} is still being indexed "
                f"({have} of {ok} photos)"
            )
            return self.choice_for_key(best_key), note
        return active, None

    @property
    def shared_models(self) -> dict[str, Embedder]:
        """This engine's model cache, to pass as ``embedders`` to an Engine on another thread."""
        return self._embedders

    @property
    def places(self) -> LibraryPlaces:
        """Where the library's photos were taken: per photo, the place list with counts, how many have one."""
        return LibraryPlaces(self.library)

    @property
    def thumbnails(self) -> ThumbnailCache:
        """The library's thumbnail cache (``<library>/thumbnails``)."""
        if self._thumbnails is None:
            from photoclip.core.thumbnails import ThumbnailCache

            self._thumbnails = ThumbnailCache(self.library.folder / "thumbnails")
        return self._thumbnails

    def embedder(self, choice: ModelChoice | None = None) -> Embedder:
        """The full model (torch), loaded on first need. Loading it also exports its text tower for the query path
        when that has not been done for these weights yet (see `text_onnx`); its image tower is exported after an
        index run that embedded photos with it on the CPU (see `export_image_tower_if_needed`).

        The shared lock is held while the model loads (another thread wanting it waits, rather than loading it
        again) but not while its text tower is exported (seconds): the model is in the cache by then, and the other
        threads use it meanwhile. Never call this holding the shared lock, or the export would hold it too."""
        from photoclip.core.embedder import load_embedder

        choice = choice or self.active
        with self._embedders_lock:
            emb = self._embedders.get(choice.key)
            if emb is not None:
                return emb
            emb = load_embedder(
                choice.name, model_file=choice.model_file, device=self.device, threads=self.threads,
                tqdm_class=self.tqdm_class,
            )
            self._embedders[choice.key] = emb
            self.library.set_setting("last_device", emb.device)
            self.library.set_setting("last_device_gpus", _gpus())
        # Only the thread that loaded it exports (text_onnx's own lock keeps two processes' threads apart).
        self.export_text_tower(choice, emb)
        return emb

    def export_text_tower(self, choice: ModelChoice, emb: Embedder) -> TextExport | None:
        """Export (once per weights) and verify ``emb``'s text tower for the query path; the outcome, or None when
        the weights cannot be found or `exports_stop` was set before it was done (then it is made at the next
        load). A failure is recorded, not raised: queries then keep using torch."""
        from photoclip.core import text_onnx

        return self._export_tower(text_onnx.TEXT_TOWER, "text", choice, emb)

    def export_image_tower(self, choice: ModelChoice, emb: Embedder,
                           cancel: threading.Event | None = None) -> ImageExport | None:
        """Export (once per weights) and verify ``emb``'s image tower for indexing on the CPU; the outcome, or None
        when the weights cannot be found or ``cancel`` (by default `exports_stop`) was set before it was done: the
        export then runs in a child process that the stop ends at once (torch's own export, seconds to minutes,
        cannot be interrupted), and is made again next time. A failure is recorded, not raised: photos then keep
        going through torch."""
        from photoclip.core import image_onnx

        return self._export_tower(image_onnx.IMAGE_TOWER, "image", choice, emb, cancel)

    def _export_tower(self, tower: Tower, what: str, choice: ModelChoice, emb: Embedder,
                      cancel: threading.Event | None = None) -> OnnxExport | None:
        from photoclip.core.text_onnx import ExportCancelled

        weights = self._weights(choice)
        if weights is None:
            return None
        try:
            return tower.ensure(emb, weights, cancel if cancel is not None else self.exports_stop)
        except ExportCancelled:
            return None
        except OSError as e:  # the cache folder cannot be written: nothing to record the failure in either
            _log.warning("cannot export the %s tower of %s: %s", what, choice.key, e)
            return None

    def export_image_tower_if_needed(self, cancel: threading.Event | None = None) -> ImageExport | None:
        """After an index run that embedded photos through torch on the CPU, export the active model's image
        tower (once per weights) so that the next run starts without torch; the export made, or None when there
        was nothing to do (the model is not loaded, runs on a GPU, or its export was tried already) or ``cancel``
        was set. Tens of seconds on a slow CPU (torch's export, then ONNX Runtime's optimisation and a check), so
        never inside a run: `photoclip index` calls it at its end (``index(..., export_after=True)``), the app as a
        task of its own once the run's end has been shown."""
        if cancel is not None and cancel.is_set():
            return None
        choice = self.active
        with self._embedders_lock:
            emb = self._embedders.get(choice.key)
        if emb is None or emb.device != "cpu" or self.image_export(choice) is not None:
            return None
        return self.export_image_tower(choice, emb, cancel)

    def image_export(self, choice: ModelChoice | None = None) -> ImageExport | None:
        """What is recorded about the image tower's export for ``choice`` (the active model): None when none has
        been tried yet (or the weights are not here)."""
        from photoclip.core import image_onnx

        return self._recorded_export(image_onnx.find_export, choice or self.active)

    def _embeds_on_cpu(self, found: ImageExport) -> bool:
        """Whether photos are embedded on the CPU here, told without importing torch: the device setting says so,
        or it is "auto" and torch chose the CPU the last time this library, or this computer (recorded with the
        export), asked it -- and no GPU has appeared since (then torch is asked again)."""
        device = self.device.strip().lower()
        if device == "cpu":
            return True
        if device != "auto":
            return False
        last = self.library.get_setting("last_device")
        if last:
            seen = self.library.get_setting("last_device_gpus")
            return last == "cpu" and (seen is None or seen == _gpus())
        return found.meta.get("auto_device") == "cpu" and found.meta.get("gpus", "") == _gpus()

    def image_encoder(self, choice: ModelChoice | None = None) -> OnnxImageEncoder | None:
        """The verified ONNX image encoder of ``choice`` (the active model), loaded without torch; None when photos
        are not embedded on the CPU, or it has not been exported (yet), or its export failed.

        Its texts (the label prompts new photos are tagged with) go to this engine's `text_model`: the encoder in
        the shared cache holds no engine, as it serves every thread's, and an engine's library belongs to its
        thread; what is returned is a view of it bound to this engine, for this engine's thread."""
        from photoclip.core import image_onnx

        choice = choice or self.active
        with self._embedders_lock:
            enc = self._image_encoders.get(choice.key)
            if enc is None:
                found = self.image_export(choice)
                if found is None or not found.ok or not self._embeds_on_cpu(found):
                    return None
                enc = image_onnx.load_image_encoder(
                    models.model_spec(choice.name).arch, self._weights(choice) or "", choice.key,
                    threads=self.threads)
                if enc is None:
                    return None
                self._image_encoders[choice.key] = enc
        return enc.with_text_model(lambda: self.text_model(choice))

    def image_encoder_state(self, choice: ModelChoice | None = None) -> tuple[str, str]:
        """What embeds photos for ``choice`` (the active model) in a new process, for `status`: ("onnx", the
        export's folder) or ("torch", why not ONNX). Never imports torch."""
        choice = choice or self.active
        if self._weights(choice) is None:
            return "torch", "the model's weights are not on this computer yet (they come with its first use)"
        found = self.image_export(choice)
        if found is None:
            return "torch", ("its image tower is not exported yet; that happens after the next index run that embeds "
                             "photos on the CPU (`photoclip index`, or the app)")
        if not found.ok:
            return "torch", f"the export of its image tower failed: {found.reason}"
        if not self._embeds_on_cpu(found):
            last = self.library.get_setting("last_device")
            if last == "cpu" and self.device.strip().lower() == "auto":
                return "torch", "a GPU has appeared since the last run: torch chooses the device again"
            return "torch", f"photos are embedded on {last or self.device}"
        if self.image_encoder(choice) is None:
            return "torch", f"the exported image tower in {found.folder} cannot be opened (damaged?)"
        return "onnx", str(found.folder)

    def image_model(self, choice: ModelChoice | None = None) -> ImageModel:
        """What embeds photos: the full model when it is loaded already, else on the CPU the ONNX image encoder
        (no torch: indexing starts at once), else the full model, loading it (on the CPU its image tower is then
        exported after the run, see `export_image_tower_if_needed`, so that the next process needs no torch)."""
        choice = choice or self.active
        with self._embedders_lock:
            emb = self._embedders.get(choice.key)
            if emb is not None:
                return emb
            enc = self.image_encoder(choice)
            if enc is not None:
                return enc
        return self.embedder(choice)  # outside the lock, which it takes itself: its export must not hold it

    def _weights(self, choice: ModelChoice) -> Path | None:
        """The weights file of ``choice`` if it is on this computer; never downloads."""
        try:
            spec = models.model_spec(choice.name)
        except ValueError:
            return None
        if choice.model_file is not None:
            path = Path(choice.model_file)
            return path if path.is_file() else None
        return models.cached_weights(spec)

    def text_export(self, choice: ModelChoice | None = None) -> TextExport | None:
        """What is recorded about the query path's export for ``choice`` (the active model): None when none has
        been tried yet (or the weights are not here)."""
        from photoclip.core import text_onnx

        return self._recorded_export(text_onnx.find_export, choice or self.active)

    def _recorded_export(self, find: Callable[[str, Path], OnnxExport | None], choice: ModelChoice
                         ) -> OnnxExport | None:
        """What ``find`` (a tower's `find_export`) has recorded for ``choice``'s weights, when they are here."""
        weights = self._weights(choice)
        if weights is None:
            return None
        try:
            return find(models.model_spec(choice.name).arch, weights)
        except OSError:
            return None

    def text_encoder(self, choice: ModelChoice | None = None) -> OnnxTextEncoder | None:
        """The verified ONNX text encoder of ``choice`` (the active model), loaded without torch; None when it has
        not been exported (yet) or its export failed."""
        from photoclip.core import text_onnx

        choice = choice or self.active
        with self._embedders_lock:
            enc = self._text_encoders.get(choice.key)
            if enc is None:
                weights = self._weights(choice)
                if weights is None:
                    return None
                enc = text_onnx.load_text_encoder(
                    models.model_spec(choice.name).arch, weights, choice.key, quick_start=self.quick_start)
                if enc is not None:
                    self._text_encoders[choice.key] = enc
            return enc

    def text_encoder_state(self, choice: ModelChoice | None = None) -> tuple[str, str]:
        """What encodes query texts for ``choice`` (the active model) in a new process, for `status`: ("onnx",
        the export's folder) or ("torch", why not ONNX). Opens the export to be sure it loads; never torch."""
        choice = choice or self.active
        if self._weights(choice) is None:
            return "torch", "the model's weights are not on this computer yet (they come with its first use)"
        found = self.text_export(choice)
        if found is None:
            return "torch", ("its text tower is not exported yet; that happens the next time the model is loaded "
                             "(`photoclip index`)")
        if not found.ok:
            return "torch", f"the export of its text tower failed: {found.reason}"
        if self.text_encoder(choice) is None:
            return "torch", f"the exported text tower in {found.folder} cannot be opened (damaged?)"
        return "onnx", str(found.folder)

    def text_model(self, choice: ModelChoice | None = None) -> TextModel:
        """What encodes query texts and label prompts: the full model when it is loaded already, else the ONNX
        text encoder (no torch: a search answers in a fraction of a second), else the full model, loading it --
        which exports its text tower, so that the next process needs no torch."""
        choice = choice or self.active
        with self._embedders_lock:
            emb = self._embedders.get(choice.key)
            if emb is not None:
                return emb
            enc = self.text_encoder(choice)
            if enc is not None:
                return enc
        return self.embedder(choice)  # outside the lock, which it takes itself: its export must not hold it

    # -- work ---------------------------------------------------------------------------------------------

    def index(
        self,
        folders: Sequence[str | os.PathLike[str]] | None = None,
        *,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
        pause: threading.Event | None = None,
        retry_failed: bool = False,
        batch_size: int | None = None,
        workers: int | None = None,
        embed: bool = True,
        export_after: bool = False,
    ) -> IndexReport:
        """Bring the library up to date (see `run_index`); ``pause`` holds the run between photos while set.
        ``embed=False`` only lists new photos (no model needed): browsable and found by their words already.
        ``export_after``: then export the image tower when the run embedded photos through torch on the CPU and
        was not cancelled (`export_image_tower_if_needed`), for a one-off process (`photoclip index`); the app does it
        as a task of its own, after it has shown the run's end."""
        from photoclip.core.pipeline import run_index

        active = self.active
        kwargs = {"batch_size": batch_size} if batch_size else {}
        report = run_index(
            self.library, active.key, (lambda: self.image_model(active)) if embed else None, folders=folders,
            progress=progress,
            cancel=cancel, pause=pause, retry_failed=retry_failed, workers=workers, **kwargs,
        )
        searcher = self._searchers.get(active.key)
        if searcher is not None:
            searcher.refresh()
        if report.removed_ids:
            self.thumbnails.discard(report.removed_ids)  # ids are never reused, but the files would pile up
        if export_after and not report.cancelled and report.device is not None:  # a device: photos were embedded
            self.export_image_tower_if_needed(cancel)
        return report

    # -- text in photos (a background pass after embedding; see text_pass.py) ---------------------------------

    @property
    def read_text(self) -> bool:
        """Whether the text in photos is read (a library-wide setting)."""
        return text_pass.enabled(self.library)

    @read_text.setter
    def read_text(self, on: bool) -> None:
        text_pass.set_enabled(self.library, on)

    def read_photo_text(
        self,
        *,
        progress: Callable[[TextProgress], None] | None = None,
        cancel: threading.Event | None = None,
        pause: threading.Event | None = None,
    ) -> TextReport:
        """Read the text of every embedded photo not read yet (whatever the setting: the caller decides)."""
        return text_pass.run_text_pass(self.library, progress=progress, cancel=cancel, pause=pause)

    def photo_text(self, photo_id: int) -> str | None:
        """The text read in a photo ('' when none); None when it has not been read yet."""
        return text_index.text_of(self.library, photo_id)

    def text_of_file(self, path: str | os.PathLike[str]) -> str:
        """The text in the photo at ``path``: what the library read, else read now (and kept, when the library
        holds this photo's current content). Raises imaging.ImageError for a file that cannot be decoded."""
        from photoclip.core.photo_text import shared_reader

        rec = self.library.photo_by_path(Path(path).resolve())
        if rec is not None:
            try:
                st = os.stat(path)
            except OSError:
                st = None
            if st is None or (st.st_size, st.st_mtime_ns) != (rec.size, rec.mtime_ns):
                rec = None  # edited since it was indexed: the library's text (and content hash) are the old picture's
        if rec is not None:
            known = self.photo_text(rec.id)
            if known is not None:
                return known
        found = shared_reader().read(path)
        if rec is not None and rec.content_hash and rec.status == "ok":
            with self.library.transaction():
                text_index.store(self.library, rec.id, rec.content_hash, found.text, found.looked_only)
        return found.text

    def text_counts(self) -> tuple[int, int]:
        """(photos whose text is read, photos that can be read), for "text read in N of M photos"."""
        return text_pass.counts(self.library)

    def searcher(self, choice: tuple[ModelChoice, str | None] | None = None) -> tuple[Searcher, str | None]:
        """The searcher over the vectors searches should use now (`search_model`, unless ``choice`` says). Made
        over the saved HNSW file read in place (`SavedVectors`: exact, ~10 ms to open) unless the graph was loaded
        ahead (`open_search_index`): a one-off search need not load the graph (~0.3 s at 100,000 photos, holding
        the GIL)."""
        from photoclip.core.search import Searcher
        from photoclip.core.vector_file import SavedVectors

        choice, note = choice or self.search_model()
        s = self._searchers.get(choice.key)
        if s is None:
            text_model = self.text_model(choice)
            index: VectorIndex | SavedVectors | None = self._search_indexes.pop(choice.key, None)
            if index is None:  # (not `or`: an empty index is falsy)
                index = SavedVectors.open(self.library, choice.key, dim=text_model.dim)
            s = Searcher(self.library, text_model, image_model=lambda: self.image_model(choice), index=index)
            self._searchers[choice.key] = s
        return s, note

    def open_search_index(self) -> None:
        """Load the HNSW graph the searches of a long-lived process (the app) use: ~1 ms a query where the saved
        file read in place takes ~20 ms at 100,000 photos, and ~2 ms at a filter's 10,000 nearest. The app calls
        this on its query thread after its first search is answered (or while its model loads, when nothing was
        searched yet): loading holds the GIL ~0.3 s at 100,000 photos."""
        from photoclip.core.vector_file import SavedVectors
        from photoclip.core.vectors import VectorIndex

        choice, _note = self.search_model()
        s = self._searchers.get(choice.key)
        if s is None:
            if choice.key not in self._search_indexes:
                self._search_indexes[choice.key] = VectorIndex.open(self.library, choice.key)
            return
        if not isinstance(s.index, SavedVectors):
            return
        # Unmapped first: the file's pages and the loaded graph need not both count against the process at once.
        s.index.close()
        try:
            s.index = VectorIndex.open(self.library, choice.key, dim=s.embedder.dim)
        except BaseException:
            del self._searchers[choice.key]  # the next search makes a new one
            raise

    def searcher_for(self, catalog: Catalog) -> tuple[Searcher, str | None]:
        """`searcher`, deciding which model to search once per ``catalog`` rather than at every call."""
        cached = self._choice_for
        if cached is not None and cached[0]() is catalog:
            return self.searcher(cached[1])
        # The app loads a new catalog whenever indexing changed the library, so the choice follows it.
        choice = self.search_model()
        self._choice_for = (weakref.ref(catalog), choice)
        return self.searcher(choice)

    def search(
        self,
        texts: Sequence[str] = (),
        images: Sequence[str | os.PathLike[str]] = (),
        like: Sequence[int] = (),
        negatives: Sequence[str] = (),
        limit: int = 50,
    ) -> tuple[list[SearchHit], str | None]:
        s, note = self.searcher()
        return s.search(texts, images, like, negatives, limit), note

    def find(self, request: SearchRequest, catalog: Catalog | None = None, words_only: bool = False) -> SearchResults:
        """The full search (see `find.py`): filters, words, tags, cut-off and sort. ``catalog``: the library's
        photos already loaded (the app keeps one between keystrokes); when None (a one-off search), only what
        this search needs is read. A browse (no text, image or photo) needs no model; ``words_only`` searches
        without it (none is there yet)."""
        from photoclip.core.find import find, needs_model

        if words_only or not needs_model(request):
            return find(self.library, catalog, request)
        s, note = self.searcher_for(catalog) if catalog is not None else self.searcher()
        if s.index is not None and self.library.max_vector_seq(s.embedder.model_key) != s.index.seq:
            s.refresh()  # vectors stored since (by another engine or process): a cheap check, a rare catch-up
        return find(self.library, catalog, request, s, note)
