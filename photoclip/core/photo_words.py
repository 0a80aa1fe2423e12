"""The words a photo already carries: its file name, its folder, the title, description, keywords and place written
into it (EXIF, IPTC, XMP) or into an XMP sidecar beside it, and the camera that took it.

Everything here only reads. Sidecars are looked for under both names programs use: ``IMG_0001.xmp`` (Lightroom,
and RAW files in general) and ``IMG_0001.jpg.xmp`` (digiKam, darktable). Broken metadata is common and says
nothing about the photo, so any part that cannot be read is simply left out. Safe to call from a thread pool.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow costs ~0.1 s to import; a search reads no file
    from PIL import Image

    from photoclip.core.places import Place

from photoclip.core import gps

SIDECAR_EXT = ".xmp"
# photoclip's own XMP namespace (".invalid" is a name no one can own) and the bag in it that lists the flat keywords
# photoclip's export added for its tags: the only evidence that a flat "Beach" beside "Scenes|Beach" is photoclip's
# rather than one the user typed (see `xmp.merge_keywords`, `duplicate_merge`).
PHOTOCLIP_NS = "http://ns.photoclip.invalid/xmp/1.0/"
TAG_KEYWORDS = f"{{{PHOTOCLIP_NS}}}TagKeywords"
MAX_SIDECAR_BYTES = 4 << 20  # a sidecar is a few KB; anything this big is not one

# EXIF (IFD0) text tags; the XP* ones are Windows' UTF-16 fields.
_IMAGE_DESCRIPTION, _MAKE, _MODEL = 0x010E, 0x010F, 0x0110
_XP_TITLE, _XP_COMMENT, _XP_KEYWORDS, _XP_SUBJECT = 0x9C9B, 0x9C9C, 0x9C9E, 0x9C9F
_EXIF_RATING = 0x4746  # Microsoft's EXIF Rating tag (IFD0), written by Windows and some cameras
_IFD_EXIF, _USER_COMMENT = 0x8769, 0x9286
_TIFF_XMP = 700
# IPTC-IIM datasets (record 2).
_IPTC_TITLE, _IPTC_KEYWORDS, _IPTC_HEADLINE, _IPTC_CAPTION = (2, 5), (2, 25), (2, 105), (2, 120)
_IPTC_PLACE = ((2, 90), (2, 92), (2, 95), (2, 101))  # city, sub-location, state, country

# XMP properties by local name, whatever prefix the file binds the namespace to.
_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
    "digiKam": "http://www.digikam.org/ns/1.0/",
    "MicrosoftPhoto": "http://ns.microsoft.com/photo/1.0/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}
_XMP_FIELDS: dict[tuple[str, str], str] = {
    (_NS["dc"], "title"): "title",
    (_NS["photoshop"], "Headline"): "title",
    (_NS["dc"], "description"): "description",
    (_NS["dc"], "subject"): "keywords",
    (_NS["lr"], "hierarchicalSubject"): "keywords",
    (_NS["digiKam"], "TagsList"): "keywords",
    (_NS["MicrosoftPhoto"], "LastKeywordXMP"): "keywords",
    (_NS["photoshop"], "City"): "keywords",
    (_NS["photoshop"], "State"): "keywords",
    (_NS["photoshop"], "Country"): "keywords",
    (_NS["Iptc4xmpCore"], "Location"): "keywords",
}
_RDF_LI = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li"
# Hierarchical keywords ("Family|Grandma", "Places/Paris"): every level is a word of its own.
_HIERARCHY = re.compile(r"[|/]")


@dataclass
class PhotoWords:
    """One photo's searchable words, by where they came from. Each field is plain text."""

    name: str = ""  # the file name, e.g. "IMG_2041.jpg"
    folder: str = ""  # the folders from the library folder down, e.g. "Pictures/Paris 2019/Day 1"
    title: str = ""
    description: str = ""
    keywords: str = ""  # keywords, hierarchical tags and place names, one per line
    camera: str = ""  # make and model
    place: str = ""  # tokens naming where it was taken (see `word_index.store`); their names live per library
    sidecars: list[str] = field(default_factory=list)  # the sidecar files read
    position: gps.Position | None = None  # (latitude, longitude) from EXIF GPS or XMP; `place` is made from it
    # xmp:Rating (a sidecar's over the file's, XMP over EXIF), as written: -1 rejected, 0 none, 1-5 stars.
    rating: int | None = None
    # The place `position` is in (None at sea), once `word_index.locate` has asked the gazetteer: that happens
    # where the words are read, so storing them never waits on the gazetteer inside a write transaction.
    where: Place | None = None
    located: bool = False
    # `sidecar_signature` of the sidecars as they were when read (None: work it out when stored). Taken before
    # they are read, so a sidecar edited meanwhile makes the stored words stale rather than looking current.
    signature: str | None = None

    def add(self, kind: str, value: str | None) -> None:
        value = (value or "").replace("\x00", "").strip()
        if not value:
            return
        current = getattr(self, kind)
        if value.casefold() in {line.casefold() for line in current.splitlines()}:
            return  # the same keyword in EXIF, IPTC and XMP counts once
        setattr(self, kind, f"{current}\n{value}" if current else value)


