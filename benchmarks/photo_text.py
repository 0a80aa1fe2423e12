"""Text in photos: how much is found, how often text is imagined, and what it costs.

    python benchmarks/photo_text.py [--plain 30] [--embed 12] [--look-side 640] [--skip-embed]

Photos: scikit-image's real photographs at camera size (4000x3000 JPEG, q90, a little noise so none are
identical), with signs rendered onto them (tests/text_photos.py) in Latin (accents, Turkish letters), Japanese and
Chinese, in five conditions each: upright on a plate, at 15 degrees, upside down, written straight onto the photo
in white, and small. A "readable size" line is 4 % of the photo's height (120 px of 3000); "small" is 2.5 %.
Textless photos: 15 photographs without writing, each also mirrored.

Both sets are indexed with the tiny test model (only their content hashes matter here), then read by the text
pass (`core.text_pass`, one thread, lowered priority), twice in one run: "before", every photo given the
full-precision first look, and "now", the quantised screen first (`photo_text.SCREEN_SIDE`); and:
  recall      the share of rendered words that a search (`text_index.match`) finds on their photo;
  false text  the share of textless photos that get any word;
  photos/s    textless (the first look only) and with text, the pass's own rate, and per CPU-second (what one
              idle core would do: other agents share this machine, so the wall-clock rate depends on them);
  floors      CPU ms per textless photo of each step alone: decode, quantised screen, full-precision look;
  embedding   photos/s of the indexing pipeline with the default model's real architecture (random weights)
              alone, and with the text pass running beside it on other photos (in the app and `photoclip index`
              it runs after embedding, or holds while an index run goes on: no slowdown by construction).
Prints tables; asserts nothing. Goals: recall >= 90 % (Latin, CJK, readable size), false text <= 2 %,
>= 5 photos/s textless, >= 1 photo/s with text.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from photoclip.core import photo_text, text_index, text_pass
from photoclip.core.engine import Engine
from photoclip.core.library import Library
from photoclip.core.models import TINY_MODEL, make_tiny_checkpoint
from tests.text_photos import TEXTLESS_SOURCES, Sign, draw, have_font, photo

OUT = Path(__file__).resolve().parent / "out" / "photo_text"
SIZE = (4000, 3000)
READABLE = 0.04
LATIN = (("Café Lisboa", "Rua Augusta 42"), ("İstanbul Çarşı", "Günaydın Öğretmen"),
         ("Crème brûlée", "Straße Nord"), ("PARKING 0199", "Whiteboard plan"), ("Receipt Total", "Señor Muñoz"))
JAPANESE = (("東京駅 八重洲口", "新幹線のりば"), ("京都 清水寺", "拝観料 四百円"), ("大阪城 天守閣", "入口 こちら"),
            ("富士山 五合目", "バス のりば"), ("横浜 中華街", "営業中 ラーメン"))
CHINESE = (("北京大学 图书馆", "开放时间"), ("上海 南京路", "地铁 二号线"), ("广州 火车站", "售票处 出口"),
           ("深圳 科技园", "停车场 入口"), ("杭州 西湖", "游客中心 欢迎"))
CONDITIONS = (("upright, on a plate", {}), ("at 15 degrees", {"angle": 15.0}), ("upside down", {"angle": 180.0}),
              ("white, straight on the photo", {"plate": None, "ink": (255, 255, 255)}),
              ("small (2.5 % of the height)", {"height": 0.025}))
BASES = ("astronaut", "chelsea", "coffee", "rocket", "immunohistochemistry")


def _noisy(img: Image.Image, seed: int) -> Image.Image:
    noise = np.random.default_rng(seed).integers(-6, 7, size=(img.height, img.width, 3), dtype=np.int16)
    return Image.fromarray(np.clip(np.asarray(img, dtype=np.int16) + noise, 0, 255).astype(np.uint8))


def text_photos() -> tuple[Path, list[tuple[str, str, str, list[str]]]]:
    """The folder of photos with text, and per photo (file name, script, condition, words to search)."""
    folder = OUT / "text"
    folder.mkdir(parents=True, exist_ok=True)
    cases = []
    scripts = [("Latin", LATIN, ("sans", "serif", "mono"))]
    if have_font("cjk-sans"):
        scripts += [("Japanese", JAPANESE, ("cjk-sans", "cjk-serif")), ("Chinese", CHINESE, ("cjk-serif", "cjk-sans"))]
    i = 0
    for script, pool, fonts in scripts:
        for k, (condition, kw) in enumerate(CONDITIONS):
            lines = pool[k % len(pool)]
            sign = Sign(lines, fonts[k % len(fonts)], **{"height": READABLE, **kw})  # type: ignore[arg-type]
            name = f"{script.lower()}-{k}.jpg"
            p = folder / name
            if not p.exists():
                img = draw(photo(BASES[i % len(BASES)], SIZE), placed(sign, i))
                _noisy(img, i).save(p, quality=90)
            words = [w for line in lines for w in line.split()]
            cases.append((name, script, condition, words))
            i += 1
    return folder, cases


def placed(sign: Sign, i: int) -> Sign:
    import dataclasses

    spots = ((0.08, 0.1), (0.45, 0.6), (0.1, 0.65), (0.5, 0.15))
    return dataclasses.replace(sign, where=spots[i % len(spots)])


def plain_photos(n: int) -> Path:
    folder = OUT / f"plain-{n}"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        p = folder / f"plain-{i:03d}.jpg"
        if not p.exists():
            base = TEXTLESS_SOURCES[i % len(TEXTLESS_SOURCES)]
            _noisy(photo(base, SIZE, flip=bool((i // len(TEXTLESS_SOURCES)) % 2)), 1000 + i).save(p, quality=90)
    return folder


def indexed(folder: Path, tmp: Path, tiny: Path) -> Engine:
    engine = Engine(tmp / f"lib-{folder.name}", model=TINY_MODEL, model_file=tiny)
    engine.index([folder])
    return engine


def embed_rates(photos: Path, others: Path, tmp: Path) -> tuple[float, float, int]:
    """Indexing photos/s with the default architecture alone, then with the text pass reading ``others``
    beside it; and how many photos the pass read meanwhile."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from index_speed import random_weights

    from photoclip.core.models import DEFAULT_MODEL, model_spec

    weights = random_weights(model_spec(DEFAULT_MODEL).arch)
    shared = None
    rates = []
    read_beside = 0
    for run in ("alone", "beside"):
        e = Engine(tmp / f"embed-{run}", model=DEFAULT_MODEL, model_file=weights, embedders=shared)
        shared = e.shared_models
        e.embedder()
        stop = threading.Event()
        worker = None
        if run == "beside":
            reader_lib = tmp / "lib-beside"
            tiny = Engine(reader_lib, model=TINY_MODEL, model_file=make_tiny_checkpoint(tmp / "t2.safetensors"))
            tiny.index([others])
            tiny.close()
            done: list[text_pass.TextReport] = []

            def work(lib_dir: Path = reader_lib, out: list = done, stop: threading.Event = stop) -> None:
                with Library(lib_dir) as lib:
                    out.append(text_pass.run_text_pass(lib, cancel=stop))

            worker = threading.Thread(target=work)
            worker.start()
            time.sleep(3)  # the pass is under way (models loaded) before the timing starts
        t0 = time.perf_counter()
        report = e.index([photos])
        rates.append(report.added / (time.perf_counter() - t0))
        if worker is not None:
            stop.set()
            worker.join()
            read_beside = done[0].read if done else 0
        e.close()
    return rates[0], rates[1], read_beside


