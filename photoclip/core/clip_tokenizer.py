"""Text -> token ids for the query path, without torch: the same ids open_clip's tokenizers give.

Two kinds, chosen from the architecture's config the way `open_clip.get_tokenizer` chooses:

* **CLIP's byte-level BPE** (`ClipBpeTokenizer`): a port of open_clip's ``SimpleTokenizer`` (ftfy + HTML
  unescape, whitespace folded, lower case, the same regex, the same merge loop over open_clip's own
  ``bpe_simple_vocab_16e6.txt.gz``; start and end tokens, cut at the context length keeping the end token).
  A port rather than the ``tokenizers`` library: its BPE with CLIP's vocab needs a normaliser and a pre-tokeniser
  rebuilt by hand, and every difference in them is a silent difference in ids; the port *is* open_clip's
  algorithm, so parity holds by construction (tests check it on a corpus), and a query of a dozen words costs
  well under a millisecond.
* **A Hugging Face tokenizer** (`HfTextTokenizer`, the multilingual XLM-R models): its ``tokenizer.json``,
  read offline from the Hugging Face cache by the ``tokenizers`` library (what transformers' fast tokenizer
  runs), padded and cut at the context length as open_clip's ``HFTokenizer`` asks transformers to.

`tokenizer_for` returns None for a tokenizer set-up neither covers (reduction masks, SigLIP's): such a model's
queries keep going through open_clip.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import importlib.util
import itertools
import math
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

BPE_VOCAB_NAME = "bpe_simple_vocab_16e6.txt.gz"
DEFAULT_CONTEXT_LENGTH = 77
SOT, EOT = "<start_of_text>", "<end_of_text>"


class TextTokenizer(Protocol):
    context_length: int

    def __call__(self, texts: Sequence[str]) -> np.ndarray: ...


def open_clip_vocab() -> Path | None:
    """open_clip's BPE vocabulary file, found without importing open_clip (which imports torch)."""
    found = importlib.util.find_spec("open_clip")
    for d in (found.submodule_search_locations or []) if found is not None else []:
        p = Path(d) / BPE_VOCAB_NAME
        if p.is_file():
            return p
    return None


@lru_cache(maxsize=1)
def _bytes_to_unicode() -> dict[int, str]:
    # CLIP's reversible byte -> printable character table (see open_clip.tokenizer.bytes_to_unicode).
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, (chr(c) for c in cs), strict=True))


def _plain(text: str) -> bool:
    """Printable ASCII without an HTML entity: text ftfy leaves as it is (and importing ftfy costs ~0.1 s)."""
    return text.isascii() and "&" not in text and all(" " <= c <= "~" or c in "\t\n\r" for c in text)


def _basic_clean(text: str) -> str:
    if _plain(text):
        return html.unescape(html.unescape(text)).strip()
    import ftfy

    return html.unescape(html.unescape(ftfy.fix_text(text))).strip()


def _clean(text: str, kind: str) -> str:
    text = _basic_clean(text)
    if kind == "canonicalize":
        import string

        text = text.replace("_", " ").translate(str.maketrans("", "", string.punctuation)).lower()
        return " ".join(text.split()).strip()
    text = " ".join(text.split()).strip()
    return text.lower() if kind == "lower" else text


class _Table:
    """A str -> int lookup over two numpy arrays (UTF-8 keys sorted, their values): opened in milliseconds from
    the cache, where a dict of CLIP's ~49,000 tokens and merges takes ~0.1-0.3 s to build at every start, most
    of a search's tokenizing cost when the query itself needs a dozen lookups."""

    def __init__(self, keys: np.ndarray, values: np.ndarray) -> None:
        self.keys = keys
        self.values = values

    @classmethod
    def of(cls, mapping: dict[str, int]) -> _Table:
        keys = np.array([k.encode("utf-8") for k in mapping], dtype=np.bytes_)
        values = np.fromiter(mapping.values(), np.int64, len(mapping))
        order = np.argsort(keys, kind="stable")
        return cls(keys[order], values[order])

    def get(self, key: str) -> int | None:
        k = key.encode("utf-8")
        i = int(np.searchsorted(self.keys, k))
        # (numpy's bytes strip trailing NULs; no token holds one: the byte table maps 0 to a printable character)
        return int(self.values[i]) if i < len(self.keys) and self.keys[i] == k else None


