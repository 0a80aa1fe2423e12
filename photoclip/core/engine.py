"""The one object the CLI and the app drive: a library, its active model, a lazily loaded embedder, indexing
and search.

The active model is a library-wide setting stored in the database. Vectors remember which model made them:
after a switch, search keeps using the previous model's vectors (and says so) until the new model has caught
up with every photo, so results never mix models and never go blank mid re-embed.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from photoclip.core import models
from photoclip.core.library import Library
from photoclip.core.pipeline import IndexProgress, IndexReport, run_index

if TYPE_CHECKING:  # importing these at run time pulls in torch, which `status` and `--help` must not pay for
    from photoclip.core.embedder import Embedder
    from photoclip.core.search import Searcher, SearchHit


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
    ) -> None:
        self.library = Library(library_dir)
        self.threads = threads
        self.tqdm_class = tqdm_class
        if device is not None:
            self.library.set_setting("device", device)
        if model is not None or model_file is not None:
            self.set_model(model or self.active.name, model_file)
        self._embedders: dict[str, Embedder] = {}
        self._searchers: dict[str, Searcher] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.library.close()

    # -- models -------------------------------------------------------------------------------------------

    @property
    def device(self) -> str:
        return self.library.get_setting("device", "auto") or "auto"

    @property
    def active(self) -> ModelChoice:
        name = self.library.get_setting("model", models.DEFAULT_MODEL) or models.DEFAULT_MODEL
        return ModelChoice(name, self.library.get_setting("model_file"))

    def set_model(self, name: str, model_file: str | os.PathLike[str] | None = None) -> ModelChoice:
        spec = models.model_spec(name)  # validates the name before anything is stored
        file = str(Path(model_file).expanduser().resolve()) if model_file else None
        choice = ModelChoice(spec.name, file)
        self.library.set_setting("model", spec.name)
        self.library.set_setting("model_file", file)
        # Remember how to load every model that has vectors, so search can fall back to it later.
        self.library.set_setting(f"model_file:{choice.key}", file)
        self.library.set_setting(f"model_name:{choice.key}", spec.name)
        return choice

    def choice_for_key(self, key: str) -> ModelChoice:
        name = self.library.get_setting(f"model_name:{key}", key) or key
        return ModelChoice(name, self.library.get_setting(f"model_file:{key}"))

    def search_model(self) -> tuple[ModelChoice, str | None]:
        """The model whose vectors a search should use now, and a note when it is not the active one."""
        active = self.active
        counts = self.library.vector_counts()
        ok = self.library.count_photos()["ok"]
        have = counts.get(active.key, 0)
        if have >= ok or not counts:
            return active, None
        best_key, best = max(counts.items(), key=lambda kv: kv[1])
        if best_key != active.key and best > have:
            note = (
                f"searching with {best_key} ({best} photos) while {active.key} is still being indexed "
                f"({have} of {ok} photos)"
            )
            return self.choice_for_key(best_key), note
        return active, None

    def embedder(self, choice: ModelChoice | None = None) -> Embedder:
        from photoclip.core.embedder import load_embedder

        choice = choice or self.active
        with self._lock:
            emb = self._embedders.get(choice.key)
            if emb is None:
                emb = load_embedder(
                    choice.name, model_file=choice.model_file, device=self.device, threads=self.threads,
                    tqdm_class=self.tqdm_class,
                )
                self._embedders[choice.key] = emb
                self.library.set_setting("last_device", emb.device)
            return emb

    # -- work ---------------------------------------------------------------------------------------------

    def index(
        self,
        folders: Sequence[str | os.PathLike[str]] | None = None,
        *,
        progress: Callable[[IndexProgress], None] | None = None,
        cancel: threading.Event | None = None,
        retry_failed: bool = False,
        batch_size: int | None = None,
        workers: int | None = None,
    ) -> IndexReport:
        active = self.active
        kwargs = {"batch_size": batch_size} if batch_size else {}
        report = run_index(
            self.library, active.key, lambda: self.embedder(active), folders=folders, progress=progress,
            cancel=cancel, retry_failed=retry_failed, workers=workers, **kwargs,
        )
        searcher = self._searchers.get(active.key)
        if searcher is not None:
            searcher.refresh()
        return report

    def searcher(self) -> tuple[Searcher, str | None]:
        from photoclip.core.search import Searcher

        choice, note = self.search_model()
        s = self._searchers.get(choice.key)
        if s is None:
            s = Searcher(self.library, self.embedder(choice))
            self._searchers[choice.key] = s
        return s, note

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
