"""Dates and times as the window shows them: in the user's locale, or as ISO 8601 where the locale is C/POSIX.

Qt's C locale writes "30 11 2026 23:11" (day, month number, year, with spaces), which reads as nothing anyone
uses; a system without a locale (LANG=C, common on minimal installs and over ssh) gets ``2026-11-30 23:11``
instead. Every date the app shows goes through here, so they all read the same.
"""

from __future__ import annotations

from datetime import datetime

from photoclip.gui.qt import QLocale


def date_time_text(when: datetime, long: bool = False, locale: QLocale | None = None) -> str:
    """``when`` to the minute: the locale's short form, or with ``long`` its long date (weekday and month name)
    and short time. A photo's time is the camera's own clock, so no time zone is shown."""
    loc = locale if locale is not None else QLocale()
    if loc.language() == QLocale.Language.C:
        return when.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
    if long:
        return f"{loc.toString(when.date(), QLocale.FormatType.LongFormat)} " \
               f"{loc.toString(when.time(), QLocale.FormatType.ShortFormat)}"
    return loc.toString(when.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


def taken_text(taken_at: str | None, long: bool = False, locale: QLocale | None = None) -> str:
    """A photo's stored date taken (ISO text) for display; "" when it has none, as stored when unreadable."""
    if not taken_at:
        return ""
    try:
        return date_time_text(datetime.fromisoformat(taken_at), long, locale)
    except ValueError:
        return taken_at
