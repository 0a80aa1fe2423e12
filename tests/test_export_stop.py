"""A stop during a tower's export (Stop pressed, the app closing) ends it at once, even inside torch's own export
call, which nothing in a process can interrupt (a minute for a big model on a busy CPU: `slow_export`): nothing is
left that a later start would use, and the export is made, and used, the next time it is needed.

The tiny model stands in for a real one: its exports would otherwise be made in-process, as they end sooner than a
child process starts (`export_process.CHILD_MIN_PARAMS`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import slow_export

from photoclip.core import export_process, image_onnx, models, text_onnx
from photoclip.core.engine import Engine
from photoclip.core.text_onnx import ExportCancelled

BOUND_S = 10.0  # torch's export call alone takes SLOW_S


@pytest.fixture
def exporting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file that appears when torch is inside its (slow) export call; the tiny model exported in a child."""
    mark = tmp_path / "exporting"
    monkeypatch.setenv(slow_export.MARK, str(mark))
    monkeypatch.setattr(export_process, "CHILD_MIN_PARAMS", 0)
    return mark


def _wait_for(mark: Path, thread: threading.Thread) -> None:
    deadline = time.monotonic() + 120
    while not mark.exists():
        assert thread.is_alive(), "the export ended before torch's export call"
        assert time.monotonic() < deadline, "torch's export call was never reached"
        time.sleep(0.05)


def _leftovers(root: Path) -> list[Path]:
    return [p for p in root.glob("*") if p.name.startswith(text_onnx.TMP_PREFIX)] if root.exists() else []


def _stop_while_exporting(work: Callable[[], None], stop: threading.Event, exporting, who: str) -> None:
    """Run ``work`` on a thread, set ``stop`` once torch is inside its export, and check it ends within the bound."""
    worker = threading.Thread(target=work)
    worker.start()
    _wait_for(exporting, worker)
    stopped = time.monotonic()
    stop.set()
    worker.join(BOUND_S)
    assert not worker.is_alive(), f"{who} waited for torch's export"
    assert time.monotonic() - stopped < BOUND_S


def test_a_stop_inside_torchs_image_export_returns_at_once_and_the_next_export_is_used(tmp_path, exporting):
    from photoclip.core.embedder import load_embedder

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=31)
    emb = load_embedder(models.TINY_MODEL, model_file=weights, device="cpu")
    stop = threading.Event()
    outcome: list[BaseException | object] = []

    def export() -> None:
        try:
            outcome.append(slow_export.SLOW_IMAGE_TOWER.ensure(emb, weights, stop))
        except BaseException as e:
            outcome.append(e)

    _stop_while_exporting(export, stop, exporting, "the stop")
    assert len(outcome) == 1 and isinstance(outcome[0], ExportCancelled)
    # Nothing recorded (not even a failure) and nothing half-made left beside the exports.
    assert image_onnx.find_export(emb.arch, weights) is None
    assert image_onnx.load_image_encoder(emb.arch, weights, emb.model_key) is None
    assert _leftovers(image_onnx.cache_root()) == []

    # The next index run's end (`photoclip index`'s here: in-process; the next test makes one in a child): the real
    # export, verified, then used without torch.
    e = Engine(tmp_path / "library", model=models.TINY_MODEL, model_file=weights, device="cpu")
    try:
        e._embedders[e.active.key] = emb  # loaded by the run
        made = e.export_image_tower_if_needed()
        assert made is not None and made.ok, made
        assert made.meta["min_cosine"] >= image_onnx.MIN_COSINE and made.meta["max_diff"] <= image_onnx.MAX_DIFF
        e._embedders.clear()
        enc = e.image_model()
        assert isinstance(enc, image_onnx.OnnxImageEncoder)
        pixels = image_onnx._test_pictures(emb.prep.size, 3)
        worst, diff = image_onnx.agreement(enc.embed_pixels(pixels), emb.embed_pixels(pixels))
        assert worst >= image_onnx.MIN_COSINE and diff <= image_onnx.MAX_DIFF
    finally:
        e.close()


def test_closing_while_the_text_tower_exports_on_model_load_returns_at_once(tmp_path, exporting, monkeypatch):
    """The text tower is exported as the model loads (on the app's index or query thread): the app's stop ends it
    too, and the next load exports it."""
    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=32)
    lib = tmp_path / "library"
    Engine(lib, model=models.TINY_MODEL, model_file=weights).close()
    real_tower = text_onnx.TEXT_TOWER
    monkeypatch.setattr(text_onnx, "TEXT_TOWER", slow_export.SLOW_TEXT_TOWER)
    closing = threading.Event()
    loaded: list[object] = []

    def load() -> None:  # the app's index thread: its own Engine, stopped by the app's closing
        e = Engine(lib)
        e.exports_stop = closing
        try:
            loaded.append(e.embedder())
            loaded.append(e.text_export())
        finally:
            e.close()

    _stop_while_exporting(load, closing, exporting, "closing")
    assert type(loaded[0]).__name__ == "Embedder" and loaded[1] is None  # the model is loaded; no export, no error
    arch = models.model_spec(models.TINY_MODEL).arch
    assert text_onnx.find_export(arch, weights) is None
    assert text_onnx.load_text_encoder(arch, weights, "any") is None
    assert _leftovers(text_onnx.cache_root()) == []

    monkeypatch.setattr(text_onnx, "TEXT_TOWER", real_tower)
    e = Engine(lib)
    e.exports_stop = threading.Event()  # the next start of the app
    try:
        emb = e.embedder()
        found = e.text_export()
        assert found is not None and found.ok, found
        e._embedders.clear()
        enc = e.text_model()
        assert isinstance(enc, text_onnx.OnnxTextEncoder)
        texts = ["a cat on a sofa", "snow"]
        got, want = enc.embed_texts(texts), emb.embed_texts(texts)
        assert float(np.min((got * want).sum(axis=1))) >= text_onnx.MIN_COSINE
    finally:
        e.close()


def test_a_killed_exports_temporary_folder_is_removed_once_old_and_never_used(tmp_path):
    """A process killed mid-export (no stop could reach it) leaves its temporary folder: never read, as an export is
    used only from its final folder, and removed by a later export once no export can still be writing it."""
    import os

    from photoclip.core.embedder import load_embedder

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=33)
    emb = load_embedder(models.TINY_MODEL, model_file=weights, device="cpu")
    root = text_onnx.cache_root()
    root.mkdir(parents=True, exist_ok=True)
    old, recent = root / (text_onnx.TMP_PREFIX + "killed"), root / (text_onnx.TMP_PREFIX + "writing")
    for folder in (old, recent):
        folder.mkdir()
        (folder / text_onnx.ONNX_NAME).write_bytes(b"half an export")
    past = time.time() - text_onnx.ABANDONED_S - 60
    os.utime(old, (past, past))
    assert text_onnx.load_text_encoder(emb.arch, weights, emb.model_key) is None
    assert text_onnx.ensure_export(emb, weights).ok
    assert not old.exists() and recent.exists()
    (recent / text_onnx.ONNX_NAME).unlink()
    recent.rmdir()
