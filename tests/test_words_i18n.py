"""Words in every script: real photos carrying Japanese, Chinese, Turkish and Hindi keywords and titles (XMP inside
the photo and in sidecars) and file names, indexed for real and found by part of a CJK word, by any case of a
Turkish word, and by Hindi typed with or without nukta and joiners; through `find()` with why each matched, and
through the CLI. Also: a library from before the folding is read again by the words catch-up."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from photoclip.cli import main
from photoclip.core import schema, text_folding, word_index
from photoclip.core.engine import Engine
from photoclip.core.find import REASON_KEYWORD, REASON_NAME, REASON_PICTURE, SearchRequest
from tests.test_photo_words import write_jpeg, xmp

TINY = "photoclip-tiny"
ZWJ, ZWNJ = "\u200d", "\u200c"


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    root = tmp_path / "写真"
    files = {
        # Japanese: a keyword and a title embedded in the photo's XMP.
        "tokyo": write_jpeg(root / "旅行" / "IMG_0001.jpg", 1,
                            xmp_packet=xmp(keywords=("東京駅", "夜景"), title="丸の内の夕暮れ")),
        # Chinese: a keyword in a sidecar (photo.xmp).
        "wall": write_jpeg(root / "旅行" / "IMG_0002.jpg", 2),
        # Turkish: keywords in a sidecar (photo.jpg.xmp) with dotted capital İ and dotless ı.
        "istanbul": write_jpeg(root / "gezi" / "IMG_0003.jpg", 3),
        # Hindi: a keyword written with the precomposed nukta letter (U+095B) and a virama, in the photo's XMP.
        "hindi": write_jpeg(root / "gezi" / "IMG_0004.jpg", 4,
                            xmp_packet=xmp(keywords=("\u095bमीन", "सूर्यास्त"))),
        # File names in each script.
        "named_ja": write_jpeg(root / "旅行" / "京都の紅葉2023.jpg", 5),
        "named_zh": write_jpeg(root / "旅行" / "长城日出.jpg", 6),
        "named_tr": write_jpeg(root / "gezi" / "ISPARTA_ılıca.jpg", 7),
        "named_hi": write_jpeg(root / "gezi" / "ताज महल.jpg", 8),
        "plain": write_jpeg(root / "gezi" / "plain.jpg", 9),
    }
    (root / "旅行" / "IMG_0002.xmp").write_bytes(xmp(keywords=("故宫博物院", "长城")))
    (root / "gezi" / "IMG_0003.jpg.xmp").write_bytes(xmp(keywords=("İstanbul", "Kız Kulesi"), title="Boğaz"))
    return files


@pytest.fixture
def indexed(tmp_path: Path, photos: dict[str, Path], tiny_model_file: Path):
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        report = e.index([photos["plain"].parents[1]])
        assert not report.skipped
        yield e
    finally:
        e.close()


def found(e: Engine, text: str) -> dict[str, int]:
    """Photos found by their words (name, keyword) with why; CLIP's ranking of the rest left out."""
    r = e.find(SearchRequest(text))
    recs = e.library.photos(r.ids.tolist())
    return {os.path.basename(recs[int(i)].path): int(b) & ~REASON_PICTURE
            for i, b in zip(r.ids, r.reasons, strict=True) if int(b) & ~REASON_PICTURE}


def test_folding_and_tokens():
    # Turkish: every spelling of İstanbul folds alike, and dotless ı as i.
    assert {text_folding.fold(w) for w in ("İstanbul", "istanbul", "ISTANBUL", "Istanbul", "ıstanbul")} == {"istanbul"}
    # Hindi: the precomposed nukta letter, the decomposed one and none at all fold alike; joiners are dropped; the
    # word keeps its vowel signs (Python's \w and SQLite's default unicode61 both cut it at each one).
    assert text_folding.fold("\u095bमीन") == text_folding.fold("ज\u093cमीन") == text_folding.fold("जमीन")
    assert text_folding.fold(f"सूर्{ZWJ}यास्त") == text_folding.fold("सूर्यास्त")
    assert text_folding.words("ताज महल की तस्वीर") == ["ताज", "महल", "की", "तस्वीर"]
    assert text_folding.index_form("東京駅 Straße") == "東京 京駅 駅 strasse"


