"""The SQLite library: folders, photos and their metadata, embedding vectors, settings, duplicate decisions.

The library is the single source of truth. Vectors are stored here as float32 BLOBs together with the model
that made them; the HNSW index in `vectors.py` is only a cache rebuilt from these rows. The schema carries a
version number (``PRAGMA user_version``) and is brought up to date step by step by the migrations in `schema`.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import platformdirs

from photoclip.core.schema import MIGRATIONS, SCHEMA_VERSION, statements

DB_NAME = "library.sqlite3"
# Written into the database header (PRAGMA application_id) so that a photoclip library is recognised exactly, and
# a file of another program's is never written to. "PCLb" as a big-endian 32-bit number.
APPLICATION_ID = 0x50434C62
# The tables of the first schema step: a library made before APPLICATION_ID existed is recognised by them.
_FIRST_TABLES = frozenset({"folders", "photos", "embeddings", "settings"})
_UNREADABLE_KEY = "scan.unreadable"


def default_library_dir() -> Path:
    """Where the library lives unless ``--library`` or ``PHOTOCLIP_LIBRARY`` says otherwise."""
    env = os.environ.get("PHOTOCLIP_LIBRARY")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("photoclip", appauthor=False)) / "library"


class LibraryError(Exception):
    """The library folder or database cannot be used; the message says why."""


@dataclass(frozen=True)
class Folder:
    id: int
    path: str
    added_at: float


@dataclass(frozen=True)
class PhotoRecord:
    id: int
    folder_id: int
    path: str
    size: int
    mtime_ns: int
    content_hash: str | None
    width: int | None
    height: int | None
    format: str | None
    orientation: int | None
    taken_at: str | None
    camera_make: str | None
    camera_model: str | None
    status: str
    error: str | None
    indexed_at: float
    phash: str | None = None  # 64-bit perceptual hash, 16 hex digits; None until computed


@dataclass(frozen=True)
class PhotoFields:
    """What the indexer learned about one file; written by `Library.upsert_photo`."""

    path: str
    folder_id: int
    size: int
    mtime_ns: int
    content_hash: str | None
    status: str
    error: str | None = None
    width: int | None = None
    height: int | None = None
    format: str | None = None
    orientation: int | None = None
    taken_at: str | None = None
    camera_make: str | None = None
    camera_model: str | None = None
    phash: str | None = None


@dataclass(frozen=True)
class DuplicateDecision:
    """One thing done about a duplicate group, as recorded in ``duplicate_decisions``."""

    id: int
    decided_at: float
    action: str  # 'trash' | 'move' | 'not_duplicates'
    strength: str
    photo_id: int
    path: str
    size: int | None
    content_hash: str | None
    destination: str | None
    keeper_id: int | None
    keeper_path: str | None


_PHOTO_COLUMNS = ", ".join(PhotoRecord.__dataclass_fields__)
# The failed photos in path order. "+path": sorting the few found through the partial index of failed photos
# (schema step 13); SQLite otherwise walks every photo in path order to spare that sort (~20 ms at 100,000 photos,
# for `status`, the app's list of problems and every index run).
_FAILED_ORDER = "ORDER BY +path"
# What a byte-identical copy can take over from its twin without decoding (the perceptual hash included).
_META_COLUMNS = ("width", "height", "format", "orientation", "taken_at", "camera_make", "camera_model", "phash")


class Library:
    """One library folder: ``library.sqlite3`` plus the ``index/`` cache folder beside it.

    A Library object belongs to the thread that opened it (sqlite3's rule); worker threads never touch it.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder).expanduser().resolve()
        if self.folder.exists() and not self.folder.is_dir():
            raise LibraryError(f"cannot create the library folder {self.folder}: a file of that name is in the way "
                               "(a library is a folder)")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise LibraryError(f"cannot create the library folder {self.folder}: {e.strerror}") from e
        self.db_path = self.folder / DB_NAME
        self._photo_counts: tuple[tuple[int, int], dict[str, int]] | None = None  # see `count_photos`
        self._vector_counts: tuple[tuple[int, int], dict[str, int]] | None = None  # see `vector_counts`
        # isolation_level=None: we open transactions ourselves, so a batch is exactly one transaction.
        try:
            self._conn = sqlite3.connect(self.db_path, isolation_level=None, timeout=30)
        except sqlite3.Error as e:
            raise LibraryError(f"{self.db_path} is not a usable photoclip library: {e}") from e
        self._conn.row_factory = sqlite3.Row
        deadline = time.monotonic() + 30
        while True:
            try:
                self._recognise()  # before the first write: switching to WAL already changes the file
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
                self._conn.execute("PRAGMA foreign_keys=ON")
                self._migrate()
                break
            except sqlite3.OperationalError as e:
                # While another connection turns a brand-new file into WAL mode, SQLite can answer "locked"
                # at once instead of waiting (its busy handler is not called there): wait and try again.
                if "locked" not in str(e) or time.monotonic() > deadline:
                    self._conn.close()
                    raise LibraryError(f"{self.db_path} is not a usable photoclip library: {e}") from e
                time.sleep(0.05)
            except sqlite3.DatabaseError as e:
                self._conn.close()
                raise LibraryError(f"{self.db_path} is not a usable photoclip library: {e}") from e
        self._in_transaction = False

    @property
    def index_dir(self) -> Path:
        return self.folder / "index"

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------------------

    def _recognise(self) -> None:
        """Raise LibraryError unless the database is photoclip's, or new and empty. Only reads."""
        app_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
        if app_id == APPLICATION_ID:
            return
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if not r[0].startswith("sqlite_")}
        if app_id == 0 and not tables and version == 0:
            return  # a new library (SQLite made the empty file when it connected)
        if app_id == 0 and version > 0 and tables >= _FIRST_TABLES:
            return  # made by a photoclip from before the application id; _migrate stamps it
        owner = f" (application id {app_id:#x})" if app_id else ""
        shown = ", ".join(sorted(tables)[:6]) + (", …" if len(tables) > 6 else "")
        holds = f"; it holds the tables {shown}" if tables else ""
        raise LibraryError(f"{self.db_path} is not a photoclip library: another program's database{owner}{holds}. "
                           "Nothing was changed in it; choose another library folder with --library")

    def _migrate(self) -> None:
        # BEGIN IMMEDIATE takes the write lock before the version is read: when two connections open a new
        # library at once (the app's index and query threads, a CLI run beside the app), one migrates and the
        # other waits, then finds the schema current. DDL and user_version are transactional in SQLite.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise LibraryError(
                    f"{self.db_path} was written by a newer photoclip (schema {version}, this one knows "
                    f"{SCHEMA_VERSION}); please update photoclip"
                )
            for step in range(version, SCHEMA_VERSION):
                for statement in statements(MIGRATIONS[step]):
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {step + 1}")
            if self._conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                self._conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @property
    def db(self) -> sqlite3.Connection:
        """The connection, for core modules that keep their own tables' SQL (tagging, words) beside their logic."""
        return self._conn

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; nested use joins the outer transaction."""
        if self._in_transaction:
            yield
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._in_transaction = True
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._in_transaction = False

    # -- settings -----------------------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM settings WHERE key = ?", (key,))
        else:
            self._conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # -- folders ------------------------------------------------------------------------------------------

    def add_folder(self, path: str | os.PathLike[str]) -> Folder:
        p = str(Path(path).expanduser().resolve())
        self._conn.execute(
            "INSERT OR IGNORE INTO folders(path, added_at) VALUES (?, ?)", (p, time.time())
        )
        row = self._conn.execute("SELECT id, path, added_at FROM folders WHERE path = ?", (p,)).fetchone()
        return Folder(*row)

    def folders(self) -> list[Folder]:
        return [Folder(*r) for r in self._conn.execute("SELECT id, path, added_at FROM folders ORDER BY path")]

    def remove_folder(self, path: str | os.PathLike[str]) -> list[int]:
        """Forget a folder and its photos (the files themselves are untouched); returns the removed photo ids.

        Photos that also lie under another of the library's folders (a sub-folder the user added on its own, or a
        parent) stay, owned by that folder now."""
        p = str(Path(path).expanduser().resolve())
        row = self._conn.execute("SELECT id FROM folders WHERE path = ?", (p,)).fetchone()
        if row is None:
            raise LibraryError(f"{p} is not one of the library's folders")
        others = sorted((f for f in self.folders() if f.id != row[0]), key=lambda f: len(f.path))
        with self.transaction():
            ids: list[int] = []
            for pid, photo_path in self._conn.execute(
                    "SELECT id, path FROM photos WHERE folder_id = ?", (row[0],)).fetchall():
                owner = next((f for f in others if _within(photo_path, f.path)), None)  # the outermost first
                if owner is None:
                    ids.append(pid)
                else:
                    self._conn.execute("UPDATE photos SET folder_id = ? WHERE id = ?", (owner.id, pid))
            self._retire(ids)  # adding the folder again brings its photos' tags back
            self._conn.execute("DELETE FROM folders WHERE id = ?", (row[0],))
            self.set_unreadable([p], [])
        return ids

    def set_unreadable(self, scanned: Sequence[str], problems: Sequence[tuple[str, str]]) -> None:
        """Remember what a scan of the folders ``scanned`` could not read (for `status` and the app), replacing
        what an earlier scan of them found."""
        kept = [(p, r) for p, r in self.unreadable() if not any(_within(p, root) for root in scanned)]
        merged = sorted({p: r for p, r in [*kept, *problems]}.items())
        self.set_setting(_UNREADABLE_KEY, json.dumps(merged, ensure_ascii=False) if merged else None)

    def unreadable(self) -> list[tuple[str, str]]:
        """Folders (or files) of the library that could not be read at their last scan, with the reason."""
        raw = self.get_setting(_UNREADABLE_KEY)
        if not raw:
            return []
        try:
            return [(str(p), str(r)) for p, r in json.loads(raw)]
        except (ValueError, TypeError):
            return []

    # -- photos -------------------------------------------------------------------------------------------

    def photos_in_folder(self, folder_id: int) -> dict[str, PhotoRecord]:
        rows = self._conn.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE folder_id = ?", (folder_id,))
        return {r["path"]: PhotoRecord(*r) for r in rows}

    def photo(self, photo_id: int) -> PhotoRecord | None:
        r = self._conn.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE id = ?", (photo_id,)).fetchone()
        return PhotoRecord(*r) if r else None

    def photo_by_path(self, path: str | os.PathLike[str]) -> PhotoRecord | None:
        p = str(Path(path).expanduser().resolve())
        r = self._conn.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE path = ?", (p,)).fetchone()
        return PhotoRecord(*r) if r else None

    def photos(self, ids: Sequence[int]) -> dict[int, PhotoRecord]:
        out: dict[int, PhotoRecord] = {}
        for chunk in _chunks(list(ids), 900):  # stay under SQLite's bound-parameter limit
            marks = ",".join("?" * len(chunk))
            for r in self._conn.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE id IN ({marks})", chunk):
                out[r["id"]] = PhotoRecord(*r)
        return out

    def upsert_photo(self, f: PhotoFields) -> int:
        """Insert or update the row for ``f.path``; returns the photo id (kept across updates).

        A file read again without a date taken keeps the one a duplicate merge gave it (see `duplicate_merge`):
        the copy that had it is gone, and the keeper's file (an export without EXIF) never had one."""
        now = time.time()
        cur = self._conn.execute(
            """
            INSERT INTO photos(folder_id, path, size, mtime_ns, content_hash, width, height, format,
                               orientation, taken_at, camera_make, camera_model, status, error, indexed_at, phash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(path) DO UPDATE SET
                folder_id = excluded.folder_id, size = excluded.size, mtime_ns = excluded.mtime_ns,
                content_hash = excluded.content_hash, width = excluded.width, height = excluded.height,
                format = excluded.format, orientation = excluded.orientation,
                taken_at = CASE WHEN excluded.taken_at IS NOT NULL OR photos.taken_at IS NULL
                    THEN excluded.taken_at ELSE (
                    -- Only a photo that had a date and is read without one looks (no index on keeper_id): rare.
                    SELECT json_extract(d.details, '$.merged.taken_at') FROM duplicate_decisions AS d
                    WHERE d.keeper_id = photos.id AND json_extract(d.details, '$.merged.taken_at') IS NOT NULL
                      AND json_extract(d.details, '$.undone_at') IS NULL ORDER BY d.id LIMIT 1) END,
                camera_make = excluded.camera_make, camera_model = excluded.camera_model,
                status = excluded.status, error = excluded.error, indexed_at = excluded.indexed_at,
                phash = excluded.phash
            RETURNING id
            """,
            (f.folder_id, f.path, f.size, f.mtime_ns, f.content_hash, f.width, f.height, f.format,
             f.orientation, f.taken_at, f.camera_make, f.camera_model, f.status, f.error, now, f.phash),
        )
        return int(cur.fetchone()[0])

    def move_photo(self, photo_id: int, new_path: str, folder_id: int, size: int, mtime_ns: int) -> None:
        """A file seen under a new path with the same content keeps its id, vector and tags."""
        self.move_photos([(photo_id, new_path, folder_id, size, mtime_ns)])

    def move_photos(self, moves: Sequence[tuple[int, str, int, int, int]]) -> None:
        """Several (id, new path, folder id, size, mtime_ns) moves at once. Paths are unique, and a batch rename
        hands one photo's path to the next (IMG_2 -> IMG_3 while IMG_1 -> IMG_2, or a swap): every moving photo
        first steps aside to a name no stored path can have (stored paths are absolute), then takes its new path."""
        if not moves:
            return
        with self.transaction():
            self._conn.executemany("UPDATE photos SET path = ? WHERE id = ?",
                                   ((f"<moving {m[0]}>", m[0]) for m in moves))
            self._conn.executemany(
                "UPDATE photos SET path = ?, folder_id = ?, size = ?, mtime_ns = ? WHERE id = ?",
                ((path, folder_id, size, mtime_ns, pid) for pid, path, folder_id, size, mtime_ns in moves),
            )

    def delete_photos(self, ids: Iterable[int]) -> None:
        """Remove photos from the library; what the user decided about them is retired, not lost (see
        `restore_retired`)."""
        ids = list(ids)
        with self.transaction():
            self._retire(ids)
            self._conn.executemany("DELETE FROM photos WHERE id = ?", ((i,) for i in ids))

    def _retire(self, ids: list[int]) -> None:
        """Keep the tag decisions and duplicate dismissals of photos about to leave, under their content hash; a
        byte-identical twin still in the library takes them over at once."""
        now = time.time()
        twins: list[tuple[int, str]] = []
        leaving = set(ids)
        for chunk in _chunks(ids, 900):
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                f"""SELECT p.id, p.path, p.content_hash,
                       (SELECT json_group_array(json_array(d.label_id, d.accepted, d.decided_at))
                        FROM tag_decisions AS d WHERE d.photo_id = p.id),
                       (SELECT json_group_array(o.content_hash) FROM duplicate_dismissals AS x
                        JOIN photos AS o ON o.id = CASE WHEN x.photo_a = p.id THEN x.photo_b ELSE x.photo_a END
                        WHERE (x.photo_a = p.id OR x.photo_b = p.id) AND o.content_hash IS NOT NULL)
                    FROM photos AS p WHERE p.id IN ({marks}) AND p.content_hash IS NOT NULL""", chunk).fetchall()
            for _pid, path, digest, tags, dismissed in rows:
                decisions = {"tags": json.loads(tags), "not_duplicates": json.loads(dismissed)}
                if not decisions["tags"] and not decisions["not_duplicates"]:
                    continue
                old = self._conn.execute("SELECT decisions FROM retired_photos WHERE content_hash = ?",
                                         (digest,)).fetchone()
                if old is not None:  # an identical copy retired before: the union of both
                    before = json.loads(old[0])
                    known = {t[0] for t in decisions["tags"]}
                    decisions["tags"] += [t for t in before.get("tags", []) if t[0] not in known]
                    decisions["not_duplicates"] = sorted(
                        {*decisions["not_duplicates"], *before.get("not_duplicates", [])})
                self._conn.execute(
                    "INSERT OR REPLACE INTO retired_photos(content_hash, path, retired_at, decisions) "
                    "VALUES (?, ?, ?, ?)", (digest, path, now, json.dumps(decisions)))
                twin = next((r[0] for r in self._conn.execute(
                    "SELECT id FROM photos WHERE content_hash = ? ORDER BY id", (digest,)) if r[0] not in leaving),
                    None)
                if twin is not None:
                    twins.append((twin, digest))
        for pid, digest in twins:
            self.restore_retired(pid, digest)

    def restore_retired(self, photo_id: int, content_hash: str | None) -> bool:
        """Give ``photo_id`` what the user had decided about a photo of the same bytes that left the library
        (its own decisions win); returns whether there was anything."""
        if not content_hash:
            return False
        row = self._conn.execute("SELECT decisions FROM retired_photos WHERE content_hash = ?",
                                 (content_hash,)).fetchone()
        if row is None:
            return False
        decisions = json.loads(row[0])
        with self.transaction():
            self._conn.executemany(
                "INSERT OR IGNORE INTO tag_decisions(photo_id, label_id, accepted, decided_at) "
                "SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM labels WHERE id = ?)",
                ((photo_id, label, accepted, at, label) for label, accepted, at in decisions.get("tags", [])))
            others = decisions.get("not_duplicates", [])
            if others:
                marks = ",".join("?" * len(others))
                ids = [r[0] for r in self._conn.execute(
                    f"SELECT id FROM photos WHERE content_hash IN ({marks})", others)]
                self.dismiss_pairs((photo_id, other) for other in ids)
            self._conn.execute("DELETE FROM retired_photos WHERE content_hash = ?", (content_hash,))
        return True

    def _data_version(self) -> tuple[int, int]:
        """Changes when this connection writes or another one commits: what cached counts are checked against."""
        return self._conn.execute("PRAGMA data_version").fetchone()[0], self._conn.total_changes

    def count_photos(self) -> dict[str, int]:
        # ~2 ms at 100,000 photos (schema step 13), yet asked for more than once by a search: remembered until this
        # connection writes or another one commits (`data_version`).
        version = self._data_version()
        cached = self._photo_counts
        if cached is not None and cached[0] == version:
            return dict(cached[1])
        total = self._conn.execute("SELECT COUNT(*) FROM photos").fetchone()[0]
        failed = self._conn.execute("SELECT COUNT(*) FROM photos WHERE status = 'failed'").fetchone()[0]
        out = {"ok": total - failed, "failed": failed}  # (the only two statuses: see the table's CHECK)
        self._photo_counts = (version, out)
        return dict(out)

    def folder_counts(self) -> dict[int, int]:
        return dict(self._conn.execute("SELECT folder_id, COUNT(*) FROM photos GROUP BY folder_id").fetchall())

    def failures(self, limit: int | None = None) -> list[tuple[str, str]]:
        sql = f"SELECT path, error FROM photos WHERE status = 'failed' {_FAILED_ORDER}"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        return [(r[0], r[1] or "") for r in self._conn.execute(sql, params)]

    def table_bytes(self, *names: str) -> int:
        """Bytes the tables and indexes whose names match these LIKE patterns take in the database file; 0 with an
        SQLite built without the dbstat table."""
        where = " OR ".join("name LIKE ?" for _ in names)
        try:
            row = self._conn.execute(f"SELECT SUM(pgsize) FROM dbstat WHERE {where}", names).fetchone()
        except sqlite3.Error:
            return 0
        return int(row[0] or 0)

    def failed_photos(self) -> list[PhotoRecord]:
        rows = self._conn.execute(f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE status = 'failed' {_FAILED_ORDER}")
        return [PhotoRecord(*r) for r in rows]

    def put_vector(self, photo_id: int, model: str, vector: np.ndarray) -> None:
        # REPLACE deletes and re-inserts, so the row gets a fresh ``seq``: that is how the index notices updates.
        self._conn.execute(
            "INSERT OR REPLACE INTO embeddings(photo_id, model, vector) VALUES (?, ?, ?)",
            (photo_id, model, np.ascontiguousarray(vector, dtype=np.float32).tobytes()),
        )

    def delete_vector(self, photo_id: int, model: str | None = None) -> None:
        if model is None:
            self._conn.execute("DELETE FROM embeddings WHERE photo_id = ?", (photo_id,))
        else:
            self._conn.execute("DELETE FROM embeddings WHERE photo_id = ? AND model = ?", (photo_id, model))

    def vector(self, photo_id: int, model: str) -> np.ndarray | None:
        row = self._conn.execute(
            "SELECT vector FROM embeddings WHERE photo_id = ? AND model = ?", (photo_id, model)
        ).fetchone()
        return np.frombuffer(row[0], dtype=np.float32).copy() if row else None

    def vectors(self, model: str, after_seq: int = 0, limit: int = -1) -> tuple[np.ndarray, np.ndarray, int]:
        """(photo ids, vectors matrix, highest seq) of the model's rows with ``seq > after_seq``, in seq order;
        the first ``limit`` of them when it is given."""
        rows = self._conn.execute(
            "SELECT photo_id, vector, seq FROM embeddings WHERE model = ? AND seq > ? ORDER BY seq LIMIT ?",
            (model, after_seq, limit),
        ).fetchall()
        if not rows:
            return np.empty(0, dtype=np.int64), np.empty((0, 0), dtype=np.float32), after_seq
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        mat = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1).copy()
        return ids, mat, int(rows[-1][2])

    def vectors_of(self, model: str, ids: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """(photo ids, vectors matrix) of the given photos' ``model`` vectors, in the order of ``ids``; photos
        without one are left out."""
        found: dict[int, bytes] = {}
        for chunk in _chunks(list(ids), 900):
            marks = ",".join("?" * len(chunk))
            found.update(self._conn.execute(
                f"SELECT photo_id, vector FROM embeddings WHERE model = ? AND photo_id IN ({marks})", (model, *chunk)
            ).fetchall())
        have = [i for i in ids if i in found]
        if not have:
            return np.empty(0, dtype=np.int64), np.empty((0, 0), dtype=np.float32)
        mat = np.frombuffer(b"".join(found[i] for i in have), dtype=np.float32).reshape(len(have), -1).copy()
        return np.asarray(have, dtype=np.int64), mat

    def vector_rows(self, model: str, ids: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(photo ids, their rows' ``seq``, vectors matrix) of the model's vectors: all of them in seq order, or
        those of ``ids`` in that order (photos without one are left out). A row's seq names the vector exactly (a
        new vector is a new row: see `put_vector`), so work done on a vector outside a transaction can check that
        it is still the photo's before storing what it found."""
        if ids is None:
            rows = self._conn.execute(
                "SELECT photo_id, seq, vector FROM embeddings WHERE model = ? ORDER BY seq", (model,)).fetchall()
        else:
            found: dict[int, tuple[int, int, bytes]] = {}
            for chunk in _chunks(list(ids), 900):
                marks = ",".join("?" * len(chunk))
                for r in self._conn.execute(
                        f"SELECT photo_id, seq, vector FROM embeddings WHERE model = ? AND photo_id IN ({marks})",
                        (model, *chunk)):
                    found[r[0]] = tuple(r)  # type: ignore[assignment]
            rows = [found[i] for i in dict.fromkeys(ids) if i in found]
        if not rows:
            return np.empty(0, np.int64), np.empty(0, np.int64), np.empty((0, 0), np.float32)
        ids_out = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        seqs = np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows))
        mat = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.float32).reshape(len(rows), -1).copy()
        return ids_out, seqs, mat

    def max_vector_seq(self, model: str) -> int:
        row = self._conn.execute("SELECT MAX(seq) FROM embeddings WHERE model = ?", (model,)).fetchone()
        return int(row[0] or 0)

    def vector_ids(self, model: str) -> np.ndarray:
        rows = self._conn.execute("SELECT photo_id FROM embeddings WHERE model = ?", (model,)).fetchall()
        return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))

    def vector_count(self, model: str) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM embeddings WHERE model = ?", (model,)).fetchone()[0])

    def vector_counts(self) -> dict[str, int]:
        """Vectors stored per model key. Remembered like `count_photos`: a search asks at every keystroke, and
        the count is a pass over the whole index (~20 ms at 100,000 photos)."""
        version = self._data_version()
        cached = self._vector_counts
        if cached is not None and cached[0] == version:
            return dict(cached[1])
        counts = dict(self._conn.execute("SELECT model, COUNT(*) FROM embeddings GROUP BY model").fetchall())
        self._vector_counts = (version, counts)
        return dict(counts)

    def embedded_hashes(self, model: str) -> dict[str, int]:
        """content hash -> a photo id that already has a vector from ``model`` (identical bytes, same vector)."""
        rows = self._conn.execute(
            "SELECT p.content_hash, p.id FROM photos p JOIN embeddings e ON e.photo_id = p.id "
            "WHERE e.model = ? AND p.status = 'ok' AND p.content_hash IS NOT NULL",
            (model,),
        )
        return {h: i for h, i in rows}

    def ok_photos_without_vector(self, model: str) -> list[PhotoRecord]:
        rows = self._conn.execute(
            f"SELECT {', '.join('p.' + c for c in PhotoRecord.__dataclass_fields__)} FROM photos p "
            "WHERE p.status = 'ok' AND NOT EXISTS "
            "(SELECT 1 FROM embeddings e WHERE e.photo_id = p.id AND e.model = ?)",
            (model,),
        )
        return [PhotoRecord(*r) for r in rows]

    def copy_metadata(self, source: PhotoRecord) -> dict[str, object]:
        """The decoded-image facts of a photo, for a byte-identical copy that needs no decoding."""
        return {c: getattr(source, c) for c in _META_COLUMNS}

    # -- duplicates ---------------------------------------------------------------------------------------

    def ok_photos(self, under: str | os.PathLike[str] | None = None) -> list[PhotoRecord]:
        """Every usable photo, or those at or below the folder ``under``, in path order."""
        sql = f"SELECT {_PHOTO_COLUMNS} FROM photos WHERE status = 'ok'"
        params: tuple[str, ...] = ()
        if under is not None:
            root = str(Path(under).expanduser().resolve())
            # A range on the path instead of LIKE: no escaping of % and _, and the path index can serve it.
            prefix = root.rstrip(os.sep) + os.sep
            sql += " AND (path = ? OR (path >= ? AND path < ?))"
            params = (root, prefix, prefix[:-1] + chr(ord(os.sep) + 1))
        return [PhotoRecord(*r) for r in self._conn.execute(sql + " ORDER BY path", params)]

    def set_phashes(self, items: Iterable[tuple[int, str]]) -> None:
        with self.transaction():
            self._conn.executemany("UPDATE photos SET phash = ? WHERE id = ?", ((h, i) for i, h in items))

    def dismiss_pairs(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Remember that these photos are not duplicates of each other (order within a pair does not matter)."""
        now = time.time()
        rows = {(min(a, b), max(a, b)) for a, b in pairs if a != b}
        with self.transaction():
            self._conn.executemany(
                "INSERT OR IGNORE INTO duplicate_dismissals(photo_a, photo_b, dismissed_at) VALUES (?, ?, ?)",
                ((a, b, now) for a, b in sorted(rows)),
            )

    def dismissed_pairs(self) -> set[tuple[int, int]]:
        return {(a, b) for a, b in self._conn.execute("SELECT photo_a, photo_b FROM duplicate_dismissals")}

    def record_duplicate_decision(
        self,
        action: str,
        strength: str,
        photo: PhotoRecord,
        keeper: PhotoRecord | None,
        destination: str | None = None,
    ) -> int:
        """Record one act on a duplicate; returns the decision's id."""
        cur = self._conn.execute(
            "INSERT INTO duplicate_decisions(decided_at, action, strength, photo_id, path, size, content_hash, "
            "destination, keeper_id, keeper_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (time.time(), action, strength, photo.id, photo.path, photo.size, photo.content_hash, destination,
             keeper.id if keeper else None, keeper.path if keeper else None),
        )
        return int(cur.lastrowid or 0)

    def duplicate_decisions(self) -> list[DuplicateDecision]:
        cols = ", ".join(DuplicateDecision.__dataclass_fields__)
        rows = self._conn.execute(f"SELECT {cols} FROM duplicate_decisions ORDER BY id")
        return [DuplicateDecision(*r) for r in rows]


def _within(path: str, parent: str) -> bool:
    return path == parent or path.startswith(parent.rstrip(os.sep) + os.sep)


def _chunks(items: list[int], n: int) -> Iterator[list[int]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]
