#!/usr/bin/env python3
"""Checks a gold file whose entries carry surfaces, and fills their code-point offsets.

Every `text` of dates, money, member_counts, organizations and people, every person's role,
and every event's `name` and `evidence` must occur verbatim in the article `text`. Offsets
are found as GUIDELINES.md says: each list is scanned in document order, each entry searched
from just after the previous hit of the same list (an entry may give `"after": "context"` to
skip to the first hit after that context string; it is removed once used).

Usage: python3 scripts/gold/offsets.py IN.jsonl OUT.jsonl   (exit 1 listing every problem)
"""
import json
import sys
import unicodedata

SPANNED = ("dates", "money", "member_counts", "organizations", "people")


def fill(article, problems):
    text = article["text"]
    gold = article["gold"]
    for key in SPANNED:
        at = 0
        for entry in gold.get(key, []):
            surface = entry["text"]
            start_from = at
            context = entry.pop("after", None)
            if context is not None:
                c = text.find(context, at)
                if c < 0:
                    problems.append(f"{article['id']}: {key}: context {context!r} not found")
                    continue
                start_from = c + len(context)
            found = text.find(surface, start_from)
            if found < 0:
                where = "anywhere" if surface not in text else f"after offset {start_from}"
                problems.append(f"{article['id']}: {key}: {surface!r} not found {where}")
                continue
            entry["start"], entry["end"] = found, found + len(surface)
            at = found + len(surface) if key != "people" else 0
    for person in gold.get("people", []):
        for role in person.get("roles", []):
            if role not in text:
                problems.append(f"{article['id']}: role {role!r} of {person['text']!r} not in the text")
    for event in gold.get("events", []):
        for field in ("name", "evidence"):
            if event.get(field) and event[field] not in text:
                problems.append(f"{article['id']}: event {field} {event[field]!r} not in the text")
        if event.get("name") and event.get("evidence") and event["name"] not in event["evidence"]:
            problems.append(f"{article['id']}: event name {event['name']!r} not inside its evidence")
    for key in ("dates", "money", "member_counts", "organizations", "people", "events"):
        gold.setdefault(key, [])


def main():
    src, dst = sys.argv[1], sys.argv[2]
    problems, out = [], []
    for n, line in enumerate(open(src, encoding="utf-8"), 1):
        if not line.strip():
            continue
        article = json.loads(line)
        if unicodedata.normalize("NFC", article["text"]) != article["text"]:
            problems.append(f"{article['id']}: text is not NFC")
        fill(article, problems)
        out.append(article)
    with open(dst, "w", encoding="utf-8") as f:
        for article in out:
            f.write(json.dumps(article, ensure_ascii=False) + "\n")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(out)} articles, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
