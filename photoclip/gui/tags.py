"""What the window's tagging asks of its threads: label sets, applying them, a photo's tags, a label's scores.

No Qt here: plain functions over a thread's context (`IndexContext` for writes, since the index thread is the
library's one writer; `QueryContext` for reads). The bridge runs them; results come back to the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from photoclip.core import tag_store
from photoclip.core.tag_store import LabelSet, PhotoTag, TagCount

if TYPE_CHECKING:
    from photoclip.core.engine import Engine
    from photoclip.core.tagging import LabelPreview, TagReport


@dataclass(frozen=True)
class TagOverview:
    """Every set with its labels and how many photos each label tags: the sidebar's tag panel and the editor."""

    sets: list[LabelSet] = field(default_factory=list)
    counts: dict[int, int] = field(default_factory=dict)  # label id -> photos


@dataclass(frozen=True)
class SetEdit:
    """The editor's version of one set; ``id`` None for a new one. Labels are (id or None, name, prompts,
    threshold); labels of the stored set missing here are removed."""

    id: int | None
    name: str
    choice: str
    threshold: float | None
    apply_to_new: bool
    labels: tuple[tuple[int | None, str, tuple[str, ...], float | None], ...]


@dataclass(frozen=True)
class ApplyScope:
    """Where a set is applied: everything, a folder (and below), or given photos (results, selection)."""

    folder: str | None = None
    photo_ids: tuple[int, ...] | None = None


def overview(engine: Engine) -> TagOverview:
    lib = engine.library
    return TagOverview(tag_store.list_sets(lib), {c.label_id: c.photos for c in tag_store.tag_counts(lib)})


def tag_counts(engine: Engine) -> list[TagCount]:
    return tag_store.tag_counts(engine.library)


def save_set(engine: Engine, edit: SetEdit) -> LabelSet:
    """Create or update a set from the editor, in one transaction (a clash leaves everything as it was)."""
    lib = engine.library
    with lib.transaction():
        if edit.id is None:
            s = tag_store.create_set(lib, edit.name, edit.choice, threshold=edit.threshold,
                                     apply_to_new=edit.apply_to_new)
        else:
            s = tag_store.update_set(lib, edit.id, name=edit.name, choice=edit.choice, threshold=edit.threshold,
                                     apply_to_new=edit.apply_to_new)
        keep = {lid for lid, *_ in edit.labels if lid is not None}
        for lab in s.labels:
            if lab.id not in keep:
                tag_store.remove_label(lib, lab.id)
        # Renames first to temporary names, so swapping two labels' names does not clash half-way.
        existing = [lab for lab in edit.labels if lab[0] is not None]
        for lid, *_rest in existing:
            tag_store.update_label(lib, lid, name=f"~renaming {lid}~")  # type: ignore[arg-type]
        for lid, name, prompts, threshold in edit.labels:
            if lid is None:
                tag_store.add_label(lib, s.id, name, prompts, threshold)
            else:
                tag_store.update_label(lib, lid, name=name, prompts=prompts, threshold=threshold)
    return tag_store.get_set(lib, s.id)


def delete_set(engine: Engine, set_id: int) -> None:
    tag_store.delete_set(engine.library, set_id)


def apply(engine: Engine, set_id: int, scope: ApplyScope, progress: Callable[[int, int], None] | None = None,
          cancel: threading.Event | None = None, threshold: float | None = None) -> TagReport:
    from photoclip.core import tagging

    choice, _note = engine.search_model()
    return tagging.apply_set(engine.library, set_id, choice.key, lambda: engine.text_model(choice),
                             photo_ids=scope.photo_ids, folder=scope.folder, progress=progress, cancel=cancel,
                             threshold=threshold)


def photo_tags(engine: Engine, photo_id: int) -> tuple[list[PhotoTag], list[LabelSet]]:
    """The photo's tags (scored or decided) and every set, for the viewer's "add a tag"."""
    return tag_store.tags_of(engine.library, photo_id), tag_store.list_sets(engine.library)


def decide(engine: Engine, photo_ids: Sequence[int], label_id: int, accepted: bool | None) -> None:
    tag_store.decide(engine.library, photo_ids, label_id, accepted)


@dataclass(frozen=True)
class LabelScores:
    set: LabelSet
    label_id: int
    preview: LabelPreview
    paths: dict[int, str]
    mtimes: dict[int, int] = field(default_factory=dict)  # for the thumbnails' cache keys


def label_scores(engine: Engine, set_id: int, label_id: int) -> LabelScores:
    """A label's exact scores over the photos its set was applied to, best first, with their paths."""
    from photoclip.core import tagging

    s = tag_store.get_set(engine.library, set_id)
    choice, _note = engine.search_model()
    preview = tagging.label_preview(engine.library, s, label_id, choice.key, lambda: engine.text_model(choice))
    records = engine.library.photos(preview.photo_ids.tolist())
    return LabelScores(s, label_id, preview, {pid: r.path for pid, r in records.items()},
                       {pid: r.mtime_ns for pid, r in records.items()})


def set_label_threshold(engine: Engine, set_id: int, label_id: int, threshold: float) -> TagReport:
    """Keep a threshold chosen with the slider and re-tag the photos the set was applied to with it."""
    tag_store.update_label(engine.library, label_id, threshold=threshold)
    ids = tag_store.scored_photo_ids(engine.library, set_id)
    return apply(engine, set_id, ApplyScope(photo_ids=tuple(int(i) for i in ids)))

