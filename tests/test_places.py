"""Places: GPS positions written into real photographs (EXIF GPS IFD, embedded XMP, XMP sidecars) become place names
in many languages that search finds, filter by and explain; malformed positions are ignored."""

from __future__ import annotations

import io
import math
import sqlite3
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PIL.TiffImagePlugin import IFDRational

from photoclip.cli import main
from photoclip.core import gps, places
from photoclip.core.catalog import Catalog
from photoclip.core.find import REASON_PLACE, SearchRequest
from photoclip.core.models import TINY_MODEL
from photoclip.core.query_text import Filters, parse_query
from tests.known_places import KNOWN_PLACES
from tests.photos import variant


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    return (float(d), float(m), round((value - d - m / 60) * 3600, 4))


def gps_exif(lat: float, lon: float) -> Image.Exif:
    exif = Image.Exif()
    g = exif.get_ifd(gps.GPS_IFD)
    g[1], g[2] = ("N" if lat >= 0 else "S"), _dms(lat)
    g[3], g[4] = ("E" if lon >= 0 else "W"), _dms(lon)
    return exif


def xmp_packet(lat: str, lon: str, short: bool = True) -> str:
    ns = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:exif="http://ns.adobe.com/exif/1.0/"'
    body = (f'<rdf:Description rdf:about="" exif:GPSLatitude="{lat}" exif:GPSLongitude="{lon}"/>' if short else
            f'<rdf:Description rdf:about=""><exif:GPSLatitude>{lat}</exif:GPSLatitude>'
            f'<exif:GPSLongitude>{lon}</exif:GPSLongitude></rdf:Description>')
    return f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF {ns}>{body}</rdf:RDF></x:xmpmeta>'


def xmp_coord(value: float, pos: str, neg: str) -> str:
    d, m, s = _dms(value)
    return f"{int(d)},{m + s / 60:.6f}{pos if value >= 0 else neg}"


def write_with_position(path: Path, i: int, lat: float, lon: float, how: str) -> Path:
    """A real photograph carrying (lat, lon) the way ``how`` says: "exif", "sidecar" or "embedded" XMP."""
    path.parent.mkdir(parents=True, exist_ok=True)
    img = variant(i)
    if how == "exif":
        img.save(path, "JPEG", exif=gps_exif(lat, lon))
    elif how == "embedded":
        img.save(path, "JPEG", xmp=xmp_packet(xmp_coord(lat, "N", "S"), xmp_coord(lon, "E", "W")).encode())
    else:
        img.save(path, "JPEG")
        Path(f"{path}.xmp").write_text(xmp_packet(xmp_coord(lat, "N", "S"), xmp_coord(lon, "E", "W"), short=False))
    return path


def slug(name: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in name.encode("ascii", "ignore").decode())


@pytest.fixture
def world(engine, tmp_path):
    """A library of one photo per known landmark, positions written in all three ways, plus one without GPS."""
    root = tmp_path / "photos"
    paths = {}
    for i, (landmark, lat, lon, _city) in enumerate(KNOWN_PLACES):
        how = ("exif", "sidecar", "embedded")[i % 3]
        paths[landmark] = write_with_position(root / f"{i:02d}_{slug(landmark)}.jpg", i, lat, lon, how)
    variant(99).save(root / "no_gps.jpg", "JPEG")
    report = engine.index([root])
    assert not report.skipped
    return engine, paths, root


def _id(engine, path: Path) -> int:
    rec = engine.library.photo_by_path(path)
    assert rec is not None
    return rec.id


