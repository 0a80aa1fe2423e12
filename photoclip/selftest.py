"""`photoclip --self-test`: proves that an installed or packaged photoclip works on this computer, headless.

It runs every layer a user depends on, in a temporary folder that is removed afterwards (the user's library,
settings and Hugging Face cache are never touched, and nothing goes online):

1. the packages the app bundles import, and the package's own files (model configs, icons, translations) are found;
2. Qt starts offscreen: the platform plugins are there, the app's icon and icons render, the translations load;
3. a few photos are drawn with Pillow in every format the indexer reads (HEIC included, through pillow-heif);
4. the tiny test architecture, which ships as a config, gets random weights written to the temporary folder (no
   weights file needs to ship: the same code path as a downloaded model loads them);
5. the real Engine indexes the photos through the real pipeline (decode pool, batched embedding, SQLite, HNSW);
6. a text search, a "more like this" and a nearest-neighbour check give sane results;
7. the query path: loading the model exported its text tower to ONNX (into the temporary folder), the export
   opens in ONNX Runtime without torch's help, and its vectors match open_clip's for texts in several scripts;
   on the CPU, its image tower too (indexing without torch), on the test photos;
8. the image tower is exported again in a child process, as the app exports a real model's towers (a packaged app
   must be able to start one).

It prints one line per step and exits 0 only when every step passed; otherwise 1, naming the failed steps.
The tiny model has random weights, so the checks are about structure (every photo indexed, ranked results, a
photo is its own nearest neighbour), never about what the results mean.
"""

from __future__ import annotations

import importlib
import math
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Each generated photo: (file name, Pillow format). HEIC proves the bundled libheif; GIF and TIFF other decoders.
PHOTOS = (("beach.jpg", "JPEG"), ("forest.png", "PNG"), ("sunset.webp", "WEBP"), ("night.heic", "HEIF"),
          ("stripes.tiff", "TIFF"), ("snow.gif", "GIF"), ("red-ball.jpg", "JPEG"), ("checks.bmp", "BMP"))
BUNDLED_PACKAGES = ("numpy", "PIL", "pillow_heif", "hnswlib", "platformdirs", "send2trash", "watchdog",
                    "watchdog.observers", "imagehash", "scipy.fftpack", "safetensors", "huggingface_hub", "tqdm",
                    "torch", "torchvision", "open_clip", "transformers", "onnxruntime", "regex", "tokenizers")
QT_PLATFORM_PLUGIN = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


