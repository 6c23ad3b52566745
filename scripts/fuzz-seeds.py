#!/usr/bin/env python3
"""Builds the fuzz seed corpus fuzz/corpus/<target>/ from the repository's fixtures.

Run from anywhere: python3 scripts/fuzz-seeds.py. It rewrites fuzz/corpus/ (the hand-written
robots, feed and sitemap seeds live in this script too) and keeps it small (well under 2 MB):
the fuzzer mutates seeds, it does not need many. Deterministic: the same fixtures give the
same files.
"""
import json
import pathlib
import os
import shutil
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus"

# HTML pages: the smallest fixtures (parsing a 250 KB page costs ~10x a 30 KB one, and the
# fuzzer needs many runs), cut to at most this many bytes.
HTML_PAGES = ["giadinh-2", "afamily-2", "kenh14-2", "dantri-1"]
HTML_MAX = 64 * 1024


def write(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (d / name).write_bytes(data)


def gold_texts():
    """(id, text, published) of the gold files that carry their text."""
    for name in ["news-extra.jsonl", "heldout.jsonl", "heldout2.jsonl"]:
        for line in (ROOT / "fixtures" / "gold" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("text"):
                yield row["id"], row["text"], row.get("published")


def link_or_cut(target, path, limit=None):
    """A fixture as a seed: a relative link to the file when it is used whole (no second copy
    in the repository), the first `limit` bytes written out when it is longer."""
    data = path.read_bytes()
    if limit is not None and len(data) > limit:
        write(target, path.name, data[:limit])
        return
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / path.name).symlink_to(os.path.relpath(path, d))


def cases(kind):
    data = tomllib.loads((ROOT / "tests" / "cases" / f"{kind}.toml").read_text(encoding="utf-8"))
    return [c["text"] for c in data.get("case", []) if c.get("text")]


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    texts = list(gold_texts())

    # pagetext: the seed corpus pages as they are.
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        link_or_cut("pagetext", p)

    # html and links: a few pages, cut; plus one page in Windows-1258 and one in UTF-16.
    for name in HTML_PAGES:
        link_or_cut("html", ROOT / "fixtures" / "html" / f"{name}.html", HTML_MAX)
    page = ("<html><head><meta charset=\"windows-1258\"><title>Hội nghị công đoàn</title></head>"
            "<body><article><p>Sáng 17/1/2024, Liên đoàn Lao động quận tổ chức hội nghị tổng kết "
            "công tác công đoàn năm 2023, trao 500 suất quà trị giá 250 triệu đồng.</p></article>"
            "</body></html>")
    write("html", "windows-1258.html", page.encode("cp1258", errors="replace"))
    write("html", "utf-16.html", b"\xff\xfe" + page.replace("windows-1258", "utf-16").encode("utf-16-le"))
    link_or_cut("links", ROOT / "fixtures" / "html" / f"{HTML_PAGES[0]}.html", HTML_MAX)
    write("links", "small.html",
          "<html><head><base href=\"/tin/\"><link rel=\"alternate\" type=\"application/rss+xml\" "
          "href=\"/rss.xml\"></head><body><a href=\"a-1.html\">A</a> <a href=\"//other.vn/b\">B</a> "
          "<a href=\"#top\">top</a> <a rel=\"nofollow\" href=\"/c\">C</a> <a href=\"mailto:x@y.vn\">m</a>"
          "<a href=\"../cong-doan/d-2.ldo?x=1#c\">D</a></body></html>")

    # jsonl_line: one line per gold text, in the shapes the README allows.
    for i, (ident, text, published) in enumerate(texts[:6]):
        row = {"id": ident, "text": text[:3000], "published": published}
        if i % 3 == 1:
            row = {"url": f"https://laodong.vn/cong-doan/{ident}.ldo", "title": text[:60], "text": text[:3000]}
        if i % 3 == 2:
            row = {"id": i, "html": f"<html><body><article><p>{text[:3000]}</p></article></body></html>"}
        write("jsonl_line", f"{i:02}.jsonl", json.dumps(row, ensure_ascii=(i % 2 == 0)))

    # record and normalize: whole gold texts (the longest cut at 8 KB).
    for ident, text, _ in texts[:8]:
        write("record", f"{ident}.txt", text[:8000])
    for ident, text, _ in texts[8:12]:
        write("normalize", f"{ident}.txt", text[:4000])
    write("normalize", "marks.txt", "Thoa\u0300 ư\u031bơ\u0301c\u00a0lao động – “mới”…\r\n\tHoà\u200b Uỷ ban\n\n\n\nx")

    # The extractors: their test-case sentences (real sentences with known mentions), a few per
    # file, plus one whole article each.
    for target, kinds in [("dates", ["dates"]), ("money", ["money"]), ("counts", ["counts"]),
                          ("entities", ["orgs", "events"])]:
        sentences = [s for k in kinds for s in cases(k)]
        for i in range(0, len(sentences), 4):
            write(target, f"cases-{i // 4:02}.txt", "\n\n".join(sentences[i:i + 4]))
        ident, text, _ = texts[12 % len(texts)]
        write(target, f"{ident}.txt", text[:8000])

    # robots.txt, feeds and sitemaps: hand-written, in the shapes the crawler meets.
    write("robots", "simple.txt", "User-agent: *\nDisallow: /private\nCrawl-delay: 2\n")
    write("robots", "groups.txt",
          "User-agent: *\nDisallow: /\n\nUser-agent: union-news\nUser-agent: other\n"
          "Disallow: /tmp/\nAllow: /tmp/public$\nDisallow: /*.php$\nDisallow: /search?*q=\n"
          "Crawl-delay: 0.5 # seconds\n\nUser-agent: union-news\nDisallow: /admin\n")
    write("robots", "pattern.txt", "/a*b*c$\n/aXbYc\n")
    write("robots", "sitemaps.txt",
          "# comment\r\nSitemap: https://laodong.vn/sitemap.xml\r\nUser-agent: *\r\nAllow: /\r\n"
          "Disallow:\r\nCrawl-delay: 86401\r\n")
    write("feed", "rss.xml",
          "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Công đoàn</title>"
          "<link>https://laodong.vn/</link><item><title>Hội nghị</title>"
          "<link>https://laodong.vn/cong-doan/a-1.ldo</link>"
          "<pubDate>Mon, 01 Jan 2024 08:00:00 +0700</pubDate></item><item><title><![CDATA[Tết]]></title>"
          "<link><![CDATA[/cong-doan/b-2.ldo?x=1&amp;y=2]]></link><guid isPermaLink=\"true\">"
          "https://laodong.vn/g-3.ldo</guid><pubDate>Tue, 2 Jan 2024 25:00:00 GMT</pubDate></item>"
          "</channel></rss>")
    write("feed", "atom.xml",
          "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>"
          "<link rel=\"self\" href=\"/self\"/><link href='https://a.vn/1.html#x'/>"
          "<published>2024-01-17T08:30:00+07:00</published></entry><entry><link rel=\"alternate\" "
          "href=\"tin/2.html\"/><dc:date>2024-01-18</dc:date></entry></feed>")
    write("feed", "rdf.xml",
          "<rdf:RDF><item rdf:about=\"x\"><link>https://a.vn/&#x31;.html</link>"
          "<dc:date>2024-02-30T00:00:00Z</dc:date></item></rdf:RDF>")
    write("sitemap", "urlset.xml",
          "<?xml version=\"1.0\"?><urlset xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
          "<url><loc>https://laodong.vn/cong-doan/a-1.ldo</loc><news:news><news:publication_date>"
          "2024-01-17T08:30:00+07:00</news:publication_date></news:news></url><url><loc> /tin/b.html "
          "</loc><lastmod>2024-01-18</lastmod></url><url><loc><![CDATA[https://a.vn/c.html]]></loc></url>"
          "</urlset>")
    write("sitemap", "index.xml",
          "<sitemapindex><sitemap><loc>https://laodong.vn/sitemap-1.xml</loc><lastmod>2024-01-01"
          "</lastmod></sitemap><sitemap><loc>ftp://x/y.xml</loc></sitemap></sitemapindex>")

    total = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"fuzz/corpus: {sum(1 for p in OUT.rglob('*') if p.is_file())} files, {total} bytes")


if __name__ == "__main__":
    main()
