"""Duplicates: the three strengths over real copies of real photographs indexed by the real pipeline, grouping
without chaining, the keeper rule, acting through the real send2trash and moves, "not duplicates", the
migration, exact Hamming search, and the `photoclip duplicates` command."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from photoclip.cli import main
from photoclip.core import duplicate_actions as dup_actions
from photoclip.core import duplicates as dup
from photoclip.core import phash
from photoclip.core.engine import Engine
from photoclip.core.library import DB_NAME, Library, PhotoFields, PhotoRecord
from photoclip.core.schema import MIGRATIONS, SCHEMA_VERSION
from photoclip.core.vectors import VectorIndex
from tests.photos import COPIES, snapshot, write_family

TINY = "photoclip-tiny"
DISTINCT = ("coffee", "rocket", "immunohistochemistry")
# With the tiny model's random weights, copies of a photo sit at cosine >= 0.997 and distinct photos at <= 0.986:
# a meaningful 'similar' threshold for this model only (real CLIP weights are not available offline).
TINY_SIMILAR = 0.995


def index(lib_dir: Path, folder: Path, model_file: Path) -> Engine:
    engine = Engine(lib_dir, model=TINY, model_file=model_file)
    report = engine.index([folder])
    assert not report.skipped, report.skipped
    return engine


def groups_by_path(groups: list[dup.DuplicateGroup]) -> set[frozenset[str]]:
    return {frozenset(p.path for p in g.members) for g in groups}


def ids_of(lib: Library, paths) -> set[int]:
    return {lib.photo_by_path(p).id for p in paths}


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory, tiny_model_file: Path):
    """astronaut and all its copies, chelsea with one byte-identical copy, and distinct photos; indexed once."""
    root = tmp_path_factory.mktemp("dups")
    photos = root / "photos"
    astronaut = write_family(photos, "astronaut")
    chelsea = write_family(photos, "chelsea", ("identical",))
    distinct = [write_family(photos, name, ())["original"] for name in DISTINCT]
    engine = index(root / "library", photos, tiny_model_file)
    yield engine, astronaut, chelsea, distinct
    engine.close()


def test_each_strength_finds_its_copies_and_nothing_else(collection):
    engine, astronaut, chelsea, _distinct = collection
    lib, key = engine.library, engine.active.key
    identical = dup.find_duplicates(lib, key, "identical")
    assert groups_by_path(identical) == {
        frozenset({str(astronaut["original"]), str(astronaut["identical"])}),
        frozenset({str(chelsea["original"]), str(chelsea["identical"])}),
    }
    assert identical[0].evidence["content_hash"] == identical[0].members[0].content_hash

    same = dup.find_duplicates(lib, key, "same")
    assert groups_by_path(same) == {
        frozenset(str(p) for p in astronaut.values()),  # re-encoded, resized, PNG, WebP, cropped, rotated
        frozenset({str(chelsea["original"]), str(chelsea["identical"])}),
    }
    g = next(g for g in same if len(g.members) == len(COPIES) + 1)
    assert g.evidence["threshold"] == phash.SAME_THRESHOLD
    assert 0 < g.evidence["max_distance"] <= phash.SAME_THRESHOLD
    assert set(g.evidence["distance"]) == set(g.ids) - {g.keeper_id}

    similar = dup.find_duplicates(lib, key, "similar", threshold=TINY_SIMILAR)
    assert groups_by_path(similar) == groups_by_path(same)
    g = next(g for g in similar if len(g.members) == len(COPIES) + 1)
    assert g.evidence["min_similarity"] >= TINY_SIMILAR

    # The crop is found through aligned centre regions, whose hashes match far closer than the full frames do:
    # even a tight threshold keeps it, while its full frame is beyond that threshold.
    tight = dup.find_duplicates(lib, key, "same", threshold=2)
    assert frozenset(str(p) for p in astronaut.values()) in groups_by_path(tight)
    crop, original = lib.photo_by_path(astronaut["crop"]), lib.photo_by_path(astronaut["original"])
    assert phash.distance(crop.phash, original.phash) > 2
    stored = phash.stored_region_hashes(lib, [crop])[crop.id]
    assert len(stored) == len(phash.REGION_SCALES) and stored[0] == phash.hash_to_int(crop.phash)


def test_folder_limits_the_scan(collection):
    engine, astronaut, _chelsea, _ = collection
    groups = dup.find_duplicates(engine.library, None, "identical", folder=astronaut["identical"].parent)
    assert groups == []  # the copies folder alone holds no pair
    groups = dup.find_duplicates(engine.library, None, "same", folder=astronaut["original"].parent)
    assert len(groups) == 2


def test_bad_arguments_are_refused(collection):
    lib = collection[0].library
    with pytest.raises(ValueError, match="unknown strength"):
        dup.find_duplicates(lib, None, "alike")
    with pytest.raises(ValueError, match="no threshold"):
        dup.find_duplicates(lib, None, "identical", threshold=3)
    with pytest.raises(ValueError, match="whole number"):
        dup.find_duplicates(lib, None, "same", threshold=4.5)
    with pytest.raises(ValueError, match="cosine"):
        dup.find_duplicates(lib, "m", "similar", threshold=1.5)


def test_a_cancelled_scan_says_so(collection):
    engine = collection[0]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(dup.DuplicateScanCancelled):
        dup.find_duplicates(engine.library, engine.active.key, "similar", cancel=cancel)


def test_the_indexer_stores_hashes_and_older_photos_get_theirs_lazily(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    fam = write_family(photos, "chelsea", ("identical", "q60", "rotated"))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    stored = {p.path: p.phash for p in lib.ok_photos()}
    assert all(h and len(h) == 16 for h in stored.values())
    assert stored[str(fam["identical"])] == stored[str(fam["original"])]  # the twin took its hash over

    # As if indexed before hashes existed: the first scan computes them, reads the files, writes nothing there.
    _forget_hashes(lib)
    before = snapshot(photos)
    seen: list[dup.DuplicateProgress] = []
    groups = dup.find_duplicates(lib, None, "same", progress=seen.append, workers=2)
    assert groups_by_path(groups) == {frozenset(str(p) for p in fam.values())}
    assert seen[-1] == dup.DuplicateProgress("hashing", 4, 4, 0)
    assert {p.path: p.phash for p in lib.ok_photos()} == stored
    assert snapshot(photos) == before

    # A file changed since it was indexed gets no hash from the old row (the indexer redoes it).
    _forget_hashes(lib)
    os.utime(fam["q60"], ns=(1, 1))
    seen.clear()
    groups = dup.find_duplicates(lib, None, "same", progress=seen.append)
    assert seen[-1].skipped == 1 and str(fam["q60"]) not in {p.path for g in groups for p in g.members}

    # A file that no longer decodes (same size and date: a disk error) is tried once, not at every scan.
    st = fam["rotated"].stat()
    fam["rotated"].write_bytes(b"\xff\xd8" + os.urandom(st.st_size - 2))
    os.utime(fam["rotated"], ns=(st.st_atime_ns, st.st_mtime_ns))
    with sqlite3.connect(lib.db_path) as conn:
        conn.execute("UPDATE photos SET phash = NULL WHERE path = ?", (str(fam["rotated"]),))
        conn.execute("DELETE FROM photo_region_hashes")
    # The first scan reads every photo again (regions forgotten); the next only q60, changed since it was indexed.
    for expected in (4, 1):
        seen.clear()
        dup.find_duplicates(lib, None, "same", progress=seen.append)
        assert seen[-1].total == expected
    engine.close()


def test_byte_identical_copies_are_not_decoded_for_their_hashes(tmp_path, tiny_model_file, monkeypatch):
    """A copy (the same content hash) takes the hashes of its original, stored or decoded in the same scan:
    the indexer gives it its original's vector without decoding it, and the first "same" scan does not decode
    it either, nor, in a library indexed before region hashes existed, more than one of its copies."""
    import shutil

    photos = tmp_path / "photos"
    fam = write_family(photos, "chelsea", ("identical", "q60"))
    twin = photos / "chelsea_twin.jpg"
    shutil.copy(fam["original"], twin)
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    decoded: list[str] = []
    real = phash._hash_file

    def counting(p: PhotoRecord) -> list[str] | None:
        decoded.append(p.path)
        return real(p)

    monkeypatch.setattr(phash, "_hash_file", counting)
    same = {frozenset(str(p) for p in (fam["original"], fam["identical"], twin, fam["q60"]))}
    assert groups_by_path(dup.find_duplicates(lib, None, "same")) == same
    assert decoded == []  # the copies took the hashes the indexer stored for their original
    with sqlite3.connect(lib.db_path) as conn:
        conn.execute("DELETE FROM photo_region_hashes")
    _forget_hashes(lib)
    seen: list[dup.DuplicateProgress] = []
    assert groups_by_path(dup.find_duplicates(lib, None, "same", progress=seen.append)) == same
    assert len(decoded) == 2 and str(fam["q60"]) in decoded  # one of the three identical files, and q60
    assert seen[-1] == dup.DuplicateProgress("hashing", 4, 4, 0)
    assert len({p.phash for p in lib.ok_photos() if p.path != str(fam["q60"])}) == 1
    engine.close()


def _forget_hashes(lib: Library) -> None:
    with sqlite3.connect(lib.db_path) as conn:
        conn.execute("UPDATE photos SET phash = NULL")


def _record(i: int, **kw: object) -> PhotoRecord:
    base: dict[str, object] = dict(id=i, folder_id=1, path=f"/p/IMG_{i}.jpg", size=1000, mtime_ns=1,
                                   content_hash=None, width=100, height=100, format="JPEG", orientation=1,
                                   taken_at=None, camera_make=None, camera_model=None, status="ok", error=None,
                                   indexed_at=0.0)
    base.update(kw)
    return PhotoRecord(**base)  # type: ignore[arg-type]


def test_keeper_rule():
    def keeper(*records: PhotoRecord) -> int:
        return dup.suggest_keeper(list(records)).id

    assert keeper(_record(1, size=9000), _record(2, width=200, height=100)) == 2  # resolution first
    assert keeper(_record(1), _record(2, size=2000)) == 2  # then the larger file
    assert keeper(_record(1, taken_at="2021-05-01T10:00:00"), _record(2, taken_at="2020-01-01T10:00:00"),
                  _record(3)) == 2  # then the earliest date taken; no date comes last
    assert keeper(_record(1), _record(2, camera_make="Canon", camera_model="EOS")) == 2  # then richer metadata
    assert keeper(_record(1, path="/p/IMG_1 (1).jpg"), _record(2, path="/p/IMG_1.jpg")) == 2  # copies get suffixes
    assert keeper(_record(5), _record(3)) == 3  # then the photo the library has known longest
    # A RAW is the original, whatever its JPEG export or camera JPEG reports in pixels and bytes.
    assert keeper(_record(1, width=6000, height=4000, size=9000), _record(2, path="/p/DSC_2.NEF", size=10)) == 2


def test_keeper_in_a_real_group_and_choosing_another(collection):
    engine, astronaut, _, _ = collection
    group = next(g for g in dup.find_duplicates(engine.library, None, "same") if len(g.members) > 2)
    # Full resolution is shared by five files; of those the PNG is the largest file.
    assert group.keeper.path == str(astronaut["png"])
    assert group.members[0].id == group.keeper_id
    half = engine.library.photo_by_path(astronaut["half"])
    assert half.id not in {p.id for p in group.others(half.id)} and len(group.others(half.id)) == len(COPIES)
    with pytest.raises(ValueError, match="not in this group"):
        group.others(10**9)


def test_trash_others_uses_the_real_trash_and_updates_library_and_index(tmp_path, tiny_model_file, trash_dir):
    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("identical", "q60", "half"))
    write_family(photos, "coffee", ())
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib, key = engine.library, engine.active.key
    index_before = VectorIndex.open(lib, key)
    (group,) = dup.find_duplicates(lib, key, "same")
    keeper = group.keeper
    others = group.others()
    assert keeper.path == str(fam["original"]) and len(others) == 3

    report = dup_actions.trash_others(lib, group, indexes=[index_before])
    assert report.skipped == [] and {p.id for p, _ in report.done} == {p.id for p in others}
    assert report.bytes == sum(p.size for p in others)
    trashed = sorted(p.name for p in (trash_dir / "files").iterdir())
    assert trashed == sorted(Path(p.path).name for p in others)
    assert all(not Path(p.path).exists() for p in others) and Path(keeper.path).exists()
    assert all(lib.photo(p.id) is None and lib.vector(p.id, key) is None for p in others)
    assert all(p.id not in index_before for p in others)
    assert all(p.id not in VectorIndex.open(lib, key) for p in others)  # the saved index catches up too
    decisions = lib.duplicate_decisions()
    assert {(d.action, d.photo_id, d.path, d.keeper_id, d.keeper_path) for d in decisions} == {
        ("trash", p.id, p.path, keeper.id, keeper.path) for p in others}
    assert dup.find_duplicates(lib, key, "same") == []
    assert engine.index().added == 0  # nothing comes back
    engine.close()


def test_nothing_unsafe_is_touched(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    fam = write_family(photos, "chelsea", ("identical", "q60", "half"))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    (group,) = dup.find_duplicates(lib, None, "same")
    trashed: list[str] = []
    # One copy was edited after indexing, one is already gone: both are reported, neither is trashed.
    fam["q60"].write_bytes(fam["q60"].read_bytes() + b"\0")
    fam["half"].unlink()
    report = dup_actions.trash_others(lib, group, trash=trashed.append)
    assert dict(report.skipped) == {str(fam["q60"]): "changed since it was indexed; index again first",
                                    str(fam["half"]): "no longer there"}
    assert trashed == [str(fam["identical"])]
    # Without its keeper, a group is not acted on at all.
    (group,) = dup.find_duplicates(lib, None, "same")
    Path(group.keeper.path).unlink()
    with pytest.raises(dup_actions.DuplicateActionError, match="no longer at"):
        dup_actions.trash_others(lib, group, trash=trashed.append)
    assert len(trashed) == 1
    engine.close()


def test_the_keeper_reached_by_another_path_is_never_trashed(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    fam = write_family(photos, "rocket", ())
    os.link(fam["original"], photos / "rocket-link.jpg")  # one file, two names
    engine = index(tmp_path / "library", photos, tiny_model_file)
    (group,) = dup.find_duplicates(engine.library, None, "identical")
    trashed: list[str] = []
    report = dup_actions.trash_others(engine.library, group, trash=trashed.append)
    assert trashed == [] and "the photo to keep, reached by another path" in report.skipped[0][1]
    engine.close()


def test_move_others_never_overwrites_and_stays_out_of_library_folders(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("identical", "q60"))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    (group,) = dup.find_duplicates(lib, None, "same")
    with pytest.raises(dup_actions.DuplicateActionError, match="inside the library folder"):
        dup_actions.move_others(lib, group, photos / "dupes")
    assert not (photos / "dupes").exists()

    dest = tmp_path / "review"
    dest.mkdir()
    (dest / "astronaut.jpg").write_bytes(b"someone else's file")
    report = dup_actions.move_others(lib, group, dest)
    moved = {Path(p.path).name: Path(new) for p, new in report.done}
    # The keeper is the original: the largest file at full resolution, and indexed before its twin.
    assert set(moved) == {"astronaut.jpg", "astronaut_q60.jpg"}
    assert moved["astronaut.jpg"] == dest / "astronaut (1).jpg"
    assert (dest / "astronaut.jpg").read_bytes() == b"someone else's file"
    assert moved["astronaut.jpg"].read_bytes() == fam["original"].read_bytes()
    assert not fam["identical"].exists() and not fam["q60"].exists()
    assert [d.destination for d in lib.duplicate_decisions()] == [str(moved[Path(p.path).name])
                                                                for p, _ in report.done]
    assert lib.count_photos()["ok"] == 1
    engine.close()


def test_not_duplicates_is_remembered_at_every_strength(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    fam = write_family(photos, "coffee", ("identical", "q60"))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib, key = engine.library, engine.active.key
    group = dup.find_duplicates(lib, key, "identical")[0]
    dup_actions.mark_not_duplicates(lib, group)
    assert dup.find_duplicates(lib, key, "identical") == []
    # The dismissed pair never shares a group again; the third photo still joins one of them.
    for strength, thr in (("same", None), ("similar", TINY_SIMILAR)):
        (g,) = dup.find_duplicates(lib, key, strength, thr)
        assert len(g.members) == 2 and str(fam["q60"]) in {p.path for p in g.members}
    engine.close()
    with Library(tmp_path / "library") as again:  # remembered in the library, not in memory
        assert dup.find_duplicates(again, key, "identical") == []
        assert {d.action for d in again.duplicate_decisions()} == {"not_duplicates"}


def _library_with_rows(tmp_path: Path, n: int) -> tuple[Library, list[int]]:
    lib = Library(tmp_path / "library")
    folder = lib.add_folder(tmp_path)
    ids = [lib.upsert_photo(PhotoFields(f"{folder.path}/{chr(65 + i)}.jpg", folder.id, 100, 1, f"h{i}", "ok",
                                        width=10, height=10)) for i in range(n)]
    return lib, ids


def test_a_chain_of_similar_photos_does_not_chain_into_one_group(tmp_path):
    lib, ids = _library_with_rows(tmp_path, 26)  # A..Z
    # Each photo turns from the previous one towards a new direction: cosine 0.95 to its neighbours, 0.95² =
    # 0.9025 two steps away, 0.95²⁵ = 0.28 from A to Z.
    v = np.zeros(len(ids), np.float32)
    v[0] = 1.0
    for i, pid in enumerate(ids):
        if i:
            v = 0.95 * v
            v[i] = np.sqrt(1 - 0.95**2)
        lib.put_vector(pid, "m", v)
    groups = dup.find_duplicates(lib, "m", "similar", threshold=0.92)
    assert groups, "neighbours above the threshold must group"
    position = {pid: i for i, pid in enumerate(ids)}
    for g in groups:
        assert g.evidence["min_similarity"] >= 0.92
        # No three in a row are all within 0.92 of each other, so groups are pairs of neighbours.
        a, b = sorted(position[i] for i in g.ids)
        assert b == a + 1
    assert len(groups) >= 9


def test_a_chain_of_hashes_does_not_chain_into_one_group(tmp_path):
    lib, ids = _library_with_rows(tmp_path, 16)
    base = 0x0123456789ABCDEF
    # Each hash 4 bits from the next: two steps apart are within 10 bits, three steps apart are not.
    lib.set_phashes((pid, f"{base ^ ((1 << (4 * i)) - 1):016x}") for i, pid in enumerate(ids))
    groups = dup.find_duplicates(lib, None, "same")
    position = {pid: i for i, pid in enumerate(ids)}
    assert len(groups) >= 4
    for g in groups:
        assert g.evidence["max_distance"] <= phash.SAME_THRESHOLD
        span = sorted(position[i] for i in g.ids)
        assert span[-1] - span[0] <= 2


def test_migration_upgrades_a_version_1_library_without_losing_data(tmp_path):
    db = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    conn.execute("INSERT INTO folders(path, added_at) VALUES ('/photos', 1.0)")
    conn.execute("INSERT INTO photos(folder_id, path, size, mtime_ns, content_hash, width, height, status, "
                 "indexed_at, camera_make) VALUES (1, '/photos/a.jpg', 10, 5, 'abc', 4, 3, 'ok', 2.0, 'Canon')")
    conn.execute("INSERT INTO embeddings(photo_id, model, vector) VALUES (1, 'm', ?)",
                 (np.ones(4, np.float32).tobytes(),))
    conn.execute("INSERT INTO settings(key, value) VALUES ('model', 'm')")
    conn.commit()
    conn.close()
    with Library(tmp_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION >= 2
        rec = lib.photo(1)
        assert (rec.path, rec.size, rec.content_hash, rec.camera_make, rec.phash) == ("/photos/a.jpg", 10, "abc",
                                                                                      "Canon", None)
        assert lib.vector(1, "m").tolist() == [1, 1, 1, 1] and lib.get_setting("model") == "m"
        assert lib.duplicate_decisions() == [] and lib.dismissed_pairs() == set()
    with Library(tmp_path) as lib:  # reopening does not migrate twice
        assert lib.schema_version == SCHEMA_VERSION


def test_multi_index_search_is_exact():
    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**63, size=5000, dtype=np.int64).view(np.uint64)
    flips = np.array([sum(1 << int(b) for b in rng.choice(64, size=rng.integers(0, 14), replace=False))
                      for _ in range(1500)], dtype=np.uint64)
    hashes = np.unique(np.concatenate([base, base[:1500] ^ flips]))
    hashes[:300] &= np.uint64(0xFFFFFFFF0000FFFF)  # a skewed block, as real hashes have
    hashes = np.unique(hashes)
    for t in (0, 3, 7, 10, 12):
        i, j, d = phash.pairs_within(hashes, t)  # > 4096 hashes: the multi-index path
        assert set(zip(i.tolist(), j.tolist(), strict=True)) == _brute(hashes, t), t
        assert (d <= t).all() and (i < j).all()


def _brute(h: np.ndarray, t: int) -> set[tuple[int, int]]:
    out = set()
    for a in range(len(h)):
        d = phash.popcount(h[a] ^ h[a + 1 :])
        out.update((a, a + 1 + int(b)) for b in np.nonzero(d <= t)[0])
    return out


# -- the command line ----------------------------------------------------------------------------------------


@pytest.fixture
def cli_library(tmp_path, tiny_model_file):
    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("identical", "q60", "half"))
    write_family(photos, "rocket", ())
    index(tmp_path / "library", photos, tiny_model_file).close()
    return tmp_path / "library", photos, fam


def test_cli_lists_groups_and_acts_only_with_yes(cli_library, capsys, tmp_path):
    lib_dir, photos, fam = cli_library
    args = ["duplicates", "--library", str(lib_dir)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Group 1: 4 photos, copies: the same picture" in out
    keep_line = next(line for line in out.splitlines() if line.strip().startswith("keep"))
    assert str(fam["original"]) in keep_line and "800×800" in keep_line and "kB" in keep_line
    assert "identical bytes" in out and "3 other copies" in out

    assert main([*args, "--json", "--strength", "identical"]) == 0
    data = json.loads(capsys.readouterr().out)
    (group,) = data["groups"]
    assert {m["path"] for m in group["members"]} == {str(fam["original"]), str(fam["identical"])}
    assert [m["keeper"] for m in group["members"]] == [True, False] and group["members"][0]["width"] == 800

    before = snapshot(photos)
    assert main([*args, "--trash-others"]) == 1
    out = capsys.readouterr().out
    others = sum(p.stat().st_size for k, p in fam.items() if k != "original")
    assert "Would move 3 files" in out and "to the trash" in out and "add --yes" in out
    assert main([*args, "--move-others", str(tmp_path / "review"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["action"] == {"kind": "move", "done": False, "files": 3, "bytes": others, "bursts_skipped": 0,
                              "merge": [], "sidecars": []}
    assert snapshot(photos) == before and not (tmp_path / "review").exists()

    assert main([*args, "--yes"]) == 1
    assert "--yes goes with" in capsys.readouterr().err

    assert main([*args, "--move-others", str(tmp_path / "review"), "--yes"]) == 0
    assert "Moved 3 files" in capsys.readouterr().out
    assert sorted(p.name for p in (tmp_path / "review").iterdir()) == ["astronaut.jpg", "astronaut_half.jpg",
                                                                      "astronaut_q60.jpg"]
    assert main(args) == 0 and "No duplicates found." in capsys.readouterr().out


def test_cli_choose_keeper_pick_groups_and_dismiss(cli_library, capsys, tmp_path):
    lib_dir, _photos, fam = cli_library
    args = ["duplicates", "--library", str(lib_dir), "--strength", "identical"]
    # --keep takes a path (or an id) and makes it its group's keeper; the suggestion stays visible.
    assert main([*args, "--keep", str(fam["identical"]), "--json"]) == 0
    (group,) = json.loads(capsys.readouterr().out)["groups"]
    keeper = next(m for m in group["members"] if m["keeper"])
    assert keeper["path"] == str(fam["identical"]) and group["suggested_keeper"] != group["keeper"]
    assert group["keeper_reason"] == "chosen with --keep" and group["keeper_rule"] == {"rule": "user"}
    assert group["number"] == 1
    assert main([*args, "--keep", str(fam["identical"])]) == 0
    out = capsys.readouterr().out
    assert "(suggested)" in next(line for line in out.splitlines() if str(fam["original"]) in line)

    assert main([*args, "--keep", str(fam["half"])]) == 1
    assert "in none of the groups" in capsys.readouterr().err
    assert main([*args, "--group", "2"]) == 1
    assert "no group 2" in capsys.readouterr().err

    # Trash with a chosen keeper: the original goes, the copy in copies/ stays.
    moved = tmp_path / "review"
    assert main([*args, "--group", "1", "--keep", str(fam["identical"]), "--move-others", str(moved), "--yes"]) == 0
    capsys.readouterr()
    assert fam["identical"].exists() and not fam["original"].exists()
    assert [p.name for p in moved.iterdir()] == ["astronaut.jpg"]

    # "Not duplicates" needs --yes, then the group never comes back.
    same = ["duplicates", "--library", str(lib_dir)]
    assert main([*same, "--not-duplicates"]) == 1
    assert "add --yes" in capsys.readouterr().out
    assert main([*same, "--not-duplicates", "--group", "1", "--yes"]) == 0
    assert "Remembered 1 group(s)" in capsys.readouterr().out
    assert main(same) == 0 and "No duplicates found." in capsys.readouterr().out
    assert all(p.exists() for k, p in fam.items() if k != "original")


@pytest.mark.skipif(sys.platform != "linux", reason="send2trash honours XDG_DATA_HOME on Linux only")
def test_cli_trash_others_with_yes_goes_to_the_real_trash(cli_library, tmp_path):
    lib_dir, _photos, fam = cli_library
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    (tmp_path / "xdg").mkdir()
    cmd = [sys.executable, "-m", "photoclip.cli", "duplicates", "--library", str(lib_dir), "--trash-others",
           "--yes"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert "Moved 3 files" in done.stdout and "to the trash" in done.stdout
    trashed = sorted(p.name for p in (tmp_path / "xdg" / "Trash" / "files").iterdir())
    assert trashed == sorted(p.name for k, p in fam.items() if k != "original")
    assert fam["original"].exists()


# -- bursts, merge, undo ----------------------------------------------------------------------------------------


def write_burst(folder: Path, name: str, sharp: int, frames: int = 3) -> list[Path]:
    """A burst: frames one second apart from one camera, drifting a few pixels, all but ``sharp`` blurred."""
    from PIL import Image, ImageFilter

    from tests.photos import _camera

    folder.mkdir(parents=True, exist_ok=True)
    img = _camera(name)
    w, h = img.size
    out = []
    for k in range(frames):
        frame = img.crop((4 * k, 2 * k, w - 20 + 4 * k, h - 10 + 2 * k))
        if k != sharp:
            frame = frame.filter(ImageFilter.GaussianBlur(2.0))
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "TestCam", "T1"
        exif.get_ifd(0x8769)[0x9003] = f"2024:05:01 10:00:{10 + k:02d}"
        frame.save(p := folder / f"{name}_burst{k}.jpg", quality=92, exif=exif.tobytes())
        out.append(p)
    return out


def test_a_burst_is_labelled_keeps_its_sharpest_frame_and_is_never_bulk_trashed(tmp_path, tiny_model_file, capsys,
                                                                                  trash_dir):
    photos = tmp_path / "photos"
    frames = write_burst(photos, "chelsea", sharp=1)
    fam = write_family(photos, "astronaut", ("q60",))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    groups = {g.kind: g for g in dup.find_duplicates(engine.library, None, "same")}
    burst, copies = groups["burst"], groups["copies"]
    assert {p.path for p in burst.members} == {str(f) for f in frames}
    assert burst.keeper.path == str(frames[1]) and burst.label == "burst of 3, 2 s"
    assert burst.keeper_reason["rule"] == "sharpest" and burst.keeper_reason["ratio"] > 1.5
    assert burst.keeper_reason["text"].startswith("sharpest: ") and "x the focus measure of the next" in \
        burst.keeper_reason["text"]
    assert copies.label == "copies" and copies.keeper.path == str(fam["original"])
    assert copies.keeper_reason["rule"] == "resolution" or copies.keeper_reason["rule"] == "size"
    engine.close()

    lib_args = ["--library", str(tmp_path / "library"), "--model", TINY, "--model-file", str(tiny_model_file)]
    assert main(["duplicates", "--json", *lib_args]) == 0
    listed = json.loads(capsys.readouterr().out)["groups"]
    by_kind = {g["kind"]: g for g in listed}
    assert by_kind["burst"]["label"] == "burst of 3, 2 s"
    assert by_kind["burst"]["keeper_reason"] == burst.keeper_reason["text"]
    assert by_kind["copies"]["keeper_reason"] == copies.keeper_reason["text"]
    # "Trash the others in every group" leaves the burst alone ...
    assert main(["duplicates", "--trash-others", "--yes", "--json", *lib_args]) == 0
    action = json.loads(capsys.readouterr().out)["action"]
    assert action["bursts_skipped"] == 1 and action["files"] == 1
    assert all(f.exists() for f in frames) and not fam["q60"].exists()
    # ... unless the user names it.
    number = next(g["number"] for g in listed if g["kind"] == "burst")
    number -= sum(g["kind"] == "copies" and g["number"] < number for g in listed)  # the copies group is gone
    assert main(["duplicates", "--trash-others", "--yes", "--group", str(number), *lib_args]) == 0
    capsys.readouterr()
    assert [f.exists() for f in frames] == [False, True, False]


@pytest.fixture
def tagged_copies(tmp_path, tiny_model_file):
    """astronaut and a re-encoded copy; the copy carries a yes, a no and keywords in its sidecar."""
    from photoclip.core import tag_store

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60",))
    fam["q60"].with_suffix(".xmp").write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:subject><rdf:Bag><rdf:li>Space</rdf:li>'
        '<rdf:li>NASA</rdf:li></rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>')
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    kinds = tag_store.create_set(lib, "kinds", "multi", ["portrait", "flag", "cat"])
    label = {lab.name: lab.id for lab in kinds.labels}
    keeper, copy = lib.photo_by_path(fam["original"]), lib.photo_by_path(fam["q60"])
    tag_store.decide(lib, [copy.id], label["portrait"], True)
    tag_store.decide(lib, [copy.id], label["cat"], False)
    tag_store.decide(lib, [keeper.id], label["flag"], True)
    tag_store.decide(lib, [copy.id], label["flag"], False)  # the keeper's own word wins
    yield engine, fam, label, keeper, copy
    engine.close()


def _decided(lib: Library, photo_id: int) -> dict[int, bool]:
    return {r[0]: bool(r[1]) for r in lib.db.execute(
        "SELECT label_id, accepted FROM tag_decisions WHERE photo_id = ?", (photo_id,))}


def test_trash_merges_tags_and_words_into_the_keeper_and_undo_puts_everything_back(tagged_copies, trash_dir):
    from photoclip.core import duplicate_merge

    engine, fam, label, keeper, copy = tagged_copies
    lib = engine.library
    (group,) = dup.find_duplicates(lib, None, "same")
    (plan,) = dup_actions.plan_merge(lib, group)
    assert {(lid, acc) for lid, acc, _ in plan.tags} == {(label["portrait"], True), (label["cat"], False)}
    assert plan.words == {"keywords": ["Space", "NASA"]}
    assert duplicate_merge.describe([plan]).startswith("2 tag decision(s), 2 keyword(s)")
    report = dup_actions.trash_others(lib, group)
    assert [p.id for p, _ in report.done] == [copy.id] and not fam["q60"].exists()
    assert _decided(lib, keeper.id) == {label["flag"]: True, label["portrait"]: True, label["cat"]: False}
    assert duplicate_merge.merged_into(lib)[keeper.id].words["keywords"] == ["Space", "NASA"]
    # The copy's keywords reach the keeper's sidecar when (and only when) the user exports XMP.
    from photoclip.core import xmp

    sidecar = xmp.sidecar_path(fam["original"])
    assert not sidecar.exists()
    statements: list[str] = []
    lib.db.set_trace_callback(statements.append)
    try:
        assert xmp.export_sidecars(lib, [keeper.id]).written == [str(sidecar)]
    finally:
        lib.db.set_trace_callback(None)
    # One read of the decisions gives the export every keeper's words, rating and position.
    assert sum("FROM duplicate_decisions" in s for s in statements) == 1
    assert {"Space", "NASA", "portrait", "flag"} == set(xmp.read_keywords(sidecar)[0])
    sidecar.unlink()
    details = duplicate_merge.details_of(lib, report.decision_ids[0])
    assert details["merged"]["from"] == copy.path and details["merged"]["to"] == keeper.path

    undone = duplicate_merge.undo(lib)
    assert undone.restored == [copy.path] and undone.failed == []
    assert fam["q60"].read_bytes() and not list((trash_dir / "files").iterdir())
    assert _decided(lib, keeper.id) == {label["flag"]: True}  # as it was before the merge
    assert keeper.id not in duplicate_merge.merged_into(lib)
    assert engine.index().added == 1  # the copy is back, with its own decisions (by content hash)
    back = lib.photo_by_path(fam["q60"])
    assert _decided(lib, back.id) == {label["portrait"]: True, label["cat"]: False, label["flag"]: False}
    with pytest.raises(duplicate_merge.UndoError):
        duplicate_merge.undo(lib, report.decision_ids[0])  # undone already


def test_no_merge_leaves_the_keeper_as_it_was_and_the_cli_says_what_merges(tagged_copies, tiny_model_file, capsys,
                                                                           trash_dir):
    engine, fam, label, keeper, copy = tagged_copies
    lib_args = ["--library", str(engine.library.folder), "--model", TINY, "--model-file", str(tiny_model_file)]
    assert main(["duplicates", "--trash-others", *lib_args]) == 1
    out = capsys.readouterr().out
    assert "Before they go, 2 tag decision(s), 2 keyword(s)/title(s)/description(s) from 1 copy(ies) will be " \
           "merged into the keeper (--no-merge: do not)." in out
    assert main(["duplicates", "--trash-others", "--yes", "--no-merge", "--json", *lib_args]) == 0
    action = json.loads(capsys.readouterr().out)["action"]
    assert action["merge"] == [] and action["files"] == 1
    assert _decided(engine.library, keeper.id) == {label["flag"]: True}
    assert main(["duplicates", "--undo", *lib_args]) == 0
    assert f"Restored {copy.path}" in capsys.readouterr().out and fam["q60"].exists()


_RATED_GPS = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmp:Rating="4" exif:GPSLatitude="38,43.5054N" '
    'exif:GPSLongitude="9,8.988W"><dc:subject><rdf:Bag><rdf:li>Lisboa</rdf:li></rdf:Bag></dc:subject>'
    '</rdf:Description></rdf:RDF></x:xmpmeta>')


def test_rating_and_location_found_only_in_the_copy_merge_through_the_cli_export_and_undo(
        tmp_path, tiny_model_file, capsys, trash_dir):
    """The copy's sidecar holds 4 stars, a position in Lisbon and a keyword; the keeper has none of them."""
    from photoclip.core import duplicate_merge, gps, xmp

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60",))
    fam["q60"].with_suffix(".xmp").write_text(_RATED_GPS)
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    keeper, copy = lib.photo_by_path(fam["original"]), lib.photo_by_path(fam["q60"])
    assert engine.places.of_photo(keeper.id) is None
    lisbon = engine.places.of_photo(copy.id)
    assert lisbon is not None and lisbon.label and "Lisbon" in lisbon.label
    engine.close()
    lib_args = ["--library", str(tmp_path / "library"), "--model", TINY, "--model-file", str(tiny_model_file)]

    assert main(["duplicates", "--trash-others", *lib_args]) == 1
    assert "Before they go, 1 keyword(s)/title(s)/description(s), rating, location from 1 copy(ies) will be merged " \
           "into the keeper (--no-merge: do not)." in capsys.readouterr().out
    assert main(["duplicates", "--trash-others", "--yes", "--json", *lib_args]) == 0
    (merge,) = json.loads(capsys.readouterr().out)["action"]["merge"]
    assert merge["rating"] == 4 and merge["words"] == {"keywords": ["Lisboa"]}
    assert merge["location"]["place"] == lisbon.label and round(merge["location"]["lat"], 4) == 38.7251

    with Library(tmp_path / "library") as lib:
        from photoclip.core.photo_places import LibraryPlaces
        from photoclip.core.word_index import photos_at

        assert LibraryPlaces(lib).of_photo(keeper.id) == lisbon  # the keeper is now where the copy was taken
        assert keeper.id in photos_at(lib, "Lisbon")  # and found by the place's name
        (decision,) = duplicate_merge.undoable(lib)
        details = duplicate_merge.details_of(lib, decision[0])
        assert details["merged"]["rating"] == 4 and details["merged"]["from"] == copy.path
        assert details["keeper_place_before"]["row"] is not None and details["keeper_place_before"]["row"][0] is None
    # The export writes the rating and the position into the keeper's sidecar, beside the keyword.
    assert main(["xmp", *lib_args]) == 0
    capsys.readouterr()
    sidecar = xmp.sidecar_path(fam["original"])
    packet = sidecar.read_bytes()
    assert b"<xmp:Rating>4</xmp:Rating>" in packet and "Lisboa" in xmp.read_keywords(sidecar)[0]
    position = gps.from_xmp(packet)
    assert position is not None and abs(position[0] - lisbon.lat) < 1e-5 and abs(position[1] - lisbon.lon) < 1e-5
    sidecar.unlink()

    assert main(["duplicates", "--undo", *lib_args]) == 0
    capsys.readouterr()
    assert fam["q60"].exists()
    with Library(tmp_path / "library") as lib:
        from photoclip.core.word_index import photos_at

        assert LibraryPlaces(lib).of_photo(keeper.id) is None  # no position, as before
        assert keeper.id not in photos_at(lib, "Lisbon")
        assert keeper.id not in duplicate_merge.merged_into(lib)


