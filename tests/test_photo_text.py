"""Text in photos: real photographs with signs rendered onto them, read by the real RapidOCR models, kept by the
text pass in a real library and found by the real search (core and command line)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from photoclip.cli import main
from photoclip.core import text_index, text_pass
from photoclip.core.engine import Engine
from photoclip.core.find import REASON_TEXT, SearchRequest
from photoclip.core.library import Library
from photoclip.core.models import TINY_MODEL
from photoclip.core.photo_text import PhotoText, TextReader, shared_reader
from tests.text_photos import Sign, draw, have_font, photo, save

SIZE = (1200, 900)
needs_cjk = pytest.mark.skipif(not (have_font("cjk-sans") and have_font("cjk-serif")),
                               reason="no CJK font (apt-get install fonts-noto-cjk)")


def write_sign(path: Path, base: str, sign: Sign | None, orientation: int | None = None) -> Path:
    img = photo(base, SIZE)
    return save(draw(img, sign) if sign else img, path, orientation)


class CountingReader:
    """The real reader, counting the photos it reads (to see what a resumed pass reads again)."""

    def __init__(self) -> None:
        self.inner = shared_reader()
        self.paths: list[str] = []

    def __call__(self) -> CountingReader:
        return self

    def read(self, path: str) -> PhotoText:
        self.paths.append(str(path))
        return self.inner.read(path)


@pytest.fixture(scope="module")
def read_library(tmp_path_factory: pytest.TempPathFactory, tiny_model_file: Path) -> tuple[Engine, dict[str, int]]:
    """A library of signs in three scripts (one photo stored sideways with an EXIF orientation, one sign upside
    down) and photos without text, indexed and read once for the tests below."""
    root = tmp_path_factory.mktemp("text-library")
    photos = root / "photos"
    write_sign(photos / "cafe.jpg", "coffee", Sign(("Café Lisboa", "İSTANBUL Çarşı 42")), orientation=6)
    write_sign(photos / "menu.jpg", "astronaut", Sign(("Günaydın Crème brûlée",), "serif", 0.045,
                                                       where=(0.3, 0.7)))
    if have_font("cjk-sans"):
        write_sign(photos / "station.jpg", "rocket", Sign(("東京駅 八重洲口",), "cjk-sans", 0.06))
        write_sign(photos / "library.jpg", "chelsea", Sign(("北京大学图书馆",), "cjk-serif", 0.06, angle=180))
    for base in ("brick", "hubble_deep_field", "immunohistochemistry"):
        write_sign(photos / f"plain-{base}.jpg", base, None)
    engine = Engine(root / "library", model=TINY_MODEL, model_file=tiny_model_file)
    engine.index([photos])
    report = engine.read_photo_text()
    assert report.read == len(list(photos.iterdir())) and not report.failed and not report.cancelled
    ids = {Path(p.path).stem: p.id for p in engine.library.ok_photos()}
    yield engine, ids
    engine.close()


def found(engine: Engine, query: str) -> dict[int, tuple[str, ...]]:
    """The photos a search found by their text, with the words that matched."""
    r = engine.find(SearchRequest(query))
    return {pid: r.text_words.get(pid, ()) for pid, bits in zip(r.ids.tolist(), r.reasons.tolist(), strict=True)
            if bits & REASON_TEXT}


def test_text_is_read_upright_and_photos_without_text_get_none(read_library):
    engine, ids = read_library
    # Stored sideways (EXIF orientation 6): read the right way up.
    assert "Café Lisboa" in engine.photo_text(ids["cafe"]).splitlines()
    assert "Crème" in engine.photo_text(ids["menu"])
    for base in ("brick", "hubble_deep_field", "immunohistochemistry"):
        assert engine.photo_text(ids[f"plain-{base}"]) == ""
    assert engine.text_counts() == (len(ids), len(ids))
    # Nothing is left to read: a second pass reads nothing.
    assert engine.read_photo_text().read == 0


@pytest.mark.parametrize(("query", "photo", "word"), [
    ("Lisb", "cafe", "Lisboa"),  # a prefix
    ("cafe lisboa", "cafe", "Café"),  # accents and case do not matter
    ("istanbul", "cafe", "İSTANBUL"),  # Turkish dotted capital I
    ("carsi", "cafe", "Çarşı"),
    ("creme brulee", "menu", "Crème"),
    ("the receipt from Café Lisboa", "cafe", "Lisboa"),  # half the longer words are enough
])
def test_search_finds_latin_words_written_in_photos(read_library, query, photo, word):
    engine, ids = read_library
    hits = found(engine, query)
    # Compared folded: the recogniser may read a capital İ as i, which is the same word to a search.
    assert ids[photo] in hits and text_index.fold(word) in {text_index.fold(w) for w in hits[ids[photo]]}
    assert not any(ids[k] in hits for k in ids if k.startswith("plain-"))


@needs_cjk
@pytest.mark.parametrize(("query", "photo"), [
    ("東京", "station"), ("東京駅", "station"), ("駅", "station"), ("八重洲", "station"),
    ("北京", "library"), ("图书馆", "library"), ("大学", "library"),  # the last one written upside down
])
def test_search_finds_cjk_text_by_any_part(read_library, query, photo):
    engine, ids = read_library
    hits = found(engine, query)
    assert list(hits) == [ids[photo]]


def test_words_not_written_find_nothing_and_a_sentence_is_not_matched_by_its_small_words(read_library):
    engine, _ids = read_library
    assert found(engine, "Porto") == {}
    assert found(engine, "a dog on the beach") == {}
    assert found(engine, "Lisboa -istanbul") == {}  # a negative word written in the photo excludes it


def test_an_edited_photo_is_read_again(tmp_path, engine):
    photos = tmp_path / "photos"
    sign = write_sign(photos / "sign.jpg", "coffee", Sign(("Rua Augusta",)))
    write_sign(photos / "copy.jpg", "coffee", Sign(("Rua Augusta",)))  # the same bytes: read once
    engine.index([photos])
    first = engine.read_photo_text()
    assert (first.read, first.copied) == (2, 1)
    pid = engine.library.photo_by_path(sign).id
    assert "Rua Augusta" in engine.photo_text(pid)
    time.sleep(0.01)
    write_sign(sign, "coffee", Sign(("Praça do Comércio",)))
    engine.index([photos])
    assert engine.photo_text(pid) is None  # stale until read again
    again = engine.read_photo_text()
    assert again.read == 1 and again.copied == 0
    assert "Comércio" in engine.photo_text(pid)
    assert pid in found(engine, "comercio") and pid not in found(engine, "augusta")


def _plain_library(tmp_path: Path, engine: Engine, n: int) -> list[Path]:
    bases = ("brick", "hubble_deep_field", "immunohistochemistry", "grass", "gravel", "cat")
    paths = [write_sign(tmp_path / "photos" / f"p{i}.jpg", bases[i % len(bases)], None) for i in range(n)]
    engine.index([tmp_path / "photos"])
    return paths


def test_a_crash_mid_pass_resumes_where_it_stopped(tmp_path, engine):
    _plain_library(tmp_path, engine, 4)
    reader = CountingReader()

    class Crash(Exception):
        pass

    def die_after_two(p: text_pass.TextProgress) -> None:
        if p.done == 2:
            raise Crash  # the process dies right after the second photo was stored

    with pytest.raises(Crash):
        text_pass.run_text_pass(engine.library, reader=reader, progress=die_after_two)
    first = list(reader.paths)
    # A fresh process: the library as the crash left it.
    with Library(engine.library.folder) as lib:
        assert len(text_pass.todo(lib)) == 2
        report = text_pass.run_text_pass(lib, reader=reader)
    assert report.read == 2
    again = reader.paths[len(first):]
    done_before = set(first[:2])
    assert not done_before & set(again)  # nothing stored before the crash is read again


def test_the_pass_can_be_paused_and_cancelled(tmp_path, engine):
    _plain_library(tmp_path, engine, 4)
    shared_reader()  # loaded up front, so the pause below is not hidden behind the models loading
    pause, cancel = threading.Event(), threading.Event()
    pause.set()
    seen: list[text_pass.TextProgress] = []
    result: list[text_pass.TextReport] = []
    library_dir = engine.library.folder

    def work() -> None:
        with Library(library_dir) as lib:
            result.append(text_pass.run_text_pass(lib, progress=seen.append, pause=pause, cancel=cancel))

    t = threading.Thread(target=work)
    t.start()
    time.sleep(1.0)
    assert [p.done for p in seen] == [0]  # paused: nothing read
    pause.clear()
    deadline = time.monotonic() + 60
    while not any(p.done >= 1 for p in seen) and time.monotonic() < deadline:
        time.sleep(0.02)
    cancel.set()
    t.join(60)
    assert result and result[0].cancelled and 1 <= result[0].read < 4 and result[0].paused_s >= 0.9
    assert len(text_pass.todo(engine.library)) == 4 - result[0].read


def test_reading_text_is_a_library_setting(tmp_path, engine):
    assert engine.read_text is text_pass.DEFAULT_ENABLED is False
    engine.read_text = True
    assert engine.read_text and engine.library.get_setting(text_pass.SETTING) == "on"
    engine.read_text = False
    assert not engine.read_text and engine.library.get_setting(text_pass.SETTING) == "off"


def test_index_search_text_and_status_from_the_command_line(tmp_path, tiny_model_file, capsys):
    photos = tmp_path / "photos"
    cafe = write_sign(photos / "cafe.jpg", "coffee", Sign(("Café Lisboa",)))
    plain = write_sign(photos / "plain.jpg", "brick", None)
    opts = ["--library", str(tmp_path / "library"), "--model", TINY_MODEL, "--model-file", str(tiny_model_file)]

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, *opts])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = run("index", str(photos), "--quiet", "--text", "on")
    assert code == 0 and "Text: read 2 photo(s), 1 with text" in out
    code, out, _ = run("search", "lisb")
    line = next(x for x in out.splitlines() if x.rstrip().endswith("(text: Lisboa)"))
    assert "text in photo" in line and str(cafe) in line
    assert str(plain) not in " ".join(x for x in out.splitlines() if "text in photo" in x)
    code, out, _ = run("text", str(cafe))
    assert code == 0 and out.strip() == "Café Lisboa"
    code, out, err = run("text", str(plain))
    assert code == 0 and out == "" and "No text found" in err
    # A photo outside the library is read there and then; a file that is no photo says so.
    outside = write_sign(tmp_path / "elsewhere" / "porto.jpg", "chelsea", Sign(("Porto Ribeira",)))
    code, out, _ = run("text", str(outside), "--json")
    assert code == 0 and json.loads(out)["lines"] == ["Porto Ribeira"]
    (tmp_path / "elsewhere" / "broken.jpg").write_bytes(b"not a photo")
    code, out, err = run("text", str(tmp_path / "elsewhere" / "broken.jpg"))
    assert code != 0 and "cannot read" in err
    code, out, _ = run("status")
    assert "text read in 2 of 2 photos" in out
    code, out, _ = run("index", "--quiet", "--text", "off")
    code, out, _ = run("status")
    assert "reading text is off" in out


def test_reader_keeps_no_noise_from_textures():
    # A texture the detector takes for text at first look is read, and what comes out is not kept as words.
    reader = TextReader()
    assert reader.recognise(photo("coffee", (600, 400))).lines == ()


def test_index_form_and_terms():
    assert text_index.index_form("Café İSTANBUL 東京駅") == "cafe istanbul 東京 京駅 駅"
    assert [t.fts for t in text_index.terms("Lisb 東京 駅 q3")] == ['"lisb"*', '"東京"', '"駅"*', '"q3"']


HINDI = "ताज महल की तस्वीर"  # "a picture of the Taj Mahal": तस्वीर carries a virama and two vowel signs


def _library_with_text(folder: Path, texts: dict[str, str]) -> tuple[Library, dict[str, int]]:
    """A real library whose photos' text is stored directly (the recogniser reads no Devanagari: its 18,708
    characters hold none), through the same `text_index.store` the pass uses."""
    lib = Library(folder)
    ids = {}
    with lib.transaction():
        lib.db.execute("INSERT INTO folders(path, added_at) VALUES ('/p', 0)")
        for name, text in texts.items():
            cur = lib.db.execute("INSERT INTO photos(folder_id, path, size, mtime_ns, content_hash, status, "
                                 "indexed_at) VALUES (1, ?, 1, 1, ?, 'ok', 0)", (f"/p/{name}.jpg", f"h-{name}"))
            ids[name] = int(cur.lastrowid or 0)
            text_index.store(lib, ids[name], f"h-{name}", text, False)
    return lib, ids


def test_hindi_text_is_found_by_whole_words_and_prefixes_with_their_vowel_signs(tmp_path):
    lib, ids = _library_with_text(tmp_path / "library", {"taj": HINDI, "cafe": "Café Lisboa"})
    try:
        for query in ("तस्वीर", "तस्वी", "तसवीर", "महल", "ताज महल", "taj mahal तस्वीर"):  # virama typed or not
            assert text_index.match(lib, query).ids == [ids["taj"]], query
        assert text_index.match(lib, "तस्वीर").words == {ids["taj"]: ("तस्वीर",)}
        # Another vowel sign is another word: unicode61's default split "तस्वीर" at its signs, and this matched.
        for query in ("तस्वार", "महाल", "ताजा"):
            assert text_index.match(lib, query).ids == [], query
        assert text_index.match(lib, "lisb").ids == [ids["cafe"]]
    finally:
        lib.close()


def test_a_text_index_from_before_step_12_is_split_again(tmp_path):
    """Schema step 12 on a library whose text index cut Hindi words at their vowel signs: the same rows, split
    into whole words, with nothing read again."""
    from photoclip.core import schema

    lib, ids = _library_with_text(tmp_path / "library", {"taj": HINDI, "station": "東京駅 八重洲口"})
    lib.close()
    db = sqlite3.connect(tmp_path / "library" / "library.sqlite3")
    rows = db.execute("SELECT rowid, text FROM text_fts").fetchall()
    db.execute("DROP TRIGGER photo_text_gone")
    db.execute("DROP TABLE text_fts")
    db.execute("CREATE VIRTUAL TABLE text_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO text_fts(rowid, text) VALUES (?, ?)", rows)
    db.execute("CREATE TRIGGER photo_text_gone AFTER DELETE ON photo_text BEGIN "
               "DELETE FROM text_fts WHERE rowid = old.photo_id; END")
    db.execute("PRAGMA user_version = 11")  # before step 12 (the steps after it run again: they allow that)
    db.commit()
    # (the stored form is folded: the virama is gone, "तसवीर", which the old split made "तसव" + "र")
    assert db.execute("SELECT COUNT(*) FROM text_fts WHERE text_fts MATCH '\"तसवार\"'").fetchone()[0] == 1
    db.close()
    with Library(tmp_path / "library") as lib:
        assert lib.schema_version == len(schema.MIGRATIONS)
        assert text_index.match(lib, "तस्वार").ids == []
        assert text_index.match(lib, "तस्वी").ids == [ids["taj"]]
        assert text_index.match(lib, "東京").ids == [ids["station"]]
        assert lib.db.execute("SELECT read_at FROM photo_text WHERE photo_id = ?", (ids["taj"],)).fetchone()
        with lib.transaction():
            lib.db.execute("DELETE FROM photo_text WHERE photo_id = ?", (ids["taj"],))
        assert text_index.match(lib, "महल").ids == []  # the trigger came back with the table


def test_the_quantised_screen_passes_every_photo_the_full_look_sees_text_in(tmp_path):
    """The first look's 8-bit screen (resources/ocr) only saves work: on signs of every kind (small, at an angle,
    upside down, white on the photo, CJK) the first look finds the same lines with it as without, and photos
    without text stop at the screen."""
    from photoclip.core import imaging
    from photoclip.core.photo_text import LOOK_SIDE, look_model

    assert look_model() is not None  # shipped in the package's resources
    screened, full = TextReader(quantised_look=True), TextReader(quantised_look=False)
    assert screened.quantised_look and not full.quantised_look
    signs = [Sign(("Café Lisboa",)), Sign(("Receipt Total 42",), "serif", 0.03, where=(0.5, 0.6)),
             Sign(("İstanbul Çarşı",), "mono", 0.05, angle=15.0), Sign(("PARKING",), angle=180.0),
             Sign(("Straße Nord",), plate=None, ink=(255, 255, 255))]
    if have_font("cjk-sans"):
        signs.append(Sign(("東京駅 八重洲口",), "cjk-sans", 0.04, where=(0.1, 0.65)))
    bases = ("coffee", "astronaut", "rocket", "chelsea", "immunohistochemistry", "coffee")
    for k, sign in enumerate(signs):
        path = save(draw(photo(bases[k], (2400, 1800)), sign), tmp_path / f"sign-{k}.jpg")
        small = imaging.make_thumbnail(path, LOOK_SIDE)
        assert full.first_look(small), sign.lines
        assert screened.first_look(small) == full.first_look(small), sign.lines
    for base in ("brick", "grass", "gravel", "hubble_deep_field", "cat", "horse"):
        path = save(photo(base, (2400, 1800)), tmp_path / f"plain-{base}.jpg")
        small = imaging.make_thumbnail(path, LOOK_SIDE)
        assert screened.first_look(small) == [], base  # the screen's point: most photos stop there


def test_the_look_ahead_never_reads_a_copy(tmp_path, engine):
    """Copies take the text of the photo they copy: the look-ahead, which reads the next photo while this one is
    stored, passes over them, whether they copy the photo being read or one read before."""
    photos = tmp_path / "photos"
    original = write_sign(photos / "a.jpg", "coffee", Sign(("Rua Augusta",)))
    shutil.copyfile(original, photos / "b.jpg")  # a copy of the photo read just before it
    other = write_sign(photos / "c.jpg", "brick", None)
    shutil.copyfile(original, photos / "d.jpg")  # a copy of one read earlier
    shutil.copyfile(other, photos / "e.jpg")
    last = write_sign(photos / "f.jpg", "grass", None)
    engine.index([photos])
    assert [Path(p).name for _pid, p, _digest in text_pass.todo(engine.library)] == [
        "a.jpg", "b.jpg", "c.jpg", "d.jpg", "e.jpg", "f.jpg"]
    reader = CountingReader()
    report = text_pass.run_text_pass(engine.library, reader=reader)
    assert reader.paths == [str(original), str(other), str(last)]
    assert (report.read, report.copied, report.failed) == (6, 3, 0)
    assert "Rua Augusta" in engine.photo_text(engine.library.photo_by_path(photos / "b.jpg").id)
