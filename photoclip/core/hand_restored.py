"""A copy the user took back out of the trash by hand counts as its duplicates decision undone, at the next scan.

A file manager's "restore" brings back the photo alone: the XMP sidecars that went to the trash with it (for a RAW
shooter, every edit made in Lightroom or darktable) stay there, to be lost when the trash is emptied. So when an
index run finds a new file at the path a live "trash" decision sent a photo away from, with that photo's very
bytes (size, then content hash), the run undoes that decision through `duplicate_merge.undo`, which already
counts a copy put back by hand as restored: the sidecars come back beside it (never over a file that is there:
under the "(restored)" name then), what the merge gave the keeper is taken back, and the decision is marked undone,
so an undo in the duplicates window no longer offers it. Sidecars no longer in the trash are reported, once: the
decision is undone all the same and never looked at again.

Nothing here may stop a scan: whatever goes wrong is reported and logged, and the run goes on. No Qt here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from photoclip.core import duplicate_merge
from photoclip.core.library import Library
from photoclip.core.scan import FileInfo, hash_file

log = logging.getLogger(__name__)


@dataclass
class HandRestored:
    """What a scan did about copies put back by hand."""

    photos: list[str] = field(default_factory=list)  # photos whose trash decision now counts as undone
    sidecars: list[tuple[str, str]] = field(default_factory=list)  # sidecar, where it came back (itself or renamed)
    problems: list[tuple[str, str]] = field(default_factory=list)  # path (photo or sidecar), why


def take_back(library: Library, new: Iterable[FileInfo]) -> HandRestored:
    """Undo the live trash decisions whose photo is back, byte for byte, at its own path among ``new`` files."""
    out = HandRestored()
    try:
        found = _restored(library, {f.path: f for f in new})
    except Exception as e:  # a library that cannot be read here must not stop the scan
        log.exception("could not look for photos put back from the trash by hand")
        out.problems.append(("", f"could not look for photos put back from the trash: {e}"))
        return out
    for decision_id, path in found:
        try:
            report = duplicate_merge.undo(library, decision_id)
        except Exception as e:  # reported, and the scan goes on
            log.exception("could not take back the duplicates decision %s for %s", decision_id, path)
            out.problems.append((path, f"could not take back the duplicates decision that trashed it: {e}"))
            continue
        out.photos += report.restored
        out.sidecars += [(s, s) for s in report.sidecars] + report.renamed
        for what, why in report.failed:
            log.warning("a sidecar of %s, put back from the trash by hand, did not come back: %s: %s", path, what,
                        why)
            out.problems.append((what, why))
        for sidecar, put in report.renamed:
            log.info("%s came back from the trash as %s: a file of its name is there", sidecar, put)
    return out


def _restored(library: Library, new: dict[str, FileInfo]) -> list[tuple[int, str]]:
    """(decision, path) for each new file that is the very photo a live trash decision sent away from that path;
    of several decisions on one path, the latest whose bytes these are."""
    if not new:
        return []
    # Only the decisions on these paths, with their bytes' hash and details: one read, however many decisions.
    rows = library.db.execute(
        "SELECT id, path, size, content_hash, details FROM duplicate_decisions WHERE action = 'trash' "
        "AND content_hash IS NOT NULL AND path IN (SELECT value FROM json_each(?)) ORDER BY id DESC",
        (json.dumps(list(new)),)).fetchall()
    out: list[tuple[int, str]] = []
    taken: set[str] = set()
    digests: dict[str, str | None] = {}
    for did, path, size, content_hash, details in rows:
        if path in taken or new[path].size != size or (details and json.loads(details).get("undone_at")):
            continue
        if path not in digests:
            try:
                digests[path] = hash_file(path)
            except OSError:
                digests[path] = None  # gone again or unreadable: the scan itself will say so
        if digests[path] is not None and content_hash == digests[path]:
            out.append((did, path))
            taken.add(path)
    return out
