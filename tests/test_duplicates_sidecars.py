"""What the user wrote into XMP sidecars survives a duplicates merge and its undo: a keyword of the user's that
reads like one of photoclip's tags stays a word (on merge, at export, at a re-read), and a sidecar shared by the
files of one shot (IMG_1.jpg + IMG_1.png beside IMG_1.xmp) comes back beside the shot whichever of them comes back
first, never over a file that is there, and is never left behind; an undo puts back the very bytes its decision
sent away, and a move puts no shot-wide sidecar beside another file of its stem. Real copies of a real photograph
indexed by the real pipeline, real sidecars, the real send2trash over a freedesktop trash in the test's folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photoclip.cli import main
from photoclip.core import duplicate_actions as dup_actions
from photoclip.core import duplicate_merge, tag_store, xmp
from photoclip.core import duplicates as dup
from photoclip.core.engine import Engine
from photoclip.core.library import Library
from tests.photos import snapshot, write_family

TINY = "photoclip-tiny"


def index(lib_dir: Path, folder: Path, model_file: Path) -> Engine:
    engine = Engine(lib_dir, model=TINY, model_file=model_file)
    report = engine.index([folder])
    assert not report.skipped, report.skipped
    return engine


def sidecar(subject: tuple[str, ...] = (), hierarchical: tuple[str, ...] = (),
            photoclips: tuple[str, ...] | None = None) -> str:
    """A sidecar as Lightroom or digiKam leave it; ``photoclips``: the flat keywords a photoclip export listed as
    its own (None: no such list, as in a sidecar photoclip never wrote or an older photoclip wrote)."""

    def bag(prop: str, items: tuple[str, ...]) -> str:
        return f"<{prop}><rdf:Bag>{''.join(f'<rdf:li>{k}</rdf:li>' for k in items)}</rdf:Bag></{prop}>"

    own = bag("photoclip:TagKeywords", photoclips) if photoclips is not None else ""
    return ('<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 7.0">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:lr="http://ns.adobe.com/lightroom/1.0/" xmlns:photoclip="http://ns.photoclip.invalid/xmp/1.0/">'
            f'{bag("dc:subject", subject)}{bag("lr:hierarchicalSubject", hierarchical)}{own}'
            '</rdf:Description></rdf:RDF></x:xmpmeta>')


def keywords_of(lib: Library, word: str) -> set[int]:
    return {r[0] for r in lib.db.execute("SELECT rowid FROM words_fts WHERE words_fts MATCH ?",
                                         (f"keywords : {word}",))}


def decided(lib: Library, photo_id: int) -> dict[int, bool]:
    return {r[0]: bool(r[1]) for r in lib.db.execute(
        "SELECT label_id, accepted FROM tag_decisions WHERE photo_id = ?", (photo_id,))}


# -- the user's keywords that read like photoclip's tags --------------------------------------------------------


def test_a_users_keyword_equal_to_a_set_or_label_name_stays_a_word(tmp_path, tiny_model_file, trash_dir):
    """The copy's sidecar: the user typed Beach, Scene and Lisbon, and Scene|Sunset (a label this library's set
    lacks); Scene|Beach and Scene|Harbour are tags, Harbour's flat keyword listed by photoclip's export as its own.
    The keeper's own sidecar holds the user's Tram beside photoclip's Scene|Tram, and the user said no to Beach
    on it. Only photoclip's own keywords (Harbour) are not words: Beach, Scene and Sunset reach the keeper, its
    search and its export (the "no" is on photoclip's tag, not on the user's keyword), Harbour comes as a tag, and
    the keeper's own Tram stays findable through a re-read and in its sidecar."""
    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60",))
    (photos / "astronaut_q60.jpg.xmp").write_text(sidecar(
        ("Beach", "Scene", "Lisbon", "Harbour"), ("Scene|Beach", "Scene|Sunset", "Scene|Harbour"), ("Harbour",)))
    (photos / "astronaut.jpg.xmp").write_text(sidecar(("Tram",), ("Scene|Tram",)))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    scene = tag_store.create_set(lib, "Scene", "multi", ["Beach", "Harbour", "Tram"])
    label = {lab.name: lab.id for lab in scene.labels}
    keeper, copy = lib.photo_by_path(fam["original"]), lib.photo_by_path(fam["q60"])
    engine.index()  # read again, now that the set exists: what a re-read indexes does not depend on it
    assert keywords_of(lib, "tram") == {keeper.id}
    tag_store.decide(lib, [keeper.id], label["Beach"], False)

    (group,) = dup.find_duplicates(lib, None, "same")
    (plan,) = dup_actions.plan_merge(lib, group, keeper.id)
    assert sorted(plan.words["keywords"]) == ["Beach", "Lisbon", "Scene", "Sunset"]
    assert {(lid, acc) for lid, acc, _ in plan.tags} == {(label["Harbour"], True)}
    dup_actions.trash_others(lib, group, keeper.id)
    assert decided(lib, keeper.id) == {label["Beach"]: False, label["Harbour"]: True}
    for word in ("beach", "scene", "sunset", "lisbon", "tram"):
        assert keywords_of(lib, word) == {keeper.id}, word
    assert keywords_of(lib, "harbour") == set()  # only photoclip's tag keyword: a tag now, not a word
    assert copy.id not in {p.id for p in lib.ok_photos()}

    # The keeper's own Tram, typed by the user beside photoclip's Scene|Tram, survives a re-read...
    engine.index()
    assert keywords_of(lib, "tram") == keywords_of(lib, "sunset") == {keeper.id}
    # ...and the export: the user's Tram and Beach are written, and only the tags the keeper has as Set|Label.
    xmp.export_sidecars(lib, [keeper.id])
    flat, hier = xmp.read_keywords(photos / "astronaut.jpg.xmp")
    assert sorted(flat) == ["Beach", "Harbour", "Lisbon", "Scene", "Sunset", "Tram"]
    assert "Scene|Harbour" in hier and "Scene|Beach" not in hier
    engine.close()


