"""Model weights shipped inside the app for offline installs: staged at build time in the hub cache's layout, found
at run time before the user's own Hugging Face cache is consulted."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest

from photoclip.core import bundled_models, models
from photoclip.core.engine import Engine

MULTILINGUAL = "xlm-roberta-base-ViT-B-32/laion5b_s13b_b90k"


def use_empty_user_cache(tmp_path, monkeypatch):
    """Switch the user's Hugging Face cache to an empty one (what a fresh offline computer has)."""
    from huggingface_hub import constants

    hub = tmp_path / "empty-hf-home" / "hub"
    hub.mkdir(parents=True)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(hub))
    monkeypatch.setattr(constants, "HUGGINGFACE_HUB_CACHE", str(hub))
    return hub


@pytest.fixture
def empty_user_cache(tmp_path, monkeypatch):
    return use_empty_user_cache(tmp_path, monkeypatch)


def test_staged_model_is_found_and_loads_offline_without_the_user_cache(hf_cache_default_model, tmp_path,
                                                                         monkeypatch):
    spec = models.model_spec(models.DEFAULT_MODEL)
    source = models.cached_weights(spec)
    assert source is not None and source.is_symlink()  # the hub cache's own layout: snapshot file -> blob
    staged_dir = tmp_path / "bundle"
    staged = bundled_models.stage_model(models.DEFAULT_MODEL, staged_dir)
    # A real file (a bundle cannot carry the cache's symlinks), under the same commit as the source snapshot.
    assert staged.is_file() and not staged.is_symlink()
    assert staged.parent.name == source.parent.name and staged.name == models.SAFETENSORS_NAME
    assert staged.stat().st_size == source.stat().st_size
    assert json.loads((staged_dir / "bundle.json").read_text())["default_model"] == models.DEFAULT_MODEL

    # A fresh computer: an empty user cache, so the only copy of the weights is the bundle, which photoclip is not
    # yet told about.
    use_empty_user_cache(tmp_path, monkeypatch)
    monkeypatch.setenv(bundled_models.MODELS_DIR_ENV, str(tmp_path / "elsewhere"))
    assert models.cached_weights(spec) is None
    monkeypatch.setenv(bundled_models.MODELS_DIR_ENV, str(staged_dir))
    assert models.cached_weights(spec) == staged
    assert models.resolve_weights(spec) == staged

    from photoclip.core.embedder import load_embedder

    emb = load_embedder(models.DEFAULT_MODEL, device="cpu", threads=1)
    v = emb.embed_texts(["a dog on a beach"])
    assert v.shape == (1, 512) and np.isclose(np.linalg.norm(v), 1.0, atol=1e-4)


def test_an_hf_home_folder_and_several_folders_are_searched(tmp_path, monkeypatch, empty_user_cache):
    spec = models.model_spec(models.DEFAULT_MODEL)
    weights = tmp_path / models.SAFETENSORS_NAME
    weights.write_bytes(b"not really weights, only their place is checked here")
    home = tmp_path / "hf-home"
    staged = bundled_models.stage_model(models.DEFAULT_MODEL, home / "hub", model_file=weights, make_default=False)
    assert staged.parent.name == bundled_models.LOCAL_COMMIT  # not from a hub cache: no commit to keep
    assert not (home / "hub" / "bundle.json").exists()
    monkeypatch.setenv(bundled_models.MODELS_DIR_ENV, f"{tmp_path / 'missing'}{os.pathsep}{home}")
    assert bundled_models.bundled_dirs()[0] == home / "hub"
    assert models.cached_weights(spec) == staged
    assert bundled_models.default_model() == models.DEFAULT_MODEL  # no bundle.json: the usual default


def test_bundle_json_chooses_the_model_a_new_library_starts_with(tmp_path, monkeypatch, empty_user_cache):
    weights = tmp_path / models.SAFETENSORS_NAME
    weights.write_bytes(b"placeholder")
    bundle = tmp_path / "bundle"
    assert bundled_models.main([MULTILINGUAL, str(bundle), "--model-file", str(weights), "--no-text-export"]) == 0
    monkeypatch.setenv(bundled_models.MODELS_DIR_ENV, str(bundle))
    assert bundled_models.default_model() == MULTILINGUAL
    engine = Engine(tmp_path / "library")
    assert engine.active.name == MULTILINGUAL
    # A library that chose its model keeps it, whatever the bundle says.
    engine.set_model(models.DEFAULT_MODEL)
    assert Engine(tmp_path / "library").active.name == models.DEFAULT_MODEL


def test_staging_refuses_what_cannot_be_bundled(tmp_path, capsys, empty_user_cache):
    with pytest.raises(ValueError, match="not a model with published weights"):
        bundled_models.stage_model(models.TINY_MODEL, tmp_path / "b")
    # Offline with an empty cache: the download cannot happen, and the message says what to do.
    assert bundled_models.main([models.DEFAULT_MODEL, str(tmp_path / "b")]) == 1
    assert "cannot be downloaded now" in capsys.readouterr().out
    wrong = tmp_path / "weights.bin"
    wrong.write_bytes(b"x")
    with pytest.raises(ValueError, match=r"not a \.safetensors file"):
        bundled_models.stage_model(models.DEFAULT_MODEL, tmp_path / "b", model_file=wrong)


def test_a_bundle_ships_its_text_tower_export_so_the_app_never_exports_on_first_use(hf_cache_default_model,
                                                                                     tmp_path, monkeypatch):
    """What the build scripts run (`python -m photoclip.core.bundled_models NAME DIR`) stages the weights and
    exports their text tower into the bundle; the installed app, elsewhere and with other file dates, finds that
    export and answers queries through ONNX without exporting again."""
    import shutil

    from photoclip.core import text_onnx
    from photoclip.core.cache_dir import CACHE_ENV

    build = tmp_path / "build" / "bundled-model"
    assert bundled_models.main([models.DEFAULT_MODEL, str(build)]) == 0
    exports = list((build / text_onnx.BUNDLED_EXPORTS).iterdir())
    assert len(exports) == 1 and (exports[0] / text_onnx.ONNX_NAME).is_file()
    # Installed somewhere else (new paths, new dates), on a computer with nothing cached.
    installed = tmp_path / "app" / "models"
    shutil.copytree(build, installed, copy_function=shutil.copyfile)
    shutil.rmtree(build)
    use_empty_user_cache(tmp_path, monkeypatch)
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "user-cache"))
    monkeypatch.setenv(bundled_models.MODELS_DIR_ENV, str(installed))
    spec = models.model_spec(models.DEFAULT_MODEL)
    weights = models.cached_weights(spec)
    assert weights is not None and weights.is_relative_to(installed)
    engine = Engine(tmp_path / "library")
    try:
        found = engine.text_export()
        assert found is not None and found.ok and found.folder.is_relative_to(installed)
        assert engine.text_encoder_state()[0] == "onnx"
        encoder = engine.text_model()
        assert isinstance(encoder, text_onnx.OnnxTextEncoder) and encoder.embed_texts(["a dog"]).shape == (1, 512)
        # Loading the full model (indexing) finds the bundled export too: nothing is exported into the user's cache.
        engine.embedder()
        assert not (tmp_path / "user-cache" / "text-encoders").exists() or not any(
            p.name.startswith(spec.arch) for p in (tmp_path / "user-cache" / "text-encoders").iterdir())
    finally:
        engine.close()
