"""photoclip and rclip 3.3 side by side, in one run over the same photos: CLI search end to end, and indexing.

    python benchmarks/rclip_side.py [--rclip-python PATH] [--variant int8|fp32] [--search-sizes 160,10000]
                                    [--index-sizes 55,160] [--runs 5] [--index-runs 2]

rclip must be installed in its own environment, so that its pinned packages leave photoclip's alone:
    python -m venv --system-site-packages /work/rclip-venv && /work/rclip-venv/bin/pip install rclip==3.3.0
and ``--rclip-python`` names that environment's python (default: $RCLIP_PYTHON, else /work/rclip-venv/bin/python).

Model: both tools run ViT-B-32-256 (photoclip's default model, and the only one rclip 3.3 has) with the same random
weights (`index_speed.random_weights`): the same compute as the real weights, offline. rclip gets them as its own
model files (`rclip_models.py`: exported as rclip's release is; ``--variant int8`` is what its latest conversion
script publishes, an int8 image tower and a float16 text tower; ``fp32`` the earlier float32 towers), found in its
data folder (RCLIP_DATADIR) before it would download anything, so rclip's own code runs unchanged.

Photos: camera-size JPEGs (4000x3000, q90, scikit-image's photographs with per-file noise; `index_speed.camera_jpegs`).

Indexing: each tool indexes a folder of N photos into an empty library (photoclip: a new ``--library``; rclip: a
new data folder), start-up included: ``photoclip index FOLDER`` in a fresh process, and ``rclip QUERY`` run in the
folder (rclip has no index-only command: its first search indexes the folder, then answers, which adds one text
encoding). photos/s = N / (process start to exit). The two take turns; each is run ``--index-runs`` times and the
best run counts (the one least disturbed by the rest of the machine).

Search: ``photoclip search QUERY --library LIB`` and ``rclip QUERY`` in the photo folder, each a fresh process from
its start to its exit, in turns, median of ``--runs``. rclip is measured twice: as its users run it (it first walks
the folder and checks every file against its index), and with ``-n`` (no check: its fastest search). photoclip never
walks the folders on a search (its index command and the app's watcher do that). At 160 photos both search the
libraries their own indexing left. At 10,000 neither indexes (hours on 2 cores): photoclip's library is filled
with synthetic rows and random vectors as `search_latency.py` builds it (`app_open.build_library`), the photo files
are then made at those very paths (hard links to the 160 camera JPEGs, so rclip's walk finds them), and rclip's
SQLite index is filled with random vectors for those files by rclip's own `rclip.db.DB`, with the files' real
size, modification time and rclip's content hash, as if rclip had indexed them.

Peak memory is each process's VmHWM (read at exit). Prints tables with ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import compileall
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_open import build_library
from index_speed import camera_jpegs, random_weights
from rclip_models import MODEL_SUBDIR, model_files
from search_latency import QUERIES

from photoclip.core.models import DEFAULT_MODEL, model_spec

HERE = Path(__file__).resolve().parents[1]
HWM = ("import atexit, sys\natexit.register(lambda: print([l for l in open('/proc/self/status') if "
       "l.startswith('VmHWM')][0], file=sys.stderr))\n")
PHOTOCLIP = HWM + "from photoclip.cli import main\nsys.exit(main(sys.argv[1:]))"
# What rclip's console script does, after the same VmHWM hook.
RCLIP = HWM + "sys.argv[0] = 'rclip'\nfrom rclip.main import main\nmain()"
FILL_RCLIP = """
import os, sys
import numpy as np
from rclip.db import DB, NewImage
from rclip.utils.helpers import compute_file_hash
folder, db_file = sys.argv[1], sys.argv[2]
db = DB(db_file)
rng = np.random.default_rng(10_000)
hashes = {}
for dirpath, _dirs, files in os.walk(folder):
    for name in files:
        path = os.path.join(dirpath, name)
        st = os.stat(path)
        if st.st_ino not in hashes:
            hashes[st.st_ino] = compute_file_hash(path)
        v = rng.standard_normal(512).astype(np.float32)
        db.upsert_image(NewImage(filepath=path, modified_at=st.st_mtime, size=st.st_size,
                                 vector=(v / np.linalg.norm(v)).tobytes(), hash=hashes[st.st_ino]), commit=False)
