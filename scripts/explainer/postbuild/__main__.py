"""`python -m explainer.postbuild SITE_DIR [--config mkdocs.yml] [--site-url URL]`: the post-build steps on a site
built without the explainer plugin (another builder), with the site model from mkdocs.yml."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

from ..layout import LayoutError
from . import finish_for


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer.postbuild", description=__doc__.splitlines()[0])
    parser.add_argument("site", help="the built site")
    parser.add_argument("--config", default="mkdocs.yml", help="the site's mkdocs.yml (default: mkdocs.yml)")
    parser.add_argument("--site-url", help="the address the site was built for (default: from mkdocs.yml)")
    arguments = parser.parse_args(argv)
    folder = Path(arguments.site)
    if not folder.is_dir():
        print(f"postbuild: error: '{folder}' is not a directory", file=sys.stderr)
        return 2
    try:
        finish = finish_for(Path(arguments.config), arguments.site_url)
    except LayoutError as error:
        print(f"postbuild: error: {error}", file=sys.stderr)
        return 2
    try:
        finish.run(folder)
    except PluginError as error:  # a file of the built site a step cannot read (sitemap.xml)
        print(f"postbuild: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