def index_size(tmp: Path, n: int = 2000) -> dict[str, float]:
    """Bytes a photo's text takes in the library (``photo_text`` + ``text_fts``), for n photos holding a receipt's
    worth of Latin text (~15 words) or of CJK text (~30 characters), each photo's text different."""
    rng = np.random.default_rng(0)
    latin_words = [w for lines in LATIN for line in lines for w in line.split()] + [
        "Total", "Cash", "Visa", "Change", "Tax", "Table", "Thank", "you", "Espresso", "Pastel", "Nata", "Água"]
    cjk_chars = "".join(w for pool in (JAPANESE, CHINESE) for lines in pool for w in "".join(lines).split())
    out = {}
    for kind in ("Latin", "CJK"):
        with Library(tmp / f"size-{kind}") as lib:
            with lib.transaction():
                lib.db.execute("INSERT INTO folders(path, added_at) VALUES ('/p', 0)")
                for i in range(n):
                    lib.db.execute("INSERT INTO photos(folder_id, path, size, mtime_ns, content_hash, status, "
                                   "indexed_at) VALUES (1, ?, 1, 1, ?, 'ok', 0)", (f"/p/{i}.jpg", f"h{i}"))
                    if kind == "Latin":
                        text = " ".join(rng.choice(latin_words, 15)) + f" {i}"
                    else:
                        text = "".join(rng.choice(list(cjk_chars), 30)) + f" {i}"
                    text_index.store(lib, i + 1, f"h{i}", text, False)
            lib.db.execute("INSERT INTO text_fts(text_fts) VALUES ('optimize')")
            out[kind] = text_index.disk_size(lib) / n
    return out