db.close()
"""


class Tools:
    """How to start each tool: photoclip from this checkout, rclip from its own environment."""

    def __init__(self, rclip_python: Path, weights: Path, rclip_models: Path) -> None:
        self.rclip_python = rclip_python
        self.weights = weights
        self.rclip_models = rclip_models

    def photoclip(self, *args: str) -> tuple[float, float, str]:
        # Run from the checkout: ``-c`` puts the current folder first on sys.path, ahead of PYTHONPATH.
        return timed([sys.executable, "-c", PHOTOCLIP, *args], HERE, {**os.environ, "PYTHONPATH": str(HERE)})

    def rclip(self, datadir: Path, photos: Path, *args: str) -> tuple[float, float, str]:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        env.update(RCLIP_DATADIR=str(datadir), HF_HUB_OFFLINE="1")  # offline: never a silent download
        return timed([str(self.rclip_python), "-c", RCLIP, *args], photos, env)

    def rclip_datadir(self, path: Path) -> Path:
        """An empty rclip data folder that sees the model files (linked, not copied)."""
        path.mkdir(parents=True)
        for name in (MODEL_SUBDIR, "tokenizer"):
            (path / name).symlink_to(self.rclip_models / name, target_is_directory=True)
        return path


def timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """(seconds from process start to exit, peak RSS in MiB, stdout) of one fresh process."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
    took = time.perf_counter() - t0
    err = p.stderr.decode(errors="replace")
    if p.returncode != 0:
        raise SystemExit(f"{cmd[0]} {' '.join(cmd[3:])} failed ({p.returncode}) in {cwd}:\n{err[-3000:]}")
    hwm = [line for line in err.splitlines() if line.startswith("VmHWM")]
    return took, (int(hwm[-1].split()[1]) / 1024 if hwm else float("nan")), p.stdout.decode(errors="replace")


def photo_folder(base: Path, n: int) -> Path:
    """A folder of exactly ``n`` distinct camera JPEGs (hard links to the cached ones)."""
    folder = (base / f"photos-{n}").resolve()
    folder.mkdir(parents=True)
    for p in camera_jpegs(n)[:n]:
        os.link(p, folder / p.name)
    return folder


def photoclip_count(library: Path) -> int:
    with sqlite3.connect(library / "library.sqlite3") as db:
        return db.execute("SELECT count(*) FROM embeddings").fetchone()[0]


def rclip_count(datadir: Path) -> int:
    with sqlite3.connect(datadir / "db.sqlite3") as db:
        return db.execute("SELECT count(*) FROM images WHERE deleted IS NULL").fetchone()[0]


