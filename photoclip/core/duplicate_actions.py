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

A photo's XMP sidecars (``IMG_1.jpg.xmp``, ``IMG_1.xmp``: the names `photo_words` reads) go with it, to the trash or
to the move's folder under the name that matches the moved photo's, and are recorded with the decision so that an
undo brings them back too. A ``IMG_1.xmp`` that another file beside it still uses (``IMG_1.CR2`` of a RAW + JPEG
pair whose JPEG goes) stays: it goes with the last of them that leaves, and comes back with the first of them
back (see `duplicate_merge.undo`). `sidecar_plan` says beforehand which go and
which stay.

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
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from photoclip.core import duplicate_merge
from photoclip.core.duplicates import DuplicateGroup, is_raw_name
from photoclip.core.library import Library, PhotoRecord
from photoclip.core.pairs import companions
from photoclip.core.photo_words import SIDECAR_EXT, sidecar_paths
from photoclip.core.vectors import VectorIndex

# What acting on one photo did: its new path (None: the trash), (sidecar, its new path) that went with it, and
# (sidecar, why) that could not.
_Acted = tuple[str | None, list[tuple[str, str | None]], list[tuple[str, str]]]


class DuplicateActionError(Exception):
    """An action on a group that was refused before anything was touched; the message says why."""


@dataclass
class ActionReport:
    done: list[tuple[PhotoRecord, str | None]] = field(default_factory=list)  # photo, new path (None: trash)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # path, reason
    merged: list[duplicate_merge.CopyMerge] = field(default_factory=list)  # what the keeper got, per copy
    decision_ids: list[int] = field(default_factory=list)
    # Sidecars that went with their photos (sidecar, new path; None: trash), and ones that stayed (sidecar, why).
    sidecars: list[tuple[str, str | None]] = field(default_factory=list)
    sidecars_kept: list[tuple[str, str]] = field(default_factory=list)

    @property
    def bytes(self) -> int:
        return sum(p.size for p, _ in self.done)


@dataclass(frozen=True)
class Sidecars:
    """A leaving photo's XMP sidecars: those that go with it, and those that stay because another file uses them."""

    go: list[str] = field(default_factory=list)
    stay: list[tuple[str, str]] = field(default_factory=list)  # sidecar, the file beside it that still uses it


def sidecars_of(path: str, gone: Collection[str] = ()) -> Sidecars:
    """The sidecars of ``path`` as it leaves, the files ``gone`` having left before it.

    ``IMG_1.jpg.xmp`` is this photo's alone. ``IMG_1.xmp`` is every ``IMG_1.*`` file's (Lightroom writes one per
    shot, for the RAW and the JPEG beside it): it stays while any of them remains, whether the library knows that
    file or not."""
    folder, name = os.path.split(path)
    out = Sidecars()
    for s in sidecar_paths(path):
        if os.path.splitext(os.path.basename(s))[0] == name:
            out.go.append(s)
            continue
        user = _other_user(folder, os.path.splitext(name)[0], {path, *gone})
        if user is None:
            out.go.append(s)
        else:
            out.stay.append((s, user))
    return out


def _other_user(folder: str, stem: str, leaving: Collection[str]) -> str | None:
    """A file in ``folder`` (not a sidecar, not leaving) whose name without its extension is ``stem``, if any; case
    is ignored, as on the file systems where it does not count."""
    want = stem.casefold()
    try:
        names = os.listdir(folder or ".")
    except OSError:
        return os.path.join(folder, stem)  # cannot tell: count the sidecar as used, so it stays
    gone = {os.path.normcase(os.path.abspath(p)) for p in leaving}
    for n in sorted(names):
        base, ext = os.path.splitext(n)
        if base.casefold() != want or ext.lower() == SIDECAR_EXT:
            continue
        full = os.path.join(folder, n)
        if os.path.normcase(os.path.abspath(full)) not in gone and not os.path.isdir(full):
            return full
    return None


def sidecar_plan(leaving: Iterable[str]) -> dict[str, Sidecars]:
    """What an action does with the sidecars of the photos ``leaving`` (paths, in the order it acts; see `leaving`),
    keyed by the photo's path; photos without sidecars are left out."""
    out: dict[str, Sidecars] = {}
    gone: list[str] = []
    for path in leaving:
        found = sidecars_of(path, gone)
        if found.go or found.stay:
            out[path] = found
        gone.append(path)
    return out


def leaving(library: Library | None, group: DuplicateGroup, keeper_id: int | None = None) -> list[str]:
    """The paths of the photos a trash or move of ``group`` would send away, in order. Without a library (a window's
    thread that does not own it) every RAW file counts as staying: a RAW that shares a sidecar's name with a file
    that goes is that file's pair, which is never removed."""
    keeper = group.member(group.keeper_id if keeper_id is None else keeper_id)
    if library is None:
        return [p.path for p in group.others(keeper.id) if not is_raw_name(p.path)]
    kept = _protected(library, group)
    return [p.path for p in group.others(keeper.id) if p.id not in kept]


