"""The `photoclip` command line: index, search, status, models, folders and duplicates over photoclip.core
(the tagging commands are in `cli_tags`).

Nothing here imports torch at module level: `photoclip --help`, `status`, `models` and `folders` answer at
once; the model is loaded only by the commands that embed something.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from photoclip import __version__, cli_search, cli_tags
from photoclip.cli_args import MAX_ID, find_photo, finite_float, int_between, path_arg, shown, text_arg
from photoclip.core import models
from photoclip.core.engine import Engine
from photoclip.core.formats import format_counts, is_raw_format
from photoclip.core.library import Library, LibraryError, default_library_dir

if TYPE_CHECKING:  # each pulls in image decoders (Pillow and its plugins): a search or `status` needs none
    from photoclip.core.duplicate_actions import Sidecars
    from photoclip.core.duplicates import DuplicateGroup
    from photoclip.core.pipeline import IndexProgress, IndexReport

MAX_LISTED_FAILURES = 20
# `photoclip.core.duplicates.STRENGTHS`, named here so that building the parser imports no decoder (a test
# checks the two agree).
DUPLICATE_STRENGTHS = ("identical", "same", "similar")


class CliError(Exception):
    """An error to print as one clear message, without a traceback."""


def _common_options() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    g = p.add_argument_group("library and model")
    g.add_argument("--library", metavar="DIR", type=path_arg, default=None,
                   help="library folder (default: $PHOTOCLIP_LIBRARY or %(default_dir)s)"
                   .replace("%(default_dir)s", str(default_library_dir())))
    g.add_argument("--model", metavar="NAME", default=None,
                   help=f"CLIP model to use from now on, as ARCH/PRETRAINED (default {models.DEFAULT_MODEL}); "
                   "see `photoclip models`")
    g.add_argument("--model-file", metavar="PATH", type=text_arg, default=None,
                   help="local weights for the model (.safetensors preferred) instead of the Hugging Face cache")
    g.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), default=None,
                   help="where the model runs (remembered; default auto: CUDA, then Apple MPS, then CPU)")
    g.add_argument("--threads", type=int_between(1, 1024), default=None, metavar="N",
                   help="CPU threads for the model (default: all cores)")
    return p


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="photoclip",
        description="Private, local photo search: index your photo folders, then find photos by describing them.",
    )
    parser.add_argument("--version", action="version", version=f"photoclip {__version__}")
    parser.add_argument("--check-system", action="store_true",
                        help="Linux: check that the system libraries the app's window needs (X11/xcb) are "
                        "installed, and name the packages that are not; exit 0 if all are there")
    parser.add_argument("--self-test", action="store_true",
                        help="check that photoclip works on this computer, without a window: index a few generated "
                        "photos with a tiny test model in a temporary folder and search them; exit 0 if all passed")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("index", parents=[common], help="index photo folders (only new or changed files)",
                       description="Add folders to the library and index every new or changed photo in them. "
                       "With no folder, re-index all of the library's folders.")
    p.add_argument("folders", nargs="*", type=str, metavar="FOLDER")
    p.add_argument("--retry-failed", action="store_true", help="try again the files that failed before")
    p.add_argument("--batch-size", type=int_between(1, 4096), default=None, metavar="N", help="photos per model batch")
    p.add_argument("--workers", type=int_between(1, 256), default=None, metavar="N", help="decoding threads")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--text", choices=("on", "off"), default=None,
                   help="read the text in photos after indexing (signs, receipts, screenshots), so a search finds "
                   "them by it; remembered for the library (default: off)")

    cli_search.add_parser(sub, common)

    p = sub.add_parser("text", parents=[common], help="print the text written in a photo",
                       description="Print the text read in a photo (signs, receipts, screenshots), reading it now "
                       "if the library has not yet.")
    p.add_argument("photo", metavar="PHOTO")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("status", parents=[common], help="what the library holds and what failed")
    p.add_argument("--all-failures", action="store_true", help="list every failed file, not the first 20")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("models", parents=[common], help="known models, the active one, where weights live")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("gui", parents=[common], help="open the photoclip app (the default with no command)",
                   description="Open the desktop app over the library.")

    p = sub.add_parser("folders", parents=[common], help="list the library's folders, or forget one")
    p.add_argument("--remove", metavar="FOLDER", type=Path, default=None,
                   help="forget this folder and its photos (the files themselves are not touched)")

    p = sub.add_parser("duplicates", parents=[common], help="find duplicate photos; trash or move the extra copies",
                       description="Group duplicate photos and suggest one to keep in each group (highest "
                       "resolution, then largest file, then earliest date, then richest metadata). Nothing is "
                       "touched unless --trash-others or --move-others is given together with --yes.")
    p.add_argument("--strength", choices=DUPLICATE_STRENGTHS, default="same",
                   help="identical: the same bytes; same: the same picture re-encoded, resized, converted, "
                   "rotated or slightly cropped (default); similar: near-identical shots by CLIP similarity")
    p.add_argument("--threshold", type=finite_float, default=None, metavar="X",
                   help="same: largest perceptual-hash distance in bits (default 10); "
                   "similar: smallest CLIP cosine similarity (default 0.92)")
    p.add_argument("--folder", type=path_arg, default=None, metavar="DIR", help="only photos in this folder")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    act = p.add_mutually_exclusive_group()
    act.add_argument("--trash-others", action="store_true",
                     help="send every photo but each group's keeper to the system trash (needs --yes)")
    act.add_argument("--move-others", type=path_arg, default=None, metavar="DIR",
                     help="move every photo but each group's keeper into DIR, outside the library's folders; "
                     "existing files there are never overwritten (needs --yes)")
    act.add_argument("--undo", type=int, nargs="?", const=0, default=None, metavar="DECISION_ID",
                     help="put back what the last trash or move (or decision DECISION_ID) sent away: the file from "
                     "the trash or the folder it was moved to, and the keeper's tags as they were")
    act.add_argument("--not-duplicates", action="store_true",
                     help="remember that each group's photos are not duplicates, so they never come back as a group "
                     "(with --group: only those groups; needs --yes)")
    p.add_argument("--group", type=int_between(1, MAX_ID), nargs="+", default=None, metavar="N",
                   help="only the groups with these numbers (as listed by a run with the same options)")
    p.add_argument("--keep", action="append", default=[], metavar="PHOTO",
                   help="keep this photo (a path or a photo id) in its group instead of the suggested one; "
                   "may be repeated, one per group")
    p.add_argument("--no-merge", action="store_true",
                   help="do not give the keeper the tags, keywords, title, description, rating and location of the "
                   "photos that go")
    p.add_argument("--yes", action="store_true", help="really do it; without it, only say what would be done")
    cli_tags.add_parsers(sub, common)
    return parser


def _engine(args: argparse.Namespace) -> Engine:
    library = args.library or default_library_dir()
    return Engine(library, model=args.model, model_file=args.model_file, device=args.device,
                  threads=args.threads, quick_start=True)


# -- commands -------------------------------------------------------------------------------------------------


def cmd_index(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    for f in args.folders:
        if not f.strip():
            # An empty shell variable ("$PHOTOS" unset) must not add the current folder to the library.
            raise CliError("an empty folder name was given (an unset shell variable?); name the folder to index")
        if not Path(f).expanduser().is_dir():
            raise CliError(f"{f} is not a folder")
    engine = _engine(args)
    if not args.folders and not engine.library.folders():
        raise CliError("the library has no folders yet: name one, e.g. `photoclip index ~/Pictures`")
    bar = tqdm(total=0, unit="photo", dynamic_ncols=True, disable=True if args.quiet else None,
               file=sys.stderr)

    def on_progress(p: IndexProgress) -> None:
        if p.listing:
            return  # a moment's work before the bar means anything
        if bar.total != p.total:
            bar.total = p.total
        bar.n = p.done
        bar.set_postfix(skipped=p.skipped, refresh=False)
        bar.refresh()

    try:
        # A one-off process: its end may wait for the image tower's export (once per weights), which spares the
        # next run importing torch.
        report = engine.index(args.folders or None, progress=on_progress, retry_failed=args.retry_failed,
                              batch_size=args.batch_size, workers=args.workers, export_after=True)
    except KeyboardInterrupt:
        bar.close()
        print("\nInterrupted. Everything indexed so far is saved; run `photoclip index` again to continue.",
              file=sys.stderr)
        return 130
    except models.ModelUnavailableError:
        bar.close()
        waiting = engine.library.count_photos()["ok"] - engine.library.vector_count(engine.active.key)
        if waiting > 0:
            print(f"{waiting} photo(s) are listed without the model: `photoclip search` finds them by their words "
                  "(names, folders, keywords) already; run `photoclip index` again once the model is available "
                  "and they become searchable by what they show.", file=sys.stderr)
        raise
    finally:
        bar.close()
    _print_index_report(report)
    if args.text is not None:
        engine.read_text = args.text == "on"
    if engine.read_text and not report.cancelled:
        code = _read_text(engine, args.quiet)
        if code:
            return code
    # A folder that could not be read is a problem the user must see (and a script must notice): its photos were
    # left as they were, but nothing there was brought up to date.
    return 1 if report.unreadable else 0


def _read_text(engine: Engine, quiet: bool) -> int:
    """The text pass after indexing (`photoclip index` runs both, so a script can search right after it)."""
    from tqdm import tqdm

    from photoclip.core.text_pass import TextProgress

    bar = tqdm(total=0, unit="photo", desc="Reading text", dynamic_ncols=True, disable=True if quiet else None,
               file=sys.stderr)

    def on_progress(p: TextProgress) -> None:
        if bar.total != p.total:
            bar.total = p.total
        bar.n = p.done
        bar.set_postfix(with_text=p.with_text, refresh=False)
        bar.refresh()

    try:
        r = engine.read_photo_text(progress=on_progress)
    except KeyboardInterrupt:
        bar.close()
        print("\nInterrupted. The text read so far is saved; run `photoclip index` again to continue.",
              file=sys.stderr)
        return 130
    finally:
        bar.close()
    if r.read:
        failed = f", {r.failed} could not be read" if r.failed else ""
        print(f"Text: read {r.read} photo(s), {r.with_text} with text{failed}, in {r.elapsed_s:.1f} s")
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    from photoclip.core.imaging import ImageError

    path = Path(args.photo).expanduser()
    if not path.is_file():
        raise CliError(f"{args.photo} is not a file")
    try:
        text = _engine(args).text_of_file(path)
    except ImageError as e:
        raise CliError(f"cannot read {args.photo}: {e}") from e
    if args.json:
        print(json.dumps({"path": str(path), "text": text, "lines": text.splitlines()}, ensure_ascii=False))
    elif text:
        print(text)
    else:
        print(f"No text found in {args.photo}", file=sys.stderr)
    return 0


def _print_index_report(r: IndexReport) -> None:
    parts = [f"{r.added} new", f"{r.updated} updated", f"{r.moved} moved or renamed", f"{r.removed} removed",
             f"{r.unchanged} unchanged"]
    if r.reused:
        parts.append(f"{r.reused} identical copies (not decoded again)")
    if r.words_read:
        parts.append(f"{r.words_read} with words read again (sidecar changed, moved, or new to the word index)")
    print("Indexed: " + ", ".join(parts) + f" in {r.elapsed_s:.1f} s" + (f" on {r.device}" if r.device else ""))
    for folder in r.missing_folders:
        print(f"Folder not found (left as it was, e.g. an unplugged drive): {shown(folder)}")
    for path in r.taken_back:
        print(f"Put back from the trash by hand: {shown(path)}; its duplicates decision now counts as undone")
    for sidecar, put in r.sidecars_back:
        print(f"Sidecar back from the trash: {shown(sidecar)}" if put == sidecar else
              f"Sidecar back from the trash as {shown(put)} (a file is at {shown(sidecar)}; it was left as it is)")
    for path, reason in r.restore_problems:
        print(f"Did not come back from the trash: {shown(path)}: {reason}", file=sys.stderr)
    for path, reason in r.unreadable:
        print(f"Cannot read {shown(path)}: {reason}. Its photos were left as they were (nothing removed); give "
              "photoclip access to it and index again.", file=sys.stderr)
    if r.skipped:
        print(f"Skipped {len(r.skipped)} file(s):")
        for path, reason in r.skipped[:MAX_LISTED_FAILURES]:
            print(f"  {shown(path)}: {reason}")
        if len(r.skipped) > MAX_LISTED_FAILURES:
            print(f"  … and {len(r.skipped) - MAX_LISTED_FAILURES} more (see `photoclip status --all-failures`)")


def cmd_status(args: argparse.Namespace) -> int:
    engine = _engine(args)
    lib = engine.library
    counts = lib.count_photos()
    active = engine.active
    vectors = lib.vector_counts()
    per_folder = lib.folder_counts()
    failures = lib.failures(None if args.all_failures or args.json else MAX_LISTED_FAILURES)
    encoder, encoder_detail = engine.text_encoder_state()
    image_encoder, image_detail = engine.image_encoder_state()
    info = {
        "library": str(lib.folder),
        "schema": lib.schema_version,
        "model": active.key,
        "model_file": active.model_file,
        "device": engine.device,
        "last_device": lib.get_setting("last_device"),
        "folders": [_folder_json(f.path, per_folder.get(f.id, 0)) for f in lib.folders()],
        "photos": counts["ok"] + counts["failed"],
        "indexed": vectors.get(active.key, 0),
        "failed": counts["failed"],
        "vectors_by_model": vectors,
        "text_encoder": {"engine": encoder, "detail": encoder_detail},
        "image_encoder": {"engine": image_encoder, "detail": image_detail},
        "formats": format_counts(lib),
        "failures": [{"path": p, "reason": r} for p, r in failures],
        "unreadable": [{"path": p, "reason": r} for p, r in lib.unreadable()],
    }
    positions = engine.places.position_counts()
    info["with_position"] = positions.with_position
    info["with_place"] = positions.with_place
    text_read, text_of = engine.text_counts()
    info["text"] = {"read": text_read, "of": text_of, "enabled": engine.read_text}
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=1))
        return 0
    print(f"Library:  {info['library']}")
    device = engine.device + (f" (last run: {info['last_device']})" if info["last_device"] else "")
    print(f"Model:    {active.key}" + (f" from {active.model_file}" if active.model_file else ""))
    print(f"Device:   {device}")
    print("Queries:  " + (f"ONNX Runtime, the model's verified text tower ({encoder_detail})"
                          if encoder == "onnx" else f"torch: {encoder_detail}"))
    print("Indexing: " + (f"ONNX Runtime, the model's verified image tower ({image_detail})"
                          if image_encoder == "onnx" else f"torch: {image_detail}"))
    print(f"Photos:   {info['photos']}  (indexed {info['indexed']}, failed {info['failed']})")
    print(f"Text:     text read in {text_read} of {text_of} photos"
          + ("" if engine.read_text else " (reading text is off: `photoclip index --text on`)"))
    for key, n in vectors.items():
        if key != active.key:
            print(f"          {n} vectors of the previous model {key}")
    if info["photos"]:
        line = f"Places:   {positions.with_position} with a GPS position ({positions.with_place} with a place name)"
        if positions.unread:
            line += f"; {positions.unread} not read yet (`photoclip index` reads them)"
        print(line)
    if info["formats"]:
        print("Formats:  " + ", ".join(_format_count(name, c) for name, c in info["formats"].items()))
        raw = sum(c["ok"] for name, c in info["formats"].items() if is_raw_format(name))
        if raw:
            print(f"          {raw} RAW photo{'' if raw == 1 else 's'}")
    print("Folders:" + ("" if info["folders"] else "  none yet (`photoclip index FOLDER`)"))
    for f in info["folders"]:
        print(f"  {f['photos']:>8}  {shown(f['path'])}{_folder_note(f)}")
    if info["unreadable"]:
        print("Cannot be read (their photos are kept as they were until photoclip can read them again):")
        for u in info["unreadable"]:
            print(f"  {shown(u['path'])}: {u['reason']}")
    if failures:
        print("Failed:")
        for p, r in failures:
            print(f"  {shown(p)}: {r}")
        if counts["failed"] > len(failures):
            print(f"  … and {counts['failed'] - len(failures)} more (--all-failures)")
    return 0


def _folder_json(path: str, photos: int) -> dict[str, object]:
    from photoclip.core.folder_access import folder_state

    state, reason = folder_state(path)
    return {"path": path, "photos": photos, "present": state != "missing", "readable": state == "ok",
            "problem": reason or None}


def _folder_note(f: dict[str, object]) -> str:
    if not f["present"]:
        return "  (not found)"
    return "" if f["readable"] else f"  (cannot be read: {f['problem']})"


def _format_count(name: str, c: dict[str, int]) -> str:
    text = f"{name} {c['ok']}"
    return text + (f" ({c['failed']} failed)" if c["failed"] else "")


def cmd_models(args: argparse.Namespace) -> int:
    engine = _engine(args)
    active = engine.active
    vectors = engine.library.vector_counts()
    rows = []
    for spec in models.KNOWN_MODELS:
        cached = models.cached_weights(spec)
        rows.append({
            "name": spec.name,
            "active": spec.name == active.name,
            "multilingual": spec.multilingual,
            "note": spec.note,
            "weights": str(cached) if cached else None,
            "source": f"https://huggingface.co/{spec.hf_repo}" if spec.hf_repo else None,
            "vectors": vectors.get(spec.name, 0),
        })
    if active.name not in {s.name for s in models.KNOWN_MODELS}:
        rows.append({"name": active.name, "active": True, "multilingual": False, "note": "custom model",
                     "weights": active.model_file, "source": None, "vectors": vectors.get(active.key, 0)})
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    for r in rows:
        mark = "*" if r["active"] else " "
        print(f"{mark} {r['name']}" + ("  [multilingual]" if r["multilingual"] else ""))
        print(f"    {r['note']}")
        if active.model_file and r["active"]:
            print(f"    weights: {active.model_file} (local file)")
        else:
            where = r["weights"] or f"not downloaded yet (downloaded on first use from {r['source']})"
            print(f"    weights: {where}")
        if r["vectors"]:
            print(f"    vectors in this library: {r['vectors']}")
    print("\n* = active. Switch with `photoclip index --model NAME`; offline, add --model-file PATH.")
    return 0


def cmd_folders(args: argparse.Namespace) -> int:
    engine = _engine(args)
    lib = engine.library
    if args.remove is not None:
        removed = lib.remove_folder(args.remove)
        from photoclip.core.vectors import VectorIndex

        for key in lib.vector_counts():
            VectorIndex.open(lib, key)  # brings each cached index in line with the library
        print(f"Forgot {args.remove} and its {len(removed)} photos (the files were not touched).")
        return 0
    counts = lib.folder_counts()
    for f in lib.folders():
        print(f"{counts.get(f.id, 0):>8}  {shown(f.path)}{_folder_note(_folder_json(f.path, 0))}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from photoclip.gui import system_libs

    # Before Qt loads its platform plugin: a missing X11 library would make Qt abort the process with a message
    # that names no package to install.
    problem = system_libs.check_before_qt()
    if problem:
        raise CliError(problem)
    from photoclip.gui.config import AppConfig
    from photoclip.gui.indexing import EarlyModel

    config = AppConfig.default()
    library = getattr(args, "library", None)
    config = AppConfig(
        library_dir=library or config.library_dir,
        model=getattr(args, "model", None),
        model_file=getattr(args, "model_file", None),
        device=getattr(args, "device", None),
        threads=getattr(args, "threads", None),
        theme=config.theme,
    )
    # The model's text encoder starts loading now, while Qt and the window's modules are imported (~0.3 s): a search
    # typed as the window appears is then answered with CLIP at once.
    early = EarlyModel(config.library_dir, config.model, config.model_file)
    # Imported here: the command line must not pay for Qt, and must work where PySide6 is not installed.
    try:
        from photoclip.gui.app import run_app
    except ImportError as e:
        early.join()
        raise CliError(f"the app needs PySide6 ({e}); the commands listed by `photoclip --help` work without it") from e
    return run_app(config, early=early)


def _human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def _keeper_reason(g: DuplicateGroup, suggested: int) -> str:
    return g.keeper_reason.get("text", "") if g.keeper_id == suggested else "chosen with --keep"


def _group_json(n: int, g: DuplicateGroup, suggested: int) -> dict[str, object]:
    return {
        "number": n,
        "strength": g.strength,
        "kind": g.kind,
        "label": g.label,
        "keeper": g.keeper_id,
        "suggested_keeper": suggested,
        "keeper_reason": _keeper_reason(g, suggested),
        "keeper_rule": g.keeper_reason if g.keeper_id == suggested else {"rule": "user"},
        "evidence": g.evidence,
        "members": [{"id": p.id, "path": p.path, "size": p.size, "width": p.width, "height": p.height,
                     "taken_at": p.taken_at, "keeper": p.id == g.keeper_id} for p in g.members],
    }


def _print_group(n: int, g: DuplicateGroup, suggested: int) -> None:
    ev = g.evidence
    if g.strength == "identical":
        why = "identical bytes"
    elif g.strength == "same":
        why = f"the same picture (pHash distance <= {ev['threshold']}, worst pair {ev['max_distance']})"
    else:
        why = f"similar shots (CLIP cosine >= {ev['threshold']}, weakest pair {ev['min_similarity']:.3f})"
    print(f"Group {n}: {len(g.members)} photos, {g.label}: {why}; keep: {_keeper_reason(g, suggested)}")
    identical = set(ev.get("identical_to_keeper", ()))
    for p in g.members:
        res = f"{p.width}×{p.height}" if p.width and p.height else "?"
        note = ""
        if p.id != g.keeper_id:
            score = ev.get("distance", ev.get("similarity", {})).get(p.id)
            parts = ([f"distance {score}" if g.strength == "same" else f"cosine {score:.3f}"]
                     if score is not None else [])
            if p.id in identical and g.strength != "identical":
                parts.append("identical bytes")
            note = f"  ({', '.join(parts)})" if parts else ""
        if p.id == suggested != g.keeper_id:
            note += "  (suggested)"
        role = "keep " if p.id == g.keeper_id else "other"
        print(f"  {role} {res:>11} {_human_bytes(p.size):>9}  {shown(p.path)}{note}")


def cmd_duplicates(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from photoclip.core import duplicate_actions as dup_actions
    from photoclip.core import duplicates as dup
    from photoclip.core.vectors import VectorIndex

    acting = args.trash_others or args.move_others is not None
    if args.yes and not (acting or args.not_duplicates):
        raise CliError("--yes goes with --trash-others, --move-others or --not-duplicates")
    if args.undo is not None:
        return _undo(args)
    if args.folder is not None and not args.folder.expanduser().is_dir():
        raise CliError(f"{args.folder} is not a folder")
    engine = _engine(args)
    lib = engine.library
    if lib.count_photos()["ok"] == 0:
        raise CliError("the library has no indexed photos yet: run `photoclip index FOLDER` first")
    model_key = engine.search_model()[0].key if args.strength == "similar" else None
    bars: dict[str, tqdm] = {}

    def on_progress(p: dup.DuplicateProgress) -> None:
        bar = bars.get(p.stage)
        if bar is None:
            desc = "hashing photos indexed before duplicates existed" if p.stage == "hashing" else p.stage
            bar = bars[p.stage] = tqdm(total=p.total, desc=desc, unit="photo", file=sys.stderr, leave=False,
                                       disable=None)
        bar.n = p.done
        bar.refresh()

    try:
        found = dup.find_duplicates(lib, model_key, args.strength, args.threshold, args.folder,
                                    progress=on_progress)
    finally:
        for bar in bars.values():
            bar.close()
    # Groups keep the numbers of the full listing, so `--group 3` names the same group a plain run printed.
    numbered = _chosen_groups(found, args.group)
    suggested = {n: g.keeper_id for n, g in numbered}
    numbered = _apply_keep(lib, numbered, args.keep)
    bursts: list[DuplicateGroup] = []
    if acting and args.group is None:
        # A burst is several photos the user may want, not copies: only named groups (--group) are touched.
        groups, bursts = dup_actions.for_bulk(g for _n, g in numbered)
    else:
        groups = [g for _n, g in numbered]
    others = [(g, p) for g in groups for p in g.others()]
    total = sum(p.size for _, p in others)
    verb = "move" if args.move_others is not None else "trash"
    where = f"into {args.move_others}" if args.move_others is not None else "to the trash"
    out: dict[str, object] = {"strength": args.strength,
                              "groups": [_group_json(n, g, suggested[n]) for n, g in numbered],
                              "others": len(others), "others_bytes": total}
    if not args.json:
        for n, g in numbered:
            _print_group(n, g, suggested[n])
        if groups:
            print(f"{len(groups)} group(s); {len(others)} other copies, {_human_bytes(total)}, besides the keepers.")
        else:
            print("No duplicates found.")
    if args.not_duplicates and groups:
        return _dismiss_groups(lib, groups, args, out)
    if not acting or not others:
        if args.json:
            print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    from photoclip.core import duplicate_merge

    plans = [] if args.no_merge else [m for g in groups for m in dup_actions.plan_merge(lib, g)]
    merging = duplicate_merge.describe(plans)
    notes = [f"Bursts left alone: {len(bursts)} group(s) (name them with --group to act on them)."] if bursts else []
    if not args.yes:
        sides = dup_actions.sidecar_plan(path for g in groups for path in dup_actions.leaving(lib, g))
        _report_action(out, args, {"kind": verb, "done": False, "files": len(others), "bytes": total,
                                   "bursts_skipped": len(bursts), "merge": _merge_json(plans),
                                   "sidecars": [{"photo": path, "go": sc.go,
                                                 "stay": [{"sidecar": a, "used_by": b} for a, b in sc.stay]}
                                                for path, sc in sides.items()]},
                       f"Would move {len(others)} files ({_human_bytes(total)}) {where}, keeping each group's "
                       "keeper. Nothing was done: add --yes to do it.",
                       *([f"Before they go, {merging} (--no-merge: do not)."] if merging else []),
                       *_sidecar_lines(sides), *notes)
        return 1

    done: list[tuple[str, str | None]] = []
    skipped: list[tuple[str, str]] = []
    sidecars: list[tuple[str, str | None]] = []
    sidecars_kept: list[tuple[str, str]] = []
    merged: list[duplicate_merge.CopyMerge] = []
    decisions: list[int] = []
    freed = 0
    try:
        for g in groups:
            if args.move_others is not None:
                report = dup_actions.move_others(lib, g, args.move_others, merge=not args.no_merge)
            else:
                report = dup_actions.trash_others(lib, g, merge=not args.no_merge)
            done += [(p.path, new) for p, new in report.done]
            merged += report.merged
            decisions += report.decision_ids
            skipped += report.skipped
            sidecars += report.sidecars
            sidecars_kept += report.sidecars_kept
            freed += report.bytes
    except dup_actions.DuplicateActionError as e:
        raise CliError(str(e)) from e
    finally:
        for key in lib.vector_counts():
            VectorIndex.open(lib, key)  # drops the photos that left the library from each cached index
    merged_line = duplicate_merge.describe(merged)
    _report_action(out, args, {"kind": verb, "done": True, "files": len(done), "bytes": freed,
                               "moved": [{"from": a, "to": b} for a, b in done],
                               "skipped": [{"path": p, "reason": r} for p, r in skipped],
                               "bursts_skipped": len(bursts), "merge": _merge_json(merged),
                               "sidecars": [{"from": a, "to": b} for a, b in sidecars],
                               "sidecars_kept": [{"sidecar": a, "reason": b} for a, b in sidecars_kept],
                               "decisions": decisions},
                   f"Moved {len(done)} files ({_human_bytes(freed)}) {where}; they have left the library.",
                   *([f"Their XMP sidecars went with them: {len(sidecars)} file(s)."] if sidecars else []),
                   *(f"  kept {shown(path)}: {reason}" for path, reason in sidecars_kept),
                   *([f"Merged: {merged_line.replace(' will be ', ' were ')}."] if merged_line else []),
                   *notes, *(f"  skipped {shown(path)}: {reason}" for path, reason in skipped),
                   *([f"Undo with: photoclip duplicates --undo {decisions[-1]}"] if decisions else []))
    return 1 if skipped else 0


def _sidecar_lines(sides: dict[str, Sidecars]) -> list[str]:
    """The dry run's word on each leaving photo's XMP sidecars: which go with it, which stay and why."""
    lines = []
    for path, sc in sides.items():
        if sc.go:
            lines.append(f"  with {shown(path)} go: {', '.join(os.path.basename(s) for s in sc.go)}")
        lines += [f"  {shown(s)} stays: {os.path.basename(user)} uses it too" for s, user in sc.stay]
    return (["XMP sidecars:", *lines]) if lines else []


def _merge_json(merges: Sequence[object]) -> list[dict[str, object]]:
    from photoclip.core.duplicate_merge import CopyMerge

    return [{"from": m.copy.path, "tags": [{"label": name, "accepted": acc} for _lid, acc, name in m.tags],
             "words": m.words, "rating": m.rating, "taken_at": m.taken_at,
             "location": None if m.place is None else {"lat": m.place.lat, "lon": m.place.lon,
                                                       "place": m.place.label}}
            for m in merges if isinstance(m, CopyMerge) and not m.empty]


def _undo(args: argparse.Namespace) -> int:
    from photoclip.core import duplicate_merge

    engine = _engine(args)
    lib = engine.library
    try:
        report = duplicate_merge.undo(lib, args.undo or None)
    except duplicate_merge.UndoError as e:
        raise CliError(str(e)) from e
    roots = sorted({f.path for f in lib.folders() for p in report.restored
                    if p == f.path or Path(f.path) in Path(p).parents})
    if roots:
        engine.index(roots)  # the restored files come back into the library, with their own tag decisions
    out: dict[str, object] = {"action": {"kind": "undo", "restored": report.restored,
                                         "failed": [{"path": p, "reason": r} for p, r in report.failed],
                                         "sidecars": report.sidecars,
                                         "sidecars_renamed": [{"sidecar": a, "put_back_as": b}
                                                              for a, b in report.renamed]}}
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        if not report.restored and not report.failed:
            print("Nothing to undo.")
        for p in report.restored:
            print(f"Restored {p}")
        for a, b in report.renamed:
            print(f"Put {a} back as {b}: a file of that name is there again (left as it is)")
        for p, r in report.failed:
            print(f"Could not restore {p}: {r}")
    return 1 if report.failed else 0


def _chosen_groups(groups: list[DuplicateGroup], wanted: list[int] | None) -> list[tuple[int, DuplicateGroup]]:
    numbered = list(enumerate(groups, 1))
    if wanted is None:
        return numbered
    bad = sorted(n for n in set(wanted) if not 1 <= n <= len(groups))
    if bad:
        raise CliError(f"there is no group {', '.join(map(str, bad))}: this run found {len(groups)} group(s)")
    return [(n, g) for n, g in numbered if n in set(wanted)]


def _apply_keep(lib: Library, numbered: list[tuple[int, DuplicateGroup]],
                keep: list[str]) -> list[tuple[int, DuplicateGroup]]:
    """The groups with each ``--keep`` photo as its group's keeper; a photo in no listed group is an error."""
    chosen: dict[int, int] = {}
    for spec in keep:
        rec = find_photo(lib, spec)
        if rec is None:
            raise CliError(f"--keep {spec}: no such photo in the library")
        n = next((n for n, g in numbered if rec.id in g.ids), None)
        if n is None:
            raise CliError(f"--keep {spec}: that photo is in none of the groups listed")
        if n in chosen and chosen[n] != rec.id:
            raise CliError(f"--keep names two photos of group {n}; keep one per group")
        chosen[n] = rec.id
    return [(n, dataclasses.replace(g, keeper_id=chosen.get(n, g.keeper_id))) for n, g in numbered]


