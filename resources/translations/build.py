"""Refresh the translation sources from the code and compile them: `python resources/translations/build.py`.

Runs pyside6-lupdate over photoclip/gui (every `self.tr(...)` and `translate(...)` call) into every
photoclip_<lang>.ts here, so a string added to the code appears in each language as unfinished and a string
removed from it disappears (-no-obsolete). The English file's plural forms are filled from the "(s)" / "(es)"
convention the sources use ("%Ln photo(s)" -> "%Ln photo" and "%Ln photos"). Then every .ts is compiled to the
.qm the app loads, and the messages still waiting for a translator are listed per language (exit status 1 with
--strict when there are any; tests/test_translations.py fails on them too).

A new language: `cp photoclip_en.ts photoclip_<lang>.ts`, set `language="<lang>"` in its <TS> tag, run this
(lupdate then writes that language's number of plural forms), translate in Qt Linguist, run this again, and add
the language to LANGUAGES in photoclip/gui/language.py.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def english_plurals(ts: Path) -> None:
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        if msg.get("numerus") != "yes":
            continue
        source = msg.findtext("source") or ""
        singular = re.sub(r"\((?:s|es)\)", "", source)
        plural = re.sub(r"\((s|es)\)", r"\1", source)
        translation = msg.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("photoclip_")


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each message of ``ts`` that has no finished translation."""
    out = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            forms = [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
            text = "" if translation is None else (translation.text or "")
            if (translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished")
                    or (msg.get("numerus") == "yes" and not all(f.strip() for f in forms))
                    or (msg.get("numerus") != "yes" and not text.strip())):
                out.append((name, msg.findtext("source") or ""))
    return out


def main(argv: list[str]) -> int:
    sources = sorted(str(p) for p in (ROOT / "photoclip" / "gui").rglob("*.py"))
    files = sorted(HERE.glob("photoclip_*.ts"))
    for ts in files:
        subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", language_of(ts), "-ts", str(ts)],
                       check=True, stdout=subprocess.DEVNULL)
        if language_of(ts) == "en":
            english_plurals(ts)
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    todo = 0
    for ts in files:
        if language_of(ts) == "en":
            continue  # English shows the source text itself; only its plural forms are written (above)
        missing = unfinished(ts)
        todo += len(missing)
        print(f"{ts.name}: {len(missing)} unfinished" if missing else f"{ts.name}: complete")
        for context, source in missing:
            print(f"    {context}: {source!r}")
    return 1 if todo and "--strict" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
