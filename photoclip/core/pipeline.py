"""The indexing job: scan -> read and decode (thread pool) -> embed (batches) -> store, with progress.

Decoding runs in a thread pool a bounded distance ahead of the model (Pillow, torch and ONNX Runtime release the GIL),
so inference never waits on one slow file and memory stays flat however large the folder. Each batch is
committed in one SQLite transaction: an interruption loses at most the batch in flight, and the next run
resumes because unfinished files are simply still "new". Only this thread touches the library.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from photoclip.core import hand_restored, imaging, word_index
from photoclip.core.library import Folder, Library, PhotoFields, PhotoRecord
from photoclip.core.phash import HASH_DECODE_SIZE, region_hashes, store_regions
from photoclip.core.photo_words import PhotoWords
from photoclip.core.scan import FileInfo, hash_bytes, plan_scan
from photoclip.core.tagging import tag_new_photos
from photoclip.core.vectors import VectorIndex

if TYPE_CHECKING:  # the embedder module imports torch; only its type is needed here
    from photoclip.core.engine import ImageModel

DEFAULT_BATCH = 32
# The reason stored for a file that could not be opened or read. Unlike a broken photo, its cause (a permission,
# a file locked by another program, a share that dropped) can go away without the file changing, so such files are
# tried again at every run.
READ_ERROR = "cannot read file"


@dataclass(frozen=True)
class IndexProgress:
    done: int
    total: int
    skipped: int
    rate: float  # photos per second over this run
    eta_s: float | None
    current: str | None = None
    # True while new photos are being listed (rows from their headers, before anything is embedded); ``done``
    # and ``total`` then count listed files.
    listing: bool = False


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    moved: int = 0
    removed: int = 0
    removed_ids: list[int] = field(default_factory=list)  # photos that left the library (for caches keyed by id)
    unchanged: int = 0
    reused: int = 0  # byte-identical to a photo already embedded: vector copied, nothing decoded
    skipped: list[tuple[str, str]] = field(default_factory=list)
    missing_folders: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # folders (or files) that could not be read
    cancelled: bool = False
    elapsed_s: float = 0.0  # wall-clock time, pauses included
    paused_s: float = 0.0  # of which paused
    device: str | None = None
    words_read: int = 0  # photos whose words were read again apart from indexing (a sidecar edited, a move)
    listed: int = 0  # new photos listed from their headers before being embedded
    embedded: bool = True  # False: a listing run (no model yet); the photos wait for the model
    # Copies a duplicates decision trashed, found back by hand (see `hand_restored`): their decision now counts as
    # undone; their sidecars that came back from the trash (sidecar, where), and what could not (path, why: a
    # sidecar no longer in the trash, a decision that could not be taken back).
    taken_back: list[str] = field(default_factory=list)
    sidecars_back: list[tuple[str, str]] = field(default_factory=list)
    restore_problems: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Job:
    info: FileInfo
    record: PhotoRecord | None  # the existing row for a changed file or a re-embed


@dataclass
class _Loaded:
    job: _Job
    size: int
    mtime_ns: int
    content_hash: str | None = None
    decoded: imaging.DecodedPhoto | None = None
    reuse_from: int | None = None
    error: str | None = None
    phash: str | None = None
    regions: list[str] | None = None
    words: PhotoWords | None = None  # None: the words stored are current (read when the photo was listed)
    # The same bytes as a photo earlier in this run, still being embedded: not decoded, given its vector when
    # stored (see `_FirstReaders`).
    copy_in_run: bool = False


class _FirstReaders:
    """Which job (by its place in the run) first read each content hash. Byte-identical files are often close
    together (``IMG_1.jpg`` and ``IMG_1 (1).jpg``), so both fall inside the look-ahead before either is stored;
    the later one is then a copy, not decoded at all. Shared by the reader threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._first: dict[str, int] = {}

    def is_copy(self, digest: str, order: int) -> bool:
        with self._lock:
            # A later job that got here first (thread timing) keeps its claim: both are decoded, as before.
            return self._first.setdefault(digest, order) < order


def default_workers() -> int:
    # Decoding is mostly GIL-free C. One thread more than cores keeps a core busy while another thread waits on
    # the disk (measured on 2 cores: 3 threads index ~10 % faster than 2); many more only fight torch for CPU.
    return max(2, min(8, (os.cpu_count() or 2) + 1))


