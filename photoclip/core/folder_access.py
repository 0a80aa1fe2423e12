"""Whether a library folder is there and can be read: told apart before anything in it is walked.

A module of its own, without the image decoders `scan` brings: the app's folder list asks this of every folder
while its window opens.
"""

from __future__ import annotations

import os
import stat


def reason(e: OSError) -> str:
    return e.strerror or str(e)


def folder_state(path: str) -> tuple[str, str]:
    """("ok" | "missing" | "unreadable", reason) of a library folder, told apart before anything is walked."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "missing", "not found"
    except OSError as e:  # a parent folder that may not be entered, a dead network share
        return "unreadable", reason(e)
    if not stat.S_ISDIR(st.st_mode):
        return "missing", "not a folder"
    try:
        with os.scandir(path) as it:
            next(it, None)
    except FileNotFoundError:
        return "missing", "not found"
    except OSError as e:
        return "unreadable", reason(e)
    return "ok", ""
