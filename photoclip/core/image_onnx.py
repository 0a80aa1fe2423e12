"""Indexing on the CPU without torch: the model's image tower in ONNX Runtime, exported from open_clip once per
weights.

On a CPU, ONNX Runtime runs the image tower as fast as torch (ViT-B-32: within a few per cent, see the README's
Speed section), but a process that embeds photos with it starts without importing torch, torchvision and
open_clip (~8 s on a 2-core machine): what a nightly `photoclip index` or the folder watcher pays before its first
photo. So after an index run that embedded photos through torch on the CPU, its image tower is exported (see
`Engine.export_image_tower_if_needed`), beside the text tower's export (`text_onnx`, whose `Tower` both use) but
in a folder of its own under ``image-encoders/`` of photoclip's cache, named after the weights' identity in the
same way (a changed file is exported again).

The exported graph takes what the decoders make (uint8 (N, H, W, 3) RGB at the model's input size, see
`imaging.prepare_for_model`) and does the rest itself: the model's mean/std normalisation, encode_image, unit
length. Its vectors are stored under the same model key as torch's, so an export is used only once it has been
verified on a set of test pictures (`_test_pictures`) against open_clip's ``encode_image`` on the same pixels:
every vector at a cosine of at least `MIN_COSINE` and no component further than `MAX_DIFF` from torch's. When
the export or its check fails, the folder records why (`ImageExport.reason`) and photos keep going through torch.

Only fp32: dynamic int8 quantisation runs the tower faster on processors with VNNI/AMX, but its vectors differ from
fp32's by more than `MAX_DIFF` (cosine ~0.9998), so they could not share a model key with torch's; see
``benchmarks/index_speed.py``.
"""

from __future__ import annotations

import copy
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from photoclip.core import text_onnx
from photoclip.core.cache_dir import cache_dir
from photoclip.core.imaging import PrepSpec, pixel_batch
from photoclip.core.text_onnx import (
    OPSET,
    OnnxExport,
    Tower,
    _cpu_fp32_model,
    _optimise,
    check_cancel,
    open_session,
    weights_folder,
)

if TYPE_CHECKING:
    from PIL import Image

    from photoclip.core.embedder import Embedder
    from photoclip.core.engine import TextModel

# Bumped when what an export folder holds changes meaning: older folders are then exported again.
EXPORT_VERSION = 1
MIN_COSINE = 0.9999
# Vectors of the two paths share a model key (and one index), so they must be the same numbers, not just close.
MAX_DIFF = 1e-4
ONNX_NAME = "image.onnx"  # the optimised graph; its weights lie beside it in image.onnx.data
RAW_NAME = "raw.onnx"
EXPORT_BATCH = 2  # the example's batch; verification runs other sizes, as indexing does


def cache_root() -> Path:
    """Where exports live: image-encoders/ in photoclip's cache folder."""
    return cache_dir() / "image-encoders"


def export_dir(arch: str, weights: str | os.PathLike[str]) -> Path:
    """The folder of the export for ``arch`` with these weights (which need not exist yet)."""
    return weights_folder(cache_root(), EXPORT_VERSION, arch, weights)


ImageExport = OnnxExport


def read_export(folder: Path) -> ImageExport | None:
    """The recorded outcome of an image tower's export in ``folder``; None when there is none yet."""
    return text_onnx.read_export(folder, EXPORT_VERSION, ONNX_NAME)


def find_export(arch: str, weights: str | os.PathLike[str]) -> ImageExport | None:
    """The recorded export for ``arch`` with these weights; None when there is none yet."""
    return read_export(export_dir(arch, weights))


# -- using an export (no torch) ------------------------------------------------------------------------------