def _read(job: _Job, prep: imaging.PrepSpec, known: dict[str, int], roots: list[str],
          words_current: dict[str, word_index.FileKey], first: _FirstReaders | None = None,
          order: int = 0) -> _Loaded:
    path = job.info.path
    try:
        st = os.stat(path)
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return _Loaded(job, job.info.size, job.info.mtime_ns, error=f"{READ_ERROR}: {e.strerror or e}")
    loaded = _Loaded(job, len(data), st.st_mtime_ns, content_hash=hash_bytes(data))
    # The words (file name, folders, EXIF/IPTC/XMP and sidecars) depend on the path, so even a byte-identical
    # copy reads its own; only the header of the bytes in hand is parsed. A photo listed (in this run or an
    # earlier one) already has its words stored: they are read again only when the file changed since.
    if words_current.get(path) != (loaded.size, loaded.mtime_ns):
        loaded.words = word_index.read_for_index(path, data, word_index.owning_root(path, roots))
    source = known.get(loaded.content_hash)  # type: ignore[arg-type]
    if source is not None:
        loaded.reuse_from = source
        return loaded
    if first is not None and first.is_copy(loaded.content_hash, order):  # type: ignore[arg-type]
        loaded.copy_in_run = True
        return loaded
    try:
        # The upright picture is decoded here anyway: its perceptual hash (for duplicates) costs ~1 ms more. The
        # decode is never smaller than the hash's own, so a hash does not depend on the model's input size.
        img, meta = imaging.open_oriented(data, min_size=max(*prep.size, HASH_DECODE_SIZE), name=path)
        loaded.decoded = imaging.DecodedPhoto(meta=meta, pixels=imaging.prepare_for_model(img, prep))
        # With the centre regions' hashes too (a few ms), the first "same picture" scan finds crops without
        # decoding every photo again.
        loaded.regions = region_hashes(img)
        loaded.phash = loaded.regions[0]
    except imaging.ImageError as e:
        loaded.error = str(e)
    except Exception as e:  # one strange file must never end the run; its reason is kept for `status`
        loaded.error = f"unexpected decoding error: {type(e).__name__}: {e}"
    return loaded


