"""Which CLIP models photoclip knows, where their weights come from, and which device runs them.

A model is named as open_clip names it, ``"<architecture>/<pretrained tag>"`` (an architecture alone is allowed
together with a local checkpoint file). Weights come from the Hugging Face hub cache -- downloaded once, with a
progress bar, on first use -- or from a file the user points to with ``--model-file``. When neither is possible
the user gets a `ModelUnavailableError` that says what to do, never a traceback.

Importing this module must stay cheap: ``photoclip --help``, ``status`` and ``models`` use it, so torch,
open_clip and huggingface_hub are imported inside the functions that need them.
"""

from __future__ import annotations

import importlib.util
import json
import os
import posixpath
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from photoclip.core.package_data import package_path

DEFAULT_MODEL = "ViT-B-32-256/datacomp_s34b_b86k"
TINY_MODEL = "photoclip-tiny"
CONFIGS_ENV = "PHOTOCLIP_MODEL_CONFIGS"
BUNDLED_CONFIGS = package_path("photoclip.core", "model_configs")

SAFETENSORS_NAME = "open_clip_model.safetensors"
PICKLE_NAME = "open_clip_pytorch_model.bin"


@dataclass(frozen=True)
class ModelSpec:
    name: str  # "<arch>/<pretrained tag>", or "<arch>" for an architecture whose weights come from a file
    arch: str  # open_clip model config name
    pretrained: str | None  # open_clip pretrained tag
    hf_repo: str | None  # Hugging Face repo holding the open_clip weights
    multilingual: bool
    note: str  # one line on speed/quality, shown by `photoclip models`
    download_mb: int | None = None  # size of the weights download, for messages; None when unknown
    # A few open_clip entries name one specific file in their repo instead of the standard open_clip names.
    hf_filename: str | None = None


# hf_repo values are open_clip.get_pretrained_cfg(arch, tag)["hf_hub"] without the trailing "/"; they are written
# out here so that listing models needs no open_clip (hence no torch) import. tests/test_models.py checks them.
KNOWN_MODELS: tuple[ModelSpec, ...] = (
    ModelSpec(
        name=DEFAULT_MODEL,
        arch="ViT-B-32-256",
        pretrained="datacomp_s34b_b86k",
        hf_repo="laion/CLIP-ViT-B-32-256x256-DataComp-s34B-b86K",
        multilingual=False,
        note="default: best quality/speed trade-off on a laptop CPU",
        download_mb=605,
    ),
    ModelSpec(
        name="xlm-roberta-base-ViT-B-32/laion5b_s13b_b90k",
        arch="xlm-roberta-base-ViT-B-32",
        pretrained="laion5b_s13b_b90k",
        hf_repo="laion/CLIP-ViT-B-32-xlm-roberta-base-laion5B-s13B-b90k",
        multilingual=True,
        note="multilingual: search in ~100 languages; slower text side, English a little weaker than the default",
        download_mb=1470,
    ),
    ModelSpec(
        name="ViT-B-16/datacomp_xl_s13b_b90k",
        arch="ViT-B-16",
        pretrained="datacomp_xl_s13b_b90k",
        hf_repo="laion/CLIP-ViT-B-16-DataComp.XL-s13B-b90K",
        multilingual=False,
        note="better results, about 3x slower to index than the default on a CPU",
        download_mb=599,
    ),
    ModelSpec(
        name="ViT-L-14/datacomp_xl_s13b_b90k",
        arch="ViT-L-14",
        pretrained="datacomp_xl_s13b_b90k",
        hf_repo="laion/CLIP-ViT-L-14-DataComp.XL-s13B-b90K",
        multilingual=False,
        note="best results; needs a GPU to index a big library in reasonable time",
        download_mb=1711,
    ),
)
_KNOWN_BY_NAME = {s.name: s for s in KNOWN_MODELS}


class ModelUnavailableError(Exception):
    """A model that cannot be used on this computer now; str(e) tells the user why and what to do, in a few
    lines meant to be shown as they are (no traceback needed)."""


# -- names --------------------------------------------------------------------------------------------------


def model_spec(name: str) -> ModelSpec:
    """The spec for a model name: a known one, any "arch/tag" pair open_clip has weights for, or an
    architecture alone (its weights must then come from a model file). Raises ValueError for anything else."""
    name = name.strip()
    if name in _KNOWN_BY_NAME:
        return _KNOWN_BY_NAME[name]
    return _lookup_spec(name, _extra_config_dirs())


