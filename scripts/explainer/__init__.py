"""The explainer site's build and checks: the MkDocs plugin (plugin.py) and its post-build steps (postbuild/), the
generator and translation starter (new.py, translate.py), the checker (runner.py and the checks_*.py it runs, listed
in registry.py), and the readers they share (the source text, the contracts, the page structure, the site layout),
so that each is parsed in exactly one place.
"""
