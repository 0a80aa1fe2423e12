"""Reading the text written in a photo (signs, receipts, screenshots, documents) with RapidOCR, offline.

RapidOCR runs the PP-OCR models that ship inside its wheel (a text detector, a 0/180 degree line classifier and
a multilingual recogniser: Chinese, Japanese, English and the Latin-script languages, Turkish and accents
included) in ONNX Runtime. Nothing is downloaded.

Most photos carry no text, so a photo gets a cheap **first look** before anything else: it is decoded small (JPEG
draft mode, `LOOK_SIDE` px) and only the detector runs. A copy of the detector quantised to 8 bits
(`resources/ocr/build.py`) screens it first, smaller still, at a quarter of the cost; the full-precision detector
looks only where the screen saw a line (without that file, every photo gets the full-precision look). When the look
sees no text line, that is the answer. Otherwise the photo is decoded at `READ_SIDE` px and the region around what
the first look saw is read in full: detection again at that size, each line turned upright (the detector's boxes
follow text at an angle; the classifier turns upside-down lines over) and recognised. Photos are always read
upright, their EXIF orientation applied (`imaging`).

No database here: `text_pass` decides which photos to read and keeps what this module returns.
"""

from __future__ import annotations

import os
import sys
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from photoclip.core.text_folding import is_cjk

if TYPE_CHECKING:
    from PIL import Image

# The first look's long side. benchmarks/photo_text.py: at 448 px the detector saw every sign (text down to 2.5 %
# of the photo's height) and no texture, and ran 1.5x as fast as at 640 px; at 512 it missed one and imagined 3.
LOOK_SIDE = 448
# The screen before the first look: the detector quantised to 8 bits (resources/ocr/build.py), at SCREEN_SIDE px,
# a quarter of the full-precision look's CPU. Only a photo in which it sees a line at least SCREEN_SCORE sure
# (below RapidOCR's own box threshold, 0.5: a screen must not miss, a photo it passes costs only a look) gets the
# full-precision look at LOOK_SIDE, which decides as before: quantised, the detector's scores shift
# (benchmarks/photo_text.py: at 448 px alone it took 5 of 30 textless photos for text; as a screen at 384 px it
# passed every photo with text, the weakest small sign at 0.52, and 4 of 30 without, which the look turned down).
LOOK_MODEL = ("ocr", "PP-OCRv6_det_small_int8.onnx")
SCREEN_SIDE = 384
SCREEN_SCORE = 0.4
# Full recognition's long side. benchmarks/photo_text.py: 1280 px read every word 1600 did (text down to 2.5 % of
# the photo's height, ~24 px here) at 1.6x the speed.
READ_SIDE = 1280
# A first-look box counts as text when the detector is this sure of it ...
LOOK_SCORE = 0.6
# ... and it is no taller than this share of the photo's short side (a whole-photo box is texture, not text).
LOOK_MAX_HEIGHT = 0.4
# A recognised line is kept at this confidence or above; below it, what comes out is mostly noise.
LINE_SCORE = 0.8
# Read the whole photo when what the first look saw covers more than this share of it (a page, a screenshot).
WHOLE_SHARE = 0.5
# ONNX Runtime threads for the shared reader's screen (one: it is what every photo costs, and a second thread
# spends more CPU than it saves), and for the full look and read of the few photos that pass it. Those threads are
# made by the pass's worker thread; on Linux they inherit its lowered priority (nice is per thread there), so two
# still yield to indexing and the UI, and on an idle 2-core machine they read a photo with text 1.26/s instead of
# 0.94/s (benchmarks/photo_text.py --threads). Elsewhere a thread's priority cannot be lowered alone: one thread.
THREADS = 1
READ_THREADS = min(2, os.cpu_count() or 1) if sys.platform.startswith("linux") else 1


