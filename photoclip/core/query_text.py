"""What a typed query means: the words to look for, the words to push away, and the filters written into it.

``beach -crowd folder:"Summer 2023" camera:pixel tag:Family/Grandma date:2023-06..2023-08 place:lisbon`` becomes
the text "beach", the negative "crowd" and a `Filters` with a folder, a camera, a tag, a date range and a place.
Values may be quoted; an unknown ``word:`` prefix, or a filter whose value cannot be understood, stays part of
the text, so nothing typed is silently dropped (a filter not understood is reported:
`ParsedQuery.not_understood`). Filters given apart (CLI flags, the app's filter bar) combine with typed ones.

Dates: ``2023``, ``2023-06`` or ``2023-06-14`` name a whole year, month or day. ``date:A..B`` runs from the start
of A to the end of B (either side may be left open), ``after:A`` from the start of A on, ``before:B`` up to the
start of B (as mail search does). Times are the photo's own (local) time.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from datetime import date, datetime, timedelta

SORTS = ("relevance", "newest", "oldest")
FILTER_KEYS = ("folder", "camera", "tag", "date", "before", "after", "place")
_UNIX_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")


class QueryError(ValueError):
    """A filter value that cannot be understood; the message says which and why."""


@dataclass(frozen=True)
class Filters:
    """Which photos a search or a browse may return; every field given narrows the set (AND).

    ``tag`` is the one entry point for filtering by the user's tags: a label name, or ``Set/Label`` to name the
    label of one set; matched case-insensitively against the library's effective tags (the ``photo_tags`` view).
    """

    folder: str | None = None  # an absolute folder path (it and below), or words of a folder's name
    camera: str | None = None  # part of the camera's make and model, any case
    tag: tuple[str, ...] = ()  # every one of these tags
    date_from: float | None = None  # epoch seconds, inclusive
    date_to: float | None = None  # epoch seconds, exclusive
    # Words naming where the photo was taken, in any language the gazetteer has ("lisbon", "リスボン",
    # "Lisbon, Portugal"): every word must be among the names of the photo's place, region or country.
    place: str | None = None

    @property
    def active(self) -> bool:
        return any((self.folder, self.camera, self.tag, self.date_from is not None, self.date_to is not None,
                    self.place))

    def merged(self, other: Filters) -> Filters:
        """Both sets of conditions at once (the narrower date bound wins)."""
        return Filters(
            folder=other.folder or self.folder,
            camera=other.camera or self.camera,
            tag=tuple(dict.fromkeys(self.tag + other.tag)),
            date_from=_narrower(self.date_from, other.date_from, max),
            date_to=_narrower(self.date_to, other.date_to, min),
            place=other.place or self.place,
        )


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # what CLIP and the word index look for
    negatives: tuple[str, ...]
    filters: Filters
    # Typed filters that could not be understood ("date:2023-13"), with why: they were searched as words, and
    # the user is told so (the CLI on stderr, the app beside the results).
    not_understood: tuple[tuple[str, str], ...] = ()


def _narrower(a: float | None, b: float | None, pick: type[max] | type[min]) -> float | None:
    if a is None:
        return b
    if b is None:
        return a
    return pick(a, b)


def period(text: str) -> tuple[float, float]:
    """[start, end) in epoch seconds of a year, month or day written as 2023, 2023-06 or 2023-06-14 (years 1 to
    9999, the years a calendar date can have)."""
    m = _DATE.match(text.strip())
    if m is None:
        raise QueryError(f"not a date: {text!r} (use 2023, 2023-06 or 2023-06-14)")
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if not 1 <= y <= 9999:
        raise QueryError(f"not a date: {text!r} (years go from 0001 to 9999)")
    try:
        if d is not None:
            first = date(y, int(mo), int(d))
            last = first
        elif mo is not None:
            first = date(y, int(mo), 1)
            last = (date(y, 12, 31) if int(mo) == 12 else date(y, int(mo) + 1, 1) - timedelta(days=1))
        else:
            first, last = date(y, 1, 1), date(y, 12, 31)
    except ValueError as e:
        raise QueryError(f"not a date: {text!r} ({e})") from e
    return _epoch(first.toordinal()), _epoch(last.toordinal() + 1)


def _epoch(ordinal: int) -> float:
    """Epoch seconds of local midnight starting the day with this proleptic Gregorian ordinal. The platform's
    local time cannot convert the first and last days of the calendar (year 1, the day after 9999-12-31): they
    are taken as UTC, hours off at most, which no photo's date is near."""
    try:
        return datetime.fromordinal(ordinal).timestamp()
    except (ValueError, OverflowError, OSError):
        return (ordinal - _UNIX_EPOCH_ORDINAL) * 86400.0


def date_range(text: str) -> tuple[float | None, float | None]:
    """``2023-06..2023-08``, ``2023..``, ``..2023-06`` or a single period: [from, to) in epoch seconds."""
    if ".." in text:
        a, b = text.split("..", 1)
        start = period(a)[0] if a.strip() else None
        end = period(b)[1] if b.strip() else None
        if start is not None and end is not None and end <= start:
            raise QueryError(f"the date range {text!r} ends before it starts")
        return start, end
    return period(text)


def filter_from(key: str, value: str) -> Filters:
    """One ``key:value`` as a `Filters`; raises QueryError for a value that cannot be understood."""
    value = value.strip()
    if not value:
        raise QueryError(f"{key}: needs a value")
    if key == "folder":
        return Filters(folder=value)
    if key == "camera":
        return Filters(camera=value)
    if key == "tag":
        return Filters(tag=(value,))
    if key == "place":
        return Filters(place=value)
    if key == "date":
        start, end = date_range(value)
        return Filters(date_from=start, date_to=end)
    if key == "after":
        return Filters(date_from=period(value)[0])
    if key == "before":
        return Filters(date_to=period(value)[0])
    raise QueryError(f"unknown filter {key}:")


def _tokens(text: str) -> list[str]:
    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    lexer.escape = ""  # a Windows path's backslashes are not escapes
    lexer.quotes = '"'  # an apostrophe ("grandma's") is part of a word
    try:
        return list(lexer)
    except ValueError:  # an unbalanced quote while typing: take the words as they are
        return text.replace('"', "").split()


def parse_query(text: str) -> ParsedQuery:
    """Split a typed query into text, negatives (words starting with ``-``) and filters."""
    words: list[str] = []
    negatives: list[str] = []
    not_understood: list[tuple[str, str]] = []
    filters = Filters()
    for token in _tokens(text):
        key, sep, value = token.partition(":")
        if sep and key.lower() in FILTER_KEYS and value:
            try:
                found: Filters | None = filter_from(key.lower(), value)
            except QueryError as e:
                found = None  # "date:tomorrow" is then just words to look for, and the user is told
                not_understood.append((token, str(e)))
            if found is not None:
                filters = filters.merged(found)
                continue
        if token.startswith("-") and len(token) > 1:
            negatives.append(token[1:])
        else:
            words.append(token)
    return ParsedQuery(" ".join(words), tuple(negatives), filters, tuple(not_understood))