def test_the_keepers_own_rating_and_location_win_and_the_highest_rated_copy_gives_its_stars():
    from photoclip.core.duplicate_merge import Carried, Place, describe, plan_from
    from photoclip.core.library import PhotoRecord

    def rec(pid: int) -> PhotoRecord:
        return PhotoRecord(pid, 1, f"/p/{pid}.jpg", 1, 1, None, None, None, None, None, None, None, None, "ok", None,
                           0.0)

    keeper, a, b = rec(1), rec(2), rec(3)
    here, there = Place(1.0, 2.0), Place(3.0, 4.0, label="There")
    carry = {1: Carried(), 2: Carried(rating=2, place=there), 3: Carried(rating=5, place=here)}
    ma, mb = plan_from(carry, keeper, [a, b])
    assert (ma.rating, mb.rating) == (None, 5) and (ma.place, mb.place) == (there, None)
    assert describe([ma, mb]) == "rating, location from 2 copy(ies) will be merged into the keeper"
    carry[1] = Carried(rating=3, place=here)
    assert all(m.empty for m in plan_from(carry, keeper, [a, b]))


def _straighten(img, degrees: float):
    """An editor's straightening: rotate, crop to the largest upright rectangle of the same shape, resize back."""
    import math

    from PIL import Image

    w, h = img.size
    t = math.radians(abs(degrees))
    inside = 1 / (math.cos(t) + math.sin(t) * max(w / h, h / w))
    dx, dy = round(w * (1 - inside) / 2), round(h * (1 - inside) / 2)
    turned = img.rotate(degrees, Image.Resampling.BICUBIC)
    return turned.crop((dx, dy, w - dx, h - dy)).resize((w, h), Image.Resampling.LANCZOS)


