"""Makes the shared readers in scripts/explainer importable from the build hooks.

MkDocs puts a hook's folder on sys.path only while it imports the hook, so hooks import what they need from
`explainer` at module level, right after importing this module.
"""

import sys
from pathlib import Path

# The readers live beside the checker so that hooks, checker and tests parse the site in one way.
_SCRIPTS = str(Path(__file__).resolve().parents[2] / "scripts")
if _SCRIPTS not in sys.path:
    sys.path.insert(0, _SCRIPTS)
