"""Auto-tagging speed: a label set of 100 labels applied to a library of 100,000 photos.

    python benchmarks/tagging.py [--photos 100000] [--labels 100] [--text-model tiny|real]

A real library file with synthetic photo vectors (512-d, or the tiny model's 64-d with --text-model tiny; drawn
from a 32-dimensional Gaussian model, as CLIP photo embeddings have a low intrinsic dimension) and real label
vectors: the label prompts (7 templates each) are encoded by the text tower of the chosen architecture with
random weights (`real`: the default model's ViT-B-32-256 from benchmarks/out/, made once if missing). Timed:

* encoding the label prompts (first run only: they are cached in the library after that);
* photoclip's `apply_set` over the whole library: loading the stored vectors, scoring as one matrix product per
  chunk, replacing the stored scores a chunk per transaction, for a single-choice and a multi-choice set, with the
  longest of those transactions (what another writer of the library may wait for);
* the same again (re-tagging replaces the previous scores);
* the baseline, measured in the same run: a per-photo loop (one vector at a time, every score written with its
  own INSERT) on a sample, extrapolated to the full library.

Prints a table; asserts nothing. Target: seconds, not minutes, for 100,000 x 100.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from photoclip.core import tag_store, tagging
from photoclip.core.library import Library

OUT = Path(__file__).resolve().parent / "out"
BASELINE_SAMPLE = 2000


def synthetic_vectors(n: int, dim: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    basis = rng.normal(size=(32, dim)).astype(np.float32)
    v = rng.normal(size=(n, 32)).astype(np.float32) @ basis + 0.3 * rng.normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def build_library(folder: Path, model_key: str, vectors: np.ndarray) -> Library:
    lib = Library(folder)
    f = lib.add_folder(folder / "photos")
    now = time.time()
    with lib.transaction():
        lib.db.executemany(
            "INSERT INTO photos(id, folder_id, path, size, mtime_ns, status, indexed_at) "
            "VALUES (?, ?, ?, 1, 1, 'ok', ?)",
            ((i + 1, f.id, f"{f.path}/{i:07d}.jpg", now) for i in range(len(vectors))))
        lib.db.executemany("INSERT INTO embeddings(photo_id, model, vector) VALUES (?, ?, ?)",
                           ((i + 1, model_key, v.tobytes()) for i, v in enumerate(vectors)))
    return lib


def time_transactions(lib: Library) -> list[float]:
    """Seconds each outermost write transaction of ``lib`` takes from now on, appended as they end."""
    took: list[float] = []
    inner = lib.transaction

    @contextmanager
    def timed() -> Iterator[None]:
        outermost = not lib.db.in_transaction
        started = time.perf_counter()
        with inner():
            yield
        if outermost:
            took.append(time.perf_counter() - started)

    lib.transaction = timed  # type: ignore[method-assign]
    return took


def load_embedder(kind: str):
    from photoclip.core.embedder import load_embedder as load
    from photoclip.core.models import DEFAULT_MODEL, TINY_MODEL, make_tiny_checkpoint

    if kind == "tiny":
        path = make_tiny_checkpoint(Path(tempfile.mkdtemp()) / "tiny.safetensors")
        return load(TINY_MODEL, model_file=path, device="cpu")
    weights = OUT / "ViT-B-32-256-random.safetensors"
    if not weights.exists():
        sys.exit(f"{weights} is missing: run benchmarks/index_speed.py once to make it, or pass --text-model tiny")
    return load(DEFAULT_MODEL, model_file=weights, device="cpu")


def baseline(lib: Library, s: tag_store.LabelSet, model_key: str, label_vecs: np.ndarray, scale: float,
             sample: int) -> float:
    """Seconds per photo of the obvious loop: each photo's vector, its scores, one INSERT per score."""
    ids, mat = lib.vectors_of(model_key, list(range(1, sample + 1)))
    label_ids = [lab.id for lab in s.labels]
    started = time.perf_counter()
    with lib.transaction():
        for pid, v in zip(ids.tolist(), mat, strict=True):
            logits = (label_vecs @ v) * scale
            p = np.exp(logits - logits.max())
            p /= p.sum()
            best = int(np.argmax(p))
            for j, lid in enumerate(label_ids):
                lib.db.execute("INSERT OR REPLACE INTO tag_scores(photo_id, label_id, model, score, suggested, "
                               "scored_at) VALUES (?, ?, ?, ?, ?, ?)",
                               (pid, lid, model_key, float(p[j]), int(j == best), time.time()))
        lib.db.execute("ROLLBACK")  # leave the library as the timed runs found it
        lib.db.execute("BEGIN")
    return (time.perf_counter() - started) / len(ids)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--photos", type=int, default=100_000)
    ap.add_argument("--labels", type=int, default=100)
    ap.add_argument("--text-model", choices=("tiny", "real"), default="real")
    args = ap.parse_args()

    t0 = time.perf_counter()
    emb = load_embedder(args.text_model)
    load_s = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp(prefix="photoclip-tagging-bench-"))
    t0 = time.perf_counter()
    lib = build_library(tmp / "library", emb.model_key, synthetic_vectors(args.photos, emb.dim))
    build_s = time.perf_counter() - t0
    names = [f"label number {i}" for i in range(args.labels)]
    single = tag_store.create_set(lib, "Single", "single", names)
    multi = tag_store.create_set(lib, "Multi", "multi", names)

    rows: list[tuple[str, float, str]] = []
    t0 = time.perf_counter()
    label_vecs = tagging.LabelVectors(lib, emb.model_key, lambda: emb).of_set(single)
    rows.append((f"encode {len(names) * len(tagging.DEFAULT_TEMPLATES)} label prompts (first run only)",
                 time.perf_counter() - t0, ""))
    writes = time_transactions(lib)
    for title, s in (("single-choice", single), ("multi-choice", multi), ("single-choice again", single)):
        writes.clear()
        t0 = time.perf_counter()
        report = tagging.apply_set(lib, s, emb.model_key, None)
        rows.append((f"apply_set {title}: load + score + store {report.stored_rows:,} rows",
                     time.perf_counter() - t0, f"{len(writes)} writes, longest {max(writes) * 1000:.0f} ms"))
    # The parts of one run, measured apart.
    t0 = time.perf_counter()
    ids, mat, _ = lib.vectors(emb.model_key)
    load_vecs = time.perf_counter() - t0
    t0 = time.perf_counter()
    for start in range(0, len(ids), tagging.CHUNK):
        tagging.score_set(mat[start:start + tagging.CHUNK], label_vecs, "single", logit_scale=emb.logit_scale)
    score_only = time.perf_counter() - t0
    rows.append(("  of which: loading the stored vectors", load_vecs, ""))
    rows.append(("  of which: scoring (matrix product + softmax)", score_only, ""))
    sample = min(BASELINE_SAMPLE, args.photos)
    per_photo = baseline(lib, single, emb.model_key, label_vecs, emb.logit_scale, sample)
    base_total = per_photo * args.photos
    ours = rows[1][1]
    rows.append((f"baseline: per-photo loop, one INSERT per score (from {sample:,} photos)", base_total,
                 f"{base_total / ours:.1f}x slower"))

    print(f"\nTagging {args.photos:,} photos x {args.labels} labels; text side: {emb.model_key} "
          f"({emb.dim}-d, loaded in {load_s:.1f} s); library built in {build_s:.1f} s\n")
    print(f"| {'step':<72} | {'seconds':>8} | {'':<26} |")
    print(f"|{'-' * 74}|{'-' * 10}|{'-' * 28}|")
    for title, secs, note in rows:
        print(f"| {title:<72} | {secs:8.2f} | {note:<26} |")
    print(f"\nPhotos per second (single-choice, everything included): {args.photos / ours:,.0f}; "
          f"scores per second: {args.photos * args.labels / ours:,.0f}")
    lib.close()
    if not math.isfinite(ours):
        sys.exit(1)


if __name__ == "__main__":
    main()
