"""Tagging end to end with the tiny open_clip model: prompts -> text vectors -> scores, checked against a direct
open_clip computation; tags follow a renamed file through a real re-index; new photos are tagged as indexed."""

from __future__ import annotations

import numpy as np
import open_clip
import pytest
import torch
from photos import write_photos

from photoclip.core import tag_store, tagging
from photoclip.core.engine import Engine
from photoclip.core.models import TINY_MODEL, register_model_configs


def effective(engine: Engine) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path, label in engine.library.db.execute(
            "SELECT p.path, t.label FROM photo_tags t JOIN photos p ON p.id = t.photo_id"):
        out.setdefault(path, set()).add(label)
    return out


def test_scores_match_a_direct_open_clip_computation(engine, tmp_path, tiny_model_file):
    write_photos(tmp_path / "photos", 6)
    engine.index([tmp_path / "photos"])
    key = engine.active.key
    single = tag_store.create_set(engine.library, "Scenes", "single",
                                  ["beach", {"name": "city", "prompts": ["tall buildings at night"]}, "forest"],
                                  threshold=-1.0)
    multi = tag_store.create_set(engine.library, "Contents", "multi", ["people", "a cat"], threshold=-1.0)
    for s in (single, multi):
        tagging.apply_set(engine.library, s, key, engine.embedder)

    register_model_configs()
    model = open_clip.create_model(TINY_MODEL, pretrained=str(tiny_model_file))
    model.eval()
    tokenizer = open_clip.get_tokenizer(TINY_MODEL)

    def label_vector(name: str, own: list[str]) -> np.ndarray:
        texts = [t.format(name) for t in tagging.DEFAULT_TEMPLATES] + own
        with torch.no_grad():
            feats = model.encode_text(tokenizer(texts)).float()
        feats = feats / feats.norm(dim=-1, keepdim=True)
        mean = feats.mean(dim=0)
        return (mean / mean.norm()).numpy()

    ids, photo_vecs, _ = engine.library.vectors(key)
    scale = float(model.logit_scale.detach().exp())
    stored = {(p, lab): s for p, lab, s in engine.library.db.execute(
        "SELECT t.photo_id, l.name, t.score FROM tag_scores t JOIN labels l ON l.id = t.label_id")}

    labels = np.stack([label_vector("beach", []), label_vector("city", ["tall buildings at night"]),
                       label_vector("forest", [])])
    logits = np.hstack([photo_vecs @ labels.T, np.full((len(ids), 1), -1.0)]) * scale
    logits -= logits.max(axis=1, keepdims=True)
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    for row, pid in enumerate(ids):
        for j, name in enumerate(("beach", "city", "forest")):
            assert stored[(int(pid), name)] == pytest.approx(probs[row, j], abs=2e-4)
        best = ("beach", "city", "forest")[int(np.argmax(probs[row, :3]))]
        assert effective(engine)[engine.library.photo(int(pid)).path] >= {best}

    cos = photo_vecs @ np.stack([label_vector("people", []), label_vector("a cat", [])]).T
    for row, pid in enumerate(ids):
        for j, name in enumerate(("people", "a cat")):
            assert stored[(int(pid), name)] == pytest.approx(float(cos[row, j]), abs=2e-4)
    # The prompt vectors are cached: tagging again needs no model at all.
    again = tagging.apply_set(engine.library, single, key, None)
    assert again.photos == len(ids)


def test_tags_follow_a_renamed_file_through_reindexing(engine, tmp_path):
    folder = tmp_path / "photos"
    paths = write_photos(folder, 3)
    engine.index([folder])
    key = engine.active.key
    s = tag_store.create_set(engine.library, "Scenes", "single", ["beach", "city"], threshold=-1.0)
    tagging.apply_set(engine.library, s, key, engine.embedder)
    rec = engine.library.photo_by_path(paths[0])
    assert rec is not None
    tag_store.decide(engine.library, [rec.id], s.label("city").id, True)
    before = effective(engine)[str(paths[0])]
    assert before == {"city"}
    renamed = folder / "sub" / "renamed.jpg"
    renamed.parent.mkdir()
    paths[0].rename(renamed)
    report = engine.index()
    assert report.moved == 1
    now = effective(engine)
    assert str(paths[0]) not in now and now[str(renamed)] == {"city"}
    assert engine.library.photo_by_path(renamed).id == rec.id  # type: ignore[union-attr]


def test_sets_marked_apply_to_new_tag_photos_as_they_are_indexed(engine, tmp_path):
    folder = tmp_path / "photos"
    write_photos(folder, 2)
    engine.index([folder])
    auto = tag_store.create_set(engine.library, "Auto", "multi", ["sky"], threshold=-1.0, apply_to_new=True)
    tag_store.create_set(engine.library, "Manual", "multi", ["sea"], threshold=-1.0)
    new = write_photos(folder, 3, start=10)
    engine.index()
    tagged = effective(engine)
    assert {p for p, labels in tagged.items() if "sky" in labels} == {str(p) for p in new}
    assert not any("sea" in labels for labels in tagged.values())
    assert tag_store.scored_photo_ids(engine.library, auto.id).size == 3
