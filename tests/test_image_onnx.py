"""Indexing without torch: the ONNX image tower against open_clip's encode_image (tiny model, and the real default
architecture with random weights), the torch-free preprocessing against open_clip's own transform, re-export when
the weights change, the fall-back to torch (with its reason in `status`) when an export fails, does not match or is
damaged, bad photos skipped on the ONNX path, and `photoclip index` in a fresh process that never imports torch."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoclip.core import image_onnx, imaging, models, tag_store, text_onnx
from photoclip.core.engine import Engine, SharedModels
from tests.photos import SOURCES, source, write_bad_files, write_photos

HEAVY = ("torch", "open_clip", "transformers", "torchvision")


def _real_photos() -> list[Image.Image]:
    return [Image.fromarray(source(name)) for name in SOURCES]


def _fresh(engine: Engine) -> Engine:
    """The same library in a new Engine with nothing loaded, as a new process would have it."""
    active = engine.active
    return Engine(engine.library.folder, model=active.name, model_file=active.model_file)


def _same(got: np.ndarray, want: np.ndarray) -> None:
    worst, diff = image_onnx.agreement(got, want)
    assert worst >= image_onnx.MIN_COSINE and diff <= image_onnx.MAX_DIFF, (worst, diff)


def test_export_matches_open_clip_and_indexing_uses_it(engine, tmp_path):
    earlier = engine.image_export()  # the tiny model's weights are shared by the session: start without an export
    if earlier is not None:
        shutil.rmtree(earlier.folder)
    assert engine.image_export() is None
    cancel = threading.Event()
    cancel.set()
    engine.index([write_photos(tmp_path / "first", 2)[0].parent], cancel=cancel, export_after=True)
    assert engine.image_export() is None, "a cancelled run exported"
    engine.index([tmp_path / "first"])  # embeds through torch; the app's run: no export inside it
    assert engine.library.vector_count(engine.active.key) == 2
    assert engine.image_export() is None, "the run exported without being asked to"
    assert engine.export_image_tower_if_needed(cancel) is None and engine.image_export() is None
    emb = engine.embedder()
    made = engine.export_image_tower_if_needed()  # what the app does after the run, and `photoclip index` at its end
    found = engine.image_export()
    assert made == found
    assert found is not None and found.ok, found
    assert found.meta["min_cosine"] >= image_onnx.MIN_COSINE and found.meta["max_diff"] <= image_onnx.MAX_DIFF
    assert found.meta["auto_device"] == "cpu" and found.folder.is_relative_to(image_onnx.cache_root())
    assert engine.image_encoder_state() == ("onnx", str(found.folder))

    other = _fresh(engine)
    try:
        enc = other.image_model()
        assert isinstance(enc, image_onnx.OnnxImageEncoder)
        assert (enc.dim, enc.prep, enc.model_key) == (emb.dim, emb.prep, emb.model_key)
        photos = _real_photos()
        got = enc.embed_images(photos)
        assert got.dtype == np.float32 and got.shape == (len(photos), emb.dim)
        assert np.allclose(np.linalg.norm(got, axis=1), 1, atol=1e-5)
        _same(got, emb.embed_images(photos))  # the same vectors as torch, to 1e-4: one model key for both
        _same(enc.embed_images(photos[:1]), emb.embed_images(photos[:1]))  # another batch size
        assert enc.embed_pixels(np.empty((0, *enc.prep.size, 3), np.uint8)).shape == (0, emb.dim)
        with pytest.raises(ValueError, match="uint8"):
            enc.embed_pixels(np.zeros((1, *enc.prep.size, 3), np.float32))

        # Indexing on the ONNX path: every vector is torch's for the same decoded pixels; bad files are skipped
        # with their reasons as on the torch path, and the run goes on.
        folder = tmp_path / "photos"
        paths = write_photos(folder, 5)
        bad = write_bad_files(folder / "bad")
        report = other.index([folder])
        assert other._embedders == {}, "the full model was loaded"
        assert report.added == 5 and report.device == "cpu"
        reasons = dict(report.skipped)
        assert set(reasons) == {str(p) for p in bad.values()}
        assert "empty" in reasons[str(bad["empty"])] and "40000" in reasons[str(bad["bomb"])]
        assert dict(other.library.failures()) == reasons
        key = emb.model_key
        pixels = np.stack([imaging.read_photo(p.read_bytes(), emb.prep, name=str(p)).pixels for p in paths])
        stored = np.stack([other.library.vector(other.library.photo_by_path(p).id, key) for p in paths])
        _same(stored, emb.embed_pixels(pixels))
        # Searching by an image file goes through it too.
        searcher, _note = other.searcher()
        img, _meta = imaging.open_oriented(paths[2], min_size=max(emb.prep.size))
        _same(searcher.image_vectors([paths[2]]), emb.embed_images([img]))
        assert isinstance(searcher._images(), image_onnx.OnnxImageEncoder) and other._embedders == {}
    finally:
        other.close()


def test_preprocessing_is_open_clips_transform():
    """What the decoders hand the model (Pillow and numpy only) is the tensor open_clip's own preprocess makes."""
    import open_clip

    mean, std = np.array(open_clip.OPENAI_DATASET_MEAN), np.array(open_clip.OPENAI_DATASET_STD)
    for size in (224, 256):
        transform = open_clip.image_transform(size, is_train=False)
        for img in _real_photos():
            theirs = transform(img).permute(1, 2, 0).numpy()
            ours = (imaging.prepare_for_model(img, imaging.PrepSpec((size, size))) / 255 - mean) / std
            assert np.abs(ours - theirs).max() < 1e-3


