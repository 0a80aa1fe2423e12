"""Photo file formats by name: which extensions are camera RAW files, and how many photos of each format a library
holds (what `photoclip status` shows, so a user sees their RAW files were taken in).

Cheap to import: no decoder, no torch.
"""

from __future__ import annotations

import os

from photoclip.core.library import Library

# The RAW formats of the cameras people own, all read through LibRaw (see `raw`): Canon (CR2, CR3), Nikon (NEF,
# NRW), Sony (ARW), Adobe and phones (DNG), Fujifilm (RAF), Olympus/OM System (ORF), Panasonic (RW2), Pentax
# (PEF), Samsung (SRW).
RAW_EXTENSIONS: frozenset[str] = frozenset(
    (".cr2", ".cr3", ".nef", ".nrw", ".arw", ".dng", ".raf", ".orf", ".rw2", ".pef", ".srw")
)


def extension(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def is_raw_name(path: str | os.PathLike[str]) -> bool:
    return extension(os.fspath(path)) in RAW_EXTENSIONS


def raw_format_name(path: str | os.PathLike[str]) -> str:
    """The format name stored for a RAW photo: its extension in capitals ('CR2', 'NEF', 'DNG', ...)."""
    return extension(os.fspath(path)).lstrip(".").upper()


def format_counts(library: Library) -> dict[str, dict[str, int]]:
    """``{format: {"ok": n, "failed": m}}``, most photos first. Usable photos count under the format their decoder
    named ('JPEG', 'HEIF', 'CR2', ...); failed files never got that far, so they count under their extension."""
    counts: dict[str, dict[str, int]] = {}
    for fmt, n in library.db.execute("SELECT format, COUNT(*) FROM photos WHERE status = 'ok' GROUP BY format"):
        counts.setdefault(fmt or "unknown", {"ok": 0, "failed": 0})["ok"] += n
    for (path,) in library.db.execute("SELECT path FROM photos WHERE status = 'failed'"):
        name = extension(path).lstrip(".").upper() or "unknown"
        name = {"JPG": "JPEG", "JPE": "JPEG", "TIF": "TIFF", "HEIC": "HEIF"}.get(name, name)
        counts.setdefault(name, {"ok": 0, "failed": 0})["failed"] += 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1]["ok"] - kv[1]["failed"], kv[0])))


def is_raw_format(name: str) -> bool:
    """Whether a stored format name (see `format_counts`) is a camera RAW format."""
    return f".{name.lower()}" in RAW_EXTENSIONS
