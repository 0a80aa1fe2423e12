"""Build the first look's text detector: RapidOCR's PP-OCRv6 small detector quantised to 8 bits.

    python resources/ocr/build.py      (needs the `bench` extra: scikit-image, for the calibration photos)

Reading text starts with a first look at every photo (`photoclip.core.photo_text`): the detector alone, on a
small copy. In 32-bit floats it took ~130 ms of CPU at 320 px on this project's machine, more than everything
else a textless photo costs; quantised (8-bit weights and activations, ONNX Runtime's QLinearConv) it takes a
quarter of that, and the benchmark (benchmarks/photo_text.py) finds the same photos to hold text. Full
recognition keeps the wheel's original models.

Weights: per tensor, 7 bits (``reduce_range``), so the u8 x s8 products cannot saturate on CPUs without VNNI
(AVX2 laptops), where ONNX Runtime warns that full 8-bit weights can. Activations: ranges calibrated (min/max)
on images that neither the tests' nor the benchmark's photos are made from: scikit-image's other samples (a
page, printed text, a logo, a clock, the moon, cells, a retina's vessels, a motorcycle), each as it is and with
a sign in Latin, Japanese or Chinese rendered onto it, at the screen's and the look's sizes. The result is
deterministic for a given onnxruntime.

The model derives from PaddleOCR's PP-OCRv6 detector as shipped in the `rapidocr` wheel; both are Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

OUT = Path(__file__).resolve().parent / "PP-OCRv6_det_small_int8.onnx"
CALIBRATION = ("page", "text", "logo", "clock", "moon", "cell", "microaneurysms", "motorcycle0", "motorcycle1")
SIGNS = (("Hotel Central", "Farmacia 24h"), ("Menu du jour", "Zimmer frei"), ("出口 EXIT", "営業時間 10:00"),
         ("欢迎光临", "禁止吸烟"), ("Kahve Evi", "Açık"), ("SALE 50%", "Open daily"))


def source_model() -> Path:
    import rapidocr

    return Path(rapidocr.__file__).parent / "models" / "PP-OCRv6_det_small.onnx"


def _sample(name: str) -> np.ndarray:
    from skimage import data

    arr = data.stereo_motorcycle()[int(name[-1])] if name.startswith("motorcycle") else getattr(data, name)()
    if arr.ndim == 2:
        arr = np.stack([arr] * 3, axis=-1)
    return np.ascontiguousarray(arr[..., :3].astype(np.uint8))


def calibration_inputs() -> list[np.ndarray]:
    from PIL import Image

    from photoclip.core.photo_text import LOOK_SIDE, SCREEN_SIDE, detector_input
    from tests.text_photos import Sign, draw, have_font

    fonts = ["sans", "serif", "mono"] + (["cjk-sans", "cjk-serif"] if have_font("cjk-sans") else [])
    out = []
    for i, name in enumerate(CALIBRATION):
        img = Image.fromarray(_sample(name)).convert("RGB").resize((1600, 1200), Image.Resampling.BICUBIC)
        lines = SIGNS[i % len(SIGNS)]
        font = fonts[i % len(fonts)] if lines[0].isascii() or len(fonts) == 3 else fonts[3 + i % 2]
        signed = draw(img, Sign(lines, font, (0.03, 0.05)[i % 2], angle=(0.0, 10.0, 180.0)[i % 3],
                                where=((0.1, 0.6), (0.4, 0.2))[i % 2]))
        for version in (img, signed):
            for side in sorted({SCREEN_SIDE, LOOK_SIDE}):
                small = version.copy()
                small.thumbnail((side, side), Image.Resampling.BICUBIC)
                out.append(detector_input(np.asarray(small)[:, :, ::-1]))
    return out


def main() -> None:
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.shape_inference import quant_pre_process

    src = source_model()
    inputs = calibration_inputs()

    class Reader(CalibrationDataReader):
        def __init__(self) -> None:
            self._it = iter(inputs)

        def get_next(self) -> dict[str, np.ndarray] | None:
            x = next(self._it, None)
            return None if x is None else {"x": x}

    pre = OUT.with_suffix(".pre.onnx")
    try:
        quant_pre_process(str(src), str(pre), skip_symbolic_shape=True)
        quantize_static(str(pre), str(OUT), Reader(), quant_format=QuantFormat.QOperator,
                        activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8, per_channel=False,
                        reduce_range=True)
    finally:
        pre.unlink(missing_ok=True)
    print(f"{OUT.name}: {OUT.stat().st_size / 1e6:.1f} MB from {src.name} ({src.stat().st_size / 1e6:.1f} MB), "
          f"calibrated on {len(inputs)} inputs")


if __name__ == "__main__":
    main()
