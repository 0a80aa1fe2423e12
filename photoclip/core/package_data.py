"""Finding the files that ship inside the photoclip package (model configs, icons, translations, bundled model
weights) through `importlib.resources`, so they are found wherever the package lives: a source checkout, a wheel
installed in site-packages, or the PyInstaller bundle (whose importer serves `files()` from its own folder).

Icons and translations live in the repository's top-level `resources/` folder and are installed as the package
`photoclip.resources` (a setuptools package-dir mapping), so a wheel and the bundle hold them at
`photoclip/resources/`; `resources_dir` finds them there or, run from a source checkout, beside the package.

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


@cache
def resources_dir() -> Path | None:
    """The app's icons and translations folder, or None when an install lacks it.

    A source checkout (the package run in place, or an editable install of it) wins, so a checkout on
    PYTHONPATH never picks up the files of another checkout that happens to be installed editable; otherwise
    the installed package's `photoclip/resources` (a wheel, the PyInstaller bundle)."""
    import photoclip

    checkout = Path(photoclip.__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources" / "translations").is_dir():
        return checkout / "resources"
    installed = package_path("photoclip", "resources")
    return installed if installed.is_dir() else None
