"""The tagging commands of the `photoclip` command line: `labels`, `tag`, `tags` and `xmp`.

`labels` edits label sets (and imports or exports them as JSON or YAML), `tag` applies a set to photos from
their stored vectors, `tags` shows a photo's tags with scores and takes the user's accept / reject, `xmp` writes
the tags into sidecar files. Errors are `TagError`s (ValueErrors), which `photoclip.cli.main` prints as one line.
Nothing here imports torch at module level; the model loads only when label prompts need encoding.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from photoclip.cli_args import MAX_ID, find_photo, finite_float, int_between, path_arg, photo_id, shown, text_arg
from photoclip.core import tag_store
from photoclip.core.engine import Engine
from photoclip.core.library import default_library_dir
from photoclip.core.tag_store import LabelSet, TagError


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("labels", help="label sets for tagging: add, list, show, rename, remove, "
                       "import, export", description="Edit the label sets photos are tagged with.")
    acts = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", parents=[common], help="every label set with its labels and how many photos each tags")
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a = acts.add_parser("add", parents=[common], help="create a set, or add labels to one and change its options",
                        description="Create the set if it does not exist; add the labels given.")
    a.add_argument("set", metavar="SET")
    a.add_argument("labels", nargs="*", metavar="LABEL")
    kind = a.add_mutually_exclusive_group()
    kind.add_argument("--single", dest="choice", action="store_const", const="single",
                      help="one label per photo, or none (the default for a new set)")
    kind.add_argument("--multi", dest="choice", action="store_const", const="multi", help="any number of labels")
    a.add_argument("--prompt", action="append", default=[], metavar="LABEL=TEXT",
                   help="a prompt of the label's own besides the default templates, e.g. "
                   "'bike=a photo of my red bicycle' (repeatable)")
    a.add_argument("--threshold", type=finite_float, default=None, metavar="X",
                   help="single: the cosine a label must beat ('none of these' otherwise); multi: the cosine a label "
                   "needs")
    a.add_argument("--label-threshold", action="append", default=[], metavar="LABEL=X",
                   help="a label's own threshold on its score (repeatable)")
    new = a.add_mutually_exclusive_group()
    new.add_argument("--apply-to-new", dest="apply_to_new", action="store_const", const=True,
                     help="tag new photos with this set as they are indexed")
    new.add_argument("--no-apply-to-new", dest="apply_to_new", action="store_const", const=False)
    a = acts.add_parser("show", parents=[common], help="a set's labels; with a LABEL, its photos sorted by score")
    a.add_argument("set", metavar="SET")
    a.add_argument("label", nargs="?", metavar="LABEL")
    a.add_argument("--limit", type=int_between(1, MAX_ID), default=50, metavar="N",
                   help="photos listed for a label (default 50)")
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a = acts.add_parser("rename", parents=[common], help="rename a set (SET NEW) or a label (SET LABEL NEW)")
    a.add_argument("names", nargs="+", metavar="NAME")
    a = acts.add_parser("remove", parents=[common], help="remove labels from a set, or a whole set (with --yes)")
    a.add_argument("set", metavar="SET")
    a.add_argument("labels", nargs="*", metavar="LABEL")
    a.add_argument("--yes", action="store_true", help="really remove the whole set, its tags and decisions")
    a = acts.add_parser("import", parents=[common], help="create or update sets from a .json/.yaml file")
    a.add_argument("file", type=path_arg, metavar="FILE")
    a.add_argument("--replace", action="store_true", help="also remove labels that are not in the file")
    a = acts.add_parser("export", parents=[common], help="write sets to a .json/.yaml file ('-': YAML to stdout)")
    a.add_argument("file", type=text_arg, metavar="FILE")
    a.add_argument("sets", nargs="*", metavar="SET", help="only these sets (default all)")

    p = sub.add_parser("tag", parents=[common], help="tag photos with a label set (from the stored vectors)",
                       description="Score photos against a label set and tag them. Uses the vectors made at "
                       "indexing: no photo is opened again. The user's own accept/reject always wins.")
    p.add_argument("set", metavar="SET")
    p.add_argument("--folder", type=path_arg, default=None, metavar="DIR", help="only photos in this folder")
    p.add_argument("--ids", type=photo_id, nargs="+", default=None, metavar="ID", help="only these photos")
    p.add_argument("--threshold", type=finite_float, default=None, metavar="X",
                   help="the set's threshold for this run and from now on (see `labels add --threshold`)")
    p.add_argument("--dry-run", action="store_true", help="only say how many photos each label would tag")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("tags", parents=[common], help="a photo's tags with scores; accept, reject or add one",
                       description="Show a photo's tags. TAG is SET:LABEL (or SET|LABEL).")
    p.add_argument("photo", metavar="PHOTO", help="the photo's path or id")
    p.add_argument("--accept", "--add", dest="accept", action="append", default=[], metavar="TAG",
                   help="yes, the photo has this tag (adds it if the machine did not suggest it)")
    p.add_argument("--reject", action="append", default=[], metavar="TAG", help="no, the photo does not")
    p.add_argument("--undo", action="append", default=[], metavar="TAG", help="forget your decision")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("xmp", parents=[common], help="write tags as keywords into XMP sidecar files",
                       description="Write each photo's tags into its XMP sidecar (photo.jpg.xmp, or photo.xmp when "
                       "that exists; RAW files get photo.xmp) as dc:subject and lr:hierarchicalSubject "
                       "(Set|Label). An existing sidecar is merged into. The photos themselves are never touched.")
    p.add_argument("--set", dest="sets", action="append", default=None, metavar="SET",
                   help="only this set's keywords (repeatable; default all sets)")
    p.add_argument("--folder", type=path_arg, default=None, metavar="DIR", help="only photos in this folder")
    p.add_argument("--ids", type=photo_id, nargs="+", default=None, metavar="ID", help="only these photos")
    p.add_argument("--dry-run", action="store_true", help="only list the sidecars that would be written")


def _engine(args: argparse.Namespace) -> Engine:
    return Engine(args.library or default_library_dir(), model=args.model, model_file=args.model_file,
                  device=args.device, threads=args.threads, quick_start=True)


def _pairs(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise TagError(f"{what} is written LABEL=VALUE, not {item!r}")
        out.setdefault(key.strip().casefold(), value.strip())
    return out


def _float(value: str, what: str) -> float:
    try:
        return float(value)
    except ValueError as e:
        raise TagError(f"{what} must be a number, not {value!r}") from e


def _set_line(s: LabelSet, counts: dict[int, int]) -> str:
    options = [s.choice + "-choice"]
    if s.threshold is not None:
        options.append(f"threshold {s.threshold:g}")
    if s.apply_to_new:
        options.append("applied to new photos")
    return f"{s.name}  ({', '.join(options)})"


# -- labels -------------------------------------------------------------------------------------------------------

def cmd_labels(args: argparse.Namespace) -> int:
    from photoclip.core import label_files  # YAML: ~0.1 s to import, only for label-set files

    engine = _engine(args)
    lib = engine.library
    action = args.action
    if action == "list":
        counts = {c.label_id: c.photos for c in tag_store.tag_counts(lib)}
        sets = tag_store.list_sets(lib)
        if args.json:
            print(json.dumps([{**label_files.set_to_dict(s), "id": s.id,
                               "counts": {lab.name: counts.get(lab.id, 0) for lab in s.labels}} for s in sets],
                             ensure_ascii=False, indent=1))
            return 0
        if not sets:
            print("No label sets yet. Create one: photoclip labels add Scenes beach mountains city forest")
        for s in sets:
            print(_set_line(s, counts))
            for lab in s.labels:
                print(f"  {counts.get(lab.id, 0):>7}  {lab.name}")
        return 0
    if action == "add":
        return _labels_add(lib, args)
    if action == "show":
        return _labels_show(lib, args)
    if action == "rename":
        if len(args.names) == 2:
            s = tag_store.get_set(lib, args.names[0])
            tag_store.update_set(lib, s.id, name=args.names[1])
            print(f"Renamed the set {s.name!r} to {args.names[1]!r}.")
        elif len(args.names) == 3:
            s = tag_store.get_set(lib, args.names[0])
            lab = s.label(args.names[1])
            tag_store.update_label(lib, lab.id, name=args.names[2])
            print(f"Renamed {s.name}: {lab.name!r} to {args.names[2]!r}.")
        else:
            raise TagError("rename takes SET NEW_NAME, or SET LABEL NEW_NAME")
        return 0
    if action == "remove":
        s = tag_store.get_set(lib, args.set)
        if args.labels:
            for name in args.labels:
                tag_store.remove_label(lib, s.label(name).id)
            print(f"Removed {len(args.labels)} label(s) from {s.name}.")
            return 0
        if not args.yes:
            print(f"Would remove the set {s.name!r} with its {len(s.labels)} labels, their tags and your "
                  "decisions. Nothing was done: add --yes to do it.")
            return 1
        tag_store.delete_set(lib, s.id)
        print(f"Removed the set {s.name!r}. The photos themselves are untouched.")
        return 0
    if action == "import":
        for r in label_files.import_file(lib, args.file, args.replace):
            what = "Created" if r.created else "Updated"
            details = [f"{len(r.added)} label(s) added"] + ([f"{len(r.updated)} changed"] if r.updated else [])
            if r.removed:
                details.append(f"{len(r.removed)} removed")
            print(f"{what} {r.name}: {', '.join(details)}")
        return 0
    if action == "export":
        if args.file == "-":
            sets = [tag_store.get_set(lib, n) for n in args.sets] if args.sets else tag_store.list_sets(lib)
            sys.stdout.write(label_files.dumps(sets, "yaml"))
            return 0
        sets = label_files.export_file(lib, args.file, args.sets or None)
        print(f"Wrote {len(sets)} label set(s) to {args.file}.")
        return 0
    raise AssertionError(action)


def _labels_add(lib: Any, args: argparse.Namespace) -> int:
    prompts = _pairs(args.prompt, "--prompt")
    thresholds = {k: _float(v, "--label-threshold") for k, v in _pairs(args.label_threshold,
                                                                       "--label-threshold").items()}
    # One transaction from the set's creation on: a label refused below (an empty name, one twice) leaves no
    # new empty set behind.
    with lib.transaction():
        try:
            s = tag_store.get_set(lib, args.set)
            created = False
        except TagError:
            s = tag_store.create_set(lib, args.set, args.choice or "single", threshold=args.threshold,
                                     apply_to_new=bool(args.apply_to_new))
            created = True
        if not created:
            changes: dict[str, Any] = {}
            if args.choice is not None:
                changes["choice"] = args.choice
            if args.threshold is not None:
                changes["threshold"] = args.threshold
            if args.apply_to_new is not None:
                changes["apply_to_new"] = args.apply_to_new
            if changes:
                s = tag_store.update_set(lib, s.id, **changes)
        existing = {lab.name.casefold(): lab for lab in s.labels}
        added = []
        for name in args.labels:
            key = " ".join(name.split()).casefold()
            own = [prompts[key]] if key in prompts else []
            if key in existing:
                lab = existing[key]
                if own:
                    tag_store.update_label(lib, lab.id, prompts=[*lab.prompts, *own])
                if key in thresholds:
                    tag_store.update_label(lib, lab.id, threshold=thresholds[key])
                continue
            tag_store.add_label(lib, s.id, name, own, thresholds.get(key))
            added.append(name)
        mentioned = {" ".join(n.split()).casefold() for n in args.labels}
        for key, text in prompts.items():  # a prompt for a label already in the set, not named again
            if key not in mentioned:
                lab = existing.get(key) or s.label(key)
                tag_store.update_label(lib, lab.id, prompts=[*lab.prompts, text])
        for key, value in thresholds.items():
            if key not in mentioned:
                tag_store.update_label(lib, (existing.get(key) or s.label(key)).id, threshold=value)
    s = tag_store.get_set(lib, s.id)
    print(("Created " if created else "Updated ") + _set_line(s, {}) + f": {len(s.labels)} label(s)"
          + (f", {len(added)} new" if added and not created else ""))
    return 0


def _labels_show(lib: Any, args: argparse.Namespace) -> int:
    from photoclip.core import label_files  # YAML: ~0.1 s to import, only for label-set files

    s = tag_store.get_set(lib, args.set)
    if args.label is None:
        counts = {c.label_id: c.photos for c in tag_store.tag_counts(lib)}
        if args.json:
            print(json.dumps({**label_files.set_to_dict(s), "id": s.id,
                              "counts": {lab.name: counts.get(lab.id, 0) for lab in s.labels}},
                             ensure_ascii=False, indent=1))
            return 0
        print(_set_line(s, counts))
        if s.templates:
            print("  templates: " + "; ".join(s.templates))
        for lab in s.labels:
            extra = []
            if lab.threshold is not None:
                extra.append(f"threshold {lab.threshold:g}")
            if lab.prompts:
                extra.append("prompts: " + "; ".join(lab.prompts))
            print(f"  {counts.get(lab.id, 0):>7}  {lab.name}" + (f"  ({', '.join(extra)})" if extra else ""))
        return 0
    lab = s.label(args.label)
    rows = tag_store.label_photos(lib, lab.id, args.limit)
    if args.json:
        print(json.dumps([{"id": i, "path": p, "score": sc, "tagged": t} for i, p, sc, t in rows],
                         ensure_ascii=False, indent=1))
        return 0
    unit = "probability" if s.choice == "single" else "cosine"
    print(f"{s.name}: {lab.name} — photos by score ({unit}); * = tagged")
    if not rows:
        print(f"  none scored yet: run `photoclip tag {s.name!r}`")
    for _i, path, score, tagged in rows:
        value = f"{score:6.3f}" if score is not None else "  user"
        print(f"  {'*' if tagged else ' '} {value}  {shown(path)}")
    return 0


# -- tag, tags, xmp -----------------------------------------------------------------------------------------------

def cmd_tag(args: argparse.Namespace) -> int:
    from photoclip.core import tagging

    if args.folder is not None and not args.folder.expanduser().is_dir():
        raise TagError(f"{args.folder} is not a folder")
    engine = _engine(args)
    lib = engine.library
    s = tag_store.get_set(lib, args.set)
    if lib.count_photos()["ok"] == 0:
        raise TagError("the library has no indexed photos yet: run `photoclip index FOLDER` first")
    choice, note = engine.search_model()
    if note and not args.json:
        print(f"Note: {note}", file=sys.stderr)
    report = tagging.apply_set(lib, s, choice.key, lambda: engine.text_model(choice), photo_ids=args.ids,
                               folder=args.folder, threshold=args.threshold, dry_run=args.dry_run)
    if args.json:
        print(json.dumps({"set": report.set_name, "model": report.model, "photos": report.photos,
                          "without_vector": report.without_vector, "dry_run": report.dry_run,
                          "counts": report.counts, "elapsed_s": round(report.elapsed_s, 3)},
                         ensure_ascii=False, indent=1))
        return 0
    verb = "would tag" if args.dry_run else "tagged"
    print(f"{report.set_name}: scored {report.photos} photo(s) in {report.elapsed_s:.1f} s")
    width = max((len(n) for n in report.counts), default=0)
    for name, n in report.counts.items():
        print(f"  {name:<{width}}  {verb} {n}")
    if report.without_vector:
        print(f"  ({report.without_vector} photo(s) are not indexed with {report.model} yet and were left out)")
    if args.dry_run:
        print("Nothing was stored (--dry-run).")
    return 0


def _find_tag(lib: Any, text: str) -> tuple[LabelSet, int]:
    set_name, sep, label = text.partition("|") if "|" in text else text.partition(":")
    if not sep:
        raise TagError(f"name a tag as SET:LABEL, e.g. Scenes:beach (not {text!r})")
    s = tag_store.get_set(lib, set_name.strip())
    return s, s.label(label.strip()).id


def cmd_tags(args: argparse.Namespace) -> int:
    engine = _engine(args)
    lib = engine.library
    rec = find_photo(lib, args.photo)
    if rec is None:
        raise TagError(f"{args.photo} is not a photo in the library")
    for items, accepted in ((args.accept, True), (args.reject, False), (args.undo, None)):
        for text in items:
            _s, label_id = _find_tag(lib, text)
            tag_store.decide(lib, [rec.id], label_id, accepted)
    tags = tag_store.tags_of(lib, rec.id)
    if args.json:
        print(json.dumps({"id": rec.id, "path": rec.path, "tags": [
            {"set": t.set_name, "label": t.label, "score": t.score, "suggested": t.suggested,
             "decision": t.decision, "tagged": t.tagged} for t in tags]}, ensure_ascii=False, indent=1))
        return 0
    print(shown(rec.path))
    if not tags:
        print("  no tags yet (`photoclip tag SET` tags photos with a label set)")
    for t in tags:
        state = {True: "accepted", False: "rejected", None: "suggested" if t.suggested else ""}[t.decision]
        score = f"{t.score:6.3f}" if t.score is not None else "     -"
        print(f"  {'*' if t.tagged else ' '} {score}  {t.set_name}: {t.label}" + (f"  ({state})" if state else ""))
    return 0


def cmd_xmp(args: argparse.Namespace) -> int:
    from photoclip.core import xmp

    if args.folder is not None and not args.folder.expanduser().is_dir():
        raise TagError(f"{args.folder} is not a folder")
    engine = _engine(args)
    report = xmp.export_sidecars(engine.library, args.ids, args.folder, args.sets, args.dry_run)
    for path in report.written:
        print(("would write " if args.dry_run else "wrote ") + shown(path))
    for path, reason in report.skipped:
        print(f"skipped {shown(path)}: {reason}", file=sys.stderr)
    verb = "would be written" if args.dry_run else "written"
    print(f"{len(report.written)} sidecar(s) {verb}, {report.unchanged} already up to date, "
          f"{len(report.skipped)} skipped.")
    return 1 if report.skipped else 0


COMMANDS = {"labels": cmd_labels, "tag": cmd_tag, "tags": cmd_tags, "xmp": cmd_xmp}
