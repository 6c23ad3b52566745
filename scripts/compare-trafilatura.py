#!/usr/bin/env python3
"""Score our HTML extraction and trafilatura's on the same pages with the same fixtures.

For every fixtures/html/<page>.html with a <page>.expect.toml, both extractors are checked for:
title (exact after normalization), publication day (YYYY-MM-DD; trafilatura gives no time),
must-have sentences found in the body, boilerplate strings excluded from the body, and for
`article = false` pages whether the page is rejected (no body). Pages whose fixture says
`held_out = true` (the test half) are marked and totalled apart.

Our output comes from --ours, either
  * a directory of <page>.json files (title, published, body, warnings), as written by
    `UNION_NEWS_HTML_OUT=DIR cargo test --test tests html::every_page_matches_its_fixture`, or
  * a JSONL file of records from `union-news extract fixtures/html -o FILE` (title, published,
    text, warnings, source.path).
trafilatura is used when installed (`pip install trafilatura lxml_html_clean`).

Usage: scripts/compare-trafilatura.py --ours DIR|FILE [--fixtures fixtures/html] [--markdown]
"""

import argparse
import json
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

# The parts of union_news::normalize::normalize that matter for comparing text.
_MAP = {
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": "",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2026": "...",
}
_TABLE = str.maketrans(_MAP)
# Classic tone placement, as normalize() does ("hoà" -> "hòa").
_TONES = [("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
          ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
          ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")]


def canon(text):
    """NFC, quotes/dashes/ellipsis unified, one tone placement, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text or "").translate(_TABLE)
    for new, old in _TONES:
        text = text.replace(old, new)
        text = text.replace(old.capitalize(), new.capitalize())
    return " ".join(text.split())


def load_ours(path):
    """{page: {title, published, body, warnings}} from a dump directory or records JSONL."""
    path = Path(path)
    ours = {}
    if path.is_dir():
        for file in sorted(path.glob("*.json")):
            ours[file.stem] = json.loads(file.read_text(encoding="utf-8"))
        return ours
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        source = (record.get("source") or {}).get("path") or record.get("id", "")
        name = Path(source).stem
        ours[name] = {
            "title": record.get("title"),
            "published": record.get("published"),
            "body": record.get("text", ""),
            "warnings": record.get("warnings", []),
        }
    return ours


def run_trafilatura(html_bytes):
    try:
        import trafilatura
    except ImportError:
        return None
    result = trafilatura.extract(
        html_bytes, output_format="json", with_metadata=True, include_comments=False
    )
    if not result:
        return {"title": None, "published": None, "body": "", "warnings": ["no result"]}
    data = json.loads(result)
    return {
        "title": data.get("title"),
        "published": data.get("date"),
        "body": data.get("text") or "",
        "warnings": [],
    }


def fundus_paragraphs(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    article = next(iter(data.values()))
    body = article["body"]
    out = list(body.get("summary", []))
    for section in body.get("sections", []):
        out.extend(section.get("paragraphs", []))
    return out


def score(expect, got, fixtures):
    """A dict of checks for one extractor on one page."""
    if got is None:
        return None
    body = canon(got.get("body"))
    if not expect.get("article", True):
        rejected = not body or any(
            w.startswith("not an article page") for w in got.get("warnings", [])
        )
        return {"article": False, "rejected": rejected}
    must = list(expect.get("must", []))
    if expect.get("fundus"):
        must += fundus_paragraphs(fixtures / expect["fundus"])
    must_not = expect.get("must_not", [])
    want_day = (expect.get("published") or "")[:10]
    got_day = (got.get("published") or "")[:10]
    return {
        "article": True,
        "title": canon(got.get("title")) == canon(expect.get("title")),
        # None where the page gives no date (nothing to be right or wrong about).
        "date": (got_day == want_day) if want_day else None,
        "found": sum(canon(s) in body for s in must),
        "must": len(must),
        "clean": sum(canon(s) not in body for s in must_not),
        "must_not": len(must_not),
        "chars": len(body),
    }


def cell(s):
    if s is None:
        return "n/a"
    if not s["article"]:
        return "rejected" if s["rejected"] else "NOT rejected"
    return "{} {} {}/{} {}/{}".format(
        "T" if s["title"] else "t-",
        "·" if s["date"] is None else ("D" if s["date"] else "d-"),
        s["found"], s["must"], s["clean"], s["must_not"],
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ours", required=True)
    parser.add_argument("--fixtures", default="fixtures/html")
    args = parser.parse_args()
    fixtures = Path(args.fixtures)
    ours = load_ours(args.ours)
    # Totals per half: the dev pages, and the held-out (test) half (`held_out = true`).
    rows, totals = [], {"dev": {"ours": {}, "traf": {}}, "held out": {"ours": {}, "traf": {}}}
    for expect_path in sorted(fixtures.glob("*.expect.toml")):
        name = expect_path.name[: -len(".expect.toml")]
        expect = tomllib.loads(expect_path.read_text(encoding="utf-8"))
        half = "held out" if expect.get("held_out", False) else "dev"
        html = (fixtures / f"{name}.html").read_bytes()
        mine = score(expect, ours.get(name), fixtures)
        theirs = score(expect, run_trafilatura(html), fixtures)
        rows.append((name if half == "dev" else f"{name} (held out)", mine, theirs))
        for key, s in (("ours", mine), ("traf", theirs)):
            if s is None:
                continue
            t = totals[half][key]
            if not s["article"]:
                t["rejected"] = t.get("rejected", 0) + s["rejected"]
                t["listings"] = t.get("listings", 0) + 1
                continue
            for k in ("title", "found", "must", "clean", "must_not"):
                t[k] = t.get(k, 0) + int(s[k])
            if s["date"] is not None:
                t["date"] = t.get("date", 0) + int(s["date"])
                t["dated"] = t.get("dated", 0) + 1
            t["pages"] = t.get("pages", 0) + 1
    print("| page | ours | trafilatura |")
    print("|---|---|---|")
    for name, mine, theirs in rows:
        print(f"| {name} | {cell(mine)} | {cell(theirs)} |")

    def total(t):
        if not t:
            return "n/a"
        return (
            f"title {t.get('title', 0)}/{t.get('pages', 0)}, day {t.get('date', 0)}/{t.get('dated', 0)}, "
            f"must-have {t.get('found', 0)}/{t.get('must', 0)}, "
            f"boilerplate excluded {t.get('clean', 0)}/{t.get('must_not', 0)}, "
            f"listings rejected {t.get('rejected', 0)}/{t.get('listings', 0)}"
        )

    held = totals["held out"]
    label = "**total (dev)**" if held["ours"] or held["traf"] else "**total**"
    print(f"| {label} | {total(totals['dev']['ours'])} | {total(totals['dev']['traf'])} |")
    if held["ours"] or held["traf"]:
        print(f"| **total (held out)** | {total(held['ours'])} | {total(held['traf'])} |")
    print()
    print("Cell: T/t- title right/wrong, D/d- publication day right/wrong (· the page gives no date), "
          "must-have sentences found/total, boilerplate strings excluded/total.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
