"""The query path's text encoder: the model's text tower in ONNX Runtime, exported from open_clip once per weights.

Typing a few words must not wait for torch, torchvision, transformers and open_clip to import (seconds) when
encoding them takes milliseconds. So the text tower of a model is exported with ``torch.onnx.export`` the first
time that model is loaded anyway (set up, downloaded, first indexed, or a search that found no export yet) and
kept in photoclip's own cache (`cache_root`), in a folder named after the weights' identity (their real path,
size and modification time: a changed file is exported again). An export is used only once it has been
verified: for a fixed set of texts (`VERIFY_TEXTS`) the torch-free tokenizer (`clip_tokenizer`) must give
exactly open_clip's token ids, and the ONNX vectors must match open_clip's ``encode_text`` to a cosine of at
least `MIN_COSINE`. When the export or its check fails, the folder records why (`TextExport.reason`) and queries
keep going through torch.

`load_text_encoder` (no torch) opens a verified export as an `OnnxTextEncoder`, which the rest of photoclip uses
where it used an `Embedder` for texts: ``model_key``, ``dim``, ``logit_scale`` and ``embed_texts``. `export`
(torch) makes one from a loaded `Embedder`, through `Tower`: how either tower's export is made, recorded and
found again (`image_onnx` exports the image tower with it too).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from photoclip.core.blas import one_blas_thread
from photoclip.core.cache_dir import cache_dir
from photoclip.core.clip_tokenizer import TextTokenizer, tokenizer_for

if TYPE_CHECKING:
    from photoclip.core.embedder import Embedder

# Bumped when what an export folder holds changes meaning: older folders are then exported again.
EXPORT_VERSION = 1
MIN_COSINE = 0.9999
ONNX_NAME = "text.onnx"  # the optimised graph; its weights lie beside it in text.onnx.data
RAW_NAME = "raw.onnx"  # torch.onnx.export's output, removed once optimised
META_NAME = "export.json"
BUNDLED_EXPORTS = "text-encoders"  # in a bundled models folder, beside the weights' hub layout
OPSET = 17
TMP_PREFIX = ".export-"  # an export being made, beside the folder it becomes
# A temporary export folder this old was left by a killed process (the slowest export takes minutes).
ABANDONED_S = 6 * 3600
# Texts every export is checked on: plain queries, punctuation, accents, CJK, emoji, and one past the context
# length (cut, ending with the end token) -- the tokenizer's parity is checked on the same texts.
VERIFY_TEXTS = (
    "a cat on a sofa",
    "a dog running on the beach at sunset",
    "Birthday party, 2019!!! (with cake & candles)",
    "crème brûlée in a café, à Paris",
    "東京タワーの夜景",
    "🐱 sleeping 🛋️",
    "IMG_2041",
    "",
    "a very long description of a photo " * 12,
)


def cache_root() -> Path:
    """Where exports live: text-encoders/ in photoclip's cache folder."""
    return cache_dir() / "text-encoders"


def export_dir(arch: str, weights: str | os.PathLike[str]) -> Path:
    """The folder of the export for ``arch`` with these weights (which need not exist yet)."""
    return weights_folder(cache_root(), EXPORT_VERSION, arch, weights)


def weights_folder(root: Path, version: int, arch: str, weights: str | os.PathLike[str]) -> Path:
    """A folder under ``root`` named after ``arch`` and the weights' identity (their real path, size and
    modification time) and ``version``: what an export of a tower of these weights is kept in (`image_onnx` too)."""
    real = os.path.realpath(weights)
    st = os.stat(real)
    ident = f"{version}\n{arch}\n{real}\n{st.st_size}\n{st.st_mtime_ns}"
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in arch)
    return root / f"{safe}-{hashlib.sha256(ident.encode()).hexdigest()[:20]}"


def bundled_export_dir(arch: str, weights: str | os.PathLike[str],
                       dirs: Sequence[str | os.PathLike[str]] | None = None) -> Path | None:
    """Where an app bundle keeps the export of ``weights`` when they are weights it ships (see `bundled_models`):
    in ``text-encoders/`` of that models folder, named after the file's place in the folder and its size. Not
    after its real path and date as in the cache (`export_dir`): the build cannot know where the app will be
    installed, and an installer may touch the dates. None when the weights are not in a bundled folder
    (``dirs``: the folders to look in; by default those the app searches for bundled weights)."""
    if dirs is None:
        from photoclip.core.bundled_models import bundled_dirs

        dirs = bundled_dirs()
    path = Path(os.path.abspath(weights))
    for d in dirs:
        base = Path(os.path.abspath(d))
        if not path.is_relative_to(base):
            continue
        ident = f"{EXPORT_VERSION}\n{arch}\nbundled:{path.relative_to(base).as_posix()}\n{path.stat().st_size}"
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in arch)
        return base / BUNDLED_EXPORTS / f"{safe}-{hashlib.sha256(ident.encode()).hexdigest()[:20]}"
    return None


