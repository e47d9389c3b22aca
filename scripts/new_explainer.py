#!/usr/bin/env python3
"""Add an explainer: python scripts/new_explainer.py SOURCE.txt --slug SLUG (see explainer.new)."""

from explainer.new import main

if __name__ == "__main__":
    raise SystemExit(main())
