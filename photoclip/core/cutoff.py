"""Where a query's matches stop: a cut-off judged against that query's own scores over the library.

CLIP similarities have no fixed meaning: one query's unrelated photos score 0.15, another's 0.25, and a
different model shifts everything. What does hold is that most of a library is unrelated to any one query, so
the query's scores over a sample of the library describe its *background*. A photo is a match when its score
stands clearly above that background:

    cut-off = median + z × spread

with the median and spread (1.4826 × the median absolute deviation, which equals the standard deviation for a
normal distribution but is not inflated by the matches themselves) of the background scores. z is 4, raised to
sqrt(2 ln N) for a library of N photos (4.8 at 100,000): the height the largest of N unrelated scores reaches
by chance, so chance alone puts about no photo above the line. Below `MIN_PHOTOS` photos there is too little
background to judge and everything is ranked.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

Z_MIN = 4.0
MIN_PHOTOS = 50
BACKGROUND_SAMPLE = 4096
_MAD_TO_SIGMA = 1.4826
# A floor on the spread: a library of near-identical photos (a burst) must not make every tiny difference count.
MIN_SPREAD = 1e-3


@dataclass(frozen=True)
class Cutoff:
    """The line a query's scores were judged by, with the numbers that explain it."""

    threshold: float  # photos scoring at or above it are matches; -inf when not judged
    median: float = 0.0
    spread: float = 0.0
    z: float = 0.0
    library_size: int = 0

    @property
    def judged(self) -> bool:
        return math.isfinite(self.threshold)

    def explain(self) -> str:
        if not self.judged:
            return f"no cut-off: {self.library_size} photos are too few to judge (at least {MIN_PHOTOS})"
        return (f"cut-off {self.threshold:.3f} = median {self.median:.3f} + {self.z:.1f} × spread {self.spread:.3f} "
                f"of this query's scores over the library")


def z_for(library_size: int) -> float:
    return max(Z_MIN, math.sqrt(2.0 * math.log(max(library_size, 2))))


def _median(values: np.ndarray) -> float:
    """`np.median` of a 1-D array without NaNs, without its check for NaNs: that check imports `numpy.ma`
    (~0.1 s), which a search would otherwise pay for on its first answer."""
    n = len(values)
    low, high = (n - 1) // 2, n // 2
    part = np.partition(values, (low, high))
    return float((part[low] + part[high]) / 2)


def judge(background: np.ndarray, query: np.ndarray, library_size: int) -> Cutoff:
    """The cut-off for ``query`` given ``background``, a (n, dim) sample of the library's vectors."""
    if library_size < MIN_PHOTOS or len(background) < MIN_PHOTOS:
        return Cutoff(-math.inf, library_size=library_size)
    scores = background @ query
    median = _median(scores)
    spread = max(_median(np.abs(scores - median)) * _MAD_TO_SIGMA, MIN_SPREAD)
    z = z_for(library_size)
    return Cutoff(median + z * spread, median, spread, z, library_size)

