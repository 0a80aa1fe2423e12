"""Nothing the user decided is lost: unreadable folders, batch renames and swaps, forgetting a parent folder, an
empty folder name, failures whose cause went away. Each case runs the real CLI over real photo files, and the photo
folders are hashed before and after: photoclip never changes them.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from photoclip.cli import main
from tests.photos import write_photo, write_photos

TINY = "photoclip-tiny"
# Root ignores file permissions; a child without these capabilities meets them as any user would.
NO_DAC = ["setpriv", "--inh-caps=-all", "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


def _can_drop_caps() -> bool:
    if sys.platform != "linux" or shutil.which("setpriv") is None:
        return False
    return subprocess.run([*NO_DAC, "true"], capture_output=True).returncode == 0


needs_permissions = pytest.mark.skipif(
    not (os.geteuid() != 0 or _can_drop_caps()),
    reason="running as root and setpriv cannot drop the capabilities that bypass file permissions")


@pytest.fixture
def cli(tmp_path, tiny_model_file, capsys):
    lib = tmp_path / "library"
    model = ["--library", str(lib), "--model", TINY, "--model-file", str(tiny_model_file)]

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, *model])
        out, err = capsys.readouterr()
        return code, out, err

    def child(*args: str) -> tuple[int, str, str]:
        """The CLI in a child process that file permissions apply to, as they do to a user."""
        prefix = NO_DAC if os.geteuid() == 0 else []
        done = subprocess.run([*prefix, sys.executable, "-m", "photoclip.cli", *args, *model],
                              capture_output=True, text=True, timeout=180, cwd=Path(__file__).parents[1])
        return done.returncode, done.stdout, done.stderr

    run.child = child  # type: ignore[attr-defined]
    return run


def content_multiset(folder: Path) -> list[str]:
    """The bytes of every file, whatever its name: a rename by the test keeps it, any write by photoclip does not."""
    return sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file())


def folder_digest(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            out[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture
def photos(tmp_path) -> Path:
    folder = tmp_path / "photos"
    folder.mkdir()
    return folder


def accepted_tags(cli, path: Path) -> list[str]:
    code, out, err = cli("tags", str(path), "--json")
    assert code == 0, err
    return sorted(f"{t['set']}:{t['label']}" for t in json.loads(out)["tags"] if t["decision"] is True)


def make_labels(cli, *labels: str) -> None:
    code, _, err = cli("labels", "add", "Things", *labels, "--multi")
    assert code == 0, err


@needs_permissions
def test_unreadable_folder_is_left_as_it_was_and_said_loudly(cli, photos):
    paths = write_photos(photos, 5)
    assert cli("index", str(photos))[0] == 0
    make_labels(cli, "cat")
    assert cli("tags", str(paths[0]), "--accept", "Things:cat")[0] == 0
    before = folder_digest(photos)

    photos.chmod(0)
    try:
        code, out, err = cli.child("index")
        assert code == 1, out + err
        assert "0 removed" in out and "Cannot read" in err and str(photos) in err and "Permission denied" in err
        code, out, _ = cli("status")
        assert "Photos:   5" in out and "Cannot be read" in out and "Permission denied" in out
        info = json.loads(cli("status", "--json")[1])
        assert info["photos"] == 5 and info["unreadable"][0]["path"] == str(photos)
    finally:
        photos.chmod(0o755)

    code, out, err = cli("index")
    assert code == 0 and "0 removed" in out and "5 unchanged" in out, out + err
    assert accepted_tags(cli, paths[0]) == ["Things:cat"]
    assert json.loads(cli("status", "--json")[1])["unreadable"] == []
    assert folder_digest(photos) == before


@needs_permissions
def test_unreadable_subfolder_keeps_its_photos_and_is_named(cli, photos):
    write_photos(photos, 2)
    sub = photos / "trip"
    kept = write_photos(sub, 3, start=2)
    locked_from_start = photos / "private"
    write_photos(locked_from_start, 2, start=5)
    before = folder_digest(photos)
    locked_from_start.chmod(0)
    try:
        code, out, err = cli.child("index", str(photos))
        assert code == 1 and "5 new" in out, out + err
        assert str(locked_from_start) in err  # never skipped without a word
        make_labels(cli, "rocket")
        assert cli("tags", str(kept[0]), "--accept", "Things:rocket")[0] == 0

        sub.chmod(0)
        code, out, err = cli.child("index")
        assert code == 1 and "0 removed" in out, out + err
        assert str(sub) in err and str(locked_from_start) in err
        status = cli("status")[1]
        assert str(sub) in status and str(locked_from_start) in status
    finally:
        sub.chmod(0o755)
        locked_from_start.chmod(0o755)
    code, out, _ = cli("index")
    assert code == 0 and "0 removed" in out and "2 new" in out  # the folder locked from the start, at last
    assert accepted_tags(cli, kept[0]) == ["Things:rocket"]
    assert folder_digest(photos) == before


def test_batch_renumbering_and_swaps_keep_tags_on_their_photos(cli, photos):
    names = {"cat": 1, "coffee": 2, "rocket": 3}
    paths = {label: write_photo(photos / f"IMG_{n}.jpg", n) for label, n in names.items()}
    other = write_photo(photos / "other.jpg", 7)
    assert cli("index", str(photos))[0] == 0
    before = content_multiset(photos)
    make_labels(cli, *names, "other")
    for label, p in paths.items():
        assert cli("tags", str(p), "--accept", f"Things:{label}")[0] == 0
    assert cli("tags", str(other), "--accept", "Things:other")[0] == 0
    content = {label: p.read_bytes() for label, p in paths.items()}

    # As batch renamers do: IMG_3 -> IMG_4, IMG_2 -> IMG_3, IMG_1 -> IMG_2.
    for a, b in ((3, 4), (2, 3), (1, 2)):
        (photos / f"IMG_{a}.jpg").rename(photos / f"IMG_{b}.jpg")
    code, out, err = cli("index")
    assert code == 0 and "3 moved or renamed" in out and "0 removed" in out and "0 new" in out, out + err
    for label, n in names.items():
        p = photos / f"IMG_{n + 1}.jpg"
        assert p.read_bytes() == content[label]
        assert accepted_tags(cli, p) == [f"Things:{label}"], label

    # A plain swap of two names.
    a, b, tmp = photos / "IMG_2.jpg", photos / "IMG_3.jpg", photos / "swap.tmp"
    a.rename(tmp)
    b.rename(a)
    tmp.rename(b)
    code, out, err = cli("index")
    assert code == 0 and "2 moved or renamed" in out and "0 removed" in out, out + err
    assert accepted_tags(cli, photos / "IMG_2.jpg") == ["Things:coffee"]
    assert accepted_tags(cli, photos / "IMG_3.jpg") == ["Things:cat"]
    assert accepted_tags(cli, other) == ["Things:other"]
    assert content_multiset(photos) == before  # the renames are the test's; photoclip wrote nothing

    # A photo overwritten by another's bytes, whose own bytes are nowhere: it leaves, the mover keeps its tags.
    shutil.copy2(photos / "IMG_4.jpg", photos / "IMG_2.jpg")
    (photos / "IMG_4.jpg").unlink()
    code, out, err = cli("index")
    assert code == 0 and "1 moved or renamed" in out and "1 removed" in out, out + err
    assert accepted_tags(cli, photos / "IMG_2.jpg") == ["Things:rocket"]

    # Edited in place (new bytes nobody else had): still itself.
    write_photo(photos / "IMG_3.jpg", 11)
    code, out, err = cli("index")
    assert code == 0 and "1 updated" in out, out + err
    assert accepted_tags(cli, photos / "IMG_3.jpg") == ["Things:cat"]


def test_forgetting_a_parent_keeps_photos_of_a_subfolder_still_in_the_library(cli, photos):
    write_photos(photos, 2)
    sub = photos / "kids"
    kids = write_photos(sub, 3, start=2)
    before = folder_digest(photos)
    assert cli("index", str(photos))[0] == 0
    assert cli("index", str(sub))[0] == 0
    make_labels(cli, "kid")
    assert cli("tags", str(kids[0]), "--accept", "Things:kid")[0] == 0

    code, out, _ = cli("folders", "--remove", str(photos))
    assert code == 0 and "2 photos" in out
    info = json.loads(cli("status", "--json")[1])
    assert info["photos"] == 3 and [f["path"] for f in info["folders"]] == [str(sub)]
    assert info["folders"][0]["photos"] == 3
    assert accepted_tags(cli, kids[0]) == ["Things:kid"]
    code, out, _ = cli("index")
    assert code == 0 and "3 unchanged" in out and "0 removed" in out
    assert folder_digest(photos) == before


def test_an_empty_folder_name_is_refused(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_photos(tmp_path / "here", 1)
    code, _, err = cli("index", "")
    assert code == 1 and "empty folder name" in err
    assert json.loads(cli("status", "--json")[1])["folders"] == []


@needs_permissions
def test_a_file_that_could_not_be_read_is_tried_again_once_it_can(cli, photos):
    paths = write_photos(photos, 3)
    before = folder_digest(photos)
    paths[1].chmod(0)
    try:
        code, out, err = cli.child("index", str(photos))
        assert "2 new" in out and "Permission denied" in out, out + err
    finally:
        paths[1].chmod(0o644)  # the permission is fixed; the file's size and date are not changed
    code, out, err = cli("index")
    assert code == 0 and "1 new" in out, out + err  # never indexed before: new now
    assert json.loads(cli("status", "--json")[1])["failed"] == 0
    assert folder_digest(photos) == before


def test_tags_come_back_with_the_bytes(cli, photos, tmp_path):
    """A photo that leaves the library (taken out of the folder, its folder forgotten, a move seen in two separate
    runs) keeps what the user decided under its content; the same bytes coming back get it again."""
    paths = write_photos(photos, 3)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert cli("index", str(photos))[0] == 0
    before = content_multiset(photos)
    make_labels(cli, "cat", "dog")
    assert cli("tags", str(paths[0]), "--accept", "Things:cat", "--reject", "Things:dog")[0] == 0

    paths[0].rename(elsewhere / paths[0].name)  # out of the library: removed...
    code, out, _ = cli("index")
    assert code == 0 and "1 removed" in out
    (elsewhere / paths[0].name).rename(paths[0])  # ...and back, as from the trash
    code, out, _ = cli("index")
    assert code == 0 and "1 new" in out
    code, out, _ = cli("tags", str(paths[0]), "--json")
    decided = {t["label"]: t["decision"] for t in json.loads(out)["tags"] if t["decision"] is not None}
    assert decided == {"cat": True, "dog": False}

    assert cli("folders", "--remove", str(photos))[0] == 0
    assert cli("index", str(photos))[0] == 0
    assert accepted_tags(cli, paths[0]) == ["Things:cat"]

    # Moved into another library folder, and each folder indexed on its own run (as the watcher may do).
    assert cli("index", str(elsewhere))[0] == 0
    moved = elsewhere / "moved.jpg"
    paths[0].rename(moved)
    assert "1 new" in cli("index", str(elsewhere))[1]
    assert "1 removed" in cli("index", str(photos))[1]
    assert accepted_tags(cli, moved) == ["Things:cat"]
    assert sorted(content_multiset(photos) + content_multiset(elsewhere)) == before


def test_offline_first_run_lists_photos_and_finds_them_by_words(tmp_path, tiny_model_file, capsys):
    """No model at all (the default model's weights not downloaded, offline): the photos are listed with their
    dates, sizes and words, found by a word search; the model, once there, embeds them without listing again."""
    photos = tmp_path / "photos"
    write_photos(photos, 3)
    write_photo(photos / "Lisbon tram.jpg", 5)
    (photos / "broken.jpg").write_bytes(b"not a photo at all")
    lib = ["--library", str(tmp_path / "lib")]
    code = main(["index", str(photos), *lib])
    err = capsys.readouterr().err
    assert code == 1 and "4 photo(s) are listed without the model" in err and "Traceback" not in err

    assert main(["status", "--json", *lib]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["photos"], info["indexed"], info["failed"]) == (5, 0, 1)
    assert info["failures"][0]["reason"] == "not an image (unrecognised format)"

    assert main(["search", "lisbon", "--json", *lib]) == 0
    out, err = capsys.readouterr()
    assert [r["path"] for r in json.loads(out)["results"]] == [str(photos / "Lisbon tram.jpg")]
    assert "searching by words only" in err
    assert main(["search", "--folder", "photos", *lib]) == 0  # browsing needs no model either
    assert len(capsys.readouterr().out.strip().splitlines()) == 4

    model = ["--model", TINY, "--model-file", str(tiny_model_file)]
    assert main(["index", *lib, *model]) == 0
    out = capsys.readouterr().out
    assert "4 new" in out and "0 updated" in out
    assert main(["status", "--json", *lib]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["photos"], info["indexed"]) == (5, 4)


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux file systems take names that are not UTF-8")
def test_a_name_that_is_not_utf8_is_named_and_the_rest_indexed(cli, photos):
    write_photos(photos, 2)
    raw = os.fsencode(photos) + b"/caf\xe9.jpg"  # Latin-1 bytes, as an old camera or a broken copy leaves them
    with open(raw, "wb") as f:
        f.write((photos / "photo_0000.jpg").read_bytes())
    code, out, err = cli("index", str(photos))
    assert code == 1 and "2 new" in out and "Traceback" not in err, out + err
    assert "caf\\xe9.jpg" in err and "not valid UTF-8" in err
    info = json.loads(cli("status", "--json")[1])
    assert info["photos"] == 2 and "caf\\xe9.jpg" in info["unreadable"][0]["path"]