def test_copies_straightened_in_opposite_directions_share_a_group_confirmed_by_features(tmp_path, tiny_model_file):
    """'brick' straightened by +1 and -2 degrees: each matches the original by region hashes, not each other (3
    degrees apart); matched features confirm that pair, so complete linkage keeps all three together."""
    from photoclip.core.features import FeatureMatcher
    from tests.photos import _camera

    photos = tmp_path / "photos"
    photos.mkdir()
    img = _camera("brick")
    img.save(photos / "brick.jpg", quality=92)
    _straighten(img, 1.0).save(photos / "brick_rot1.jpg", quality=92)
    _straighten(img, -2.0).save(photos / "brick_rot2.jpg", quality=92)
    _camera("chelsea").save(photos / "chelsea.jpg", quality=92)
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    names = {p.id: os.path.basename(p.path) for p in lib.ok_photos()}
    without = dup.find_duplicates(lib, None, "same", features=False)
    assert [sorted(names[i] for i in g.ids) for g in without] in (
        [["brick.jpg", "brick_rot1.jpg"]], [["brick.jpg", "brick_rot2.jpg"]])
    (group,) = dup.find_duplicates(lib, None, "same")
    assert sorted(names[i] for i in group.ids) == ["brick.jpg", "brick_rot1.jpg", "brick_rot2.jpg"]
    (pair,) = group.evidence["confirmed_by_features"]
    assert {names[i] for i in pair} == {"brick_rot1.jpg", "brick_rot2.jpg"}
    # The check itself: a crop or straightening is one picture; another photograph, or a quarter of this one
    # enlarged, is not.
    matcher = FeatureMatcher()
    quarter = photos.parent / "quarter.jpg"
    img.crop((0, 0, img.width // 2, img.height // 2)).resize(img.size).save(quarter, quality=92)
    assert matcher.same_picture(photos / "brick_rot1.jpg", photos / "brick_rot2.jpg")
    assert not matcher.same_picture(photos / "brick.jpg", photos / "chelsea.jpg")
    assert not matcher.same_picture(photos / "brick.jpg", quarter)
    engine.close()


def _before_places(lib_dir: Path) -> None:
    """Bring a library back to where migration 8 left one indexed before places existed (the state it stays in
    until the words catch-up after the next index run): no photo read for its position, no place names known."""
    with Library(lib_dir) as lib, lib.transaction():
        lib.db.execute("DELETE FROM photo_places")
        lib.db.execute("UPDATE words_fts SET place = ''")
        lib.db.execute("DELETE FROM place_names")
        # A contentless FTS5 table forgets its rows only by being made again, as migration 11 makes it.
        lib.db.execute("DROP TABLE place_names_fts")
        lib.db.execute("CREATE VIRTUAL TABLE place_names_fts USING fts5(names, content = '', "
                       "tokenize = \"porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'\")")


_COPY_SIDECAR = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmp:Rating="5"><dc:subject><rdf:Bag><rdf:li>Azulejo</rdf:li></rdf:Bag></dc:subject>'
    '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Miradouro sunset</rdf:li></rdf:Alt></dc:title>'
    '</rdf:Description></rdf:RDF></x:xmpmeta>')


def test_the_merge_end_to_end_from_the_command_line_on_real_jpegs(tmp_path, tiny_model_file, capsys, trash_dir,
                                                                  monkeypatch):
    """A real JPEG and its copy re-encoded at quality 60 with a GPS position (Lisbon) in its EXIF, a keyword, a
    title and 5 stars in its XMP sidecar, and two tag decisions; the keeper has none of these. The library has not
    read anyone's position yet. After `duplicates --trash-others --yes` the keeper is found by the copy's keyword,
    title and place (typed as ``place:`` and as a word), shows the place, has the copy's decisions and, in the
    export, its rating; no photo and no sidecar was written until the user exported; an undo takes it all back."""
    from PIL import Image

    from photoclip.core import duplicate_merge, gps, xmp
    from photoclip.core.photo_places import LibraryPlaces
    from tests.photos import snapshot
    from tests.test_places import gps_exif

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60",))
    keeper_path, copy_path = fam["original"], fam["q60"]
    with Image.open(keeper_path) as im:
        im.save(copy_path, quality=60, exif=gps_exif(38.7076, -9.1365).tobytes())
    copy_path.with_suffix(".xmp").write_text(_COPY_SIDECAR)
    lib_dir = tmp_path / "library"
    lib_args = ["--library", str(lib_dir), "--model", TINY, "--model-file", str(tiny_model_file)]

    def run(*args: str) -> tuple[int, str]:
        code = main([*args, *lib_args])
        return code, capsys.readouterr().out

    def found(query: str) -> set[str]:
        """The photos the query finds by what they carry (the tiny model's random pictures are no evidence; a
        filter alone, ``place:lisbon``, lists its photos without reasons)."""
        code, out = run("search", query, "--all", "--json")
        assert code == 0, out
        return {r["path"] for r in json.loads(out)["results"] if ":" in query or set(r["why"]) - {"picture"}}

    assert run("index", str(photos))[0] == 0
    assert run("labels", "add", "kinds", "portrait", "cat", "flag", "--multi")[0] == 0
    assert run("tags", str(copy_path), "--accept", "kinds:portrait", "--reject", "kinds:cat")[0] == 0
    assert run("tags", str(keeper_path), "--accept", "kinds:flag")[0] == 0
    _before_places(lib_dir)
    assert found("Azulejo") == {str(copy_path)} and found("place:lisbon") == set()
    untouched = snapshot(photos)

    # The place is looked up while no one holds the library's write lock (the gazetteer's first load takes ~1 s).
    from photoclip.core import places

    real_gazetteer, lookups = places.gazetteer, []

    def gazetteer() -> places.Gazetteer:
        probe = sqlite3.connect(lib_dir / DB_NAME, timeout=0)
        try:
            probe.execute("BEGIN IMMEDIATE")  # fails at once ("database is locked") inside a write transaction
            probe.rollback()
            lookups.append("unlocked")
        except sqlite3.OperationalError as e:
            lookups.append(str(e))
        finally:
            probe.close()
        return real_gazetteer()

    monkeypatch.setattr(places, "gazetteer", gazetteer)
    code, out = run("duplicates", "--trash-others", "--json")  # asks first, and says what will move
    assert code == 1
    (plan,) = json.loads(out)["action"]["merge"]
    assert plan["rating"] == 5 and plan["words"] == {"keywords": ["Azulejo"], "title": ["Miradouro sunset"]}
    assert "Lisbon" in plan["location"]["place"]  # named before the user says yes, not only after
    code, out = run("duplicates", "--trash-others", "--yes", "--json")
    assert code == 0, out
    assert json.loads(out)["action"]["files"] == 1 and not copy_path.exists()
    assert lookups and set(lookups) == {"unlocked"}
    monkeypatch.setattr(places, "gazetteer", real_gazetteer)

    # Nothing was written into or beside the keeper: the only change in the folder is the copy gone to the trash,
    # its sidecar with it.
    assert snapshot(photos) == {p: v for p, v in untouched.items()
                                if p not in (str(copy_path), str(copy_path.with_suffix(".xmp")))}
    assert found("Azulejo") == {str(keeper_path)} and found("miradouro") == {str(keeper_path)}
    assert found("place:lisbon") == {str(keeper_path)} and found("place:lisboa") == {str(keeper_path)}
    assert found("lisbon") == {str(keeper_path)}  # a place name typed as a plain word
    with Library(lib_dir) as lib:
        keeper = lib.photo_by_path(keeper_path)
        where = LibraryPlaces(lib).of_photo(keeper.id)
        assert where is not None and where.label is not None and where.label.startswith("Lisbon")
        assert (round(where.lat, 4), round(where.lon, 4)) == (38.7076, -9.1365)
        assert where.label in dict(LibraryPlaces(lib).counts())  # the places filter offers it
        given = duplicate_merge.merged_into(lib)[keeper.id]
        assert given.rating == 5 and given.words["keywords"] == ["Azulejo"]
    code, out = run("tags", str(keeper_path), "--json")
    decided = {t["label"]: t["decision"] for t in json.loads(out)["tags"] if t["decision"] is not None}
    assert decided == {"portrait": True, "cat": False, "flag": True}

    # Undo: the copy is back with its own words and place, the keeper as it was.
    assert run("duplicates", "--undo")[0] == 0 and copy_path.exists()
    assert found("Azulejo") == {str(copy_path)} and found("miradouro") == {str(copy_path)}
    assert found("place:lisbon") == {str(copy_path)}
    code, out = run("tags", str(keeper_path), "--json")
    assert {t["label"]: t["decision"] for t in json.loads(out)["tags"] if t["decision"] is not None} == {"flag": True}
    assert snapshot(photos) == untouched

    # Again, and this time the user exports: the keeper's sidecar (never the photo) gets what the copy carried.
    assert run("duplicates", "--trash-others", "--yes")[0] == 0
    assert run("xmp")[0] == 0
    sidecar = xmp.sidecar_path(keeper_path)
    packet = sidecar.read_bytes()
    assert b"<xmp:Rating>5</xmp:Rating>" in packet and "Azulejo" in xmp.read_keywords(sidecar)[0]
    assert "portrait" in xmp.read_keywords(sidecar)[0] and "cat" not in xmp.read_keywords(sidecar)[0]
    position = gps.from_xmp(packet)
    assert position is not None and abs(position[0] - 38.7076) < 1e-5 and abs(position[1] + 9.1365) < 1e-5
    assert keeper_path.read_bytes() == untouched[str(keeper_path)][0]
    assert keeper_path.stat().st_mtime_ns == untouched[str(keeper_path)][1]


def _keywords_sidecar(*keywords: str, position: str = "") -> str:
    return ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
            f'xmlns:exif="http://ns.adobe.com/exif/1.0/" {position}><dc:subject><rdf:Bag>'
            f'{"".join(f"<rdf:li>{k}</rdf:li>" for k in keywords)}</rdf:Bag></dc:subject></rdf:Description>'
            '</rdf:RDF></x:xmpmeta>')


