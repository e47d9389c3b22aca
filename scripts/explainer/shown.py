"""What a reader is shown differs from the page's text: hidden elements, CSS that hides or adds text, characters
that show nothing, and words that mix alphabets (a Cyrillic "о" in "company" reads the same and matches nothing).

Translation QA compares the text of each unit; anything on this list would let a unit say one thing to the
checker and another to the reader, so the checker refuses it rather than guess what a browser would render.
"""

from __future__ import annotations

import re
import unicodedata

# The build's own permalink after a heading: an "a.headerlink" to the heading's id whose text is the pilcrow.
PERMALINK_CLASS = "headerlink"
PERMALINK_TEXT = "¶"
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def is_permalink(element) -> bool:
    """Whether an element is the build's own permalink of its heading (the one thing the text leaves out)."""
    parent = element.getparent()
    return (element.tag == "a" and PERMALINK_CLASS in (element.get("class") or "").split()
            and parent is not None and parent.get("id") is not None
            and element.get("href") == f"#{parent.get('id')}"
            and "".join(element.itertext()).strip() == PERMALINK_TEXT and len(element) == 0)


def problems(root) -> tuple[tuple[int, str, str], ...]:
    """(line, what, a needle to find it by in the Markdown) for each thing in a page's content that shows the
    reader other text than the page has."""
    found: list[tuple[int, str, str]] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        line = element.sourceline or 0
        text = " ".join("".join(element.itertext()).split())
        if element.tag == "style":
            found.append((line, "a <style> element in the content (CSS can hide text or add its own)", "<style"))
            continue
        if element.get("hidden") is not None:
            found.append((line, f"a hidden element{_quoted(text)}: readers do not see what the checker reads",
                          "hidden"))
        if element.get("aria-hidden") == "true" and text:
            found.append((line, f"an aria-hidden element{_quoted(text)}: screen readers skip what the checker "
                                f"reads", "aria-hidden"))
        if element.get("style") is not None:
            found.append((line, f'an inline style "{element.get("style")[:40]}" (CSS can hide text or add its own)',
                          "style"))
        if PERMALINK_CLASS in (element.get("class") or "").split() and not is_permalink(element):
            found.append((line, f"a permalink{_quoted(text)} that is not the heading's own ¶", PERMALINK_CLASS))
        for piece in (element.text, element.tail):
            if piece:
                found.extend((line, message, needle) for message, needle in _characters(piece))
    return tuple(dict.fromkeys(found))


def _characters(text: str):
    for character in sorted({ch for ch in text if unicodedata.category(ch) == "Cf"}):
        at = text.index(character)
        yield (f"an invisible format character U+{ord(character):04X} "
               f"({unicodedata.name(character, 'unnamed').lower()}) in \"{_around(text, at)}\"", character)
    for word in _WORD.findall(text):
        scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in word} & set(_SCRIPTS)
        if len(scripts) > 1:
            yield (f'the word "{word}" mixes alphabets ({" and ".join(sorted(s.title() for s in scripts))}): '
                   "it reads as another word and matches none", word)


def _quoted(text: str) -> str:
    return f' ("{text[:40]}")' if text else ""


def _around(text: str, at: int, width: int = 16) -> str:
    start = max(0, at - width)
    return "".join(ch if unicodedata.category(ch) != "Cf" else f"<U+{ord(ch):04X}>"
                   for ch in text[start:at + width]).strip()
