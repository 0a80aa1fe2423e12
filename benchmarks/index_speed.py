"""Indexing throughput and search latency of photoclip, against a naive baseline measured in the same run.

    python benchmarks/index_speed.py [--photos 48] [--raw-photos 12] [--sizes 10000,100000] [--startup 55,160]

Indexing: camera-size JPEGs (4000x3000, quality 90, made from scikit-image's real photographs) embedded with
the default model's real architecture (random weights: same compute as the real ones), by
  (a) a naive loop: open, convert, open_clip's own preprocess, encode one photo at a time;
  (b) photoclip's pipeline: draft-mode decoding in a thread pool overlapped with batched inference.
RAW: 24 MP (6000x4000) files of the same photographs, indexed by the pipeline: DNGs (tests/raw_files.py: a 12-bit
Bayer mosaic written by pidng) with an embedded JPEG preview (--raw-preview px, 1620 like Nikon's and Sony's;
Canon's is full size) vs the same DNGs without one (LibRaw's half-size demosaic), vs 6000x4000 JPEGs, same run.
Start-up included (--startup): `photoclip index` of 55 and 160 camera JPEGs into a new library, each in a fresh
process timed from its start to its exit, the image tower run by (t) torch (the full model loaded first, as
before the ONNX path), (o) ONNX Runtime fp32 (the verified export, no torch), (q) ONNX Runtime with the export
dynamically quantised to int8 (VNNI/AMX where the processor has them; not offered in photoclip: its vectors differ
from fp32's, see `int8_agreement`), the three taking turns; then the int8 vectors' agreement with fp32's.
Search: text query -> top 50 paths, including the text encoding, over synthetic vectors in a real library,
with the HNSW index and with an exact matrix product for comparison; then the full search the CLI and the app
run (photoclip.core.find: cut-off, word index, tags, fusion) without and with filters, and the size of the word
index (SQLite FTS5) on disk. Synthetic words: file names, 100 folders, 3 keywords a photo from 500, 5 cameras.
Prints tables; asserts nothing (targets: (b) >= 3x (a); search < 150 ms at 10k and 100k).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from photoclip.core.engine import Engine
from photoclip.core.library import Library, PhotoFields
from photoclip.core.models import DEFAULT_MODEL, model_spec

OUT = Path(__file__).resolve().parent / "out"
QUERIES = ("a dog running on the beach", "kids at sunset", "a red car", "mountains with snow", "a birthday cake",
           "an astronaut", "a cat sleeping", "city lights at night", "a cup of coffee", "a rocket launch")


def camera_jpegs(n: int) -> list[Path]:
    from skimage import data

    folder = OUT / "camera_jpegs"
    folder.mkdir(parents=True, exist_ok=True)
    names = ("astronaut", "chelsea", "coffee", "rocket", "immunohistochemistry", "hubble_deep_field")
    paths = []
    for i in range(n):
        p = folder / f"IMG_{i:04d}.jpg"
        if not p.exists():
            arr = getattr(data, names[i % len(names)])()
            img = Image.fromarray(arr[..., :3]).resize((4000, 3000), Image.Resampling.BICUBIC)
            # A little per-photo noise so no two files are identical (identical ones would be deduplicated).
            noise = np.random.default_rng(i).integers(-6, 7, size=(3000, 4000, 3), dtype=np.int16)
            arr = np.clip(np.asarray(img, dtype=np.int16) + noise, 0, 255).astype(np.uint8)
            Image.fromarray(arr).save(p, quality=90)
        paths.append(p)
    return paths


RAW_SIZE = (6000, 4000)


def camera_24mp(kind: str, n: int, preview: int) -> Path:
    """A folder of ``n`` 24 MP files of one kind: 'jpeg' (q90), 'raw-preview' (DNG with a ``preview``-px JPEG
    inside) or 'raw-demosaic' (DNG without one). Cached under benchmarks/out; every file differs (noise)."""
    from skimage import data

    from tests.raw_files import write_dng

    folder = OUT / (f"camera_24mp_{kind}" + (f"_{preview}" if kind == "raw-preview" else ""))
    folder.mkdir(parents=True, exist_ok=True)
    names = ("astronaut", "chelsea", "coffee", "rocket", "immunohistochemistry", "hubble_deep_field")
    for i in range(n):
        p = folder / (f"IMG_{i:04d}.jpg" if kind == "jpeg" else f"IMG_{i:04d}.DNG")
        if p.exists():
            continue
        arr = getattr(data, names[i % len(names)])()
        if arr.ndim == 2:
            arr = np.stack([arr] * 3, axis=-1)
        img = Image.fromarray(np.ascontiguousarray(arr[..., :3])).resize(RAW_SIZE, Image.Resampling.BICUBIC)
        noise = np.random.default_rng(i).integers(-6, 7, size=(RAW_SIZE[1], RAW_SIZE[0], 3), dtype=np.int16)
        pixels = np.clip(np.asarray(img, dtype=np.int16) + noise, 0, 255).astype(np.uint8)
        tmp = p.with_name(p.name + ".part")
        if kind == "jpeg":
            Image.fromarray(pixels).save(tmp, format="JPEG", quality=90)
        else:
            write_dng(tmp, pixels, bits=12, preview=preview if kind == "raw-preview" else None)
        tmp.replace(p)
    return folder


def folder_rate(engine: Engine, folder: Path) -> float:
    engine.embedder()
    t0 = time.perf_counter()
    report = engine.index([folder])
    elapsed = time.perf_counter() - t0
    assert report.added == sum(1 for _ in folder.iterdir()) and not report.skipped, report
    return report.added / elapsed


def raw_table(engine: Engine, n: int, preview: int, tmp: Path, repeats: int = 2) -> None:
    """Each kind indexed ``repeats`` times, the kinds taking turns, each time into a fresh library sharing the loaded
    model; the best run of each counts (the one least disturbed by whatever else the machine was doing)."""
    from photoclip.core import imaging

    folders = {kind: camera_24mp(kind, n, preview) for kind in ("jpeg", "raw-preview", "raw-demosaic")}
    need = max(*engine.embedder().prep.size, 256)
    paths = {}
    for kind, folder in folders.items():
        first = sorted(folder.iterdir())[0]
        _img, meta = imaging.open_oriented(first, min_size=need)
        paths[kind] = meta.decoded_from or "JPEG draft"
    rates: dict[str, float] = {}
    active = engine.active
    for r in range(repeats):
        for kind, folder in folders.items():
            fresh = Engine(tmp / f"raw-{kind}-{r}", model=active.name, model_file=active.model_file,
                           threads=engine.threads, embedders=engine.shared_models)
            rates[kind] = max(rates.get(kind, 0.0), folder_rate(fresh, folder))
            fresh.close()
    size = f"{RAW_SIZE[0]}x{RAW_SIZE[1]}"
    print(f"Indexing {n} photos of each kind at {size} (24 MP): photoclip pipeline, best of {repeats}")
    print("| files | decoded from | photos/s | ratio to JPEG |")
    print("|---|---|---:|---:|")
    labels = {"jpeg": f"JPEG {size}, q90", "raw-preview": f"RAW (DNG) with a {preview}-px JPEG preview",
              "raw-demosaic": "RAW (DNG) without a preview"}
    for kind in folders:
        print(f"| {labels[kind]} | {paths[kind]} | {rates[kind]:.2f} | {rates[kind] / rates['jpeg']:.2f} |")
    print()


def random_weights(arch: str) -> Path:
    import open_clip
    import torch
    from safetensors.torch import save_file

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{arch}-random.safetensors"
    if not path.exists():
        torch.manual_seed(0)
        model = open_clip.create_model(arch, pretrained=None)
        save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(path))
    return path


def naive_rate(engine: Engine, paths: list[Path]) -> float:
    import open_clip
    import torch

    emb = engine.embedder()
    model = emb.model  # the same loaded network the pipeline uses
    preprocess = open_clip.image_transform(emb.prep.size, is_train=False)
    t0 = time.perf_counter()
    with torch.inference_mode():
        for p in paths:
            img = Image.open(p).convert("RGB")
            x = preprocess(img).unsqueeze(0)
            v = model.encode_image(x)
            v / v.norm(dim=-1, keepdim=True)
    return len(paths) / (time.perf_counter() - t0)


def pipeline_rate(engine: Engine, photos: Path) -> float:
    engine.embedder()  # model load is a one-off, not part of throughput
    t0 = time.perf_counter()
    report = engine.index([photos])
    elapsed = time.perf_counter() - t0
    assert report.added == len(list(photos.glob("*.jpg"))), report
    return report.added / elapsed


STARTUP_RUN = """
import sys, time
from pathlib import Path
from photoclip.core.engine import Engine
method, library, arch, weights, folder, int8 = sys.argv[1:7]
engine = Engine(library, model=arch, model_file=weights, device="cpu")
if method == "torch":
    engine.embedder()  # the full model, as every run loaded it before the ONNX image tower