def index_table(tools: Tools, base: Path, sizes: list[int], runs: int) -> dict[int, tuple[Path, Path, Path]]:
    """Index each size with both tools; print photos/s. Returns the last libraries per size (photos, photoclip
    library, rclip data folder) for the search table."""
    left: dict[int, tuple[Path, Path, Path]] = {}
    print(f"Indexing N camera JPEGs into an empty library, start-up included (best of {runs}, the tools in turns)")
    print("| photos | photoclip photos/s (s) | rclip photos/s (s) | photoclip / rclip | photoclip peak | rclip peak "
          "| load average |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        photos = photo_folder(base, n)
        best = {"photoclip": (float("inf"), 0.0), "rclip": (float("inf"), 0.0)}
        for r in range(runs):
            lib = base / f"photoclip-{n}-{r}"
            t, mem, _ = tools.photoclip("index", str(photos), "--library", str(lib), "--model", DEFAULT_MODEL,
                                        "--model-file", str(tools.weights), "--quiet")
            if photoclip_count(lib) != n:
                raise SystemExit(f"photoclip indexed {photoclip_count(lib)} of {n} photos")
            best["photoclip"] = min(best["photoclip"], (t, mem))
            datadir = tools.rclip_datadir(base / f"rclip-{n}-{r}")
            t, mem, out = tools.rclip(datadir, photos, QUERIES[0])
            if rclip_count(datadir) != n:
                raise SystemExit(f"rclip indexed {rclip_count(datadir)} of {n} photos:\n{out}")
            best["rclip"] = min(best["rclip"], (t, mem))
            left[n] = (photos, lib, datadir)
        (tp, mp), (tr, mr) = best["photoclip"], best["rclip"]
        print(f"| {n} | {n / tp:.2f} ({tp:.1f} s) | {n / tr:.2f} ({tr:.1f} s) | {(n / tp) / (n / tr):.2f} | "
              f"{mp:.0f} MiB | {mr:.0f} MiB | {os.getloadavg()[0]:.1f} |", flush=True)
    print()
    return left


def synthetic_libraries(tools: Tools, base: Path, size: int) -> tuple[Path, Path, Path]:
    """photoclip's synthetic library of ``size`` photos, the photo files at its paths, and rclip's index of them."""
    arch = model_spec(DEFAULT_MODEL).arch
    lib = base / f"lib-{size}" / "library"
    build_library(lib, size, arch, tools.weights)
    sources = camera_jpegs(160)[:160]
    with sqlite3.connect(lib / "library.sqlite3") as db:
        paths = [Path(row[0]) for row in db.execute("SELECT path FROM photos ORDER BY id")]
    for i, path in enumerate(paths):
        path.parent.mkdir(parents=True, exist_ok=True)
        os.link(sources[i % len(sources)], path)
    photos = (lib.parent / "photos").resolve()
    datadir = tools.rclip_datadir(base / f"rclip-lib-{size}")
    subprocess.run([str(tools.rclip_python), "-c", FILL_RCLIP, str(photos), str(datadir / "db.sqlite3")],
                   check=True, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    if rclip_count(datadir) != size:
        raise SystemExit(f"rclip's index holds {rclip_count(datadir)} of {size} photos")
    return photos, lib, datadir


def search_row(tools: Tools, size: int, photos: Path, lib: Path, datadir: Path, runs: int) -> str:
    """Median seconds and peak MiB of each way to search, measured in turns; one table row."""
    ways = {
        "photoclip": lambda q: tools.photoclip("search", q, "--library", str(lib)),
        "rclip": lambda q: tools.rclip(datadir, photos, q),
        "rclip -n": lambda q: tools.rclip(datadir, photos, "-n", q),
    }
    for name, way in ways.items():  # warm the page cache, and check that each answers
        _, _, out = way(QUERIES[0])
        # photoclip lists only the photos that stand out; over random vectors that may be none (it says so).
        listed = len([line for line in out.splitlines() if ".jpg" in line])
        if not (listed > 0 or "below the cut-off" in out if name == "photoclip" else listed >= 10):
            raise SystemExit(f"{name} gave no results over {size} photos:\n{out[-2000:]}")
    times: dict[str, list[float]] = {name: [] for name in ways}
    peak: dict[str, float] = dict.fromkeys(ways, 0.0)
    for i in range(runs):
        for name, way in ways.items():
            t, mem, _ = way(QUERIES[i % len(QUERIES)])
            times[name].append(t)
            peak[name] = max(peak[name], mem)
    if rclip_count(datadir) != size:
        raise SystemExit(f"rclip's searches changed its index: {rclip_count(datadir)} of {size} photos left")
    med = {name: statistics.median(ts) for name, ts in times.items()}
    return (f"| {size:,} | {med['photoclip']:.2f} s | {med['rclip']:.2f} s | {med['rclip -n']:.2f} s | "
            f"{med['photoclip'] / med['rclip']:.2f} | {med['photoclip'] / med['rclip -n']:.2f} | "
            f"{peak['photoclip']:.0f} MiB | {peak['rclip']:.0f} MiB | {peak['rclip -n']:.0f} MiB | "
            f"{os.getloadavg()[0]:.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rclip-python", type=Path,
                    default=Path(os.environ.get("RCLIP_PYTHON", "/work/rclip-venv/bin/python")))
    ap.add_argument("--variant", default="int8", choices=("int8", "fp32"), help="rclip's model files")
    ap.add_argument("--search-sizes", default="160,10000")
    ap.add_argument("--index-sizes", default="55,160")
    ap.add_argument("--runs", type=int, default=5, help="searches per tool and size (the median counts)")
    ap.add_argument("--index-runs", type=int, default=2, help="index runs per tool and size (the best counts)")
    args = ap.parse_args()
    version = subprocess.run([str(args.rclip_python), "-c", "from importlib.metadata import version; "
                              "print(version('rclip'))"], capture_output=True, text=True)
    if version.returncode != 0:
        raise SystemExit(f"no rclip at {args.rclip_python}: install it as this file's docstring says")
    compileall.compile_dir(HERE / "photoclip", quiet=1)
    spec = model_spec(DEFAULT_MODEL)
    weights = random_weights(spec.arch)
    tools = Tools(args.rclip_python, weights, model_files(args.variant, weights))
    search_sizes = [int(s) for s in args.search_sizes.split(",") if s]
    index_sizes = sorted({int(s) for s in args.index_sizes.split(",") if s} | ({160} & set(search_sizes)))
    camera_jpegs(max([160, *index_sizes]))
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; model: {spec.arch} "
          f"for both (random weights, real architecture); rclip {version.stdout.strip()} with {args.variant} model "
          f"files; photoclip from {HERE}\n")
    with tempfile.TemporaryDirectory(dir=HERE / "benchmarks" / "out") as tmp:
        base = Path(tmp)
        # Warm-up, not timed: the model files into the page cache, and photoclip's one-off exports for these
        # weights: its text tower (made when a model is set up, as after a download) and its image tower (made at
        # the end of the first index run on the CPU).
        warm = tools.rclip_datadir(base / "warm-rclip")
        few = photo_folder(base / "warm", 4)
        tools.photoclip("index", str(few), "--library", str(base / "warm-photoclip"), "--model", DEFAULT_MODEL,
                        "--model-file", str(weights), "--quiet")
        tools.rclip(warm, few, QUERIES[0])
        indexed = index_table(tools, base, index_sizes, args.index_runs)
        if not search_sizes:
            return
        print(f"Search from the command line, a fresh process from start to exit, median of {args.runs} "
              "(the tools in turns); rclip as its users run it (it first checks the folder for changes) and with -n")
        print("| photos | photoclip | rclip | rclip -n | photoclip / rclip | photoclip / rclip -n | photoclip peak | "
              "rclip peak | rclip -n peak | load average |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for size in search_sizes:
            photos, lib, datadir = indexed[size] if size in indexed else synthetic_libraries(tools, base, size)
            print(search_row(tools, size, photos, lib, datadir, args.runs), flush=True)


if __name__ == "__main__":
    main()
