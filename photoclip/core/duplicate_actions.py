"""Acting on duplicate groups found by `duplicates`: trash or move the extra copies, or mark a group "not duplicates".

Acting never deletes: the others go to the system trash (send2trash) or are moved into a folder the user picked,
under a fresh name when one is taken (nothing there is overwritten), and never into a library folder (they would
be indexed again and come back as duplicates). Before a file is touched we check that the keeper is still there,
that the file is unchanged since it was indexed (size and mtime) and that it is not the keeper itself reached by
another path. Each step is recorded in ``duplicate_decisions``. Trashed and moved files leave the library (vectors
included) and the in-memory indexes passed in; the saved index files catch up when next opened. A moved file is
forgotten rather than re-pointed: it now lies outside the library's folders.

A RAW file paired with a JPEG in the library is never trashed or moved (see `pairs`). "Not duplicates" is
remembered per pair of photos, so those photos never share a group again at any strength.

Before a copy leaves, what the user gave it (tag decisions, keywords, title, description, rating, where it was
taken) moves to the keeper (see `duplicate_merge`; ``merge=False`` turns that off), and the decision keeps what
came from where, so `duplicate_merge.undo` can reverse it. A burst (see `bursts`) is several photos, not copies:
a bulk action over many groups leaves bursts alone (`for_bulk`) unless the user names them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from photoclip.core import duplicate_merge
from photoclip.core.duplicates import DuplicateGroup
from photoclip.core.library import Library, PhotoRecord
from photoclip.core.pairs import companions
from photoclip.core.vectors import VectorIndex


class DuplicateActionError(Exception):
    """An action on a group that was refused before anything was touched; the message says why."""


@dataclass
class ActionReport:
    done: list[tuple[PhotoRecord, str | None]] = field(default_factory=list)  # photo, new path (None: trash)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # path, reason
    merged: list[duplicate_merge.CopyMerge] = field(default_factory=list)  # what the keeper got, per copy
    decision_ids: list[int] = field(default_factory=list)

    @property
    def bytes(self) -> int:
        return sum(p.size for p, _ in self.done)


def for_bulk(groups: Iterable[DuplicateGroup]) -> tuple[list[DuplicateGroup], list[DuplicateGroup]]:
    """(groups a "trash/move the others in every group" action may touch, bursts it leaves alone)."""
    groups = list(groups)
    return [g for g in groups if g.kind != "burst"], [g for g in groups if g.kind == "burst"]


def plan_merge(library: Library, group: DuplicateGroup, keeper_id: int | None = None) -> list[
        duplicate_merge.CopyMerge]:
    """What the keeper would receive from each other photo of ``group`` (for a confirmation)."""
    keeper = group.member(group.keeper_id if keeper_id is None else keeper_id)
    return duplicate_merge.plan(library, keeper, group.others(keeper.id))


def trash_others(
    library: Library,
    group: DuplicateGroup,
    keeper_id: int | None = None,
    *,
    trash: Callable[[str], object] | None = None,
    indexes: Iterable[VectorIndex] = (),
    merge: bool = True,
) -> ActionReport:
    """Send every photo of ``group`` but the keeper (default: the suggested one) to the system trash.

    ``trash`` is send2trash's function unless given. Returns what was trashed and what was skipped, and why.
    """
    if trash is None:
        from send2trash import send2trash as system_trash

        trash = system_trash
    put_in_trash = trash

    def act(p: PhotoRecord) -> str | None:
        put_in_trash(p.path)
        return None

    return _act(library, group, keeper_id, "trash", act, list(indexes), merge)


def move_others(
    library: Library,
    group: DuplicateGroup,
    dest: str | os.PathLike[str],
    keeper_id: int | None = None,
    *,
    indexes: Iterable[VectorIndex] = (),
    merge: bool = True,
) -> ActionReport:
    """Move every photo of ``group`` but the keeper into the folder ``dest`` (created if needed).

    A name already taken there gets " (1)", " (2)", … before its extension: nothing is overwritten. ``dest`` may
    not lie inside one of the library's folders, nor in the library's own data folder.
    """
    target = Path(dest).expanduser().resolve()
    if target == library.folder or library.folder in target.parents:
        raise DuplicateActionError(
            f"{target} is inside photoclip's own library folder {library.folder}, which holds its database and "
            "caches (and is never indexed): moved photos would be out of sight there; choose another folder"
        )
    for f in library.folders():
        root = Path(f.path)
        if target == root or root in target.parents:
            raise DuplicateActionError(
                f"{target} is inside the library folder {root}: moved photos would be indexed again and come "
                "back as duplicates; choose a folder outside the library's folders"
            )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DuplicateActionError(f"cannot create {target}: {e.strerror or e}") from e
    return _act(library, group, keeper_id, "move", lambda p: str(_move_without_overwrite(p.path, target)),
                list(indexes), merge)


def mark_not_duplicates(library: Library, group: DuplicateGroup) -> None:
    """Remember that the group's photos are not duplicates of each other: they never share a group again."""
    with library.transaction():
        library.dismiss_pairs(itertools.combinations(group.ids, 2))
        for p in group.members:
            library.record_duplicate_decision("not_duplicates", group.strength, p, None)