def test_an_undo_takes_back_only_what_the_merge_left_on_the_keeper(tmp_path, tiny_model_file, trash_dir):
    """Two copies give the keeper their keywords, one also its position and a tag decision. Undoing the first copy
    alone leaves what the second gave; the keeper's own words and position read since, and a decision the user made
    since, survive undoing the second."""
    from photoclip.core import duplicate_merge, tag_store
    from photoclip.core.photo_places import LibraryPlaces

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60", "half"))
    fam["q60"].with_suffix(".xmp").write_text(_keywords_sidecar("Azulejo"))
    fam["half"].with_suffix(".xmp").write_text(
        _keywords_sidecar("Tram", position='exif:GPSLatitude="38,42.456N" exif:GPSLongitude="9,8.19W"'))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    kinds = tag_store.create_set(lib, "kinds", "multi", ["portrait", "cat"])
    portrait = next(lab.id for lab in kinds.labels if lab.name == "portrait")
    keeper = lib.photo_by_path(fam["original"])
    tag_store.decide(lib, [lib.photo_by_path(fam["half"]).id], portrait, True)

    def keywords(word: str) -> set[int]:
        return {r[0] for r in lib.db.execute("SELECT rowid FROM words_fts WHERE words_fts MATCH ?",
                                             (f"keywords : {word}",))}

    (group,) = dup.find_duplicates(lib, None, "same")
    report = dup_actions.trash_others(lib, group, keeper.id)
    assert len(report.done) == 2 and keywords("azulejo") == keywords("tram") == {keeper.id}
    by_copy = {duplicate_merge.details_of(lib, d)["merged"]["from"]: d for d in report.decision_ids}

    # The first copy back: its keyword leaves the keeper, the second copy's stays.
    assert duplicate_merge.undo(lib, by_copy[str(fam["q60"])]).restored == [str(fam["q60"])]
    assert keywords("azulejo") == set() and keywords("tram") == {keeper.id}

    # The keeper is geotagged and keyworded in another program, and its words are read again; the user says
    # "no portrait" on it. Undoing the second copy takes nothing of that away.
    xmp_side = fam["original"].with_suffix(".xmp")
    xmp_side.write_text(_keywords_sidecar("Harbour", position='exif:GPSLatitude="48,51.5N" exif:GPSLongitude="2,21E"'))
    engine.index()
    assert keywords("harbour") == {keeper.id}
    paris = LibraryPlaces(lib).of_photo(keeper.id)
    assert paris is not None and paris.label is not None and paris.label.startswith("Paris")
    tag_store.decide(lib, [keeper.id], portrait, False)
    assert duplicate_merge.undo(lib, by_copy[str(fam["half"])]).restored == [str(fam["half"])]
    assert keywords("harbour") == {keeper.id}
    assert LibraryPlaces(lib).of_photo(keeper.id) == paris
    assert _decided(lib, keeper.id) == {portrait: False}
    engine.close()