@lru_cache(maxsize=64)
def _lookup_spec(name: str, extra_dirs: tuple[Path, ...]) -> ModelSpec:
    arch, slash, tag = name.partition("/")
    if not arch or (slash and not tag) or "/" in tag:
        raise ValueError(f"invalid model name {name!r}: expected ARCH/PRETRAINED, e.g. {DEFAULT_MODEL}")
    if not slash:
        config = _find_arch_config(arch, extra_dirs)
        if config is None:
            raise ValueError(
                f"unknown model {name!r}: no open_clip architecture has that name. Use a known model "
                f"({', '.join(_KNOWN_BY_NAME)}), any ARCH/PRETRAINED pair open_clip lists, or an architecture "
                f"together with --model-file. See `photoclip models`."
            )
        text_cfg = config.get("text_cfg", {})
        note = (
            "tiny random-weight model for tests and self-checks; its search results mean nothing"
            if arch == TINY_MODEL
            else "custom model: weights from a local file"
        )
        return ModelSpec(name, arch, None, None, multilingual="hf_tokenizer_name" in text_cfg, note=note)

    # An arch/tag pair we don't list: only open_clip's own table knows whether it exists and where it lives.
    import open_clip

    register_model_configs()
    cfg = open_clip.get_pretrained_cfg(arch, tag)
    if not cfg:
        if arch not in open_clip.list_models():
            raise ValueError(f"unknown model {name!r}: open_clip has no architecture {arch!r}. See `photoclip models`.")
        tags = open_clip.list_pretrained_tags_by_model(arch)
        hint = f"its pretrained tags are: {', '.join(tags)}" if tags else "open_clip has no pretrained weights for it"
        raise ValueError(f"unknown model {name!r}: {arch!r} has no pretrained tag {tag!r}; {hint}.")
    hub = str(cfg.get("hf_hub") or "")
    # open_clip's convention: "org/repo/" means the standard file names, "org/repo/file.bin" one given file.
    repo, filename = posixpath.split(hub)
    multilingual = "hf_tokenizer_name" in (open_clip.get_model_config(arch) or {}).get("text_cfg", {})
    return ModelSpec(
        name, arch, tag, repo or None, multilingual=multilingual, note="from open_clip's pretrained list",
        hf_filename=filename or None,
    )


def model_key(spec: ModelSpec, model_file: str | os.PathLike[str] | None = None) -> str:
    """The identity stored with vectors. A named pretrained model is the same model wherever its file lies; a bare
    architecture is only as specific as its weights file, so the file's stem becomes part of the key."""
    if spec.pretrained is None and model_file is not None:
        return f"{spec.arch}/{Path(model_file).stem}"
    return spec.name


# -- model configs ------------------------------------------------------------------------------------------

_registered: set[Path] = set()
_register_lock = threading.Lock()


def _extra_config_dirs() -> tuple[Path, ...]:
    raw = os.environ.get(CONFIGS_ENV, "")
    return tuple(Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip())


def _find_arch_config(arch: str, extra_dirs: tuple[Path, ...]) -> dict[str, Any] | None:
    """The architecture's config read straight from the config folders, so that naming a model (which `status`
    does) never imports open_clip. open_clip's own folder is found without importing the package."""
    dirs = [BUNDLED_CONFIGS, *extra_dirs, *sorted(_registered)]
    found = importlib.util.find_spec("open_clip")
    if found is not None and found.submodule_search_locations:
        dirs += [Path(p) / "model_configs" for p in found.submodule_search_locations]
    for d in dirs:
        f = d / f"{arch}.json"
        if f.is_file():
            try:
                cfg = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(cfg, dict) and all(k in cfg for k in ("embed_dim", "vision_cfg", "text_cfg")):
                return cfg
    return None


def register_model_configs(*dirs: str | os.PathLike[str]) -> None:
    """Make open_clip know our bundled architectures, those in PHOTOCLIP_MODEL_CONFIGS folders and `dirs`.
    Safe to call often: open_clip rescans every folder on each add, so each folder is added once only."""
    wanted = [BUNDLED_CONFIGS, *_extra_config_dirs(), *(Path(d).expanduser() for d in dirs)]
    with _register_lock:
        new = [d.resolve() for d in wanted if d.resolve() not in _registered and d.is_dir()]
        if not new:
            return
        import open_clip

        for d in dict.fromkeys(new):
            open_clip.add_model_config(d)
            _registered.add(d)


