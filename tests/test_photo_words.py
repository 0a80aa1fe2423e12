"""Words photos carry, read from real files the tests write: EXIF, IPTC and XMP inside the photo, XMP sidecars under
both names, file and folder names; found by search after a real index run, and read again when a sidecar
changes beside an unchanged photo. Nothing is ever written to a photo or a sidecar."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import time
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from photoclip.core import word_index
from photoclip.core.engine import Engine
from photoclip.core.find import REASON_KEYWORD, REASON_NAME, REASON_PICTURE, SearchRequest
from photoclip.core.photo_words import read_words, sidecar_paths
from tests.photos import variant

TINY = "photoclip-tiny"


def xmp(*, keywords: tuple[str, ...] = (), title: str | None = None, city: str | None = None,
        hierarchical: tuple[str, ...] = ()) -> bytes:
    bag = "".join(f"<rdf:li>{k}</rdf:li>" for k in keywords)
    hier = "".join(f"<rdf:li>{k}</rdf:li>" for k in hierarchical)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:lr="http://ns.adobe.com/lightroom/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
 {f'photoshop:City="{city}"' if city else ''}>
{f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>' if title else ''}
{f'<dc:subject><rdf:Bag>{bag}</rdf:Bag></dc:subject>' if keywords else ''}
{f'<lr:hierarchicalSubject><rdf:Bag>{hier}</rdf:Bag></lr:hierarchicalSubject>' if hierarchical else ''}
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>""".encode()