def _protected(library: Library, group: DuplicateGroup) -> dict[int, str]:
    """The group's photos photoclip never removes (a RAW paired with a JPEG), each with the reason."""
    out = {}
    for pid, pair in companions(library, group.ids).items():
        if pid in group.ids and pid in pair.raws:
            jpeg = library.photo(pair.shown)
            out[pid] = (f"the RAW original of {os.path.basename(jpeg.path) if jpeg else 'a JPEG'} beside it "
                        "(a RAW + JPEG pair); photoclip never removes it")
    return out


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

    def act(p: PhotoRecord, sidecars: list[str]) -> _Acted:
        put_in_trash(p.path)
        went: list[tuple[str, str | None]] = []
        failed: list[tuple[str, str]] = []
        for s in sidecars:
            try:
                put_in_trash(s)
            except OSError as e:
                failed.append((s, f"could not trash it: {e.strerror or e}"))
            else:
                went.append((s, None))
        return None, went, failed

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

    def act(p: PhotoRecord, sidecars: list[str]) -> _Acted:
        new, went, failed = _move_without_overwrite(p.path, target, sidecars)
        return str(new), [(s, str(n)) for s, n in went], failed

    return _act(library, group, keeper_id, "move", act, list(indexes), merge)


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
    act: Callable[[PhotoRecord, list[str]], _Acted],
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
    protected = _protected(library, group)
    for p in group.others(keeper.id):
        reason = _unsafe(p, keeper) or protected.get(p.id)
        went: list[tuple[str, str | None]] = []
        if reason is None:
            # Read from the disk now, not planned: a file beside it that still uses a shared sidecar keeps it.
            sidecars = sidecars_of(p.path)
            report.sidecars_kept += [(s, f"{os.path.basename(user)} uses it too") for s, user in sidecars.stay]
            # What each sidecar held as it left: an undo tells by it one the user put back by hand.
            digests = {s: duplicate_merge.file_sha256(s) for s in sidecars.go}
            try:
                new_path, went, failed = act(p, sidecars.go)
            except OSError as e:
                reason = f"could not {'move' if action == 'move' else 'trash'} it: {e.strerror or e}"
            else:
                report.sidecars += went
                report.sidecars_kept += failed
        if reason is not None:
            report.skipped.append((p.path, reason))
            continue
        # The file is already gone from where it was: forget it at once, so a crash later cannot leave the
        # library pointing at it (and a rescan would forget it anyway).
        with library.transaction():
            # Its id now: what the merge writes next (a place's names) moves SQLite's last inserted row id.
            decision_id = library.record_duplicate_decision(action, group.strength, p, keeper, new_path)
            gift = gifts.get(p.id)
            details: dict[str, object] = {"batch": batch, "kind": group.kind, "merge": merge,
                                          "sidecars": [{"from": a, "to": b, "sha256": digests.get(a)}
                                                       for a, b in went]}
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


def _move_without_overwrite(src: str, folder: Path, sidecars: Collection[str] = ()) -> tuple[
        Path, list[tuple[str, Path]], list[tuple[str, str]]]:
    """Move ``src`` and its ``sidecars`` into ``folder`` under the first free name (the sidecars' names following
    the photo's: ``IMG_1 (1).jpg`` and ``IMG_1 (1).jpg.xmp``); (new path, (sidecar, new path) moved, sidecars that
    could not be moved, with why)."""
    name = Path(src).name
    stem, suffix = Path(name).stem, Path(name).suffix
    # A shot's IMG_1.xmp describes every IMG_1.* beside it: put where another file has that stem, it would be taken
    # for that file's (someone else's IMG_1.png there) as well as this one's.
    taken: set[str] = set()
    if any(not os.path.basename(s).startswith(name) for s in sidecars):
        with contextlib.suppress(OSError):
            taken = {os.path.splitext(n)[0].casefold() for n in os.listdir(folder)
                     if os.path.splitext(n)[1].lower() != SIDECAR_EXT}
    for n in itertools.count():
        new_name = name if n == 0 else f"{stem} ({n}){suffix}"
        candidate = folder / new_name
        if Path(new_name).stem.casefold() in taken:
            continue
        if not _place(src, candidate):
            continue
        placed: list[tuple[str, Path]] = []
        failed: list[tuple[str, str]] = []
        for s in sidecars:
            base = os.path.basename(s)
            # IMG_1.jpg.xmp follows the photo's whole name, IMG_1.xmp its stem; the extension keeps its case.
            own = base[len(name):] if base.startswith(name) else None
            target = folder / (new_name + own if own is not None else Path(new_name).stem + os.path.splitext(base)[1])
            try:
                free = _place(s, target)
            except OSError as e:  # unreadable: it stays where it is, the photo goes all the same
                failed.append((s, f"could not move it: {e.strerror or e}"))
                continue
            if not free:
                break
            placed.append((s, target))
        else:
            try:
                os.unlink(src)
            except OSError:
                # The photo stays where it was; no second copy of it or its sidecars is left behind.
                for _s, t in [(src, candidate), *placed]:
                    os.unlink(t)
                raise
            for s, t in list(placed):
                try:
                    os.unlink(s)
                except OSError as e:
                    os.unlink(t)
                    placed.remove((s, t))
                    failed.append((s, f"could not move it: {e.strerror or e}"))
            return candidate, placed, failed
        for t in (candidate, *(t for _s, t in placed)):
            os.unlink(t)  # a sidecar's name was taken there: try the next name for all of them
    raise AssertionError("unreachable")


def _place(src: str, candidate: Path) -> bool:
    """Put a copy of ``src`` at ``candidate`` only if the name is free (False when taken)."""
    try:
        # A hard link is created only if the name is free, atomically: no check-then-write race.
        os.link(src, candidate)
    except FileExistsError:
        return False
    except OSError:
        # Another file system, or one without hard links: copy into a file we create exclusively.
        return _copy_exclusive(src, candidate)
    return True


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
