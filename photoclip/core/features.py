"""A rotation-tolerant second opinion on "the same picture": a few ORB feature matches under one similarity
transform.

Region hashes (see `phash`) see crops and straightenings of up to about 2 degrees from the original; two copies
straightened in opposite directions (+1 and -2 degrees: 3 apart) can still be too far apart for them, and complete
linkage then leaves one copy out of its group. `same_picture` asks the pixels: ORB keypoints of both photos at
`FEATURE_SIZE` px, ratio-tested matches, and a RANSAC similarity transform (rotation, uniform scale, shift). Two
photos are one picture when at least `MIN_INLIERS` matches agree on a transform that is what editors do to a copy:
rotation of at most `MAX_ROTATION` degrees, scale within `SCALE_RANGE` (crops of up to ~10 %), and the centre
staying within `MAX_CENTRE_SHIFT` of the frame. On benchmarks/duplicates.py (480 files) that confirmed every
straightened pair; among 38 051 pairs of distinct pictures it confirmed only the stereo pair (one instant from
two lenses a few cm apart) and its quadrants, never a distinct photograph.

It costs a decode and ~15 ms of features per photo (kept for the scan) and ~8 ms per pair, so `duplicates` asks it
only of the few pairs the hashes leave open inside a group about to form, never of all candidates.

OpenCV (opencv-python-headless) does the work; without it nothing is confirmed. No Qt here.
"""

from __future__ import annotations

import math
import os
from typing import Any

import numpy as np

from photoclip.core import imaging

FEATURE_SIZE = 384
MIN_INLIERS = 30
MAX_ROTATION = 5.0
SCALE_RANGE = (0.8, 1.25)
MAX_CENTRE_SHIFT = 0.1
_RATIO = 0.8  # Lowe's ratio test


class FeatureMatcher:
    """`same_picture` over one scan, each photo's features computed once."""

    def __init__(self) -> None:
        self._features: dict[str, tuple[np.ndarray, Any, tuple[int, int]] | None] = {}
        self.pairs_checked = 0
        self._cv2: Any = None
        self._ready = False

    def _start(self) -> bool:
        """Import OpenCV on the first pair (most scans need none); False when it is not installed."""
        if not self._ready:
            self._ready = True
            try:
                import cv2
            except ImportError:
                return False
            self._cv2 = cv2
            self._orb = cv2.ORB_create(nfeatures=500)
            self._matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
        return self._cv2 is not None

    def _of(self, path: str) -> tuple[np.ndarray, Any, tuple[int, int]] | None:
        if not self._start():
            return None
        if path not in self._features:
            self._features[path] = self._compute(path)
        return self._features[path]

    def _compute(self, path: str) -> tuple[np.ndarray, Any, tuple[int, int]] | None:
        from PIL import Image

        try:
            img, _meta = imaging.open_oriented(path, min_size=FEATURE_SIZE)
        except (OSError, imaging.ImageError):
            return None
        grey = img.convert("L")
        scale = FEATURE_SIZE / max(grey.size)
        grey = grey.resize((max(1, round(grey.width * scale)), max(1, round(grey.height * scale))),
                           Image.Resampling.BILINEAR)
        keypoints, descriptors = self._orb.detectAndCompute(np.asarray(grey), None)
        if descriptors is None or len(keypoints) < MIN_INLIERS:
            return None
        return np.float32([k.pt for k in keypoints]), descriptors, grey.size

    def same_picture(self, a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
        """Whether the photos at ``a`` and ``b`` are one picture, cropped, scaled or straightened a little."""
        if not self._start():
            return False
        self.pairs_checked += 1
        fa, fb = self._of(os.fspath(a)), self._of(os.fspath(b))
        if fa is None or fb is None:
            return False
        (pa, da, sa), (pb, db, sb) = fa, fb
        good = [m[0] for m in self._matcher.knnMatch(da, db, k=2)
                if len(m) == 2 and m[0].distance < _RATIO * m[1].distance]
        if len(good) < MIN_INLIERS:
            return False
        src = pa[[m.queryIdx for m in good]]
        dst = pb[[m.trainIdx for m in good]]
        # Both sides are at FEATURE_SIZE on their long side, so a pure crop shows as a scale near 1 / (1 - crop).
        transform, inliers = self._cv2.estimateAffinePartial2D(src, dst, method=self._cv2.RANSAC,
                                                               ransacReprojThreshold=3.0)
        if transform is None or int(inliers.sum()) < MIN_INLIERS:
            return False
        scale = math.hypot(transform[0, 0], transform[1, 0])
        rotation = math.degrees(math.atan2(transform[1, 0], transform[0, 0]))
        centre = transform @ np.array([sa[0] / 2, sa[1] / 2, 1.0])
        shift = math.hypot(centre[0] - sb[0] / 2, centre[1] - sb[1] / 2) / max(sb)
        return (SCALE_RANGE[0] <= scale <= SCALE_RANGE[1] and abs(rotation) <= MAX_ROTATION
                and shift <= MAX_CENTRE_SHIFT)