class _Run:
    def __init__(
        self,
        library: Library,
        model_key: str,
        get_embedder: Callable[[], ImageModel] | None,
        batch_size: int,
        workers: int,
        progress: Callable[[IndexProgress], None] | None,
        cancel: threading.Event | None,
        pause: threading.Event | None = None,
    ) -> None:
        self.library = library
        self.model_key = model_key
        self.get_embedder = get_embedder
        self.batch_size = batch_size
        self.workers = workers
        self.progress = progress
        self.cancel = cancel
        self.pause = pause
        self.report = IndexReport()
        # path -> (size, mtime_ns) of photos whose stored words were read from the file as it is at that size
        # and mtime (by listing): the embedding pass does not read them again.
        self.words_current: dict[str, word_index.FileKey] = {}
        self.index: VectorIndex | None = None
        self.done = 0
        self.total = 0
        self.started = time.monotonic()

    def _cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def _wait_while_paused(self) -> None:
        """Block while ``pause`` is set; short waits so a cancel during the pause is seen within ~0.1 s."""
        if self.pause is None or not self.pause.is_set():
            return
        since = time.monotonic()
        while self.pause.is_set() and not self._cancelled():
            # Waiting on the cancel event itself returns at once when it is set; without one, nap in slices.
            if self.cancel is not None:
                self.cancel.wait(0.1)
            else:
                time.sleep(0.1)
        self.report.paused_s += time.monotonic() - since

    def _emit(self, current: str | None = None) -> None:
        if self.progress is None:
            return
        # Paused time is not working time: counting it would make the rate sag and the ETA balloon after a pause.
        elapsed = max(time.monotonic() - self.started - self.report.paused_s, 1e-6)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate > 0 else None
        self.progress(IndexProgress(self.done, self.total, len(self.report.skipped), rate, eta, current))

    def apply_plan_bookkeeping(self, moved: list, gone: list[PhotoRecord], index: VectorIndex | None) -> None:
        with self.library.transaction():
            # Gone first: a moved photo may take the path of one whose bytes are nowhere any more.
            self.library.delete_photos(r.id for r in gone)
            self.library.move_photos([(rec.id, info.path, info.folder_id, info.size, info.mtime_ns)
                                      for rec, info in moved])
        if index is not None and gone:
            index.remove([r.id for r in gone])

    def process(self, jobs: list[_Job]) -> None:
        self.total = len(jobs)
        self._emit()
        if not jobs:
            return
        assert self.get_embedder is not None
        embedder = self.get_embedder()
        self.report.device = embedder.device
        if self.index is None or self.index.dim != embedder.dim:
            self.index = VectorIndex.open(self.library, self.model_key, dim=embedder.dim)
        known = self.library.embedded_hashes(self.model_key)
        roots = [f.path for f in self.library.folders()]
        prep = embedder.prep
        lookahead = max(self.batch_size * 2, self.workers * 4)
        pending: deque[Future[_Loaded]] = deque()
        batch: list[_Loaded] = []
        it = enumerate(jobs)
        first = _FirstReaders()
        with ThreadPoolExecutor(self.workers, thread_name_prefix="photoclip-decode") as pool:
            try:
                for order, job in it:
                    pending.append(pool.submit(_read, job, prep, known, roots, self.words_current, first, order))
                    if len(pending) >= lookahead:
                        break
                while pending:
                    # While paused, the pool finishes the bounded look-ahead already submitted and then idles:
                    # nothing new is submitted until the loop goes on, so memory stays flat.
                    self._wait_while_paused()
                    if self._cancelled():
                        self.report.cancelled = True
                        break
                    loaded = pending.popleft().result()
                    if loaded.copy_in_run and not (
                            loaded.content_hash in known
                            or any(b.content_hash == loaded.content_hash and b.decoded is not None for b in batch)):
                        # The photo it copies was not embedded (its read failed): this one is read in full.
                        loaded = pool.submit(_read, loaded.job, prep, known, roots, self.words_current).result()
                    nxt = next(it, None)
                    if nxt is not None:
                        pending.append(pool.submit(_read, nxt[1], prep, known, roots, self.words_current, first,
                                                   nxt[0]))
                    batch.append(loaded)
                    if sum(1 for b in batch if b.decoded is not None) >= self.batch_size:
                        self._flush(batch, embedder, known)
                        batch = []
                if not self.report.cancelled:
                    self._flush(batch, embedder, known)
            finally:
                for f in pending:
                    f.cancel()

    def _flush(self, batch: list[_Loaded], embedder: ImageModel, known: dict[str, int]) -> None:
        if not batch:
            return
        assert self.index is not None
        to_embed = [b for b in batch if b.decoded is not None]
        vectors = (
            embedder.embed_pixels(np.stack([b.decoded.pixels for b in to_embed]))  # type: ignore[union-attr]
            if to_embed
            else np.empty((0, embedder.dim), dtype=np.float32)
        )
        vec_of = {id(b): v for b, v in zip(to_embed, vectors, strict=True)}
        new_ids: list[int] = []
        new_vecs: list[np.ndarray] = []
        failed_ids: list[int] = []
        regions: list[tuple[int, str | None, list[str]]] = []
        with self.library.transaction():
            for b in batch:
                info, rec = b.job.info, b.job.record
                if b.error is not None:
                    pid = self.library.upsert_photo(
                        PhotoFields(info.path, info.folder_id, b.size, b.mtime_ns, b.content_hash,
                                    "failed", b.error)
                    )
                    self.library.delete_vector(pid)
                    word_index.forget(self.library, [pid])
                    failed_ids.append(pid)
                    self.report.skipped.append((info.path, b.error))
                    continue
                if b.decoded is not None:
                    m = b.decoded.meta
                    meta = dict(width=m.width, height=m.height, format=m.format, orientation=m.orientation,
                                taken_at=m.taken_at, camera_make=m.camera_make, camera_model=m.camera_model,
                                phash=b.phash)
                    vec = vec_of[id(b)]
                else:
                    if b.copy_in_run:  # its original is stored by now, earlier in this batch or before it
                        b.reuse_from = known.get(b.content_hash)  # type: ignore[arg-type]
                    source = self.library.photo(b.reuse_from) if b.reuse_from is not None else None
                    stored = self.library.vector(b.reuse_from, self.model_key) if b.reuse_from is not None else None
                    if source is None or stored is None:
                        continue  # the source vanished mid-run (cannot happen single-threaded): redo next run
                    meta = self.library.copy_metadata(source)
                    vec = stored
                    self.report.reused += 1
                pid = self.library.upsert_photo(
                    PhotoFields(info.path, info.folder_id, b.size, b.mtime_ns, b.content_hash, "ok",
                                **meta)  # type: ignore[arg-type]
                )
                self.library.put_vector(pid, self.model_key, vec)
                if b.regions is not None:
                    regions.append((pid, b.content_hash, b.regions))
                if b.words is not None:
                    word_index.store(self.library, pid, info.path, b.words)
                if b.content_hash is not None:
                    known.setdefault(b.content_hash, pid)
                new_ids.append(pid)
                new_vecs.append(vec)
                if rec is None or rec.content_hash is None:  # new, or only listed until now
                    # Bytes that were in the library before (restored from the trash, a folder added again, a
                    # move seen in two runs) get back what the user had decided about them.
                    self.library.restore_retired(pid, b.content_hash)
                    self.report.added += 1
                else:
                    self.report.updated += 1
            if regions:
                store_regions(self.library, regions)
        if new_ids:
            self.index.add(np.asarray(new_ids, dtype=np.int64), np.stack(new_vecs))
            # Label sets marked "apply to new photos" tag the batch from the vectors just made (no decoding).
            tag_new_photos(self.library, self.model_key, embedder, new_ids, np.stack(new_vecs))
        if failed_ids:
            self.index.remove(failed_ids)
        self.index.seq = self.library.max_vector_seq(self.model_key)
        self.done += len(batch)
        self._emit(batch[-1].job.info.path)