def test_what_a_keeper_was_given_goes_on_when_it_leaves_as_a_copy_in_turn(tmp_path, tiny_model_file, trash_dir):
    """A (keyword, 4 stars, a title) merges into B; later B leaves as a copy of C: C gets what A gave B, once."""
    from photoclip.core import duplicate_merge, xmp

    photos, aside = tmp_path / "photos", tmp_path / "aside"
    fam = write_family(photos, "astronaut", ("q60", "half"))
    fam["q60"].with_suffix(".xmp").write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmp:Rating="4"><dc:subject><rdf:Bag><rdf:li>Azulejo</rdf:li></rdf:Bag></dc:subject></rdf:Description>'
        '</rdf:RDF></x:xmpmeta>')
    aside.mkdir()
    c_path = aside / fam["original"].name
    fam["original"].rename(c_path)  # C joins the library later
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    a, b = lib.photo_by_path(fam["q60"]), lib.photo_by_path(fam["half"])
    (group,) = dup.find_duplicates(lib, None, "same")
    assert [m.words for m in dup_actions.trash_others(lib, group, b.id).merged] == [{"keywords": ["Azulejo"]}]
    assert a.id not in {p.id for p in lib.ok_photos()}

    c_path.rename(fam["original"])
    engine.index()
    c = lib.photo_by_path(fam["original"])
    (group,) = dup.find_duplicates(lib, None, "same")
    assert {p.id for p in group.members} == {b.id, c.id}
    (plan,) = dup_actions.plan_merge(lib, group, c.id)
    assert plan.words == {"keywords": ["Azulejo"]} and plan.rating == 4
    dup_actions.trash_others(lib, group, c.id)
    given = duplicate_merge.merged_into(lib)
    assert given[c.id].words["keywords"] == ["Azulejo"] and given[c.id].rating == 4
    assert {r[0] for r in lib.db.execute("SELECT rowid FROM words_fts WHERE words_fts MATCH 'keywords : azulejo'")} \
        == {c.id}
    assert xmp.export_sidecars(lib, [c.id]).written == [str(xmp.sidecar_path(fam["original"]))]
    assert xmp.read_keywords(xmp.sidecar_path(fam["original"]))[0] == ["Azulejo"]
    engine.close()