class SelfTestFailure(Exception):
    """A check that did not hold; its text says what was expected and what was found."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


class SelfTest:
    def __init__(self, workdir: Path, out: Callable[[str], None] = print) -> None:
        self.workdir = workdir
        self.out = out
        self.failed: list[str] = []
        self.state: dict[str, Any] = {}

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        t0 = time.perf_counter()
        try:
            detail = fn()
        except Exception as e:
            self.failed.append(name)
            self.out(f"FAIL  {name}: {type(e).__name__}: {e}")
            if not isinstance(e, SelfTestFailure):
                self.out("      " + "".join(traceback.format_exception(e)).rstrip().replace("\n", "\n      "))
            return False
        self.out(f"ok    {name} ({time.perf_counter() - t0:.1f} s){': ' + detail if detail else ''}")
        return True

    # -- steps ----------------------------------------------------------------------------------------------

    def packages(self) -> str:
        versions = []
        for name in BUNDLED_PACKAGES:
            mod = importlib.import_module(name)
            if name in ("torch", "open_clip", "PySide6"):
                versions.append(f"{name} {getattr(mod, '__version__', '?')}")
        import torch

        versions.append(f"CUDA {torch.version.cuda}" if torch.version.cuda else "CPU-only torch")
        return ", ".join(versions)

    def package_files(self) -> str:
        from photoclip.core import models
        from photoclip.core.package_data import resources_dir

        config = models.BUNDLED_CONFIGS / f"{models.TINY_MODEL}.json"
        check(config.is_file(), f"the bundled model config {config} is missing")
        resources = resources_dir()
        check(resources is not None, "the app's resources folder (icons, translations) is missing")
        assert resources is not None
        icons = sorted((resources / "icons").glob("*.svg"))
        check(len(icons) >= 5 and (resources / "icons" / "logo.svg").is_file(),
              f"the app's icons are missing from {resources / 'icons'}")
        check((resources / "translations" / "photoclip_en.qm").is_file(),
              f"the translations are missing from {resources / 'translations'}")
        import open_clip

        vocab = Path(open_clip.__file__).parent / "bpe_simple_vocab_16e6.txt.gz"
        check(vocab.is_file(), f"open_clip's tokenizer vocabulary {vocab} is missing")
        check(models.DEFAULT_MODEL.split("/")[0] in open_clip.list_models(), "open_clip's model configs are missing")
        return f"{len(icons)} icons, translations, model configs, tokenizer vocabulary"

    def qt(self) -> str:
        # Headless whatever the session: the self-test must run on a build server and over ssh.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from photoclip.gui import icons
        from photoclip.gui.app import application
        from photoclip.gui.language import LANGUAGES, install_translators
        from photoclip.gui.qt import QCoreApplication, QLibraryInfo, QLocale

        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
        found = sorted(p.name.removeprefix("lib").removeprefix("q").split(".")[0] for p in plugins.glob("*q*"))
        native = QT_PLATFORM_PLUGIN.get(sys.platform)
        if native:
            check(any(native in n for n in found), f"Qt's {native} platform plugin (for a real window) is not in "
                  f"{plugins}: found {found or 'nothing'}")
        app = application(["photoclip"])
        check(app.platformName() == "offscreen", f"Qt started on {app.platformName()!r}, not offscreen")
        check(not app.windowIcon().isNull(), "the app's icon did not load")
        check(icons._svg_text("search") is not None, "the search icon's SVG was not found")
        check(not icons.pixmap("search", 32).isNull(), "the search icon did not render")
        languages = []
        for code, _name in LANGUAGES:
            translators = install_translators(app, QLocale(code))
            ours = [t for t in translators if Path(t.filePath()).name == f"photoclip_{code}.qm"]
            check(ours, f"photoclip's {code} translation did not load")
            # A translation that loads but says nothing would leave the window in English.
            said = QCoreApplication.translate("Texts", "%Ln photo(s)", None, 2)
            check("2" in said and "(s)" not in said,
                  f"the {code} translation gives {said!r} for two photos")
            check(code == "en" or QCoreApplication.translate("SearchBar", "Search photos") != "Search photos",
                  f"the {code} translation is empty")
            languages.append(code)
        install_translators(app, QLocale.system())
        return f"platform plugins {', '.join(found)}; icon and translations ({', '.join(languages)}) loaded"

    def photos(self) -> str:
        from PIL import Image, ImageDraw

        try:
            from pillow_heif import register_heif_opener

            register_heif_opener()
        except ImportError as e:
            raise SelfTestFailure(f"pillow-heif is missing: {e}") from e
        from photoclip.core.phash import perceptual_hash

        folder = self.workdir / "photos"
        folder.mkdir()
        paths: list[Path] = []
        hashes: set[str] = set()
        for i, (name, fmt) in enumerate(PHOTOS):
            img = _draw(i, Image, ImageDraw)
            if fmt in ("GIF", "BMP"):
                img = img.convert("P" if fmt == "GIF" else "RGB")
            path = folder / name
            img.save(path, format=fmt)
            with Image.open(path) as back:
                check(back.size == img.size, f"{name} did not read back at its size")
                hashes.add(perceptual_hash(back.convert("RGB")))
            paths.append(path)
        # pHash finds "the same picture" duplicates; distinct photos must not share one.
        check(len(hashes) == len(paths), f"{len(paths)} distinct photos gave only {len(hashes)} perceptual hashes")
        self.state["photos"] = paths
        return f"{len(paths)} photos: " + ", ".join(p.suffix.lstrip(".") for p in paths) + "; distinct pHashes"

    def model(self) -> str:
        from photoclip.core import models

        path = models.make_tiny_checkpoint(self.workdir / "model" / f"{models.TINY_MODEL}.safetensors")
        self.state["model_file"] = path
        return f"{models.TINY_MODEL} random weights, {path.stat().st_size / 1e6:.1f} MB"

    def index(self) -> str:
        from photoclip.core import models
        from photoclip.core.engine import Engine

        photos: list[Path] = self.state["photos"]
        engine = Engine(self.workdir / "library", model=models.TINY_MODEL, model_file=self.state["model_file"],
                        device="cpu", threads=2)
        self.state["engine"] = engine
        report = engine.index([photos[0].parent], batch_size=3, workers=2)
        check(not report.skipped, f"photos were skipped: {report.skipped}")
        check(report.added == len(photos), f"{report.added} of {len(photos)} photos were indexed")
        counts = engine.library.vector_counts()
        check(counts.get(engine.active.key) == len(photos), f"vectors stored: {counts}")
        again = engine.index()
        check(again.unchanged == len(photos) and again.added == 0, "a second run re-indexed unchanged photos")
        return f"{report.added} photos in {report.elapsed_s:.1f} s on {report.device}; a second run changed nothing"

    def text_search(self) -> str:
        engine = self.state["engine"]
        n = len(self.state["photos"])
        hits, _note = engine.search(["a red ball on the beach"], limit=n)
        check(len(hits) == n, f"a text search over {n} photos returned {len(hits)}")
        check(all(Path(h.path).parent == self.workdir / "photos" for h in hits), "results outside the photos folder")
        scores = [h.score for h in hits]
        check(scores == sorted(scores, reverse=True), f"results are not ranked: {scores}")
        check(all(math.isfinite(s) and -1.001 <= s <= 1.001 for s in scores), f"scores are not cosines: {scores}")
        check(len({h.photo_id for h in hits}) == n, "a photo came back twice")
        return f"{len(hits)} ranked results, best {Path(hits[0].path).name} ({scores[0]:.3f})"

    def words_search(self) -> str:
        """The search the app runs (core `find`): file names through SQLite's FTS5, which a Python build may lack."""
        from photoclip.core.find import SearchRequest

        engine = self.state["engine"]
        photos: list[Path] = self.state["photos"]
        target = photos[2]
        r = engine.find(SearchRequest(target.stem, show_all=True, limit=len(photos)))
        ids = r.ids.tolist()
        rec = engine.library.photo_by_path(target)
        check(rec is not None and ids and ids[0] == rec.id,
              f"a search for the name {target.stem!r} did not put {target.name} first")
        check("name" in r.why(0), f"{target.name} did not match by its name: {r.why(0)}")
        newest = engine.find(SearchRequest("", filters=r.filters, sort="newest", limit=len(photos)))
        check(len(newest.ids) == len(photos), f"browsing returned {len(newest.ids)} of {len(photos)} photos")
        return f"{target.stem!r} -> {target.name} first, matched by name (FTS5); browsing sorted by date"

    def more_like_this(self) -> str:
        engine = self.state["engine"]
        photos: list[Path] = self.state["photos"]
        searcher, _note = engine.searcher()
        for path in photos:
            rec = engine.library.photo_by_path(path)
            check(rec is not None, f"{path.name} is not in the library")
            nearest = searcher.search_vector(searcher.photo_vectors([rec.id])[0], 1)
            check(nearest and nearest[0].photo_id == rec.id and nearest[0].score > 0.999,
                  f"{path.name} is not its own nearest neighbour: {nearest}")
        first = engine.library.photo_by_path(photos[0])
        hits, _note = engine.search(like=[first.id], limit=3)
        check(len(hits) == 3 and first.id not in {h.photo_id for h in hits},
              f"'more like this' on {photos[0].name} returned {[h.path for h in hits]}")
        by_image, _note = engine.search(images=[photos[1]], limit=3)
        check(len(by_image) == 3, f"a search by image returned {len(by_image)} results")
        return f"every photo is its own nearest neighbour; more like {photos[0].name}: {Path(hits[0].path).name}"

    def query_path(self) -> str:
        from photoclip.core import text_onnx

        engine = self.state["engine"]
        found = engine.text_export()
        check(found is not None, "loading the model did not export its text tower for the query path")
        check(found.ok, f"the text tower's export failed: {found.reason}")
        check(found.folder.is_relative_to(self.workdir), f"the export went to {found.folder}, not the test's folder")
        encoder = engine.text_encoder()
        check(encoder is not None, f"the exported text tower in {found.folder} does not open in ONNX Runtime")
        texts = ["a red ball on the beach", "crème brûlée, à Paris", "東京タワーの夜景", "🐱 IMG_2041"]
        ours, theirs = encoder.embed_texts(texts), engine.embedder().embed_texts(texts)
        worst = float(min((a * b).sum() / (float((b * b).sum()) ** 0.5) for a, b in zip(ours, theirs, strict=True)))
        check(worst >= text_onnx.MIN_COSINE, f"ONNX and open_clip vectors differ: cosine {worst:.6f}")
        import onnxruntime

        from photoclip.core.search import Searcher

        hits = Searcher(engine.library, encoder).search(["a red ball on the beach"], limit=3)
        check(len(hits) == 3, f"a search through the ONNX text tower returned {len(hits)} results")
        return (f"text tower exported, cosine {worst:.6f} to open_clip; {self._image_tower(engine)}; "
                f"ONNX Runtime {onnxruntime.__version__}")

    def _image_tower(self, engine: Any) -> str:
        """On the CPU the image tower is exported for indexing without torch: it must open and give open_clip's
        vectors for the test photos."""
        from photoclip.core import image_onnx, imaging

        emb = engine.embedder()
        if emb.device != "cpu":
            return f"image tower not exported (photos are embedded on {emb.device})"
        found = engine.export_image_tower(engine.active, emb)  # the recorded export, else made now
        check(found is not None, "the model's weights file was not found to export its image tower")
        check(found.ok, f"the image tower's export failed: {found.reason}")
        encoder = engine.image_encoder()
        check(encoder is not None, f"the exported image tower in {found.folder} does not open in ONNX Runtime")
        pictures = [imaging.open_oriented(p, min_size=max(emb.prep.size))[0] for p in self.state["photos"]]
        worst, diff = image_onnx.agreement(encoder.embed_images(pictures), emb.embed_images(pictures))
        check(worst >= image_onnx.MIN_COSINE and diff <= image_onnx.MAX_DIFF,
              f"ONNX and open_clip image vectors differ: cosine {worst:.6f}, largest difference {diff:.1e}")
        return f"image tower exported, cosine {worst:.6f}"

    def export_in_child(self) -> str:
        """How the app exports a real model's towers: in a child process, which closing the app ends at once
        (`export_process`). A packaged app starts it through ``multiprocessing.freeze_support()`` in its entry point:
        without that, the child would start the app again instead."""
        import threading

        from photoclip.core import image_onnx
        from photoclip.core.export_process import produce_in_child

        engine = self.state["engine"]
        folder = self.workdir / "export-in-child"
        folder.mkdir()
        made = produce_in_child(image_onnx.IMAGE_TOWER.produce, engine.embedder(), engine._weights(engine.active) or "",
                                folder / image_onnx.ONNX_NAME, threading.Event())
        check(made is not None, "the export's child process was stopped")
        check((folder / image_onnx.ONNX_NAME).is_file(), "the child wrote no exported file")
        return f"image tower exported and verified in a child process, cosine {made['min_cosine']:.6f}"

    def user_folders(self) -> str:
        from platformdirs import user_cache_dir, user_data_dir

        from photoclip.core.library import default_library_dir

        data = Path(user_data_dir("photoclip", appauthor=False))
        check(data.is_absolute() and Path(user_cache_dir("photoclip", appauthor=False)).is_absolute(),
              "platformdirs gave no absolute user folders")
        return f"library by default in {default_library_dir()}"

    def run(self) -> int:
        from photoclip import __version__

        self.out(f"photoclip {__version__} self-test on {platform.platform()}, Python {platform.python_version()}"
                 + (" (packaged app)" if getattr(sys, "frozen", False) else ""))
        t0 = time.perf_counter()
        self.step("packages", self.packages)
        self.step("package files", self.package_files)
        self.step("Qt offscreen", self.qt)
        self.step("user folders", self.user_folders)
        if self.step("photos", self.photos) and self.step("tiny model", self.model) and self.step("index", self.index):
            self.step("text search", self.text_search)
            self.step("words search", self.words_search)
            self.step("more like this", self.more_like_this)
            self.step("query path (ONNX)", self.query_path)
            self.step("export in a child process", self.export_in_child)
        else:
            self.failed.append("search (not run)")
        engine = self.state.get("engine")
        if engine is not None:
            engine.close()
        took = time.perf_counter() - t0
        if self.failed:
            self.out(f"self-test FAILED in {took:.1f} s: {', '.join(self.failed)}")
            return 1
        self.out(f"self-test passed in {took:.1f} s")
        return 0