def test_unicode61_alone_would_lose_hindi_vowels():
    """Why the word index counts marks as letters: the default unicode61 drops the vowel signs (and cuts the word
    there), so "तस्वार", another vowel, would find "तस्वीर"."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE plain USING fts5(a, tokenize = 'unicode61')")
    db.execute("CREATE VIRTUAL TABLE marks USING fts5(a, tokenize = \"unicode61 categories 'L* N* Co M*'\")")
    for t in ("plain", "marks"):
        db.execute(f"INSERT INTO {t} VALUES ('तस्वीर')")
    assert db.execute("SELECT COUNT(*) FROM plain WHERE plain MATCH '\"तस्वार\"'").fetchone()[0] == 1
    assert db.execute("SELECT COUNT(*) FROM marks WHERE marks MATCH '\"तस्वार\"'").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM marks WHERE marks MATCH '\"तस्वीर\"'").fetchone()[0] == 1


@pytest.mark.parametrize(("query", "photo", "why"), [
    ("東京", "IMG_0001.jpg", REASON_KEYWORD),  # a part of the keyword 東京駅
    ("京駅", "IMG_0001.jpg", REASON_KEYWORD),  # its other part
    ("夕暮れ", "IMG_0001.jpg", REASON_KEYWORD),  # a part of the title
    ("故宫", "IMG_0002.jpg", REASON_KEYWORD),  # Chinese, from the sidecar
    ("博物院", "IMG_0002.jpg", REASON_KEYWORD),
    ("紅葉", "京都の紅葉2023.jpg", REASON_NAME),  # a part of a Japanese file name
    ("京都", "京都の紅葉2023.jpg", REASON_NAME),
    ("长城", "长城日出.jpg", REASON_NAME | REASON_KEYWORD),  # the Chinese name, and the sidecar keyword of another
    ("日出", "长城日出.jpg", REASON_NAME),
    ("istanbul", "IMG_0003.jpg", REASON_KEYWORD),
    ("İstanbul", "IMG_0003.jpg", REASON_KEYWORD),
    ("ISTANBUL", "IMG_0003.jpg", REASON_KEYWORD),
    ("Istanbul", "IMG_0003.jpg", REASON_KEYWORD),
    ("KIZ kulesi", "IMG_0003.jpg", REASON_KEYWORD),  # dotless ı typed as I
    ("bogaz", "IMG_0003.jpg", REASON_KEYWORD),  # ğ typed without its breve
    ("ılıca", "ISPARTA_ılıca.jpg", REASON_NAME),
    ("ILICA isparta", "ISPARTA_ılıca.jpg", REASON_NAME),
    ("ज़मीन", "IMG_0004.jpg", REASON_KEYWORD),  # nukta typed as two characters
    ("जमीन", "IMG_0004.jpg", REASON_KEYWORD),  # nukta left out
    (f"सूर्{ZWNJ}यास्त", "IMG_0004.jpg", REASON_KEYWORD),  # a joiner from the keyboard
    ("महल", "ताज महल.jpg", REASON_NAME),
])
def test_found_by_part_or_any_case_with_why(indexed, query, photo, why):
    hits = found(indexed, query)
    assert photo in hits, (query, hits)
    if why == REASON_NAME | REASON_KEYWORD:
        assert hits[photo] == REASON_NAME and hits["IMG_0002.jpg"] == REASON_KEYWORD
    else:
        assert hits == {photo: why}, query


def test_what_does_not_match(indexed):
    assert found(indexed, "駅東") == {}  # the characters, in another order
    assert found(indexed, "सरयसत") == {}  # Hindi without its vowel signs is another word
    assert found(indexed, "istanbul -kulesi") == {}  # a negative word, folded too
    assert set(found(indexed, "京")) == {"IMG_0001.jpg", "京都の紅葉2023.jpg"}  # one kanji is a word


def test_cli_search_prints_matches_in_any_script(indexed, photos, tiny_model_file, capsys):
    args = ["--library", str(indexed.library.folder), "--model", TINY, "--model-file", str(tiny_model_file)]
    for query, path, why in (("東京", photos["tokyo"], "keyword"), ("ISTANBUL", photos["istanbul"], "keyword"),
                             ("紅葉", photos["named_ja"], "name"), ("जमीन", photos["hindi"], "keyword")):
        assert main(["search", query, *args]) == 0
        out = capsys.readouterr().out
        first = out.strip().splitlines()[0]
        assert first.endswith(str(path)) and why in first.split()[1].split(","), (query, out)


def test_a_library_from_before_folding_is_read_again(tmp_path, photos, tiny_model_file):
    """Schema step 11 on a library whose words were stored as written: English search keeps working at once; the
    next index run reads every photo's words again (nothing re-embedded) and CJK parts, Turkish and Hindi match."""
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        e.index([photos["plain"].parents[1]])
        seq = e.library.db.execute("SELECT MAX(seq), COUNT(*) FROM embeddings").fetchone()
        n = e.library.db.execute("SELECT COUNT(*) FROM photos").fetchone()[0]
    finally:
        e.close()
    # Make it what a library of schema 10 held: words as written, place names as written, version 10.
    db = sqlite3.connect(tmp_path / "library" / "library.sqlite3")
    rows = db.execute("SELECT p.id, p.path FROM photos AS p").fetchall()
    db.execute("DROP TABLE words_fts")
    db.execute("CREATE VIRTUAL TABLE words_fts USING fts5(name, folder, title, description, keywords, camera, place,"
               " tokenize = 'porter unicode61 remove_diacritics 2')")
    for pid, path in rows:
        db.execute("INSERT INTO words_fts(rowid, name, keywords) VALUES (?, ?, ?)",
                   (pid, os.path.basename(path), "İstanbul\nplain words" if "0003" in path else ""))
    db.execute("DROP TABLE place_names_fts")
    db.execute("CREATE VIRTUAL TABLE place_names_fts USING fts5(names, content = 'place_names', "
               "content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2')")
    db.execute("PRAGMA user_version = 10")
    db.commit()
    db.close()
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        assert e.library.schema_version == len(schema.MIGRATIONS)
        assert "IMG_0003.jpg" in found(e, "plain words")  # the old words still answer before the catch-up
        assert found(e, "東京") == {}
        report = e.index()
        assert (report.added, report.updated, report.words_read) == (0, 0, n)
        assert e.library.db.execute("SELECT MAX(seq), COUNT(*) FROM embeddings").fetchone() == seq
        assert found(e, "東京") == {"IMG_0001.jpg": REASON_KEYWORD}
        assert found(e, "ISTANBUL") == {"IMG_0003.jpg": REASON_KEYWORD}
        assert "IMG_0003.jpg" not in found(e, "plain words")  # what the file says now, not the old row
        assert e.index().words_read == 0
        stored = word_index.words_of(e.library, e.library.photo_by_path(photos["tokyo"]).id)
        assert stored is not None and "東京 京駅 駅" in stored.keywords
    finally:
        e.close()


def test_the_stored_combining_marks_are_this_pythons() -> None:
    """The marks `text_folding` counts as part of a word are stored per Unicode version (listing them cost a first
    search ~30-60 ms): for the running Python's version, what is stored is what `unicodedata` lists."""
    import unicodedata

    from photoclip.core import unicode_marks

    if unicodedata.unidata_version in unicode_marks._STORED:
        assert unicode_marks._parse(unicode_marks._STORED[unicodedata.unidata_version]) == unicode_marks.listed()
    assert unicode_marks.spans() == unicode_marks.listed()
