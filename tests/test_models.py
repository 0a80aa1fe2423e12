"""Models, weights and embeddings with the real components: open_clip, torch and huggingface_hub, all offline.

The default model is loaded from a Hugging Face cache populated with random weights of its real architecture,
through the same hf_hub_download call a user's machine makes; everything else uses the tiny bundled model.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photoclip.core import models
from photoclip.core.models import ModelUnavailableError

TINY = models.TINY_MODEL


@pytest.fixture(scope="module")
def tiny(tiny_model_file):
    from photoclip.core.embedder import load_embedder

    return load_embedder(TINY, model_file=tiny_model_file, device="cpu")


def _photo(seed: int, size: tuple[int, int] = (97, 71)) -> Image.Image:
    """A smooth, photo-like RGB image (not noise, which resampling differences would scramble)."""
    rng = np.random.default_rng(seed)
    w, h = size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    chans = [
        127 + 120 * np.sin(xx / rng.uniform(5, 20) + rng.uniform(0, 6)) * np.cos(yy / rng.uniform(5, 20))
        for _ in range(3)
    ]
    return Image.fromarray(np.clip(np.stack(chans, -1), 0, 255).astype(np.uint8), "RGB")


def _assert_unit_rows(v: np.ndarray, n: int, dim: int) -> None:
    assert v.dtype == np.float32 and v.shape == (n, dim)
    assert np.all(np.isfinite(v))
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


# -- the default model, from the Hugging Face cache ---------------------------------------------------------


def test_default_model_loads_offline_from_hf_cache_and_embeds(hf_cache_default_model):
    from photoclip.core.embedder import load_embedder

    spec = models.model_spec(models.DEFAULT_MODEL)
    cached = models.cached_weights(spec)
    assert cached is not None and cached.is_file()
    assert Path(hf_cache_default_model) in cached.parents
    assert models.resolve_weights(spec) == cached
    # The hand-made cache is laid out as the hub's own downloads are: its downloader finds the file too.
    from huggingface_hub import hf_hub_download

    assert Path(hf_hub_download(spec.hf_repo, models.SAFETENSORS_NAME)) == cached

    emb = load_embedder(device="cpu")
    assert emb.model_key == models.DEFAULT_MODEL and emb.arch == "ViT-B-32-256"
    assert emb.dim == 512 and emb.prep.size == (256, 256) and emb.device == "cpu"
    _assert_unit_rows(emb.embed_texts(["a dog on a beach"]), 1, 512)
    _assert_unit_rows(emb.embed_images([_photo(1, (300, 200))]), 1, 512)


def test_empty_cache_offline_says_what_to_do():
    spec = models.model_spec(models.DEFAULT_MODEL)
    assert models.cached_weights(spec) is None
    with pytest.raises(ModelUnavailableError) as info:
        models.resolve_weights(spec)
    msg = str(info.value)
    assert models.DEFAULT_MODEL in msg
    assert f"https://huggingface.co/{spec.hf_repo}" in msg
    assert "--model-file" in msg and "open_clip_model.safetensors" in msg
    assert "605 MB" in msg and "offline" in msg


def test_unreachable_hub_fails_fast_with_the_same_advice(monkeypatch):
    import time

    from huggingface_hub import constants

    # Online mode against a local port nobody listens on: a refused connection, no real network involved.
    dead = "http://127.0.0.1:9"
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "ENDPOINT", dead)
    monkeypatch.setattr(constants, "HUGGINGFACE_CO_URL_TEMPLATE", dead + "/{repo_id}/resolve/{revision}/{filename}")
    start = time.monotonic()
    with pytest.raises(ModelUnavailableError) as info:
        models.resolve_weights(models.model_spec(models.DEFAULT_MODEL))
    assert time.monotonic() - start < 5  # not huggingface_hub's ~25 s of retries
    msg = str(info.value)
    assert "could not be reached" in msg and "--model-file" in msg and "huggingface.co/laion/" in msg


def test_load_embedder_offline_raises_the_same_clear_error():
    from photoclip.core.embedder import load_embedder

    with pytest.raises(ModelUnavailableError, match="--model-file"):
        load_embedder("ViT-B-16/datacomp_xl_s13b_b90k", device="cpu")


def test_missing_model_file_is_a_clear_error(tmp_path):
    missing = tmp_path / "nowhere" / "weights.safetensors"
    with pytest.raises(ModelUnavailableError) as info:
        models.resolve_weights(models.model_spec(TINY), missing)
    assert str(missing) in str(info.value) and "does not exist" in str(info.value)


def test_bare_architecture_without_a_file_asks_for_one():
    with pytest.raises(ModelUnavailableError, match="--model-file"):
        models.resolve_weights(models.model_spec(TINY))


def test_weights_of_another_architecture_are_refused_clearly(tiny_model_file):
    from photoclip.core.embedder import load_embedder

    with pytest.raises(ModelUnavailableError) as info:
        load_embedder("ViT-B-32", model_file=tiny_model_file, device="cpu")
    msg = str(info.value)
    assert str(tiny_model_file) in msg and "ViT-B-32" in msg
    assert "Traceback" not in msg


def test_a_file_that_is_not_a_checkpoint_is_refused_clearly(tmp_path):
    from photoclip.core.embedder import load_embedder

    for name in ("junk.safetensors", "junk.bin"):
        bad = tmp_path / name
        bad.write_bytes(b"definitely not weights" * 10)
        with pytest.raises(ModelUnavailableError, match="cannot be loaded into the model architecture"):
            load_embedder(TINY, model_file=bad, device="cpu")


# -- the tiny model -----------------------------------------------------------------------------------------


def test_tiny_embedder_basics(tiny, tiny_model_file):
    assert tiny.model_key == f"{TINY}/{tiny_model_file.stem}"
    assert tiny.arch == TINY and tiny.dim == 64 and tiny.device == "cpu"
    assert tiny.prep.size == (64, 64) and tiny.prep.resize_mode == "shortest"
    assert tiny.logit_scale == pytest.approx(1 / 0.07, rel=1e-4)  # open_clip's initial value, exp'd


def test_tiny_texts_shapes_unit_norm_determinism_and_batching(tiny):
    texts = ["a cat", "a dog on a beach", "", "ein Hund am Strand"]
    v = tiny.embed_texts(texts)
    _assert_unit_rows(v, 4, 64)
    np.testing.assert_array_equal(v, tiny.embed_texts(texts))
    singles = np.concatenate([tiny.embed_texts([t]) for t in texts])
    np.testing.assert_allclose(v, singles, atol=1e-5)
    assert not np.allclose(v[0], v[1])
    _assert_unit_rows(tiny.embed_texts("a cat"), 1, 64)
    assert tiny.embed_texts([]).shape == (0, 64)


def test_tiny_pixels_shapes_unit_norm_determinism_and_batching(tiny):
    px = np.random.default_rng(0).integers(0, 256, (5, 64, 64, 3), dtype=np.uint8)
    v = tiny.embed_pixels(px)
    _assert_unit_rows(v, 5, 64)
    np.testing.assert_array_equal(v, tiny.embed_pixels(px))
    singles = np.concatenate([tiny.embed_pixels(px[i : i + 1]) for i in range(5)])
    np.testing.assert_allclose(v, singles, atol=1e-5)
    empty = tiny.embed_pixels(np.empty((0, 64, 64, 3), np.uint8))
    assert empty.shape == (0, 64) and empty.dtype == np.float32
    with pytest.raises(ValueError, match="uint8"):
        tiny.embed_pixels(px[:, :32])
    with pytest.raises(ValueError, match="uint8"):
        tiny.embed_pixels(px.astype(np.float32))


def test_tiny_embed_images_matches_open_clip_own_pipeline(tiny, tiny_model_file):
    import open_clip
    import torch

    models.register_model_configs()
    model, _, preprocess = open_clip.create_model_and_transforms(TINY, pretrained=str(tiny_model_file))
    model.eval()
    images = [_photo(i, size) for i, size in enumerate([(97, 71), (64, 64), (200, 120), (50, 130)])]
    images.append(_photo(9).convert("L"))  # not RGB: both sides convert
    ours = tiny.embed_images(images)
    _assert_unit_rows(ours, len(images), 64)
    with torch.inference_mode():
        theirs = model.encode_image(torch.stack([preprocess(im) for im in images]), normalize=True).numpy()
    cosines = np.sum(ours * theirs, axis=1)
    assert cosines.min() > 0.99, cosines
    assert tiny.embed_images([]).shape == (0, 64)


def test_half_precision_path_used_on_gpus_agrees_with_fp32(tiny, tiny_model_file):
    # load_embedder picks fp16 on cuda/mps only; build that same configuration on the CPU so it is tested here.
    import open_clip
    import torch

    from photoclip.core.embedder import Embedder

    models.register_model_configs()
    half = open_clip.create_model(TINY, pretrained=str(tiny_model_file), precision="fp16", device="cpu").eval()
    e16 = Embedder(
        half, tiny.tokenizer, model_key=tiny.model_key, arch=TINY, dim=64, device="cpu", prep=tiny.prep,
        mean=open_clip.OPENAI_DATASET_MEAN, std=open_clip.OPENAI_DATASET_STD, input_dtype=torch.float16,
    )
    px = np.random.default_rng(3).integers(0, 256, (3, 64, 64, 3), dtype=np.uint8)
    texts = ["a cat", "two dogs"]
    for ours, ref in ((e16.embed_pixels(px), tiny.embed_pixels(px)), (e16.embed_texts(texts), tiny.embed_texts(texts))):
        _assert_unit_rows(ours, len(ref), 64)
        assert np.sum(ours * ref, axis=1).min() > 0.999


def test_same_seed_same_checkpoint_other_seed_other_vectors(tmp_path, tiny):
    from photoclip.core.embedder import load_embedder

    again = models.make_tiny_checkpoint(tmp_path / "again.safetensors", seed=0)
    other = models.make_tiny_checkpoint(tmp_path / "other.safetensors", seed=1)
    assert load_embedder(TINY, model_file=again).embed_texts(["x"]) == pytest.approx(tiny.embed_texts(["x"]))
    e_other = load_embedder(TINY, model_file=other)
    assert e_other.model_key == f"{TINY}/other" != tiny.model_key
    assert not np.allclose(e_other.embed_texts(["x"]), tiny.embed_texts(["x"]))


def test_threads_are_applied(tiny_model_file):
    import torch

    from photoclip.core.embedder import load_embedder

    before = torch.get_num_threads()
    try:
        load_embedder(TINY, model_file=tiny_model_file, threads=1)
        assert torch.get_num_threads() == 1
    finally:
        torch.set_num_threads(before)


# -- names, keys, devices -----------------------------------------------------------------------------------


def test_known_models_exist_in_open_clip_with_their_repos():
    import open_clip

    available = set(open_clip.list_pretrained())
    names = [s.name for s in models.KNOWN_MODELS]
    assert names[0] == models.DEFAULT_MODEL and len(set(names)) == len(names)
    assert any(s.multilingual for s in models.KNOWN_MODELS)
    for spec in models.KNOWN_MODELS:
        assert spec.name == f"{spec.arch}/{spec.pretrained}"
        assert (spec.arch, spec.pretrained) in available
        hub = open_clip.get_pretrained_cfg(spec.arch, spec.pretrained)["hf_hub"]
        assert spec.hf_repo == hub.rstrip("/")
        assert spec.note and spec.download_mb
        assert models.model_spec(spec.name) is spec


def test_model_spec_for_names_open_clip_knows_but_we_do_not_list():
    spec = models.model_spec("ViT-B-32/laion2b_s34b_b79k")
    assert (spec.arch, spec.pretrained) == ("ViT-B-32", "laion2b_s34b_b79k")
    assert spec.hf_repo == "laion/CLIP-ViT-B-32-laion2B-s34B-b79K" and spec.hf_filename is None
    vitamin = models.model_spec("ViTamin-S/datacomp1b")  # open_clip names one file in this repo
    assert (vitamin.hf_repo, vitamin.hf_filename) == ("jienengchen/ViTamin-S", "pytorch_model.bin")
    tiny = models.model_spec(TINY)
    assert (tiny.name, tiny.arch, tiny.pretrained, tiny.hf_repo) == (TINY, TINY, None, None)
    assert models.model_spec("ViT-B-32").pretrained is None


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("", "invalid model name"),
        ("ViT-B-32/", "invalid model name"),
        ("a/b/c", "invalid model name"),
        ("no-such-arch", "no open_clip architecture"),
        ("no-such-arch/laion2b", "no architecture 'no-such-arch'"),
        ("ViT-B-32/no-such-tag", "laion2b_s34b_b79k"),  # lists the tags that do exist
    ],
)
def test_model_spec_errors_are_helpful(name, fragment):
    with pytest.raises(ValueError, match=fragment):
        models.model_spec(name)


def test_model_key():
    default = models.model_spec(models.DEFAULT_MODEL)
    assert models.model_key(default) == models.DEFAULT_MODEL
    # A downloaded copy of a named model's weights is the same model.
    assert models.model_key(default, "/x/open_clip_model.safetensors") == models.DEFAULT_MODEL
    assert models.model_key(models.model_spec(TINY), "/x/mine.safetensors") == f"{TINY}/mine"


def test_register_model_configs_is_idempotent_and_reads_the_environment(tmp_path, monkeypatch):
    import json

    import open_clip
    from open_clip import factory

    cfg = json.loads((models.BUNDLED_CONFIGS / f"{TINY}.json").read_text())
    extra = tmp_path / "configs"
    extra.mkdir()
    (extra / "my-arch.json").write_text(json.dumps(cfg))
    monkeypatch.setenv(models.CONFIGS_ENV, str(extra))
    models.register_model_configs()
    paths = len(factory._MODEL_CONFIG_PATHS)
    models.register_model_configs()
    models.register_model_configs(extra)
    assert len(factory._MODEL_CONFIG_PATHS) == paths
    assert {TINY, "my-arch"} <= set(open_clip.list_models())
    assert models.model_spec("my-arch").arch == "my-arch"


def test_pick_device():
    import torch

    expected = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"
    assert models.pick_device() == models.pick_device("auto") == expected
    assert models.pick_device("cpu") == "cpu"
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match="cuda"):
            models.pick_device("cuda")
    if not torch.backends.mps.is_available():
        with pytest.raises(ValueError, match="mps"):
            models.pick_device("mps")
    with pytest.raises(ValueError, match="unknown device"):
        models.pick_device("tpu")


def test_importing_models_does_not_import_torch():
    code = (
        "import sys, photoclip.core.models as m; m.model_spec(m.DEFAULT_MODEL); m.model_spec(m.TINY_MODEL); "
        "m.model_key(m.model_spec(m.TINY_MODEL), 'x.safetensors'); "
        "heavy = sorted({'torch', 'open_clip'} & set(sys.modules)); print(heavy); sys.exit(1 if heavy else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_trimmed_text_encoding_equals_open_clip_encode_text(tiny, hf_cache_default_model):
    """Texts are encoded only up to their end token; the result must equal open_clip's full 77-token pass."""
    import torch

    from photoclip.core.embedder import load_embedder

    texts = ["a cat", "a dog running on the beach at sunset with kids", "", "mountains"]
    for emb in (tiny, load_embedder(models.DEFAULT_MODEL, device="cpu")):
        tokens = emb.tokenizer(texts)
        with torch.inference_mode():
            full = torch.nn.functional.normalize(emb.model.encode_text(tokens), dim=-1).numpy()
        np.testing.assert_allclose(emb.embed_texts(texts), full, atol=2e-5)