def test_the_export_takes_out_only_the_flat_keywords_it_added(tmp_path):
    """The user typed Harbour in Lightroom; photoclip's export adds Scene|Harbour and Scene|Beach (and flat Beach,
    its own). When both tags no longer apply, Beach goes and the user's Harbour stays; a merge reads Harbour as the
    user's word and Beach's keywords as nothing of the user's."""
    from tests.photos import write_photo

    photo = write_photo(tmp_path / "IMG_1.jpg", 0)
    side = tmp_path / "IMG_1.jpg.xmp"
    side.write_text(sidecar(("Harbour", "Lisbon")))
    assert xmp.write_sidecar(photo, [("Scene", "Harbour"), ("Scene", "Beach")], ["Scene"]) == side
    flat, hier = xmp.read_keywords(side)
    assert sorted(flat) == ["Beach", "Harbour", "Lisbon"] and sorted(hier) == ["Scene|Beach", "Scene|Harbour"]
    assert xmp.write_sidecar(photo, [], ["Scene"]) == side
    assert xmp.read_keywords(side) == (["Harbour", "Lisbon"], [])
    # Written again: nothing changes, and the user's Harbour is still not photoclip's to take.
    assert xmp.write_sidecar(photo, [], ["Scene"]) is None
    assert xmp.write_sidecar(photo, [("Scene", "Harbour")], ["Scene"]) == side
    assert xmp.write_sidecar(photo, [], ["Scene"]) == side
    assert xmp.read_keywords(side) == (["Harbour", "Lisbon"], [])

    # What a merge reads as the user's words: Harbour and Lisbon, not photoclip's Beach nor the set's name.
    from photoclip.core.photo_words import read_words

    xmp.write_sidecar(photo, [("Scene", "Harbour"), ("Scene", "Beach")], ["Scene"])
    leave_out, tagged = duplicate_merge._exported([str(side)], {"scene": {"harbour": 1, "beach": 2}})
    assert read_words(str(photo), None, leave_out=leave_out).keywords.splitlines() == ["Harbour", "Lisbon"]
    assert tagged == {1, 2}


