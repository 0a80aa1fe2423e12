"""How long `photoclip search` takes end to end (process start to last line), and its peak memory.

    python benchmarks/search_latency.py [--sizes 160,10000,100000] [--runs 3] [--libraries DIR]
                                        [--before NAME=/path/to/old/checkout ...]

Each size is a synthetic library built as in `app_open.py` (rows, 512-dimensional vectors of the default
architecture with random weights, words, the HNSW index saved); building it loads the model once, which exports
its text tower, as indexing does. ``--libraries DIR`` keeps them there and reuses them in a later run (building
100,000 photos takes minutes). Each search is a fresh process (`python -c "from photoclip.cli import main"`),
timed from its start to its exit; peak memory is the process's VmHWM. Every checkout searches libraries of the
same content, each built by its own code (an older photoclip refuses a library a newer one has upgraded), in turns
(one search each, round after round), so a busy machine weighs on all of them alike; the table gives the median
per checkout. "this" is this checkout; ``--before NAME=PATH`` adds others (e.g. one without the ONNX query path,
whose search imports torch and open_clip). Each checkout's modules are compiled to bytecode first, as an
installed package is. The floor is the interpreter starting and exiting (``-c pass``), which no search can beat.
rclip is measured beside photoclip by `rclip_side.py` (its model files made locally,
its index filled through its own code). Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_open import build_library, build_with
from index_speed import random_weights

from photoclip.core.models import DEFAULT_MODEL, model_spec

QUERIES = ("a cat on a sofa", "kids at sunset on the beach", "a red car in the snow")
SEARCH = ("import sys, atexit\n"
          "atexit.register(lambda: print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0],"
          " file=sys.stderr))\nfrom photoclip.cli import main\n"
          "sys.exit(main(['search', sys.argv[1], '--library', sys.argv[2]]))")
FLOOR = "pass"


def one_run(checkout: Path, code: str, *args: str) -> tuple[float, float]:
    """(seconds from process start to exit, peak RSS in MiB) of ``code`` in a fresh process."""
    # VmHWM, not getrusage: Linux carries a child's peak over from the (big) parent it was forked from.
    code = code if code != FLOOR else ("import atexit, sys\natexit.register(lambda: print([l for l in "
                                       "open('/proc/self/status') if l.startswith('VmHWM')][0], file=sys.stderr))")
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    t0 = time.perf_counter()
    # Run from the checkout: ``-c`` puts the current folder first on sys.path, ahead of PYTHONPATH.
    p = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=checkout, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    _, err_bytes = p.communicate()
    took = time.perf_counter() - t0
    err = err_bytes.decode()
    if p.returncode != 0:
        raise SystemExit(f"run failed ({p.returncode}) in {checkout}:\n{err[-2000:]}")
    hwm = [line for line in err.splitlines() if line.startswith("VmHWM")]
    return took, int(hwm[-1].split()[1]) / 1024 if hwm else float("nan")


def measure(checkouts: dict[str, Path], libraries: dict[str, Path], runs: int) -> dict[str, tuple[float, float]]:
    """Median seconds and peak MiB per checkout (and the floor), measured in turns, each over its library."""
    for name, checkout in checkouts.items():
        one_run(checkout, SEARCH, QUERIES[0], str(libraries[name]))  # warm the page cache (and first-use caches)
    times: dict[str, list[float]] = {name: [] for name in (*checkouts, "floor")}
    rss: dict[str, list[float]] = {name: [] for name in times}
    here = next(iter(checkouts.values()))
    for i in range(runs):
        for name, checkout in checkouts.items():
            t, m = one_run(checkout, SEARCH, QUERIES[i % len(QUERIES)], str(libraries[name]))
            times[name].append(t)
            rss[name].append(m)
        t, m = one_run(here, FLOOR)
        times["floor"].append(t)
        rss["floor"].append(m)
    return {name: (statistics.median(times[name]), max(rss[name])) for name in times}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="160,10000,100000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--libraries", type=Path, default=None, help="keep the built libraries here, reuse them later")
    ap.add_argument("--before", action="append", default=[], metavar="NAME=PATH",
                    help="another photoclip checkout to measure over the same libraries (repeatable)")
    args = ap.parse_args()
    checkouts = {"this": Path(__file__).resolve().parents[1]}
    for item in args.before:
        name, _, path = item.partition("=")
        checkouts[name if path else "before"] = Path(path or name).resolve()
    for checkout in checkouts.values():
        compileall.compile_dir(checkout / "photoclip", quiet=1)
    spec = model_spec(DEFAULT_MODEL)
    weights = random_weights(spec.arch)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; model: {spec.arch} "
          f"(random weights, real architecture); median of {args.runs} searches per checkout, each a fresh "
          f"process, checkouts in turns\n")
    names = list(checkouts)
    print("| photos | " + " | ".join(f"{n}: search, end to end | {n}: peak memory" for n in names)
          + " | floor: python start + exit | load average |")
    print("|---:|" + "---:|---:|" * len(names) + "---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        base = args.libraries or Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            # Each checkout over a library built by its own code, alike in content: an older photoclip refuses a
            # library that a newer one has upgraded.
            roots = {name: base / (f"lib-{size}" if name == "this" else f"lib-{size}-{name}") / "library"
                     for name in checkouts}
            for name, root in roots.items():
                if not (root / "index").is_dir():
                    if name == "this":
                        build_library(root, size, spec.arch, weights)
                    else:
                        build_with(checkouts[name], root, size, spec.arch, weights)
            got = measure(checkouts, roots, args.runs)
            cells = " | ".join(f"{got[n][0]:.2f} s | {got[n][1]:.0f} MiB" for n in names)
            print(f"| {size:,} | {cells} | {got['floor'][0]:.2f} s | {os.getloadavg()[0]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
