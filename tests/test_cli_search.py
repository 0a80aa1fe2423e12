"""`photoclip search` as a user runs it: the cut-off it prints, --all, words, filters as flags and in the text,
sort by date; over a real library (controlled vectors, or real photos indexed with the tiny model)."""

from __future__ import annotations

import json
import os
import time
from datetime import datetime

import numpy as np
import pytest

from photoclip.cli import main
from tests.photos import write_photos
from tests.test_find import QUERY, TINY, Lib, _unit, near
from tests.test_photo_words import xmp


def paths(out: str) -> list[str]:
    return [line.split("  ")[-1].strip() for line in out.strip().splitlines()]


@pytest.fixture
def run(tmp_path, tiny_model_file, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--library", str(tmp_path / "library"), "--model", TINY,
                     "--model-file", str(tiny_model_file)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cut_off_no_good_matches_and_all(tmp_path, tiny_model_file, run):
    lib = Lib(tmp_path, tiny_model_file)
    rng = np.random.default_rng(11)
    q = lib.q()
    lib.add(_unit(rng.normal(size=(400, len(q)))))
    planted = lib.add(near(q, 3, rng), sub="bikes")
    lib.engine.close()

    code, out, err = run("search", QUERY)
    assert code == 0 and len(out.strip().splitlines()) == 3
    assert all("picture" in line and f"{os.sep}bikes{os.sep}" in line for line in out.splitlines())
    assert "Cut-off 0." in err and "median" in err and "400 weaker" in err and "--all" in err

    code, out, err = run("search", "a snowy mountain at dawn")
    assert code == 0 and out.startswith("No good matches.") and "--all" in out

    code, out, _ = run("search", "a snowy mountain at dawn", "--all", "--limit", "5")
    assert code == 0 and len(out.strip().splitlines()) == 5

    code, out, _ = run("search", QUERY, "--json")
    data = json.loads(out)
    assert [r["score"] for r in data["results"]] == sorted((r["score"] for r in data["results"]), reverse=True)
    assert {r["id"] for r in data["results"]} == set(planted) and data["weaker"] == 400
    assert data["cutoff"]["threshold"] > data["cutoff"]["median"] and data["results"][0]["why"] == ["picture"]

    code, out, _ = run("search", QUERY, "--folder", "nothing-like-this")
    assert code == 0 and out.strip() == "No photos found."


def test_words_filters_and_sort_from_the_command_line(tmp_path, run):
    photos = tmp_path / "photos"
    trip = write_photos(photos / "Lisbon trip", 4)
    home = write_photos(photos / "home", 4, start=10)
    for n, p in enumerate(trip + home):  # no EXIF date in these files: their own date stands in
        t = time.mktime((2022, 1 + n, 15, 12, 0, 0, 0, 0, -1))
        os.utime(p, (t, t))
    (photos / "home" / "photo_0011.xmp").write_bytes(xmp(keywords=("Grandma",)))
    assert run("index", str(photos))[0] == 0

    code, out, _ = run("search", "grandma", "--limit", "1")
    assert code == 0 and "keyword" in out and "photo_0011.jpg" in out

    code, out, _ = run("search", "--folder", "lisbon")  # a filter alone lists its photos, newest first
    assert paths(out) == [str(p) for p in reversed(trip)]
    code, out, _ = run("search", "folder:lisbon", "--sort", "oldest")
    assert paths(out) == [str(p) for p in trip]
    code, out, _ = run("search", "a", "cat", "--folder", str(photos / "home"), "--sort", "newest")
    assert paths(out) == [str(p) for p in reversed(home)]

    code, out, _ = run("search", "--after", "2022-03", "--before", "2022-05")
    assert sorted(paths(out)) == [str(trip[2]), str(trip[3])]
    code, out, _ = run("search", "date:2022-07..2022-08")
    assert sorted(paths(out)) == [str(home[2]), str(home[3])]

    from photoclip.core.library import Library

    with Library(tmp_path / "library") as lib:
        now = datetime.now().timestamp()
        lib.db.execute("INSERT INTO label_sets(name, created_at, updated_at) VALUES ('People', ?, ?)", (now, now))
        lib.db.execute("INSERT INTO labels(set_id, name) VALUES (1, 'Aunt Rosa')")
        pid = lib.photo_by_path(home[0]).id
        lib.db.execute("INSERT INTO tag_decisions VALUES (?, 1, 1, ?)", (pid, now))
    code, out, _ = run("search", "--tag", "aunt rosa")
    assert paths(out) == [str(home[0])]
    code, out, _ = run("search", 'tag:"People/Aunt Rosa"', "--limit", "50")
    assert paths(out) == [str(home[0])]
    code, out, _ = run("search", "aunt rosa", "--limit", "1")
    assert "tag" in out and str(home[0]) in out

    code, _, err = run("search", "--after", "someday")
    assert code != 0 and "not a date" in err