def test_the_right_city_for_at_least_95_percent_of_landmarks_on_every_continent(world):
    engine, paths, root = world
    right = []
    for landmark, _lat, _lon, cities in KNOWN_PLACES:
        where = engine.places.of_photo(_id(engine, paths[landmark]))
        assert where is not None, f"{landmark}: no position read"
        right.append(where.label is not None and where.label.split(", ")[0] in cities)
    assert sum(right) / len(right) >= 0.95, [k[0] for k, ok in zip(KNOWN_PLACES, right, strict=True) if not ok]
    assert engine.places.of_photo(_id(engine, root / "no_gps.jpg")) is None
    counts = engine.places.position_counts()
    assert (counts.with_position, counts.unread) == (len(KNOWN_PLACES), 0)
    lisbon = engine.places.of_photo(_id(engine, paths["Praça do Comércio"]))
    assert lisbon.label == "Lisbon, Portugal"
    assert lisbon.coordinates == "38.70760, -9.13650"


@pytest.mark.parametrize("query", [
    "Lisbon",  # English
    "Lisboa",  # the local name
    "Lizbon",  # Turkish
    "リスボン",  # Japanese
    "里斯本",  # Chinese
    "लिस्बन",  # Hindi
    "Portugal", "Portekiz", "ポルトガル",  # the country, in English, Turkish and Japanese
])
def test_a_place_is_found_by_its_names_in_many_languages_and_says_so(world, query):
    engine, paths, _root = world
    lisbon = _id(engine, paths["Praça do Comércio"])
    r = engine.find(SearchRequest(query))
    found = r.ids.tolist()
    assert lisbon in found, query
    assert found.index(lisbon) == 0
    assert int(r.reasons[0]) & REASON_PLACE and "place" in r.why(0)
    by_words = {pid for pid, bits in zip(found, r.reasons.tolist(), strict=True) if bits & REASON_PLACE}
    assert by_words == {lisbon}  # CLIP may list others (a small library has no cut-off), never as a place match


@pytest.mark.parametrize("query", ["Kyoto", "京都", "Kioto", "Japonya"])
def test_kyoto_in_japanese_and_turkish(world, query):
    engine, paths, _root = world
    r = engine.find(SearchRequest(query))
    assert r.ids.tolist()[0] == _id(engine, paths["Kinkaku-ji"])


def test_place_filter_typed_given_apart_and_combined(world):
    engine, paths, root = world
    catalog = Catalog.load(engine.library)
    assert parse_query("beach place:lisbon").filters == Filters(place="lisbon")
    assert parse_query('place:"Lisbon, Portugal"').filters.place == "Lisbon, Portugal"

    def browse(text: str = "", **filters: object) -> set[int]:
        return set(engine.find(SearchRequest(text, filters=Filters(**filters)), catalog).ids.tolist())

    assert browse("place:lisbon") == {_id(engine, paths["Praça do Comércio"])}
    assert browse(place="リスボン") == {_id(engine, paths["Praça do Comércio"])}
    japan = {_id(engine, paths["Kinkaku-ji"]), _id(engine, paths["Shibuya Crossing"])}
    assert browse("place:japan") == japan
    assert browse("place:日本") == japan
    usa = browse('place:"United States"')
    assert usa == {_id(engine, paths[k]) for k in ("Times Square", "Union Square", "Millennium Park")}
    assert browse(f"place:japan folder:{root.name}") == japan
    assert browse("place:japan", camera="nonesuch") == set()
    assert browse("place:atlantis") == set()
    # A search narrowed by a place: only the photos there, however CLIP ranks them.
    hits = engine.find(SearchRequest("a photo place:kyoto", show_all=True), catalog)
    assert hits.ids.tolist() == [_id(engine, paths["Kinkaku-ji"])]


def test_place_list_counts_the_places_of_the_library(world):
    engine, _paths, _root = world
    counts = dict(engine.places.counts())
    assert counts["Lisbon, Portugal"] == 1
    assert counts["Kyoto, Japan"] == 1
    assert sum(counts.values()) == len(KNOWN_PLACES)