def test_default_architecture_exports_and_matches(hf_cache_default_model, tmp_path):
    e = Engine(tmp_path / "library", model=models.DEFAULT_MODEL, device="cpu")
    try:
        emb = e.embedder()
        e.export_image_tower(e.active, emb)
        found = e.image_export()
        assert found is not None and found.ok, found
        e._embedders.clear()
        enc = e.image_model()
        assert isinstance(enc, image_onnx.OnnxImageEncoder) and enc.dim == 512 and enc.prep.size == (256, 256)
        photos = _real_photos()
        _same(enc.embed_images(photos), emb.embed_images(photos))
    finally:
        e.close()


def test_changed_weights_are_exported_again(tmp_path):
    from photoclip.core.embedder import load_embedder

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=11)
    emb = load_embedder(models.TINY_MODEL, model_file=weights, device="cpu")
    first = image_onnx.ensure_export(emb, weights)
    assert first.ok
    models.make_tiny_checkpoint(weights, seed=12)  # other weights saved over the same file
    os.utime(weights, ns=(first.folder.stat().st_mtime_ns + 10**9,) * 2)
    assert image_onnx.export_dir(emb.arch, weights) != first.folder
    assert image_onnx.find_export(emb.arch, weights) is None
    emb2 = load_embedder(models.TINY_MODEL, model_file=weights, device="cpu")
    second = image_onnx.ensure_export(emb2, weights)
    assert second.ok and second.folder != first.folder
    enc = image_onnx.load_image_encoder(emb2.arch, weights, emb2.model_key)
    assert enc is not None
    photos = _real_photos()[:3]
    _same(enc.embed_images(photos), emb2.embed_images(photos))
    assert image_onnx.agreement(enc.embed_images(photos), emb.embed_images(photos))[0] < 0.99  # not the old ones


def _status(lib: Path) -> dict:
    from photoclip.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["status", "--json", "--library", str(lib)]) == 0
    return json.loads(out.getvalue())["image_encoder"]


def test_failed_verification_keeps_torch_and_status_says_why(tmp_path, monkeypatch):
    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=13)
    monkeypatch.setattr(image_onnx, "MAX_DIFF", -1.0)  # no export can pass this
    e = Engine(tmp_path / "library", model=models.TINY_MODEL, model_file=weights)
    try:
        state, why = e.image_encoder_state()
        assert state == "torch" and "not exported yet" in why
        emb = e.embedder()
        e.export_image_tower(e.active, emb)
        found = e.image_export()
        assert found is not None and not found.ok and "cannot share its model key" in found.reason
        assert not found.onnx_path.exists()
        state, why = e.image_encoder_state()
        assert state == "torch" and "failed" in why and "cannot share its model key" in why
        assert _status(tmp_path / "library") == {"engine": "torch", "detail": why}
        e._embedders.clear()
        assert e.image_encoder() is None
        model = e.image_model()
        assert model is not emb and type(model).__name__ == "Embedder"  # torch again
        write_photos(tmp_path / "photos", 3)
        assert e.index([tmp_path / "photos"]).added == 3
    finally:
        e.close()


