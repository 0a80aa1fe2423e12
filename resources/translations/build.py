"""Refresh the translation sources from the code and compile them: `python photoclip/resources/translations/build.py`.

Runs pyside6-lupdate over photoclip/gui (every `self.tr(...)` and `translate(...)` call), fills the English
file's plural forms from the "(s)" / "(es)" convention the sources use ("%Ln photo(s)" -> "%Ln photo" and
"%Ln photos"), then compiles every .ts here to the .qm the app loads. Other languages: copy photoclip_en.ts to
photoclip_<lang>.ts, translate it in Qt Linguist, and run this again.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


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


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "photoclip" / "gui").rglob("*.py"))
    en = HERE / "photoclip_en.ts"
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-source-language", "en", "-target-language", "en",
                    "-ts", str(en)], check=True)
    english_plurals(en)
    for ts in sorted(HERE.glob("photoclip_*.ts")):
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
