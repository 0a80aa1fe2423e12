"""Where a photo was taken, as its writer recorded it: the EXIF GPS IFD, or XMP ``exif:GPSLatitude`` and
``exif:GPSLongitude`` (embedded in the file or in a sidecar).

Only reads, and only trusts what makes sense: broken apps write positions with zero denominators, out-of-range
degrees, NaN, or the 0,0 "null island" when they had no fix. Any of those means "no position", never an error,
because a photo without a usable position is simply a photo without a place.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

Position = tuple[float, float]  # (latitude, longitude) in degrees, north and east positive

GPS_IFD = 0x8825
_LAT_REF, _LAT, _LON_REF, _LON = 1, 2, 3, 4
_EXIF_NS = "http://ns.adobe.com/exif/1.0/"
# Null island is a bug, not a place: a real photo taken within ~100 m of 0,0 is in the Gulf of Guinea.
_NULL_ISLAND_DEG = 0.001
# XMP's GPSCoordinate: "DDD,MM,SSk" or "DDD,MM.mmk" (k = N, S, E or W); some writers put plain decimal degrees.
_XMP_DMS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)(?:\s*,\s*(\d+(?:\.\d+)?))?\s*([NSEWnsew])\s*$")
_XMP_DECIMAL = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)\s*([NSEWnsew])?\s*$")


def valid(lat: float, lon: float) -> Position | None:
    """``(lat, lon)`` when it can be a place on Earth, else None."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    if abs(lat) < _NULL_ISLAND_DEG and abs(lon) < _NULL_ISLAND_DEG:
        return None
    return (lat, lon)


def _ratio(value: object) -> float:
    """A rational as Pillow gives it (IFDRational, a (num, den) pair, or a number); NaN when unusable."""
    if isinstance(value, tuple) and len(value) == 2:
        num, den = value
        return float(num) / float(den) if den else math.nan
    den = getattr(value, "denominator", 1)
    if den == 0:
        return math.nan
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ZeroDivisionError):
        return math.nan


def _dms(value: object) -> float:
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)) or not 1 <= len(value) <= 3:
        return _ratio(value)
    parts = [_ratio(v) for v in value]
    if any(not math.isfinite(p) or p < 0 for p in parts):
        return math.nan
    if len(parts) > 1 and not (parts[1] < 60 and (len(parts) < 3 or parts[2] < 60)):
        return math.nan
    return sum(p / 60**i for i, p in enumerate(parts))


def _ref(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return str(value or "").strip("\x00 ").upper()[:1]


def from_gps_ifd(gps: Mapping[int, object]) -> Position | None:
    """The position in a GPS IFD (``image.getexif().get_ifd(0x8825)``), or None."""
    if not gps or _LAT not in gps or _LON not in gps:
        return None
    lat, lon = _dms(gps[_LAT]), _dms(gps[_LON])
    lat_ref, lon_ref = _ref(gps.get(_LAT_REF)), _ref(gps.get(_LON_REF))
    if lat_ref not in ("N", "S", "") or lon_ref not in ("E", "W", ""):
        return None
    if lat_ref == "S":
        lat = -lat
    if lon_ref == "W":
        lon = -lon
    return valid(lat, lon)


def from_image(image: object) -> Position | None:
    """The EXIF GPS position of a Pillow image (only its header is read), or None."""
    try:
        gps = image.getexif().get_ifd(GPS_IFD)  # type: ignore[attr-defined]
        return from_gps_ifd(gps)
    except Exception:  # broken EXIF says nothing about where the photo was taken
        return None


def xmp_coordinate(text: str, negative: str) -> float:
    """An XMP GPSCoordinate ("38,43.5N", "38,43,30N", "-9.14") in degrees; ``negative`` is "S" or "W"; NaN when
    it cannot be read."""
    m = _XMP_DMS.match(text)
    if m:
        deg, minutes, seconds, ref = float(m[1]), float(m[2]), float(m[3] or 0.0), m[4].upper()
        if minutes >= 60 or seconds >= 60:
            return math.nan
        value = deg + minutes / 60 + seconds / 3600
        return -value if ref == negative else value
    m = _XMP_DECIMAL.match(text)
    if m:
        value = float(m[1])
        ref = (m[2] or "").upper()
        return -abs(value) if ref == negative else value
    return math.nan


def from_xmp(xml: bytes | str) -> Position | None:
    """The position in an XMP packet (attributes or elements of the EXIF namespace), or None."""
    if isinstance(xml, str):
        xml = xml.encode("utf-8")
    if b"GPSLatitude" not in xml:
        return None  # most packets have no position: skip parsing them twice
    start = xml.find(b"<x:xmpmeta")
    if start < 0:
        start = xml.find(b"<rdf:RDF")
    end = max(xml.rfind(b"</x:xmpmeta>") + len(b"</x:xmpmeta>"), xml.rfind(b"</rdf:RDF>") + len(b"</rdf:RDF>"))
    if start < 0 or end <= start:
        return None
    from defusedxml import ElementTree  # imported where a photo has XMP: a search reads none

    try:
        root = ElementTree.fromstring(xml[start:end])  # defusedxml: a sidecar is untrusted input
    except Exception:
        return None
    lat = lon = None
    lat_key, lon_key = f"{{{_EXIF_NS}}}GPSLatitude", f"{{{_EXIF_NS}}}GPSLongitude"
    for el in root.iter():
        lat = el.attrib.get(lat_key, lat)
        lon = el.attrib.get(lon_key, lon)
        if el.tag == lat_key and el.text:
            lat = el.text
        elif el.tag == lon_key and el.text:
            lon = el.text
    if lat is None or lon is None:
        return None
    return valid(xmp_coordinate(lat, "S"), xmp_coordinate(lon, "W"))
