"""How fast the app opens over a big library and answers keystrokes, against floors measured in the same run.

    python benchmarks/app_open.py [--sizes 10000,100000] [--keystrokes 12] [--runs 3] [--compare main=/path/to/checkout]

``--compare`` measures another checkout's photoclip in the same run, alternating with this one, so that a before
and after share the machine's load.

Each size is a real library of synthetic photos (rows, 512-dimensional vectors of the default model, words: file
names, 100 folders, 5 cameras; the files themselves do not exist, so the grid's thumbnails stay empty and nothing
is re-read) with its HNSW index saved, as after indexing. The app is started in a fresh process (offscreen Qt, the
default model's real architecture with random weights, start-up reconcile off) and timed: window on screen, the
first grid (the newest photos) in one process; in another, a search typed as soon as the window is up, timed
until its CLIP answer is in the window (not the words-only one shown while the model loads), the next search
typed as soon as that one is answered, then (8 s later, the app settled) keystrokes: queries typed one after
another, each timed until its results are in the window. The event loop is ticked every 20 ms throughout;
the longest gap between ticks is how long the window was unresponsive. The floors, each in its own fresh process:
reading the library's photo table alone (what the first grid needs) and loading the model alone (what the first
search needs).
Prints a table; asserts nothing (targets: first result within 1.5 s of launch at 100,000 photos; keystrokes
< 70 ms; no gap > 1 s). Peak memory is the search-only app's: start-up reconcile is off, so nothing is indexed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from index_speed import CAMERAS, random_weights

from photoclip.core import word_index
from photoclip.core.engine import Engine
from photoclip.core.library import Library, PhotoFields
from photoclip.core.models import DEFAULT_MODEL, model_spec
from photoclip.core.photo_words import PhotoWords
from photoclip.core.vectors import VectorIndex

KEYSTROKES = ("a dog on the beach", "IMG_004242", "kids at sunset", "camera:canon mountains", "trip-07",
              "a red car", "folder:2019 a cake", "city lights", "IMG_000", "a cat sleeping", "sunset -beach",
              "an astronaut")


def build_library(root: Path, size: int, arch: str, weights: Path) -> None:
    engine = Engine(root, model=arch, model_file=weights)
    key, dim = engine.active.key, engine.embedder().dim
    engine.close()
    lib = Library(root)
    folder = lib.add_folder(root.parent / "photos")
    rng = np.random.default_rng(size)
    with lib.transaction():
        for i in range(size):
            v = rng.standard_normal(dim).astype(np.float32)
            sub, camera = f"{2015 + i % 9}/trip-{i % 100:02d}", CAMERAS[i % len(CAMERAS)]
            path = f"{folder.path}/{sub}/IMG_{i:06d}.jpg"
            pid = lib.upsert_photo(PhotoFields(path, folder.id, 1, 1_500_000_000_000_000_000 + i * 10**13, None,
                                               "ok", camera_make=camera))
            lib.put_vector(pid, key, v / np.linalg.norm(v))
            word_index.store(lib, pid, path, PhotoWords(name=f"IMG_{i:06d}.jpg", folder=sub, camera=camera))
    VectorIndex.open(lib, key, dim=dim)  # built and saved, as an index run leaves it
    lib.close()


APP = """
import json, os, re, sys, time
t0 = time.monotonic()
from pathlib import Path
from photoclip.gui.config import AppConfig
cfg = AppConfig(library_dir=Path(sys.argv[1]), settings_file=Path(sys.argv[2]), watch=False,
                reconcile_on_start=False)
try:  # as `photoclip gui` starts: the model's early load first, then Qt and the window's modules
    from photoclip.gui.indexing import EarlyModel
    early = {"early": EarlyModel(cfg.library_dir, cfg.model, cfg.model_file)}
except ImportError:  # a checkout from before the early load
    early = {}