def find_export(arch: str, weights: str | os.PathLike[str]) -> TextExport | None:
    """The recorded export for ``arch`` with these weights: the one a bundle ships with them, else the cache's;
    None when there is none yet."""
    bundled = bundled_export_dir(arch, weights)
    found = read_export(bundled) if bundled is not None else None
    return found if found is not None else read_export(export_dir(arch, weights))


@dataclass(frozen=True)
class OnnxExport:
    """What an export folder says (a text tower's here, an image tower's in `image_onnx`): whether its ONNX file
    may be used, and if not, why."""

    folder: Path
    ok: bool
    reason: str  # why not, when not ok; "" when ok
    meta: dict[str, Any]
    onnx_name: str = ONNX_NAME

    @property
    def onnx_path(self) -> Path:
        return self.folder / self.onnx_name


TextExport = OnnxExport


def read_export(folder: Path, version: int = EXPORT_VERSION, onnx_name: str = ONNX_NAME) -> OnnxExport | None:
    """The recorded outcome of an export in ``folder`` (of this ``version`` of the export, its graph named
    ``onnx_name``); None when there is none yet."""
    try:
        meta = json.loads((folder / META_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("version") != version:
        return None
    ok = bool(meta.get("ok")) and (folder / onnx_name).is_file()
    reason = "" if ok else str(meta.get("reason") or "the exported file is missing")
    return OnnxExport(folder, ok, reason, meta, onnx_name)


# -- using an export (no torch) ------------------------------------------------------------------------------


def open_session(export: OnnxExport, threads: int | None, config: dict[str, str] | None = None) -> Any:
    """An ONNX Runtime session on the CPU over an export's graph (either tower's), with ``config`` entries added."""
    import onnxruntime as ort

    one_blas_thread()  # the numpy products beside the session (see `blas`), as `load_embedder` does beside torch

    opts = ort.SessionOptions()
    if threads:
        opts.intra_op_num_threads = threads
    opts.log_severity_level = 3
    # The file is already optimised (at export); optimising again at every start cost ~0.7 s of a search.
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    # Its threads do not spin between operators waiting for work: for one short text that saves nothing, and on a
    # busy CPU the spinning takes the time the other threads need (the app's, the decoders beside the image
    # tower): a one-off search took ~0.5 s instead of ~0.4 s, and an app keystroke's encoding 102 ms instead of 55
    # (median; 2 cores, load ~8, beside the app's other threads and the indexer).
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    for key, value in (config or {}).items():
        opts.add_session_config_entry(key, value)
    return ort.InferenceSession(str(export.onnx_path), opts, providers=["CPUExecutionProvider"])


class OnnxTextEncoder:
    """A model's text tower in ONNX Runtime, with its torch-free tokenizer; thread-safe for concurrent calls.

    Stands in for an `Embedder` wherever only texts are encoded.
    """

    def __init__(self, export: TextExport, tokenizer: TextTokenizer, model_key: str, *, quick_start: bool = False,
                 threads: int | None = None) -> None:
        meta = export.meta
        self._threads = threads
        self.session = self._session(export, prepacked=not quick_start)
        self.prepacked = not quick_start
        self.tokenizer = tokenizer
        self.model_key = model_key
        self.arch = str(meta["arch"])
        self.dim = int(meta["dim"])
        self.logit_scale = float(meta["logit_scale"])
        self.device = "cpu"
        self.export = export
        self._crop = meta.get("crop")  # "argmax", "eos" or None: how to find the last token that matters
        self._eos_id = meta.get("eos_id")
        self._input = self.session.get_inputs()[0].name

    def _session(self, export: TextExport, prepacked: bool) -> Any:
        # Prepacking the weights for faster matrix products costs ~0.15-0.4 s at load and saves ~25 ms per encoding
        # (ViT-B-32 on a 2-core CPU): a loss for a one-off command-line search and for the app's first search, a
        # gain for the app's later keystrokes (`prepack`).
        return open_session(export, self._threads, {} if prepacked else {"session.disable_prepacking": "1"})

    def prepack(self) -> bool:
        """Switch a quick-start encoder to a session with prepacked weights (~0.15-0.4 s, outside the GIL; encodings
        then take about a third of the time). Safe while other threads encode: they finish on the old session.
        Returns whether it switched (False when it was prepacked already, or the file cannot be opened now)."""
        if self.prepacked:
            return False
        try:
            session = self._session(self.export, prepacked=True)
        except Exception:  # the file went away or was damaged since: the quick session goes on serving
            return False
        self.session, self.prepacked = session, True
        return True

    def __repr__(self) -> str:
        return f"OnnxTextEncoder({self.model_key!r}, dim={self.dim}, folder={str(self.export.folder)!r})"

    def tokens(self, texts: Sequence[str]) -> np.ndarray:
        """Token ids, cut after the longest text's end token when the model allows it: with a causal mask no
        position attends to a later one, so a query of five words need not run 77 positions."""
        ids = self.tokenizer(list(texts))
        if self._crop == "argmax":
            ends = ids.argmax(axis=1)
        elif self._crop == "eos" and self._eos_id is not None:
            ends = (ids == int(self._eos_id)).argmax(axis=1)
        else:
            return ids
        return ids[:, : int(ends.max()) + 1]

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """Texts -> float32 (N, dim), each row of unit length. A single string counts as one text."""
        if isinstance(texts, str):
            texts = [texts]
        if len(texts) == 0:
            return np.empty((0, self.dim), dtype=np.float32)
        out = self.session.run(None, {self._input: self.tokens(texts)})[0].astype(np.float32, copy=False)
        # Normalised again in float64: the graph's own normalisation leaves rows a few 1e-7 off unit length.
        norms = np.linalg.norm(out.astype(np.float64), axis=1, keepdims=True)
        return (out / np.maximum(norms, 1e-12)).astype(np.float32)


def load_text_encoder(arch: str, weights: str | os.PathLike[str], model_key: str,
                      quick_start: bool = False) -> OnnxTextEncoder | None:
    """The verified export for ``arch`` with ``weights``, opened; None when there is none (yet) or it failed.
    ``quick_start``: for a process that encodes a text or two and ends (see `OnnxTextEncoder`)."""
    try:
        found = find_export(arch, weights)
    except OSError:
        return None
    if found is None or not found.ok:
        return None
    tokenizer = _tokenizer(arch)
    if tokenizer is None:
        return None
    try:
        return OnnxTextEncoder(found, tokenizer, model_key, quick_start=quick_start)
    except Exception:  # a damaged file (onnxruntime raises its own types): searches go through torch instead
        return None


def _arch_config(arch: str) -> dict[str, Any]:
    from photoclip.core.models import _extra_config_dirs, _find_arch_config

    return _find_arch_config(arch, _extra_config_dirs()) or {}


def _tokenizer(arch: str) -> TextTokenizer | None:
    return tokenizer_for(arch, _arch_config(arch), cache_root())


# -- making an export (torch) ---------------------------------------------------------------------------------

class ExportCancelled(Exception):
    """A stop was asked between two steps of an export: nothing is recorded, so it is made again next time."""


def check_cancel(cancel: threading.Event | None) -> None:
    """Between two steps of an export (each is seconds to tens of seconds, and torch's cannot be interrupted):
    raise `ExportCancelled` when a stop was asked."""
    if cancel is not None and cancel.is_set():
        raise ExportCancelled()


Produce = Callable[["Embedder", "str | os.PathLike[str]", Path, "threading.Event | None"], dict[str, Any]]


@dataclass(frozen=True, eq=False)
class Tower:
    """How one tower of a model is exported -- the text tower here, the image tower in `image_onnx`: what differs
    between the two (the export's version and file name, where it is kept and found, what it records besides the
    common fields, how it is made and checked); `ensure` and `export` do the rest the same way for both."""

    version: int
    onnx_name: str
    export_dir: Callable[[str, str | os.PathLike[str]], Path]
    find: Callable[[str, str | os.PathLike[str]], OnnxExport | None]
    produce: Produce  # writes the verified graph to the path given and returns what to add to the record
    extra_meta: Callable[[Embedder], dict[str, Any]] = lambda _emb: {}
    # One per tower: an image export (tens of seconds) must not hold up a text export (the query path waits).
    lock: threading.Lock = field(default_factory=threading.Lock)

    def ensure(self, embedder: Embedder, weights: str | os.PathLike[str],
               cancel: threading.Event | None = None) -> OnnxExport:
        """The export of ``embedder``'s tower for these weights: the recorded one, else made and verified now.
        Never raises for a model that cannot be exported (the outcome says why); raises `ExportCancelled` when
        ``cancel`` was set before it was done."""
        with self.lock:
            found = self.find(embedder.arch, weights)
            if found is not None:
                return found
            return self.export(embedder, weights, cancel=cancel)

    def export(self, embedder: Embedder, weights: str | os.PathLike[str], folder: Path | None = None,
               cancel: threading.Event | None = None) -> OnnxExport:
        """Export ``embedder``'s tower to ``folder`` (by default its cache folder), verify it, and record the
        outcome there (a failure too, so that it is not retried at every start)."""
        folder = folder or self.export_dir(embedder.arch, weights)
        meta: dict[str, Any] = {"version": self.version, "arch": embedder.arch, "model_key": embedder.model_key,
                                "weights": os.path.realpath(weights), "dim": embedder.dim,
                                "logit_scale": embedder.logit_scale, **self.extra_meta(embedder)}
        # Tracing can leave the model's modules in training mode (seen with the XLM-R text tower: its dropout then
        # made every text vector random); the embedder only ever infers.
        record_outcome(folder, meta, lambda tmp: self._produce(embedder, weights, tmp / self.onnx_name, cancel),
                       after=embedder.model.eval)
        found = read_export(folder, self.version, self.onnx_name)
        if found is not None:
            return found
        return OnnxExport(folder, False, str(meta.get("reason", "not written")), meta, self.onnx_name)

    def _produce(self, embedder: Embedder, weights: str | os.PathLike[str], path: Path,
                 cancel: threading.Event | None) -> dict[str, Any]:
        # With someone to stop it (the app's threads), the export of a real model runs in a child process that a
        # stop ends at once: torch's own export cannot be interrupted and can outlast the app's wait for its
        # threads as it closes (`export_process`). Without (a one-off command, which Ctrl+C ends between torch's
        # steps), or for a model that exports sooner than a child starts, here.
        from photoclip.core.export_process import produce_in_child, worth_a_child

        if cancel is None or not worth_a_child(embedder):
            return self.produce(embedder, weights, path, cancel)
        check_cancel(cancel)
        made = produce_in_child(self.produce, embedder, weights, path, cancel)
        if made is None:
            raise ExportCancelled()
        return made


def ensure_export(embedder: Embedder, weights: str | os.PathLike[str]) -> TextExport:
    """The export of ``embedder``'s text tower for these weights: the recorded one, else made and verified now.
    Never raises for a model that cannot be exported: the outcome says why."""
    return TEXT_TOWER.ensure(embedder, weights)


def export(embedder: Embedder, weights: str | os.PathLike[str], folder: Path | None = None) -> TextExport:
    """Export ``embedder``'s text tower to ``folder`` (by default its cache folder), verify it, and record the
    outcome there (a failure too, so that it is not retried at every start)."""
    return TEXT_TOWER.export(embedder, weights, folder)


def record_outcome(folder: Path, meta: dict[str, Any], produce: Callable[[Path], dict[str, Any]],
                   after: Callable[[], object] | None = None) -> None:
    """Make an export in a temporary folder beside ``folder`` (``produce`` writes its files there and returns
    what to add to ``meta``), record the outcome in its META_NAME -- a failure too, with its reason, so that it
    is not retried at every start -- and move it into place whole: a reader never sees half an export.
    ``after`` runs once the export is over, whatever its outcome. ``meta`` gets "ok", "reason" and "seconds".
    An `ExportCancelled` out of ``produce`` is raised again, with nothing recorded."""
    started = time.monotonic()
    folder.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(folder.parent)
    tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=folder.parent))
    try:
        try:
            meta.update(produce(tmp))
            meta["ok"] = True
        except ExportCancelled:
            raise
        except Exception as e:
            for f in tmp.glob("*.onnx*"):
                f.unlink()
            meta["ok"] = False
            meta["reason"] = _reason(e)
        finally:
            if after is not None:
                after()
        meta["seconds"] = round(time.monotonic() - started, 2)
        (tmp / META_NAME).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        if folder.exists():  # made meanwhile by another process: theirs is as good as ours
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            try:
                tmp.rename(folder)
            except OSError:
                shutil.rmtree(tmp, ignore_errors=True)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def reason_line(e: BaseException) -> str:
    """Why an export failed, in one line, for its record (also what a child process reports, `export_process`)."""
    return f"{type(e).__name__}: {(str(e).strip().splitlines() or [''])[0][:300]}"


