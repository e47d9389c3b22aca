"""A Content-Security-Policy on every page: the second wall behind escaping, for anything that slips through.

Only what the site itself uses is allowed:
- `script-src <site>assets/javascripts/ 'sha256-…'`: script files from the site's script folder only (Material's
  bundle, explainer.js; not 'self', so no other file the site serves, such as a source's .txt written as
  JavaScript, can be a script), and those inline scripts of the page that its templates wrote;
- `worker-src` the same folder (the search worker and what it loads); `connect-src 'self'` (the search index);
- `style-src 'self'` and the templates' inline styles by hash; `img-src 'self' data:` (Material's icons are
  data: URLs in its stylesheet); `font-src 'self'`;
- `default-src 'self'`, `frame-src 'none'`, `object-src 'none'`, `form-action 'none'`, `base-uri 'none'`;
- on a page for which docs/site.yml `allowed-markup` declares an element loading from an origin (a frame from
  https://www.youtube-nocookie.com, say), that origin in the element's directive, on that page only.

Which inline scripts and styles a template writes is known at build time: each `<script>` and `<style>` body in the
theme's and the site's templates is a pattern in which every `{{ … }}` may be filled with data only (JSON literals
and paths: no call, operator or assignment outside a string). An inline script or style of a page that matches no
template is not hashed, so browsers refuse it, and `protect` names it (the post-build step warns, which fails a
strict build). JSON data blocks (Material's `__config`, the site's `__explainer`, FAQPage JSON-LD) are not run by
a browser, so they need no hash.

The hashes are of each page's final inline scripts (Material's vary with the page's depth), so this is the last
step that changes a page.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from html import escape
from pathlib import Path
from urllib.parse import quote

# An inline script or style element; a script with src, or a data block (JSON), is not one that runs.
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
_STYLE = re.compile(r"<style\b([^>]*)>(.*?)</style>", re.S | re.I)
_EXECUTABLE = re.compile(r"""\btype=["']?\s*(?:text/javascript|module)\b""", re.I)  # quoted or not
_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?', re.I)
_CHARSET = re.compile(r"<meta charset=[^>]*>\n?", re.I)
_HEAD = re.compile(r"<head\b[^>]*>\n?", re.I)
_DOCTYPE = re.compile(r"\s*<!doctype[^>]*>\n?", re.I)
# Template syntax inside a script or style body: a value ({{ }}), a statement ({% %}) or a comment ({# #}).
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
# What a template's value may render as inside a script: strings, names, numbers, paths, arrays and objects.
# Strings are JSON's (double quotes) and hold a relative path or a word: no ':' (no scheme), no '//' (no other host),
# no escape. Outside strings no '/', which JavaScript could read as the start of a regular expression.
_STRING = r"""(?:[^"\\\n<:/]|/(?!/))*?"""
_DATA = rf"""(?:"{_STRING}"|[\w\s.:\[\]{{}},-])*?"""
_STYLE_DATA = r"[\w\s.#%-]*?"  # in a style: a colour, a length, a name; never a brace that ends a rule
SCRIPT_FOLDER = "assets/javascripts/"  # below the site's address: Material's and the site's scripts


# The directive that lets an element of content load from elsewhere (docs/site.yml `allowed-markup`). Inline code
# (a script's body, an event handler) is never added: only the templates' inline code runs.
DIRECTIVES = {"iframe": "frame-src", "frame": "frame-src", "img": "img-src", "picture": "img-src",
              "audio": "media-src", "video": "media-src", "source": "media-src", "track": "media-src",
              "script": "script-src", "object": "object-src", "embed": "object-src", "form": "form-action"}


def allowed_sources(element: str, origin: str) -> tuple[str, str] | None:
    """The (directive, source) a declared element loading from an origin (or, without one, from the site) adds to
    its page's policy; None for an element the policy has no directive for, or a scheme that would run code."""
    directive = DIRECTIVES.get(element)
    if directive is None or origin in ("javascript:", "vbscript:") or (directive == "script-src" and not origin):
        return None  # a script from the site itself must be in its script folder, which the policy allows already
    return directive, quote(origin, safe=":/[]@!$&'()*+=%-._~") if origin else "'self'"


def _runs(attributes: str) -> bool:
    return "src=" not in attributes.lower() and (
        "type=" not in attributes.lower() or bool(_EXECUTABLE.search(attributes)))


