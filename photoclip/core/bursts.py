"""Telling a burst from copies of one shot: photos taken seconds apart by one camera are a burst.

A group of duplicates is a burst when every member has an EXIF date taken and the same camera (make and model),
at least two dates differ, and each is at most `BURST_GAP` seconds from the one before (a burst is shot in one
press of the button; 10 s tolerates cameras that write whole seconds and a photographer pausing between frames).
Copies of one shot carry one date. A burst is many photos the user may want several of, so it is never trashed by
a bulk action, and its keeper is the sharpest frame (see `sharpness`), not the largest file.

No Qt here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from photoclip.core.library import PhotoRecord

BURST_GAP = 10.0


@dataclass(frozen=True)
class Burst:
    frames: int
    span_s: float  # seconds from the first to the last frame


def as_burst(members: Sequence[PhotoRecord]) -> Burst | None:
    """The burst these photos form, or None when they are not one (see the module docstring)."""
    cameras = {(p.camera_make, p.camera_model) for p in members}
    if len(cameras) != 1 or cameras == {(None, None)}:
        return None
    times: list[datetime] = []
    for p in members:
        t = _parse(p.taken_at)
        if t is None:
            return None
        times.append(t)
    times.sort()
    if times[0] == times[-1]:
        return None
    if any((b - a).total_seconds() > BURST_GAP for a, b in itertools.pairwise(times)):
        return None
    return Burst(len(members), (times[-1] - times[0]).total_seconds())


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