def _dismiss_groups(lib: Library, groups: list[DuplicateGroup], args: argparse.Namespace,
                    out: dict[str, object]) -> int:
    from photoclip.core.duplicate_actions import mark_not_duplicates

    if not args.yes:
        _report_action(out, args, {"kind": "not_duplicates", "done": False, "groups": len(groups)},
                       f"Would remember {len(groups)} group(s) as not duplicates. "
                       "Nothing was done: add --yes to do it.")
        return 1
    for g in groups:
        mark_not_duplicates(lib, g)
    _report_action(out, args, {"kind": "not_duplicates", "done": True, "groups": len(groups)},
                   f"Remembered {len(groups)} group(s) as not duplicates; they will not be listed again.")
    return 0


def _report_action(out: dict[str, object], args: argparse.Namespace, action: dict[str, object],
                   *lines: str) -> None:
    """What `duplicates` did (or would do): into the JSON document with --json, else as lines for a person."""
    out["action"] = action
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        for line in lines:
            print(line)


COMMANDS = {"index": cmd_index, "search": cli_search.cmd_search, "text": cmd_text, "status": cmd_status,
            "models": cmd_models,
            "folders": cmd_folders, "duplicates": cmd_duplicates, "gui": cmd_gui, **cli_tags.COMMANDS}


