"""Towers whose torch export call takes a minute, as a big model's does on a busy CPU (ViT-L-14: ~80 s).

The delay is put at the system edge, torch's own ``torch.onnx.export``, in whichever process makes the export (the
app's thread, or the child process `export_process` starts: its ``produce`` is imported there by name, so it lives
in a module of its own). Before waiting it creates the file named by ``$PHOTOCLIP_TEST_EXPORTING``: torch is then
inside its export call, where nothing of photoclip's can stop it.
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from photoclip.core import image_onnx, text_onnx

if TYPE_CHECKING:
    from photoclip.core.embedder import Embedder

MARK = "PHOTOCLIP_TEST_EXPORTING"
SLOW_S = 60.0


def _slowly(produce: Any, embedder: Embedder, weights: str | os.PathLike[str], path: Path,
            cancel: threading.Event | None) -> dict[str, Any]:
    import torch

    real = torch.onnx.export

    def slow(*args: Any, **kwargs: Any) -> Any:
        Path(os.environ[MARK]).touch()
        time.sleep(SLOW_S)
        return real(*args, **kwargs)

    torch.onnx.export = slow
    try:
        return produce(embedder, weights, path, cancel)
    finally:
        torch.onnx.export = real


def slow_text(embedder: Embedder, weights: str | os.PathLike[str], path: Path,
              cancel: threading.Event | None) -> dict[str, Any]:
    return _slowly(text_onnx._export_and_verify, embedder, weights, path, cancel)


def slow_image(embedder: Embedder, weights: str | os.PathLike[str], path: Path,
               cancel: threading.Event | None) -> dict[str, Any]:
    return _slowly(image_onnx._export_and_verify, embedder, weights, path, cancel)


# The same towers (version, file names, folders), made slowly; each with a lock of its own.
SLOW_TEXT_TOWER = dataclasses.replace(text_onnx.TEXT_TOWER, produce=slow_text, lock=threading.Lock())
SLOW_IMAGE_TOWER = dataclasses.replace(image_onnx.IMAGE_TOWER, produce=slow_image, lock=threading.Lock())
