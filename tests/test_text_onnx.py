"""The query path without torch: the torch-free tokenizer against open_clip's, the ONNX text tower against
open_clip's encode_text (tiny model, and the real default architecture with random weights), re-export when the
weights change, the fall-back to torch when an export fails or does not match, and a CLI search in a fresh
process that never imports torch, open_clip or transformers."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
import threading

import numpy as np
import pytest

from photoclip.core import models, text_onnx
from photoclip.core.clip_tokenizer import ClipBpeTokenizer, open_clip_vocab
from tests.photos import write_photos

HEAVY = ("torch", "open_clip", "transformers", "torchvision")
DECODERS = ("PIL", "pillow_heif", "rawpy", "imagehash", "yaml", "tqdm", "defusedxml")
INDEXING = ("photoclip.core.pipeline", "photoclip.core.imaging", "photoclip.core.scan", "photoclip.core.phash")
CORPUS = [
    "a cat on a sofa", "A CAT, on a Sofa!!!", "don't stop-believin' 'til 3am", "café crème brûlée à Paris",
    "東京タワーの夜景", "서울의 밤", "кошка на диване", "🐱 on a 🛋️ 👨‍👩‍👧", "&amp;amp;amp; &lt;b&gt; html &#39;",
    "  lots\t of \n whitespace  ", "x" * 500, "word " * 100, "", "1234567890 3.14 $100 50%", "émoji🙂mixed中文text",
    "İstanbul ǅ ﬁ ligature", "\u200bzero\u00a0width", "Ça va? Ñandú. Øre. ß", "mojibake: Ã©tÃ©",
    "IMG_2041.JPG", "tag:dogs/beagle -snow", "ﾊﾝｶｸ full-width ＡＢＣ", "control\x07chars\x1f here",
]


def _random_corpus(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFG 0123456789 .,;:!?'\"-_()[]{}@#$%^&*éèüößçñ中文日本語한국어😀🎉✨→∑∂\t"
    return ["".join(rng.choice(chars) for _ in range(rng.randint(1, 120))) for _ in range(n)]


def test_tokenizer_gives_open_clips_ids(tmp_path):
    import open_clip

    ours = ClipBpeTokenizer(open_clip_vocab(), cache_dir=tmp_path)
    theirs = open_clip.get_tokenizer("ViT-B-32-256")
    texts = CORPUS + _random_corpus(300)
    a, b = ours(texts), theirs(texts).numpy()
    assert a.shape == b.shape == (len(texts), 77)
    assert [t for t, x, y in zip(texts, a, b, strict=True) if (x != y).any()] == []
    # Cut at the context length, still ending with the end token; and the parsed tables, read back from the cache.
    assert a[CORPUS.index("word " * 100)][-1] == ours.eot_token_id
    assert list(tmp_path.glob("bpe-tables-*.npz"))
    again = ClipBpeTokenizer(open_clip_vocab(), cache_dir=tmp_path)
    assert (again(texts) == a).all()


def _cos(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.astype(np.float64) * b.astype(np.float64)).sum(axis=1)


def _reference(emb, texts) -> np.ndarray:
    import torch

    with torch.inference_mode():
        return emb.model.encode_text(emb.tokenizer(texts), normalize=True).float().numpy()


def test_engine_exports_once_and_searches_with_onnx(engine, tiny_model_file):
    emb = engine.embedder()  # loading the model exports its text tower
    found = engine.text_export()
    assert found is not None and found.ok, found
    assert found.meta["min_cosine"] >= text_onnx.MIN_COSINE
    enc = text_onnx.load_text_encoder(emb.arch, tiny_model_file, emb.model_key)
    assert enc is not None and enc.dim == emb.dim and enc.logit_scale == pytest.approx(emb.logit_scale)
    texts = ["a dog", "two dogs playing in the snow near a red house", *CORPUS]
    got = enc.embed_texts(texts)
    assert got.dtype == np.float32 and got.shape == (len(texts), emb.dim)
    assert _cos(got, _reference(emb, texts)).min() >= text_onnx.MIN_COSINE
    assert np.allclose(np.linalg.norm(got, axis=1), 1, atol=1e-5)
    assert enc.embed_texts([]).shape == (0, emb.dim) and enc.embed_texts("one").shape == (1, emb.dim)
    # Loading the model again finds the export made: nothing is redone.
    before = (found.folder / text_onnx.META_NAME).stat().st_mtime_ns
    assert text_onnx.ensure_export(emb, tiny_model_file).ok
    assert (found.folder / text_onnx.META_NAME).stat().st_mtime_ns == before


def test_a_quick_start_encoder_switches_to_its_faster_session_with_the_same_vectors(engine, tiny_model_file):
    """The app loads its encoder without prepacked weights (faster to open) and switches to prepacked ones after its
    first answer (faster to run): the same vectors either way, and a second switch does nothing."""
    emb = engine.embedder()
    quick = text_onnx.load_text_encoder(emb.arch, tiny_model_file, emb.model_key, quick_start=True)
    assert quick is not None and not quick.prepacked
    texts = ["a dog", "two dogs playing in the snow near a red house", *CORPUS]
    before = quick.embed_texts(texts)
    old_session = quick.session
    assert quick.prepack() and quick.prepacked and quick.session is not old_session
    np.testing.assert_allclose(quick.embed_texts(texts), before, atol=1e-5)
    assert not quick.prepack()
    assert text_onnx.load_text_encoder(emb.arch, tiny_model_file, emb.model_key).prepacked


def test_other_threads_use_the_model_while_its_text_tower_exports(tmp_path, monkeypatch):
    """The thread that loads the model exports its text tower (seconds) without holding the models' shared lock:
    meanwhile the query thread's Engine gets the loaded model at once (not loaded a second time)."""
    import torch

    from photoclip.core.engine import Engine, SharedModels

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=21)
    lib = tmp_path / "library"
    Engine(lib, model=models.TINY_MODEL, model_file=weights).close()
    exporting, release = threading.Event(), threading.Event()
    real_export = torch.onnx.export

    def held(*args, **kwargs):
        exporting.set()
        release.wait(120)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(torch.onnx, "export", held)
    shared = SharedModels()
    got: dict[str, object] = {}

    def use(name: str, what: str) -> None:
        e = Engine(lib, embedders=shared)
        try:
            got[name] = getattr(e, what)()
        finally:
            e.close()

    loader = threading.Thread(target=use, args=("loaded", "embedder"))
    loader.start()
    query = threading.Thread(target=use, args=("query", "text_model"))
    try:
        assert exporting.wait(120), "the text tower was not exported"
        query.start()
        query.join(20)
        assert not query.is_alive(), "the query thread waited for the text tower's export"
    finally:
        release.set()
        loader.join(120)
        if query.ident is not None:
            query.join(120)
    assert got["query"] is got["loaded"] and list(shared.values()) == [got["loaded"]]
    found = text_onnx.find_export(models.model_spec(models.TINY_MODEL).arch, weights)
    assert found is not None and found.ok