# -- weights ------------------------------------------------------------------------------------------------


def _candidate_files(spec: ModelSpec) -> list[str]:
    if spec.hf_filename:
        stem, dot, ext = spec.hf_filename.rpartition(".")
        safe = f"{stem}.safetensors" if dot and ext in ("bin", "pth", "pt") else None
        return [f for f in (safe, spec.hf_filename) if f]
    return [SAFETENSORS_NAME, PICKLE_NAME]


def cached_weights(spec: ModelSpec) -> Path | None:
    """The model's weights file if it ships with the app (see bundled_models) or is already in the Hugging Face
    cache; never touches the network."""
    if not spec.hf_repo:
        return None
    from photoclip.core.bundled_models import bundled_weights

    # Weights shipped with the app win: they are there from the first start, offline, and do not depend on what
    # the user's own cache happens to hold.
    shipped = bundled_weights(spec)
    if shipped is not None:
        return shipped
    from huggingface_hub import try_to_load_from_cache

    for filename in _candidate_files(spec):
        found = try_to_load_from_cache(spec.hf_repo, filename)
        if isinstance(found, str) and os.path.isfile(found):  # not None, nor the "known not to exist" marker
            return Path(found)
    return None


def hf_cache_dir() -> Path:
    """Where Hugging Face downloads go on this computer (HF_HOME / HF_HUB_CACHE aware)."""
    from huggingface_hub import constants

    return Path(constants.HF_HUB_CACHE)


def resolve_weights(
    spec: ModelSpec, model_file: str | os.PathLike[str] | None = None, tqdm_class: type | None = None
) -> Path:
    """The path of the model's weights: `model_file` when given, else the hub cache, downloading on first use
    (huggingface_hub draws a progress bar with `tqdm_class`). Raises ModelUnavailableError when that fails."""
    if model_file is not None:
        path = Path(model_file).expanduser()
        if not path.is_file():
            raise ModelUnavailableError(
                f"The model file {path} does not exist (or is not a file).\n"
                f"Check the path given with --model-file; it should be an open_clip checkpoint "
                f"(preferably .safetensors) for the architecture {spec.arch}."
            )
        return path.resolve()
    if not spec.hf_repo:
        raise ModelUnavailableError(
            f"The model {spec.name} has no weights to download.\n"
            f"Pass an open_clip checkpoint for the architecture {spec.arch} with --model-file PATH."
        )
    # The cache wins without asking the hub: no network round trip at every start, it works offline, and the
    # weights behind stored vectors never change under them because the repo moved on.
    cached = cached_weights(spec)
    if cached is not None:
        return cached

    from huggingface_hub import get_hf_file_metadata, hf_hub_download, hf_hub_url
    from huggingface_hub.errors import (
        GatedRepoError,
        HfHubHTTPError,
        LocalEntryNotFoundError,
        RemoteEntryNotFoundError,
        RepositoryNotFoundError,
    )

    candidates = _candidate_files(spec)
    try:
        for i, filename in enumerate(candidates):
            try:
                # One plain HEAD first. Without a connection, hf_hub_download retries with back-off for ~25 s
                # (logging each try) before giving up; this fails in one round trip instead.
                get_hf_file_metadata(hf_hub_url(spec.hf_repo, filename))
            except RemoteEntryNotFoundError:
                # Only a file the hub says is absent moves us on to the (pickled) fallback; any other failure
                # must not silently swap safetensors for a pickle.
                if i == len(candidates) - 1:
                    raise
                continue
            # tqdm_class only when given: older huggingface_hub versions do not take it.
            extra: dict[str, Any] = {"tqdm_class": tqdm_class} if tqdm_class is not None else {}
            return Path(hf_hub_download(spec.hf_repo, filename, **extra))
    except RemoteEntryNotFoundError as e:
        raise ModelUnavailableError(
            f"The weights of {spec.name} were not found in https://huggingface.co/{spec.hf_repo} "
            f"(looked for {' and '.join(candidates)}).\n"
            f"Pass an open_clip checkpoint for {spec.arch} with --model-file PATH, or choose another model "
            f"(see `photoclip models`)."
        ) from e
    except (RepositoryNotFoundError, GatedRepoError) as e:
        raise ModelUnavailableError(
            f"The Hugging Face repository https://huggingface.co/{spec.hf_repo} of {spec.name} was not found or "
            f"needs a login.\n"
            f"Choose another model (see `photoclip models`), or download {candidates[0]} from it yourself and "
            f"pass it with --model-file PATH."
        ) from e
    except LocalEntryNotFoundError as e:
        raise ModelUnavailableError(_not_here_message(spec, candidates[0])) from e
    except HfHubHTTPError as e:
        status = getattr(getattr(e, "response", None), "status_code", None)
        raise ModelUnavailableError(
            f"Downloading {spec.name} from https://huggingface.co/{spec.hf_repo} failed"
            f"{f' (HTTP {status})' if status else ''}.\n"
            f"Try again later, or download {candidates[0]} from there yourself and pass it with --model-file PATH."
        ) from e
    except Exception as e:
        if _is_network_error(e):
            raise ModelUnavailableError(_not_here_message(spec, candidates[0])) from e
        raise
    raise AssertionError("unreachable: the loop returns or raises")