def _act(
    library: Library,
    group: DuplicateGroup,
    keeper_id: int | None,
    action: str,
    act: Callable[[PhotoRecord], str | None],
    indexes: list[VectorIndex],
    merge: bool = True,
) -> ActionReport:
    keeper = group.member(group.keeper_id if keeper_id is None else keeper_id)
    if not os.path.isfile(keeper.path):
        raise DuplicateActionError(f"the photo to keep is no longer at {keeper.path}; nothing was done")
    report = ActionReport()
    # Read what each copy carries while it is still there; it is given to the keeper once the copy has gone.
    gifts = {m.copy.id: m for m in duplicate_merge.plan(library, keeper, group.others(keeper.id))} if merge else {}
    batch = uuid.uuid4().hex
    pair_of = companions(library, group.ids)
    for p in group.others(keeper.id):
        reason = _unsafe(p, keeper)
        pair = pair_of.get(p.id)
        if reason is None and pair is not None and p.id in pair.raws:
            jpeg = library.photo(pair.shown)
            reason = (f"the RAW original of {os.path.basename(jpeg.path) if jpeg else 'a JPEG'} beside it "
                      "(a RAW + JPEG pair); photoclip never removes it")
        if reason is None:
            try:
                new_path = act(p)
            except OSError as e:
                reason = f"could not {'move' if action == 'move' else 'trash'} it: {e.strerror or e}"
        if reason is not None:
            report.skipped.append((p.path, reason))
            continue
        # The file is already gone from where it was: forget it at once, so a crash later cannot leave the
        # library pointing at it (and a rescan would forget it anyway).
        with library.transaction():
            # Its id now: what the merge writes next (a place's names) moves SQLite's last inserted row id.
            decision_id = library.record_duplicate_decision(action, group.strength, p, keeper, new_path)
            gift = gifts.get(p.id)
            details: dict[str, object] = {"batch": batch, "kind": group.kind, "merge": merge}
            if gift is not None:
                details.update(duplicate_merge.apply(library, keeper, gift))
                if not gift.empty:
                    report.merged.append(gift)
            duplicate_merge.record_details(library, decision_id, details)
            report.decision_ids.append(decision_id)
            library.delete_photos([p.id])
        for index in indexes:
            index.remove([p.id])
        report.done.append((p, new_path))
    return report


def _unsafe(p: PhotoRecord, keeper: PhotoRecord) -> str | None:
    """Why ``p`` must not be trashed or moved now, or None when it may."""
    try:
        st = os.stat(p.path)
    except FileNotFoundError:
        return "no longer there"
    except OSError as e:
        return f"cannot be read: {e.strerror or e}"
    if st.st_size != p.size or st.st_mtime_ns != p.mtime_ns:
        return "changed since it was indexed; index again first"
    # If samefile cannot stat either path, nothing proves they are one file: treat them as two.
    with contextlib.suppress(OSError):
        if os.path.samefile(p.path, keeper.path):
            return "it is the photo to keep, reached by another path"
    return None


def _move_without_overwrite(src: str, folder: Path) -> Path:
    name = Path(src).name
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in itertools.count():
        candidate = folder / (name if n == 0 else f"{stem} ({n}){suffix}")
        try:
            # A hard link is created only if the name is free, atomically: no check-then-write race.
            os.link(src, candidate)
        except FileExistsError:
            continue
        except OSError:
            # Another file system, or one without hard links: copy into a file we create exclusively.
            if not _copy_exclusive(src, candidate):
                continue
        try:
            os.unlink(src)
        except OSError:
            os.unlink(candidate)  # the photo stays where it was; no second copy is left behind
            raise
        return candidate
    raise AssertionError("unreachable")


def _copy_exclusive(src: str, dst: Path) -> bool:
    """Copy ``src`` to ``dst`` only if no file is there yet (False then); a failed copy leaves nothing behind."""
    try:
        with open(dst, "xb") as out, open(src, "rb") as inp:
            shutil.copyfileobj(inp, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(src, dst)
    except FileExistsError:
        return False  # only "xb" raises this: the name is someone else's file, leave it alone
    except BaseException:
        dst.unlink(missing_ok=True)
        raise
    return True
