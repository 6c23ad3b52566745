#!/usr/bin/env python3
"""Counts the stops glued to the next word in ../shared/corpus-real (session 16).

Prints, per corpus, the forms `sentences` (src/extract/text.rs) reads: a `.`, `!`, `?` or
`...` glued to an upper-case letter, by what stands before it (a lower-case letter, a
digit, a closing mark, an upper-case letter), the capitalized words ending in a lower-case
letter before a glued dot (the candidates of glued_stop_abbreviations.tsv, "Tp.HCM"), the
table's `corpus` counts (glued + before one space), and the photo credits run into the
body ("(Ảnh: Reuters) Đây …").

usage: python3 scripts/lexicon/glued_stops.py [CORPUS_DIR]   (default ../shared/corpus-real)
"""
import collections
import gzip
import json
import re
import sys
from pathlib import Path

STOP = re.compile(r"(\S{0,25}?)([.!?]+)(?=[^\W\d_])(\w{0,15})")
CREDIT = re.compile(r"\([Ảả]nh(?:\W[^()]{0,60})?\) [^\W\d_]")
TABLE = Path(__file__).resolve().parents[2] / "src/extract/rules/glued_stop_abbreviations.tsv"


def texts(path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line).get("text", "")


def kind(before):
    if not before:
        return "space"
    c = before[-1]
    if c.isdigit():
        return "digit"
    if c.islower():
        return "lower"
    if c.isupper():
        return "upper"
    return "mark " + c


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus-real")
    words = [
        line.split("\t")[0]
        for line in TABLE.read_text(encoding="utf-8").splitlines()[2:]
        if line and not line.startswith("#")
    ]
    for name in ["general-10k.jsonl.gz", "labour.jsonl"]:
        forms, capitalized, credits = collections.Counter(), collections.Counter(), 0
        table = collections.Counter()
        for text in texts(root / name):
            for m in STOP.finditer(text):
                if not m.group(3)[:1].isupper():
                    continue
                forms[(kind(m.group(1)), m.group(2)[:3])] += 1
                word = re.findall(r"\w+$", m.group(1))
                if word and word[0][:1].isupper() and word[0][-1].islower():
                    capitalized[word[0]] += 1
            credits += sum(1 for m in CREDIT.finditer(text) if m.group(0)[-1].isupper())
            for w in words:
                glued = len(re.findall(r"(?<!\w)" + w + r"\.(?=[^\W\d_])(?=[A-ZÀ-ỸĐ]|\w*[A-Z])", text))
                spaced = len(re.findall(r"(?<!\w)" + w + r"\. [A-ZĐÀ-Ỹ]", text))
                table[(w, "glued")] += glued
                table[(w, "spaced")] += spaced
        print(f"== {name}")
        for (before, stop), n in forms.most_common():
            print(f"{n}\t{stop}\tafter {before}")
        print("capitalized words before a glued dot:", capitalized.most_common(40))
        print("table counts (glued+spaced):", {w: f"{table[(w, 'glued')]}+{table[(w, 'spaced')]}" for w in words})
        print("photo credits run into the body:", credits)


if __name__ == "__main__":
    main()