def _is_network_error(e: BaseException) -> bool:
    # huggingface_hub turns a failed metadata request into LocalEntryNotFoundError, but a connection that drops
    # mid-download surfaces as whatever its HTTP client raises (requests, httpx or a fork of it, depending on the
    # hub version); those are recognised by their package rather than by a version-specific import.
    from huggingface_hub.errors import OfflineModeIsEnabled

    if isinstance(e, OfflineModeIsEnabled | ConnectionError | TimeoutError):
        return True
    return type(e).__module__.split(".")[0] in {"httpx", "httpx2", "httpcore", "requests", "urllib3"}


def _not_here_message(spec: ModelSpec, filename: str) -> str:
    from huggingface_hub import constants

    why = "offline mode is on (HF_HUB_OFFLINE)" if constants.HF_HUB_OFFLINE else "huggingface.co could not be reached"
    size = f"about {spec.download_mb} MB" if spec.download_mb else "its weights"
    return (
        f"The model {spec.name} is not on this computer yet, and it cannot be downloaded now: {why}.\n"
        f"To use it, either:\n"
        f"  - connect to the internet once and run photoclip again: it downloads {size} to {hf_cache_dir()}\n"
        f"    and works offline from then on; or\n"
        f"  - on another computer, download {filename} from https://huggingface.co/{spec.hf_repo}\n"
        f"    (\"Files and versions\"), copy it here and pass it with --model-file PATH."
    )


# -- devices ------------------------------------------------------------------------------------------------


def pick_device(requested: str = "auto") -> str:
    """'auto' picks CUDA, then Apple's MPS, then the CPU; an explicit device is checked, not trusted."""
    import torch

    req = (requested or "auto").strip().lower()
    cuda = torch.cuda.is_available()
    mps = torch.backends.mps.is_available()
    if req == "auto":
        return "cuda" if cuda else "mps" if mps else "cpu"
    if req == "cpu":
        return "cpu"
    if req == "mps":
        if not mps:
            raise ValueError("device 'mps' is not available: it needs Apple silicon and a torch built with MPS")
        return "mps"
    if req == "cuda" or req.startswith("cuda:"):
        if not cuda:
            raise ValueError(
                f"device {requested!r} is not available: no CUDA GPU is usable by this torch "
                f"(torch {torch.__version__}, built {'with' if torch.version.cuda else 'without'} CUDA)"
            )
        index = req.partition(":")[2]
        if index and (not index.isdigit() or int(index) >= torch.cuda.device_count()):
            raise ValueError(f"device {requested!r} is not available: {torch.cuda.device_count()} CUDA device(s)")
        return req
    raise ValueError(f"unknown device {requested!r}: use auto, cpu, cuda or mps")


# -- the tiny test model ------------------------------------------------------------------------------------


def make_tiny_checkpoint(path: str | os.PathLike[str], seed: int = 0) -> Path:
    """Write random weights of the tiny bundled architecture to a .safetensors file, for tests and self-checks.
    The same seed gives the same file."""
    import open_clip
    import torch
    from safetensors.torch import save_file

    register_model_configs()
    cfg = open_clip.get_model_config(TINY_MODEL)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # fork_rng: seeding must not disturb the caller's random stream. The model is built from its config rather
    # than with create_model, which would log a "randomly initialised" warning to the user.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = open_clip.model.CLIP(**cfg)
    save_file({k: v.detach().contiguous() for k, v in model.state_dict().items()}, str(path))
    return path
