"""Tags as keywords in XMP sidecar files, the way digiKam and Lightroom read them; photos are never touched.

Each tag is written twice: its label as a flat keyword (``dc:subject``) and ``Set|Label`` as a hierarchical one
(``lr:hierarchicalSubject``); the flat keywords photoclip added are listed in its own ``photoclip:TagKeywords``, so
that they can be told from the same words typed by the user. An existing sidecar is merged into, not replaced:
every other field stays, keywords from elsewhere stay, and only the keywords of photoclip's own sets that no longer
apply are taken out (see `merge_keywords`). Sidecars are
untrusted input, read with defusedxml; a sidecar that is not XMP is reported and left alone. Files are written
atomically (a temporary file beside, then a rename), so a crash never leaves half a sidecar.

Naming: an existing ``photo.jpg.xmp`` or ``photo.xmp`` is used; a new one is ``photo.jpg.xmp`` (digiKam's form)
for ordinary photos and ``IMG_0001.xmp`` (Lightroom's form) for camera RAW files.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeET

from photoclip.core import pairs, tag_store
from photoclip.core.duplicate_merge import Merged, merged_into
from photoclip.core.library import Library
from photoclip.core.photo_words import PHOTOCLIP_NS, TAG_KEYWORDS

RAW_EXTENSIONS = frozenset({".cr2", ".cr3", ".nef", ".nrw", ".arw", ".dng", ".raf", ".orf", ".rw2", ".pef", ".srw"})
NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "lr": "http://ns.adobe.com/lightroom/1.0/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "photoclip": PHOTOCLIP_NS,
}
MAX_SIDECAR_BYTES = 16 * 1024 * 1024
_XPACKET_BEGIN = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
_XPACKET_END = '\n<?xpacket end="w"?>'


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


class XmpError(Exception):
    """A sidecar that cannot be merged into (not XML, not XMP); it is left as it was."""


@dataclass
class XmpReport:
    written: list[str] = field(default_factory=list)  # sidecar paths written (or that would be, in a dry run)
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (photo path, reason)


def sidecar_path(photo: str | os.PathLike[str]) -> Path:
    p = Path(photo)
    long_form = p.with_name(p.name + ".xmp")
    short_form = p.with_suffix(".xmp")
    for candidate in (long_form, short_form):
        if candidate.exists():
            return candidate
    return short_form if p.suffix.lower() in RAW_EXTENSIONS else long_form


def _register_prefixes(data: bytes) -> None:
    # ElementTree writes its own prefixes (ns0, ns1) unless told the document's: keep the ones the file used.
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    for _event, (prefix, uri) in SafeET.iterparse(io.BytesIO(data), events=("start-ns",)):
        if prefix and prefix not in NS:
            # A reserved-looking prefix (ns0) is refused: ElementTree picks one, and the XMP means the same.
            with contextlib.suppress(ValueError):
                ET.register_namespace(prefix, uri)


def _new_document() -> ET.Element:
    root = ET.Element(_q("x", "xmpmeta"), {_q("x", "xmptk"): "photoclip"})
    rdf = ET.SubElement(root, _q("rdf", "RDF"))
    ET.SubElement(rdf, _q("rdf", "Description"), {_q("rdf", "about"): ""})
    return root


def _description(root: ET.Element) -> ET.Element:
    if root.tag == _q("x", "xmpmeta"):
        rdf = root.find(_q("rdf", "RDF"))
    elif root.tag == _q("rdf", "RDF"):
        rdf = root
    else:
        raise XmpError(f"not an XMP document (its root element is {root.tag})")
    if rdf is None:
        raise XmpError("an XMP document without rdf:RDF")
    descriptions = rdf.findall(_q("rdf", "Description"))
    for d in descriptions:
        if d.find(_q("dc", "subject")) is not None or d.find(_q("lr", "hierarchicalSubject")) is not None:
            return d
    if descriptions:
        return descriptions[0]
    return ET.SubElement(rdf, _q("rdf", "Description"), {_q("rdf", "about"): ""})


def _bag(desc: ET.Element, prop: str) -> ET.Element:
    elem = desc.find(prop)
    if elem is None:
        elem = ET.SubElement(desc, prop)
    for kind in ("Bag", "Seq", "Alt"):
        container = elem.find(_q("rdf", kind))
        if container is not None:
            return container
    if elem.text and elem.text.strip():  # a lone value where a bag belongs: keep it as the bag's first item
        value, elem.text = elem.text.strip(), None
        bag = ET.SubElement(elem, _q("rdf", "Bag"))
        ET.SubElement(bag, _q("rdf", "li")).text = value
        return bag
    return ET.SubElement(elem, _q("rdf", "Bag"))


def _items(bag: ET.Element) -> list[ET.Element]:
    return bag.findall(_q("rdf", "li"))


def merge_keywords(root: ET.Element, tags: Sequence[tuple[str, str]], managed_sets: Iterable[str]) -> bool:
    """Put ``tags`` ((set, label) pairs) into the document; take out keywords of ``managed_sets`` that are not
    among them. Returns whether anything changed.

    A flat ``Label`` added here is listed as photoclip's own (``photoclip:TagKeywords``), and only a listed one is
    taken out again: the same word the user typed (in Lightroom, digiKam), there before or beside photoclip's, is
    theirs and stays. In a document without that list (the user's, or one a photoclip that kept none wrote) no
    flat keyword can be told to be photoclip's, so none is taken out: a stale keyword left is better than one of
    the user's lost."""
    desc = _description(root)
    flat_bag = _bag(desc, _q("dc", "subject"))
    hier_bag = _bag(desc, _q("lr", "hierarchicalSubject"))
    own = desc.find(TAG_KEYWORDS)
    own_bag = _bag(desc, TAG_KEYWORDS) if own is not None else None
    listed = {(li.text or "").strip() for li in _items(own_bag)} if own_bag is not None else None
    managed = {s.casefold() for s in managed_sets} | {s.casefold() for s, _ in tags}
    wanted_hier = [f"{s}|{label}" for s, label in tags]
    wanted_flat = list(dict.fromkeys(label for _, label in tags))
    changed = False
    stale_labels: set[str] = set()
    for li in _items(hier_bag):
        text = (li.text or "").strip()
        parts = text.split("|")
        if len(parts) == 2 and parts[0].casefold() in managed and text not in wanted_hier:
            hier_bag.remove(li)
            stale_labels.add(parts[1])
            changed = True
    remaining_leaves = {(li.text or "").strip().split("|")[-1] for li in _items(hier_bag)}
    gone: set[str] = set()
    for li in _items(flat_bag):
        text = (li.text or "").strip()
        if text in stale_labels and text not in wanted_flat and text not in remaining_leaves and listed is not None \
                and text in listed:
            flat_bag.remove(li)
            gone.add(text)
            changed = True
    if own_bag is not None:
        for li in _items(own_bag):
            if (li.text or "").strip() in gone:
                own_bag.remove(li)
    added: list[str] = []
    for bag, wanted in ((flat_bag, wanted_flat), (hier_bag, wanted_hier)):
        have = {(li.text or "").strip() for li in _items(bag)}
        for value in wanted:
            if value not in have:
                ET.SubElement(bag, _q("rdf", "li")).text = value
                changed = True
                if bag is flat_bag:
                    added.append(value)
    if changed:
        # Listed even when empty: from now on, a flat keyword not listed here is never photoclip's.
        own_bag = own_bag if own_bag is not None else _bag(desc, TAG_KEYWORDS)
        have = {(li.text or "").strip() for li in _items(own_bag)}
        for value in added:
            if value not in have:
                ET.SubElement(own_bag, _q("rdf", "li")).text = value
    for prop, bag in ((_q("dc", "subject"), flat_bag), (_q("lr", "hierarchicalSubject"), hier_bag)):
        if not _items(bag):  # no empty keyword lists left behind
            elem = desc.find(prop)
            if elem is not None:
                desc.remove(elem)
    # An empty list of photoclip's own stays: it still says that none of the flat keywords left is photoclip's.
    return changed


def merge_words(root: ET.Element, words: dict[str, list[str]]) -> bool:
    """Add what copies of this photo carried (``{"keywords": [...], "title": [...], "description": [...]}``, see
    `duplicate_merge.merged_into`): keywords join dc:subject, and a title or description is written only where the
    document has none. Nothing already there is changed or taken out. Returns whether anything changed."""
    desc = _description(root)
    changed = False
    keywords = words.get("keywords") or []
    if keywords:
        bag = _bag(desc, _q("dc", "subject"))
        have = {(li.text or "").strip() for li in _items(bag)}
        for value in keywords:
            if value and value not in have:
                ET.SubElement(bag, _q("rdf", "li")).text = value
                have.add(value)
                changed = True
    for name in ("title", "description"):
        values = [v for v in words.get(name) or [] if v]
        if not values or desc.find(_q("dc", name)) is not None:
            continue
        alt = ET.SubElement(ET.SubElement(desc, _q("dc", name)), _q("rdf", "Alt"))
        ET.SubElement(alt, _q("rdf", "li"), {"{http://www.w3.org/XML/1998/namespace}lang": "x-default"}).text = \
            values[0]
        changed = True
    return changed


def merge_metadata(root: ET.Element, extra: Merged) -> bool:
    """Add a rating (``xmp:Rating``), a date taken (``exif:DateTimeOriginal`` and ``xmp:CreateDate``) and a position
    (``exif:GPSLatitude``/``GPSLongitude``) copies of this photo carried (see `duplicate_merge.merged_into`), each
    only where the document has none, as an element or an attribute. Returns whether anything changed."""
    desc = _description(root)
    changed = False

    def has(prefix: str, name: str) -> bool:
        return any(el.find(_q(prefix, name)) is not None or _q(prefix, name) in el.attrib
                   for el in root.iter(_q("rdf", "Description")))

    if extra.rating is not None and not has("xmp", "Rating"):
        ET.SubElement(desc, _q("xmp", "Rating")).text = str(int(extra.rating))
        changed = True
    if extra.taken_at is not None and not has("exif", "DateTimeOriginal") and not has("xmp", "CreateDate"):
        # Both, as digiKam and Lightroom each read one of them; a document with either has its own date.
        ET.SubElement(desc, _q("exif", "DateTimeOriginal")).text = extra.taken_at
        ET.SubElement(desc, _q("xmp", "CreateDate")).text = extra.taken_at
        changed = True
    if extra.position is not None and not has("exif", "GPSLatitude") and not has("exif", "GPSLongitude"):
        lat, lon = extra.position
        ET.SubElement(desc, _q("exif", "GPSLatitude")).text = _xmp_coordinate(lat, "N", "S")
        ET.SubElement(desc, _q("exif", "GPSLongitude")).text = _xmp_coordinate(lon, "E", "W")
        changed = True
    return changed


def _xmp_coordinate(value: float, positive: str, negative: str) -> str:
    """XMP's GPSCoordinate form "DDD,MM.mmmmmmK" (degrees, decimal minutes, a hemisphere letter)."""
    deg = int(abs(value))
    return f"{deg},{(abs(value) - deg) * 60:.6f}{positive if value >= 0 else negative}"


def read_keywords(sidecar: str | os.PathLike[str]) -> tuple[list[str], list[str]]:
    """(dc:subject, lr:hierarchicalSubject) of a sidecar."""
    root = SafeET.fromstring(Path(sidecar).read_bytes())
    desc = _description(root)
    out: list[list[str]] = []
    for prop in (_q("dc", "subject"), _q("lr", "hierarchicalSubject")):
        elem = desc.find(prop)
        out.append([(li.text or "").strip() for li in elem.iter(_q("rdf", "li"))] if elem is not None else [])
    return out[0], out[1]


def write_sidecar(photo: str | os.PathLike[str], tags: Sequence[tuple[str, str]], managed_sets: Iterable[str],
                  dry_run: bool = False, given: Merged | None = None) -> Path | None:
    """Merge the photo's tags (and ``given``, the words, rating and position its duplicates gave it: see
    `merge_words`, `merge_metadata`) into its sidecar; returns the sidecar's path, or None when nothing had to
    change (no file is created for a photo with none of these)."""
    path = sidecar_path(photo)
    if path.exists():
        if not path.is_file():  # a folder, or a named pipe that reading would wait on forever
            raise XmpError(f"{path.name} is not a regular file; left as it was")
        if path.stat().st_size > MAX_SIDECAR_BYTES:
            raise XmpError(f"{path.name} is larger than {MAX_SIDECAR_BYTES // (1024 * 1024)} MB; not an XMP sidecar")
        data = path.read_bytes()
        try:
            _register_prefixes(data)
            root = SafeET.fromstring(data)
        except (ET.ParseError, ValueError) as e:  # defusedxml's refusals (entities, DTDs) are ValueErrors
            raise XmpError(f"{path.name} is not valid XML ({e}); left as it was") from e
        xpacket = b"<?xpacket begin" in data[:200]
    else:
        if not tags and (given is None or given.empty):
            return None
        for prefix, uri in NS.items():
            ET.register_namespace(prefix, uri)
        root, xpacket = _new_document(), False
    changed = merge_keywords(root, tags, managed_sets)
    if given is not None:
        changed = merge_words(root, given.words) or changed
        changed = merge_metadata(root, given) or changed
    if not changed and path.exists():
        return None
    if dry_run:
        return path
    body = ET.tostring(root, encoding="unicode")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + (_XPACKET_BEGIN + body + _XPACKET_END if xpacket else body)
    _atomic_write(path, text.encode("utf-8") + b"\n")
    return path


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def export_sidecars(lib: Library, photo_ids: Sequence[int] | None = None, folder: str | os.PathLike[str] | None = None,
                    set_names: Sequence[str] | None = None, dry_run: bool = False) -> XmpReport:
    """Write the tags of the library's photos (or a folder's, or given ones) into their sidecars. ``set_names``:
    only these sets' keywords are written and managed; default all sets."""
    sets = [tag_store.get_set(lib, n) for n in set_names] if set_names else tag_store.list_sets(lib)
    names = [s.name for s in sets]
    wanted = {n.casefold() for n in names}
    if photo_ids is not None:
        records = [r for r in lib.photos(photo_ids).values() if r.status == "ok"]
        if folder is not None:
            under = {r.id for r in lib.ok_photos(folder)}
            records = [r for r in records if r.id in under]
    else:
        records = lib.ok_photos(folder)
    # A paired RAW carries its shot's tags, which live on the JPEG beside it (see tagging._one_file_per_shot).
    pair_of = pairs.pairs_among(lib, [r.id for r in records])
    shown = {r.id: (pair_of[r.id].shown if r.id in pair_of else r.id) for r in records}
    tags = tag_store.effective_tags(lib, sorted(set(shown.values())))
    given = merged_into(lib)  # what copies gave the keepers among them: one read for the whole export
    # A label the user said no to on a photo is not written back as its keyword from the words of a merge recorded
    # before `duplicate_merge` told photoclip's own tag keywords from the user's (`Merged.unsure`). A later merge's
    # words are all the user's (typed in Lightroom, say): a "no" on photoclip's tag of that name does not take them.
    rejected: dict[int, set[str]] = {}
    for pid, label in lib.db.execute("SELECT d.photo_id, l.name FROM tag_decisions d JOIN labels l "
                                     "ON l.id = d.label_id WHERE d.accepted = 0"):
        rejected.setdefault(pid, set()).add(label.casefold())
    report = XmpReport()
    for rec in sorted(records, key=lambda r: r.path):
        mine = [(s, label) for s, label in tags.get(shown[rec.id], []) if s.casefold() in wanted]
        if not os.path.exists(rec.path):
            report.skipped.append((rec.path, "the photo is not there (moved or on a drive not connected)"))
            continue
        extra = given.get(rec.id)
        no = rejected.get(shown[rec.id])
        if extra is not None and no and extra.unsure:
            words = {f: [v for v in values if f != "keywords" or v.casefold() not in no & extra.unsure]
                     for f, values in extra.words.items()}
            extra = dataclasses.replace(extra, words=words)
        try:
            written = write_sidecar(rec.path, mine, names, dry_run=dry_run, given=extra)
        except (XmpError, OSError) as e:
            report.skipped.append((rec.path, str(e)))
            continue
        if written is None:
            report.unchanged += 1
        else:
            report.written.append(str(written))
    return report
