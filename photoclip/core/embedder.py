"""Turning images and texts into L2-normalised float32 vectors with a CLIP model, in batches, on GPU or CPU.

`load_embedder` builds an `Embedder` from a model name (and optionally a local weights file) using
`photoclip.core.models` to find the weights; the `Embedder` is then all the rest of photoclip needs: its
`model_key` (which model made a vector), `dim`, the input geometry `prep` the decoder must produce, and methods
that embed pixels, PIL images and texts. Importing this module imports torch and open_clip: do it off the UI
thread, on first need.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import open_clip
import torch
import torch.nn.functional as F
from open_clip.transformer import text_global_pool

from photoclip.core.blas import one_blas_thread
from photoclip.core.imaging import PrepSpec, pixel_batch, prepare_for_model
from photoclip.core.models import (
    DEFAULT_MODEL,
    ModelSpec,
    ModelUnavailableError,
    model_key,
    model_spec,
    pick_device,
    register_model_configs,
    resolve_weights,
)

if TYPE_CHECKING:
    from PIL import Image

# The preprocessing keys a pretrained tag may set in open_clip's table (they are merged only when open_clip
# downloads by tag itself, and we hand it a file path instead).
_PREPROCESS_KEYS = ("mean", "std", "interpolation", "resize_mode", "fill_color")


class Embedder:
    """A loaded CLIP model. Thread-safe for concurrent calls (inference only, no state changes)."""

    def __init__(
        self,
        model: torch.nn.Module,
        tokenizer: Any,
        *,
        model_key: str,
        arch: str,
        dim: int,
        device: str,
        prep: PrepSpec,
        mean: Sequence[float],
        std: Sequence[float],
        input_dtype: torch.dtype = torch.float32,
        model_name: str | None = None,
        model_file: str | None = None,
    ) -> None:
        self.model = model
        # How to load this model again (the text tower's export does, on the CPU, for a model on a GPU).
        self.model_name = model_name
        self.model_file = model_file
        self.tokenizer = tokenizer
        self.model_key = model_key
        self.arch = arch
        self.dim = dim
        self.device = device
        self.prep = prep
        # exp() of the learned parameter: the factor the model itself multiplies cosine similarities by.
        self.logit_scale = float(model.logit_scale.detach().float().exp().item())  # type: ignore[union-attr,operator]
        # Not the dtype of "the" parameters: open_clip's fp16 keeps LayerNorms and embeddings in fp32.
        self._dtype = input_dtype
        self.mean, self.std = tuple(float(v) for v in mean), tuple(float(v) for v in std)
        # (x / 255 - mean) / std folded into one multiply-add, done on the device so that only uint8 pixels
        # (a quarter of the float bytes) cross the bus.
        std_t = torch.tensor(std, dtype=torch.float32).view(1, 3, 1, 1)
        mean_t = torch.tensor(mean, dtype=torch.float32).view(1, 3, 1, 1)
        self._scale = (1.0 / (255.0 * std_t)).to(device=device, dtype=self._dtype)
        self._shift = (-mean_t / std_t).to(device=device, dtype=self._dtype)

    def __repr__(self) -> str:
        return f"Embedder({self.model_key!r}, dim={self.dim}, device={self.device!r}, size={self.prep.size})"

    def embed_pixels(self, batch: np.ndarray) -> np.ndarray:
        """uint8 (N, H, W, 3) RGB, already at `prep.size` (see imaging.prepare_for_model) -> float32 (N, dim),
        each row of unit length."""
        batch = pixel_batch(batch, self.prep.size)
        if len(batch) == 0:
            return np.empty((0, self.dim), dtype=np.float32)
        with torch.inference_mode():
            x = torch.from_numpy(batch).to(self.device)
            x = x.permute(0, 3, 1, 2).to(self._dtype)
            x = torch.addcmul(self._shift, x, self._scale)
            return self._finish(self.model.encode_image(x))  # type: ignore[operator]

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Texts -> float32 (N, dim), each row of unit length. A single string counts as one text."""
        if isinstance(texts, str):
            texts = [texts]  # a str is a Sequence[str] of characters, which is never what a caller means
        if len(texts) == 0:
            return np.empty((0, self.dim), dtype=np.float32)
        with torch.inference_mode():
            tokens = self.tokenizer(list(texts)).to(self.device)
            return self._finish(self._encode_text(tokens))

    def _encode_text(self, tokens: torch.Tensor) -> torch.Tensor:
        """open_clip's encode_text, run only over the positions up to the longest text's end token.

        Queries are a few words but are padded to 77 tokens; with a causal mask no position attends to a later
        one, so the pooled end-token feature is the same without the padding, at a fraction of the compute
        (a search query's text encoding drops from ~70 ms to ~15 ms on a laptop CPU)."""
        m = self.model
        pool = getattr(m, "text_pool_type", None)
        mask = getattr(m, "attn_mask", None)
        if not isinstance(m, open_clip.CLIP) or mask is None or pool not in ("argmax", "eos"):
            return m.encode_text(tokens)  # type: ignore[operator]
        ends = tokens.argmax(dim=-1) if pool == "argmax" else (tokens == m.text_eos_id).int().argmax(dim=-1)
        n = int(ends.max()) + 1
        if n >= tokens.shape[1]:
            return m.encode_text(tokens)
        tokens = tokens[:, :n]
        cast_dtype = m.transformer.get_cast_dtype()
        x = m.token_embedding(tokens).to(cast_dtype) + m.positional_embedding[:n].to(cast_dtype)
        x = m.transformer(x, attn_mask=mask[:n, :n])
        x = m.ln_final(x)
        x = text_global_pool(x, tokens, pool, eos_token_id=getattr(m, "text_eos_id", None))
        if m.text_projection is not None:
            x = m.text_projection(x) if isinstance(m.text_projection, torch.nn.Linear) else x @ m.text_projection
        return x

    def embed_images(self, images: Sequence[Image.Image]) -> np.ndarray:
        """PIL images (any size and mode) -> float32 (N, dim); a convenience over prepare_for_model + embed_pixels."""
        if len(images) == 0:
            return np.empty((0, self.dim), dtype=np.float32)
        return self.embed_pixels(np.stack([prepare_for_model(img, self.prep) for img in images]))

    def _finish(self, feats: torch.Tensor) -> np.ndarray:
        # Normalised in float32 even when the model runs in fp16: the norms of fp16 features lose digits.
        out = F.normalize(feats.float(), dim=-1)
        return out.cpu().numpy().astype(np.float32, copy=False)


