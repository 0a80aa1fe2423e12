"""`photoclip --self-test`, run as the packaged app runs it: in its own process, headless, with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from photoclip.cli import main

ROOT = Path(__file__).resolve().parents[1]


def run_self_test(tmp_path: Path, extra_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    # A home of its own: the self-test must need nothing from the user's folders (and must not write there).
    # A temporary folder of its own too: another self-test running beside this one (a second checkout's suite)
    # must not look like one left behind.
    (tmp_path / "tmp").mkdir()
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), TMPDIR=str(tmp_path / "tmp"))
    if extra_path is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(extra_path), str(ROOT)])
    return subprocess.run([sys.executable, "-c", "import sys; from photoclip.cli import main; sys.exit(main())",
                           "--self-test"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_self_test_passes_headless_and_leaves_nothing_behind(tmp_path):
    r = run_self_test(tmp_path)
    out = r.stdout
    assert r.returncode == 0, out + r.stderr
    for step in ("packages", "package files", "Qt offscreen", "photos", "tiny model", "index", "text search",
                 "words search", "more like this", "query path (ONNX)", "export in a child process"):
        assert f"ok    {step} (" in out, f"step {step!r} missing:\n{out}"
    assert "8 photos: jpg, png, webp, heic, tiff, gif, jpg, bmp" in out
    assert "a second run changed nothing" in out
    assert out.rstrip().splitlines()[-1].startswith("self-test passed in ")
    assert "FAIL" not in out
    # Its temporary library is gone, and nothing was written into the (empty) home folder.
    assert not list((tmp_path / "tmp").glob("photoclip-selftest-*"))
    assert not list((tmp_path / "home").rglob("library.sqlite3"))
    # The text tower's export went to the temporary folder. (ONNX Runtime itself keeps a device id in
    # ~/.cache/Microsoft/DeveloperTools: the library's, not photoclip's, and the same in the app.)
    assert not list((tmp_path / "home").rglob("text.onnx*")) and not list((tmp_path / "home").rglob("bpe-*"))


def test_self_test_names_the_failing_step_and_exits_nonzero(tmp_path):
    # A bundle that missed a module imported only inside a function (the kind of gap a frozen app can have):
    # scipy, which pHash needs, made unimportable ahead of the real one.
    broken = tmp_path / "broken"
    (broken / "scipy").mkdir(parents=True)
    (broken / "scipy" / "__init__.py").write_text("raise ImportError('simulated: scipy is missing')\n")
    r = run_self_test(tmp_path, extra_path=broken)
    out = r.stdout
    assert r.returncode == 1, out + r.stderr
    assert "FAIL  packages: ImportError: simulated: scipy is missing" in out
    assert "FAIL  photos" in out
    assert "ok    Qt offscreen" in out  # the other steps still ran and reported
    last = out.rstrip().splitlines()[-1]
    assert last.startswith("self-test FAILED") and "packages" in last and "photos" in last


def test_self_test_takes_no_command(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--self-test", "status"])
    assert exc.value.code == 2
    assert "--self-test takes no command" in capsys.readouterr().err
