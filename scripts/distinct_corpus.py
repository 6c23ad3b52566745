#!/usr/bin/env python3
"""Writes a JSONL corpus of COPIES × the articles of general-10k with every body distinct, for
measuring peak memory against the number of articles (docs/PERFORMANCE.md#memory).

    python3 scripts/distinct_corpus.py COPIES OUT.jsonl

Copy k (0 … COPIES−1) of each line of ../shared/corpus-real/general-10k.jsonl.gz gets the id
`ID-copyK` and, for k > 0, every ASCII letter of its `text` rotated by k places in the
alphabet (case kept: "Lao" → "Mbp" for k = 1). Lengths do not change, so each copy costs the
run what the original does apart from the duplicate registry, and the bodies share no
shingles (a body with fewer than 30 words still has no fingerprint, as in the original).
"""

import gzip
import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus-real"


def rotated(text: str, k: int) -> str:
    """`text` with each ASCII letter moved k places on in its alphabet."""
    if k == 0:
        return text
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)


def main() -> int:
    copies, out = int(sys.argv[1]), Path(sys.argv[2])
    with gzip.open(SHARED / "general-10k.jsonl.gz", "rt", encoding="utf-8") as src:
        lines = [json.loads(line) for line in src]
    with out.open("w", encoding="utf-8") as dst:
        for k in range(copies):
            for article in lines:
                copy = dict(article)
                copy["id"] = f"{article['id']}-copy{k}"
                if isinstance(copy.get("text"), str):
                    copy["text"] = rotated(copy["text"], k % 26)
                dst.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