def test_what_a_merge_gave_stays_findable_when_the_keepers_own_words_are_read_again(tmp_path, tiny_model_file,
                                                                                    capsys, trash_dir):
    """The keeper's own words are read again when its sidecar changes (here: the user adds a keyword in another
    program). The copy's keyword and place were lost from the search then; they stay, beside the new keyword. An
    undo after that re-read leaves the keeper found by its own words only, after the next index run."""
    from PIL import Image

    from photoclip.core.photo_places import LibraryPlaces
    from tests.test_places import gps_exif

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60",))
    keeper_path, copy_path = fam["original"], fam["q60"]
    with Image.open(keeper_path) as im:
        im.save(copy_path, quality=60, exif=gps_exif(38.7076, -9.1365).tobytes())
    copy_path.with_suffix(".xmp").write_text(_COPY_SIDECAR)
    lib_args = ["--library", str(tmp_path / "library"), "--model", TINY, "--model-file", str(tiny_model_file)]

    def run(*args: str) -> tuple[int, str]:
        code = main([*args, *lib_args])
        return code, capsys.readouterr().out

    def found(query: str) -> set[str]:
        code, out = run("search", query, "--all", "--json")
        assert code == 0, out
        return {r["path"] for r in json.loads(out)["results"] if ":" in query or set(r["why"]) - {"picture"}}

    assert run("index", str(photos))[0] == 0
    assert run("duplicates", "--trash-others", "--yes")[0] == 0
    assert found("Azulejo") == {str(keeper_path)} and found("place:lisbon") == {str(keeper_path)}

    keeper_path.with_suffix(".xmp").write_text(_keywords_sidecar("Tejo"))  # its own words change
    assert run("index", str(photos))[0] == 0
    assert found("Tejo") == {str(keeper_path)}  # read again...
    assert found("Azulejo") == {str(keeper_path)} and found("miradouro") == {str(keeper_path)}  # ...gifts kept
    assert found("place:lisbon") == {str(keeper_path)}
    with Library(tmp_path / "library") as lib:
        where = LibraryPlaces(lib).of_photo(lib.photo_by_path(keeper_path).id)
        assert where is not None and where.label is not None and where.label.startswith("Lisbon")

    assert run("duplicates", "--undo")[0] == 0 and copy_path.exists()
    assert run("index", str(photos))[0] == 0
    assert found("Tejo") == {str(keeper_path)}
    assert found("Azulejo") == {str(copy_path)} and found("place:lisbon") == {str(copy_path)}


