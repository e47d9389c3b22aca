"""mkdocs.yml's settings (explainer.layout.Settings) kept between runs in the record cache's store: loading the
config with MkDocs imports every plugin, theme and Markdown extension it names (about 0.1 s, a fifth of a check of
150 explainers) to read a handful of values.

Settings are a function of the config file's text, the environment variables it can name (`!ENV`), the site_url
given, the installed packages and the checker's code (whose version is in every key). The key holds each of them:
the file's absolute path and text, the value of every environment variable whose name is a word of the text, and
the modification time of every folder on the import path (installing or removing a package changes its folder's).
A config that inherits another (INHERIT) is loaded each run, and found settings are used only while their docs
folder exists (MkDocs requires it). Only a config MkDocs loaded without a warning is kept.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import fields
from pathlib import Path

from .layout import Settings
from .record_cache import RecordCache

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FIELDS = sorted(field.name for field in fields(Settings))


class KeptSettings:
    """Settings in a store (explainer.layout.KeptSettings)."""

    def __init__(self, store: RecordCache):
        self.store = store
        self._identities: dict[tuple[Path, str | None], str | None] = {}  # a run's: a miss's put reads no file again

    def get(self, config_file: Path, site_url: str | None) -> Settings | None:
        identity = self._identity(config_file, site_url)
        found = self.store.get_value(self.store.value_key(b"settings", identity), _fits) if identity else None
        if found is None:
            return None
        try:
            settings = Settings.from_data(found)
        except (TypeError, ValueError):  # a row of another shape is a miss
            return None
        return settings if Path(settings.docs_dir).is_dir() else None

    def put(self, config_file: Path, site_url: str | None, settings: Settings) -> None:
        identity = self._identity(config_file, site_url)
        if identity:
            self.store.put_value(self.store.value_key(b"settings", identity), settings.as_data())

    def _identity(self, config_file: Path, site_url: str | None) -> str | None:
        if (config_file, site_url) not in self._identities:
            self._identities[config_file, site_url] = _identity(config_file, site_url)
        return self._identities[config_file, site_url]


def _identity(config_file: Path, site_url: str | None) -> str | None:
    """All the settings are a function of besides the code, as text; None where they cannot be kept."""
    try:
        path = config_file.resolve()
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None  # MkDocs reports it
    if "INHERIT" in text:
        return None  # the settings depend on another file too
    named = set(_WORD.findall(text)) & os.environ.keys()
    folders = [(entry, os.stat(entry).st_mtime_ns) for entry in sys.path if entry and os.path.isdir(entry)]
    return json.dumps([str(path), text, site_url, {name: os.environ[name] for name in sorted(named)}, folders],
                      ensure_ascii=False)


def _fits(value: object) -> bool:
    return isinstance(value, dict) and sorted(value) == _FIELDS