def test_export_failure_is_recorded_not_raised(tmp_path, monkeypatch):
    from photoclip.core.embedder import load_embedder

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=14)
    emb = load_embedder(models.TINY_MODEL, model_file=weights, device="cpu")

    def broken(*args, **kwargs):
        raise RuntimeError("exporter exploded")

    import torch

    monkeypatch.setattr(torch.onnx, "export", broken)
    found = image_onnx.ensure_export(emb, weights)
    assert not found.ok and "exporter exploded" in found.reason
    assert json.loads((found.folder / text_onnx.META_NAME).read_text())["ok"] is False
    assert image_onnx.load_image_encoder(emb.arch, weights, emb.model_key) is None
    assert not emb.model.training


def test_a_stop_during_the_export_records_nothing(tmp_path, monkeypatch):
    """Stop (or the app closing) while torch exports: torch's export cannot be interrupted, but the steps after it
    are skipped and nothing is recorded, so the next run's end exports again instead of keeping a false failure."""
    import torch

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=23)
    e = Engine(tmp_path / "library", model=models.TINY_MODEL, model_file=weights)
    try:
        emb = e.embedder()
        cancel = threading.Event()
        real_export = torch.onnx.export
        exports = []

        def stop_pressed_meanwhile(*args, **kwargs):
            exports.append(1)
            if len(exports) == 1:
                cancel.set()
            return real_export(*args, **kwargs)

        monkeypatch.setattr(torch.onnx, "export", stop_pressed_meanwhile)
        assert e.export_image_tower_if_needed(cancel) is None
        assert len(exports) == 1 and e.image_export() is None
        assert not list(image_onnx.cache_root().glob(".export-*")), "its temporary folder was left behind"
        assert not emb.model.training
        assert e.export_image_tower_if_needed(cancel) is None and len(exports) == 1  # asked to stop: not started
        cancel.clear()
        found = e.export_image_tower_if_needed(cancel)
        assert found is not None and found.ok and len(exports) == 2
        assert e.export_image_tower_if_needed() is None and len(exports) == 2  # recorded: nothing to do
    finally:
        e.close()


def test_a_shared_image_encoder_tags_through_the_calling_engine(tmp_path, monkeypatch):
    """The app's two Engines on their two threads share one ONNX image encoder: made first by the query thread
    (a search by an image file), then used by the index thread, whose new photos a label set tags. The label
    prompts need torch (the text tower has no export), and must load it through the index thread's own Engine:
    the query thread's library cannot be used from another thread."""
    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=22)
    lib = tmp_path / "library"
    monkeypatch.setattr(text_onnx, "MIN_COSINE", 1.5)  # no text export can pass this: texts go through torch
    e = Engine(lib, model=models.TINY_MODEL, model_file=weights)
    try:
        found = e.export_image_tower(e.active, e.embedder())
        assert found is not None and found.ok
        text_found = e.text_export()
        assert text_found is not None and not text_found.ok
        auto = tag_store.create_set(e.library, "Auto", "multi", ["sky"], threshold=-1.0, apply_to_new=True)
        key = e.active.key
    finally:
        e.close()
    write_photos(tmp_path / "photos", 3)
    shared = SharedModels()
    made, finished = threading.Event(), threading.Event()
    errors: list[BaseException] = []
    got: dict[str, object] = {}

    def query_thread() -> None:
        q = Engine(lib, embedders=shared)
        try:
            got["query_model"] = q.image_model()
        except BaseException as ex:
            errors.append(ex)
        finally:
            made.set()
        finished.wait(300)  # its Engine stays open, as the app's does
        q.close()

    def index_thread() -> None:
        i = Engine(lib, embedders=shared)
        try:
            got["report"] = i.index([tmp_path / "photos"])
            got["scored"] = tag_store.scored_photo_ids(i.library, auto.id).size
        except BaseException as ex:
            errors.append(ex)
        finally:
            i.close()

    threads = [threading.Thread(target=query_thread)]
    threads[0].start()
    try:
        assert made.wait(300)
        assert isinstance(got.get("query_model"), image_onnx.OnnxImageEncoder), errors
        indexer = threading.Thread(target=index_thread)
        threads.append(indexer)
        indexer.start()
        indexer.join(300)
    finally:
        finished.set()
        for t in threads:
            t.join(300)
    assert errors == []
    report = got["report"]
    assert report.added == 3 and report.device == "cpu"  # type: ignore[attr-defined]
    assert got["scored"] == 3
    # One encoder, loaded once and holding nothing of either thread; the full model came for the texts only.
    assert list(shared.image_encoders) == [key] and shared.image_encoders[key]._text_model is None
    assert list(shared) == [key]