# -- sidecars go with their photos ------------------------------------------------------------------------------


def _sidecar_family(photos: Path) -> dict[str, Path]:
    """astronaut and three copies: astronaut_q60.jpg with digiKam's ``.jpg.xmp``, astronaut_half.jpg with
    Lightroom's ``.xmp``, and shots/IMG_1.jpg, the JPEG of a RAW + JPEG pair (a real DNG beside it) whose shared
    ``IMG_1.xmp`` the DNG still uses."""
    import numpy as np
    from PIL import Image

    from tests.raw_files import write_dng

    fam = write_family(photos, "astronaut", ("q60", "half"))
    fam["q60_side"] = photos / "astronaut_q60.jpg.xmp"
    fam["q60_side"].write_text(_keywords_sidecar("Azulejo"))
    fam["half_side"] = photos / "astronaut_half.xmp"
    fam["half_side"].write_text(_keywords_sidecar("Tram"))
    with Image.open(fam["original"]) as im:
        fam["pair_jpg"] = photos / "shots" / "IMG_1.jpg"
        fam["pair_jpg"].parent.mkdir()
        im.save(fam["pair_jpg"], quality=70)
        fam["pair_raw"] = write_dng(photos / "shots" / "IMG_1.dng", np.asarray(im.convert("RGB")))
    fam["pair_side"] = photos / "shots" / "IMG_1.xmp"
    fam["pair_side"].write_text(_keywords_sidecar("Shared"))
    return fam


def test_a_copys_sidecars_go_with_it_to_the_trash_and_come_back_on_undo_but_a_shared_one_stays(
        tmp_path, tiny_model_file, capsys, trash_dir):
    photos = tmp_path / "photos"
    fam = _sidecar_family(photos)
    lib_dir = tmp_path / "library"
    index(lib_dir, photos, tiny_model_file).close()
    before = snapshot(photos)
    args = ["duplicates", "--library", str(lib_dir), "--model", TINY, "--model-file", str(tiny_model_file),
            "--keep", str(fam["original"])]

    # The dry run says what goes with each copy, and which sidecar stays and why.
    assert main([*args, "--trash-others"]) == 1
    out = capsys.readouterr().out
    assert "  with astronaut_q60.jpg go: astronaut_q60.jpg.xmp" in out.replace(str(photos) + os.sep, "")
    assert "  with astronaut_half.jpg go: astronaut_half.xmp" in out.replace(str(photos) + os.sep, "")
    assert "IMG_1.xmp stays: IMG_1.dng uses it too" in out
    assert main([*args, "--trash-others", "--json"]) == 1
    planned = {s["photo"]: s for s in json.loads(capsys.readouterr().out)["action"]["sidecars"]}
    assert planned == {
        str(fam["q60"]): {"photo": str(fam["q60"]), "go": [str(fam["q60_side"])], "stay": []},
        str(fam["half"]): {"photo": str(fam["half"]), "go": [str(fam["half_side"])], "stay": []},
        str(fam["pair_jpg"]): {"photo": str(fam["pair_jpg"]), "go": [],
                               "stay": [{"sidecar": str(fam["pair_side"]), "used_by": str(fam["pair_raw"])}]}}
    assert snapshot(photos) == before

    assert main([*args, "--trash-others", "--yes", "--json"]) == 0
    action = json.loads(capsys.readouterr().out)["action"]
    assert action["files"] == 3  # the DNG beside IMG_1.jpg stays (a pair's RAW is never trashed)
    assert sorted(s["from"] for s in action["sidecars"]) == sorted([str(fam["q60_side"]), str(fam["half_side"])])
    assert action["sidecars_kept"] == [{"sidecar": str(fam["pair_side"]), "reason": "IMG_1.dng uses it too"}]
    assert sorted(p.name for p in (trash_dir / "files").iterdir()) == [
        "IMG_1.jpg", "astronaut_half.jpg", "astronaut_half.xmp", "astronaut_q60.jpg", "astronaut_q60.jpg.xmp"]
    assert fam["pair_side"].read_text() == _keywords_sidecar("Shared") and fam["pair_raw"].exists()

    # The undo brings every photo back with its sidecars, as they were; the trash is empty again.
    assert main(["duplicates", "--undo", "--library", str(lib_dir), "--model", TINY, "--model-file",
                 str(tiny_model_file)]) == 0
    capsys.readouterr()
    assert snapshot(photos) == before and not list((trash_dir / "files").iterdir())


def test_a_moved_copy_takes_its_sidecar_under_its_new_name_and_nothing_there_is_overwritten(tmp_path,
                                                                                          tiny_model_file):
    from photoclip.core import duplicate_merge

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60", "half"))
    (photos / "astronaut_q60.jpg.xmp").write_text(_keywords_sidecar("Azulejo"))
    (photos / "astronaut_half.XMP").write_text(_keywords_sidecar("Tram"))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    before = snapshot(photos)
    dest = tmp_path / "review"
    dest.mkdir()
    (dest / "astronaut_q60.jpg").write_bytes(b"someone else's photo")  # the photo's name is taken
    (dest / "astronaut_half.XMP").write_text("someone else's sidecar")  # only the sidecar's name is taken
    (group,) = dup.find_duplicates(lib, None, "same")
    report = dup_actions.move_others(lib, group, dest, lib.photo_by_path(fam["original"]).id)
    assert {Path(p.path).name: Path(new).name for p, new in report.done} == {
        "astronaut_q60.jpg": "astronaut_q60 (1).jpg", "astronaut_half.jpg": "astronaut_half (1).jpg"}
    assert sorted((Path(a).name, Path(b).name) for a, b in report.sidecars) == [
        ("astronaut_half.XMP", "astronaut_half (1).XMP"), ("astronaut_q60.jpg.xmp", "astronaut_q60 (1).jpg.xmp")]
    assert (dest / "astronaut_q60 (1).jpg.xmp").read_text() == _keywords_sidecar("Azulejo")
    assert (dest / "astronaut_half (1).XMP").read_text() == _keywords_sidecar("Tram")
    assert (dest / "astronaut_q60.jpg").read_bytes() == b"someone else's photo"
    assert (dest / "astronaut_half.XMP").read_text() == "someone else's sidecar"
    assert sorted(p.name for p in photos.iterdir()) == ["astronaut.jpg"]

    undone = duplicate_merge.undo(lib)
    assert sorted(undone.restored) == sorted([str(fam["q60"]), str(fam["half"])]) and undone.failed == []
    assert len(undone.sidecars) == 2 and snapshot(photos) == before
    assert sorted(p.name for p in dest.iterdir()) == ["astronaut_half.XMP", "astronaut_q60.jpg"]
    engine.close()


# -- the date taken ---------------------------------------------------------------------------------------------


def _dated(path: Path, when: str, quality: int, size: tuple[int, int] | None = None) -> None:
    """Save ``path`` again as a JPEG whose EXIF says it was taken ``when`` ("YYYY:MM:DD HH:MM:SS")."""
    from PIL import Image

    with Image.open(path) as im:
        img = im.resize(size) if size else im.copy()
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = when  # DateTimeOriginal
    img.save(path, quality=quality, exif=exif.tobytes())