def test_a_place_chosen_from_the_list_is_that_place_only(engine, tmp_path):
    """The list's label is the filter: "Porto, Portugal" must not bring Porto Salvo (whose names hold "porto")."""
    root = tmp_path / "pt"
    porto = write_with_position(root / "porto.jpg", 1, 41.1496, -8.6110, "exif")
    salvo = write_with_position(root / "salvo.jpg", 2, 38.7197, -9.3005, "exif")
    engine.index([root])
    counts = dict(engine.places.counts())
    assert counts == {"Porto, Portugal": 1, "Porto Salvo, Portugal": 1}
    catalog = Catalog.load(engine.library)

    def browse(place: str) -> set[int]:
        return set(engine.find(SearchRequest("", filters=Filters(place=place)), catalog).ids.tolist())

    assert browse("Porto, Portugal") == {_id(engine, porto)}
    assert browse("Porto Salvo, Portugal") == {_id(engine, salvo)}
    assert browse("porto") == {_id(engine, porto), _id(engine, salvo)}  # typed: every place whose names hold it


MALFORMED_GPS = {
    "zero denominator": {1: "N", 2: (IFDRational(38, 1), IFDRational(42, 0), IFDRational(0, 1)), 3: "W",
                         4: (9.0, 8.0, 11.4)},
    "latitude out of range": {1: "N", 2: (95.0, 0.0, 0.0), 3: "E", 4: (9.0, 0.0, 0.0)},
    "longitude out of range": {1: "N", 2: (38.0, 0.0, 0.0), 3: "E", 4: (190.0, 0.0, 0.0)},
    "minutes out of range": {1: "N", 2: (38.0, 75.0, 0.0), 3: "E", 4: (9.0, 0.0, 0.0)},
    "null island": {1: "N", 2: (0.0, 0.0, 0.0), 3: "E", 4: (0.0, 0.0, 0.0)},
    "bad reference": {1: "Q", 2: (38.0, 0.0, 0.0), 3: "E", 4: (9.0, 0.0, 0.0)},
    "latitude only": {1: "N", 2: (38.0, 0.0, 0.0)},
    "not numbers": {1: "N", 2: "north", 3: "E", 4: b"\x00\x01"},
}


def test_malformed_gps_is_ignored_without_an_error(engine, tmp_path):
    root = tmp_path / "broken"
    root.mkdir()
    for i, (name, ifd) in enumerate(MALFORMED_GPS.items()):
        exif = Image.Exif()
        g = exif.get_ifd(gps.GPS_IFD)
        g.update(ifd)
        try:
            variant(i).save(root / f"{slug(name)}.jpg", "JPEG", exif=exif)
        except Exception:  # a value Pillow refuses to write cannot reach a user's photo either
            variant(i).save(root / f"{slug(name)}.jpg", "JPEG")
    bad_xmp = {"nan": ("NaN", "NaN"), "garbage": ("38,xxN", "9,8W"), "range": ("91,0N", "9,8W"),
               "null": ("0,0.0N", "0,0.0E"), "seconds": ("38,8,75N", "9,8W")}
    for name, (lat, lon) in bad_xmp.items():
        variant(20).save(root / f"xmp_{name}.jpg", "JPEG")
        (root / f"xmp_{name}.jpg.xmp").write_text(xmp_packet(lat, lon))
    (root / "broken_xml.jpg.xmp").write_text("<x:xmpmeta exif:GPSLatitude=")
    variant(21).save(root / "broken_xml.jpg", "JPEG")
    report = engine.index([root])
    assert not report.skipped
    n = len(MALFORMED_GPS) + len(bad_xmp) + 1
    assert engine.library.count_photos()["ok"] == n
    counts = engine.places.position_counts()
    assert (counts.with_position, counts.with_place, counts.unread) == (0, 0, 0)
    assert engine.places.counts() == []


