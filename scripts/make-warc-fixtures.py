#!/usr/bin/env python3
"""Builds the WARC test fixtures in tests/warc/ with warcio (`pip install warcio`), a standard
WARC library, from real pages in fixtures/html/.

Usage (from the crate's root): python3 scripts/make-warc-fixtures.py

Writes:
  tests/warc/sample.warc.gz  WARC/1.1, a gzip member per record: warcinfo, request, responses
                             (200 with and without charset, 404, gzip Content-Encoding, chunked,
                             non-HTML, truncated), revisit, metadata.
  tests/warc/sample.warc     WARC/1.0, uncompressed: warcinfo, request, one 200 response
                             (giadinh-1 again, as http://127.0.0.1/plain/giadinh-1.html).
The pages are served as http://127.0.0.1/NAME.html; tests/warc/ compares each record with the
same page extracted as a .html file.
"""

import gzip
import io
import os
import sys

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = os.path.join(ROOT, "fixtures", "html")
OUT = os.path.join(ROOT, "tests", "warc")
DATE = "2024-03-01T08:30:00Z"


def page(name):
    with open(os.path.join(PAGES, name + ".html"), "rb") as f:
        return f.read()


def url(name):
    return "http://127.0.0.1/" + name + ".html"


def response(writer, name, body, status="200 OK", headers=None, warc_headers=None, date=DATE):
    """Writes a response record for `name` with `body` and HTTP `headers`."""
    headers = headers if headers is not None else [("Content-Type", "text/html; charset=utf-8")]
    http = StatusAndHeaders(status, headers + [("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")
    extra = {"WARC-Date": date}
    extra.update(warc_headers or {})
    record = writer.create_warc_record(url(name), "response", payload=io.BytesIO(body),
                                       http_headers=http, warc_headers_dict=extra)
    writer.write_record(record)
    return record


def request(writer, name):
    http = StatusAndHeaders("GET /" + name + ".html HTTP/1.1",
                            [("Host", "127.0.0.1"), ("User-Agent", "union-news-fixtures")],
                            is_http_request=True)
    writer.write_record(writer.create_warc_record(url(name), "request", http_headers=http,
                                                  warc_headers_dict={"WARC-Date": DATE}))


def chunked(body, size=4096):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def sample_gz(path):
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True, warc_version="1.1")
        writer.write_record(writer.create_warcinfo_record(
            "sample.warc.gz", {"software": "warcio", "description": "union-news fixtures"}))
        request(writer, "dantri-1")
        first = response(writer, "dantri-1", page("dantri-1"))
        # No charset in Content-Type: the page's own <meta charset> decides.
        response(writer, "giadinh-1", page("giadinh-1"), headers=[("Content-Type", "text/html")])
        response(writer, "missing", b"<html><body>Not found</body></html>", status="404 Not Found")
        response(writer, "giadinh-2", gzip.compress(page("giadinh-2"), mtime=0),
                 headers=[("Content-Type", "text/html; charset=utf-8"),
                          ("Content-Encoding", "gzip")])
        response(writer, "kenh14-2", chunked(page("kenh14-2")),
                 headers=[("Content-Type", "text/html; charset=utf-8"),
                          ("Transfer-Encoding", "chunked")])
        response(writer, "logo", b"\x89PNG\r\n\x1a\n" + bytes(64),
                 headers=[("Content-Type", "image/png")])
        # Cut short by the crawler: half the page, marked WARC-Truncated.
        whole = page("giadinh-2")
        response(writer, "giadinh-2-cut", whole[: len(whole) // 2],
                 warc_headers={"WARC-Truncated": "length"})
        revisit = writer.create_revisit_record(
            url("dantri-1"), first.rec_headers.get_header("WARC-Payload-Digest"),
            url("dantri-1"), DATE)
        writer.write_record(revisit)
        writer.write_record(writer.create_warc_record(
            url("dantri-1"), "metadata", payload=io.BytesIO(b"outlinks: none\r\n"),
            warc_content_type="application/warc-fields"))


def sample_plain(path):
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=False, warc_version="1.0")
        writer.write_record(writer.create_warcinfo_record("sample.warc", {"software": "warcio"}))
        request(writer, "plain/giadinh-1")
        response(writer, "plain/giadinh-1", page("giadinh-1"))


def main():
    os.makedirs(OUT, exist_ok=True)
    sample_gz(os.path.join(OUT, "sample.warc.gz"))
    sample_plain(os.path.join(OUT, "sample.warc"))
    for name in ("sample.warc.gz", "sample.warc"):
        print(name, os.path.getsize(os.path.join(OUT, name)), "bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
