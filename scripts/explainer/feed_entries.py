"""What each language's Atom feed lists, and where: shared by the post-build step that writes the feeds
(explainer.postbuild.feeds) and the check that reads them (explainer.checks_feeds), which must not load the
post-build steps' builder."""

from __future__ import annotations

from urllib.parse import urljoin

from .corrections import PAGE as CORRECTIONS_PAGE
from .corrections import Correction, site_anchor
from .published import Explainer
from .site import Site

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED = "feed.xml"  # in each language's folder
LIMIT = 50  # entries: a reader's feed needs the recent ones, and the archive lists every explainer


def feed_path(site: Site, language: str) -> str:
    """A language's feed, relative to the site root ("feed.xml", "en/feed.xml")."""
    return site.prefix(language) + FEED


def entries(site: Site) -> list[Explainer]:
    """The explainers a feed lists: those with the day they were added, the latest change first."""
    dated = [explainer for explainer in site.explainers if explainer.added]
    return sorted(dated, key=lambda e: (e.modified, e.added, e.slug), reverse=True)[:LIMIT]


def corrected(site: Site) -> list[Correction]:
    """The corrections a feed lists: those readers are shown, the newest first (the latest declared first on a
    day)."""
    shown = [*site.contract.corrections, *(entry for explainer in site.explainers for entry in explainer.corrections)]
    ordered = sorted(enumerate(entry for entry in shown if entry.shown), key=lambda pair: (pair[1].day, pair[0]),
                     reverse=True)
    return [entry for _, entry in ordered][:LIMIT]


def correction_entry(site: Site, site_url: str, language: str, entry: Correction) -> tuple[str, str]:
    """A correction's feed id (its place on the site's corrections page) and link (its explainer's entry)."""
    identity = urljoin(site_url, site.page_path(CORRECTIONS_PAGE, language)) + f"#{site_anchor(entry, site.contract)}"
    explainer = site.contract.explainer_of(entry.page)
    if explainer is None:
        return identity, identity
    return identity, urljoin(site_url, site.page_path(explainer.page("article"), language)) + f"#{entry.anchor}"


def moment(day: str) -> str:
    """A contract's day as Atom's date-time (RFC 3339): its start, UTC."""
    return f"{day}T00:00:00Z"