# -- a sidecar shared by the files of one shot ------------------------------------------------------------------


def _shot(photos: Path) -> dict[str, Path]:
    """astronaut.jpg (the keeper) and one shot of two copies of it, IMG_1.jpg and IMG_1.png, sharing IMG_1.xmp;
    IMG_1.png also has its own IMG_1.png.xmp."""
    from PIL import Image

    fam = write_family(photos, "astronaut", ())
    with Image.open(fam["original"]) as im:
        im.save(jpg := photos / "IMG_1.jpg", quality=70)
        im.save(png := photos / "IMG_1.png")
    (shared := photos / "IMG_1.xmp").write_text(sidecar(("Shared",)))
    (own := photos / "IMG_1.png.xmp").write_text(sidecar(("Own",)))
    return {"keeper": fam["original"], "jpg": jpg, "png": png, "shared": shared, "own": own}


def _act(engine: Engine, shot: dict[str, Path], action: str, dest: Path) -> tuple[int, int]:
    """Trash or move the shot's two files (the keeper stays); (the decision that took the shared sidecar, the
    other one)."""
    lib = engine.library
    (group,) = dup.find_duplicates(lib, None, "same")
    assert {Path(p.path) for p in group.members} == {shot["keeper"], shot["jpg"], shot["png"]}
    keeper_id = lib.photo_by_path(shot["keeper"]).id
    if action == "trash":
        report = dup_actions.trash_others(lib, group, keeper_id)
    else:
        report = dup_actions.move_others(lib, group, dest, keeper_id)
    assert len(report.done) == 2 and not shot["shared"].exists()
    owner = [d for d in report.decision_ids
             if str(shot["shared"]) in {s["from"] for s in duplicate_merge.details_of(lib, d)["sidecars"]}]
    assert len(owner) == 1  # the last of the shot to leave took it
    (other,) = set(report.decision_ids) - set(owner)
    return owner[0], other


def _trashed(trash_dir: Path) -> list[str]:
    return sorted(p.name for p in (trash_dir / "files").iterdir())


@pytest.mark.parametrize("action", ["trash", "move"])
def test_the_shared_sidecar_comes_back_with_the_first_file_of_its_shot_in_any_order(
        tmp_path, tiny_model_file, trash_dir, action):
    """The shared IMG_1.xmp left with the last of IMG_1.jpg and IMG_1.png; undoing the other one alone brings it
    back beside the shot, and undoing the last one then brings its own sidecar and looks for no other."""
    photos = tmp_path / "photos"
    shot = _shot(photos)
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    before = snapshot(photos)
    owner, other = _act(engine, shot, action, tmp_path / "review")
    other_path = lib.db.execute("SELECT path FROM duplicate_decisions WHERE id = ?", (other,)).fetchone()[0]

    first = duplicate_merge.undo(lib, other)
    assert first.restored == [other_path] and first.failed == []
    assert shot["shared"].read_text() == sidecar(("Shared",))  # beside the shot again, as it was
    assert str(shot["shared"]) in first.sidecars

    second = duplicate_merge.undo(lib, owner)
    assert len(second.restored) == 1 and second.failed == [] and second.renamed == []
    assert snapshot(photos) == before
    if action == "trash":
        assert _trashed(trash_dir) == []
    else:
        assert list((tmp_path / "review").iterdir()) == []
    engine.close()