from photoclip.gui.app import application, create_window
from photoclip.gui.qt import QTimer
mode = sys.argv[5]
app = application()
w = create_window(cfg, app, **early)
w.resize(1360, 860)
w.show()
app.processEvents()
out = {"shown": time.monotonic() - t0}
gaps, last = [], [time.monotonic()]
def tick():
    now = time.monotonic(); gaps.append(now - last[0]); last[0] = now
timer = QTimer(); timer.setInterval(20); timer.timeout.connect(tick); timer.start()
w.start()
def wait(cond):
    start = time.monotonic()
    while not cond() and time.monotonic() - start < 300:
        app.processEvents(); time.sleep(0.001)
    return time.monotonic() - start
def answered(text):
    # The search's own answer, with CLIP: not the words-only one shown while the model loads.
    r = w.results
    return r is not None and r.query.text == text and not r.words_only
def search(text):
    w.search_bar.field.setText(text); w.search_bar.changed.emit()
    return wait(lambda: answered(text))
if mode == "grid":
    wait(lambda: w.results is not None and w.grid_model.rowCount() > 0)
    out["grid"] = time.monotonic() - t0
else:
    out["first_search"] = search("a photo of a dog")  # typed as soon as the window is up
    out["launch_to_first"] = time.time() - float(sys.argv[4])  # from the parent's spawn: interpreter start included
    keys = json.loads(sys.argv[3])
    out["next_key"] = search(keys[0])  # typed at once: the catalog and the matrix are still loading
    settle = time.monotonic()
    while time.monotonic() - settle < 8:
        app.processEvents(); time.sleep(0.005)
    out["keys"] = [search(q) for q in keys[1:]]
    out["max_gap"] = max(gaps)
    status = open("/proc/self/status").read()
    out["rss_mb"] = int(re.search(r"VmRSS:\\s+(\\d+)", status).group(1)) // 1024
    out["hwm_mb"] = int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1)) // 1024
