"""What the index thread does: get the model ready (download included), index, forget folders, save settings.

No Qt here: plain functions over an `IndexContext` (the index thread's own Engine, which is the library's one
writer, plus the pause and cancel events the window sets). The bridge runs them on the index thread.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from photoclip.core import models, text_pass

if TYPE_CHECKING:
    from photoclip.core.engine import Engine, SharedModels
    from photoclip.core.pipeline import IndexProgress, IndexReport

log = logging.getLogger(__name__)

# Library-wide app settings (the library's settings table), with their defaults; "model" and "device" are the
# engine's own keys.
INDEX_THREADS_KEY = "app.index_threads"
THUMB_SIZE_KEY = "app.thumbnail_size"
THUMB_SIZES = (128, 176, 240)
DEFAULT_THUMB_SIZE = 176


def default_index_threads() -> int:
    # One core is left to the window and the decoders, so the app stays fluid while the model works.
    return max(1, (os.cpu_count() or 2) - 1)


@dataclass
class IndexContext:
    engine: Engine
    pause: threading.Event = field(default_factory=threading.Event)
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass(frozen=True)
class ModelStatus:
    """Where the active model stands. `ready`: loaded; `missing`: its weights must be downloaded first;
    `unavailable`: it cannot be loaded (message says why, in the user's terms)."""

    state: str
    name: str
    message: str = ""
    device: str | None = None
    download_mb: int | None = None
    model_file: str | None = None


@dataclass(frozen=True)
class AppSettings:
    model: str
    model_file: str | None
    device: str
    index_threads: int
    thumb_size: int
    read_text: bool = text_pass.DEFAULT_ENABLED  # read the text in photos after indexing (see text_pass)


def read_settings(ctx: IndexContext) -> AppSettings:
    lib = ctx.engine.library
    active = ctx.engine.active
    return AppSettings(
        model=active.name,
        model_file=active.model_file,
        device=ctx.engine.device,
        index_threads=_int(lib.get_setting(INDEX_THREADS_KEY), default_index_threads()),
        thumb_size=_int(lib.get_setting(THUMB_SIZE_KEY), DEFAULT_THUMB_SIZE),
        read_text=text_pass.enabled(lib),
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def write_settings(ctx: IndexContext, new: AppSettings) -> tuple[AppSettings, bool]:
    """Store the settings; returns them and whether the model (or where it runs) changed, so it must reload."""
    engine = ctx.engine
    old = read_settings(ctx)
    lib = engine.library
    lib.set_setting(INDEX_THREADS_KEY, str(new.index_threads))
    lib.set_setting(THUMB_SIZE_KEY, str(new.thumb_size))
    text_pass.set_enabled(lib, new.read_text)
    engine.threads = new.index_threads
    if "torch" in sys.modules:  # torch's thread count is process-wide; apply it now rather than at next load
        sys.modules["torch"].set_num_threads(new.index_threads)
    reload = False
    if new.device != old.device:
        lib.set_setting("device", new.device)
        reload = True
    if (new.model, new.model_file) != (old.model, old.model_file):
        engine.set_model(new.model, new.model_file)
        reload = True
    return read_settings(ctx), reload


def model_status(ctx: IndexContext) -> ModelStatus:
    """Make the active model ready to search if its weights are here (its ONNX text encoder when exported, else
    the full model, which exports it); never downloads (the window asks the user first)."""
    engine = ctx.engine
    active = engine.active
    try:
        spec = models.model_spec(active.name)
    except ValueError as e:
        return ModelStatus("unavailable", active.name, str(e))
    if active.model_file is None and spec.hf_repo and models.cached_weights(spec) is None:
        return ModelStatus("missing", spec.name, download_mb=spec.download_mb)
    # Searching needs only the text tower: its verified ONNX export loads in a fraction of a second, without torch.
    # The full model then loads when a photo needs embedding (the pipeline asks for it), not before.
    if engine.text_encoder() is not None:
        return ModelStatus("ready", spec.name, device=engine.library.get_setting("last_device"),
                           model_file=active.model_file)
    try:
        embedder = engine.embedder()  # the first call imports torch and open_clip: seconds, on this thread
    except models.ModelUnavailableError as e:
        return ModelStatus("unavailable", spec.name, str(e), model_file=active.model_file)
    except ValueError as e:  # a device this computer does not have
        return ModelStatus("unavailable", spec.name, str(e), model_file=active.model_file)
    return ModelStatus("ready", spec.name, device=embedder.device, model_file=active.model_file)


def preload_text_encoder(ctx: IndexContext) -> None:
    """Load the active model's ONNX text encoder when it is exported: without torch, and leaving the GIL to the
    other threads, so the window can do it at once; `model_status` then finds it loaded."""
    ctx.engine.text_encoder()


def early_model_status(library_dir: str | os.PathLike[str], shared: SharedModels, model: str | None = None,
                       model_file: str | None = None) -> ModelStatus | None:
    """What the app does on a thread of its own while its window is being built: load the active model's ONNX text
    encoder into ``shared`` (the models the app's threads share), so that a search typed as the window appears is
    answered with CLIP at once. The status "ready" when it loaded; None when there is nothing to load this way (no
    library yet, no export yet, or ``model``/``model_file`` switch the library to another model, which the index
    thread does first): then the index thread gets the model ready as usual (`model_status`).

    The encoder loads without prepacked weights (~0.1 s instead of ~0.25-0.4 s on a 2-core CPU, at ~25 ms more per
    encoding) until `prepack_text_encoders` runs, once the first search is answered."""
    from photoclip.core.engine import Engine, model_choice
    from photoclip.core.library import DB_NAME

    if not (Path(library_dir) / DB_NAME).is_file():
        return None  # a new library: the index thread makes it (and its schema) first
    engine = Engine(library_dir, embedders=shared, quick_start=True)
    try:
        if (model or model_file) and model_choice(model or engine.active.name, model_file) != engine.active:
            return None
        encoder = engine.text_encoder()
        if encoder is None:
            return None
        # A session's first run costs ~3 times a later one (its buffers are made then): here, not in the first
        # search. ONNX Runtime leaves the GIL to the window meanwhile.
        encoder.embed_texts(["a photo"])
        return model_status(IndexContext(engine))  # "ready" without torch: the encoder is loaded now
    finally:
        engine.close()


class EarlyModel:
    """`early_model_status` on a short-lived thread of its own, started as early as the app can: before Qt and the
    window's modules are imported (`photoclip gui`), so that the encoder is loaded by the time the window shows
    rather than ~0.1-0.2 s after it. Qt-free: the window's `Bridge` takes it over (with the models it loads into,
    ``shared``) and hears its answer through `when_done`."""

    def __init__(self, library_dir: str | os.PathLike[str], model: str | None = None,
                 model_file: str | None = None) -> None:
        from photoclip.core.engine import SharedModels

        self.library_dir = Path(library_dir)
        self.model, self.model_file = model, model_file
        self.shared = SharedModels()
        self._status: ModelStatus | None = None
        self._lock = threading.Lock()
        self._done = False
        self._callbacks: list[Callable[[ModelStatus | None], None]] = []
        self._thread = threading.Thread(target=self._load, args=(model, model_file), name="photoclip-early-model")
        self._thread.start()

    def _load(self, model: str | None, model_file: str | None) -> None:
        status: ModelStatus | None = None
        try:
            status = early_model_status(self.library_dir, self.shared, model, model_file)
        except Exception as e:  # the index thread opens the library next, and says what is wrong with it
            log.info("the model was not loaded early: %s", e)
        with self._lock:
            self._status, self._done = status, True
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(status)

    def when_done(self, callback: Callable[[ModelStatus | None], None]) -> None:
        """Call ``callback`` with the answer (a "ready" status, or None when nothing was loaded this way): on the
        early thread when it ends, or now when it already has."""
        with self._lock:
            if not self._done:
                self._callbacks.append(callback)
                return
        callback(self._status)

    def serves(self, library_dir: str | os.PathLike[str], model: str | None, model_file: str | None) -> bool:
        """Whether this is the early load an app over ``library_dir`` with this model choice would start."""
        return (self.library_dir, self.model, self.model_file) == (Path(library_dir), model, model_file)

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)


def prepack_text_encoders(shared: SharedModels) -> None:
    """Give the ONNX text encoders loaded for quick start their faster sessions (see `early_model_status`)."""
    for enc in list(shared.text_encoders.values()):
        enc.prepack()


class DownloadCancelled(Exception):
    """The user pressed Cancel while the weights were downloading."""


def progress_tqdm(report: Callable[[int, int], None], cancel: threading.Event) -> type:
    """A tqdm class for huggingface_hub that reports (bytes done, bytes total) and stops the download when
    `cancel` is set (an exception out of update() is the only way to interrupt hf_hub_download)."""
    from tqdm import tqdm

    class _ProgressTqdm(tqdm):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._done = int(kwargs.get("initial") or 0)
            self._total = int(kwargs.get("total") or 0)
            kwargs["disable"] = True  # no console bar: the dialog is the bar
            kwargs.pop("name", None)
            super().__init__(*args, **kwargs)
            report(self._done, self._total)

        def update(self, n: float | None = 1) -> bool | None:
            if cancel.is_set():
                raise DownloadCancelled()
            self._done += int(n or 0)
            report(self._done, self._total)
            return super().update(n)

    return _ProgressTqdm


def download_weights(ctx: IndexContext, report: Callable[[int, int], None], cancel: threading.Event) -> ModelStatus:
    spec = models.model_spec(ctx.engine.active.name)
    models.resolve_weights(spec, None, tqdm_class=progress_tqdm(report, cancel))
    return model_status(ctx)


def use_model_file(ctx: IndexContext, path: str) -> ModelStatus:
    ctx.engine.set_model(ctx.engine.active.name, path)
    return model_status(ctx)


def index(ctx: IndexContext, folders: Sequence[str] | None, progress: Callable[[IndexProgress], None],
          embed: bool = True) -> IndexReport:
    """An index run; ``embed=False`` lists new photos only (the model is not ready, or not there at all)."""
    ctx.cancel.clear()
    report = ctx.engine.index(folders, progress=progress, cancel=ctx.cancel, pause=ctx.pause, embed=embed)
    if report.removed_ids:
        ctx.engine.thumbnails.discard(report.removed_ids)  # deleted photos: their thumbnails go too
    return report


def export_image_tower(ctx: IndexContext) -> object:
    """After a run that embedded photos through torch on the CPU, export the image tower (once per weights) so that
    the next start indexes without torch: a task of its own, after the run's end is shown (see
    `Bridge._export_after_run`). Not when Stop or Pause was pressed since, or the app is closing (which sets the
    cancel event): it is checked between the export's steps too, but torch's own export cannot be interrupted."""
    if ctx.cancel.is_set() or ctx.pause.is_set():
        return None
    return ctx.engine.export_image_tower_if_needed(ctx.cancel)


def add_folder(ctx: IndexContext, path: str) -> str:
    return ctx.engine.library.add_folder(path).path


def remove_folder(ctx: IndexContext, path: str) -> list[int]:
    from photoclip.core.vectors import VectorIndex

    engine = ctx.engine
    removed = engine.library.remove_folder(path)
    for key in engine.library.vector_counts():
        index = VectorIndex.open(engine.library, key)  # brings each cached index in line with the library
        if index is not None:
            index.save(engine.library)
    engine.thumbnails.discard(removed)
    return removed
