"""The sentences the window shows about its state: the status line, the grid's empty states, the end of an
indexing run, the model button. Kept apart from the widgets so each state's wording is in one place."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from photoclip.gui.qt import QCoreApplication, QLocale

if TYPE_CHECKING:
    from photoclip.core.pipeline import IndexReport
    from photoclip.gui.bridge import Bridge
    from photoclip.gui.indexing import ModelStatus
    from photoclip.gui.queries import FolderInfo, Query, Results


# A plain name lupdate recognises, so every string below is extracted for translators.
translate = QCoreApplication.translate


def summary(results: Results | None, q: Query, shown: int, model: ModelStatus) -> str:
    if results is None:
        return ""
    if q.is_search and results.query != q:
        return translate("Texts", "Searching…")
    if not results.query.is_search:
        text = translate("Texts", "%Ln photo(s)", None, shown)
    elif shown >= 1000:
        text = translate("Texts", "%Ln best match(es)", None, shown)
    else:
        text = translate("Texts", "%Ln match(es)", None, shown)
    if results.query.folder:
        name = os.path.basename(results.query.folder.rstrip(os.sep))
        text += " " + translate("Texts", "in {0}").format(name)
    if results.note:
        text += " · " + translate("Texts", "searching with the previous model until the new one has seen every photo")
    if results.words_only:
        text += " · " + translate("Texts", "found by names, folders, keywords and tags until the model is ready")
    if results.not_understood:
        text += " · " + translate("Texts", "not understood as a filter, searched as words: {0}").format(
            " ".join(results.not_understood))
    if results.ignored_negatives:
        text += " · " + translate("Texts", "{0} only pushes results away: type something to look for too").format(
            " ".join("-" + w for w in results.ignored_negatives))
    if model.state == "ready" and model.device:
        device = "CPU" if model.device == "cpu" else model.device.upper()
        text += " · " + translate("Texts", "model on {0}").format(device)
    return text


def empty_state(results: Results | None, q: Query, folders: list[FolderInfo] | None,
                bridge: Bridge) -> tuple[str, str, str]:
    """(title, detail, icon) for the grid when it has nothing to show."""
    model = bridge.model_status
    if q.is_search and not bridge.model_ready:
        if model.state in ("missing", "unavailable"):
            return (translate("Texts", "Searching needs the model"),
                    translate("Texts", "No photo's name, folder, keywords or tags match. To search by what photos "
                                       "show, set up the model with the button in the status bar."),
                    "alert")
        return (translate("Texts", "Loading model…"),
                translate("Texts", "Your search runs as soon as the model is ready."), "search")
    if results is None or folders is None:
        return "", "", "image"
    if not folders:
        return (translate("Texts", "Add a folder to start"),
                translate("Texts", "Choose a folder with photos, or drop one on the window."), "folder")
    if results.library_size == 0:
        if bridge.indexing:
            return (translate("Texts", "Looking for photos…"),
                    translate("Texts", "Photos appear here as they are indexed."), "refresh")
        return (translate("Texts", "No photos yet"),
                translate("Texts", "No photos were found in your folders. New ones are picked up as they arrive."),
                "image")
    if q.is_search and results.query == q and results.weaker and not q.show_weaker:
        return (translate("Texts", "No good matches"),
                translate("Texts", "No photo stands out for this search. “Show weaker matches” above lists the "
                                   "closest ones anyway."), "search")
    detail = translate("Texts", "Try other words, or another folder or date.") if q.is_search or q.filtered else ""
    return translate("Texts", "No photos match"), detail, "search"


def reasons_text(bits: int, place: str | None = None) -> str:
    """"Matched by: keyword, picture" for a photo's REASON_* bits; a match by the name of where it was taken says
    which place ("place: Lisbon, Portugal")."""
    from photoclip.core.find import REASON_KEYWORD, REASON_NAME, REASON_PICTURE, REASON_PLACE, REASON_TAG, REASON_TEXT

    where = translate("Texts", "place: {0}").format(place) if place else translate("Texts", "place")
    names = ((REASON_KEYWORD, translate("Texts", "keyword")), (REASON_NAME, translate("Texts", "file or folder name")),
             (REASON_PLACE, where), (REASON_TEXT, translate("Texts", "text in photo")),
             (REASON_TAG, translate("Texts", "tag")),
             (REASON_PICTURE, translate("Texts", "picture")))
    found = [text for bit, text in names if bits & bit]
    return translate("Texts", "Matched by: {0}").format(", ".join(found)) if found else ""


def report_summary(r: IndexReport) -> str:
    loc = QLocale()
    if r.cancelled:
        return translate("Texts", "Indexing stopped; what was done is kept.")
    changes = r.added + r.updated
    parts = []
    if changes:
        parts.append(translate("Texts", "%Ln photo(s) indexed", None, changes))
    if r.moved:
        parts.append(translate("Texts", "%Ln moved", None, r.moved))
    if r.removed:
        parts.append(translate("Texts", "%Ln removed", None, r.removed))
    if r.missing_folders:
        parts.append(translate("Texts", "%Ln folder(s) not found", None, len(r.missing_folders)))
    if r.unreadable:
        parts.append(translate("Texts", "%Ln folder(s) or file(s) cannot be read", None, len(r.unreadable)))
    if r.sidecars_back:
        parts.append(translate("Texts", "%Ln XMP sidecar(s) back from the trash beside photos put back by hand",
                               None, len(r.sidecars_back)))
    if r.restore_problems:
        parts.append(translate("Texts", "%Ln file(s) could not come back from the trash", None,
                               len(r.restore_problems)))
    if not r.embedded and r.listed:
        parts.append(translate("Texts", "%Ln new photo(s) listed; searching by what they show needs the model",
                               None, r.listed))
    if not parts:
        return translate("Texts", "Up to date")
    text = ", ".join(parts)
    if changes and r.elapsed_s > 0:
        text += " " + translate("Texts", "in {0} s").format(loc.toString(r.elapsed_s, "f", 1))
    return text


def model_button_text(status: ModelStatus) -> str:
    if status.state == "loading":
        return translate("Texts", "Loading model…")
    if status.state == "downloading":
        return translate("Texts", "Downloading model…")
    if status.state in ("missing", "unavailable"):
        return translate("Texts", "Model not set up — fix…")
    return ""
