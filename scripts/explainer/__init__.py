"""Shared readers for the explainer site: the source text, the page structure and the site layout.

The build hooks (overrides/hooks/), the checker (scripts/check_site.py) and the tests all import these
modules, so the FAQ, glossary and paragraph structure is parsed in exactly one place.
"""