@dataclass(frozen=True)
class PhotoText:
    """What was read in one photo: its lines, top to bottom, and whether only the first look ran."""

    lines: tuple[str, ...] = ()
    looked_only: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _engine_params(threads: int) -> dict[str, Any]:
    return {
        "Global.log_level": "error",
        "Global.max_side_len": READ_SIDE,
        # Never scale a crop past READ_SIDE, nor a small first look up to the detector's default 736-px minimum.
        "Det.limit_type": "max",
        "Det.limit_side_len": READ_SIDE,
        # Few threads (see READ_THREADS), one between operators: the pass runs at low priority beside indexing and
        # the UI, and must stay out of their way.
        "EngineConfig.onnxruntime.intra_op_num_threads": threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    }


def detector_input(bgr: np.ndarray) -> np.ndarray:
    """The detector's input tensor for a BGR image: sides rounded to multiples of 32, normalised, NCHW (what
    RapidOCR's own detector step makes, never enlarging past READ_SIDE)."""
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    return DetPreProcess(READ_SIDE, "max", [0.5, 0.5, 0.5], [0.5, 0.5, 0.5])(bgr)


def look_model() -> Path | None:
    from photoclip.core.package_data import resources_dir

    folder = resources_dir()
    path = folder.joinpath(*LOOK_MODEL) if folder is not None else None
    return path if path is not None and path.is_file() else None


class _LookDetector:
    """The quantised detector in its own ONNX Runtime session, with RapidOCR's post-processing (its detector
    step's settings, but boxes down to SCREEN_SCORE), so its boxes are drawn as the full-precision detector's."""

    def __init__(self, model: Path, threads: int) -> None:
        import onnxruntime as ort
        from rapidocr.ch_ppocr_det.utils import DBPostProcess

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        self._input = self._session.get_inputs()[0].name
        self._post = DBPostProcess(thresh=0.3, box_thresh=SCREEN_SCORE, max_candidates=1000, unclip_ratio=1.6,
                                   score_mode="fast", use_dilation=True)

    def __call__(self, bgr: np.ndarray) -> tuple[np.ndarray, list[float]]:
        pred = self._session.run(None, {self._input: detector_input(bgr)})[0]
        boxes, scores = self._post(pred, bgr.shape[:2])
        return np.asarray(boxes), list(scores)


class TextReader:
    """RapidOCR loaded once (about a second); `read` is safe to call from one thread at a time.
    ``quantised_look=False`` gives the first look the wheel's full-precision detector (the benchmark compares)."""

    def __init__(self, threads: int = 1, quantised_look: bool = True, read_threads: int | None = None) -> None:
        import cv2
        from rapidocr import RapidOCR

        cv2.setNumThreads(1)
        threads = max(1, threads)
        self._ocr = RapidOCR(params=_engine_params(max(1, read_threads or threads)))
        model = look_model() if quantised_look else None
        self._look: _LookDetector | None = None
        if model is not None:
            try:
                self._look = _LookDetector(model, threads)
            except Exception:  # an ONNX Runtime too old for the file: the full-precision look alone still works
                self._look = None
        self._lock = threading.Lock()

    @property
    def quantised_look(self) -> bool:
        return self._look is not None

    def first_look(self, image: Image.Image) -> list[tuple[float, float, float, float]]:
        """The text boxes the detector sees in ``image`` (upright RGB, already small), as (left, top, right,
        bottom) shares of its width and height; empty when it sees none. With the quantised detector, a
        screen at SCREEN_SIDE px comes first, and only a photo it sees any line in is looked at in full."""
        if self._look is not None:
            from PIL import Image

            screen = image.copy()
            screen.thumbnail((SCREEN_SIDE, SCREEN_SIDE), Image.Resampling.BILINEAR)
            bgr = _bgr(screen)
            with self._lock:
                boxes, scores = self._look(bgr)
            if not _lines(boxes, scores, bgr.shape[:2], SCREEN_SCORE):
                return []
        bgr = _bgr(image)
        with self._lock:
            out = self._ocr(bgr, use_det=True, use_cls=False, use_rec=False)
        return _lines(getattr(out, "boxes", None), out.scores, bgr.shape[:2], LOOK_SCORE)

    def recognise(self, image: Image.Image) -> PhotoText:
        """Every line of text in ``image`` (upright RGB, at most READ_SIDE px) read with confidence."""
        with self._lock:
            out = self._ocr(_bgr(image), use_det=True, use_cls=True, use_rec=True)
        txts = getattr(out, "txts", None) or ()
        scores = getattr(out, "scores", None) or ()
        lines = []
        for txt, score in zip(txts, scores, strict=True):
            line = " ".join(str(txt).split())
            if score >= LINE_SCORE and _meaningful(line):
                lines.append(line)
        return PhotoText(tuple(lines), False)

    def read(self, path: str | os.PathLike[str]) -> PhotoText:
        """The text in the photo at ``path``: a first look, then a full read only where it saw text.
        Raises imaging.ImageError for a file that cannot be decoded."""
        from photoclip.core import imaging  # every Pillow plugin: a search (text_index imports this module) reads none

        small = imaging.make_thumbnail(path, LOOK_SIDE)
        boxes = self.first_look(small)
        if not boxes:
            return PhotoText(looked_only=True)
        big = imaging.make_thumbnail(path, READ_SIDE)
        return self.recognise(_region(big, boxes))


