"""The user's tags as search sees them: read from the library's ``photo_tags`` view at query time.

Tags change without re-indexing (the tagger scores, the user accepts or rejects), so nothing here is copied at
index time. `photos_with_tag` serves the ``tag:`` filter; `tag_ranking` finds the tags a query's words name
("grandma", "red bicycle") and ranks their photos, as one of the keyword rankings fused into a search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from photoclip.core.library import Library


@dataclass(frozen=True)
class Label:
    id: int
    name: str
    set_name: str

    @property
    def qualified(self) -> str:
        return f"{self.set_name}/{self.name}"


def labels_in_use(library: Library) -> list[tuple[Label, int]]:
    """The labels that some photo carries now, with how many photos: the app's tag filter choices."""
    rows = library.db.execute(
        "SELECT label_id, label, set_name, COUNT(DISTINCT photo_id) FROM photo_tags "
        "GROUP BY label_id ORDER BY set_name COLLATE NOCASE, label COLLATE NOCASE")
    return [(Label(lid, name, set_name), n) for lid, name, set_name, n in rows]


def find_labels(library: Library, spec: str) -> list[Label]:
    """Labels named ``spec`` ("Grandma"), or ``Set/Label`` ("People/Grandma") for the label of one set; a name
    holding a slash itself ("AC/DC") is also tried as a whole. Case does not matter."""
    spec = spec.strip()
    rows = library.db.execute(
        "SELECT l.id, l.name, s.name FROM labels AS l JOIN label_sets AS s ON s.id = l.set_id "
        "WHERE l.name = ? COLLATE NOCASE", (spec,)).fetchall()
    if "/" in spec:
        set_name, _, label = spec.partition("/")
        rows += library.db.execute(
            "SELECT l.id, l.name, s.name FROM labels AS l JOIN label_sets AS s ON s.id = l.set_id "
            "WHERE l.name = ? COLLATE NOCASE AND s.name = ? COLLATE NOCASE",
            (label.strip(), set_name.strip())).fetchall()
    return [Label(*r) for r in dict.fromkeys(rows)]


def photos_with_tag(library: Library, spec: str) -> np.ndarray:
    """Ids of the photos that carry the tag ``spec`` now (see `find_labels`); empty for an unknown tag."""
    labels = find_labels(library, spec)
    if not labels:
        return np.empty(0, np.int64)
    marks = ",".join("?" * len(labels))
    rows = library.db.execute(
        f"SELECT DISTINCT photo_id FROM photo_tags WHERE label_id IN ({marks})", [lb.id for lb in labels])
    return np.fromiter((r[0] for r in rows), np.int64)


def _normal(text: str) -> str:
    return " " + " ".join(re.findall(r"[^\W_]+", text.casefold())) + " "


def tag_ranking(library: Library, text: str) -> tuple[list[int], list[Label]]:
    """Photos tagged with a label whose whole name appears in ``text`` (as words), and those labels. The user's
    own tags come first, then the machine's by their score."""
    query = _normal(text)
    if not query.strip():
        return [], []
    named = [
        Label(lid, name, set_name)
        for lid, name, set_name in library.db.execute(
            "SELECT l.id, l.name, s.name FROM labels AS l JOIN label_sets AS s ON s.id = l.set_id")
        if _normal(name).strip() and _normal(name) in query
    ]
    if not named:
        return [], []
    marks = ",".join("?" * len(named))
    rows = library.db.execute(
        f"SELECT photo_id, MAX(source = 'user'), MAX(COALESCE(score, 0)) FROM photo_tags "
        f"WHERE label_id IN ({marks}) GROUP BY photo_id ORDER BY 2 DESC, 3 DESC, photo_id",
        [lb.id for lb in named])
    return [r[0] for r in rows], named
