"""photoclip's own cache folder: what can always be made again (text-tower exports, the places gazetteer's tree).

``PHOTOCLIP_CACHE_DIR`` overrides the platform's user cache folder (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "PHOTOCLIP_CACHE_DIR"


def cache_dir() -> Path:
    raw = os.environ.get(CACHE_ENV, "").strip()
    if raw:
        return Path(raw).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("photoclip", appauthor=False))
