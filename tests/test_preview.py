"""The Pages-like server (explainer.preview) the README's preview, the tests and the Lighthouse audit share."""

from __future__ import annotations

import gzip
import urllib.error
import urllib.request


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
    response = fetch(site.url + "meta-ai-departures/faq/", **{"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.read()) == (site.dir / "meta-ai-departures" / "faq" / "index.html").read_bytes()


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
