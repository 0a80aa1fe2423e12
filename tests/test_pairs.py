"""RAW + JPEG pairs: one shot in two files. One search result (the JPEG, naming the RAW), never a duplicate of
itself, and the RAW never suggested for the trash. Real DNGs and JPEGs of real photographs, indexed for real."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from photoclip.cli import main
from photoclip.core import duplicate_actions as dup_actions
from photoclip.core import duplicates as dup
from photoclip.core.pairs import Pair, collapse, companions, find_pairs, library_pairs
from photoclip.gui.queries import Query, QueryContext, fetch_rows, run_query
from tests.photos import snapshot, variant, write_photo
from tests.raw_files import write_dng

TINY = "photoclip-tiny"


def shoot(folder: Path, name: str, i: int, raw_ext: str = ".DNG", jpeg_name: str | None = None) -> tuple[Path, Path]:
    """A camera in RAW+JPEG mode: the same shot as a DNG (with its preview) and a JPEG beside it."""
    pixels = __import__("numpy").asarray(variant(i, 320))
    raw = write_dng(folder / f"{name}{raw_ext}", pixels, preview=320)
    jpeg = write_photo(folder / (jpeg_name or f"{name}.JPG"), i, size=320, quality=92)
    return raw, jpeg


def test_find_pairs_by_folder_and_base_name_ignoring_case():
    photos = [(1, "/p/IMG_1.CR2"), (2, "/p/img_1.jpg"), (3, "/p/IMG_1.dng"), (4, "/p/IMG_2.NEF"), (5, "/p/IMG_2.HEIC"),
              (6, "/p/IMG_2.JPG"), (7, "/p/IMG_3.JPG"), (8, "/p/IMG_10.CR2"), (9, "/q/IMG_3.CR2"), (10, "/p/IMG_4.CR2"),
              (11, "/p/IMG_4.png")]
    pairs = find_pairs(photos)
    assert pairs[1] == pairs[2] == pairs[3] == Pair(2, (1, 3))
    assert pairs[4] == pairs[6] == Pair(6, (4,))  # the JPEG shows the shot rather than the HEIF
    assert not {5, 7, 8, 9, 10, 11} & pairs.keys()  # another folder, another name, a PNG: no pair
    shown, positions = collapse([8, 1, 7, 2, 4, 6, 3], pairs)
    assert shown == [8, 2, 7, 6] and positions == [0, 1, 2, 4]


def test_search_shows_one_result_per_pair_naming_the_raw(engine, tmp_path, capsys):
    photos = tmp_path / "photos"
    raw, jpeg = shoot(photos, "IMG_0001", 0, jpeg_name="img_0001.jpg")
    for i in range(1, 6):
        write_photo(photos / f"other_{i}.jpg", i, size=320)
    before = snapshot(photos)
    report = engine.index([photos])
    assert report.added == 7 and not report.skipped
    lib = engine.library
    raw_id, jpeg_id = lib.photo_by_path(raw).id, lib.photo_by_path(jpeg).id
    assert companions(lib, [raw_id]) == {raw_id: Pair(jpeg_id, (raw_id,)), jpeg_id: Pair(jpeg_id, (raw_id,))}
    assert library_pairs(lib) == companions(lib, [jpeg_id])

    # The RAW's own vector finds the shot first; it comes back once, as the JPEG, with the RAW named.
    searcher, _ = engine.searcher()
    hits = searcher.search_vector(lib.vector(raw_id, engine.active.key), limit=10)
    assert [h.path for h in hits].count(str(jpeg)) == 1 and str(raw) not in [h.path for h in hits]
    assert len(hits) == 6 and hits[0].photo_id == jpeg_id and hits[0].raws == (str(raw),)
    assert all(h.raws == () for h in hits[1:])
    # "More like this" of the JPEG leaves out the JPEG and its RAW alike.
    hits, _ = engine.search(like=[jpeg_id], limit=10)
    assert not {raw_id, jpeg_id} & {h.photo_id for h in hits} and len(hits) == 5

    code = main(["search", "a cat", "--limit", "10", "--library", str(lib.folder)])
    out = capsys.readouterr().out
    assert code == 0 and len(out.strip().splitlines()) == 6
    assert f"{jpeg}  (+ RAW IMG_0001.DNG)" in out and f"{raw}\n" not in out
    main(["search", "a cat", "--json", "--library", str(lib.folder)])
    results = json.loads(capsys.readouterr().out)["results"]
    assert [r["raw"] for r in results if r["id"] == jpeg_id] == [[str(raw)]]

    # The app's queries: browsing shows the JPEG only; a search ranks the shot once; its row names the RAW.
    ctx = QueryContext(engine, model_ready=True)
    browse = run_query(ctx, Query())
    assert raw_id not in browse.ids.tolist() and jpeg_id in browse.ids.tolist() and len(browse.ids) == 6
    found = run_query(ctx, Query(like=(raw_id,)))
    assert {raw_id, jpeg_id}.isdisjoint(found.ids.tolist()) and len(found.ids) == 5
    found = run_query(ctx, Query(text="a cat"))
    assert found.ids.tolist().count(jpeg_id) == 1 and raw_id not in found.ids.tolist()
    assert len(found.scores) == len(found.ids) == 6
    assert fetch_rows(ctx, [jpeg_id])[jpeg_id].raws == (str(raw),)
    assert snapshot(photos) == before


def test_a_raw_and_its_own_jpeg_are_never_duplicates(engine, tmp_path):
    photos = tmp_path / "photos"
    raw, jpeg = shoot(photos, "IMG_0001", 2)
    engine.index([photos])
    lib = engine.library
    # The JPEG and the DNG's rendering are the same picture (its pHash is within reach), yet never one group.
    for strength, threshold in (("same", 32), ("similar", 0.01)):
        assert dup.find_duplicates(lib, engine.active.key, strength, threshold) == [], strength
    # Without the pair rule they would have been: the same files under names that do not pair.
    other = tmp_path / "unpaired"
    other.mkdir()
    shutil.copy2(raw, other / "A.DNG")
    shutil.copy2(jpeg, other / "B.JPG")
    engine.index([other])
    groups = dup.find_duplicates(lib, engine.active.key, "similar", 0.01, folder=other)
    assert [sorted(os.path.basename(p.path) for p in g.members) for g in groups] == [["A.DNG", "B.JPG"]]


def test_duplicates_never_suggest_trashing_the_raw_of_a_pair(engine, tmp_path):
    photos = tmp_path / "photos"
    raw, jpeg = shoot(photos, "IMG_0001", 3)
    backup = photos / "backup"
    backup.mkdir()
    copy = Path(shutil.copy2(raw, backup / "IMG_0001_copy.DNG"))  # an unpaired byte-identical copy
    engine.index([photos])
    lib = engine.library
    (group,) = dup.find_duplicates(lib, None, "identical")
    raw_rec, copy_rec = lib.photo_by_path(raw), lib.photo_by_path(copy)
    # Ties everywhere else (same pixels, size, date, metadata, and the copy's name is not longer): the paired
    # RAW is kept for being a pair's original.
    assert group.keeper_id == raw_rec.id and group.ids == [raw_rec.id, copy_rec.id]

    # The user picks the copy to keep: the paired RAW is still not trashed, and says why.
    trashed: list[str] = []
    report = dup_actions.trash_others(lib, group, keeper_id=copy_rec.id, trash=trashed.append)
    assert trashed == [] and report.skipped == [
        (str(raw), "the RAW original of IMG_0001.JPG beside it (a RAW + JPEG pair); photoclip never removes it")]
    report = dup_actions.trash_others(lib, group, trash=trashed.append)
    assert trashed == [str(copy)] and raw.exists() and jpeg.exists()


def test_two_paired_raws_never_share_a_group(engine, tmp_path):
    photos = tmp_path / "photos"
    shoot(photos, "IMG_0001", 4)
    # The same shot in another folder with its JPEG too (a second card copy): each RAW keeps its pair.
    second = photos / "card2"
    shoot(second, "IMG_0001", 4)
    engine.index([photos])
    groups = dup.find_duplicates(engine.library, None, "identical")
    raws = engine.library.db.execute("SELECT id FROM photos WHERE format = 'DNG'").fetchall()
    assert len(raws) == 2 and len(groups) == 1  # the two JPEGs; the RAWs stay apart
    for g in groups:
        assert sum(1 for p in g.members if p.format == "DNG") <= 1
        assert g.keeper.format != "DNG" or all(p.format != "DNG" for p in g.others())


def test_status_counts_photos_by_format(tmp_path, tiny_model_file, capsys):
    photos = tmp_path / "photos"
    shoot(photos, "IMG_0001", 5, raw_ext=".dng")
    write_dng(photos / "IMG_0002.DNG", __import__("numpy").asarray(variant(6, 320)))
    (photos / "IMG_0003.NEF").write_bytes(b"broken" * 100)
    write_photo(photos / "x.png", 7, fmt="PNG")
    lib = ["--library", str(tmp_path / "library")]
    assert main(["index", str(photos), *lib, "--model", TINY, "--model-file", str(tiny_model_file)]) == 0
    capsys.readouterr()
    assert main(["status", *lib]) == 0
    out = capsys.readouterr().out
    assert "Formats:  DNG 2, JPEG 1, NEF 0 (1 failed), PNG 1" in out and "2 RAW photos" in out
    assert main(["status", "--json", *lib]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["formats"]["DNG"] == {"ok": 2, "failed": 0} and info["formats"]["NEF"] == {"ok": 0, "failed": 1}


def test_a_pair_has_one_set_of_tags_and_its_raw_sidecar_carries_them(engine, tmp_path):
    from photoclip.core import tag_store, tagging, xmp

    photos = tmp_path / "photos"
    raw, jpeg = shoot(photos, "IMG_0007", 0)
    write_photo(photos / "alone.jpg", 3, size=320)
    engine.index([photos])
    lib = engine.library
    raw_id, jpeg_id = lib.photo_by_path(raw).id, lib.photo_by_path(jpeg).id
    s = tag_store.create_set(lib, "Scenes", "multi", ["portrait", "landscape"], threshold=-1.0)  # tags everything
    report = tagging.apply_set(lib, s, engine.active.key, engine.embedder)
    assert report.photos == 2  # the shot and the lone photo: the RAW is not tagged on its own
    scored = {r[0] for r in lib.db.execute("SELECT DISTINCT photo_id FROM tag_scores")}
    assert raw_id not in scored and jpeg_id in scored

    # A word on the RAW is a word on the shot; both files answer with the same tags.
    label = next(lab for lab in s.labels if lab.name == "landscape")
    tag_store.decide(lib, [raw_id], label.id, False)
    assert [tuple(r) for r in lib.db.execute("SELECT photo_id FROM tag_decisions")] == [(jpeg_id,)]
    assert tag_store.tags_of(lib, raw_id) == tag_store.tags_of(lib, jpeg_id)
    assert {t.label for t in tag_store.tags_of(lib, raw_id) if t.tagged} == {"portrait"}

    before = raw.read_bytes(), raw.stat().st_mtime_ns
    xmp.export_sidecars(lib)
    # Lightroom's name for the RAW's sidecar; the JPEG of the pair shares it rather than disagreeing with it.
    keywords, hierarchical = xmp.read_keywords(raw.with_suffix(".xmp"))
    assert keywords == ["portrait"] and hierarchical == ["Scenes|portrait"]
    assert not raw.with_name(raw.name + ".xmp").exists()
    assert (raw.read_bytes(), raw.stat().st_mtime_ns) == before


def test_the_quick_extension_test_agrees_with_splitext_on_awkward_names():
    """`find_pairs` tests every photo's extension without `os.path.splitext` (a third of the time when the app's
    catalog loads); it must agree with it wherever a name is odd."""
    import os
    import random

    from photoclip.core.formats import RAW_EXTENSIONS, extension
    from photoclip.core.pairs import SHOWN_EXTENSIONS, _tail

    rng = random.Random(7)
    parts = ["a", ".", "..", "b.c", "IMG_1", ".cr2", "x.JPG", "y.Cr2", os.sep, "d.e" + os.sep, "..jpg", "z.heic",
             ".hidden.jpg", "...nef", "é.DNG", " .jpeg"]
    for _ in range(20_000):
        path = "".join(rng.choice(parts) for _ in range(rng.randint(1, 5)))
        ext = extension(path)
        assert _tail(path) == (ext if ext in RAW_EXTENSIONS or ext in SHOWN_EXTENSIONS else ""), path
