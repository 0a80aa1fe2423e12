"""Tagging and search written in Japanese through the multilingual architecture (xlm-roberta-base-ViT-B-32, the
real one, with random weights and a small XLM-R-style tokenizer in the Hugging Face cache, see `multilingual`):
the tokenizer and text config load offline by the path a user's machine takes, a Japanese label set is scored
with Japanese prompt templates (checked against open_clip's encode_text on the loaded model), and a Japanese
query searches without the hint the English-only models need."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import open_clip
import pytest
import torch

from photoclip.core import models, scripts, tag_store, tagging
from photoclip.core.engine import Engine
from photoclip.core.find import REASON_TAG, SearchRequest
from tests.multilingual import make_hf_cache
from tests.photos import write_photos

MULTI = next(s for s in models.KNOWN_MODELS if s.multilingual)


@pytest.fixture(scope="session")
def multilingual_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(HF_HOME with the XLM-R config and tokenizer, random weights of the architecture as .safetensors)."""
    from safetensors.torch import save_file

    home = make_hf_cache(tmp_path_factory.mktemp("hf-home-multilingual"))
    weights = home / "multilingual.safetensors"
    with pytest.MonkeyPatch.context() as mp:  # open_clip reads the XLM-R config from this cache to build the model
        _use_cache(mp, home)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(0)
            model = open_clip.create_model(MULTI.arch, pretrained_hf=False)
        save_file({k: v.detach().half().contiguous() for k, v in model.state_dict().items()}, str(weights))
    return home, weights


def _use_cache(mp: pytest.MonkeyPatch, home: Path) -> None:
    from huggingface_hub import constants

    mp.setenv("HF_HOME", str(home))
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setattr(constants, "HF_HOME", str(home))
    mp.setattr(constants, "HF_HUB_CACHE", str(home / "hub"))
    mp.setattr(constants, "HUGGINGFACE_HUB_CACHE", str(home / "hub"))
    mp.setattr(constants, "HF_HUB_OFFLINE", True)


@pytest.fixture
def engine(multilingual_home, tmp_path, monkeypatch):
    home, weights = multilingual_home
    _use_cache(monkeypatch, home)
    e = Engine(tmp_path / "library", model=MULTI.name, model_file=weights)
    yield e
    e.close()


def test_the_tokenizer_loads_offline_from_the_cache(multilingual_home, monkeypatch):
    _use_cache(monkeypatch, multilingual_home[0])
    tok = open_clip.get_tokenizer(MULTI.arch)
    ids = tok(["猫の写真", "बिल्ली की तस्वीर"])
    assert ids[:, 0].tolist() == [0, 0]  # <s> first, as XLM-R
    assert 3 not in ids.tolist()[0]  # no <unk>: the Japanese was read


def test_japanese_label_set_and_query(engine, tmp_path, multilingual_home):
    write_photos(tmp_path / "photos", 4)
    engine.index([tmp_path / "photos"])
    key = engine.active.key
    names = ["猫", "海辺の犬", "夜の街"]
    s = tag_store.create_set(engine.library, "写っているもの", "multi", names, threshold=-1.0)
    tagging.apply_set(engine.library, s, key, engine.embedder)
    cached = {r[0] for r in engine.library.db.execute("SELECT text FROM text_vectors")}
    assert {"猫の写真", "海辺の犬の写真", "夜の街の写真"} <= cached
    assert "猫的照片" in cached and "海辺の犬的照片" not in cached  # kanji alone may be Chinese too; kana is Japanese
    assert not any(t.startswith("a photo") for t in cached)  # no English sentence around a Japanese word

    # The stored scores are the cosines of the photos with the mean of the Japanese prompts, as open_clip says.
    model = engine.embedder().model  # the loaded model; its text side run here by open_clip directly
    tokenizer = open_clip.get_tokenizer(MULTI.arch)

    def label_vector(name: str) -> np.ndarray:
        with torch.no_grad():
            feats = model.encode_text(tokenizer([t.format(name) for t in tagging.default_templates(name)]))
        feats = feats.float()
        feats = feats / feats.norm(dim=-1, keepdim=True)
        mean = feats.mean(dim=0)
        return (mean / mean.norm()).numpy()

    ids, photo_vecs, _ = engine.library.vectors(key)
    assert not model.training  # dropout off: a text's vector does not change from one call to the next
    cos = photo_vecs @ np.stack([label_vector(n) for n in names]).T
    stored = {(p, lab): sc for p, lab, sc in engine.library.db.execute(
        "SELECT t.photo_id, l.name, t.score FROM tag_scores t JOIN labels l ON l.id = t.label_id")}
    for row, pid in enumerate(ids):
        for j, name in enumerate(names):
            assert stored[(int(pid), name)] == pytest.approx(float(cos[row, j]), abs=2e-4)

    # A Japanese query: read by this model (no hint), its picture scores computed, the tag found by its name.
    assert scripts.script_hint("海辺の犬", MULTI.name) is None
    r = engine.find(SearchRequest("海辺の犬"))
    assert len(r.ids) == 4 and not np.isnan(r.scores).any()
    assert all(int(b) & REASON_TAG for b in r.reasons)