def sidecar_paths(path: str, names: Mapping[str, str] | None = None) -> list[str]:
    """The sidecar files of ``path`` that exist: ``<stem>.xmp`` and ``<name>.xmp``, any case of ``.xmp``.

    ``names`` maps the lower-cased names of the photo's folder to their real names (one listing for a whole
    folder instead of four ``stat`` calls per photo); without it the usual spellings are tried on disk.
    """
    folder, name = os.path.split(path)
    stem = os.path.splitext(name)[0]
    found: list[str] = []
    for base in dict.fromkeys((stem, name)):
        if names is not None:
            real = names.get((base + SIDECAR_EXT).lower())
            if real is not None:
                found.append(os.path.join(folder, real))
            continue
        for ext in (SIDECAR_EXT, SIDECAR_EXT.upper()):
            candidate = os.path.join(folder, base + ext)
            if os.path.isfile(candidate):
                found.append(candidate)
                break
    return found


def sidecar_signature(sidecars: Iterable[str]) -> str:
    """Size and modification time of each sidecar: when this changes, the photo's words are read again."""
    parts = []
    for p in sidecars:
        try:
            st = os.stat(p)
        except OSError:
            continue
        parts.append(_signature_part(p, st))
    return "|".join(sorted(parts))


def _signature_part(path: str, st: os.stat_result) -> str:
    return f"{os.path.basename(path)}:{st.st_size}:{st.st_mtime_ns}"


def folder_text(path: str, root: str | None) -> str:
    """The photo's folders from the library folder (named too) down: the part of the path a person chose."""
    parent = os.path.dirname(path)
    if root:
        root = root.rstrip(os.sep)
        if parent == root or parent.startswith(root + os.sep):
            rel = os.path.relpath(parent, root)
            return os.path.basename(root) if rel == "." else os.path.join(os.path.basename(root), rel)
    return os.path.basename(parent)


def read_words(path: str, image: Image.Image | None, root: str | None = None,
               names: Mapping[str, str] | None = None,
               leave_out: Mapping[str, Collection[tuple[str, str]]] | None = None) -> PhotoWords:
    """Everything searchable about ``path``: ``image`` is the photo opened by Pillow (only its header and
    metadata are used; None when it cannot be opened, e.g. a RAW file), ``root`` the library folder it lies
    in, ``names`` an optional listing of its folder (see `sidecar_paths`). ``leave_out`` maps a sidecar's path to
    the list items not to read from it, as (property in ``{namespace}name`` form, item text)."""
    words = PhotoWords(name=os.path.basename(path), folder=folder_text(path, root))
    if image is not None:
        for reader in (_exif_words, _iptc_words, _embedded_xmp_words):
            with contextlib.suppress(Exception):  # one broken block must not hide the others
                reader(image, words)
        words.position = gps.from_image(image) or words.position
    words.sidecars = sidecar_paths(path, names)
    parts: list[str] = []
    for sidecar in words.sidecars:
        with contextlib.suppress(Exception):
            # A regular file only: opening a named pipe called IMG_0001.xmp would wait for a writer, forever,
            # and hold up the whole index run.
            st = os.stat(sidecar)
            parts.append(_signature_part(sidecar, st))
            if stat.S_ISREG(st.st_mode) and st.st_size <= MAX_SIDECAR_BYTES:
                with open(sidecar, "rb") as f:
                    packet = f.read(MAX_SIDECAR_BYTES)
                xmp_words(packet, words, (leave_out or {}).get(sidecar, ()))
                # A sidecar is where a geotagging tool writes without touching the photo: its position wins.
                words.position = gps.from_xmp(packet) or words.position
    words.signature = "|".join(sorted(parts))
    return words


