#!/usr/bin/env python3
"""Counts of broadcaster abbreviations for src/extract/rules/broadcasters.tsv.

Counts over the real corpus (general-10k and labour, gold articles left out, as
org_stats.py does) every standalone occurrence of a broadcaster's abbreviation ("VTV",
"HTV", "VOV", ...), bare or with a channel number run into it ("VTV3", "HTV7"), and the
words written right after the abbreviation that make it another name ("VTC News").

Usage (from the repository root):

    python3 scripts/lexicon/broadcasters.py [ABBR ...]

Prints tab-separated: the abbreviation, bare occurrences general/labour, occurrences with a
channel number general/labour, then the most frequent next words.
"""

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from org_stats import articles  # noqa: E402

DEFAULT = ["VTV", "VTC", "HTV", "VOV", "THVL"]


def main(argv):
    abbrs = argv[1:] or DEFAULT
    pattern = re.compile(r"(?<![\w/.])(" + "|".join(abbrs) + r")(\d{0,2})(?!\w)")
    bare, numbered, after = Counter(), Counter(), Counter()
    for name, text in articles():
        for m in pattern.finditer(text):
            abbr = m.group(1)
            (numbered if m.group(2) else bare)[abbr, name] += 1
            nxt = re.match(r"[ ]?([\w.]+)", text[m.end():])
            if nxt:
                after[abbr, nxt.group(1)] += 1
    for abbr in abbrs:
        nexts = [f"{w} {n}" for (a, w), n in after.most_common() if a == abbr][:8]
        print(
            f"{abbr}\t{bare[abbr, 'general']}/{bare[abbr, 'labour']}"
            f"\t{numbered[abbr, 'general']}/{numbered[abbr, 'labour']}\t{'; '.join(nexts)}"
        )


if __name__ == "__main__":
    main(sys.argv)