def _any_script_output() -> None:
    """Queries, label names and paths can be in any script. Where the output cannot carry a character (a Windows
    console or pipe in a legacy code page, PYTHONIOENCODING=ascii) it is written as an escape instead of ending
    the command with a UnicodeEncodeError; a pipe on Windows gets UTF-8, which is what other programs read."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue  # replaced by a test harness or an embedding application: leave it as it is
        if sys.platform == "win32" and not stream.isatty():
            reconfigure(encoding="utf-8", errors="backslashreplace")
        else:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _any_script_output()
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "search":
        subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        argv = argv[:1] + cli_search.negatives_as_options(argv[1:], subparsers.choices["search"])
    args = parser.parse_args(argv)
    if args.check_system:
        return _check_system()
    if args.self_test:
        if args.command is not None:
            parser.error("--self-test takes no command")
        from photoclip.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        args.command = "gui"  # `photoclip` on its own opens the app
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()  # inside the try: a closed pipe shows up at the flush as often as at a print
        return code
    except BrokenPipeError:
        return _stdout_closed()
    except (CliError, LibraryError, models.ModelUnavailableError, ValueError) as e:
        print(f"photoclip: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        # What the system refused (a full disk, a permission, a folder where a file was meant) that no command
        # turned into its own message: still one line, naming the file.
        where = f": {e.filename}" if e.filename else ""
        print(f"photoclip: {e.strerror or e}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130


def _check_system() -> int:
    from photoclip.gui import system_libs

    if not sys.platform.startswith("linux"):
        print("Nothing to check on this system: the libraries the app needs come with it.")
        return 0
    libs = system_libs.missing()
    if libs:
        print(f"photoclip: {system_libs.advice(libs)}", file=sys.stderr)
        return 1
    print(f"The {len(system_libs.XCB_LIBS)} X11 (xcb) libraries the app's window needs are installed.")
    return 0


def _stdout_closed() -> int:
    """The reader of our output went away (`photoclip search ... | head -3`): stop quietly, as `ls` does.

    The Python documentation's recipe (signal module, "Note on SIGPIPE"): point stdout at devnull, so the
    interpreter's final flush of what is still buffered does not raise again at exit.
    """
    # stdout that is no real file (captured, replaced) has nothing to flush to a pipe: then there is nothing to do.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return 1


if __name__ == "__main__":
    sys.exit(main())
