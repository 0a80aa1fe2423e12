"""Which writing system a query is in, and whether the active model can read it.

The default CLIP models learned from English captions: a query in Japanese, Hindi or Russian reaches their
tokenizer as bytes they never saw together, and the ranking that comes back is noise that looks like an answer.
The multilingual model reads ~100 languages. The CLI and the app both ask `script_hint` after a search and say
so beside the results; `multilingual_suggestion` picks the model to offer (also on the first run, when the
user's language is not English).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from photoclip.core import models

# Unicode character-name prefixes of the scripts an English-only model cannot read, with the names messages use.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("CJK UNIFIED", "Chinese/Japanese"),
    ("CJK COMPATIBILITY", "Chinese/Japanese"),
    ("HIRAGANA", "Japanese"),
    ("KATAKANA", "Japanese"),
    ("HANGUL", "Korean"),
    ("DEVANAGARI", "Devanagari"),
    ("BENGALI", "Bengali"),
    ("TAMIL", "Tamil"),
    ("CYRILLIC", "Cyrillic"),
    ("GREEK", "Greek"),
    ("ARABIC", "Arabic"),
    ("HEBREW", "Hebrew"),
    ("THAI", "Thai"),
)


def foreign_script(text: str) -> str | None:
    """The main non-Latin script of ``text``'s letters ("Japanese", "Devanagari", ...), or None when it is
    written in Latin letters (accents included: Turkish, Vietnamese) or has no letters."""
    counts: dict[str, int] = {}
    for ch in text:
        if not (ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")):
            continue
        name = unicodedata.name(ch, "")
        for prefix, script in _SCRIPTS:
            if name.startswith(prefix):
                counts[script] = counts.get(script, 0) + 1
                break
    if not counts:
        return None
    script = max(counts, key=lambda s: counts[s])
    # Kana anywhere means Japanese, even when most characters are kanji.
    return "Japanese" if script == "Chinese/Japanese" and "Japanese" in counts else script


def _spec(name: str) -> models.ModelSpec | None:
    known = next((s for s in models.KNOWN_MODELS if s.name == name), None)
    if known is not None or "/" in name:
        return known  # an unlisted arch/tag pair: only open_clip (torch) could say; no hint rather than a guess
    try:
        return models.model_spec(name)  # an architecture alone: its config file says which tokenizer it has
    except ValueError:
        return None


def multilingual_suggestion(model_name: str) -> models.ModelSpec | None:
    """The multilingual model to offer instead of ``model_name``, or None when that is multilingual already or
    photoclip cannot tell without importing torch."""
    spec = _spec(model_name)
    if spec is None or spec.multilingual:
        return None
    return next((s for s in models.KNOWN_MODELS if s.multilingual), None)


@dataclass(frozen=True)
class ScriptHint:
    script: str  # the query's script, as foreign_script names it
    model: str  # the active model, which cannot read it
    suggested: models.ModelSpec  # the multilingual model to switch to

    def message(self) -> str:
        size = f", about {self.suggested.download_mb} MB to download once" if self.suggested.download_mb else ""
        return (f"Hint: this query is written in {self.script} script, which the model {self.model} (English only) "
                f"cannot read, so its picture matches mean little. The multilingual model reads it: "
                f"photoclip index --model {self.suggested.name}{size}.")


def script_hint(query: str, model_name: str) -> ScriptHint | None:
    """A hint when ``query`` is written in a script the model ``model_name`` cannot read; None otherwise."""
    script = foreign_script(query)
    if script is None:
        return None
    suggested = multilingual_suggestion(model_name)
    return None if suggested is None else ScriptHint(script, model_name, suggested)
