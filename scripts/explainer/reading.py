"""Reads one file of the site into its record and its page's structure: from the record cache when the same bytes
were read so before (explainer.record_cache), else parsed once for both."""

from __future__ import annotations

from .context import SiteContext, kept_whole
from .pages import PageRecord, html_record, page_bytes, read_page
from .structure import PageStructure, read_structure


def read_file(context: SiteContext, file: str) -> tuple[PageRecord, PageStructure | None]:
    """A file's record, and the structure of the page it builds (None for a stylesheet or an unreadable page)."""
    if not file.endswith((".html", ".htm")):
        return read_page(context.site, file)[0], None
    raw, error = page_bytes(context.site, file)
    if error:
        return html_record(file, raw, error)[0], None
    reading, cache = context.reading(file), context.cache
    key = cache.key(file, reading, raw)
    found = cache.get(key)
    if found is not None:
        return found
    record, document = html_record(file, raw)
    structure = None if reading is None or document is None or record.error else \
        read_structure(document, reading[0], file, units=reading[1], shown=reading[2])
    if kept_whole(record):  # a page larger than any real one is read again when checked: not kept
        cache.put(key, record, structure)
    return record, structure
