"""How fast the app opens over a big library and answers keystrokes, against floors measured in the same run.

    python benchmarks/app_open.py [--sizes 10000,100000] [--keystrokes 12]

Each size is a real library of synthetic photos (rows, 512-dimensional vectors of the default model, words: file
names, 100 folders, 5 cameras; the files themselves do not exist, so the grid's thumbnails stay empty and nothing
is re-read) with its HNSW index saved, as after indexing. The app is started in a fresh process (offscreen Qt, the
default model's real architecture with random weights, start-up reconcile off) and timed: window on screen, the
first grid (the newest photos), a search typed as soon as the grid is there (it waits for the model), the next
search typed as soon as that one is answered, then (8 s later, the app settled) keystrokes: queries typed one
after another, each timed until its results are in the window. The event loop is ticked every 20 ms throughout;
the longest gap between ticks is how long the window was unresponsive. The floors, each in its own fresh process:
reading the library's photo table alone (what the first grid needs) and loading the model alone (what the first
search needs).
Prints a table; asserts nothing (targets: first grid within ~2x its floor; keystrokes < 150 ms; no gap > 1 s).
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
from photoclip.gui.app import application, create_window
from photoclip.gui.config import AppConfig
from photoclip.gui.qt import QTimer
app = application()
cfg = AppConfig(library_dir=Path(sys.argv[1]), settings_file=Path(sys.argv[2]), watch=False,
                reconcile_on_start=False)
w = create_window(cfg, app)
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
def search(text):
    before = w.results
    w.search_bar.field.setText(text); w.search_bar.changed.emit()
    return wait(lambda: w.results is not before and w.results is not None and w.results.query.text == text)
wait(lambda: w.results is not None and w.grid_model.rowCount() > 0)
out["grid"] = time.monotonic() - t0
out["first_search"] = search("a photo of a dog")
out["launch_to_first"] = time.time() - float(sys.argv[4])  # from the parent's spawn: interpreter start included
keys = json.loads(sys.argv[3])
out["next_key"] = search(keys[0])  # typed at once: the matrix is still loading
settle = time.monotonic()
while time.monotonic() - settle < 8:
    app.processEvents(); time.sleep(0.005)
out["keys"] = [search(q) for q in keys[1:]]
out["max_gap"] = max(gaps)
out["rss_mb"] = int(re.search(r"VmRSS:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) // 1024
out["hwm_mb"] = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) // 1024
w.close()
print("RESULT " + json.dumps(out))
"""

FLOORS = """
import json, sys, time
t0 = time.monotonic()
from photoclip.core.catalog import Catalog
from photoclip.core.engine import Engine
engine = Engine(sys.argv[1])
Catalog.load(engine.library)
catalog = time.monotonic() - t0
t0 = time.monotonic()
engine.text_model().embed_texts(["a photo of a dog"])  # the ONNX text tower where exported, else the full model
print("RESULT " + json.dumps({"catalog": catalog, "model": time.monotonic() - t0}))
"""


def run(code: str, *args: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                       env=env, timeout=900)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("RESULT ")]
    if not lines:
        raise SystemExit(f"the measuring process failed:\n{r.stderr[-3000:]}")
    return json.loads(lines[0][len("RESULT "):])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--keystrokes", type=int, default=len(KEYSTROKES))
    ap.add_argument("--libraries", type=Path, default=None, help="keep the built libraries here, reuse them later")
    args = ap.parse_args()
    spec = model_spec(DEFAULT_MODEL)
    weights = random_weights(spec.arch)
    keys = list(KEYSTROKES[: args.keystrokes])
    print(f"machine: {os.cpu_count()} cores; model: {spec.arch} (random weights, real architecture)\n")
    print("| photos | window shown | first grid (floor: photo table) | first search (floor: text model load) "
          "| first result after launch | next search, typed at once | keystrokes later, median / max "
          "| longest UI gap | memory now / peak |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            root = (args.libraries or Path(tmp)) / f"lib-{size}" / "library"
            if not (root / "index").is_dir():
                build_library(root, size, spec.arch, weights)
            floors = run(FLOORS, str(root))
            app = run(APP, str(root), str(root.parent / "window.ini"), json.dumps(keys), repr(time.time()))
            key_ms = [k * 1000 for k in app["keys"]]
            if os.environ.get("BENCH_VERBOSE"):
                print(dict(zip(keys[1:], (round(k) for k in key_ms), strict=True)))
            print(f"| {size:,} | {app['shown']:.2f} s | {app['grid']:.2f} s ({floors['catalog']:.2f} s, "
                  f"{app['grid'] / floors['catalog']:.1f}x) | {app['first_search']:.2f} s after the grid "
                  f"({floors['model']:.2f} s) | {app['launch_to_first']:.2f} s | {app['next_key'] * 1000:.0f} ms "
                  f"| {statistics.median(key_ms):.0f} / {max(key_ms):.0f} ms "
                  f"| {app['max_gap']:.2f} s | {app['rss_mb']} / {app['hwm_mb']} MiB |", flush=True)


if __name__ == "__main__":
    main()