def run_index(
    library: Library,
    model_key: str,
    get_embedder: Callable[[], ImageModel] | None,
    *,
    folders: Sequence[str | os.PathLike[str]] | None = None,
    batch_size: int = DEFAULT_BATCH,
    workers: int | None = None,
    progress: Callable[[IndexProgress], None] | None = None,
    cancel: threading.Event | None = None,
    pause: threading.Event | None = None,
    retry_failed: bool = False,
) -> IndexReport:
    """Bring the library up to date with the files under ``folders`` (default: all library folders).

    ``get_embedder`` is called only when something needs embedding, so a re-index with nothing new never loads
    the model; None lists new photos (see `_list_new`) and embeds nothing, for when no model is there yet. New
    photos are always listed first, so they can be browsed before the model has seen them. Photos already in the
    library but lacking a vector of ``model_key`` (listed earlier, or after a model switch) are embedded too.
    Files that failed before are retried when they changed, when they could not be read, or always with
    ``retry_failed``.

    ``cancel`` stops the run between photos, keeping every batch already stored. While ``pause`` is set the run
    waits between photos (the batch in hand is kept, nothing is lost or done twice); the time paused is left out
    of the progress rate and ETA and reported as ``paused_s``.
    """
    run = _Run(library, model_key, get_embedder, batch_size, workers or default_workers(), progress, cancel,
               pause)
    chosen: list[Folder] = [library.add_folder(Path(f)) for f in folders] if folders else library.folders()
    plan = plan_scan(library, chosen)
    run.report.missing_folders = plan.missing_folders
    run.report.unreadable = plan.unreadable
    library.set_unreadable([f.path for f in chosen], plan.unreadable)
    run.report.unchanged = plan.unchanged
    run.report.moved = sum(1 for rec, info in plan.moved if rec.path != info.path)  # not mere re-ownership
    run.report.removed = len(plan.gone)
    run.report.removed_ids = [r.id for r in plan.gone]

    run.index = VectorIndex.open(library, model_key)
    run.apply_plan_bookkeeping(plan.moved, plan.gone, run.index)

    jobs = [_Job(info, None) for info in plan.new] + [_Job(info, rec) for rec, info in plan.changed]
    queued = {j.info.path for j in jobs}
    scanned_roots = {f.path for f in chosen}
    unembedded = [rec for rec in library.ok_photos_without_vector(model_key)
                  if rec.path not in queued and _under_any(rec.path, scanned_roots)]
    jobs += [_Job(FileInfo(rec.path, rec.folder_id, rec.size, rec.mtime_ns), rec) for rec in unembedded]
    # Unchanged since their row was written (the scan says so), their words stored then are still theirs: listed
    # in an earlier run without a model, or embedded by the model used before a switch.
    run.words_current = word_index.current_for(library, [(r.id, r.path, r.size, r.mtime_ns) for r in unembedded])
    for rec in library.failed_photos():
        if (retry_failed or (rec.error or "").startswith(READ_ERROR)) and rec.path not in queued \
                and _under_any(rec.path, scanned_roots):
            jobs.append(_Job(FileInfo(rec.path, rec.folder_id, rec.size, rec.mtime_ns), rec))
    roots = [f.path for f in chosen]
    # Before the new photos are listed, so that the sidecars that come back with them are read with them.
    back = hand_restored.take_back(library, plan.new)
    run.report.taken_back, run.report.sidecars_back, run.report.restore_problems = back.photos, back.sidecars, \
        back.problems
    try:
        _list_new(run, plan.new)
        if get_embedder is None:
            run.report.embedded = False
        elif not run.report.cancelled:
            run.process(jobs)
        if not run.report.cancelled:
            _catch_up_words(run, roots)
    finally:
        if run.index is not None:
            # Also covers an interruption between a batch's commit and its index update.
            run.index.catch_up(library)
            run.index.save(library)
        run.report.elapsed_s = time.monotonic() - run.started
    return run.report