class OnnxImageEncoder:
    """A model's image tower in ONNX Runtime; thread-safe for concurrent calls.

    Stands in for an `Embedder` where photos are embedded (the indexing pipeline, a search by an image file):
    ``model_key``, ``dim``, ``prep``, ``device``, ``embed_pixels`` and ``embed_images``. Texts (label prompts the
    pipeline tags new photos with) go to the text model of a view made by `with_text_model`: the encoder itself
    holds nothing bound to a thread, as one is shared by the app's threads (`SharedModels`).
    """

    def __init__(self, export: ImageExport, model_key: str, *, threads: int | None = None) -> None:
        meta = export.meta
        self.session = open_session(export, threads)
        self.export = export
        self.model_key = model_key
        self.arch = str(meta["arch"])
        self.dim = int(meta["dim"])
        self.logit_scale = float(meta["logit_scale"])
        self.device = "cpu"
        p = meta["prep"]
        self.prep = PrepSpec(size=(int(p["size"][0]), int(p["size"][1])), resize_mode=str(p["resize_mode"]),
                             interpolation=str(p["interpolation"]), fill_color=int(p["fill_color"]))
        self._input = self.session.get_inputs()[0].name
        self._text_model: Callable[[], TextModel] | None = None

    def __repr__(self) -> str:
        return f"OnnxImageEncoder({self.model_key!r}, dim={self.dim}, folder={str(self.export.folder)!r})"

    def embed_pixels(self, batch: np.ndarray) -> np.ndarray:
        """uint8 (N, H, W, 3) RGB, already at `prep.size` (see imaging.prepare_for_model) -> float32 (N, dim),
        each row of unit length."""
        batch = pixel_batch(batch, self.prep.size)
        if len(batch) == 0:
            return np.empty((0, self.dim), dtype=np.float32)
        out = self.session.run(None, {self._input: batch})[0]
        # Normalised again in float64, as torch's path normalises in float32 after the tower: rows of unit length.
        norms = np.linalg.norm(out.astype(np.float64), axis=1, keepdims=True)
        return (out / np.maximum(norms, 1e-12)).astype(np.float32)

    def embed_images(self, images: Sequence[Image.Image]) -> np.ndarray:
        """PIL images (any size and mode) -> float32 (N, dim); a convenience over prepare_for_model + embed_pixels."""
        from photoclip.core.imaging import prepare_for_model

        if len(images) == 0:
            return np.empty((0, self.dim), dtype=np.float32)
        return self.embed_pixels(np.stack([prepare_for_model(img, self.prep) for img in images]))

    def with_text_model(self, text_model: Callable[[], TextModel]) -> OnnxImageEncoder:
        """This encoder (the same ONNX session, nothing loaded again) with its texts going to ``text_model``,
        called on first need: one Engine's, for that Engine's thread only (`Engine.image_encoder`)."""
        view = copy.copy(self)
        view._text_model = text_model
        return view

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Texts through the model's text encoder (the query path's ONNX one when exported)."""
        if self._text_model is None:
            raise RuntimeError("this image encoder has no text model (see with_text_model)")
        return self._text_model().embed_texts(texts)


def load_image_encoder(arch: str, weights: str | os.PathLike[str], model_key: str, *,
                       threads: int | None = None) -> OnnxImageEncoder | None:
    """The verified export for ``arch`` with ``weights``, opened; None when there is none (yet) or it failed."""
    try:
        found = find_export(arch, weights)
    except OSError:
        return None
    if found is None or not found.ok:
        return None
    try:
        return OnnxImageEncoder(found, model_key, threads=threads)
    except Exception:  # a damaged file (onnxruntime raises its own types): photos go through torch instead
        return None


# -- making an export (torch) ---------------------------------------------------------------------------------

def ensure_export(embedder: Embedder, weights: str | os.PathLike[str],
                  cancel: threading.Event | None = None) -> ImageExport:
    """The export of ``embedder``'s image tower for these weights: the recorded one, else made and verified now.
    Never raises for a model that cannot be exported (the outcome says why); raises `text_onnx.ExportCancelled`
    when ``cancel`` is set before it is done (checked between its steps)."""
    return IMAGE_TOWER.ensure(embedder, weights, cancel)


def export(embedder: Embedder, weights: str | os.PathLike[str], folder: Path | None = None) -> ImageExport:
    """Export ``embedder``'s image tower to ``folder`` (by default its cache folder), verify it, and record the
    outcome there (a failure too, so that it is not retried at every start)."""
    return IMAGE_TOWER.export(embedder, weights, folder)


def _extra_meta(embedder: Embedder) -> dict[str, Any]:
    """What an image tower's record says besides the common fields: what device="auto" chose and which GPUs
    there were (see `Engine._embeds_on_cpu`), and the input geometry the decoders must produce."""
    return {"auto_device": _auto_device(), "gpus": gpu_fingerprint(), "prep": _prep_meta(embedder.prep)}


class ExportError(Exception):
    """The image tower could not be exported, or its export does not match open_clip."""


def _prep_meta(p: PrepSpec) -> dict[str, Any]:
    """The input geometry the decoders must produce for this model, as recorded beside its export."""
    return {"size": list(p.size), "resize_mode": p.resize_mode, "interpolation": p.interpolation,
            "fill_color": p.fill_color}


def gpu_fingerprint() -> str:
    """The GPUs this computer shows to drivers, told from the file system (no torch, a few stat calls): recorded
    beside what device="auto" chose, so that a GPU fitted or a driver installed since sends indexing back to torch
    to choose again, instead of leaving the photos on the CPU's ONNX path for good."""
    import glob
    import sys

    if sys.platform == "darwin":
        import platform

        return "mps" if platform.machine() == "arm64" else ""
    if sys.platform == "win32":
        root = Path(os.environ.get("SYSTEMROOT", r"C:\Windows"), "System32")
        return ",".join(name for name in ("nvcuda.dll", "amdhip64.dll") if (root / name).exists())
    # NVIDIA's device nodes, and ROCm's compute node for AMD cards.
    return ",".join(sorted(glob.glob("/dev/nvidia[0-9]*") + glob.glob("/dev/kfd")))


