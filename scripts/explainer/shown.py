"""What a reader is shown differs from the page's text: hidden elements, CSS that hides or adds text, characters
that show nothing, and words that mix alphabets (a Cyrillic "о" in "company" reads the same and matches nothing).

Translation QA compares the text of each unit; anything on this list would let a unit say one thing to the
checker and another to the reader, so the checker refuses it rather than guess what a browser would render.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

# The build's own permalink after a heading: an "a.headerlink" to the heading's id whose text is the pilcrow.
PERMALINK_CLASS = "headerlink"
PERMALINK_TEXT = "¶"
_WORD = re.compile(r"[^\W\d_]+")
# Unicode's format characters (category Cf, Unicode 15): they show nothing, or change how text around them shows.
_FORMAT = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
                     "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
                     "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
                     "\U000e0020-\U000e007f]")
_BEYOND_LATIN = "\u0250"  # text below this has no letter of another alphabet to mix in
_SUSPECT = etree.XPath(f".//*[@hidden or @aria-hidden or @style or contains(@class, '{PERMALINK_CLASS}')] | .//style")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def is_permalink(element) -> bool:
    """Whether an element is the build's own permalink of its heading (the one thing the text leaves out)."""
    if element.tag != "a" or PERMALINK_CLASS not in (element.get("class") or ""):
        return False  # most elements: decided without a look at the rest
    parent = element.getparent()
    return (PERMALINK_CLASS in (element.get("class") or "").split()
            and parent is not None and parent.get("id") is not None
            and element.get("href") == f"#{parent.get('id')}"
            and "".join(element.itertext()).strip() == PERMALINK_TEXT and len(element) == 0)


def problems(root) -> tuple[tuple[int, str, str], ...]:
    """(line, what, a needle to find it by in the Markdown) for each thing in a page's content that shows the
    reader other text than the page has."""
    if _shows_its_text(root):
        return ()  # the common case, decided by libxml2 and two scans of the text
    found: list[tuple[int, str, str]] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for piece in (element.text, element.tail):
            if piece and (_FORMAT.search(piece) or max(piece) >= _BEYOND_LATIN):  # most text has neither
                found.extend((element.sourceline or 0, message, needle) for message, needle in _characters(piece))
        if _may_hide(element):
            found.extend(_hiding(element))
    return tuple(dict.fromkeys(found))


def _shows_its_text(root) -> bool:
    """Whether the content has no element that may hide or add text, no format character and no letter beyond
    Latin (in which a word could mix alphabets)."""
    text = "".join(root.itertext())
    suspects = [element for element in _SUSPECT(root) if not is_permalink(element)]
    return not suspects and not _FORMAT.search(text) and (not text or max(text) < _BEYOND_LATIN)


def _may_hide(element) -> bool:
    """Whether an element may hide text or add its own (an element _SUSPECT selects): _hiding says how."""
    get = element.get
    return (element.tag == "style" or get("hidden") is not None or get("aria-hidden") is not None
            or get("style") is not None or PERMALINK_CLASS in (get("class") or ""))


def _hiding(element) -> list[tuple[int, str, str]]:
    """How an element shows other text than it has: a <style>, hidden, aria-hidden, an inline style, or a
    permalink that is not the heading's own."""
    line = element.sourceline or 0
    text = " ".join("".join(element.itertext()).split())
    if element.tag == "style":
        return [(line, "a <style> element in the content (CSS can hide text or add its own)", "<style")]
    found = []
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
    return found


def _characters(text: str):
    for character in sorted(set(_FORMAT.findall(text))):
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
