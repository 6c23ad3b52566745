#!/usr/bin/env python3
"""Reads a WARC file written by `union-news crawl --warc` back with warcio, a standard WARC
reader, and checks it (docs/CRAWL.md, "WARC output"):

- every record's block digest and every response's payload digest (sha1, base32) verify;
- record types: exactly RUNS `warcinfo` records, the others `request` and `response` only,
  as many of each, each request followed by its response, the two naming each other in
  `WARC-Concurrent-To` and naming the same `WARC-Target-URI`;
- every record has a `<urn:uuid:...>` id (all distinct) and a `WARC-Date`;
- every response is HTTP 200, or a redirect (301, 302, 303, 307, 308) with a Location, and
  its Content-Length is its payload's length;
- with --store: every stored document (pages/ and feeds/, by its sidecar's final_url) is the
  payload of a response for that URI, byte for byte, and its sidecar's SHA-256 matches;
- with --expect-uris FILE: the responses' target URIs are exactly the lines of FILE (a URI
  may be captured more than once only with --allow-repeats).

Prints a JSON summary (counts, and each request's and response's URI and HTTP head) on stdout; exits 1
with the problems on stderr when a check fails, 3 when warcio is missing.

    python3 scripts/check_warc.py crawl.warc.gz --store store/ --runs 1
"""
import argparse
import hashlib
import json
import os
import re
import sys

try:
    from warcio.archiveiterator import ArchiveIterator
except ImportError:
    print("check_warc.py: warcio is not installed (pip install warcio)", file=sys.stderr)
    sys.exit(3)

UUID = re.compile(r"^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>$")


def read_records(path, problems):
    """Every record as a dict, digests checked while its content is read."""
    out = []
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream, check_digests=True):
            head = record.rec_headers
            payload = record.content_stream().read()
            rec = {
                "type": head.get_header("WARC-Type"),
                "id": head.get_header("WARC-Record-ID"),
                "date": head.get_header("WARC-Date"),
                "uri": head.get_header("WARC-Target-URI"),
                "concurrent": head.get_header("WARC-Concurrent-To"),
                "version": head.protocol,
                "payload": payload,
            }
            if record.http_headers is not None:
                rec["status"] = record.http_headers.get_statuscode()
                rec["line"] = record.http_headers.protocol + " " + record.http_headers.statusline
                rec["http_headers"] = record.http_headers.headers
            digest = record.digest_checker
            if digest.passed is not True:
                problems.append(f"{rec['type']} {rec['uri']}: digests {digest.passed}: "
                                f"{list(digest.problems)}")
            out.append(rec)
    return out


def check_records(records, runs, problems):
    kinds = {}
    for rec in records:
        kinds[rec["type"]] = kinds.get(rec["type"], 0) + 1
        if rec["version"] != "WARC/1.1":
            problems.append(f"record {rec['id']}: version {rec['version']}")
        if not rec["id"] or not UUID.match(rec["id"]):
            problems.append(f"record id {rec['id']!r} is not <urn:uuid:...>")
        if not rec["date"]:
            problems.append(f"record {rec['id']}: no WARC-Date")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("record ids repeat")
    if kinds.get("warcinfo", 0) != runs:
        problems.append(f"{kinds.get('warcinfo', 0)} warcinfo records, expected {runs}")
    if set(kinds) - {"warcinfo", "request", "response"}:
        problems.append(f"unexpected record types: {kinds}")
    if kinds.get("request", 0) != kinds.get("response", 0):
        problems.append(f"requests and responses differ in number: {kinds}")
    for info in (r for r in records if r["type"] == "warcinfo"):
        if b"software: union-news/" not in info["payload"]:
            problems.append("warcinfo does not name the software")
    check_pairs(records, problems)
    return kinds


def check_pairs(records, problems):
    """Each request is followed by its response; they name each other and the same URI."""
    for i, rec in enumerate(records):
        if rec["type"] == "response":
            length = dict((k.lower(), v) for k, v in rec.get("http_headers", []))
            redirect = rec.get("status") in ("301", "302", "303", "307", "308")
            if rec.get("status") != "200" and not (redirect and length.get("location")):
                problems.append(f"response {rec['uri']}: status {rec.get('status')}")
            if length.get("content-length") != str(len(rec["payload"])):
                problems.append(f"response {rec['uri']}: Content-Length "
                                f"{length.get('content-length')} for {len(rec['payload'])} bytes")
            if i == 0 or records[i - 1]["type"] != "request":
                problems.append(f"response {rec['uri']} without its request before it")
            continue
        if rec["type"] != "request":
            continue
        response = records[i + 1] if i + 1 < len(records) else None
        if response is None or response["type"] != "response":
            problems.append(f"request {rec['uri']} without its response after it")
            continue
        if rec["concurrent"] != response["id"] or response["concurrent"] != rec["id"]:
            problems.append(f"request/response {rec['uri']}: WARC-Concurrent-To do not pair")
        if rec["uri"] != response["uri"]:
            problems.append(f"request {rec['uri']} answered for {response['uri']}")


def check_store(store, responses, problems):
    """Every stored document is a response's payload, byte for byte."""
    checked = 0
    for shelf in ("pages", "feeds"):
        for root, _dirs, files in os.walk(os.path.join(store, shelf)):
            for name in sorted(files):
                if not name.endswith(".meta.json"):
                    continue
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    meta = json.load(f)
                with open(os.path.join(root, name[: -len(".meta.json")]), "rb") as f:
                    body = f.read()
                payload = responses.get(meta["final_url"])
                if payload is None:
                    problems.append(f"stored {meta['final_url']}: no response record")
                elif payload != body:
                    problems.append(f"stored {meta['final_url']}: payload differs from the store")
                if hashlib.sha256(body).hexdigest() != meta.get("content_sha256"):
                    problems.append(f"stored {meta['final_url']}: sidecar SHA-256 differs")
                checked += 1
    return checked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warc")
    parser.add_argument("--store", help="the crawl's store directory")
    parser.add_argument("--runs", type=int, default=1, help="crawl runs written (warcinfo records)")
    parser.add_argument("--expect-uris", help="file of the response URIs expected, one a line")
    parser.add_argument("--allow-repeats", action="store_true",
                        help="a URI may have several responses (recrawls, a crash's repeat)")
    args = parser.parse_args()
    problems = []
    records = read_records(args.warc, problems)
    kinds = check_records(records, args.runs, problems)
    uris = [r["uri"] for r in records if r["type"] == "response"]
    if not args.allow_repeats and len(set(uris)) != len(uris):
        problems.append(f"a URI has several responses: {sorted(uris)}")
    if args.expect_uris:
        with open(args.expect_uris, encoding="utf-8") as f:
            expected = {line.strip() for line in f if line.strip()}
        if set(uris) != expected:
            problems.append(f"response URIs: missing {sorted(expected - set(uris))}, "
                            f"unexpected {sorted(set(uris) - expected)}")
    # The last capture of a URI is the one the store holds.
    responses = {r["uri"]: r["payload"] for r in records if r["type"] == "response"}
    stored = check_store(args.store, responses, problems) if args.store else 0
    summary = {
        "records": len(records),
        "types": kinds,
        "stored_documents_matched": stored,
        "requests": [
            {"uri": r["uri"], "line": r.get("line"), "headers": r.get("http_headers", [])}
            for r in records if r["type"] == "request"
        ],
        "responses": [
            {"uri": r["uri"], "line": r.get("line"), "headers": r.get("http_headers", [])}
            for r in records if r["type"] == "response"
        ],
    }
    print(json.dumps(summary, ensure_ascii=False))
    for problem in problems:
        print(f"check_warc.py: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