elif method == "int8":
    from photoclip.core import image_onnx
    found = image_onnx.read_export(Path(int8))
    engine._image_encoders[engine.active.key] = image_onnx.OnnxImageEncoder(found, engine.active.key)
report = engine.index([folder])
assert report.added == sum(1 for _ in Path(folder).iterdir()) and not report.skipped, report
print("MODEL", type(engine.image_model()).__name__, "torch" in sys.modules)
"""


def photo_set(paths: list[Path], n: int) -> Path:
    """A folder of the first ``n`` camera JPEGs (hard links, or copies where links cannot be made)."""
    import shutil

    folder = OUT / f"camera_jpegs_{n}"
    folder.mkdir(parents=True, exist_ok=True)
    for p in paths[:n]:
        target = folder / p.name
        if not target.exists():
            try:
                os.link(p, target)
            except OSError:
                shutil.copy2(p, target)
    return folder


def int8_export(engine: Engine) -> Path:
    """The verified fp32 export of the engine's image tower, dynamically quantised to int8 (weights int8, activations
    uint8, per channel), in a folder of its own under the benchmark's output that reads like an export."""
    import json
    import shutil

    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    from photoclip.core import image_onnx

    found = engine.image_export()
    assert found is not None and found.ok, found
    folder = OUT / f"int8-{found.folder.name}"
    if not (folder / image_onnx.ONNX_NAME).exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        # The export is ONNX Runtime's optimised graph, whose fused operators shape inference cannot type.
        quantize_dynamic(found.onnx_path, folder / image_onnx.ONNX_NAME, weight_type=QuantType.QInt8,
                         per_channel=True, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        (folder / image_onnx.META_NAME).write_text(json.dumps(found.meta))
    return folder


def int8_agreement(engine: Engine, int8: Path) -> tuple[float, float]:
    """(lowest cosine, largest component difference) of int8 vectors against fp32 ONNX vectors, on real photographs
    (scikit-image's) prepared as the pipeline prepares them."""
    from skimage import data

    from photoclip.core import image_onnx
    from photoclip.core.imaging import prepare_for_model

    fp32 = engine.image_encoder()
    assert fp32 is not None
    q = image_onnx.OnnxImageEncoder(image_onnx.read_export(int8), engine.active.key)  # type: ignore[arg-type]
    names = ("astronaut", "chelsea", "coffee", "rocket", "immunohistochemistry", "hubble_deep_field", "camera",
             "coins", "moon", "brick")  # those in scikit-image's wheel (others are downloaded on first use)
    pics = []
    for name in names:
        arr = getattr(data, name)()
        arr = np.stack([arr] * 3, axis=-1) if arr.ndim == 2 else arr[..., :3]
        arr = arr if arr.dtype == np.uint8 else (arr * 255).astype(np.uint8)
        pics.append(prepare_for_model(Image.fromarray(np.ascontiguousarray(arr)), fp32.prep))
    batch = np.stack(pics)
    return image_onnx.agreement(q.embed_pixels(batch), fp32.embed_pixels(batch))


def startup_table(engine: Engine, sizes: list[int], tmp: Path, repeats: int = 1) -> None:
    """`photoclip index` of n new photos, process start to exit, torch vs ONNX fp32 vs int8, in turns."""
    import subprocess

    # The CPU whatever the default device: the ONNX image tower is the CPU's path (a GPU keeps torch).
    engine = Engine(tmp / "startup-library", model=engine.active.name, model_file=engine.active.model_file,
                    device="cpu", threads=engine.threads)
    spec_arch, weights = engine.active.name, engine.active.model_file
    engine.embedder()  # exports both towers (once per weights) before anything is timed
    int8 = int8_export(engine)
    worst, diff = int8_agreement(engine, int8)
    paths = camera_jpegs(max(sizes))
    folders = {n: photo_set(paths, n) for n in sizes}
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    rates: dict[tuple[int, str], list[float]] = {}
    loads: list[float] = []
    methods = ("torch", "onnx", "int8")
    for r in range(repeats):
        for n in sizes:
            for method in methods:
                loads.append(os.getloadavg()[0])
                t0 = time.perf_counter()
                out = subprocess.run([sys.executable, "-c", STARTUP_RUN, method, str(tmp / f"start-{method}-{n}-{r}"),
                                      spec_arch, str(weights), str(folders[n]), str(int8)],
                                     capture_output=True, text=True, env=env, check=False)
                elapsed = time.perf_counter() - t0
                assert out.returncode == 0, out.stderr
                used = out.stdout.split("MODEL", 1)[1].split()
                expect = {"torch": "Embedder", "onnx": "OnnxImageEncoder", "int8": "OnnxImageEncoder"}[method]
                assert used[0] == expect and used[1] == str(method == "torch"), (method, out.stdout)
                rates.setdefault((n, method), []).append(n / elapsed)
                print(f"  {n} photos, {method}: {elapsed:.1f} s, {n / elapsed:.2f} photos/s, load {loads[-1]:.1f}",
                      flush=True)
    print(f"`photoclip index` of new camera JPEGs (4000x3000), fresh process, start-up included, {repeats} run(s) "
          f"each in turns, load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    print("| photos | torch photos/s | ONNX fp32 photos/s (ratio) | ONNX int8 photos/s (ratio) |")
    print("|---:|---:|---:|---:|")
    for n in sizes:
        t, o, q = (statistics.median(rates[(n, m)]) for m in methods)
        print(f"| {n} | {t:.2f} | {o:.2f} ({o / t:.2f}x) | {q:.2f} ({q / t:.2f}x) |")
    print(f"int8 against fp32 vectors on 10 real photographs: lowest cosine {worst:.6f}, largest component "
          f"difference {diff:.2e}\n")


def search_latency(engine: Engine, size: int, dim: int, tmp: Path) -> dict[str, float]:
    from photoclip.core import word_index
    from photoclip.core.photo_words import PhotoWords
    from photoclip.core.search import Searcher
    from photoclip.core.vectors import VectorIndex

    rng = np.random.default_rng(size)
    lib = Library(tmp / f"search-{size}")
    folder = lib.add_folder(tmp / "photos")
    key = engine.active.key
    vocab = [f"kw{j:03d}" for j in range(500)]
    db_before = lib.db_path.stat().st_size
    with lib.transaction():
        for i in range(size):
            v = rng.standard_normal(dim).astype(np.float32)
            sub, camera = f"Pictures/2023/trip-{i % 100:02d}", CAMERAS[i % len(CAMERAS)]
            path = f"{folder.path}/{sub}/IMG_{i:06d}.jpg"
            pid = lib.upsert_photo(PhotoFields(path, folder.id, 1, 1_600_000_000_000_000_000 + i * 10**12, None, "ok",
                                               camera_make=camera))
            lib.put_vector(pid, key, v / np.linalg.norm(v))
            keywords = "\n".join(vocab[j] for j in rng.integers(0, len(vocab), 3))
            word_index.store(lib, pid, path, PhotoWords(name=f"IMG_{i:06d}.jpg", folder=sub, keywords=keywords,
                                                        camera=camera))
    lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    words_bytes = word_index.disk_size(lib)
    t0 = time.perf_counter()
    VectorIndex.open(lib, key, dim=dim)
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    searcher = Searcher(lib, engine.embedder())
    load = time.perf_counter() - t0
    _ids, mat, _ = lib.vectors(key)
    hnsw, exact, text_only = [], [], []
    # Each kind in its own loop: numpy's BLAS threads spin after a product and would slow torch's next call.
    for _ in range(3):
        for q in QUERIES:
            t0 = time.perf_counter()
            hits = searcher.search([q], limit=50)
            hnsw.append(time.perf_counter() - t0)
            assert len(hits) == 50
    for _ in range(3):
        for q in QUERIES:
            t0 = time.perf_counter()
            engine.embedder().embed_texts([q])
            text_only.append(time.perf_counter() - t0)
    for _ in range(3):
        for q in QUERIES:
            qv = engine.embedder().embed_texts([q])[0]
            t0 = time.perf_counter()
            scores = mat @ qv
            np.argpartition(-scores, 50)[:50]
            exact.append(time.perf_counter() - t0)
    text_ms = statistics.median(text_only) * 1000
    fused = fused_latency(lib, searcher)
    lib.close()
    return {"build_s": build, "load_s": load, "hnsw_ms": statistics.median(hnsw) * 1000,
            "hnsw_p95_ms": sorted(hnsw)[int(len(hnsw) * 0.95)] * 1000,
            "exact_ms": statistics.median(exact) * 1000 + text_ms, "text_ms": text_ms,
            "words_bytes": words_bytes, "db_bytes": lib.db_path.stat().st_size, "db_before": db_before, **fused}


CAMERAS = ("Google Pixel 7", "Canon EOS R6", "Apple iPhone 13", "Sony A7 III", "Fujifilm X-T4")


def fused_latency(lib: Library, searcher: object) -> dict[str, float]:
    """Median ms of the full search (photoclip.core.find) over a catalog loaded once, as the app keeps it; text
    encoding, cut-off, word index, tags, filter masks and fusion included."""
    from photoclip.core.catalog import Catalog
    from photoclip.core.find import SearchRequest, find

    t0 = time.perf_counter()
    catalog = Catalog.load(lib)
    out: dict[str, float] = {"catalog_s": time.perf_counter() - t0}
    cases = {"fused_ms": "", "camera_ms": " camera:pixel", "folder_ms": " folder:trip-07", "keyword_ms": " kw042"}
    for name, extra in cases.items():
        find(lib, catalog, SearchRequest(QUERIES[0] + extra), searcher)  # type: ignore[arg-type]  # warm-up
        times = []
        for _ in range(2):
            for q in QUERIES:
                t0 = time.perf_counter()
                r = find(lib, catalog, SearchRequest(q + extra), searcher)  # type: ignore[arg-type]
                times.append(time.perf_counter() - t0)
                assert r.is_search
        out[name] = statistics.median(times) * 1000
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--photos", type=int, default=48)
    ap.add_argument("--sizes", default="10000,100000", help="library sizes for the search table")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--raw-photos", type=int, default=12, help="24 MP files per kind for the RAW table")
    ap.add_argument("--raw-preview", type=int, default=1620, help="long side of the RAW files' JPEG preview")
    ap.add_argument("--skip-index", action="store_true")
    ap.add_argument("--skip-raw", action="store_true")
    ap.add_argument("--skip-search", action="store_true")
    ap.add_argument("--startup", default="55,160", help="photo counts for the start-up-included table ('' skips)")
    ap.add_argument("--startup-repeats", type=int, default=1)
    args = ap.parse_args()

    spec = model_spec(DEFAULT_MODEL)
    weights = random_weights(spec.arch)
    print(f"machine: {os.cpu_count()} cores; model: {spec.arch} (random weights, real architecture)")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        engine = Engine(tmp / "library", model=spec.arch, model_file=weights, threads=args.threads)
        emb = engine.embedder()
        print(f"device: {emb.device}; input {emb.prep.size}; dim {emb.dim}\n")
        if not args.skip_index:
            paths = camera_jpegs(args.photos)
            naive = naive_rate(engine, paths[: max(8, args.photos // 3)])
            piped = pipeline_rate(engine, paths[0].parent)
            print(f"Indexing {args.photos} camera JPEGs (4000x3000, q90)")
            print("| method | photos/s | ratio |")
            print("|---|---:|---:|")
            print(f"| (a) naive loop: full decode, open_clip preprocess, batch of 1 | {naive:.2f} | 1.00 |")
            print(f"| (b) photoclip pipeline | {piped:.2f} | {piped / naive:.2f} |")
            print()
        if args.startup:
            startup_table(engine, [int(s) for s in args.startup.split(",")], tmp, args.startup_repeats)
        if not args.skip_raw:
            raw_table(engine, args.raw_photos, args.raw_preview, tmp)
        if not args.skip_search:
            print("Search latency: text query -> top 50 results (median of 30 queries, text encoding included)")
            print("| photos | HNSW median ms | HNSW p95 ms | exact (numpy) ms | text encoding ms | index build s |"
                  " index load s |")
            print("|---:|---:|---:|---:|---:|---:|---:|")
            fused_rows: list[tuple[int, dict[str, float]]] = []
            for size in (int(s) for s in args.sizes.split(",")):
                r = search_latency(engine, size, emb.dim, tmp)
                print(f"| {size:,} | {r['hnsw_ms']:.1f} | {r['hnsw_p95_ms']:.1f} | {r['exact_ms']:.1f} | "
                      f"{r['text_ms']:.1f} | {r['build_s']:.1f} | {r['load_s']:.2f} |", flush=True)
                fused_rows.append((size, r))
            print("\nFull search (cut-off, word index, tags, fusion; text encoding included; median of 20 queries)")
            print("| photos | HNSW top 50 ms | fused ms (ratio) | + camera: filter, 20 % ms | + folder: filter, 1 % ms"
                  " | + a keyword ms | word index on disk | per photo | catalog load s |")
            print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
            for size, r in fused_rows:
                print(f"| {size:,} | {r['hnsw_ms']:.1f} | {r['fused_ms']:.1f} ({r['fused_ms'] / r['hnsw_ms']:.2f}x) | "
                      f"{r['camera_ms']:.1f} | {r['folder_ms']:.1f} | {r['keyword_ms']:.1f} | "
                      f"{r['words_bytes'] / 2**20:.1f} MiB | {r['words_bytes'] / size:.0f} B | {r['catalog_s']:.2f} |")
        engine.close()


if __name__ == "__main__":
    main()