w.close()
print("RESULT " + json.dumps(out))
"""

FLOORS = """
import json, sys, time
t0 = time.monotonic()
from photoclip.core.catalog import Catalog
from photoclip.core.engine import Engine
engine = Engine(sys.argv[1], quick_start=True)
Catalog.load(engine.library)
catalog = time.monotonic() - t0
t0 = time.monotonic()
# The ONNX text tower where exported (a quick-start session, as the app loads it first), else the full model.
engine.text_model().embed_texts(["a photo of a dog"])
print("RESULT " + json.dumps({"catalog": catalog, "model": time.monotonic() - t0}))
"""


def run(code: str, tree: Path, *args: str) -> dict:
    # PYTHONPATH first: the photoclip of ``tree`` is the one measured, whatever is installed.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree)}
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                       env=env, timeout=900, cwd=tree)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("RESULT ")]
    if not lines:
        raise SystemExit(f"the measuring process failed:\n{r.stderr[-3000:]}")
    return json.loads(lines[0][len("RESULT "):])


def measure(tree: Path, root: Path, keys: list[str]) -> dict:
    """One run of everything over one library, each part in its own fresh process."""
    floors = run(FLOORS, tree, str(root))
    grid = run(APP, tree, str(root), str(root.parent / "window.ini"), json.dumps(keys), repr(time.time()), "grid")
    app = run(APP, tree, str(root), str(root.parent / "window.ini"), json.dumps(keys), repr(time.time()), "search")
    key_ms = [k * 1000 for k in app["keys"]]
    return {**floors, **app, "grid": grid["grid"], "key_ms": key_ms, "key_median": statistics.median(key_ms),
            "key_max": max(key_ms)}


def row(label: str, m: dict) -> str:
    return (f"| {label} | {m['shown']:.2f} s | {m['grid']:.2f} s ({m['catalog']:.2f} s) "
            f"| {m['launch_to_first']:.2f} s ({m['model']:.2f} s) | {m['next_key'] * 1000:.0f} ms "
            f"| {m['key_median']:.0f} / {m['key_max']:.0f} ms | {m['max_gap']:.2f} s "
            f"| {m['rss_mb']} / {m['hwm_mb']} MiB |")


def median_of(runs: list[dict]) -> dict:
    keys = ("shown", "grid", "catalog", "launch_to_first", "model", "next_key", "max_gap", "rss_mb", "hwm_mb")
    out: dict = {k: statistics.median(r[k] for r in runs) for k in keys}
    out["rss_mb"], out["hwm_mb"] = int(out["rss_mb"]), int(out["hwm_mb"])
    # Keystrokes: the median over every run's keystrokes, and the worst of them.
    out["key_median"] = statistics.median(k for r in runs for k in r["key_ms"])
    out["key_max"] = max(r["key_max"] for r in runs)
    return out


def build_with(tree: Path, root: Path, size: int, arch: str, weights: Path) -> None:
    """`build_library` as the checkout at ``tree`` has it, run with that checkout's photoclip."""
    code = ("import sys; from pathlib import Path; sys.path[:0] = [sys.argv[1] + '/benchmarks', sys.argv[1]]; "
            "from app_open import build_library; "
            "build_library(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4], Path(sys.argv[5]))")
    subprocess.run([sys.executable, "-c", code, str(tree), str(root), str(size), arch, str(weights)], check=True,
                   env={**os.environ, "PYTHONPATH": str(tree)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--keystrokes", type=int, default=len(KEYSTROKES))
    ap.add_argument("--libraries", type=Path, default=None, help="keep the built libraries here, reuse them later")
    ap.add_argument("--runs", type=int, default=1, help="runs of each tree, alternating, for medians")
    ap.add_argument("--compare", action="append", default=[], metavar="NAME=TREE",
                    help="also measure the photoclip of another checkout (e.g. main=/path/to/worktree) in the "
                         "same run, alternating with this one")
    args = ap.parse_args()
    spec = model_spec(DEFAULT_MODEL)
    weights = random_weights(spec.arch)
    keys = list(KEYSTROKES[: args.keystrokes])
    here = Path(__file__).resolve().parents[1]
    trees = [(name, Path(path).resolve()) for name, _, path in (c.partition("=") for c in args.compare)]
    trees.append(("this", here))
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; model: {spec.arch} (random weights, "
          "real architecture)\n")
    print("| photos, tree, run | window shown | first grid (floor: photo table) | first search typed at once: "
          "result after launch (floor: text model load) | next search, typed at once "
          "| keystrokes later, median / max | longest UI gap | memory now / peak |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            root = (args.libraries or Path(tmp)) / f"lib-{size}" / "library"
            if not (root / "index").is_dir():
                build_library(root, size, spec.arch, weights)
            # Each other checkout gets a library of its own, built by its own code: a newer photoclip upgrades the
            # schema of what it opens, and an older one then refuses to open it.
            roots = {name: root if name == "this" else root.parent.parent / f"lib-{size}-{name}" / "library"
                     for name, _ in trees}
            for name, tree in trees:
                if not (roots[name] / "index").is_dir():
                    build_with(tree, roots[name], size, spec.arch, weights)
            runs: dict[str, list[dict]] = {name: [] for name, _ in trees}
            for i in range(args.runs):
                for name, tree in trees:
                    m = measure(tree, roots[name], keys)
                    runs[name].append(m)
                    if os.environ.get("BENCH_VERBOSE"):
                        print(dict(zip(keys[1:], (round(k) for k in m["key_ms"]), strict=True)))
                    print(row(f"{size:,}, {name}, run {i + 1} (load {os.getloadavg()[0]:.1f})", m), flush=True)
            if args.runs > 1:
                for name, _ in trees:
                    m = median_of(runs[name])
                    print(row(f"**{size:,}, {name}, median of {args.runs}**", m), flush=True)


if __name__ == "__main__":
    main()