LIST_BATCH = 256


def _list_new(run: _Run, new: list[FileInfo]) -> None:
    """Rows for new photos from their headers alone, before any is decoded or embedded: the app lists them, shows
    their thumbnails, dates, cameras and folders and finds them by their words at once (and offline, before a
    model is there at all), while embedding follows at the model's pace. A header that is plainly broken is
    recorded as failed now, with its reason. The words (names, folders, keywords, place) are read from the same
    opened header; the embedding pass then reads every listed photo again in full (for its content hash and
    pixels), but not its words, unless the file changed in between."""
    if not new:
        return
    library = run.library
    roots = [f.path for f in library.folders()]
    listings: dict[str, dict[str, str]] = {}
    for info in new:  # one listing of sidecars per folder, not a stat per photo and spelling
        folder = os.path.dirname(info.path)
        if folder not in listings:
            listings[folder] = word_index.folder_listing(folder)

    def look(info: FileInfo) -> tuple[imaging.PhotoMeta | None, str | None, PhotoWords | None,
                                      word_index.FileKey | None]:
        root, names = word_index.owning_root(info.path, roots), listings[os.path.dirname(info.path)]
        key = word_index.file_key(info.path)
        opened: list[PhotoWords] = []
        try:
            meta = imaging.read_header(
                info.path, lambda img: opened.append(word_index.read_from_disk(info.path, root, names, img)))
        except imaging.ImageError as e:
            return None, str(e), None, None
        except OSError as e:
            return None, f"{READ_ERROR}: {e.strerror or e}", None, None
        # A RAW file's header is LibRaw's: its words come from whatever Pillow reads of it (EXIF, GPS).
        words = opened[0] if opened else word_index.read_from_disk(info.path, root, names)
        return meta, None, words, key

    def report(done: int, path: str | None) -> None:
        if run.progress is not None:
            run.progress(IndexProgress(done, len(new), 0, 0.0, None, path, listing=True))

    done = 0
    report(0, None)
    with ThreadPoolExecutor(run.workers, thread_name_prefix="photoclip-list") as pool:
        for start in range(0, len(new), LIST_BATCH):
            run._wait_while_paused()  # paused means no disk work at all, listing included
            if run._cancelled():
                run.report.cancelled = True
                return
            chunk = new[start:start + LIST_BATCH]
            looked = list(pool.map(look, chunk))
            with library.transaction():
                for info, (meta, error, words, key) in zip(chunk, looked, strict=True):
                    fields = dict(width=meta.width, height=meta.height, format=meta.format,
                                  orientation=meta.orientation, taken_at=meta.taken_at,
                                  camera_make=meta.camera_make, camera_model=meta.camera_model) if meta else {}
                    pid = library.upsert_photo(PhotoFields(info.path, info.folder_id, info.size, info.mtime_ns,
                                                           None, "failed" if error else "ok", error,
                                                           **fields))  # type: ignore[arg-type]
                    if words is not None:
                        word_index.store(library, pid, info.path, words)
                        if key is not None:
                            run.words_current[info.path] = key
            done += len(chunk)
            run.report.listed = done
            report(done, chunk[-1].path)


def _catch_up_words(run: _Run, roots: list[str]) -> None:
    """Words of photos the embedding pass did not read: a sidecar edited beside an unchanged photo, a moved or
    renamed file, a library made before words were kept. They count as extra progress of the same run."""
    base_done, base_total = run.done, run.total

    def on_batch(done: int, total: int, path: str) -> None:
        run.done, run.total = base_done + done, base_total + total
        run._emit(path)

    run.report.words_read = word_index.catch_up(run.library, roots, run.workers, run.cancel, on_batch)
    if run.cancel is not None and run.cancel.is_set():
        run.report.cancelled = True


def _under_any(path: str, roots: set[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)