def test_a_position_at_sea_or_in_the_wilderness_gets_the_country_or_nothing():
    g = places.gazetteer()
    assert g.lookup(38.0, -20.0) is None  # the Atlantic, 900 km off Portugal
    assert g.lookup(-77.85, 166.67) is None  # McMurdo Sound, Antarctica
    assert g.lookup(23.0, 12.0) is None  # the Sahara, Niger / Libya border
    outback = g.lookup(-25.3444, 131.0369)  # Uluru: the nearest town of 5,000 is Alice Springs, ~330 km away
    assert outback is None or outback.name is None
    hike = g.lookup(46.5575, 8.5611)  # Swiss Alps: a town farther than CITY_KM but the country is clear
    assert hike is not None and hike.country == "Switzerland"
    near = g.lookup(38.7223, -9.1393)
    assert near.name == "Lisbon" and near.distance_km < places.CITY_KM


@pytest.mark.parametrize(("text", "negative", "expected"), [
    ("38,43.5N", "S", 38.725), ("38,43,30N", "S", 38.725), ("9,8.4W", "W", -9.14), ("-33.8568", "S", -33.8568),
    ("33.8568S", "S", -33.8568), ("151.2153", "W", 151.2153),
])
def test_xmp_coordinates(text, negative, expected):
    assert gps.xmp_coordinate(text, negative) == pytest.approx(expected)


def test_xmp_coordinates_that_are_not(text_values=("", "north", "38,60N", "38,1,60N", "38,1N,2")):
    for t in text_values:
        assert math.isnan(gps.xmp_coordinate(t, "S")), t


def test_a_library_indexed_before_places_gains_them_without_re_embedding(world):
    engine, paths, _root = world
    lib = engine.library
    seq = lib.db.execute("SELECT MAX(seq), COUNT(*) FROM embeddings").fetchone()
    # As a library from before schema step 8 is after the migration: its words kept, no place read yet.
    with lib.transaction():
        lib.db.execute("DELETE FROM photo_places")
        lib.db.execute("UPDATE words_fts SET place = ''")
    assert engine.places.position_counts().unread == len(KNOWN_PLACES) + 1
    assert not engine.find(SearchRequest("place:lisbon")).ids.size
    report = engine.index()
    assert (report.added, report.updated, report.words_read) == (0, 0, len(KNOWN_PLACES) + 1)
    assert lib.db.execute("SELECT MAX(seq), COUNT(*) FROM embeddings").fetchone() == seq
    assert engine.places.position_counts().unread == 0
    assert engine.find(SearchRequest("place:lisbon")).ids.tolist() == [_id(engine, paths["Praça do Comércio"])]


def test_schema_step_8_keeps_the_words_of_an_old_library(tmp_path):
    from photoclip.core import schema
    from photoclip.core.library import Library

    db = tmp_path / "lib" / "library.sqlite3"
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    for step in schema.MIGRATIONS[:6]:
        for statement in schema.statements(step):
            conn.execute(statement)
    conn.execute("INSERT INTO folders(path, added_at) VALUES ('/p', 0)")
    conn.execute("INSERT INTO photos(folder_id, path, size, mtime_ns, status, indexed_at) "
                 "VALUES (1, '/p/a.jpg', 1, 1, 'ok', 0)")
    conn.execute("INSERT INTO photo_words(photo_id, path, sidecars, read_at) VALUES (1, '/p/a.jpg', '', 0)")
    conn.execute("INSERT INTO words_fts(rowid, name, folder, title, description, keywords, camera) "
                 "VALUES (1, 'a.jpg', 'p', '', '', 'grandma', '')")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    lib = Library(db.parent)
    try:
        assert lib.schema_version == len(schema.MIGRATIONS)
        rows = lib.db.execute("SELECT rowid, keywords, place FROM words_fts WHERE words_fts MATCH 'grandma'")
        assert [tuple(r) for r in rows] == [(1, "grandma", "")]
        lib.db.execute("DELETE FROM photo_words WHERE photo_id = 1")  # the trigger still follows the table
        assert lib.db.execute("SELECT COUNT(*) FROM words_fts").fetchone()[0] == 0
    finally:
        lib.close()