def _digest(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def _quote_after(text: str, quote: str | None) -> str | None:
    """The string quote open after `text` (a template's literal JavaScript), given the one open before it."""
    escaped = False
    for character in text:
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif quote is None and character in "\"'":
            quote = character
        elif character == quote:
            quote = None
    return quote


def _pattern(body: str, data: str = _DATA) -> re.Pattern:
    """A template's script or style body as a pattern: its text exactly (any whitespace where it has some, as the
    minify step drops indentation), each template tag filled with data only: inside a string of the template,
    characters of that string; elsewhere, data (_DATA)."""
    parts, quote = [], None
    for index, piece in enumerate(_JINJA.split(body)):
        if index:
            parts.append(data if quote is None else _STRING.replace('"', quote))
        parts.extend(r"\s*" if chunk.isspace() else re.escape(chunk) for chunk in re.split(r"(\s+)", piece) if chunk)
        quote = _quote_after(piece, quote)
    return re.compile(r"\s*" + "".join(parts) + r"\s*", re.S)


@dataclass(frozen=True)
class Known:
    """The inline scripts and styles the theme's and the site's templates write, as patterns."""
    scripts: tuple[re.Pattern, ...]
    styles: tuple[re.Pattern, ...]

    @classmethod
    def from_templates(cls, folders) -> Known:
        """Every inline script and style body in the templates (*.html) below these folders."""
        scripts, styles = {}, {}
        for folder in folders:
            for path in sorted(Path(folder).rglob("*.html")):
                text = path.read_text(encoding="utf-8")
                scripts.update((body, None) for attributes, body in _SCRIPT.findall(text) if _runs(attributes))
                styles.update((body, None) for _, body in _STYLE.findall(text))
        return cls(tuple(map(_pattern, scripts)), tuple(_pattern(body, _STYLE_DATA) for body in styles))

    def script(self, body: str) -> bool:
        return any(pattern.fullmatch(body) for pattern in self.scripts)

    def style(self, body: str) -> bool:
        return any(pattern.fullmatch(body) for pattern in self.styles)


@dataclass(frozen=True)
class Policy:
    """The policy of a site's pages: where its scripts live, and the inline code its templates write."""
    site_url: str  # the published address
    template_folders: tuple[str, ...]  # the theme's folders, the site's own first (MkDocs' theme.dirs)
    # built page (as protect is given it) -> (directive, source) pairs that docs/site.yml `allowed-markup` declares
    allowed: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # `mkdocs serve` adds an inline script to every page it sends, different each time (its reload poller): the
    # policy of a served preview lets inline scripts run; a build for publishing never does
    live_reload: bool = False

    @cached_property
    def known(self) -> Known:  # read when a page is protected, not by every tool that loads the site
        return Known.from_templates(self.template_folders)

    @property
    def script_folder(self) -> str:
        """The site's script folder as a source expression: characters that would end one (space, ';', ',')
        percent-encoded, so the address cannot add a directive."""
        return quote(self.site_url.rstrip("/") + "/" + SCRIPT_FOLDER, safe=":/?#[]@!$&'()*+=%-._~")

    def for_page(self, html: str, page: str = "") -> tuple[str, list[str]]:
        """A page's policy, and the start of each inline script or style no template wrote (left unhashed). What
        the site declares for the page (a frame from an origin, say) is added to its directive."""
        html = _POLICY.sub("", html)
        hashes, unknown = {"script": set(), "style": set()}, []
        for kind, found, known in (("script", _SCRIPT, self.known.script), ("style", _STYLE, self.known.style)):
            for attributes, body in found.findall(html):
                if kind == "script" and not _runs(attributes):
                    continue
                if known(body):
                    hashes[kind].add(_digest(body))
                else:
                    unknown.append(f"<{kind}>{' '.join(body.split())[:60]}")
        scripts = self.script_folder
        inline = ["'unsafe-inline'"] if self.live_reload else sorted(hashes["script"])  # a hash would void it
        sources = {
            "default-src": ["'self'"], "script-src": [scripts, *inline], "worker-src": [scripts],
            "style-src": ["'self'", *sorted(hashes["style"])], "img-src": ["'self'", "data:"],
            "media-src": ["'self'"], "font-src": ["'self'"], "connect-src": ["'self'"], "frame-src": ["'none'"],
            "object-src": ["'none'"], "form-action": ["'none'"], "base-uri": ["'none'"],
        }
        for directive, source in self.allowed.get(page, ()):
            listed = [item for item in sources[directive] if item != "'none'"]
            sources[directive] = listed + [source] * (source not in listed)
        return "; ".join(" ".join([directive, *items]) for directive, items in sources.items()), unknown

    def protect(self, html: str, page: str = "") -> tuple[str, list[str]]:
        """The page with its policy in a <meta> right after the charset (before any script), replacing an older
        one; and what the policy leaves out (inline code no template wrote)."""
        html = _POLICY.sub("", html)
        # after the charset where the build wrote one; in a page of other origin (a raw .html file in docs/) after
        # <head>, else after the doctype, where an HTML parser still puts a <meta> into the head
        found = _CHARSET.search(html) or _HEAD.search(html) or _DOCTYPE.match(html)
        at = found.end() if found else 0
        policy, unknown = self.for_page(html, page)
        meta = f'<meta http-equiv="Content-Security-Policy" content="{escape(policy, quote=False)}">\n'
        return html[:at] + meta + html[at:], unknown
