"""How the search indexes (`word_index` for the words photos carry, `text_index` for the text read in them) see
text: folded, split into words, and CJK runs cut into character pairs.

Both the stored text and the query go through the same folding, so they meet whatever the user typed:
compatibility forms unified (full-width Latin, half-width kana), case folded, accents and other combining marks
of non-zero class removed (é -> e, Turkish İ -> i and dotless ı -> i; Devanagari nukta and virama, which people
type or leave out: ज़ -> ज, स्व -> सव), and zero-width joiners dropped (Indic keyboards insert them to pick a glyph,
and they would split a word). Vowel signs (matras) stay: they are letters of the word, not accents.

A word is a run of letters, digits and combining marks: Python's ``\\w`` and SQLite's default unicode61 would
cut a Hindi word at every vowel sign ("तस्वीर" -> "तस", "व", "र", the vowels lost), so both indexes' FTS5 tables
(`words_fts`, `text_fts`) count marks as token characters too. Chinese and Japanese have no spaces to split
words at: a run of CJK characters is indexed as its overlapping pairs of characters followed by its last
character alone, so any part of the run is a phrase of pairs (or, one character long, a prefix of some
token): "東京" finds "東京駅".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from photoclip.core import unicode_marks

_JOINERS = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))  # zero-width space, (non-)joiners


def is_cjk(ch: str) -> bool:
    """Chinese, Japanese or Korean script, which is written without spaces between words."""
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
            or 0xF900 <= o <= 0xFAFF or 0x31F0 <= o <= 0x31FF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F
            or 0x20000 <= o <= 0x2FA1F)


def fold(text: str) -> str:
    """``text`` as the indexes compare it (see the module's note)."""
    text = unicodedata.normalize("NFKC", text.translate(_JOINERS)).casefold().replace("ı", "i")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


@cache
def word_pattern() -> re.Pattern[str]:
    """Runs of letters, digits and combining marks (see `unicode_marks`)."""
    spans = unicode_marks.spans()
    cls = "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in spans if b <= 0xFFFF)
    cls += "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in spans if b > 0xFFFF)
    return re.compile(f"(?:[^\\W_]|[{cls}])+")


def words(text: str) -> list[str]:
    """The words of ``text`` as written (not folded)."""
    return word_pattern().findall(text)


@dataclass(frozen=True)
class Term:
    folded: str  # the folded word, or a run of CJK characters
    cjk: bool

    @property
    def significant(self) -> bool:
        """A word that says something about what is written (not 'a', 'of', 'on')."""
        return self.cjk or len(self.folded) >= 4 or any(c.isdigit() for c in self.folded)

    @property
    def fts(self) -> str:
        """This term as an FTS5 query that also takes longer words (text read in photos is found by part of a
        word): a phrase of character pairs, or a prefix."""
        if self.cjk and len(self.folded) > 1:
            return self.phrase
        if self.cjk or len(self.folded) >= 3:
            return f'"{self.folded}"*'
        return f'"{self.folded}"'

    @property
    def phrase(self) -> str:
        """This term as an FTS5 query of whole words: a quoted word, a phrase of character pairs, or (a single
        CJK character) a prefix."""
        if self.cjk:
            return '"' + " ".join(pairs(self.folded)) + '"' if len(self.folded) > 1 else f'"{self.folded}"*'
        return f'"{self.folded}"'


def pairs(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)]


def split(folded: str) -> list[Term]:
    """The terms of folded text: its words, with CJK runs split from the letters around them."""
    out: list[Term] = []
    for word in word_pattern().findall(folded):
        run, cjk = "", False
        for ch in word:
            c = is_cjk(ch)
            if run and c != cjk:
                out.append(Term(run, cjk))
                run = ""
            run, cjk = run + ch, c
        if run:
            out.append(Term(run, cjk))
    return out


def terms(text: str) -> list[Term]:
    """The distinct terms of ``text``, folded."""
    return list(dict.fromkeys(split(fold(text))))


def index_form(text: str) -> str:
    """What an FTS5 table stores for ``text``: folded words, and each CJK run as its character pairs and last
    character ("東京駅" -> "東京 京駅 駅")."""
    parts = []
    for t in split(fold(text)):
        if t.cjk and len(t.folded) > 1:
            parts.extend(pairs(t.folded))
            parts.append(t.folded[-1])
        else:
            parts.append(t.folded)
    return " ".join(parts)
