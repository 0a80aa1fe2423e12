"""The library's side of places: where each photo was taken, as `word_index.store` recorded it in
``photo_places``, and the questions the faces ask of it (`Engine.places`).

The gazetteer itself (`places`) knows no database; this module knows no gazetteer, except to name a place again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from photoclip.core.library import Library


@dataclass(frozen=True)
class PhotoPlace:
    """Where one photo was taken: its position, and the place it got (None at sea or in the wilderness)."""

    lat: float
    lon: float
    label: str | None  # "Lisbon, Portugal", or only the country far from any town

    @property
    def coordinates(self) -> str:
        """"38.72509, -9.14980": decimal degrees, as map sites and apps accept them when pasted."""
        return f"{self.lat:.5f}, {self.lon:.5f}"


@dataclass(frozen=True)
class PositionCounts:
    with_position: int  # usable photos with a GPS position
    with_place: int  # of which turned into a place (or a country)
    unread: int  # usable photos not yet read for a position (the catch-up after indexing reads them)


class LibraryPlaces:
    """Places of one library's photos (``engine.places``)."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def of_photo(self, photo_id: int) -> PhotoPlace | None:
        return self.of_photos([photo_id]).get(photo_id)

    def of_photos(self, photo_ids: list[int]) -> dict[int, PhotoPlace]:
        """`of_photo` for a page of photos at once (the photos without a position are left out)."""
        out: dict[int, PhotoPlace] = {}
        for start in range(0, len(photo_ids), 500):  # SQLite's limit on bound parameters
            chunk = photo_ids[start:start + 500]
            rows = self.library.db.execute(
                f"SELECT photo_id, lat, lon, label FROM photo_places WHERE lat IS NOT NULL "
                f"AND photo_id IN ({', '.join('?' * len(chunk))})", chunk)
            out.update((int(r[0]), PhotoPlace(r[1], r[2], r[3])) for r in rows)
        return out

    def counts(self) -> list[tuple[str, int]]:
        """Places with their number of usable photos, most photos first: the place filter's choices."""
        rows = self.library.db.execute(
            "SELECT pl.label, COUNT(*) AS n FROM photo_places AS pl JOIN photos AS p ON p.id = pl.photo_id "
            "WHERE p.status = 'ok' AND pl.label IS NOT NULL GROUP BY pl.label ORDER BY n DESC, pl.label")
        return [(str(label), int(n)) for label, n in rows]

    def position_counts(self) -> PositionCounts:
        row = self.library.db.execute(
            "SELECT COUNT(pl.lat), COUNT(pl.label), "
            "SUM(CASE WHEN pl.photo_id IS NULL THEN 1 ELSE 0 END) "
            "FROM photos AS p LEFT JOIN photo_places AS pl ON pl.photo_id = p.id WHERE p.status = 'ok'").fetchone()
        return PositionCounts(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))