def test_damaged_export_or_a_gpu_keeps_torch(tmp_path):
    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=15)
    e = Engine(tmp_path / "library", model=models.TINY_MODEL, model_file=weights)
    try:
        e.export_image_tower(e.active, e.embedder())
        found = e.image_export()
        assert found is not None and found.ok
        # Photos embedded on a GPU (the last run's device, or the one asked for) stay with torch.
        e.library.set_setting("last_device", "cuda")
        assert e.image_encoder_state() == ("torch", "photos are embedded on cuda")
        e.library.set_setting("last_device", "cpu")
        e.library.set_setting("device", "cuda")
        assert e.image_encoder_state()[0] == "torch"
        e.library.set_setting("device", "auto")
        assert e.image_encoder_state() == ("onnx", str(found.folder))
        assert _status(tmp_path / "library") == {"engine": "onnx", "detail": str(found.folder)}
        # A GPU (device node, driver) that appears after the last run sends indexing back to torch to choose again.
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(image_onnx, "gpu_fingerprint", lambda: "/dev/nvidia0")
            assert e.image_encoder_state() == (
                "torch", "a GPU has appeared since the last run: torch chooses the device again")

        found.onnx_path.write_bytes(b"not an onnx file")
        e._embedders.clear()
        e._image_encoders.clear()
        assert e.image_encoder() is None
        state, why = e.image_encoder_state()
        assert state == "torch" and "cannot be opened" in why
        assert type(e.image_model()).__name__ == "Embedder"
    finally:
        e.close()


def test_cli_index_imports_no_torch(tmp_path, tiny_model_file):
    from photoclip.cli import main

    write_photos(tmp_path / "photos", 4)
    lib = tmp_path / "library"
    common = ["--library", str(lib), "--model", models.TINY_MODEL, "--model-file", str(tiny_model_file)]
    assert main(["index", str(tmp_path / "photos"), "--quiet", *common]) == 0  # loads the model: exports
    write_photos(tmp_path / "photos", 3, start=4)  # what a nightly run finds: a few new photos
    (tmp_path / "photos" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    code = f"""
        import sys, json, contextlib, io
        from photoclip.cli import main
        with contextlib.redirect_stdout(out := io.StringIO()):
            code = main(["index", "--library", {str(lib)!r}])
        print("INDEX", code, out.getvalue().replace(chr(10), " "))
        with contextlib.redirect_stdout(out := io.StringIO()):
            main(["status", "--json", "--library", {str(lib)!r}])
        info = json.loads(out.getvalue())
        print("STATUS", info["indexed"], info["failed"], info["image_encoder"]["engine"])
        print("HEAVY", sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r}))
    """
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                       env=os.environ.copy(), timeout=300)
    assert r.returncode == 0, r.stderr
    assert "INDEX 0" in r.stdout and "broken.jpg" in r.stdout, r.stdout + r.stderr
    assert "STATUS 7 1 onnx" in r.stdout, r.stdout
    assert "HEAVY []" in r.stdout, r.stdout
