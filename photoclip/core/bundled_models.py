"""Model weights shipped with the app, for installs that must work offline from the first start.

An offline installer (``installer/build_linux.sh --bundle-model NAME`` and its Windows and macOS siblings)
copies one model's weights into the bundle, in the Hugging Face hub cache's own layout
(``models--org--repo/snapshots/<commit>/<file>`` and ``refs/main``), under the package's
``photoclip/resources/models`` folder. At run time `bundled_weights` looks there, and in every folder named by
``PHOTOCLIP_MODELS_DIR`` (several joined with the path separator; each a hub cache folder, or an ``HF_HOME``
folder holding ``hub/``), before the user's own Hugging Face cache is consulted or anything is downloaded.
A ``bundle.json`` beside the weights can name the model a new library starts with (`default_model`), so a
bundle built around the multilingual model uses it from the start.

Like models.py this stays cheap to import: huggingface_hub is imported by the functions that need it.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from photoclip.core import models
from photoclip.core.package_data import package_path

if TYPE_CHECKING:
    from photoclip.core.text_onnx import TextExport

MODELS_DIR_ENV = "PHOTOCLIP_MODELS_DIR"
BUNDLE_INFO = "bundle.json"
# Used as the snapshot's name when the staged weights did not come from a hub cache (a checkpoint file).
LOCAL_COMMIT = "0" * 40


def bundled_dirs() -> list[Path]:
    """The hub-cache folders that may hold shipped weights, in the order they are searched."""
    raw = [Path(p).expanduser() for p in os.environ.get(MODELS_DIR_ENV, "").split(os.pathsep) if p.strip()]
    raw.append(package_path("photoclip", "resources", "models"))
    out = []
    for d in raw:
        if (d / "hub").is_dir() and not any(d.glob("models--*")):
            d = d / "hub"  # an HF_HOME folder rather than the hub cache inside it
        if d.is_dir():
            out.append(d)
    return out


def bundled_weights(spec: models.ModelSpec) -> Path | None:
    """The model's weights if they ship with the app (or lie in a PHOTOCLIP_MODELS_DIR folder); never touches the
    network."""
    if not spec.hf_repo:
        return None
    dirs = bundled_dirs()
    if not dirs:
        return None
    from huggingface_hub import try_to_load_from_cache

    for d in dirs:
        for filename in models._candidate_files(spec):
            found = try_to_load_from_cache(spec.hf_repo, filename, cache_dir=d)
            if isinstance(found, str) and os.path.isfile(found):
                return Path(found)
    return None


def default_model() -> str:
    """The model a library starts with: the one a bundle names in its bundle.json, else models.DEFAULT_MODEL."""
    for d in bundled_dirs():
        try:
            name = json.loads((d / BUNDLE_INFO).read_text(encoding="utf-8")).get("default_model")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(name, str) and name.strip():
            return name.strip()
    return models.DEFAULT_MODEL


def stage_model(name: str, dest: str | os.PathLike[str], model_file: str | os.PathLike[str] | None = None,
                make_default: bool = True) -> Path:
    """Copy the weights of model ``name`` into ``dest`` in the hub cache layout `bundled_weights` reads, and
    return the copied file. The weights come from ``model_file`` when given, else from the Hugging Face cache of
    this computer, downloading them there first when they are not in it yet (build machines are online).
    Symbolic links are resolved: a bundle must hold real files. With ``make_default``, bundle.json names the
    model as the one new libraries start with."""
    spec = models.model_spec(name)
    if not spec.hf_repo:
        raise ValueError(f"{name} is not a model with published weights; bundle a named ARCH/PRETRAINED model")
    source = Path(models.resolve_weights(spec, model_file))
    filename = source.name if source.name in models._candidate_files(spec) else models._candidate_files(spec)[0]
    if source.suffix != Path(filename).suffix:
        raise ValueError(f"{source} is not a {Path(filename).suffix} file, which {name} is published as")
    # Keep the hub's commit hash when the file comes from a hub cache: it says exactly which upload it was.
    commit = source.parent.name if source.parent.parent.name == "snapshots" else LOCAL_COMMIT
    dest = Path(dest)
    repo_dir = dest / ("models--" + spec.hf_repo.replace("/", "--"))
    snapshot = repo_dir / "snapshots" / commit
    snapshot.mkdir(parents=True, exist_ok=True)
    target = snapshot / filename
    shutil.copyfile(source.resolve(), target)
    (repo_dir / "refs").mkdir(exist_ok=True)
    (repo_dir / "refs" / "main").write_text(commit, encoding="utf-8")
    if make_default:
        (dest / BUNDLE_INFO).write_text(json.dumps({"default_model": spec.name}, indent=1) + "\n", encoding="utf-8")
    return target


def export_text_tower(name: str, dest: str | os.PathLike[str], weights: str | os.PathLike[str]) -> TextExport:
    """Build time, after `stage_model`: export and verify the staged model's text tower into ``dest`` (see
    `text_onnx.bundled_export_dir`), so that a bundled app answers its first search without torch and never
    exports on first use. Needs torch and open_clip, which a build machine has. The outcome says whether it
    worked and, if not, why."""
    from photoclip.core import text_onnx
    from photoclip.core.embedder import load_embedder

    spec = models.model_spec(name)
    folder = text_onnx.bundled_export_dir(spec.arch, weights, dirs=[dest])
    if folder is None:
        raise ValueError(f"{weights} is not inside the bundle folder {dest}")
    if folder.exists():  # staged again over an earlier build: the weights may differ
        shutil.rmtree(folder)
    emb = load_embedder(spec.name, model_file=weights, device="cpu")
    return text_onnx.export(emb, weights, folder)


def main(argv: list[str] | None = None) -> int:
    """``python -m photoclip.core.bundled_models NAME DEST [--model-file PATH]``: what the build scripts run."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m photoclip.core.bundled_models",
                                description="Copy a model's weights into a folder to ship inside the app.")
    p.add_argument("name", help="model name, ARCH/PRETRAINED (see `photoclip models`)")
    p.add_argument("dest", type=Path, help="folder to fill (hub cache layout)")
    p.add_argument("--model-file", type=Path, default=None, help="take the weights from this file")
    p.add_argument("--not-default", action="store_true", help="do not make it the model new libraries start with")
    p.add_argument("--no-text-export", action="store_true",
                   help="do not export the text tower for the query path (the app then exports it on first use)")
    args = p.parse_args(argv)
    try:
        path = stage_model(args.name, args.dest, args.model_file, make_default=not args.not_default)
    except (ValueError, models.ModelUnavailableError) as e:
        print(f"bundle-model: {e}")
        return 1
    print(f"bundled {args.name}: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    if args.no_text_export:
        return 0
    found = export_text_tower(args.name, args.dest, path)
    if not found.ok:
        print(f"bundle-model: the text tower of {args.name} could not be exported for the query path: {found.reason}")
        return 1
    print(f"exported its text tower for the query path: {found.folder} (cosine {found.meta['min_cosine']:.6f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