def xmp_words(xml: bytes | str, words: PhotoWords, leave_out: Collection[tuple[str, str]] = ()) -> None:
    """Add the title, description, keywords and place of an XMP packet (embedded or a sidecar) to ``words``, but
    not the list items in ``leave_out`` (see `read_words`)."""
    if isinstance(xml, str):
        xml = xml.encode("utf-8")
    start = xml.find(b"<x:xmpmeta")
    if start < 0:
        start = xml.find(b"<rdf:RDF")
    end = max(xml.rfind(b"</x:xmpmeta>") + len(b"</x:xmpmeta>"), xml.rfind(b"</rdf:RDF>") + len(b"</rdf:RDF>"))
    if start < 0 or end <= start:
        return
    # defusedxml refuses entity expansion and external references: a sidecar is untrusted input.
    from defusedxml import ElementTree  # only where a photo has XMP

    root = ElementTree.fromstring(xml[start:end])
    for el in root.iter():
        for attr, value in el.attrib.items():  # the short form: <rdf:Description photoshop:City="Paris"/>
            kind = _XMP_FIELDS.get(_split(attr))
            if kind:
                _add_values(words, kind, [value])
            elif attr == _RATING:
                _set_rating(words, value)
        if el.tag == _RATING:
            _set_rating(words, el.text)
        kind = _XMP_FIELDS.get(_split(el.tag))
        if kind:
            items = [li.text or "" for li in el.iter(_RDF_LI)] or [el.text or ""]
            if leave_out:
                items = [v for v in items if (el.tag, v.strip()) not in leave_out]
            _add_values(words, kind, items)


_RATING = f"{{{_NS['xmp']}}}Rating"


def _set_rating(words: PhotoWords, value: object) -> None:
    with contextlib.suppress(TypeError, ValueError, OverflowError):
        words.rating = round(float(str(value).strip()))


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _add_values(words: PhotoWords, kind: str, values: Iterable[str]) -> None:
    for v in values:
        if kind == "keywords":
            for part in _HIERARCHY.split(v):
                words.add(kind, part)
        else:
            words.add(kind, v)


def _exif_words(image: Image.Image, words: PhotoWords) -> None:
    exif = image.getexif()
    if not exif:
        return
    if exif.get(_EXIF_RATING) is not None:
        _set_rating(words, exif.get(_EXIF_RATING))
    words.add("description", _text(exif.get(_IMAGE_DESCRIPTION)))
    words.add("title", _utf16(exif.get(_XP_TITLE)))
    words.add("description", _utf16(exif.get(_XP_COMMENT)))
    words.add("description", _utf16(exif.get(_XP_SUBJECT)))
    for kw in (_utf16(exif.get(_XP_KEYWORDS)) or "").split(";"):
        words.add("keywords", kw)
    with contextlib.suppress(Exception):
        words.add("description", _user_comment(exif.get_ifd(_IFD_EXIF).get(_USER_COMMENT)))
    make, model = _text(exif.get(_MAKE)), _text(exif.get(_MODEL))
    if make and model and model.casefold().startswith(make.casefold()):
        make = None  # "Canon Canon EOS 5D" reads better as "Canon EOS 5D"
    words.camera = " ".join(x for x in (make, model) if x)


def _iptc_words(image: Image.Image, words: PhotoWords) -> None:
    from PIL import IptcImagePlugin

    info = IptcImagePlugin.getiptcinfo(image)  # type: ignore[arg-type]
    if not info:
        return
    for key, kind in ((_IPTC_TITLE, "title"), (_IPTC_HEADLINE, "title"), (_IPTC_CAPTION, "description"),
                      (_IPTC_KEYWORDS, "keywords"), *((k, "keywords") for k in _IPTC_PLACE)):
        value = info.get(key)
        values = value if isinstance(value, list) else [value]
        _add_values(words, kind, [t for t in (_text(v) for v in values) if t])


def _embedded_xmp_words(image: Image.Image, words: PhotoWords) -> None:
    packet = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp")
    if packet is None and hasattr(image, "tag_v2"):
        packet = image.tag_v2.get(_TIFF_XMP)
    if packet:
        xmp_words(packet, words)
        words.position = gps.from_xmp(packet) or words.position


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            value = value.decode("latin-1")
    if not isinstance(value, str):
        return None
    return value.replace("\x00", "").strip() or None


def _utf16(value: object) -> str | None:
    if isinstance(value, tuple):  # some Pillow versions give the raw BYTE array as a tuple of ints
        value = bytes(value)
    if isinstance(value, bytes):
        return value.decode("utf-16-le", "replace").replace("\x00", "").strip() or None
    return _text(value)


def _user_comment(value: object) -> str | None:
    if not isinstance(value, bytes):
        return _text(value)
    # An 8-byte character code, then the text; cameras fill it with spaces or NULs when there is none.
    code, body = value[:8], value[8:]
    if code.startswith(b"UNICODE"):
        return body.decode("utf-16-be" if body[:1] == b"\x00" else "utf-16-le", "replace").strip("\x00 ") or None
    return _text(body)
