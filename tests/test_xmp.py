"""XMP sidecars: valid XML that digiKam and Lightroom read, merged into an existing sidecar keeping its other
fields, the right file name, bad sidecars left alone, and the photo itself never touched."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from photos import snapshot, write_photo

from photoclip.core import tag_store, xmp
from photoclip.core.library import Library, PhotoFields

EXISTING = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="XMP Core 4.4.0-Exiv2">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:lr="http://ns.adobe.com/lightroom/1.0/"
    xmlns:digiKam="http://www.digikam.org/ns/1.0/"
    xmp:Rating="4">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Summer</rdf:li></rdf:Alt></dc:title>
   <dc:subject><rdf:Bag><rdf:li>family</rdf:li><rdf:li>beach</rdf:li><rdf:li>city</rdf:li></rdf:Bag></dc:subject>
   <lr:hierarchicalSubject><rdf:Bag><rdf:li>People|family</rdf:li><rdf:li>Scenes|city</rdf:li></rdf:Bag>
   </lr:hierarchicalSubject>
   <digiKam:ColorLabel>3</digiKam:ColorLabel>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


def keywords(path: Path) -> tuple[set[str], set[str]]:
    flat, hier = xmp.read_keywords(path)
    return set(flat), set(hier)


def test_new_sidecar_is_valid_xmp(tmp_path: Path):
    photo = write_photo(tmp_path / "a.jpg", 0)
    before = snapshot(tmp_path)
    written = xmp.write_sidecar(photo, [("Scenes", "beach"), ("Contents", "sky")], ["Scenes", "Contents"])
    assert written == tmp_path / "a.jpg.xmp"
    root = ET.parse(written).getroot()  # valid XML
    assert root.tag == "{adobe:ns:meta/}xmpmeta"
    assert keywords(written) == ({"beach", "sky"}, {"Scenes|beach", "Contents|sky"})
    text = written.read_text(encoding="utf-8")
    assert "<dc:subject>" in text and "<lr:hierarchicalSubject>" in text and "<rdf:Bag>" in text
    after = snapshot(tmp_path)
    assert after[str(photo)] == before[str(photo)]  # the photo is untouched
    # Writing the same tags again changes nothing; no sidecar is made for a photo without tags.
    assert xmp.write_sidecar(photo, [("Scenes", "beach"), ("Contents", "sky")], ["Scenes"]) is None
    assert xmp.write_sidecar(write_photo(tmp_path / "b.jpg", 1), [], ["Scenes"]) is None
    assert not (tmp_path / "b.jpg.xmp").exists()


def test_merging_keeps_every_other_field(tmp_path: Path):
    photo = write_photo(tmp_path / "IMG_1.jpg", 0)
    sidecar = tmp_path / "IMG_1.xmp"  # Lightroom's name exists: it is the one used
    sidecar.write_text(EXISTING, encoding="utf-8")
    written = xmp.write_sidecar(photo, [("Scenes", "beach"), ("Contents", "sky")], ["Scenes", "Contents"])
    assert written == sidecar and not (tmp_path / "IMG_1.jpg.xmp").exists()
    root = ET.parse(sidecar).getroot()
    desc = root.find(f"{RDF}RDF/{RDF}Description")
    assert desc is not None and desc.get("{http://ns.adobe.com/xap/1.0/}Rating") == "4"
    assert desc.find("{http://purl.org/dc/elements/1.1/}title").find(f".//{RDF}li").text == "Summer"  # type: ignore
    assert desc.find("{http://www.digikam.org/ns/1.0/}ColorLabel").text == "3"  # type: ignore[union-attr]
    flat, hier = keywords(sidecar)
    # Scenes|city was photoclip's set's and no longer applies: it goes. Whether the flat 'city' beside it was
    # photoclip's or typed by the user nothing in this sidecar tells (photoclip had not listed its own in it): it
    # stays, as 'family', someone else's, does.
    assert flat == {"family", "beach", "city", "sky"}
    assert hier == {"People|family", "Scenes|beach", "Contents|sky"}
    text = sidecar.read_text(encoding="utf-8")
    assert text.count("<?xpacket") == 2 and "xmlns:digiKam=" in text and "xmlns:xmp=" in text  # prefixes kept


def test_sidecar_names(tmp_path: Path):
    assert xmp.sidecar_path(tmp_path / "photo.jpg") == tmp_path / "photo.jpg.xmp"
    assert xmp.sidecar_path(tmp_path / "IMG_0001.CR2") == tmp_path / "IMG_0001.xmp"
    assert xmp.sidecar_path(tmp_path / "x.nef") == tmp_path / "x.xmp"
    (tmp_path / "photo.xmp").write_text("<x/>")
    assert xmp.sidecar_path(tmp_path / "photo.jpg") == tmp_path / "photo.xmp"
    (tmp_path / "IMG_0001.CR2.xmp").write_text("<x/>")
    assert xmp.sidecar_path(tmp_path / "IMG_0001.CR2") == tmp_path / "IMG_0001.CR2.xmp"


@pytest.mark.parametrize("content", [
    "not xml at all <",
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>',
    "<html><body>hello</body></html>",
])
def test_bad_sidecars_are_left_alone(tmp_path: Path, content: str):
    photo = write_photo(tmp_path / "a.jpg", 0)
    sidecar = tmp_path / "a.jpg.xmp"
    sidecar.write_text(content, encoding="utf-8")
    with pytest.raises(xmp.XmpError):
        xmp.write_sidecar(photo, [("Scenes", "beach")], ["Scenes"])
    assert sidecar.read_text(encoding="utf-8") == content
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_export_from_the_library(tmp_path: Path):
    lib = Library(tmp_path / "library")
    folder = lib.add_folder(tmp_path / "photos")
    photos = [write_photo(tmp_path / "photos" / n, i, "JPEG") for i, n in enumerate(("a.jpg", "b.jpg", "IMG_2.cr2"))]
    ids = []
    with lib.transaction():
        for p in photos:
            pid = lib.upsert_photo(PhotoFields(str(p), folder.id, 1, 1, None, "ok"))
            lib.put_vector(pid, "m", np.ones(4, np.float32))
            ids.append(pid)
    s = tag_store.create_set(lib, "Scenes", "single", ["beach", "city"])
    tag_store.decide(lib, [ids[0], ids[2]], s.label("beach").id, True)
    before = snapshot(tmp_path / "photos")
    dry = xmp.export_sidecars(lib, dry_run=True)
    assert len(dry.written) == 2 and snapshot(tmp_path / "photos") == before
    report = xmp.export_sidecars(lib)
    assert sorted(Path(p).name for p in report.written) == ["IMG_2.xmp", "a.jpg.xmp"]
    assert report.unchanged == 1  # b.jpg: no tags, no sidecar
    assert keywords(tmp_path / "photos" / "IMG_2.xmp") == ({"beach"}, {"Scenes|beach"})
    # Rejecting the tag and exporting again takes the keyword out.
    tag_store.decide(lib, [ids[0]], s.label("beach").id, False)
    xmp.export_sidecars(lib, photo_ids=[ids[0]])
    assert keywords(tmp_path / "photos" / "a.jpg.xmp") == (set(), set())
    after = snapshot(tmp_path / "photos")
    for p in photos:
        assert after[str(p)] == before[str(p)]
    photos[1].unlink()
    assert xmp.export_sidecars(lib).skipped[0][0] == str(photos[1])
    lib.close()
