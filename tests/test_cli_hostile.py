"""Hostile and odd input through the real command line (issue 14): each case ends with one clear message, no
traceback and no hang, and nothing in the photo folders (or in a database photoclip did not make) changes."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from photoclip.cli import main
from photoclip.core import label_files
from tests.photos import png_header_claiming, snapshot, write_photos

TINY = "photoclip-tiny"
BOMB_LEVELS = "\n".join(
    f"{a}: &{a} [{', '.join([f'*{b}'] * 9)}]" for b, a in zip("abcdefgh", "bcdefghi", strict=True))
BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + BOMB_LEVELS + "\n"


@pytest.fixture
def cli(tmp_path, tiny_model_file, capsys):
    lib = tmp_path / "library"

    def run(*args: str, model: bool = True, library: Path | None = None) -> tuple[int, str, str]:
        extra = ["--library", str(library or lib)]
        if model:
            extra += ["--model", TINY, "--model-file", str(tiny_model_file)]
        code = main([*args, *extra])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    run.library = lib  # type: ignore[attr-defined]
    return run


@pytest.fixture
def indexed(cli, tmp_path):
    """A library over 6 photos, and the snapshot of their folder to compare with at the end."""
    photos = tmp_path / "photos"
    write_photos(photos, 6)
    code, _, _ = cli("index", str(photos), "--quiet")
    assert code == 0
    before = snapshot(photos)
    yield photos
    assert snapshot(photos) == before


def run_photoclip(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    return subprocess.run([sys.executable, "-c", "import sys; from photoclip.cli import main; sys.exit(main())",
                           *args], capture_output=True, text=True, timeout=timeout, env=env, **kwargs)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 6: label files -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("where", [
    "sets:\n  - name: Bomb\n    labels:\n      - name: x\n        prompts: *i\n",
    "sets:\n  - name: Bomb\n    labels:\n      - name: *i\n",
    "sets:\n  - name: *i\n    labels: [x]\n",
    "sets:\n  - name: Bomb\n    templates: *i\n    labels: [x]\n",
    "sets:\n  - name: Bomb\n    labels: *i\n",
    "sets: *i\n",
])
def test_yaml_alias_bombs_anywhere_are_refused_at_once(cli, tmp_path, where):
    f = tmp_path / "bomb.yaml"
    f.write_text(BOMB + where)
    start = time.perf_counter()
    code, _, err = cli("labels", "import", str(f), model=False)
    assert time.perf_counter() - start < 10  # was minutes and gigabytes
    assert code == 1 and "expands to more than a label-set file can hold" in err
    assert cli("labels", "list", "--json", model=False)[1].strip() == "[]"


@pytest.mark.parametrize(("text", "name", "message"), [
    ("a: &a [*a]\nsets: [{name: C, labels: *a}]\n", "self.yaml", "refers to itself"),
    ("[" * 100_000 + "]" * 100_000, "deep.yaml", "nested too deeply"),
    ("[" * 100_000 + "]" * 100_000, "deep.json", "nested too deeply"),
    ("sets:\n  - name: T\n    labels:\n      - name: x\n        threshold: [1]\n", "t.yaml",
     "the threshold of 'x' must be a number, not a list"),
    ("sets:\n  - name: T\n    labels:\n      - name: {a: 1}\n", "n.yaml", "the name of label 1 must be text"),
    ('{"sets": [{"name": "T", "labels": [{"name": "x", "prompts": {"a": 1}}]}]}', "p.json",
     "the prompts of 'x' must be text, not a mapping"),
    ("sets:\n  - name: T\n    apply_to_new: maybe\n    labels: [x]\n", "a.yaml",
     "apply_to_new must be true or false, not 'maybe'"),
])
def test_malformed_label_files_are_one_clear_line(cli, tmp_path, text, name, message):
    f = tmp_path / name
    f.write_text(text)
    code, _, err = cli("labels", "import", str(f), model=False)
    assert code == 1 and message in err and err.count("\n") == 1
    assert cli("labels", "list", "--json", model=False)[1].strip() == "[]"


def test_label_file_scalars_and_booleans_mean_what_they_say(cli, tmp_path):
    f = tmp_path / "sets.yaml"
    f.write_text('sets:\n  - name: Off\n    apply_to_new: "false"\n    labels:\n      - name: 2024\n'
                 '        prompts: 5\n  - name: On\n    apply_to_new: "yes"\n    labels: [x]\n')
    assert cli("labels", "import", str(f), model=False)[0] == 0
    sets = {s["name"]: s for s in yaml_sets(cli, tmp_path)}
    assert "apply_to_new" not in sets["Off"] and sets["On"]["apply_to_new"] is True
    assert sets["Off"]["labels"] == [{"name": "2024", "prompts": ["5"]}]


def yaml_sets(cli, tmp_path: Path) -> list[dict]:
    out = tmp_path / "out.json"
    assert cli("labels", "export", str(out), model=False)[0] == 0
    return json.loads(out.read_text())["sets"]


def test_importing_many_labels_is_linear(cli, tmp_path):
    # 20,000 labels took 71 s when each label re-read its set's positions; now one read for all (~2 s).
    f = tmp_path / "big.json"
    f.write_text(json.dumps({"sets": [{"name": "Big", "choice": "multi",
                                       "labels": [f"label {i}" for i in range(20_000)]}]}))
    start = time.perf_counter()
    code, out, _ = cli("labels", "import", str(f), model=False)
    assert code == 0 and "20000 label(s) added" in out
    assert time.perf_counter() - start < 20
    # A second import adds the new ones to the existing set, in order, also at once.
    f.write_text(json.dumps({"sets": [{"name": "Big", "labels": [f"label {i}" for i in range(20_000, 25_000)]}]}))
    start = time.perf_counter()
    assert "5000 label(s) added" in cli("labels", "import", str(f), model=False)[1]
    assert time.perf_counter() - start < 10
    labels = [lab if isinstance(lab, str) else lab["name"] for lab in yaml_sets(cli, tmp_path)[0]["labels"]]
    assert labels == [f"label {i}" for i in range(25_000)]


def test_label_file_limits_are_generous_for_real_files():
    # A real vocabulary with shared templates through an alias still loads.
    text = "t: &t ['a photo of {}.', 'a picture of {}.']\nsets:\n" + "".join(
        f"  - name: S{i}\n    templates: *t\n    labels: [{', '.join(f'l{j}' for j in range(200))}]\n"
        for i in range(50))
    sets = label_files.parse(text, "yaml")
    assert len(sets) == 50 and sets[49]["templates"] == ["a photo of {}.", "a picture of {}."]


def test_a_fifo_or_folder_as_label_file_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "sets.yaml"
    os.mkfifo(fifo)
    folder = tmp_path / "dir.json"
    folder.mkdir()
    for f in (fifo, folder):
        r = run_photoclip("labels", "import", str(f), "--library", str(tmp_path / "lib"), timeout=60)
        assert r.returncode == 1 and "is not a regular file" in r.stderr and "Traceback" not in r.stderr


# -- 12: label names --------------------------------------------------------------------------------------------------

def test_failed_labels_add_creates_nothing_and_unaddressable_set_names_are_refused(cli):
    code, _, err = cli("labels", "add", "Foo", "", model=False)
    assert code == 1 and "needs a name" in err
    code, _, err = cli("labels", "add", "Foo", "a", "A", model=False)
    assert code == 1 and "already has a label" in err
    for name in ("People/Family", "Trip:2023"):
        code, _, err = cli("labels", "add", name, "x", model=False)
        assert code == 1 and "cannot contain '/' or ':'" in err
    assert cli("labels", "list", "--json", model=False)[1].strip() == "[]"
    # A label may hold either: it is addressed by its whole name.
    assert cli("labels", "add", "Bands", "AC/DC", "a:b", model=False)[0] == 0


# -- 7: a database photoclip did not make ---------------------------------------------------------------------------

def foreign(folder: Path, *statements: str) -> Path:
    folder.mkdir(parents=True)
    db = folder / "library.sqlite3"
    conn = sqlite3.connect(db)
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()
    return db


@pytest.mark.parametrize("statements", [
    ("CREATE TABLE notes (x)", "INSERT INTO notes VALUES (1)"),
    ("CREATE TABLE photos (x)", "PRAGMA user_version = 1"),  # a name of ours, a version, but not our tables
    ("PRAGMA application_id = 1234",),  # empty, but another program's
])
def test_a_database_photoclip_did_not_make_is_never_written(cli, tmp_path, statements):
    db = foreign(tmp_path / "other", *statements)
    before = digest(db), sorted(os.listdir(db.parent))
    for command in (("status",), ("index", str(tmp_path)), ("labels", "list")):
        code, _, err = cli(*command, model=False, library=db.parent)
        assert code == 1 and "is not a photoclip library" in err and "Nothing was changed" in err
    assert (digest(db), sorted(os.listdir(db.parent))) == before
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_library_option_naming_a_file_is_refused(cli, tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("mine")
    code, _, err = cli("status", model=False, library=f)
    assert code == 1 and "a file of that name is in the way" in err and f.read_text() == "mine"


def test_a_library_from_before_the_application_id_is_recognised_and_stamped(cli, tmp_path):
    assert cli("status", model=False)[0] == 0
    db = cli.library / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    assert cli("status", model=False)[0] == 0
    assert sqlite3.connect(db).execute("PRAGMA application_id").fetchone()[0] != 0


# -- 8: moving duplicates into the library's own folder ---------------------------------------------------------------

def test_move_others_into_the_library_folder_is_refused(cli, tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos, 3)
    shutil.copy(photos / "photo_0001.jpg", photos / "copy.jpg")
    assert cli("index", str(photos), "--quiet")[0] == 0
    before = snapshot(photos)
    for dest in (cli.library, cli.library / "moved"):
        code, _, err = cli("duplicates", "--strength", "identical", "--move-others", str(dest), "--yes")
        assert code == 1 and "photoclip's own library folder" in err
    assert snapshot(photos) == before and not (cli.library / "moved").exists()
    assert not (cli.library / "copy.jpg").exists() and not (cli.library / "photo_0001.jpg").exists()
    # Outside it, the same move works.
    assert cli("duplicates", "--strength", "identical", "--move-others", str(tmp_path / "out"), "--yes")[0] == 0


# -- 9: numbers, ids, closed pipes, FIFOs ---------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "message"), [
    (("search", "--like", "99999999999999999999"), "out of range"),
    (("search", "cat", "--limit", "0"), "out of range"),
    (("search", "cat", "--limit", "-5"), "out of range"),
    (("index", "--threads", "0"), "out of range"),
    (("index", "--batch-size", "0"), "out of range"),
    (("index", "--workers", "-1"), "out of range"),
    (("duplicates", "--threshold", "nan"), "not a usable number"),
    (("tag", "S", "--ids", "0"), "out of range"),
    (("labels", "show", "S", "--limit", "-1"), "out of range"),
    (("labels", "add", "S", "--threshold", "inf"), "not a usable number"),
])
def test_numbers_out_of_range_are_argument_errors(cli, args, message):
    with pytest.raises(SystemExit) as e:
        cli(*args)
    assert e.value.code == 2


def test_ids_too_large_for_sqlite_name_no_photo(cli, indexed):
    huge = "99999999999999999999"
    code, _, err = cli("duplicates", "--strength", "identical", "--keep", huge)
    assert code in (0, 1)  # no groups here: nothing to keep; never an OverflowError
    code, _, err = cli("tags", huge, model=False)
    assert code == 1 and "is not a photo in the library" in err


@pytest.mark.parametrize("command", [("status",), ("search", "a photo", "--json")])
def test_a_closed_stdout_ends_quietly(indexed, cli, tiny_model_file, command):
    args = [*command, "--library", str(cli.library), "--model", TINY, "--model-file", str(tiny_model_file)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    p = subprocess.Popen([sys.executable, "-c", "import sys; from photoclip.cli import main; sys.exit(main())",
                          *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()  # `| head -0`: the reader is gone before anything is written
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 1
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_fifo_folder_or_device_as_query_image_is_refused_without_blocking(indexed, cli, tiny_model_file, tmp_path):
    fifo = tmp_path / "query.jpg"
    os.mkfifo(fifo)
    for path, what in ((fifo, "named pipe"), (tmp_path, "folder"), (Path("/dev/zero"), "device")):
        r = run_photoclip("search", "--image", str(path), "--library", str(cli.library), "--model", TINY,
                          "--model-file", str(tiny_model_file), timeout=120)
        assert r.returncode == 1 and what in r.stderr and "Traceback" not in r.stderr


# -- 10, 11: dates, filters not understood, negatives ---------------------------------------------------------------

def test_dates_over_the_whole_calendar(cli, indexed):
    for args in (("--after", "0001"), ("--before", "9999"), ("date:0001..9999",), ("after:0001",)):
        code, out, err = cli("search", *args)
        assert code == 0 and len(out.strip().splitlines()) == 6, (args, err)
    code, out, _ = cli("search", "--before", "0002")
    assert code == 0 and "No photos found" in out
    code, _, err = cli("search", "--after", "0000")
    assert code == 1 and "years go from 0001 to 9999" in err


def test_a_typed_filter_not_understood_is_reported(cli, indexed):
    code, _, err = cli("search", "cat", "date:2023-13")
    assert code == 0 and "date:2023-13 is not understood as a filter" in err and "month must be in 1..12" in err


def test_negatives_alone_are_refused_either_way_and_unquoted_negatives_work(cli, indexed):
    messages = set()
    for args in (("-snow",), ("--not", "snow"), ("-snow -rain",), ("-snow", "--folder", str(indexed))):
        code, _, err = cli("search", *args)
        assert code == 1 and "say what to look for too" in err, args
        messages.add(err.split("(from:")[0])
    assert len(messages) == 1
    code, typed, _ = cli("search", "mountains", "-snow", "--all")
    assert code == 0
    assert cli("search", "mountains", "--not", "snow", "--all")[1] == typed
    assert cli("search", "mountains -snow", "--all")[1] == typed
    assert cli("search", "mountains", "--all")[1] != typed


# -- 14: odd file names, Pillow's warnings --------------------------------------------------------------------------

def test_paths_with_control_characters_keep_one_photo_a_line(cli, tmp_path):
    photos = tmp_path / "odd"
    write_photos(photos, 2)
    os.rename(photos / "photo_0000.jpg", photos / "new\nline.jpg")
    os.rename(photos / "photo_0001.jpg", photos / "tab\there.jpg")
    (photos / "bad\nname.jpg").write_bytes(b"not a jpeg")
    before = snapshot(photos)
    code, out, _ = cli("index", str(photos), "--quiet")
    assert code == 0 and f"$'{photos}/bad\\nname.jpg': " in out
    code, out, _ = cli("search", "--folder", str(photos))
    lines = out.strip().splitlines()
    assert len(lines) == 2 and {line.split("  ", 1)[1] for line in lines} == {
        f"$'{photos}/new\\nline.jpg'", f"$'{photos}/tab\\there.jpg'"}
    code, out, _ = cli("search", "--folder", str(photos), "--json")
    assert {r["path"] for r in json.loads(out)["results"]} == {f"{photos}/new\nline.jpg", f"{photos}/tab\there.jpg"}
    code, out, _ = cli("status", model=False)
    assert f"$'{photos}/bad\\nname.jpg': " in out
    assert snapshot(photos) == before


def test_pillow_warnings_do_not_reach_stderr_while_indexing(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    write_photos(photos, 2)
    # 300 MP claimed: Pillow warns (DecompressionBombWarning) before our own limit refuses it.
    (photos / "huge.png").write_bytes(png_header_claiming(20000, 15000))
    # An EXIF tag whose data lies past the end: Pillow warns "Tag data larger than file".
    tiff = b"II*\x00" + struct.pack("<IH", 8, 1) + struct.pack("<HHII", 0x010F, 2, 100, 0xFFF0) + struct.pack("<I", 0)
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photos / "exif.jpg", exif=b"Exif\x00\x00" + tiff)
    before = snapshot(photos)
    r = run_photoclip("index", str(photos), "--quiet", "--library", str(tmp_path / "lib"), "--model", TINY,
                      "--model-file", str(tiny_model_file))
    assert r.returncode == 0, r.stderr
    assert "3 new" in r.stdout and "huge.png: too large" in r.stdout
    assert "Warning" not in r.stderr and "warn" not in r.stderr, r.stderr
    assert snapshot(photos) == before


# -- neighbours: named pipes where sidecars are, empty paths, label files from other editors, writing exports -------

def test_a_named_pipe_where_a_sidecar_would_be_never_hangs_indexing_or_xmp(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    write_photos(photos, 3)
    os.mkfifo(photos / "photo_0001.xmp")
    os.mkfifo(photos / "photo_0002.jpg.xmp")
    before = snapshot(photos)  # the pipes are no files: the snapshot holds the photos
    lib = ["--library", str(tmp_path / "lib"), "--model", TINY, "--model-file", str(tiny_model_file)]
    r = run_photoclip("index", str(photos), "--quiet", *lib, timeout=120)  # hung forever before
    assert r.returncode == 0 and "3 new" in r.stdout, r.stderr
    assert run_photoclip("labels", "add", "S", "x", *lib).returncode == 0
    for pid in ("2", "3"):
        assert run_photoclip("tags", pid, "--accept", "S:x", *lib).returncode == 0
    r = run_photoclip("xmp", *lib, timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "photo_0001.xmp is not a regular file; left as it was" in r.stderr
    assert "photo_0002.jpg.xmp is not a regular file; left as it was" in r.stderr
    assert snapshot(photos) == before


@pytest.mark.parametrize("args", [
    ("status", "--library", ""),
    ("duplicates", "--move-others", "", "--yes"),
    ("duplicates", "--folder", ""),
    ("search", "--image", ""),
    ("search", "--folder", ""),
    ("xmp", "--folder", ""),
    ("labels", "import", ""),
    ("status", "--model-file", ""),
])
def test_an_empty_path_is_never_the_current_folder(args, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)  # where an empty path would have pointed
    with pytest.raises(SystemExit) as e:
        main(list(args))
    assert e.value.code == 2 and "an empty path" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_label_files_from_windows_editors_and_absurd_numbers(cli, tmp_path):
    bom = tmp_path / "bom.json"
    bom.write_bytes(b'\xef\xbb\xbf{"sets": [{"name": "B", "labels": ["x"]}]}')
    assert cli("labels", "import", str(bom), model=False)[0] == 0
    big = tmp_path / "big.yaml"
    big.write_text("sets: [{name: A, labels: [x], threshold: " + "9" * 5000 + "}]")
    code, _, err = cli("labels", "import", str(big), model=False)
    assert code == 1 and "is not usable YAML" in err


def test_exporting_labels_where_no_file_can_be_written_is_one_line(cli, tmp_path):
    assert cli("labels", "add", "S", "x", model=False)[0] == 0
    (tmp_path / "dir.yaml").mkdir()
    for target, why in ((tmp_path / "dir.yaml", "Is a directory"), (tmp_path / "nope" / "x.yaml", "No such file")):
        code, _, err = cli("labels", "export", str(target), model=False)
        assert code == 1 and f"cannot write {target}: {why}" in err
