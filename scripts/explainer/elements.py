"""Elements the Markdown extensions build (the listings, corrections and revisions): ElementTree elements whose text
and attribute values are escaped when serialised, so no contract text becomes markup."""

from __future__ import annotations

import xml.etree.ElementTree as etree


def element(parent: etree.Element | None, tag: str, text: str = "", **attributes: str) -> etree.Element:
    """A new element (below `parent`, if given) with its text; `data_x` attributes are written `data-x`."""
    made = {key.replace("_", "-"): value for key, value in attributes.items()}
    found = etree.Element(tag, made) if parent is None else etree.SubElement(parent, tag, made)
    found.text = text or None
    return found