def load_embedder(
    name: str = DEFAULT_MODEL,
    model_file: str | os.PathLike[str] | None = None,
    device: str = "auto",
    threads: int | None = None,
    tqdm_class: type | None = None,
) -> Embedder:
    """Load a model ready to embed. Downloads the weights on first use (see models.resolve_weights).

    `threads` bounds torch's CPU threads so the rest of the application stays fluid while indexing on the CPU;
    it is process-wide in torch, so the last call wins. Raises ModelUnavailableError when the weights cannot be
    had or do not fit the architecture, ValueError for a bad name or device."""
    register_model_configs()
    spec = model_spec(name)
    dev = pick_device(device)
    weights = resolve_weights(spec, model_file, tqdm_class=tqdm_class)
    if threads is not None:
        if threads < 1:
            raise ValueError(f"threads must be at least 1, got {threads}")
        torch.set_num_threads(threads)
    one_blas_thread()

    precision = "fp16" if dev.startswith(("cuda", "mps")) else "fp32"
    force: dict[str, Any] = {}
    quick_gelu = False
    if spec.pretrained:
        tag_cfg = open_clip.get_pretrained_cfg(spec.arch, spec.pretrained) or {}
        force = {k: tag_cfg[k] for k in _PREPROCESS_KEYS if k in tag_cfg}
        quick_gelu = bool(tag_cfg.get("quick_gelu", False))

    try:
        # A file path as `pretrained`: open_clip loads .safetensors with safetensors and anything else with
        # torch.load(weights_only=True), so a checkpoint can never run code.
        model = open_clip.create_model(
            spec.arch,
            pretrained=str(weights),
            device=dev,
            precision=precision,
            force_quick_gelu=quick_gelu,
            force_preprocess_cfg=force or None,
            weights_only=True,
        )
    except torch.cuda.OutOfMemoryError:  # not a file problem, though a RuntimeError
        raise
    except OSError as e:
        if spec.multilingual and not _mentions(e, weights):
            raise _text_tower_error(spec, e) from e
        raise _mismatch_error(spec, weights, e) from e
    except Exception as e:
        # The name and arch were validated above, so what fails here is the checkpoint: the wrong tensors,
        # shapes or format surface as assorted errors (RuntimeError, AssertionError, KeyError, SafetensorError,
        # UnpicklingError, ...) from open_clip's state-dict handling. The original stays chained for debugging.
        raise _mismatch_error(spec, weights, e) from e
    model.eval()

    try:
        tokenizer = open_clip.get_tokenizer(spec.arch)
    except OSError as e:  # a Hugging Face tokenizer that is neither cached nor downloadable
        raise _text_tower_error(spec, e) from e

    pp = open_clip.get_model_preprocess_cfg(model)
    size = pp.get("size", 224)
    hw = (int(size), int(size)) if isinstance(size, int) else (int(size[0]), int(size[1]))
    interpolation = pp.get("interpolation", "bicubic")
    prep = PrepSpec(
        size=hw,
        resize_mode=pp.get("resize_mode", "shortest"),
        # 'random' is a training-time augmentation; evaluation uses bicubic.
        interpolation=interpolation if interpolation in ("bicubic", "bilinear") else "bicubic",
        fill_color=int(pp.get("fill_color", 0)),
    )
    dim = int((open_clip.get_model_config(spec.arch) or {}).get("embed_dim", 0)) or _probe_dim(model, tokenizer, dev)
    return Embedder(
        model,
        tokenizer,
        model_key=model_key(spec, model_file),
        arch=spec.arch,
        dim=dim,
        device=dev,
        prep=prep,
        mean=pp.get("mean", open_clip.OPENAI_DATASET_MEAN),
        std=pp.get("std", open_clip.OPENAI_DATASET_STD),
        input_dtype=open_clip.get_input_dtype(precision) or torch.float32,
        model_name=spec.name,
        model_file=os.fspath(model_file) if model_file is not None else None,
    )


