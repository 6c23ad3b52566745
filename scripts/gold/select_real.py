#!/usr/bin/env python3
"""Selects the articles of the real-article gold set (issue 12) from ../shared/corpus-real/labour.jsonl.

Deterministic: the same selection on every run. Writes one JSON line per article,
{"id", "half": "dev"|"test", "published", "text"}, where text is the headline, a line break and
the body, NFC. Articles are eligible when they are about unions or labour (at least two mentions of
"công đoàn"/"LĐLĐ"/"CĐCS"/"đoàn viên", or three of "người lao động"/"công nhân"/"lao động"/
"NLĐ"/"CNLĐ") and of a length one careful reading can
annotate (600 to 4,500 characters). Union articles are rare in the collection, so up to half
the set is sampled from them and the rest from the labour articles (seeded); in the shuffled
sample, alternate articles go to the dev and the test half.

Usage: python3 scripts/gold/select_real.py ../shared/corpus-real/labour.jsonl N [SEED [GOLD.jsonl ...]] > OUT.jsonl

SEED (default 20261205, the first set's) and the gold files whose article ids are left out
select a further set: the second set (`real2-*.jsonl`) is
`select_real.py labour.jsonl 24 20261206 fixtures/gold/real-dev.jsonl fixtures/gold/real-test.jsonl`.
"""
import json
import random
import re
import sys
import unicodedata

UNION = re.compile(r"[Cc]ông đoàn|LĐLĐ|CĐCS|đoàn viên")
LABOUR = re.compile(r"[Nn]gười lao động|[Cc]ông nhân|[Ll]ao động|NLĐ|CNLĐ")


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261205
    taken = set()
    for gold in sys.argv[4:]:
        for line in open(gold, encoding="utf-8"):
            taken.add(json.loads(line)["id"])
    union, labour = [], []
    for line in open(path, encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in taken:
            continue
        body = a.get("text") or ""
        text = unicodedata.normalize("NFC", ((a.get("title") or "").strip() + "\n" + body.strip()).strip())
        if not 600 <= len(text) <= 4500:
            continue
        if len(UNION.findall(text)) >= 2:
            union.append((a["id"], a.get("published"), text))
        elif len(LABOUR.findall(text)) >= 3:
            labour.append((a["id"], a.get("published"), text))
    union.sort()
    labour.sort()
    rng = random.Random(seed)
    # Union articles are the project's domain but rare in the collection: up to half the set.
    from_union = rng.sample(union, min(len(union), n // 2))
    sample = from_union + rng.sample(labour, n - len(from_union))
    rng.shuffle(sample)
    for i, (id_, published, text) in enumerate(sample):
        half = "dev" if i % 2 == 0 else "test"
        print(json.dumps({"id": id_, "half": half, "published": published, "text": text}, ensure_ascii=False))
    print(f"{len(union)} union and {len(labour)} labour articles eligible, {n} selected", file=sys.stderr)


if __name__ == "__main__":
    main()
