"""What the user wrote into XMP sidecars survives a duplicates merge and its undo: a keyword of the user's that
reads like one of photoclip's tags stays a word (on merge, at export, at a re-read), and a sidecar shared by the
files of one shot (IMG_1.jpg + IMG_1.png beside IMG_1.xmp) comes back beside the shot whichever of them comes back
first, never over a file that is there, and is never left behind. Real copies of a real photograph indexed by the
real pipeline, real sidecars, the real send2trash over a freedesktop trash in the test's folder."""

from __future__ import annotations

from pathlib import Path

from photoclip.core import duplicate_actions as dup_actions
from photoclip.core import duplicate_merge, tag_store, xmp
from photoclip.core import duplicates as dup
from photoclip.core.engine import Engine
from photoclip.core.library import Library
from tests.photos import write_family

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
    The keeper's own sidecar holds the user's Tram beside photoclip's Scene|Tram. Only photoclip's own keywords
    (Harbour) are not words: Beach, Scene and Sunset reach the keeper and its search, Beach and Harbour come as
    tags too, and the keeper's own Tram stays findable through a re-read."""
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

    (group,) = dup.find_duplicates(lib, None, "same")
    (plan,) = dup_actions.plan_merge(lib, group, keeper.id)
    assert sorted(plan.words["keywords"]) == ["Beach", "Lisbon", "Scene", "Sunset"]
    assert {(lid, acc) for lid, acc, _ in plan.tags} == {(label["Beach"], True), (label["Harbour"], True)}
    dup_actions.trash_others(lib, group, keeper.id)
    assert decided(lib, keeper.id) == {label["Beach"]: True, label["Harbour"]: True}
    for word in ("beach", "scene", "sunset", "lisbon", "tram"):
        assert keywords_of(lib, word) == {keeper.id}, word
    assert keywords_of(lib, "harbour") == set()  # only photoclip's tag keyword: a tag now, not a word
    assert copy.id not in {p.id for p in lib.ok_photos()}

    # The keeper's own Tram, typed by the user beside photoclip's Scene|Tram, survives a re-read...
    engine.index()
    assert keywords_of(lib, "tram") == keywords_of(lib, "sunset") == {keeper.id}
    # ...and the export: the user's Tram stays, photoclip's Beach and Harbour come and go with their tags.
    xmp.export_sidecars(lib, [keeper.id])
    flat, hier = xmp.read_keywords(photos / "astronaut.jpg.xmp")
    assert {"Tram", "Beach", "Harbour", "Scene", "Sunset", "Lisbon"} <= set(flat)
    assert sorted(hier) == ["Scene|Beach", "Scene|Harbour"]
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
