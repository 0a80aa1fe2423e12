"""How one run of the app is set up: which library, which model, where window state is kept.

The app's settings live in three places, each for its own reason: library-wide choices (model, device, CPU
threads, thumbnail size) in the library's own settings table, so they travel with the library; window state
(geometry, splitter, theme) in QSettings, because it belongs to this computer's screen; data and model folders
overridable by environment (PHOTOCLIP_LIBRARY, HF_HOME), like the command line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from photoclip.core.library import default_library_dir


@dataclass(frozen=True)
class AppConfig:
    library_dir: Path
    model: str | None = None  # switch the library to this model (like `--model`); None keeps its own
    model_file: str | None = None
    device: str | None = None
    threads: int | None = None  # CPU threads for the model; None: the library's setting
    settings_file: Path | None = None  # an .ini for window state; None: the platform's usual place
    theme: str | None = None  # "dark", "light" or "system"; None: the saved choice (default system)
    watch: bool = True
    watch_settle_s: float = 2.0
    reconcile_on_start: bool = True

    @classmethod
    def default(cls) -> AppConfig:
        return cls(library_dir=default_library_dir(), theme=os.environ.get("PHOTOCLIP_THEME") or None)
