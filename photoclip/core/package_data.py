"""Finding the files that ship inside the photoclip package (model configs, icons, translations, bundled model
weights) through `importlib.resources`, so they are found wherever the package lives: a source checkout, a wheel
installed in site-packages, or the PyInstaller bundle (whose importer serves `files()` from its own folder).

Callers get a real filesystem `Path`, because Qt's translator and open_clip's config registry open files by
name. Only when the package is imported from a zip archive is a folder extracted, once, to a temporary place
that lives as long as the process.
"""

from __future__ import annotations

import atexit
import contextlib
import threading
from functools import cache
from importlib import resources
from pathlib import Path

_extracted = contextlib.ExitStack()
_lock = threading.Lock()
atexit.register(_extracted.close)


@cache
def package_path(package: str, *parts: str) -> Path:
    """The filesystem path of ``parts`` inside ``package`` (e.g. ``package_path("photoclip", "resources")``).
    The path may not exist: callers check, since a trimmed install can lack optional folders."""
    ref = resources.files(package).joinpath(*parts)
    if isinstance(ref, Path):
        return ref
    with _lock:
        return Path(_extracted.enter_context(resources.as_file(ref)))