def _reason(e: Exception) -> str:
    from photoclip.core.export_process import ChildFailed

    return str(e) if isinstance(e, ChildFailed) else reason_line(e)  # a child's reason is told by `reason_line` there


def _remove_abandoned(root: Path) -> None:
    """Remove temporary export folders left by a process that was killed mid-export (never read: an export
    is used only from its final folder), once they are old enough that no export can still be writing them."""
    now = time.time()
    for tmp in root.glob(TMP_PREFIX + "*"):
        try:
            if now - tmp.stat().st_mtime > ABANDONED_S:
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError:
            continue


class ExportError(Exception):
    """The text tower could not be exported, or its export does not match open_clip."""


def _export_and_verify(embedder: Embedder, weights: str | os.PathLike[str], path: Path,
                       cancel: threading.Event | None = None) -> dict[str, Any]:
    import open_clip
    import torch

    tokenizer = _tokenizer(embedder.arch)
    if tokenizer is None:
        raise ExportError(f"no torch-free tokenizer for {embedder.arch} (or its tokenizer files are not here)")
    ref_tokenizer = embedder.tokenizer
    texts = list(VERIFY_TEXTS)
    ours = tokenizer(texts)
    theirs = ref_tokenizer(texts).cpu().numpy()
    if ours.shape != theirs.shape or not (ours == theirs).all():
        bad = next(t for t, a, b in zip(texts, ours, theirs, strict=True) if a.shape != b.shape or (a != b).any())
        raise ExportError(f"the torch-free tokenizer differs from open_clip's on {bad[:40]!r}")

    model = _cpu_fp32_model(embedder, weights)
    check_cancel(cancel)
    crop, eos_id = None, None
    pool = getattr(model, "text_pool_type", None)
    if isinstance(model, open_clip.CLIP) and getattr(model, "attn_mask", None) is not None and \
            pool in ("argmax", "eos") and _plain_clip_blocks(model):
        crop, eos_id = pool, getattr(model, "text_eos_id", None)
    module = _wrap(model, cropped=crop is not None)
    raw = path.parent / RAW_NAME
    import warnings

    example = torch.from_numpy(ours[:2, : (int(ours[:2].argmax(axis=1).max()) + 1) if crop else None].copy())
    # The exporter warns about indexing with negative indices; the graph's indices are argmax results (>= 0).
    with torch.inference_mode(False), torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            module, (example,), str(raw), input_names=["tokens"], output_names=["features"],
            dynamic_axes={"tokens": {0: "batch", 1: "length"}, "features": {0: "batch"}},
            opset_version=OPSET, dynamo=False,
        )
        reference = model.encode_text(torch.from_numpy(theirs), normalize=True).float().numpy()

    check_cancel(cancel)
    _optimise(raw, path)
    raw.unlink()
    check_cancel(cancel)
    encoder = OnnxTextEncoder(TextExport(path.parent, True, "", {"arch": embedder.arch, "dim": embedder.dim,
                                                                 "logit_scale": embedder.logit_scale,
                                                                 "crop": crop, "eos_id": eos_id}),
                              tokenizer, embedder.model_key)
    # The whole batch (cut at its longest text) and each text alone (cut at its own end): the graph must work
    # at every length and batch size a query brings.
    got = np.concatenate([encoder.embed_texts(texts), *(encoder.embed_texts([t]) for t in texts)])
    reference = np.concatenate([reference, reference])
    del encoder
    cos = (got.astype(np.float64) * reference.astype(np.float64)).sum(axis=1) / np.maximum(
        np.linalg.norm(reference.astype(np.float64), axis=1), 1e-12)
    worst = float(cos.min())
    if not worst >= MIN_COSINE:
        raise ExportError(f"the exported text tower does not match open_clip (cosine {worst:.6f} < {MIN_COSINE})")
    return {"crop": crop, "eos_id": eos_id, "min_cosine": worst, "torch": torch.__version__,
            "open_clip": getattr(open_clip, "__version__", "?"), "opset": OPSET}


