#!/usr/bin/env python3
"""Start an explainer's translation: python scripts/translate_explainer.py SLUG (see explainer.translate)."""

from explainer.translate import main

if __name__ == "__main__":
    raise SystemExit(main())
