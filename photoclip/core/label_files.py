"""Label sets to and from JSON or YAML files, to share a vocabulary or edit a long one in a text editor.

The file holds ``sets:``, a list of sets (a single set, or a bare list of sets, is accepted too)::

    sets:
      - name: Scenes
        choice: single            # or multi
        threshold: 0.2            # optional: single, the "none of these" floor; multi, the labels' threshold
        apply_to_new: true        # optional: tag new photos as they are indexed
        templates: ["a photo of {}."]  # optional: instead of the default prompt templates
        labels:
          - beach
          - name: my bike
            prompts: ["a photo of my red bicycle"]
            threshold: 0.3

Importing a set that exists (same name) updates it: its labels are matched by name, so their scores and the
user's decisions are kept; labels missing from the file stay unless ``replace`` is asked for.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from photoclip.core import tag_store
from photoclip.core.library import Library
from photoclip.core.tag_store import LabelSet, TagError

_SET_KEYS = {"name", "choice", "threshold", "apply_to_new", "templates", "labels"}
_LABEL_KEYS = {"name", "prompts", "threshold"}


@dataclass
class ImportResult:
    name: str
    created: bool
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def set_to_dict(s: LabelSet) -> dict[str, Any]:
    out: dict[str, Any] = {"name": s.name, "choice": s.choice}
    if s.threshold is not None:
        out["threshold"] = s.threshold
    if s.apply_to_new:
        out["apply_to_new"] = True
    if s.templates:
        out["templates"] = list(s.templates)
    labels: list[Any] = []
    for lab in s.labels:
        if not lab.prompts and lab.threshold is None:
            labels.append(lab.name)
        else:
            item: dict[str, Any] = {"name": lab.name}
            if lab.prompts:
                item["prompts"] = list(lab.prompts)
            if lab.threshold is not None:
                item["threshold"] = lab.threshold
            labels.append(item)
    out["labels"] = labels
    return out


def dumps(sets: list[LabelSet], fmt: str) -> str:
    doc = {"sets": [set_to_dict(s) for s in sets]}
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


def format_of(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    raise TagError(f"{Path(path).name}: label-set files end in .json, .yaml or .yml")


def parse(text: str, fmt: str, source: str = "the file") -> list[dict[str, Any]]:
    """The sets a file describes, checked for shape (names and values are checked when stored)."""
    try:
        doc = json.loads(text) if fmt == "json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as e:
        raise TagError(f"{source} is not valid {fmt.upper()}: {e}") from e
    if isinstance(doc, dict) and "sets" in doc:
        doc = doc["sets"]
    elif isinstance(doc, dict):
        doc = [doc]
    if not isinstance(doc, list) or not doc:
        raise TagError(f"{source} holds no label sets (expected `sets:` with a list of sets)")
    out = []
    for i, s in enumerate(doc, 1):
        if not isinstance(s, dict) or "name" not in s:
            raise TagError(f"set {i} in {source} needs a name")
        unknown = set(s) - _SET_KEYS
        if unknown:
            raise TagError(f"set {s['name']!r} in {source}: unknown field(s) {', '.join(sorted(unknown))}")
        labels = s.get("labels") or []
        if not isinstance(labels, list):
            raise TagError(f"set {s['name']!r} in {source}: labels must be a list")
        norm = []
        for lab in labels:
            if isinstance(lab, str):
                lab = {"name": lab}
            if not isinstance(lab, dict) or "name" not in lab or set(lab) - _LABEL_KEYS:
                raise TagError(f"set {s['name']!r} in {source}: a label is a name, or name/prompts/threshold")
            prompts = lab.get("prompts") or []
            if isinstance(prompts, str):
                prompts = [prompts]
            norm.append({"name": str(lab["name"]), "prompts": [str(p) for p in prompts],
                         "threshold": lab.get("threshold")})
        templates = s.get("templates")
        if isinstance(templates, str):
            templates = [templates]
        out.append({"name": str(s["name"]), "choice": s.get("choice", "single"), "threshold": s.get("threshold"),
                    "apply_to_new": bool(s.get("apply_to_new", False)), "templates": templates, "labels": norm})
    return out


def import_sets(lib: Library, specs: list[dict[str, Any]], replace: bool = False) -> list[ImportResult]:
    """Create or update the sets, all in one transaction: a file with an error changes nothing."""
    results = []
    with lib.transaction():
        existing = {s.name.casefold(): s for s in tag_store.list_sets(lib)}
        for spec in specs:
            old = existing.get(" ".join(spec["name"].split()).casefold())
            if old is None:
                s = tag_store.create_set(lib, spec["name"], spec["choice"], spec["labels"], spec["templates"],
                                         spec["threshold"], spec["apply_to_new"])
                results.append(ImportResult(s.name, True, added=[lab.name for lab in s.labels]))
                continue
            tag_store.update_set(lib, old.id, name=spec["name"], choice=spec["choice"],
                                 templates=spec["templates"], threshold=spec["threshold"],
                                 apply_to_new=spec["apply_to_new"])
            r = ImportResult(old.name, False)
            by_name = {lab.name.casefold(): lab for lab in old.labels}
            seen = set()
            for lab in spec["labels"]:
                key = " ".join(lab["name"].split()).casefold()
                seen.add(key)
                have = by_name.get(key)
                if have is None:
                    tag_store.add_label(lib, old.id, lab["name"], lab["prompts"], lab["threshold"])
                    r.added.append(lab["name"])
                elif tuple(lab["prompts"]) != have.prompts or lab["threshold"] != have.threshold:
                    tag_store.update_label(lib, have.id, prompts=lab["prompts"], threshold=lab["threshold"])
                    r.updated.append(have.name)
            if replace:
                for key, lab in by_name.items():
                    if key not in seen:
                        tag_store.remove_label(lib, lab.id)
                        r.removed.append(lab.name)
            results.append(r)
    return results


def import_file(lib: Library, path: str | os.PathLike[str], replace: bool = False) -> list[ImportResult]:
    p = Path(path).expanduser()
    fmt = format_of(p)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise TagError(f"cannot read {p}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise TagError(f"{p} is not a UTF-8 text file") from e
    return import_sets(lib, parse(text, fmt, p.name), replace)


def export_file(lib: Library, path: str | os.PathLike[str], names: list[str] | None = None) -> list[LabelSet]:
    sets = [tag_store.get_set(lib, n) for n in names] if names else tag_store.list_sets(lib)
    p = Path(path).expanduser()
    p.write_text(dumps(sets, format_of(p)), encoding="utf-8")
    return sets