def _lines(boxes: np.ndarray | None, scores: Sequence[float], shape: tuple[int, int],
           min_score: float) -> list[tuple[float, float, float, float]]:
    """The detector's boxes that can be lines of text (at least ``min_score`` sure, not taller than
    LOOK_MAX_HEIGHT), as (left, top, right, bottom) shares of the image's width and height."""
    if boxes is None or not len(boxes):
        return []
    h, w = shape
    kept = []
    for box, score in zip(boxes, scores, strict=True):
        if score < min_score:
            continue
        xs, ys = box[:, 0], box[:, 1]
        # The short side of the (possibly slanted) quadrilateral is the line's height.
        sides = [float(np.hypot(*(box[(i + 1) % 4] - box[i]))) for i in range(4)]
        if min(sides) > LOOK_MAX_HEIGHT * min(w, h):
            continue
        kept.append((max(0.0, xs.min() / w), max(0.0, ys.min() / h), min(1.0, xs.max() / w),
                     min(1.0, ys.max() / h)))
    return kept


def _region(image: Image.Image, boxes: Sequence[tuple[float, float, float, float]]) -> Image.Image:
    """The part of ``image`` around ``boxes`` (shares of its size), padded so a line the first look saw only in
    part is read whole; the whole image when the boxes cover most of it."""
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[2] for b in boxes)
    bottom = max(b[3] for b in boxes)
    pad_x, pad_y = 0.08 + 0.25 * (right - left), 0.08 + 0.25 * (bottom - top)
    left, top = max(0.0, left - pad_x), max(0.0, top - pad_y)
    right, bottom = min(1.0, right + pad_x), min(1.0, bottom + pad_y)
    if (right - left) * (bottom - top) > WHOLE_SHARE:
        return image
    w, h = image.size
    return image.crop((int(left * w), int(top * h), int(np.ceil(right * w)), int(np.ceil(bottom * h))))


def _bgr(image: Image.Image) -> np.ndarray:
    if image.mode != "RGB":
        image = image.convert("RGB")
    return np.ascontiguousarray(np.asarray(image)[:, :, ::-1])


def _meaningful(line: str) -> bool:
    """Whether a recognised line says anything: two different letters or digits, or one CJK character (a lone
    '8' or 'O', or '0000', read off a texture is the recogniser guessing)."""
    seen = set()
    for ch in line:
        if is_cjk(ch):
            return True
        if unicodedata.category(ch)[0] in "LN":
            seen.add(ch.casefold())
    return len(seen) >= 2


_shared: TextReader | None = None
QUANTISED_LOOK = True  # whether the shared reader screens (benchmarks/photo_text.py turns it off for "before")
_shared_lock = threading.Lock()


def shared_reader() -> TextReader:
    """One reader per process: the models take ~100 MB and a second or two to load."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = TextReader(THREADS, QUANTISED_LOOK, READ_THREADS)
        return _shared