def _auto_device() -> str:
    """What device="auto" gives on this computer (torch is loaded already): the cache is this computer's, so a
    later process may use the export for "auto" when this says "cpu", without importing torch to ask."""
    from photoclip.core.models import pick_device

    return pick_device("auto")


def _test_pictures(size: tuple[int, int], n: int = 6) -> np.ndarray:
    """Deterministic uint8 (n, H, W, 3) pictures with what photos have: smooth gradients, edges, shapes, texture,
    dark and bright areas, and sensor-like noise."""
    h, w = size
    rng = np.random.default_rng(1234)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    out = np.empty((n, h, w, 3), np.uint8)
    for i in range(n):
        cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h, rng.uniform(0.1, 0.4) * min(h, w)
        base = rng.uniform(0, 255, 3) * (xx / w)[..., None] + rng.uniform(0, 255, 3) * (yy / h)[..., None]
        disc = ((xx - cx) ** 2 + (yy - cy) ** 2 < r * r)[..., None] * rng.uniform(-120, 120, 3)
        stripes = 40 * np.sin(xx * rng.uniform(0.05, 0.5) + yy * rng.uniform(0.05, 0.5))[..., None]
        noise = rng.normal(0, 4 + 6 * i, (h, w, 3))
        scale = (0.3, 1.0, 0.7, 1.4, 0.5, 1.1)[i % 6]  # some pictures dark, some washed out
        out[i] = np.clip((base / 2 + disc + stripes + noise) * scale, 0, 255).astype(np.uint8)
    return out


