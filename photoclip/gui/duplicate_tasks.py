"""What the duplicates window's own thread does: find groups (and what each photo carries, for the merge the
confirmation announces), trash or move the others, mark "not duplicates", undo the last trash or move.

No Qt here: plain functions over a `DuplicatesContext` (an Engine of that thread's own, sharing the app's loaded
models). The review has a thread of its own because a first "same picture" scan hashes every photo, which can
take minutes on a big library: neither searching (query thread) nor indexing (index thread) should wait on it.
Its few writes are short transactions; SQLite's write lock lets them interleave with the indexer's batches.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from photoclip.core.duplicate_actions import ActionReport
    from photoclip.core.duplicate_merge import Carried, UndoReport
    from photoclip.core.duplicates import DuplicateGroup, DuplicateProgress
    from photoclip.core.engine import Engine


@dataclass
class DuplicatesContext:
    engine: Engine


@dataclass(frozen=True)
class Scan:
    """What the user asked to look for."""

    strength: str  # 'identical' | 'same' | 'similar'
    threshold: float | None = None  # None: the strength's default
    folder: str | None = None  # None: the whole library


@dataclass
class Outcome:
    """What one action on one or more groups did: per group, the report; the photo ids that left the library."""

    reports: list[tuple[DuplicateGroup, ActionReport]] = field(default_factory=list)
    error: str | None = None  # the action was refused before anything was touched (e.g. keeper gone)

    @property
    def removed_ids(self) -> list[int]:
        return [p.id for _g, r in self.reports for p, _new in r.done]

    @property
    def files(self) -> int:
        return sum(len(r.done) for _g, r in self.reports)

    @property
    def bytes(self) -> int:
        return sum(r.bytes for _g, r in self.reports)

    @property
    def skipped(self) -> list[tuple[str, str]]:
        return [s for _g, r in self.reports for s in r.skipped]


def find(ctx: DuplicatesContext, scan: Scan, progress: Callable[[DuplicateProgress], None],
         cancel: threading.Event) -> list[DuplicateGroup]:
    from photoclip.core.duplicates import find_duplicates

    engine = ctx.engine
    # 'similar' compares the vectors searches use now (the previous model's while a new one catches up).
    model_key = engine.search_model()[0].key if scan.strength == "similar" else None
    return find_duplicates(engine.library, model_key, scan.strength, scan.threshold, scan.folder, progress,
                           cancel=cancel)


def find_with_carried(ctx: DuplicatesContext, scan: Scan, progress: Callable[[DuplicateProgress], None],
                      cancel: threading.Event) -> tuple[list[DuplicateGroup], dict[int, Carried]]:
    """`find`, and what every grouped photo carries (tags, words), so the window can say what a trash merges."""
    from photoclip.core.duplicate_merge import carried

    groups = find(ctx, scan, progress, cancel)
    return groups, carried(ctx.engine.library, [p for g in groups for p in g.members])


def undo(ctx: DuplicatesContext) -> UndoReport:
    """Put back what the last trash or move sent away (see `duplicate_merge.undo`). The restored files return to
    the library at the next index run (the app's watcher sees them in watched folders)."""
    from photoclip.core.duplicate_merge import undo as undo_last

    return undo_last(ctx.engine.library)


def act(ctx: DuplicatesContext, groups: list[tuple[DuplicateGroup, int]], action: str, dest: str | None = None,
        trash: Callable[[str], object] | None = None, merge: bool = True) -> Outcome:
    """Trash (``action='trash'``) or move into ``dest`` every photo of each group but its chosen keeper.

    A refusal (the keeper vanished, a destination inside the library) stops before that group and is reported;
    the groups before it stay done, each photo's move recorded in the library as it happened.
    """
    from photoclip.core import duplicate_actions as dup_actions

    lib = ctx.engine.library
    out = Outcome()
    for group, keeper_id in groups:
        try:
            if action == "trash":
                report = dup_actions.trash_others(lib, group, keeper_id, trash=trash, merge=merge)
            elif action == "move":
                assert dest is not None
                report = dup_actions.move_others(lib, group, Path(dest), keeper_id, merge=merge)
            else:
                raise ValueError(f"unknown action {action!r}")
        except dup_actions.DuplicateActionError as e:
            out.error = str(e)
            break
        out.reports.append((group, report))
    return out


def dismiss(ctx: DuplicatesContext, group: DuplicateGroup) -> None:
    from photoclip.core.duplicate_actions import mark_not_duplicates

    mark_not_duplicates(ctx.engine.library, group)
