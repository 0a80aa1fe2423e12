"""The word index's size per photo and search latency over a synthetic library whose photos carry Latin and CJK words.

Run it on two checkouts to compare (the issue's goal: within 20 % of the word index before words in every script):

    python benchmarks/word_index.py --photos 100000                          # this checkout
    python benchmarks/word_index.py --photos 100000 --checkout /tmp/before   # another one, same library contents

Each photo gets a file name, a folder, a title and 2-4 keywords from fixed vocabularies (half of the photos'
keywords and titles in Japanese or Chinese), drawn with a fixed seed, so both checkouts index the same words. Only
the word index is built (no pixels, no model). Latency is `word_index.match` over whole Latin and CJK words (both
checkouts answer them), median and p95 of several rounds; parts of CJK words are timed apart.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LATIN = ("beach", "sunset", "grandma", "birthday", "mountain", "harbour", "cathedral", "market", "bicycle",
         "garden", "snow", "river", "wedding", "museum", "picnic", "festival", "lighthouse", "vineyard")
CJK = ("東京駅", "京都", "寺院", "桜", "富士山", "家族旅行", "誕生日", "花火大会", "北京", "长城", "上海外滩", "熊猫",
       "海边日落", "温泉", "神社", "紅葉", "夜景", "結婚式")
# Whole words (what the word index found before it knew CJK) and parts of CJK words (which it could not find then,
# answering at once with nothing): latency is compared on the first, the second only shows what is new.
WHOLE = ("beach", "grandma birthday", "lighthouse", "東京駅", "富士山", "长城", "festival snow", "温泉")
PARTS = ("東京", "日落", "花火")


def build_and_measure(photos: int, rounds: int) -> dict[str, float]:
    from photoclip.core import word_index
    from photoclip.core.library import Library, PhotoFields
    from photoclip.core.photo_words import PhotoWords

    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="photoclip-words-") as tmp:
        lib = Library(Path(tmp) / "library")
        folder = lib.add_folder(Path(tmp))
        started = time.perf_counter()
        with lib.transaction():
            for i in range(photos):
                cjk = i % 2 == 0
                vocab = CJK if cjk else LATIN
                path = f"{tmp}/trip {i // 500:03d}/IMG_{i:06d}.jpg"
                pid = lib.upsert_photo(PhotoFields(path, folder.id, 1000 + i, i, f"{i:064x}", "ok"))
                words = PhotoWords(name=os.path.basename(path), folder=f"photos/trip {i // 500:03d}",
                                   title=" ".join(rng.sample(vocab, 2)),
                                   keywords="\n".join(rng.sample(vocab, rng.randint(2, 4))))
                word_index.store(lib, pid, path, words)
        build_s = time.perf_counter() - started
        lib.db.execute("INSERT INTO words_fts(words_fts) VALUES ('optimize')")
        size = word_index.disk_size(lib)
        timings: dict[str, list[float]] = {"whole": [], "parts": []}
        hits: dict[str, int] = {}
        for _ in range(rounds):
            for kind, queries in (("whole", WHOLE), ("parts", PARTS)):
                for q in queries:
                    t0 = time.perf_counter()
                    found = word_index.match(lib, q)
                    timings[kind].append(time.perf_counter() - t0)
                    hits[q] = len(found.ids)
        lib.close()
    whole = sorted(timings["whole"])
    return {"bytes_per_photo": size / photos, "build_s": build_s, "median_ms": 1000 * statistics.median(whole),
            "p95_ms": 1000 * whole[int(0.95 * (len(whole) - 1))],
            "parts_ms": 1000 * statistics.median(timings["parts"]), "hits_東京": hits["東京"],
            "hits_beach": hits["beach"]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--photos", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--checkout", type=Path, default=None, help="measure this checkout of photoclip instead")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.checkout is not None and not args.child:
        # Run from the other checkout's folder, so it (not this one) is first on sys.path.
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--photos", str(args.photos),
                               "--rounds", str(args.rounds), "--child"], cwd=args.checkout,
                              env={**os.environ, "PYTHONPATH": str(args.checkout)})
        return done.returncode
    import photoclip

    r = build_and_measure(args.photos, args.rounds)
    print(f"word index at {args.photos:,} photos (half with Japanese/Chinese words), {Path(photoclip.__file__).parent}")
    print("| bytes a photo | build | whole words: median | p95 | parts of CJK words: median | '東京' finds | "
          "'beach' finds |")
    print(f"| {r['bytes_per_photo']:.0f} | {r['build_s']:.1f} s | {r['median_ms']:.1f} ms | {r['p95_ms']:.1f} ms "
          f"| {r['parts_ms']:.1f} ms | {r['hits_東京']:,} | {r['hits_beach']:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