def test_cli_place_filter_reason_and_status(world, tiny_model_file, capsys):
    engine, paths, _root = world
    library = str(engine.library.folder)
    args = ["--library", library, "--model", TINY_MODEL, "--model-file", str(tiny_model_file)]
    assert main(["search", "--place", "kyoto", *args]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[0].endswith(str(paths["Kinkaku-ji"]))
    assert len(out.strip().splitlines()) == 1
    assert main(["search", "リスボン", *args]) == 0
    first = capsys.readouterr().out.strip().splitlines()[0]
    assert "place" in first.split()[1] and first.endswith("(place: Lisbon, Portugal)")
    assert main(["status", *args]) == 0
    assert f"Places:   {len(KNOWN_PLACES)} with a GPS position" in capsys.readouterr().out


def test_reading_positions_from_a_file_in_memory():
    buf = io.BytesIO()
    variant(3).save(buf, "JPEG", exif=gps_exif(-33.8568, 151.2153))
    pos = gps.from_image(Image.open(io.BytesIO(buf.getvalue())))
    assert pos == pytest.approx((-33.8568, 151.2153), abs=1e-6)
    assert np.isfinite(pos).all()


def test_the_gazetteer_is_consulted_outside_the_write_transaction(engine, tmp_path, monkeypatch):
    """Turning a position into its place may load the gazetteer (a second or more): that happens where the words
    are read, so another writer of the library (the app's query thread, a second process) never waits on it.
    Covered: new photos (listing), a changed photo (embedding pass), a sidecar added later (the catch-up)."""
    real = places.gazetteer
    writer_blocked: list[bool] = []
    one_probe = threading.Lock()  # reader threads look up at once: one probe must not find another's lock

    def watched() -> places.Gazetteer:
        with one_probe:
            other = sqlite3.connect(engine.library.db_path, timeout=0)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                writer_blocked.append(False)
            except sqlite3.OperationalError:  # "database is locked": the indexer holds the write lock
                writer_blocked.append(True)
            finally:
                other.close()
        return real()

    monkeypatch.setattr(places, "gazetteer", watched)
    root = tmp_path / "photos"
    lisbon = write_with_position(root / "lisbon.jpg", 1, 38.7076, -9.1365, "exif")
    write_with_position(root / "paris.jpg", 2, 48.8584, 2.2945, "embedded")
    plain = root / "plain.jpg"
    variant(3).save(plain, "JPEG")
    engine.index([root])
    assert writer_blocked and not any(writer_blocked)
    seen = len(writer_blocked)
    write_with_position(lisbon, 4, 41.8902, 12.4922, "exif")  # the same file now taken in Rome
    assert engine.index().updated == 1
    assert len(writer_blocked) > seen and not any(writer_blocked)
    seen = len(writer_blocked)
    Path(f"{plain}.xmp").write_text(xmp_packet(xmp_coord(35.0394, "N", "S"), xmp_coord(135.7292, "E", "W")))
    assert engine.index().words_read == 1
    assert len(writer_blocked) > seen and not any(writer_blocked)
    where = engine.places.of_photos([_id(engine, lisbon), _id(engine, plain)])
    assert [where[_id(engine, p)].label.split(",")[0] for p in (lisbon, plain)] == ["Rome", "Kyoto"]


def test_words_with_a_position_are_stored_only_once_located(engine):
    from photoclip.core import word_index
    from photoclip.core.library import PhotoFields
    from photoclip.core.photo_words import PhotoWords

    lib = engine.library
    folder = lib.add_folder(Path(lib.folder))
    pid = lib.upsert_photo(PhotoFields(f"{lib.folder}/x.jpg", folder.id, 1, 1, "h", "ok"))
    with pytest.raises(ValueError, match="locate"):
        word_index.store(lib, pid, f"{lib.folder}/x.jpg", PhotoWords(name="x.jpg", position=(38.7076, -9.1365)))
    word_index.store(lib, pid, f"{lib.folder}/x.jpg",
                     word_index.locate(PhotoWords(name="x.jpg", position=(38.7076, -9.1365))))
    assert engine.places.of_photo(pid).label == "Lisbon, Portugal"