def test_a_keeper_without_a_date_takes_the_earliest_copys_for_sorting_filters_export_and_re_reads_until_undone(
        tmp_path, tiny_model_file, capsys, trash_dir):
    """The keeper is an export without EXIF; one copy was taken 2016-03-04, another says 2019 (a re-save). The
    keeper takes 2016's date: the date filter finds it, a re-read of its file keeps it, the export writes it, and
    its file is never touched; an undo gives it back its own (none)."""
    from photoclip.core import duplicate_merge, xmp

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60", "half"))
    _dated(fam["q60"], "2016:03:04 05:06:07", 60)
    _dated(fam["half"], "2019:01:01 12:00:00", 90)
    lib_dir = tmp_path / "library"
    lib_args = ["--library", str(lib_dir), "--model", TINY, "--model-file", str(tiny_model_file)]

    def run(*args: str) -> str:
        assert main([*args, *lib_args]) in (0, 1)
        return capsys.readouterr().out

    def taken_before_2017() -> set[str]:
        return {r["path"] for r in json.loads(run("search", "--before", "2017", "--all", "--json"))["results"]}

    def taken_at(path: Path) -> str | None:
        with Library(lib_dir) as lib:
            return lib.photo_by_path(path).taken_at

    run("index", str(photos))
    assert taken_at(fam["original"]) is None and taken_before_2017() == {str(fam["q60"])}
    plan = {m["from"]: m for m in json.loads(run("duplicates", "--trash-others", "--json"))["action"]["merge"]}
    assert plan[str(fam["q60"])]["taken_at"] == "2016-03-04T05:06:07"
    assert str(fam["half"]) not in plan  # nothing else to give: its later date is not the shot's
    assert "date taken from 1 copy(ies) will be merged" in run("duplicates", "--trash-others")
    untouched = fam["original"].read_bytes(), fam["original"].stat().st_mtime_ns

    run("duplicates", "--trash-others", "--yes")
    assert taken_at(fam["original"]) == "2016-03-04T05:06:07"
    assert taken_before_2017() == {str(fam["original"])}
    with Library(lib_dir) as lib:
        (decision,) = [d for d, *_ in duplicate_merge.undoable(lib)
                       if duplicate_merge.details_of(lib, d)["merged"]["from"] == str(fam["q60"])]
        details = duplicate_merge.details_of(lib, decision)
        assert details["merged"]["taken_at"] == "2016-03-04T05:06:07" and details["keeper_taken_at_before"] is None
    assert (fam["original"].read_bytes(), fam["original"].stat().st_mtime_ns) == untouched

    # The keeper is edited in another program, still without a date, and read again: the merged date stays.
    _resave(fam["original"])
    edited = fam["original"].read_bytes()
    with Library(lib_dir) as lib:
        indexed_at = lib.photo_by_path(fam["original"]).indexed_at
    run("index", str(photos))
    with Library(lib_dir) as lib:
        assert lib.photo_by_path(fam["original"]).indexed_at > indexed_at  # it was read again
    assert taken_at(fam["original"]) == "2016-03-04T05:06:07"

    # The export writes it where digiKam and Lightroom read a date taken, into the sidecar only.
    run("xmp")
    packet = xmp.sidecar_path(fam["original"]).read_text()
    assert "<exif:DateTimeOriginal>2016-03-04T05:06:07</exif:DateTimeOriginal>" in packet
    assert "<xmp:CreateDate>2016-03-04T05:06:07</xmp:CreateDate>" in packet
    assert fam["original"].read_bytes() == edited

    # Undo: the keeper has no date again, and a re-read does not bring the undone one back.
    run("duplicates", "--undo")
    assert fam["q60"].exists() and fam["half"].exists()
    assert taken_at(fam["original"]) is None and taken_before_2017() == {str(fam["q60"])}
    _resave(fam["original"])
    run("index", str(photos))
    assert taken_at(fam["original"]) is None


def _resave(path: Path) -> None:
    """What an editor does to a photo without EXIF: new bytes (and a new date modified), still no date taken."""
    from PIL import Image

    st = path.stat()
    with Image.open(path) as im:
        img = im.copy()
    img.putpixel((0, 0), (255, 0, 0))
    img.save(path, quality=91)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))


# -- photoclip's own tag keywords -------------------------------------------------------------------------------


def test_keywords_from_photoclips_own_export_merge_as_tag_decisions_not_words(tmp_path, tiny_model_file, trash_dir):
    """The copy's sidecar holds a keyword of the user's (Azulejo) and what an earlier photoclip export wrote for its
    tags: kinds|portrait (a yes the library has), and kinds|cat and kinds|flag written by another library (this one
    knows nothing of them for the copy). The user said no to cat on the keeper. The keeper gets portrait and flag
    as tag decisions, Azulejo as a keyword, and neither "cat" nor "kinds" as words: not in the search, not at its
    export. A merge recorded by an older photoclip (cat among the words) does not bring cat back either."""
    from photoclip.core import duplicate_merge, tag_store, xmp

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60",))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    kinds = tag_store.create_set(lib, "kinds", "multi", ["portrait", "cat", "flag"])
    label = {lab.name: lab.id for lab in kinds.labels}
    keeper, copy = lib.photo_by_path(fam["original"]), lib.photo_by_path(fam["q60"])
    side = photos / "astronaut_q60.jpg.xmp"
    side.write_text(_keywords_sidecar("Azulejo"))
    tag_store.decide(lib, [copy.id], label["portrait"], True)
    assert xmp.export_sidecars(lib, [copy.id]).written == [str(side)]  # photoclip's export: portrait, kinds|portrait
    flat, hier = xmp.read_keywords(side)
    assert set(flat) == {"Azulejo", "portrait"} and hier == ["kinds|portrait"]
    # Another library's export of the same photo, merged into the sidecar (its keywords are this photo's now).
    tag_store.decide(lib, [copy.id], label["cat"], True)
    tag_store.decide(lib, [copy.id], label["flag"], True)
    xmp.export_sidecars(lib, [copy.id])
    for lid in (label["cat"], label["flag"]):
        tag_store.decide(lib, [copy.id], lid, None)
    assert set(xmp.read_keywords(side)[1]) == {"kinds|portrait", "kinds|cat", "kinds|flag"}
    tag_store.decide(lib, [keeper.id], label["cat"], False)
    engine.index()  # the sidecar changed: its words are read again (they hold "kinds", "cat", ...)

    (group,) = dup.find_duplicates(lib, None, "same")
    (plan,) = dup_actions.plan_merge(lib, group, keeper.id)
    assert plan.words == {"keywords": ["Azulejo"]}
    assert {(lid, acc) for lid, acc, _ in plan.tags} == {(label["portrait"], True), (label["flag"], True)}
    dup_actions.trash_others(lib, group, keeper.id)
    assert _decided(lib, keeper.id) == {label["portrait"]: True, label["flag"]: True, label["cat"]: False}

    def keywords(word: str) -> set[int]:
        return {r[0] for r in lib.db.execute("SELECT rowid FROM words_fts WHERE words_fts MATCH ?",
                                             (f"keywords : {word}",))}

    assert keywords("azulejo") == {keeper.id} and keywords("cat") == keywords("kinds") == set()
    keeper_side = xmp.sidecar_path(fam["original"])
    xmp.export_sidecars(lib, [keeper.id])
    flat, hier = xmp.read_keywords(keeper_side)
    assert sorted(flat) == ["Azulejo", "flag", "portrait"] and sorted(hier) == ["kinds|flag", "kinds|portrait"]

    # As an older photoclip recorded it: the exported keywords among the merged words. The rejected one stays out.
    (decision_id,) = [d.id for d in lib.duplicate_decisions() if d.action == "trash"]
    details = duplicate_merge.details_of(lib, decision_id)
    details["merged"]["words"] = {"keywords": ["Azulejo", "portrait", "cat", "flag", "kinds"]}
    del details["merged"]["words_apart"]  # an older photoclip did not tell them apart
    with sqlite3.connect(lib.db_path) as conn:
        conn.execute("UPDATE duplicate_decisions SET details = ? WHERE id = ?", (json.dumps(details), decision_id))
    keeper_side.unlink()
    xmp.export_sidecars(lib, [keeper.id])
    assert "cat" not in xmp.read_keywords(keeper_side)[0]
    engine.close()


def test_a_shared_sidecar_goes_with_the_last_file_of_its_shot_that_leaves(tmp_path):
    """IMG_1.xmp is every IMG_1.* file's: it stays while one of them stays (the keeper, or a file the library does
    not even know), and goes with the last of them to leave."""
    from photoclip.core.duplicate_actions import Sidecars, sidecar_plan, sidecars_of

    for name in ("IMG_1.jpg", "IMG_1.png", "IMG_1.webp", "IMG_1.xmp", "IMG_1.png.xmp", "IMG_2.jpg", "IMG_2.xmp"):
        (tmp_path / name).write_bytes(b"x")
    jpg, png, webp = (str(tmp_path / f"IMG_1.{ext}") for ext in ("jpg", "png", "webp"))
    side, own = str(tmp_path / "IMG_1.xmp"), str(tmp_path / "IMG_1.png.xmp")
    # The keeper IMG_1.jpg stays: the copies' shared sidecar stays with it; IMG_1.png's own goes.
    assert sidecar_plan([png, webp]) == {png: Sidecars([own], [(side, jpg)]), webp: Sidecars([], [(side, jpg)])}
    # All three leave: the shared one goes with the last; with only two leaving, a third file keeps it.
    assert sidecar_plan([jpg, png, webp])[webp] == Sidecars([side], [])
    assert sidecars_of(webp, gone=[jpg]) == Sidecars([], [(side, png)])
    assert sidecars_of(str(tmp_path / "IMG_2.jpg")) == Sidecars([str(tmp_path / "IMG_2.xmp")], [])