def _export_and_verify(embedder: Embedder, weights: str | os.PathLike[str], path: Path,
                       cancel: threading.Event | None = None) -> dict[str, Any]:
    import warnings

    import open_clip
    import torch

    model = _cpu_fp32_model(embedder, weights)
    check_cancel(cancel)
    module = _wrap(model, embedder.mean, embedder.std)
    raw = path.parent / RAW_NAME
    pictures = _test_pictures(embedder.prep.size)
    example = torch.from_numpy(pictures[:EXPORT_BATCH].copy())
    fast_path = torch.backends.mha.get_fastpath_enabled()
    # nn.MultiheadAttention's inference fast path is a fused operator the ONNX exporter has no translation for.
    torch.backends.mha.set_fastpath_enabled(False)
    try:
        with torch.inference_mode(False), torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                module, (example,), str(raw), input_names=["pixels"], output_names=["features"],
                dynamic_axes={"pixels": {0: "batch"}, "features": {0: "batch"}}, opset_version=OPSET, dynamo=False,
            )
            check_cancel(cancel)  # the reference takes as long as the export (ViT-L-14 on 2 busy cores: ~80 s each)
            # The reference: open_clip's encode_image on the same pixels, normalised as the Embedder does.
            x = torch.from_numpy(pictures).permute(0, 3, 1, 2).float()
            x = (x / 255 - module.mean) / module.std
            reference = model.encode_image(x, normalize=True).float().numpy()
    finally:
        torch.backends.mha.set_fastpath_enabled(fast_path)

    check_cancel(cancel)
    _optimise(raw, path)
    raw.unlink()
    check_cancel(cancel)
    found = ImageExport(path.parent, True, "", {"arch": embedder.arch, "dim": embedder.dim,
                                               "logit_scale": embedder.logit_scale,
                                               "prep": _prep_meta(embedder.prep)}, path.name)
    encoder = OnnxImageEncoder(found, embedder.model_key)
    # The whole set in one batch, and one picture alone: the graph must work at every batch size indexing runs.
    whole = encoder.embed_pixels(pictures)
    check_cancel(cancel)
    got = np.concatenate([whole, encoder.embed_pixels(pictures[-1:])])
    reference = np.concatenate([reference, reference[-1:]])
    del encoder
    worst, diff = agreement(got, reference)
    if not worst >= MIN_COSINE:
        raise ExportError(f"the exported image tower does not match open_clip (cosine {worst:.6f} < {MIN_COSINE})")
    if not diff <= MAX_DIFF:
        raise ExportError(f"the exported image tower's vectors differ from open_clip's by {diff:.2e} "
                          f"(more than {MAX_DIFF:.0e}): they cannot share its model key")
    return {"min_cosine": worst, "max_diff": diff, "torch": torch.__version__,
            "open_clip": getattr(open_clip, "__version__", "?"), "opset": OPSET}


def agreement(got: np.ndarray, reference: np.ndarray) -> tuple[float, float]:
    """(the lowest cosine between matching rows, the largest difference of any component) of two sets of vectors."""
    a, b = got.astype(np.float64), reference.astype(np.float64)
    cos = (a * b).sum(axis=1) / np.maximum(np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1), 1e-12)
    return float(cos.min()), float(np.abs(a - b).max())


def _wrap(model: Any, mean: Sequence[float], std: Sequence[float]) -> Any:
    """The module to export: uint8 pixels in, as the decoders make them; normalised, encoded, unit length out."""
    import torch
    import torch.nn.functional as F

    class EncodePixels(torch.nn.Module):
        def __init__(self, m: Any) -> None:
            super().__init__()
            self.m = m
            self.register_buffer("mean", torch.tensor(mean, dtype=torch.float32).view(1, 3, 1, 1))
            self.register_buffer("std", torch.tensor(std, dtype=torch.float32).view(1, 3, 1, 1))

        def forward(self, pixels: torch.Tensor) -> torch.Tensor:
            x = pixels.permute(0, 3, 1, 2).to(torch.float32)
            x = (x / 255 - self.mean) / self.std
            return F.normalize(self.m.encode_image(x), dim=-1)

    return EncodePixels(model)


IMAGE_TOWER = Tower(EXPORT_VERSION, ONNX_NAME, export_dir, find_export, _export_and_verify, _extra_meta)
