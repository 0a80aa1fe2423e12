"""How long `photoclip search` takes end to end (process start to last line), and its peak memory.

    python benchmarks/search_latency.py [--sizes 160,10000,100000] [--runs 3] [--before /path/to/old/checkout]

Each size is a synthetic library built as in `app_open.py` (rows, 512-dimensional vectors of the default
architecture with random weights, words, the HNSW index saved); building it loads the model once, which exports
its text tower, as indexing does. Each search is a fresh process (`python -c "from photoclip.cli import main"`),
timed from its start to its exit; peak memory is the process's VmHWM. "after" runs this
checkout; "before", when ``--before`` names a checkout of photoclip without the ONNX query path, runs that one
over the same library (its query path imports torch and open_clip). rclip is not measured: it cannot download
its weights on a machine without network, and it cannot index synthetic rows. Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_open import build_library
from index_speed import random_weights

from photoclip.core.models import DEFAULT_MODEL, model_spec

QUERIES = ("a cat on a sofa", "kids at sunset on the beach", "a red car in the snow")


def one_search(checkout: Path, library: Path, query: str) -> tuple[float, float]:
    """(seconds from process start to exit, peak RSS in MiB) of one CLI search in a fresh process."""
    # VmHWM, not getrusage: Linux carries a child's peak over from the (big) parent it was forked from.
    code = ("import sys, atexit\n"
            "atexit.register(lambda: print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0],"
            " file=sys.stderr))\nfrom photoclip.cli import main\n"
            "sys.exit(main(['search', sys.argv[1], '--library', sys.argv[2]]))")
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", code, query, str(library)], env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    _, err_bytes = p.communicate()
    took = time.perf_counter() - t0
    err = err_bytes.decode()
    if p.returncode != 0:
        raise SystemExit(f"search failed ({p.returncode}):\n{err[-2000:]}")
    hwm = [line for line in err.splitlines() if line.startswith("VmHWM")]
    return took, int(hwm[-1].split()[1]) / 1024 if hwm else float("nan")


def measure(checkout: Path, library: Path, runs: int) -> tuple[float, float]:
    one_search(checkout, library, QUERIES[0])  # warm the page cache (and, for a first search, the export)
    times, rss = [], []
    for i in range(runs):
        t, m = one_search(checkout, library, QUERIES[i % len(QUERIES)])
        times.append(t)
        rss.append(m)
    return statistics.median(times), max(rss)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="160,10000,100000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--before", type=Path, default=None, help="a photoclip checkout without the ONNX query path")
    args = ap.parse_args()
    here = Path(__file__).resolve().parents[1]
    spec = model_spec(DEFAULT_MODEL)
    weights = random_weights(spec.arch)
    print(f"machine: {os.cpu_count()} cores; model: {spec.arch} (random weights, real architecture); "
          f"median of {args.runs} searches, each a fresh process\n")
    print("| photos | after: search, end to end | after: peak memory | before (torch): search | before: peak memory |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            root = Path(tmp) / f"lib-{size}" / "library"
            build_library(root, size, spec.arch, weights)
            after = measure(here, root, args.runs)
            before = measure(args.before, root, args.runs) if args.before else None
            b = f"{before[0]:.2f} s | {before[1]:.0f} MiB" if before else "- | -"
            print(f"| {size:,} | {after[0]:.2f} s | {after[1]:.0f} MiB | {b} |", flush=True)


if __name__ == "__main__":
    main()