def _tables(bpe_path: Path, cache_dir: Path | None) -> tuple[_Table, _Table]:
    """(token -> id, "first second" merge -> rank) of open_clip's vocabulary file, read from the cache when it
    has them for this very file."""
    st = bpe_path.stat()
    cached = None
    if cache_dir is not None:
        ident = f"{os.path.realpath(bpe_path)}\n{st.st_size}\n{st.st_mtime_ns}"
        cached = cache_dir / f"bpe-tables-{hashlib.sha256(ident.encode()).hexdigest()[:16]}.npz"
        with contextlib.suppress(OSError, ValueError, KeyError, EOFError), np.load(cached, allow_pickle=False) as f:
            return _Table(f["vocab_keys"], f["vocab_ids"]), _Table(f["merge_keys"], f["merge_ranks"])
    lines = gzip.decompress(bpe_path.read_bytes()).decode("utf-8").split("\n")
    merges = [tuple(m.split()) for m in lines[1 : 49152 - 256 - 2 + 1]]
    byte_chars = list(_bytes_to_unicode().values())
    vocab = [*byte_chars, *(c + "</w>" for c in byte_chars), *("".join(m) for m in merges), SOT, EOT]
    # Built through dicts as open_clip builds its own, so that a repeated key keeps its last value there too.
    encoder = _Table.of({tok: i for i, tok in enumerate(vocab)})
    ranks = _Table.of({" ".join(m): i for i, m in enumerate(merges)})
    if cached is not None:
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as f:
                np.savez(f, vocab_keys=encoder.keys, vocab_ids=encoder.values, merge_keys=ranks.keys,
                         merge_ranks=ranks.values)
            tmp.replace(cached)
        except OSError:  # a read-only cache: parsed again next time
            with contextlib.suppress(OSError):
                tmp.unlink()
    return encoder, ranks


class ClipBpeTokenizer:
    """open_clip's SimpleTokenizer without torch; ``__call__`` returns int64 (N, context_length) ids."""

    def __init__(self, bpe_path: str | os.PathLike[str], context_length: int = DEFAULT_CONTEXT_LENGTH,
                 clean: str = "lower", cache_dir: str | os.PathLike[str] | None = None) -> None:
        """``cache_dir``: where to keep the vocabulary's tables (a search then opens them in milliseconds instead
        of ~0.15 s unpacking and splitting the vocabulary file)."""
        import regex

        if clean not in ("lower", "whitespace", "canonicalize"):
            raise ValueError(f"unknown clean function {clean!r}")
        self.encoder, self.merges = _tables(Path(bpe_path), Path(cache_dir) if cache_dir is not None else None)
        self._ranks: dict[tuple[str, str], float] = {}
        self.byte_encoder = _bytes_to_unicode()
        self.cache: dict[str, str] = {SOT: SOT, EOT: EOT}
        self.pat = regex.compile(
            f"{SOT}|{EOT}" + r"""|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+""", regex.IGNORECASE)
        self.sot_token_id = self._id(SOT)
        self.eot_token_id = self._id(EOT)
        self.context_length = context_length
        self.clean = clean

    def _id(self, token: str) -> int:
        found = self.encoder.get(token)
        if found is None:
            raise KeyError(token)
        return found

    def _rank(self, pair: tuple[str, str]) -> float:
        rank = self._ranks.get(pair)
        if rank is None:
            found = self.merges.get(f"{pair[0]} {pair[1]}")
            rank = self._ranks[pair] = math.inf if found is None else found
        return rank

    def _bpe(self, token: str) -> str:
        cached = self.cache.get(token)
        if cached is not None:
            return cached
        word: tuple[str, ...] = (*token[:-1], token[-1] + "</w>")
        pairs = set(itertools.pairwise(word))
        if not pairs:
            return token + "</w>"
        while True:
            bigram = min(pairs, key=self._rank)
            if self._rank(bigram) == math.inf:
                break
            first, second = bigram
            new: list[str] = []
            i = 0
            while i < len(word):
                try:
                    j = word.index(first, i)
                except ValueError:
                    new.extend(word[i:])
                    break
                new.extend(word[i:j])
                i = j
                if word[i] == first and i < len(word) - 1 and word[i + 1] == second:
                    new.append(first + second)
                    i += 2
                else:
                    new.append(word[i])
                    i += 1
            word = tuple(new)
            if len(word) == 1:
                break
            pairs = set(itertools.pairwise(word))
        out = " ".join(word)
        self.cache[token] = out
        return out

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        for token in self.pat.findall(_clean(text, self.clean)):
            chars = "".join(self.byte_encoder[b] for b in token.encode("utf-8"))
            ids.extend(self._id(t) for t in self._bpe(chars).split(" "))
        return ids

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        if isinstance(texts, str):
            texts = [texts]
        n = self.context_length
        out = np.zeros((len(texts), n), np.int64)
        for row, text in enumerate(texts):
            ids = [self.sot_token_id, *self.encode(text), self.eot_token_id]
            if len(ids) > n:
                ids = ids[:n]
                ids[-1] = self.eot_token_id  # a long text is cut, but still ends as every text does
            out[row, : len(ids)] = ids
        return out