def _draw(i: int, image: Any, draw_mod: Any) -> Any:
    """The i-th photo: a distinct scene (gradient sky, shapes, stripes...) so the photos differ in colour and
    layout, as a real library's do."""
    w, h = 320 + 32 * i, 240 + 8 * (i % 3)
    img = image.new("RGB", (w, h))
    d = draw_mod.Draw(img)
    top = ((40 * i) % 256, (90 + 50 * i) % 256, (200 - 20 * i) % 256)
    bottom = ((220 - 30 * i) % 256, (180 + 10 * i) % 256, (60 + 40 * i) % 256)
    for y in range(h):
        t = y / (h - 1)
        d.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    if i % 4 == 0:
        d.ellipse([w // 3, h // 3, w // 3 + 90, h // 3 + 90], fill=(230, 30, 30), outline=(255, 255, 255), width=3)
    elif i % 4 == 1:
        for x in range(0, w, 24):
            d.polygon([(x, h), (x + 12, h // 2 - (x % 50)), (x + 24, h)], fill=(20, 110 + x % 90, 40))
    elif i % 4 == 2:
        for k in range(0, w, 40):
            d.rectangle([k, 0, k + 18, h], fill=(250 - k % 200, 250, 250))
    else:
        for y in range(0, h, 30):
            for x in range((y // 30 % 2) * 30, w, 60):
                d.rectangle([x, y, x + 29, y + 29], fill=(15, 15, 15))
    d.text((10, 10), f"photoclip self-test {i}", fill=(255, 255, 255))
    return img


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every check in a temporary folder that is removed afterwards; 0 when all passed."""
    # The self-test reads no model from the user's cache and must never wait on the network.
    os.environ["HF_HUB_OFFLINE"] = "1"
    from photoclip.core.cache_dir import CACHE_ENV

    saved = os.environ.get(CACHE_ENV)
    with tempfile.TemporaryDirectory(prefix="photoclip-selftest-", ignore_cleanup_errors=True) as tmp:
        # The text tower's export, the tokenizer's tables (and the places' tree) go to the temporary folder,
        # not the user's cache.
        os.environ[CACHE_ENV] = str(Path(tmp) / "cache")
        try:
            return SelfTest(Path(tmp), out).run()
        finally:
            if saved is None:
                os.environ.pop(CACHE_ENV, None)
            else:
                os.environ[CACHE_ENV] = saved