def test_default_architecture_exports_and_matches(hf_cache_default_model, tmp_path):
    from photoclip.core.engine import Engine

    e = Engine(tmp_path / "library", model=models.DEFAULT_MODEL)
    try:
        emb = e.embedder()
        found = e.text_export()
        assert found is not None and found.ok, found
        e._embedders.clear()  # as a new process would: the query path without the loaded model
        enc = e.text_model()
        assert isinstance(enc, text_onnx.OnnxTextEncoder) and enc.dim == 512
        texts = ["a cat on a sofa", "crème brûlée", "東京", "a very long description of a photo " * 12]
        assert _cos(enc.embed_texts(texts), _reference(emb, texts)).min() >= text_onnx.MIN_COSINE
        # The weights are those of the Hugging Face cache; their real file names the export's folder.
        assert found.meta["weights"] == os.path.realpath(models.cached_weights(models.model_spec(models.DEFAULT_MODEL)))
    finally:
        e.close()


def test_changed_weights_are_exported_again(tmp_path):
    from photoclip.core.embedder import load_embedder

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=1)
    emb = load_embedder(models.TINY_MODEL, model_file=weights, device="cpu")
    first = text_onnx.ensure_export(emb, weights)
    assert first.ok
    # Other weights in the same file (a fine-tune saved over it): another identity, another export.
    models.make_tiny_checkpoint(weights, seed=2)
    os.utime(weights, ns=(first.folder.stat().st_mtime_ns + 10**9,) * 2)
    assert text_onnx.export_dir(emb.arch, weights) != first.folder
    emb2 = load_embedder(models.TINY_MODEL, model_file=weights, device="cpu")
    second = text_onnx.ensure_export(emb2, weights)
    assert second.ok and second.folder != first.folder
    enc = text_onnx.load_text_encoder(emb2.arch, weights, emb2.model_key)
    assert enc is not None
    texts = ["a red bicycle", "snow"]
    assert _cos(enc.embed_texts(texts), _reference(emb2, texts)).min() >= text_onnx.MIN_COSINE
    assert _cos(enc.embed_texts(texts), _reference(emb, texts)).min() < 0.99  # not the old weights' vectors