def _optimise(raw: Path, path: Path) -> None:
    """ONNX Runtime's graph optimisations, done once and saved, with the weights in a file of their own. Extended
    level, not all: the highest one may write layouts specific to this processor, and a cache folder can move."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    opts.optimized_model_filepath = str(path)
    opts.add_session_config_entry("session.optimized_model_external_initializers_file_name", path.name + ".data")
    opts.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
    ort.InferenceSession(str(raw), opts, providers=["CPUExecutionProvider"])


def _cpu_fp32_model(embedder: Embedder, weights: str | os.PathLike[str]) -> Any:
    """The model to export: the embedder's own when it already runs in fp32 on the CPU, else a CPU fp32 copy
    (an fp16 GPU model would export fp16 arithmetic, which the CPU runs slowly and which matches less well)."""
    import torch

    model = embedder.model
    if str(embedder.device) == "cpu" and all(p.dtype == torch.float32 for p in model.parameters()):
        return model
    from photoclip.core.embedder import load_embedder

    name = embedder.model_name or embedder.model_key
    return load_embedder(name, model_file=embedder.model_file, device="cpu").model


def _wrap(model: Any, cropped: bool) -> Any:
    """The module to export: open_clip's encode_text, normalised; for a CLIP text tower with a causal mask, over
    however many positions the tokens have (the query path cuts them after the last end token)."""
    import torch
    import torch.nn.functional as F
    from open_clip.transformer import text_global_pool

    class CroppedClipText(torch.nn.Module):
        # The attention is written out (rather than nn.MultiheadAttention's) because the TorchScript exporter
        # bakes MultiheadAttention's reshapes to the example's length, and the query path runs other lengths.
        def __init__(self, m: Any) -> None:
            super().__init__()
            self.m = m

        def forward(self, tokens: torch.Tensor) -> torch.Tensor:
            m = self.m
            n = tokens.shape[1]
            cast = m.transformer.get_cast_dtype()
            x = m.token_embedding(tokens).to(cast) + m.positional_embedding[:n].to(cast)
            mask = m.attn_mask[:n, :n].to(x.dtype)
            for r in m.transformer.resblocks:
                x = x + r.ls_1(_attention(r.attn, r.ln_1(x), mask))
                x = x + r.ls_2(r.mlp(r.ln_2(x)))
            x = m.ln_final(x)
            x = text_global_pool(x, tokens, m.text_pool_type, eos_token_id=getattr(m, "text_eos_id", None))
            if m.text_projection is not None:
                x = m.text_projection(x) if isinstance(m.text_projection, torch.nn.Linear) else x @ m.text_projection
            return F.normalize(x, dim=-1)

    def _attention(mha: torch.nn.MultiheadAttention, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, n, d = x.size(0), x.size(1), x.size(2)
        h = mha.num_heads
        q, k, v = F.linear(x, mha.in_proj_weight, mha.in_proj_bias).chunk(3, dim=-1)
        q, k, v = (t.reshape(b, n, h, d // h).transpose(1, 2) for t in (q, k, v))
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        return mha.out_proj(y.transpose(1, 2).reshape(b, n, d))

    class EncodeText(torch.nn.Module):
        def __init__(self, m: Any) -> None:
            super().__init__()
            self.m = m

        def forward(self, tokens: torch.Tensor) -> torch.Tensor:
            return self.m.encode_text(tokens, normalize=True)

    return CroppedClipText(model) if cropped else EncodeText(model)


def _plain_clip_blocks(model: Any) -> bool:
    """Whether every block of the text transformer is open_clip's plain pre-norm block with a standard
    nn.MultiheadAttention (what `_wrap`'s written-out attention reproduces)."""
    import torch
    from open_clip.transformer import ResidualAttentionBlock

    blocks = getattr(getattr(model, "transformer", None), "resblocks", None)
    if not blocks or not getattr(model.transformer, "batch_first", True):
        return False
    return all(type(r) is ResidualAttentionBlock and not hasattr(r, "ln_1_kv")
               and isinstance(r.attn, torch.nn.MultiheadAttention) and r.attn._qkv_same_embed_dim
               and r.attn.batch_first for r in blocks)


TEXT_TOWER = Tower(EXPORT_VERSION, ONNX_NAME, export_dir, find_export, _export_and_verify)
