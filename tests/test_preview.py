"""The Pages-like server (explainer.preview) the README's preview, the tests and the Lighthouse audit share."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request

import pytest
from conftest import FIRST

S = FIRST.slug  # the first explainer's slug


def fetch(url: str, **headers: str):
    try:
        return urllib.request.urlopen(urllib.request.Request(url, headers=headers))
    except urllib.error.HTTPError as error:
        return error


def test_text_is_declared_utf8_so_the_raw_source_reads_right(site):
    source = site.layout.site.explainers[0].source_path
    response = fetch(site.url + source)
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert response.read() == (site.layout.docs_dir / source).read_bytes()


def test_text_is_compressed_when_the_browser_accepts_it(site):
    response = fetch(site.url + f"{S}/faq/", **{"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.read()) == (site.dir / f"{S}" / "faq" / "index.html").read_bytes()


def test_a_missing_path_gets_the_404_page_with_status_404(site):
    response = fetch(site.url + "en/no/such/page/")
    assert response.status == 404
    assert response.read() == (site.dir / "404.html").read_bytes()


def test_a_folder_without_its_slash_is_redirected(site):
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None

    try:
        urllib.request.build_opener(NoRedirect).open(site.url + "faq")
        raise AssertionError("no redirect")
    except urllib.error.HTTPError as error:
        assert error.code == 301 and error.headers["Location"].endswith("/faq/")


@pytest.mark.build  # preview.py builds the site
def test_the_preview_listens_after_its_build_and_cleans_up_on_sigterm(tmp_path):
    """scripts/preview.py: nothing answers until the site is built; SIGTERM removes the temporary build."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    from conftest import ROOT

    with socket.socket() as probe:  # a free port on 127.0.0.1
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, TMPDIR=str(tmp_path), NO_MKDOCS_2_WARNING="1")
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "preview.py"), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    try:
        ready = process.stdout.readline()  # printed once the build is done and the server listens
        assert ready.startswith(f"Serving http://127.0.0.1:{port}/explainer/"), process.stderr.read()
        assert [path for path in tmp_path.iterdir()]  # the build, in its temporary folder
        assert fetch(f"http://127.0.0.1:{port}/explainer/").status == 200
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    deadline = time.monotonic() + 5
    while list(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(tmp_path.iterdir()) == []
    assert process.returncode == 0


@pytest.mark.parametrize("trick", ["assets/javascripts/..%2Fsource%2F{name}",
                                   "assets/javascripts/..%2fsource/{name}",
                                   "assets/javascripts/%2E%2E/source/{name}",
                                   "assets/javascripts/..%5Csource%5C{name}"])
def test_an_encoded_way_out_of_the_script_folder_is_not_found(site, trick):
    # Decoded and resolved, these name the raw source from an address inside the folder the CSP lets scripts from
    source = site.layout.site.explainers[0].source_path
    response = fetch(site.url + trick.format(name=source.rsplit("/", 1)[1]))
    assert response.status == 404
    assert response.read() == (site.dir / "404.html").read_bytes()


def test_every_file_is_sent_with_nosniff(site):
    source = site.layout.site.explainers[0].source_path
    assert fetch(site.url + source).headers["X-Content-Type-Options"] == "nosniff"