def test_failed_verification_keeps_torch_and_says_why(tmp_path, monkeypatch):
    from photoclip.core.engine import Engine

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=3)
    monkeypatch.setattr(text_onnx, "MIN_COSINE", 1.5)  # no export can pass this
    e = Engine(tmp_path / "library", model=models.TINY_MODEL, model_file=weights)
    try:
        state, why = e.text_encoder_state()  # what `photoclip status` says
        assert state == "torch" and "not exported yet" in why
        emb = e.embedder()
        found = e.text_export()
        assert found is not None and not found.ok and "does not match open_clip" in found.reason
        state, why = e.text_encoder_state()
        assert state == "torch" and "failed" in why and "does not match open_clip" in why
        assert not found.onnx_path.exists()
        e._embedders.clear()
        assert e.text_encoder() is None
        assert e.text_model() is not emb and type(e.text_model()).__name__ == "Embedder"  # torch again
    finally:
        e.close()


def test_damaged_export_falls_back_to_torch(tmp_path):
    from photoclip.core.engine import Engine

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=4)
    e = Engine(tmp_path / "library", model=models.TINY_MODEL, model_file=weights)
    try:
        e.embedder()
        found = e.text_export()
        assert found is not None and found.ok
        assert e.text_encoder_state() == ("onnx", str(found.folder))
        found.onnx_path.write_bytes(b"not an onnx file")
        e._embedders.clear()
        e._text_encoders.clear()
        assert e.text_encoder() is None
        state, why = e.text_encoder_state()
        assert state == "torch" and "cannot be opened" in why
        assert type(e.text_model()).__name__ == "Embedder"
    finally:
        e.close()


def test_export_failure_is_recorded_not_raised(tmp_path, monkeypatch):
    from photoclip.core.embedder import load_embedder

    weights = models.make_tiny_checkpoint(tmp_path / "w.safetensors", seed=5)
    emb = load_embedder(models.TINY_MODEL, model_file=weights, device="cpu")

    def broken(*args, **kwargs):
        raise RuntimeError("exporter exploded")

    import torch

    monkeypatch.setattr(torch.onnx, "export", broken)
    found = text_onnx.ensure_export(emb, weights)
    assert not found.ok and "exporter exploded" in found.reason
    meta = json.loads((found.folder / text_onnx.META_NAME).read_text())
    assert meta["ok"] is False and text_onnx.load_text_encoder(emb.arch, weights, emb.model_key) is None


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=300)


def test_cli_search_and_tagging_import_no_torch(tmp_path, tiny_model_file):
    from photoclip.cli import main

    write_photos(tmp_path / "photos", 6)
    lib = tmp_path / "library"
    common = ["--library", str(lib), "--model", models.TINY_MODEL, "--model-file", str(tiny_model_file)]
    assert main(["index", str(tmp_path / "photos"), "--quiet", *common]) == 0  # loads the model: exports
    assert main(["labels", "add", "pets", "cat", "dog", "--library", str(lib)]) == 0
    r = _python(f"""
        import sys, json, contextlib, io
        from photoclip.cli import main
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(["search", "a cat on a sofa", "--all", "--json", "--library", {str(lib)!r}])
        found = len(json.loads(out.getvalue())["results"])
        print("DECODERS", sorted(m for m in sys.modules if m.split(".")[0] in {DECODERS!r} or m in {INDEXING!r}))
        from threadpoolctl import threadpool_info
        print("BLAS", sorted({{p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"}}))
        with contextlib.redirect_stdout(io.StringIO()):
            tagged = main(["tag", "pets", "--library", {str(lib)!r}])
        with contextlib.redirect_stdout(out := io.StringIO()):
            main(["status", "--json", "--library", {str(lib)!r}])
        print("RESULT", code, tagged, found, json.loads(out.getvalue())["text_encoder"]["engine"])
        print("HEAVY", sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r}))
    """)
    assert r.returncode == 0, r.stderr
    assert "RESULT 0 0 6 onnx" in r.stdout, r.stdout + r.stderr
    assert "HEAVY []" in r.stdout, r.stdout
    # Nor, for the search, image decoders, the indexing pipeline or YAML: a search reads no photo file.
    assert "DECODERS []" in r.stdout, r.stdout
    # numpy's products beside the ONNX session on one BLAS thread, as beside torch (see `core.blas`).
    assert "BLAS [1]" in r.stdout, r.stdout