def _probe_dim(model: torch.nn.Module, tokenizer: Any, device: str) -> int:
    with torch.inference_mode():
        return int(model.encode_text(tokenizer(["a"]).to(device)).shape[-1])  # type: ignore[operator]


def _mentions(e: BaseException, path: os.PathLike[str]) -> bool:
    return os.fspath(path) in str(e) or getattr(e, "filename", None) == os.fspath(path)


def _mismatch_error(spec: ModelSpec, weights: os.PathLike[str], e: BaseException) -> ModelUnavailableError:
    first = (str(e).strip().splitlines() or [type(e).__name__])[0]
    return ModelUnavailableError(
        f"The weights file {weights} cannot be loaded into the model architecture {spec.arch}.\n"
        f"It is unreadable, damaged, or made for another architecture ({first[:200]}).\n"
        f"Pass a checkpoint of {spec.arch} with --model-file, or choose the model that matches the file "
        f"(see `photoclip models`)."
    )


def _text_tower_error(spec: ModelSpec, e: BaseException) -> ModelUnavailableError:
    text_cfg = (open_clip.get_model_config(spec.arch) or {}).get("text_cfg", {})
    hf_name = text_cfg.get("hf_tokenizer_name") or text_cfg.get("hf_model_name") or "its text model"
    return ModelUnavailableError(
        f"The model {spec.name} also needs the configuration and tokenizer of {hf_name} from Hugging Face, "
        f"and they are not on this computer.\n"
        f"Connect to the internet once and run photoclip again (a few MB); it works offline from then on.\n"
        f"({type(e).__name__}: {(str(e).strip().splitlines() or [''])[0][:200]})"
    )