def floors(folder: Path, reader: photo_text.TextReader) -> dict[str, float]:
    """CPU ms per textless photo of each step of the first look, measured alone: the decode (JPEG draft mode
    to LOOK_SIDE), the quantised screen, and the full-precision look."""
    files = sorted(folder.glob("*.jpg"))
    from photoclip.core import imaging

    t = time.process_time()
    smalls = [imaging.make_thumbnail(f, photo_text.LOOK_SIDE) for f in files]
    out = {"decode": time.process_time() - t}
    screens = []
    for img in smalls:
        s = img.copy()
        s.thumbnail((photo_text.SCREEN_SIDE, photo_text.SCREEN_SIDE), Image.Resampling.BILINEAR)
        screens.append(photo_text._bgr(s))
    if reader._look is not None:
        t = time.process_time()
        for bgr in screens:
            reader._look(bgr)
        out["screen"] = time.process_time() - t
    t = time.process_time()
    for img in smalls:
        reader._ocr(photo_text._bgr(img), use_det=True, use_cls=False, use_rec=False)
    out["full look"] = time.process_time() - t
    return {k: 1000 * v / len(files) for k, v in out.items()}


def measure(label: str, quantised: bool, plain_folder: Path, text_folder: Path, cases: list, tmp: Path,
            tiny: Path) -> dict:
    """One configuration of the first look, from fresh libraries: recall, false text, speed."""
    photo_text._shared = None
    photo_text.QUANTISED_LOOK = quantised
    t0 = time.perf_counter()
    reader = photo_text.shared_reader()
    load_s = time.perf_counter() - t0
    if quantised and not reader.quantised_look:
        sys.exit("resources/ocr/PP-OCRv6_det_small_int8.onnx is missing: python resources/ocr/build.py")
    plain = indexed(plain_folder, tmp / label, tiny)
    cpu0 = time.process_time()
    r_plain = plain.read_photo_text()
    cpu_plain = time.process_time() - cpu0
    imagined = [(Path(r[0]).name, r[1]) for r in plain.library.db.execute(
        "SELECT p.path, t.text FROM photo_text t JOIN photos p ON p.id = t.photo_id WHERE t.text != ''")]
    false_looks = plain.library.db.execute("SELECT COUNT(*) FROM photo_text WHERE looked_only = 0").fetchone()[0]
    writing = indexed(text_folder, tmp / label, tiny)
    cpu0 = time.process_time()
    r_text = writing.read_photo_text()
    cpu_text = time.process_time() - cpu0
    ids = {Path(p.path).name: p.id for p in writing.library.ok_photos()}
    looked_only = {r[0] for r in writing.library.db.execute("SELECT photo_id FROM photo_text WHERE looked_only = 1")}
    found: dict[tuple[str, str], list[int]] = {}
    misses: list[str] = []
    for name, script, condition, words in cases:
        for w in words:
            hit = ids[name] in text_index.match(writing.library, w).ids
            found.setdefault((script, condition), []).append(int(hit))
            if not hit:
                misses.append(f"{name}: {w!r} (read: {writing.photo_text(ids[name])!r})")
    floor = floors(plain_folder, reader)
    plain.close()
    writing.close()
    return {"label": label, "load_s": load_s, "found": found, "misses": misses, "imagined": imagined,
            "false_looks": false_looks, "missed_photos": len(looked_only), "text_photos": len(ids),
            "plain": (r_plain.read, r_plain.elapsed_s, cpu_plain), "text": (r_text.read, r_text.elapsed_s, cpu_text),
            "floor": floor}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plain", type=int, default=30, help="textless photos")
    ap.add_argument("--embed", type=int, default=12, help="photos embedded for the slowdown figure")
    ap.add_argument("--look-side", type=int, default=photo_text.LOOK_SIDE, help="the first look's long side, px")
    ap.add_argument("--screen-side", type=int, default=photo_text.SCREEN_SIDE, help="the quantised screen's, px")
    ap.add_argument("--read-side", type=int, default=photo_text.READ_SIDE, help="full recognition's long side, px")
    ap.add_argument("--threads", type=int, default=photo_text.THREADS, help="ONNX Runtime threads of the screen")
    ap.add_argument("--read-threads", type=int, default=photo_text.READ_THREADS,
                    help="ONNX Runtime threads of the full look and read")
    ap.add_argument("--only-quantised", action="store_true", help="skip the full-precision first look (before)")
    ap.add_argument("--skip-embed", action="store_true")
    ap.add_argument("--only-index-size", action="store_true")
    args = ap.parse_args()
    photo_text.LOOK_SIDE = args.look_side
    photo_text.SCREEN_SIDE = args.screen_side
    photo_text.THREADS, photo_text.READ_THREADS = args.threads, args.read_threads
    photo_text.READ_SIDE = args.read_side
    print(f"CPU: {os.cpu_count()} cores; load average before the run {os.getloadavg()[0]:.1f} "
          "(other agents share this machine)")
    tmp = Path(tempfile.mkdtemp(prefix="photoclip-text-bench-"))
    sizes = index_size(tmp)
    print("Text index on disk, 2,000 photos each holding ~15 words (Latin) or ~30 characters (CJK): "
          + ", ".join(f"{k} {v:.0f} bytes a photo" for k, v in sizes.items()))
    if args.only_index_size:
        return
    tiny = make_tiny_checkpoint(tmp / "tiny.safetensors")
    text_folder, cases = text_photos()
    plain_folder = plain_photos(args.plain)

    configs = [] if args.only_quantised else [("before: full-precision look", False)]
    configs.append(("now: quantised screen, then the look", True))
    runs = [measure(f"run{k}", q, plain_folder, text_folder, cases, tmp, tiny) | {"name": name}
            for k, (name, q) in enumerate(configs)]

    print(f"\nReading text, camera-size photos ({SIZE[0]}x{SIZE[1]} JPEG), first look at {args.look_side} px "
          f"(quantised screen at {args.screen_side} px), full read at {photo_text.READ_SIDE} px, threads: screen "
          f"{args.threads}, full look and read {args.read_threads}; models loaded in {runs[-1]['load_s']:.1f} s\n")
    print("| script | condition | " + " | ".join(r["name"] for r in runs) + " |")
    print("|---|---|" + "---:|" * len(runs))
    for key in runs[0]["found"]:
        cells = [f"{sum(r['found'][key])}/{len(r['found'][key])}" for r in runs]
        print(f"| {key[0]} | {key[1]} | " + " | ".join(cells) + " |")
    for script in dict.fromkeys(s for s, _c in runs[0]["found"]):
        cells = []
        for r in runs:
            readable = [h for (s, c), hs in r["found"].items() if s == script and not c.startswith("small") for h in hs]
            cells.append(f"{sum(readable)}/{len(readable)} (**{100 * sum(readable) / len(readable):.0f} %**)")
        print(f"| **{script}** | all readable-size conditions | " + " | ".join(cells) + " |")
    print("\n| | " + " | ".join(r["name"] for r in runs) + " |")
    print("|---|" + "---:|" * len(runs))
    rows = [
        ("photos with text the first look missed", lambda r: f"{r['missed_photos']} of {r['text_photos']}"),
        ("textless photos read in full for nothing", lambda r: f"{r['false_looks']} of {r['plain'][0]}"),
        ("false text: textless photos given words", lambda r: f"{len(r['imagined'])} of {r['plain'][0]}"),
        ("textless (first look only), photos/s", lambda r: f"{r['plain'][0] / r['plain'][1]:.2f}"),
        ("textless, photos per CPU-second", lambda r: f"**{r['plain'][0] / r['plain'][2]:.2f}**"),
        ("with text (look + full read), photos/s", lambda r: f"{r['text'][0] / r['text'][1]:.2f}"),
        ("with text, photos per CPU-second", lambda r: f"{r['text'][0] / r['text'][2]:.2f}"),
    ]
    for step in ("decode", "screen", "full look"):
        rows.append((f"{step}, CPU ms per textless photo (alone)",
                     lambda r, k=step: f"{r['floor'][k]:.0f}" if k in r["floor"] else "-"))
    for label, cell in rows:
        print(f"| {label} | " + " | ".join(cell(r) for r in runs) + " |")
    for r in runs:
        if r["imagined"]:
            print(f"{r['name']}: imagined {r['imagined']!r}")
        if r["misses"]:
            print(f"\n{r['name']}: missed words:")
            for m in r["misses"]:
                print("  " + m)
    photo_text._shared = None

    if not args.skip_embed:
        photos = OUT / f"embed-{args.embed}"
        photos.mkdir(parents=True, exist_ok=True)
        for i in range(args.embed):
            p = photos / f"e{i:03d}.jpg"
            if not p.exists():
                _noisy(photo(BASES[i % len(BASES)], SIZE), 5000 + i).save(p, quality=90)
        alone, beside, read = embed_rates(photos, plain_folder, tmp)
        print("\n| embedding (default architecture, pipeline) | photos/s | ratio |")
        print("|---|---:|---:|")
        print(f"| alone | {alone:.2f} | 1.00 |")
        print(f"| with the text pass running beside it ({read} photos read meanwhile) | {beside:.2f} | "
              f"{beside / alone:.2f} |")
        print("Run after it, as the app and `photoclip index` run it (the pass holds while an index run goes on), "
              "the text pass does not overlap embedding at all, so it cannot slow it.")
    print(f"\nload average after the run {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
