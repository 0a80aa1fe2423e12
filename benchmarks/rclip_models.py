"""rclip 3.3's model files made on this machine, for `rclip_side.py`: the real ViT-B-32-256 networks with our weights.

rclip looks for ``{RCLIP_DATADIR}/ViT-B-32-256-datacomp_s34b_b86k/{visual,textual}.onnx`` and
``{RCLIP_DATADIR}/tokenizer/bpe_simple_vocab_16e6.txt.gz`` before it downloads anything, so files of the same
architecture, inputs and outputs run rclip's own code path unchanged, offline. They are exported the way rclip's
``scripts/convert_model.py`` exports its release (ONNX opset 18, the TorchScript exporter, inputs named "input",
outputs "output", a dynamic batch axis, PyTorch's fused attention fast path off), from open_clip's ViT-B-32-256 with
the weights photoclip's benchmarks use (random, so the same compute as the real ones, and the same network as
photoclip's in this comparison). Two variants:
  - "int8": the image tower as the latest convert_model.py publishes it, dynamically quantised to int8 (MatMul and
    Gemm weights, onnxruntime's quantize_dynamic); the text tower in float32. That script exports the text tower
    in float16, but onnxruntime 1.32 crashes (SIGSEGV) building a session of that file at its default, full graph
    optimisation on this machine (it loads at the "extended" level), and rclip builds its sessions at the default.
    A query is a dozen tokens, so the text tower's precision barely moves a search's time;
  - "fp32": both towers in float32, as the earlier convert_model.py published them.
The vocabulary is open_clip's own file, which is the one rclip publishes. Each file is checked against open_clip's
own vectors when made. Built once, cached under benchmarks/out.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"
ARCH = "ViT-B-32-256"
MODEL_SUBDIR = "ViT-B-32-256-datacomp_s34b_b86k"
VOCAB = "tokenizer/bpe_simple_vocab_16e6.txt.gz"
VARIANTS = ("int8", "fp32")


def model_files(variant: str, weights: Path) -> Path:
    """The folder holding rclip's model files of ``variant`` for ``weights`` (an open_clip ViT-B-32-256
    state dict in safetensors): made on the first call, reused after."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown rclip model variant {variant!r}; expected one of {VARIANTS}")
    root = OUT / f"rclip-models-{variant}"
    folder = root / MODEL_SUBDIR
    if (folder / "visual.onnx").is_file() and (folder / "textual.onnx").is_file() and (root / VOCAB).is_file():
        return root
    import open_clip

    folder.mkdir(parents=True, exist_ok=True)
    (root / VOCAB).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(Path(open_clip.__file__).parent / "bpe_simple_vocab_16e6.txt.gz", root / VOCAB)
    model = _load(weights)
    if variant == "fp32":
        _export(model.visual, _image_input(model), folder / "visual.onnx")
        _export(_text_tower(model), _text_input(), folder / "textual.onnx")
    else:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        fp32 = folder / "visual.fp32.onnx"
        _export(model.visual, _image_input(model), fp32)
        quantize_dynamic(str(fp32), str(folder / "visual.onnx"), weight_type=QuantType.QInt8,
                         op_types_to_quantize=["MatMul", "Gemm"])
        fp32.unlink()
        _export(_text_tower(model), _text_input(), folder / "textual.onnx")
    _check(root, model, 1 - 1e-6 if variant == "fp32" else 0.999)
    return root


def _load(weights: Path) -> Any:
    import open_clip
    from safetensors.torch import load_file

    model = open_clip.create_model(ARCH, pretrained=None)
    model.load_state_dict(load_file(str(weights)))
    return model.eval()


def _image_input(model: Any) -> Any:
    import torch

    size = model.visual.image_size
    return torch.randn(1, 3, *(size if isinstance(size, tuple) else (size, size)))


def _text_input() -> Any:
    import torch

    return torch.zeros(1, 77, dtype=torch.long)


def _text_tower(model: Any) -> Any:
    """open_clip's encode_text as a module (a class made here, so importing this file needs no torch)."""
    import torch

    class TextTower(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.clip = model

        def forward(self, tokens: torch.Tensor) -> torch.Tensor:
            return self.clip.encode_text(tokens)

    return TextTower().eval()


def _export(module: Any, example: Any, path: Path) -> None:
    import torch

    fast = torch.backends.mha.get_fastpath_enabled()
    torch.backends.mha.set_fastpath_enabled(False)  # as rclip's export: the fused op has no ONNX form
    try:
        with torch.no_grad():
            torch.onnx.export(module, (example,), str(path), input_names=["input"], output_names=["output"],
                              dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}}, opset_version=18,
                              dynamo=False)
    finally:
        torch.backends.mha.set_fastpath_enabled(fast)


def _check(root: Path, model: Any, min_cosine: float) -> None:
    """Both towers load in onnxruntime as rclip loads them (default optimisation) and give, for a batch of two,
    what open_clip's encode_image / encode_text give: cosine >= ``min_cosine`` per item (1 - 1e-6 for float32;
    int8 measured 0.9999)."""
    import numpy as np
    import onnxruntime as ort
    import torch

    folder = root / MODEL_SUBDIR
    images = torch.randn(2, 3, 256, 256, generator=torch.Generator().manual_seed(0))
    tokens = torch.zeros(2, 77, dtype=torch.long)
    tokens[:, 0], tokens[:, 2], tokens[0, 1], tokens[1, 1] = 49406, 49407, 320, 539  # two one-word texts
    with torch.no_grad():
        expected = {"visual.onnx": (images, model.encode_image(images)),
                    "textual.onnx": (tokens, model.encode_text(tokens))}
    for name, (batch, want) in expected.items():
        session = ort.InferenceSession(str(folder / name), providers=["CPUExecutionProvider"])
        (got,) = session.run(None, {"input": batch.numpy()})
        got, want = np.asarray(got, np.float32), want.numpy()
        cos = (got * want).sum(1) / (np.linalg.norm(got, axis=1) * np.linalg.norm(want, axis=1))
        if got.shape != (2, 512) or not (cos >= min_cosine).all():
            raise RuntimeError(f"{folder / name}: output {got.shape}, cosine to open_clip {cos}")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from index_speed import random_weights

    for v in sys.argv[1:] or VARIANTS:
        print(v, model_files(v, random_weights(ARCH)))
