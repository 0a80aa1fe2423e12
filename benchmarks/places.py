"""Places: what turning GPS positions into place names costs (goals: a lookup < 1 ms a photo, the gazetteer loaded in
< 200 ms and < 100 MB), how often it names the right city, and what place names add to the word index.

    python benchmarks/places.py [--lookups N] [--photos N]

Cold is the first use on a machine (the gazetteer package's JSON parsed into photoclip's cache), warm every later
start (the cache loaded). Each load runs in a fresh Python process, so neither is helped by the other; memory is the
process's resident size after the load minus before it (scipy and numpy already imported, as they are in the app).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_CHILD = r"""
import json, os, resource, sys, time
import numpy, scipy.spatial
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
peak0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
before = rss()
t = time.perf_counter()
from photoclip.core import places
g = places.gazetteer()
total = time.perf_counter() - t
print(json.dumps({"total_s": total, **places.LOAD_STATS, "rss": rss() - before, "places": len(g),
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - peak0}))
"""


def load_in_child(cache: str) -> dict[str, float]:
    env = {**os.environ, "PHOTOCLIP_CACHE_DIR": cache, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lookups", type=int, default=20_000)
    ap.add_argument("--photos", type=int, default=2_000, help="photos for the word-index size row")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as cache:
        cold = load_in_child(cache)
        warm = [load_in_child(cache) for _ in range(3)]
        os.environ["PHOTOCLIP_CACHE_DIR"] = cache
        from PIL import Image

        from photoclip.core import gps, places
        from tests.known_places import KNOWN_PLACES
        from tests.photos import variant

        g = places.gazetteer()
        cache_mb = places.cache_path().stat().st_size / 2**20

        rng = np.random.default_rng(0)
        # Where photos are taken: around the known landmarks (within ~20 km) and anywhere on land or sea.
        base = np.asarray([(lat, lon) for _n, lat, lon, _c in KNOWN_PLACES])
        near = base[rng.integers(0, len(base), args.lookups // 2)] + rng.normal(0, 0.1, (args.lookups // 2, 2))
        anywhere = np.column_stack((np.degrees(np.arcsin(rng.uniform(-1, 1, args.lookups // 2))),
                                    rng.uniform(-180, 180, args.lookups // 2)))
        points = np.concatenate((near, anywhere)).tolist()
        t = time.perf_counter()
        found = sum(g.lookup(lat, lon) is not None for lat, lon in points)
        lookup_ms = (time.perf_counter() - t) / len(points) * 1000

        buf = io.BytesIO()
        exif = Image.Exif()
        ifd = exif.get_ifd(gps.GPS_IFD)
        ifd.update({1: "N", 2: (38.0, 42.0, 27.36), 3: "W", 4: (9.0, 8.0, 11.4)})
        variant(0, 1600).save(buf, "JPEG", exif=exif)
        data = buf.getvalue()
        n = 2000
        t = time.perf_counter()
        for _ in range(n):
            pos = gps.from_image(Image.open(io.BytesIO(data)))
            assert pos is not None
            g.lookup(*pos)
        read_ms = (time.perf_counter() - t) / n * 1000

        right = sum(1 for _n, lat, lon, cities in KNOWN_PLACES
                    if (p := g.lookup(lat, lon)) is not None and p.name in cities)

        fts_with, fts_without = word_index_bytes(args.photos, KNOWN_PLACES)

    print(f"Gazetteer: GeoNames {places.DATASET} ({cold['places']:,} places), cache {cache_mb:.1f} MB")
    print()
    print("| | result | goal |")
    print("|---|---|---|")
    print(f"| first use (cold): parse the package's JSON and write the cache, then load | "
          f"{cold['build_s'] * 1000:.0f} ms + {cold['load_s'] * 1000:.0f} ms, peak +{cold['peak'] / 2**20:.0f} MB | |")
    wl = sorted(w["load_s"] for w in warm)
    print(f"| later starts (warm): load the cache and build the KD-trees, median of 3 | "
          f"{wl[1] * 1000:.0f} ms | < 200 ms |")
    print(f"| memory of the loaded gazetteer (resident, warm) | {np.median([w['rss'] for w in warm]) / 2**20:.0f} MB "
          f"| < 100 MB |")
    print(f"| lookup per photo ({len(points):,} positions: half near cities, half anywhere; "
          f"{found / len(points):.0%} got a place or country) | {lookup_ms:.3f} ms | < 1 ms |")
    print(f"| reading the EXIF GPS of a JPEG's header + lookup | {read_ms:.3f} ms | |")
    print(f"| right city, {len(KNOWN_PLACES)} landmarks on six continents | {right}/{len(KNOWN_PLACES)} "
          f"({right / len(KNOWN_PLACES):.0%}) | >= 95 % |")
    print(f"| word index on disk, {args.photos:,} photos at those landmarks, with / without place names | "
          f"{fts_with / args.photos:.0f} / {fts_without / args.photos:.0f} bytes a photo | |")


def word_index_bytes(n: int, known: tuple) -> tuple[int, int]:
    """Bytes a photo takes in the word index with its place names, and without (the same photos, no position)."""
    from photoclip.core import word_index
    from photoclip.core.library import Library, PhotoFields
    from photoclip.core.photo_words import PhotoWords

    sizes = []
    for with_place in (True, False):
        with tempfile.TemporaryDirectory() as tmp:
            lib = Library(Path(tmp) / "lib")
            folder = lib.add_folder(Path(tmp))
            with lib.transaction():
                for i in range(n):
                    path = f"{tmp}/IMG_{i:05d}.jpg"
                    pid = lib.upsert_photo(PhotoFields(path, folder.id, 1, 1, f"h{i}", "ok"))
                    _name, lat, lon, _c = known[i % len(known)]
                    words = PhotoWords(name=os.path.basename(path), folder="Pictures/Trips", camera="Pixel 7",
                                       position=(lat, lon) if with_place else None)
                    word_index.store(lib, pid, path, word_index.locate(words))
            lib.db.execute("INSERT INTO words_fts(words_fts) VALUES ('optimize')")
            lib.db.commit()
            sizes.append(word_index.disk_size(lib))
            lib.close()
    return sizes[0], sizes[1]


if __name__ == "__main__":
    main()