class HfTextTokenizer:
    """A Hugging Face fast tokenizer read from its tokenizer.json with the ``tokenizers`` library, padded and cut
    to ``context_length`` (transformers' ``padding='max_length', truncation=True``)."""

    def __init__(self, tokenizer_json: str | os.PathLike[str], context_length: int = DEFAULT_CONTEXT_LENGTH,
                 clean: str = "whitespace") -> None:
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(os.fspath(tokenizer_json))
        pad = tok.padding or {}
        pad_id = pad.get("pad_id")
        pad_token = pad.get("pad_token")
        if pad_id is None:
            for name in ("<pad>", "[PAD]"):
                if tok.token_to_id(name) is not None:
                    pad_token, pad_id = name, tok.token_to_id(name)
                    break
        tok.enable_truncation(max_length=context_length)
        tok.enable_padding(length=context_length, pad_id=int(pad_id or 0), pad_token=pad_token or "<pad>")
        self.tokenizer = tok
        self.context_length = context_length
        self.clean = clean

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        if isinstance(texts, str):
            texts = [texts]
        encs = self.tokenizer.encode_batch([_clean(t, self.clean) for t in texts])
        return np.array([e.ids for e in encs], np.int64).reshape(len(texts), self.context_length)


def hf_tokenizer_file(name: str) -> Path | None:
    """The tokenizer.json of Hugging Face model ``name`` in the local cache; never touches the network."""
    from huggingface_hub import try_to_load_from_cache

    found = try_to_load_from_cache(name, "tokenizer.json")
    return Path(found) if isinstance(found, str) and os.path.isfile(found) else None


def tokenizer_for(arch: str, config: dict[str, Any],
                  cache_dir: str | os.PathLike[str] | None = None) -> TextTokenizer | None:
    """The torch-free tokenizer of open_clip architecture ``arch`` with ``config``, or None when its set-up is not
    covered (or its files are not on this computer)."""
    text_cfg = config.get("text_cfg", {}) or {}
    kwargs = dict(text_cfg.get("tokenizer_kwargs", {}) or {})
    context_length = int(text_cfg.get("context_length", DEFAULT_CONTEXT_LENGTH))
    clean = kwargs.pop("clean", None)
    if kwargs:  # reduction masks, languages, strip_sep_token...: open_clip's own code handles those
        return None
    if text_cfg.get("tokenizer_mode"):
        return None
    if text_cfg.get("hf_tokenizer_name"):
        path = hf_tokenizer_file(text_cfg["hf_tokenizer_name"])
        return HfTextTokenizer(path, context_length, clean or "whitespace") if path is not None else None
    if "siglip" in arch.lower():
        return None
    vocab = open_clip_vocab()
    return ClipBpeTokenizer(vocab, context_length, clean or "lower", cache_dir) if vocab is not None else None
