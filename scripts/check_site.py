#!/usr/bin/env python3
"""Check the built site: every link in every language, and every page against the source and its translation.

The checker lives in the installed `explainer` package (explainer.cli); this file is its command line.
"""

from explainer.cli import program

if __name__ == "__main__":
    raise SystemExit(program())
