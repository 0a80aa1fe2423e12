"""A Hugging Face cache for the multilingual architecture (xlm-roberta-base-ViT-B-32), made here: the real
XLM-R tokenizer and config cannot be downloaded in tests, so a small tokenizer of the same kind (a SentencePiece-
style Unigram model with XLM-R's special tokens, as ``tokenizer.json``) is trained on a few sentences and laid out
with XLM-R's ``config.json`` (its vocabulary cut to the small tokenizer's) exactly as huggingface_hub stores a
download. open_clip and transformers then load them by the real path, offline, as on a user's machine."""

from __future__ import annotations

import json
from pathlib import Path

SENTENCES = (
    "a photo of a cat", "a photo of a dog on the beach", "the city at night", "a red bicycle",
    "猫の写真", "犬の写真です。", "海辺の犬", "夜の東京の街", "東京駅の写真", "赤い自転車",
    "猫的照片", "一张狗的照片。", "海滩上的狗", "城市的夜晚", "长城的照片",
    "बिल्ली की तस्वीर", "समुद्र तट पर कुत्ता", "रात में शहर",
    "bir kedi fotoğrafı", "sahilde bir köpek", "İstanbul'da gece",
)
HUB_NAME = "xlm-roberta-base"  # what open_clip's config names (text_cfg.hf_model_name / hf_tokenizer_name)
COMMIT = "89abcdef0123456789abcdef0123456789abcdef"


def make_tokenizer_json(path: Path, vocab_size: int = 400) -> int:
    """Train a Unigram tokenizer with XLM-R's layout (<s>=0, <pad>=1, </s>=2, <unk>=3, <mask> last; NFKC and a
    ▁ metaspace; "<s> … </s>" around each text); returns its vocabulary size."""
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers

    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    trainer = trainers.UnigramTrainer(vocab_size=vocab_size, special_tokens=["<s>", "<pad>", "</s>", "<unk>"],
                                      unk_token="<unk>")
    tok.train_from_iterator(list(SENTENCES) * 4, trainer)
    tok.add_special_tokens(["<mask>"])
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", tok.token_to_id("<s>")), ("</s>", tok.token_to_id("</s>"))])
    assert [tok.token_to_id(t) for t in ("<s>", "<pad>", "</s>", "<unk>")] == [0, 1, 2, 3]
    tok.save(str(path))
    return tok.get_vocab_size()


def make_hf_cache(home: Path) -> Path:
    """Lay out ``home/hub/models--xlm-roberta-base`` (refs/main -> a snapshot holding config.json,
    tokenizer.json and tokenizer_config.json); returns ``home``."""
    snap = home / "hub" / f"models--{HUB_NAME}" / "snapshots" / COMMIT
    snap.mkdir(parents=True)
    vocab = make_tokenizer_json(snap / "tokenizer.json")
    config = {  # xlm-roberta-base's own config.json, with the small vocabulary
        "architectures": ["XLMRobertaForMaskedLM"], "attention_probs_dropout_prob": 0.1, "bos_token_id": 0,
        "eos_token_id": 2, "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "hidden_size": 768,
        "initializer_range": 0.02, "intermediate_size": 3072, "layer_norm_eps": 1e-05,
        "max_position_embeddings": 514, "model_type": "xlm-roberta", "num_attention_heads": 12,
        "num_hidden_layers": 12, "output_past": True, "pad_token_id": 1, "position_embedding_type": "absolute",
        "type_vocab_size": 1, "use_cache": True, "vocab_size": vocab,
    }
    (snap / "config.json").write_text(json.dumps(config))
    (snap / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "XLMRobertaTokenizer", "model_max_length": 512, "bos_token": "<s>", "eos_token": "</s>",
        "unk_token": "<unk>", "sep_token": "</s>", "cls_token": "<s>", "pad_token": "<pad>", "mask_token": "<mask>"}))
    refs = snap.parents[1] / "refs"
    refs.mkdir()
    (refs / "main").write_text(COMMIT)
    return home
