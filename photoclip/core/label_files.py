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
import re
import stat
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


# What a label-set file may hold. 20,000 labels with a few prompts each are ~100,000 nodes and a few MB; the limits
# are far above any real vocabulary and far below what takes noticeable time or memory.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_NODES = 2_000_000  # values in the document once YAML aliases are expanded
MAX_TEXT = 64 * 1024 * 1024  # characters of text, aliases expanded
MAX_DEPTH = 32  # sets > set > labels > label > prompts is 5 deep
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def _yaml_1_2_booleans(base: type) -> type:
    """``base`` with YAML 1.2's booleans (true, false) instead of 1.1's: a set named Off, a label named No or
    Yes (Norway's country code, too) stay names instead of becoming false and true."""
    loader = type("LabelFileLoader", (base,), {})
    bool_tag = "tag:yaml.org,2002:bool"
    loader.yaml_implicit_resolvers = {first: [(tag, rx) for tag, rx in pairs if tag != bool_tag]
                                      for first, pairs in base.yaml_implicit_resolvers.items()}
    loader.add_implicit_resolver(bool_tag, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return loader


_LOADER = _yaml_1_2_booleans(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _load(text: str, fmt: str, source: str) -> Any:
    if fmt == "json":
        try:
            return json.loads(text)  # no aliases in JSON: the document is no larger than the file
        except json.JSONDecodeError as e:
            raise TagError(f"{source} is not valid JSON: {e}") from e
        except RecursionError:
            raise TagError(f"{source} is nested too deeply to be a label-set file") from None
        except ValueError as e:  # a number Python will not convert (over 4300 digits)
            raise TagError(f"{source} is not usable JSON: {e}") from None
    loader = _LOADER
    try:
        # Depth first, from the event stream (which nests nothing): composing nodes recurses once per level.
        depth = 0
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise TagError(f"{source} is nested too deeply to be a label-set file")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        # Then the node graph, in which an alias is one more reference to its anchor's node, never a copy: its
        # size once expanded is bounded before anything is built from it (a "billion laughs" file is a few
        # lines of text that expand to 10^9 values).
        node = yaml.compose(text, Loader=loader)
        if node is None:
            return None
        _bound(node, source)
        constructor = yaml.SafeLoader("")
        try:
            return constructor.construct_document(node)
        finally:
            constructor.dispose()
    except yaml.YAMLError as e:
        raise TagError(f"{source} is not valid YAML: {e}") from e
    except ValueError as e:  # a number Python will not convert (over 4300 digits)
        raise TagError(f"{source} is not usable YAML: {e}") from None


def _bound(root: yaml.Node, source: str) -> None:
    """Refuse a node graph that expands beyond MAX_NODES values, MAX_TEXT characters or MAX_DEPTH levels, or that
    refers to itself. Each distinct node is visited once (its expanded size is remembered), without recursion."""
    sizes: dict[int, tuple[int, int, int]] = {}  # id(node) -> (values, characters, depth) once expanded
    open_nodes: set[int] = set()  # started and not finished: the path from the root
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        kids = _children(node)
        if finished:
            open_nodes.discard(key)
            values = 1 + sum(sizes[id(k)][0] for k in kids)
            chars = (len(node.value) if isinstance(node, yaml.ScalarNode) else 0) + sum(sizes[id(k)][1] for k in kids)
            depth = 1 + max((sizes[id(k)][2] for k in kids), default=0)
            if values > MAX_NODES or chars > MAX_TEXT:
                raise TagError(f"{source} expands to more than a label-set file can hold (YAML aliases that "
                               "repeat each other, a \"billion laughs\" file?)")
            if depth > MAX_DEPTH:
                raise TagError(f"{source} is nested too deeply to be a label-set file")
            sizes[key] = (values, chars, depth)
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise TagError(f"{source} holds a YAML alias that refers to itself")
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((k, False) for k in kids if id(k) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "empty"
    return type(value).__name__


def _text(value: object, what: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # `name: 2024` is read by YAML as a number
    raise TagError(f"{what} must be text, not {_kind(value)}")


def _texts(value: object, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [_text(v, what) for v in value]
    return [_text(value, what)]


def _number(value: object, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise TagError(f"{what} must be a number, not {_kind(value)}")


def _boolean(value: object, what: str) -> bool:
    """true/false, also as the strings YAML 1.1 and people use for them; ``"false"`` is false, not a non-empty
    string that Python would call true, and any other text is refused rather than guessed."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    shown = repr(value) if isinstance(value, str | int | float) else _kind(value)
    raise TagError(f"{what} must be true or false, not {shown}")


def parse(text: str, fmt: str, source: str = "the file") -> list[dict[str, Any]]:
    """The sets a file describes, checked for shape and types (names and values are checked when stored)."""
    doc = _load(text, fmt, source)
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
        name = _text(s["name"], f"the name of set {i} in {source}")
        where = f"set {name!r} in {source}"
        unknown = set(s) - _SET_KEYS
        if unknown:
            raise TagError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
        labels = s.get("labels") or []
        if not isinstance(labels, list):
            raise TagError(f"{where}: labels must be a list")
        norm = []
        for j, lab in enumerate(labels, 1):
            if isinstance(lab, str | int | float) and not isinstance(lab, bool):
                lab = {"name": lab}
            if not isinstance(lab, dict) or "name" not in lab or set(lab) - _LABEL_KEYS:
                raise TagError(f"{where}: a label is a name, or name/prompts/threshold (label {j})")
            label = _text(lab["name"], f"{where}: the name of label {j}")
            norm.append({"name": label, "prompts": _texts(lab.get("prompts"), f"{where}: the prompts of {label!r}"),
                         "threshold": _number(lab.get("threshold"), f"{where}: the threshold of {label!r}")})
        templates = s.get("templates")
        out.append({"name": name, "choice": _text(s.get("choice", "single"), f"{where}: choice"),
                    "threshold": _number(s.get("threshold"), f"{where}: threshold"),
                    "apply_to_new": _boolean(s.get("apply_to_new", False), f"{where}: apply_to_new"),
                    "templates": None if templates is None else _texts(templates, f"{where}: templates"),
                    "labels": norm})
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
            new_labels = []
            for lab in spec["labels"]:
                key = " ".join(lab["name"].split()).casefold()
                seen.add(key)
                have = by_name.get(key)
                if have is None:
                    new_labels.append(lab)
                    r.added.append(lab["name"])
                elif tuple(lab["prompts"]) != have.prompts or lab["threshold"] != have.threshold:
                    tag_store.update_label(lib, have.id, prompts=lab["prompts"], threshold=lab["threshold"])
                    r.updated.append(have.name)
            tag_store.add_labels(lib, old.id, new_labels)
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
        # Checked before opening: reading a named pipe would wait for a writer, a device could never end.
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):
            raise TagError(f"{p} is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise TagError(f"{p} is too large for a label-set file ({info.st_size // 1_000_000} MB)")
        text = p.read_text(encoding="utf-8-sig")  # Windows editors start UTF-8 with a byte-order mark
    except OSError as e:
        raise TagError(f"cannot read {p}: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise TagError(f"{p} is not a UTF-8 text file") from e
    return import_sets(lib, parse(text, fmt, p.name), replace)


def export_file(lib: Library, path: str | os.PathLike[str], names: list[str] | None = None) -> list[LabelSet]:
    sets = [tag_store.get_set(lib, n) for n in names] if names else tag_store.list_sets(lib)
    p = Path(path).expanduser()
    text = dumps(sets, format_of(p))
    try:
        p.write_text(text, encoding="utf-8")
    except OSError as e:  # a folder of that name, a folder that is not there, a read-only disk
        raise TagError(f"cannot write {p}: {e.strerror or e}") from e
    return sets
