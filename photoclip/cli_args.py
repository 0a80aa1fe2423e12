"""Argument types and look-ups shared by the command line: numbers, ids and paths checked for what they can mean.

argparse's ``type=int`` accepts ``-3``, ``0`` and ``99999999999999999999``; each would reach SQLite, torch or a
thread pool and fail there with a traceback (or quietly do something else: a batch size of 0, a negative LIMIT
that SQLite reads as "no limit"). These types refuse them at the command line, with the option's name.
"""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from photoclip.core.library import Library, PhotoRecord

# SQLite stores integers in 8 bytes: a larger id cannot name a photo, and binding it raises OverflowError.
MAX_ID = 2**63 - 1


def int_between(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text} is out of range (from {low} to {high})")
        return value

    parse.__name__ = "number"  # what argparse names in "invalid number value"
    return parse


photo_id = int_between(1, MAX_ID)


def finite_float(text: str) -> float:
    """An argparse type: a number that is not nan or infinite (a threshold compared with scores)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a usable number: {text!r}")
    return value


finite_float.__name__ = "number"


def find_photo(lib: Library, spec: str) -> PhotoRecord | None:
    """The library's photo named by a path or an id, or None; an id too large for SQLite names no photo."""
    if spec.isdigit():
        n = int(spec)
        return lib.photo(n) if 1 <= n <= MAX_ID else None
    return lib.photo_by_path(spec)


# Characters that would break "one photo a line" output or a terminal: C0 and C1 controls (a newline, a tab, an
# escape sequence) and the lone surrogates Python uses for file-name bytes that are not UTF-8.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\\": "\\\\", "'": "\\'"}


def shown(path: str) -> str:
    """``path`` for a line of output meant for people and line-based tools: as it is when it is plain, else
    written in the shell's ANSI-C quoting (``$'IMG\\n1.jpg'``), as `ls` writes such names, which a shell reads
    back as the same name. --json output keeps paths exact instead."""
    if not _UNSAFE.search(path):
        return path
    out = []
    for ch in path:
        o = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif 0xDC80 <= o <= 0xDCFF:  # an undecodable byte, kept by os.fsdecode as a surrogate: the byte itself
            out.append(f"\\x{o - 0xDC00:02x}")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif _UNSAFE.match(ch):
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    return "$'" + "".join(out) + "'"


def path_arg(text: str) -> Path:
    """An argparse type: a path that is not empty. ``Path("")`` is the current folder, so an unset shell variable
    (``--move-others "$DEST"``) would quietly mean "here"."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path (an unset shell variable?); name a file or folder")
    return Path(text)


path_arg.__name__ = "path"


def text_arg(text: str) -> str:
    """An argparse type: a path or name that is not empty, kept as text."""
    path_arg(text)
    return text


text_arg.__name__ = "path"
