"""The `photoclip` command line, run as a user would: index, search, status, models, folders, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from photoclip.cli import main
from tests.photos import write_bad_files, write_photos

TINY = "photoclip-tiny"


@pytest.fixture
def cli(tmp_path, tiny_model_file, capsys):
    lib = tmp_path / "library"

    def run(*args: str, model: bool = True) -> tuple[int, str, str]:
        extra = ["--library", str(lib)]
        if model:
            extra += ["--model", TINY, "--model-file", str(tiny_model_file)]
        code = main([*args, *extra])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_index_search_status_models_folders(cli, tmp_path):
    photos = tmp_path / "photos"
    write_photos(photos, 10)
    write_bad_files(photos / "bad")
    code, out, _ = cli("index", str(photos))
    assert code == 0
    assert "10 new" in out and "Skipped 5 file(s)" in out and "empty.jpg" in out

    code, out, _ = cli("index")
    assert code == 0 and "0 new" in out and "15 unchanged" in out

    code, out, _ = cli("search", "a", "cat", "--limit", "3")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 3 and all(str(photos) in line for line in lines)

    code, out, _ = cli("search", "a cat", "--not", "a dog", "--limit", "4", "--json")
    results = json.loads(out)["results"]
    assert code == 0 and len(results) == 4 and {"id", "path", "score"} <= results[0].keys()
    assert results == sorted(results, key=lambda r: -r["score"])

    code, out, _ = cli("search", "--image", str(photos / "photo_0002.jpg"), "--limit", "2")
    assert code == 0 and "photo_0002.jpg" not in out and len(out.strip().splitlines()) == 2

    code, out, _ = cli("status", model=False)
    assert code == 0
    assert "Photos:   15  (indexed 10, failed 5)" in out
    assert "truncated.jpg" in out and str(photos.resolve()) in out and "photoclip-tiny" in out

    code, out, _ = cli("status", "--json", model=False)
    info = json.loads(out)
    assert (info["photos"], info["indexed"], info["failed"]) == (15, 10, 5)
    assert {f["path"] for f in info["failures"]} == {str(p) for p in (photos / "bad").iterdir()}

    code, out, _ = cli("models", model=False)
    assert code == 0 and "* photoclip-tiny" in out and "ViT-B-32-256/datacomp_s34b_b86k" in out
    assert "multilingual" in out

    code, out, _ = cli("folders", "--remove", str(photos), model=False)
    assert code == 0 and "15 photos" in out
    code, out, _ = cli("status", "--json", model=False)
    assert json.loads(out)["photos"] == 0


def test_user_errors_are_one_clear_line(cli, tmp_path):
    code, _, err = cli("index", str(tmp_path / "nope"))
    assert code == 1 and "is not a folder" in err
    code, _, err = cli("index")
    assert code == 1 and "no folders yet" in err
    code, _, err = cli("search", "a cat")
    assert code == 1 and "no indexed photos" in err
    code, _, err = cli("search")
    assert code == 1 and "what to look for" in err
    code, _, err = cli("index", str(tmp_path), "--model", "No-Such-Model/none", model=False)
    assert code == 1 and "No-Such-Model" in err and "Traceback" not in err


def test_offline_without_weights_says_what_to_do(tmp_path, capsys):
    photos = tmp_path / "photos"
    write_photos(photos, 2)
    code = main(["index", str(photos), "--library", str(tmp_path / "lib")])  # default model, empty HF cache
    err = capsys.readouterr().err
    assert code == 1
    assert "--model-file" in err and "huggingface.co" in err and "Traceback" not in err


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def test_help_and_status_do_not_import_torch(tmp_path):
    r = _python(f"""
        import sys, contextlib, io
        from photoclip.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                main(["--help"])
            except SystemExit:
                pass
            main(["status", "--library", {str(tmp_path)!r}])
            main(["models", "--library", {str(tmp_path)!r}])
        heavy = [m for m in ("torch", "open_clip", "PySide6") if m in sys.modules]
        print("HEAVY", heavy)
    """)
    assert r.returncode == 0, r.stderr
    assert "HEAVY []" in r.stdout


def test_core_works_with_qt_unimportable():
    r = _python("""
        import importlib, pkgutil, sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    raise ImportError("Qt is not allowed in photoclip.core")
        sys.meta_path.insert(0, NoQt())
        import photoclip.core
        for m in pkgutil.iter_modules(photoclip.core.__path__):
            importlib.import_module("photoclip.core." + m.name)
        print("OK")
    """)
    assert r.returncode == 0, r.stderr
    assert "OK" in r.stdout


def test_the_parsers_strengths_are_the_finders():
    """The CLI names the strengths without importing the finder (and its image decoders); both lists must agree."""
    from photoclip.cli import DUPLICATE_STRENGTHS
    from photoclip.core.duplicates import STRENGTHS

    assert tuple(DUPLICATE_STRENGTHS) == tuple(STRENGTHS)


def test_any_script_prints_even_where_the_output_cannot_carry_it(tmp_path, tiny_model_file):
    """A Japanese file name and query through an output limited to ASCII (a legacy console code page): escapes,
    never a UnicodeEncodeError; with UTF-8 the characters themselves."""
    photos = tmp_path / "写真"
    write_photos(photos, 2)
    (photos / "photo_0000.jpg").rename(photos / "東京駅.jpg")
    lib = ["--library", str(tmp_path / "lib"), "--model", TINY, "--model-file", str(tiny_model_file)]
    run = [sys.executable, "-m", "photoclip.cli"]
    assert subprocess.run([*run, "index", str(photos), *lib], capture_output=True, timeout=180).returncode == 0
    for encoding, expected in (("ascii", "\\u6771\\u4eac\\u99c5.jpg"), ("utf-8", "東京駅.jpg")):
        done = subprocess.run([*run, "search", "東京駅", *lib], capture_output=True, timeout=180,
                              env={**os.environ, "PYTHONIOENCODING": encoding})
        out, err = done.stdout.decode(encoding), done.stderr.decode(encoding)
        assert done.returncode == 0 and "Traceback" not in err, err
        assert expected in out