def test_a_shared_sidecar_never_overwrites_one_made_since_and_both_are_kept(tmp_path, tiny_model_file, trash_dir,
                                                                            capsys):
    """After the trash, Lightroom wrote a new IMG_1.xmp beside the keeper's shot name. The undo leaves it as it
    is, puts the trashed one back beside it as IMG_1 (restored).xmp, and the command line says so; nothing stays in
    the trash."""
    photos = tmp_path / "photos"
    shot = _shot(photos)
    engine = index(tmp_path / "library", photos, tiny_model_file)
    _act(engine, shot, "trash", tmp_path / "review")
    engine.close()
    shot["shared"].write_text("the user's new sidecar")

    assert main(["duplicates", "--undo", "--json", "--library", str(tmp_path / "library"), "--model", TINY,
                 "--model-file", str(tiny_model_file)]) == 0
    report = json.loads(capsys.readouterr().out)["action"]
    assert sorted(report["restored"]) == sorted([str(shot["jpg"]), str(shot["png"])]) and report["failed"] == []
    restored = photos / "IMG_1 (restored).xmp"
    assert report["sidecars_renamed"] == [{"sidecar": str(shot["shared"]), "put_back_as": str(restored)}]
    assert report["sidecars"] == [str(shot["own"])]
    assert shot["shared"].read_text() == "the user's new sidecar"
    assert restored.read_text() == sidecar(("Shared",)) and shot["own"].read_text() == sidecar(("Own",))
    assert _trashed(trash_dir) == []


def test_a_copy_put_back_by_hand_and_scanned_again_counts_as_undone_and_brings_its_sidecars(
        tmp_path, tiny_model_file, trash_dir):
    """The user takes the shot's last file (the one the shared sidecar went with) out of the trash by hand, without
    its sidecars, and the library reads it again: the scan counts its decision as undone and brings its sidecars
    back (see `hand_restored`). An undo then brings the other file back, the merges are taken back, and nothing is
    left in the trash."""
    photos = tmp_path / "photos"
    shot = _shot(photos)
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    before = snapshot(photos)
    owner, _other = _act(engine, shot, "trash", tmp_path / "review")
    keeper_id = lib.photo_by_path(shot["keeper"]).id
    assert keywords_of(lib, "shared") == {keeper_id}
    owner_path = Path(lib.db.execute("SELECT path FROM duplicate_decisions WHERE id = ?", (owner,)).fetchone()[0])
    (trash_dir / "files" / owner_path.name).rename(owner_path)  # what a file manager's "restore" does
    (trash_dir / "info" / f"{owner_path.name}.trashinfo").unlink()
    scanned = engine.index()
    assert lib.photo_by_path(owner_path) is not None
    assert scanned.taken_back == [str(owner_path)] and scanned.restore_problems == []
    assert shot["shared"].read_text() == sidecar(("Shared",))
    other_path = shot["png"] if owner_path == shot["jpg"] else shot["jpg"]

    report = duplicate_merge.undo(lib)
    assert report.restored == [str(other_path)] and report.failed == []
    assert snapshot(photos) == before and _trashed(trash_dir) == []
    assert keeper_id not in keywords_of(lib, "shared") | keywords_of(lib, "own")
    assert duplicate_merge.undoable(lib) == []
    engine.close()


def test_an_undo_brings_back_no_sidecar_of_another_life_of_the_shots_name(tmp_path, tiny_model_file, trash_dir):
    """IMG_1.jpg left with its IMG_1.xmp long ago; since, another shot took the name (IMG_1.webp kept, IMG_1.png
    a copy of it) with an IMG_1.xmp of its own, which stays with the keeper. Undoing the copy brings back the copy
    alone: the old sidecar is nothing of this shot's and stays in the trash."""
    from PIL import Image

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ())
    with Image.open(fam["original"]) as im:
        im.save(old := photos / "IMG_1.jpg", quality=70)
    (photos / "IMG_1.xmp").write_text(sidecar(("Old",)))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    (group,) = dup.find_duplicates(lib, None, "same")
    dup_actions.trash_others(lib, group, lib.photo_by_path(fam["original"]).id)
    assert _trashed(trash_dir) == ["IMG_1.jpg", "IMG_1.xmp"]

    chelsea = write_family(tmp_path / "other", "chelsea", ())["original"]
    with Image.open(chelsea) as im:
        im.save(webp := photos / "IMG_1.webp", quality=90)
        im.save(png := photos / "IMG_1.png")
    (photos / "IMG_1.xmp").write_text(sidecar(("New",)))
    engine.index()
    (group,) = dup.find_duplicates(lib, None, "same")
    assert {Path(p.path) for p in group.members} == {webp, png}
    report = dup_actions.trash_others(lib, group, lib.photo_by_path(webp).id)
    assert report.sidecars == [] and (photos / "IMG_1.xmp").exists()

    undone = duplicate_merge.undo(lib)
    assert undone.restored == [str(png)] and undone.failed == [] and undone.renamed == []
    assert sorted(p.name for p in photos.iterdir()) == ["IMG_1.png", "IMG_1.webp", "IMG_1.xmp", "astronaut.jpg"]
    assert (photos / "IMG_1.xmp").read_text() == sidecar(("New",)) and not old.exists()
    assert _trashed(trash_dir) == ["IMG_1.jpg", "IMG_1.xmp"]
    engine.close()


