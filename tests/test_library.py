"""The SQLite library: schema migrations, photo rows, vectors, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import numpy as np
import pytest

from photoclip.core import phash
from photoclip.core.library import Library, LibraryError, PhotoFields
from photoclip.core.schema import MIGRATIONS, SCHEMA_VERSION


def _photo(lib: Library, folder_id: int, name: str, status: str = "ok") -> int:
    return lib.upsert_photo(PhotoFields(f"/photos/{name}", folder_id, 10, 1, f"hash-{name}", status,
                                        None if status == "ok" else "broken", width=4, height=3))


def test_new_library_is_migrated_and_in_wal_mode(tmp_path):
    with Library(tmp_path / "lib") as lib:
        assert lib.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(tmp_path / "lib" / "library.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_data(tmp_path):
    with Library(tmp_path) as lib:
        f = lib.add_folder(tmp_path / "pics")
        pid = _photo(lib, f.id, "a.jpg")
        lib.put_vector(pid, "m", np.ones(4, np.float32))
        lib.set_setting("model", "m")
    with Library(tmp_path) as lib:
        assert lib.photo(pid).path == "/photos/a.jpg"
        assert lib.vector(pid, "m").tolist() == [1, 1, 1, 1]
        assert lib.get_setting("model") == "m"


def test_library_from_a_newer_photoclip_is_refused(tmp_path):
    Library(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "library.sqlite3")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryError, match="newer photoclip"):
        Library(tmp_path)


def test_not_a_database_gives_a_clear_error(tmp_path):
    (tmp_path / "library.sqlite3").write_bytes(b"definitely not sqlite" * 100)
    with pytest.raises(LibraryError, match="not a usable photoclip library"):
        Library(tmp_path)


def test_upsert_keeps_the_id_and_deleting_a_photo_drops_its_vectors(tmp_path):
    with Library(tmp_path) as lib:
        f = lib.add_folder(tmp_path)
        pid = _photo(lib, f.id, "a.jpg")
        assert _photo(lib, f.id, "a.jpg") == pid
        lib.put_vector(pid, "m", np.zeros(3, np.float32))
        lib.delete_photos([pid])
        assert lib.photo(pid) is None
        assert lib.vector_counts() == {}


def test_put_vector_again_gets_a_new_seq(tmp_path):
    with Library(tmp_path) as lib:
        f = lib.add_folder(tmp_path)
        pid = _photo(lib, f.id, "a.jpg")
        lib.put_vector(pid, "m", np.zeros(3, np.float32))
        first = lib.max_vector_seq("m")
        lib.put_vector(pid, "m", np.ones(3, np.float32))
        assert lib.max_vector_seq("m") > first
        ids, mat, seq = lib.vectors("m", after_seq=first)
        assert ids.tolist() == [pid] and mat.tolist() == [[1, 1, 1]] and seq == lib.max_vector_seq("m")


def test_transaction_rolls_back_on_error(tmp_path):
    with Library(tmp_path) as lib:
        f = lib.add_folder(tmp_path)
        with pytest.raises(RuntimeError), lib.transaction():
            _photo(lib, f.id, "a.jpg")
            raise RuntimeError("crash mid-batch")
        assert lib.count_photos() == {"ok": 0, "failed": 0}


def test_remove_folder_forgets_its_photos(tmp_path):
    with Library(tmp_path) as lib:
        a, b = lib.add_folder(tmp_path / "a"), lib.add_folder(tmp_path / "b")
        pa, pb = _photo(lib, a.id, "1.jpg"), _photo(lib, b.id, "2.jpg", status="failed")
        assert lib.remove_folder(tmp_path / "a") == [pa]
        assert lib.photo(pa) is None and lib.photo(pb) is not None
        assert lib.failures() == [("/photos/2.jpg", "broken")]
        with pytest.raises(LibraryError):
            lib.remove_folder(tmp_path / "nope")


def test_many_connections_opening_a_new_library_at_once_migrate_it_once(tmp_path):
    import threading

    errors: list[BaseException] = []
    start = threading.Barrier(6)

    def open_it() -> None:
        try:
            start.wait()
            Library(tmp_path / "new").close()
        except BaseException as e:  # collected and asserted below
            errors.append(e)

    threads = [threading.Thread(target=open_it) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Library(tmp_path / "new") as lib:
        assert lib.schema_version == SCHEMA_VERSION


def test_photo_counts_follow_writes_of_this_and_other_connections(tmp_path):
    """`count_photos` is remembered between calls (a search asks three times), never past a change."""
    a, b = Library(tmp_path / "lib"), Library(tmp_path / "lib")
    folder = a.add_folder(tmp_path)
    assert a.count_photos() == {"ok": 0, "failed": 0}
    a.upsert_photo(PhotoFields(str(tmp_path / "1.jpg"), folder.id, 1, 1, "h1", "ok"))
    assert a.count_photos() == {"ok": 1, "failed": 0}  # this connection's own write
    assert b.count_photos() == {"ok": 1, "failed": 0}
    a.upsert_photo(PhotoFields(str(tmp_path / "2.jpg"), folder.id, 1, 1, "h2", "failed"))
    assert b.count_photos() == {"ok": 1, "failed": 1}  # another connection's commit
    b.count_photos()["ok"] = 99  # the caller's copy, not the remembered counts
    assert b.count_photos()["ok"] == 1
    a.close()
    b.close()


def _plans(lib: Library, *calls: Callable[[], object]) -> list[str]:
    """The query plans of the statements these calls run, as SQLite states them (one line per step)."""
    ran: list[str] = []
    lib.db.set_trace_callback(ran.append)  # the statements with their values, as executed
    try:
        for call in calls:
            call()
    finally:
        lib.db.set_trace_callback(None)
    return [" | ".join(r[3] for r in lib.db.execute(f"EXPLAIN QUERY PLAN {sql}")) for sql in ran]


def test_step_15_indexes_the_lookups_that_read_whole_tables(tmp_path):
    """A library of schema step 14 gains step 15 with its data kept, and the lookups it is for use its indexes:
    region hashes by content hash (a copy takes its original's) and a model's vector ids, alone and joined with
    the photos, without reading the vectors' rows."""
    db = sqlite3.connect(tmp_path / "library.sqlite3")
    db.executescript(f"BEGIN; {''.join(MIGRATIONS[:14])} PRAGMA user_version = 14; COMMIT;")
    db.execute("INSERT INTO folders(path, added_at) VALUES ('/photos', 1.0)")
    for pid, digest in ((1, "aa"), (2, "bb")):
        db.execute("INSERT INTO photos(id, folder_id, path, size, mtime_ns, content_hash, status, indexed_at) "
                   "VALUES (?, 1, ?, 1, 1, ?, 'ok', 1.0)", (pid, f"/photos/{pid}.jpg", digest))
        db.execute("INSERT INTO embeddings(photo_id, model, vector) VALUES (?, 'm', ?)",
                   (pid, np.full(4, pid, np.float32).tobytes()))
        db.execute("INSERT INTO photo_region_hashes(photo_id, content_hash, hashes) VALUES (?, ?, ?)",
                   (pid, digest, f"{pid:016x} {pid + 1:016x}"))
    db.commit()
    db.close()
    with Library(tmp_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION == 15
        indexes = {r[0] for r in lib.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"photo_region_hashes_content", "embeddings_model_photo"} <= indexes
        assert "embeddings_model" not in indexes  # replaced: every query it served, the new one serves
        assert phash.regions_by_content(lib, ["bb", "cc"]) == {"bb": [f"{2:016x}", f"{3:016x}"]}
        assert lib.vector_ids("m").tolist() == [1, 2] and lib.embedded_hashes("m") == {"aa": 1, "bb": 2}
        regions, ids, hashes = _plans(lib, lambda: phash.regions_by_content(lib, ["bb", "cc"]),
                                      lambda: lib.vector_ids("m"), lambda: lib.embedded_hashes("m"))
        assert "USING INDEX photo_region_hashes_content (content_hash=?)" in regions and "SCAN" not in regions
        assert "USING COVERING INDEX embeddings_model_photo (model=?)" in ids
        assert "USING COVERING INDEX embeddings_model_photo (model=?)" in hashes
        # What the replaced index served: a model's vectors after a seq, its count, its highest seq.
        after, count, top = _plans(lib, lambda: lib.vectors("m", after_seq=1), lambda: lib.vector_count("m"),
                                   lambda: lib.max_vector_seq("m"))
        assert "USING INDEX embeddings_model_photo (model=? AND seq>?)" in after
        assert "embeddings_model_photo (model=?)" in count and "embeddings_model_photo (model=?)" in top
        assert lib.vectors("m", after_seq=1)[0].tolist() == [2] and lib.vector(1, "m").tolist() == [1] * 4


def test_the_failed_photos_are_found_through_their_index(tmp_path):
    """The few failed photos come from the partial index of step 13, sorted, not from a walk over every photo in path
    order (~20 ms at 100,000 photos, at every index run and `status`)."""
    with Library(tmp_path) as lib:
        f = lib.add_folder(tmp_path)
        for name in ("c.jpg", "a.jpg", "b.jpg"):
            _photo(lib, f.id, name, status="failed" if name != "b.jpg" else "ok")
        assert [p for p, _e in lib.failures()] == ["/photos/a.jpg", "/photos/c.jpg"]
        assert [r.path for r in lib.failed_photos()] == ["/photos/a.jpg", "/photos/c.jpg"]
        for plan in _plans(lib, lambda: lib.failures(), lambda: lib.failures(1), lambda: lib.failed_photos()):
            assert plan.startswith("SCAN photos USING INDEX photos_failed"), plan
