"""A Content-Security-Policy on every page: scripts run only from the site itself, or inline where the page's own
build wrote them (each inline script by its SHA-256). Escaping keeps text from a source inert; the policy is the
second wall, for anything that slips through.

The hashes are of each page's final inline scripts (Material's vary with the page's depth), so this is the last
step, after every other change to a page. The policy:
- `script-src 'self' 'sha256-…'`: the site's own script files (Material's bundle, explainer.js, the search worker
  and what it loads) and exactly the inline scripts of this page; no 'unsafe-inline', no 'unsafe-eval';
- `object-src 'none'`: no plugins;
- `base-uri 'self'`: no <base> that would send relative links or scripts elsewhere.
Styles, images and fonts are not restricted: they cannot run code. JSON data blocks (Material's `__config`, the
site's `__explainer`, FAQPage JSON-LD) are not scripts a browser runs, so they need no hash.
"""

from __future__ import annotations

import base64
import hashlib
import re

# An inline classic or module script; a script with src, or a data block (JSON), is not one.
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
_EXECUTABLE = re.compile(r'\btype="(?:text/javascript|module)"', re.I)
_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?', re.I)
_CHARSET = re.compile(r"<meta charset=[^>]*>\n?", re.I)


def _runs(attributes: str) -> bool:
    return "src=" not in attributes and ("type=" not in attributes or bool(_EXECUTABLE.search(attributes)))


def policy(html: str) -> str:
    """The policy for a page: its own inline scripts by hash, script files from the site only."""
    hashes = sorted({"'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
                     for attributes, body in _SCRIPT.findall(_POLICY.sub("", html)) if _runs(attributes)})
    return "; ".join(["script-src 'self'" + "".join(f" {h}" for h in hashes), "object-src 'none'", "base-uri 'self'"])


def protect(html: str) -> str:
    """The page with its policy in a <meta> right after the charset (before any script), replacing an older one."""
    html = _POLICY.sub("", html)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">\n'
    found = _CHARSET.search(html)
    if found is None:  # not a page with a head the build wrote: left as it is
        return html
    return html[:found.end()] + meta + html[found.end():]