def test_undoing_a_photo_trashed_twice_from_one_path_puts_back_the_bytes_it_sent_away(tmp_path, tiny_model_file,
                                                                                    trash_dir):
    """astronaut_q60.jpg went to the trash with its sidecar; later another copy saved under the same names went
    too. Undoing the first decision puts back the first file and sidecar, whichever the trash holds as newer, and
    the second decision then its own."""
    from PIL import Image

    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("q60",))
    side = photos / "astronaut_q60.jpg.xmp"
    side.write_text(sidecar(("First",)))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    keeper_id = lib.photo_by_path(fam["original"]).id
    first_bytes = fam["q60"].read_bytes()
    (group,) = dup.find_duplicates(lib, None, "same")
    (first,) = dup_actions.trash_others(lib, group, keeper_id).decision_ids

    with Image.open(fam["original"]) as im:
        im.save(fam["q60"], quality=50)
    second_bytes = fam["q60"].read_bytes()
    assert second_bytes != first_bytes
    side.write_text(sidecar(("Second",)))
    engine.index()
    (group,) = dup.find_duplicates(lib, None, "same")
    (second,) = dup_actions.trash_others(lib, group, keeper_id).decision_ids
    assert len(list((trash_dir / "files").iterdir())) == 4

    undone = duplicate_merge.undo(lib, first)
    assert undone.restored == [str(fam["q60"])] and undone.failed == []
    assert fam["q60"].read_bytes() == first_bytes and side.read_text() == sidecar(("First",))
    fam["q60"].unlink()
    side.unlink()
    undone = duplicate_merge.undo(lib, second)
    assert undone.restored == [str(fam["q60"])] and undone.failed == []
    assert fam["q60"].read_bytes() == second_bytes and side.read_text() == sidecar(("Second",))
    assert list((trash_dir / "files").iterdir()) == []
    engine.close()


def test_a_moved_shot_sidecar_is_not_put_beside_another_file_of_its_stem(tmp_path, tiny_model_file):
    """The move's folder holds someone's astronaut_half.png. astronaut_half.jpg's sidecar astronaut_half.xmp
    (Lightroom's form, every astronaut_half.* file's) put there would describe that PNG too: the copy and its
    sidecar take the next free stem instead, and the undo brings both back."""
    photos = tmp_path / "photos"
    fam = write_family(photos, "astronaut", ("half",))
    (photos / "astronaut_half.xmp").write_text(sidecar(("Tram",)))
    engine = index(tmp_path / "library", photos, tiny_model_file)
    lib = engine.library
    before = snapshot(photos)
    dest = tmp_path / "review"
    dest.mkdir()
    (dest / "astronaut_half.png").write_bytes(b"someone else's photo")
    (group,) = dup.find_duplicates(lib, None, "same")
    report = dup_actions.move_others(lib, group, dest, lib.photo_by_path(fam["original"]).id)
    assert [Path(new).name for _p, new in report.done] == ["astronaut_half (1).jpg"]
    assert sorted(p.name for p in dest.iterdir()) == [
        "astronaut_half (1).jpg", "astronaut_half (1).xmp", "astronaut_half.png"]

    undone = duplicate_merge.undo(lib)
    assert undone.restored == [str(fam["half"])] and undone.failed == [] and snapshot(photos) == before
    assert [p.name for p in dest.iterdir()] == ["astronaut_half.png"]
    engine.close()
