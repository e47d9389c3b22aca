"""A share of the checking: which explainers, pages and site-wide checks one process of check_site owns.

A large site is checked by one process per core, each reading and checking its share of the explainers and of
the site's own pages (an explainer's pages, in both languages, stay in one process, so translation pairs stay
whole) and of the few site-wide checks (each in the process its name falls to); the first, the lead, also
exchanges the pages' summaries and reports. With one shard a process owns all.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Shard:
    index: int = 0
    count: int = 1


    def owns(self, key: str) -> bool:
        """Whether an explainer (its slug), or a page or file of the site's own, is this shard's to check."""
        return self.count == 1 or zlib.crc32(key.encode("utf-8")) % self.count == self.index  # the same everywhere