def iptc_segment(keywords: tuple[str, ...], caption: str) -> bytes:
    """A JPEG APP13 segment (Photoshop 3.0 / 8BIM 0x0404) holding IPTC-IIM keywords and a caption."""
    iim = b"".join(b"\x1c\x02" + bytes([ds]) + struct.pack(">H", len(v)) + v
                   for ds, v in [*((25, k.encode()) for k in keywords), (120, caption.encode())])
    block = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim + (b"\x00" if len(iim) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + block
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def write_jpeg(path: Path, i: int, *, exif: dict[int, object] | None = None, xmp_packet: bytes | None = None,
               iptc: bytes | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    e = Image.Exif()
    for tag, value in (exif or {}).items():
        e[tag] = value
    buf = io.BytesIO()
    kwargs: dict[str, object] = {"exif": e.tobytes()}
    if xmp_packet is not None:
        kwargs["xmp"] = xmp_packet
    variant(i).save(buf, format="JPEG", quality=85, **kwargs)
    data = buf.getvalue()
    if iptc is not None:
        data = data[:2] + iptc + data[2:]  # right after SOI, where editors put it
    path.write_bytes(data)
    return path


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    root = tmp_path / "Pictures"
    files = {
        "exif": write_jpeg(root / "2019" / "IMG_2041.jpg", 1, exif={
            0x010E: "Grandma blowing out candles", 0x010F: "Canon", 0x0110: "Canon EOS R6",
            0x9C9E: "lakeside;reunion".encode("utf-16-le") + b"\x00\x00"}),
        "iptc": write_jpeg(root / "2019" / "IMG_2042.jpg", 2, iptc=iptc_segment(("Zanzibar", "dhow"), "Sunset sail")),
        "xmp": write_jpeg(root / "2019" / "IMG_2043.jpg", 3, xmp_packet=xmp(keywords=("Marmalade",), city="Paris")),
        "lightroom": write_jpeg(root / "Paris 2019" / "IMG_3001.jpg", 4),
        "digikam": write_jpeg(root / "Paris 2019" / "IMG_3002.jpg", 5),
        "png": root / "scans" / "scan.png",
        "plain": write_jpeg(root / "scans" / "plain.jpg", 6),
    }
    (root / "Paris 2019" / "IMG_3001.xmp").write_bytes(
        xmp(keywords=("Eiffel",), hierarchical=("People|Grandpa Joe",)))
    (root / "Paris 2019" / "IMG_3002.jpg.xmp").write_bytes(xmp(title="Croissant breakfast"))
    info = PngImagePlugin.PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp(keywords=("Herbarium",)).decode())
    variant(7).save(files["png"], pnginfo=info)
    return files


def _digest(folder: Path) -> dict[str, tuple[str, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_read_words_from_each_kind_of_metadata(photos):
    root = str(photos["exif"].parents[1])
    with Image.open(photos["exif"]) as im:
        w = read_words(str(photos["exif"]), im, root)
    assert (w.name, w.folder, w.camera) == ("IMG_2041.jpg", "Pictures/2019", "Canon EOS R6")
    assert "Grandma blowing out candles" in w.description and {"lakeside", "reunion"} <= set(w.keywords.split("\n"))
    with Image.open(photos["iptc"]) as im:
        w = read_words(str(photos["iptc"]), im, root)
    assert w.keywords.split("\n") == ["Zanzibar", "dhow"] and w.description == "Sunset sail"
    with Image.open(photos["xmp"]) as im:
        assert set(read_words(str(photos["xmp"]), im).keywords.split("\n")) == {"Marmalade", "Paris"}
    lr = read_words(str(photos["lightroom"]), None, root)
    assert lr.keywords.split("\n") == ["Eiffel", "People", "Grandpa Joe"] and lr.folder == "Pictures/Paris 2019"
    assert read_words(str(photos["digikam"]), None).title == "Croissant breakfast"
    with Image.open(photos["png"]) as im:
        assert read_words(str(photos["png"]), im).keywords == "Herbarium"
    assert sidecar_paths(str(photos["plain"])) == []


def test_indexed_words_are_found_by_search_and_files_are_never_written(tmp_path, photos, tiny_model_file):
    root = photos["exif"].parents[1]
    before = _digest(root)
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        e.index([root])
        assert _digest(root) == before  # photos and sidecars untouched, not even their dates

        def found(text: str) -> dict[str, int]:
            """The photos found by their words, best first, with why (a library this small has no cut-off, so
            CLIP's ranking of the rest is left out)."""
            r = e.find(SearchRequest(text))
            paths = e.library.photos(r.ids.tolist())
            return {os.path.basename(paths[int(i)].path): int(b) & ~REASON_PICTURE
                    for i, b in zip(r.ids, r.reasons, strict=True) if int(b) & ~REASON_PICTURE}

        assert found("grandma candles") == {"IMG_2041.jpg": REASON_KEYWORD}  # EXIF description
        assert list(found("reunion")) == ["IMG_2041.jpg"]  # Windows XP keywords
        assert list(found("zanzibar")) == ["IMG_2042.jpg"]  # IPTC keyword
        assert list(found("marmalade")) == ["IMG_2043.jpg"]  # embedded XMP
        assert list(found("eiffel")) == list(found("grandpa joe")) == ["IMG_3001.jpg"]  # photo.xmp
        assert list(found("croissants")) == ["IMG_3002.jpg"]  # photo.jpg.xmp, stemmed
        assert list(found("herbarium")) == ["scan.png"]  # XMP in a PNG
        assert found("IMG_2041") == {"IMG_2041.jpg": REASON_NAME}  # the file name, exactly
        assert found("canon r6") == {"IMG_2041.jpg": REASON_KEYWORD}  # the camera
        paris = found("paris 2019")
        assert set(paris) == {"IMG_3001.jpg", "IMG_3002.jpg", "IMG_2043.jpg"}
        assert paris["IMG_3001.jpg"] == REASON_NAME and paris["IMG_2043.jpg"] == REASON_NAME | REASON_KEYWORD
        browse = e.find(SearchRequest("camera:r6"))
        assert [e.library.photo(int(i)).path for i in browse.ids] == [str(photos["exif"])]
    finally:
        e.close()


def test_an_edited_sidecar_is_read_again_though_the_photo_did_not_change(tmp_path, photos, tiny_model_file):
    root = photos["exif"].parents[1]
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        e.index([root])

        def hits(text: str) -> set[str]:
            r = e.find(SearchRequest(text))
            return {Path(e.library.photo(int(i)).path).name for i, b in zip(r.ids, r.reasons, strict=True)
                    if int(b) & ~REASON_PICTURE}

        sidecar = root / "Paris 2019" / "IMG_3001.xmp"
        sidecar.write_bytes(xmp(keywords=("Louvre",)))
        os.utime(sidecar, ns=(sidecar.stat().st_atime_ns, sidecar.stat().st_mtime_ns + 10**9))
        (root / "scans" / "plain.jpg.xmp").write_bytes(xmp(keywords=("Gooseberry",)))  # a new sidecar
        report = e.index()
        assert report.added == report.updated == 0 and report.words_read == 2
        assert hits("louvre") == {"IMG_3001.jpg"} and hits("eiffel") == set()
        assert hits("gooseberry") == {"plain.jpg"}
        (root / "scans" / "plain.jpg.xmp").unlink()
        os.rename(photos["iptc"], root / "2019" / "dhow trip.jpg")  # a rename keeps the photo, not its name
        report = e.index()
        assert report.moved == 1 and report.words_read == 2
        assert hits("gooseberry") == set() and hits("dhow trip") == {"dhow trip.jpg"}
        assert e.index().words_read == 0  # nothing stale is read twice
        # A photo that leaves the library takes its words along.
        gone = e.library.photo_by_path(photos["xmp"])
        photos["xmp"].unlink()
        e.index()
        assert word_index.words_of(e.library, gone.id) is None and hits("marmalade") == set()
    finally:
        e.close()


def _read_at(e: Engine) -> dict[str, float]:
    return {Path(r[0]).name: r[1] for r in e.library.db.execute("SELECT path, read_at FROM photo_words")}


def test_words_read_when_listing_are_not_read_again_by_the_embedding_pass(tmp_path, photos, tiny_model_file):
    """Listing reads a new photo's words so it is found before the model has seen it; the embedding pass that
    follows keeps them, and reads again only the photo whose file changed in between."""
    root = photos["exif"].parents[1]
    embedding_started: list[float] = []

    def progress(p) -> None:
        if not p.listing and not embedding_started:
            embedding_started.append(time.time())
            # Changed after it was listed, before it is embedded: its stored words are no longer its own.
            write_jpeg(photos["plain"], 6, xmp_packet=xmp(keywords=("Quince",)))

    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        report = e.index([root], progress=progress)
        assert report.listed == report.added == 7 and not report.skipped
        read_at = _read_at(e)
        assert len(read_at) == 7
        assert {name for name, t in read_at.items() if t >= embedding_started[0]} == {"plain.jpg"}
        r = e.find(SearchRequest("quince"))
        assert [Path(e.library.photo(int(i)).path).name for i, b in zip(r.ids, r.reasons, strict=True)
                if int(b) & REASON_KEYWORD] == ["plain.jpg"]
        assert e.index().words_read == 0  # and nothing is left stale for the catch-up
    finally:
        e.close()


def test_words_of_photos_listed_without_a_model_are_kept_when_the_model_embeds_them(tmp_path, photos,
                                                                                    tiny_model_file):
    root = photos["exif"].parents[1]
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        listed = e.index([root], embed=False)
        assert listed.listed == 7 and not listed.embedded
        before = _read_at(e)
        time.sleep(0.01)
        os.utime(photos["iptc"], ns=(photos["iptc"].stat().st_atime_ns, photos["iptc"].stat().st_mtime_ns + 10**9))
        report = e.index()
        assert report.added == 7 and not report.skipped
        after = _read_at(e)
        # The photo touched since it was listed is read again (as a changed file); the others keep their words.
        assert {name for name in after if after[name] != before[name]} == {"IMG_2042.jpg"}
        assert e.index().words_read == 0
    finally:
        e.close()


def test_a_sidecar_edited_while_the_words_are_read_makes_them_stale(tmp_path, photos, tiny_model_file):
    """The sidecars' signature is the one they had when read: a sidecar written between the read and the store
    (the write lock can be a while coming) leaves the words stale, read again by the next catch-up, rather than
    recorded as current with the old keywords."""
    root = photos["exif"].parents[1]
    e = Engine(tmp_path / "library", model=TINY, model_file=tiny_model_file)
    try:
        e.index([root], embed=False)
        path = str(photos["lightroom"])
        pid = e.library.photo_by_path(path).id
        words = word_index.read_for_index(path, None, str(root))
        sidecar = root / "Paris 2019" / "IMG_3001.xmp"
        sidecar.write_bytes(xmp(keywords=("Louvre",)))
        os.utime(sidecar, ns=(sidecar.stat().st_atime_ns, sidecar.stat().st_mtime_ns + 10**9))
        with e.library.transaction():
            word_index.store(e.library, pid, path, words)
        assert [p for _id, p, _root, _names in word_index.stale(e.library, [str(root)])] == [path]
        assert e.index(embed=False).words_read == 1
        assert "louvre" in word_index.words_of(e.library, pid).keywords
    finally:
        e.close()
