#!/usr/bin/env python3
"""Head, continuation, abbreviation and sector statistics for the organization lexicons.

Counts over the real corpus (../shared/corpus-real/general-10k.jsonl.gz and labour.jsonl),
leaving out every article whose id is in a gold file (fixtures/gold/*.jsonl: only the `id`
and `file` fields are read, never a text), so the gold articles do not drive the lexicon.

Usage (from the repository root):

    python3 scripts/lexicon/org_stats.py heads [MIN]         # candidate heads
    python3 scripts/lexicon/org_stats.py continuations HEAD  # what follows one head
    python3 scripts/lexicon/org_stats.py abbreviations [MIN] # "Full Name (ABBR)" definitions
    python3 scripts/lexicon/org_stats.py sectors [MIN]       # names after Bộ/Sở/Công đoàn ngành
    python3 scripts/lexicon/org_stats.py sources [MIN]       # names a report is attributed to
    python3 scripts/lexicon/org_stats.py cuts GEN LAB [MIN]  # lower-case words after a mention

Each line printed is tab-separated: the item, its count in general-10k, its count in labour
(the provenance columns of the committed rows).

- `heads`: a candidate head is one or two words, the first capitalized, that start a
  *capitalized name*: the head is followed by a capitalized word that is not a place's level
  word ("Tập đoàn Điện lực ...", "Quỹ Bảo trợ ...", "Nhà máy Thủy điện ..."). Counted per
  occurrence; sentence-initial occurrences are left out (a capital there says nothing).
- `continuations HEAD`: the first two words after HEAD and how often each follows it, with
  the share of capitalized ones: a head whose continuations are mostly capitalized names is
  an organization head; one followed mostly by lower-case words is an ordinary word.
- `abbreviations`: an article's own definitions "<words> (<ABBR>)" where the ABBR's letters
  are the initials of the words just before it (Đ counted as D), with the expansion.
- `sectors`: the capitalized run after "Bộ", "Sở", "Công đoàn ngành" (lower-case allowed
  after "ngành"), counted.
- `sources`: the capitalized run (at most four words) a report is attributed to inside a
  sentence: after "Theo"/"theo" and before a comma ("Theo Bloomberg, …"), after "Trả lời"
  or "Trao đổi với" ("Trả lời Tiền Phong, bà …"), or after "Như" and before "đã" ("Như
  Thanh Niên đã thông tin"): candidate news media named without a type word.
- `cuts GEN LAB`: reads the extractor's records of general-10k and labour (`union-news
  extract - -q` over each, GEN and LAB its output files; gold articles left out as above)
  and counts, for each organization mention (its canonical name) written with no place or
  parent (its canonical name is its text), the lower-case words right after it, up to four
  and up to punctuation, a capitalized word or a stop word (`STOPS` and the words of
  role_stops.tsv): prefixes of one to four words, each counted.
  A continuation that follows one cut name again and again is a candidate row of
  `org_continuations.tsv` ("Trung tâm Lao động" + "ngoài nước"), to be reviewed by hand
  (verbs, "của", places and plain sentence words are not part of a name).
"""

import gzip
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

CORPUS = Path("../shared/corpus-real")
GOLD = Path("fixtures/gold")

WORD = re.compile(r"[\wĐđ&.\-]+", re.UNICODE)
LEVEL_WORDS = {"tỉnh", "thành", "Thành", "quận", "huyện", "xã", "phường", "thị", "TP", "TP.", "Tp"}
SENTENCE_END = re.compile(r"(^|[.!?:\n\"“”]\s*)$")


def gold_ids():
    """The ids of every gold article, test halves included (only `id`/`file` are read), so
    that no gold article, least of all a test one, drives the lexicon."""
    ids = set()
    for path in GOLD.glob("*.jsonl"):
        for line in path.open(encoding="utf-8"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            for field in ("id", "file"):
                value = row.get(field)
                if isinstance(value, str):
                    ids.add(value)
    return ids


def articles():
    """(collection, text) of every corpus article not in a gold file."""
    skip = gold_ids()
    sources = [
        ("general", gzip.open(CORPUS / "general-10k.jsonl.gz", "rt", encoding="utf-8")),
        ("labour", (CORPUS / "labour.jsonl").open(encoding="utf-8")),
    ]
    for name, handle in sources:
        with handle:
            for line in handle:
                row = json.loads(line)
                if row.get("id") in skip:
                    continue
                text = "\n".join(x for x in (row.get("title"), row.get("text")) if x)
                yield name, unicodedata.normalize("NFC", text)


def capitalized(word):
    return word[:1].isupper()


def tokens(text):
    """Words with their start offsets."""
    return [(m.group(0).rstrip("."), m.start()) for m in WORD.finditer(text)]


def sentence_initial(text, start):
    return SENTENCE_END.search(text[max(0, start - 3):start]) is not None


def count_heads(minimum):
    counts = {"general": Counter(), "labour": Counter()}
    for name, text in articles():
        words = tokens(text)
        for i, (word, start) in enumerate(words):
            if not capitalized(word) or sentence_initial(text, start):
                continue
            for width in (1, 2):
                if i + width >= len(words):
                    break
                head_words = [w for w, _ in words[i:i + width]]
                if width == 2 and capitalized(head_words[1]):
                    break  # "Tập đoàn" style: the second word is lower-case
                follower = words[i + width][0]
                if capitalized(follower) and follower not in LEVEL_WORDS:
                    counts[name][" ".join(head_words)] += 1
    report(counts, minimum)


def count_continuations(head):
    counts = {"general": Counter(), "labour": Counter()}
    pattern = re.compile(r"(?<!\w)" + re.escape(head) + r"\s+(\S+)(?:\s+(\S+))?")
    for name, text in articles():
        for m in pattern.finditer(text):
            first = m.group(1).strip(",.;:()\"“”")
            second = (m.group(2) or "").strip(",.;:()\"“”")
            counts[name][f"{first} {second}".strip()] += 1
    report(counts, 2)
    for name, counter in counts.items():
        total = sum(counter.values())
        caps = sum(c for k, c in counter.items() if capitalized(k))
        print(f"# {name}: {total} occurrences, {caps} followed by a capitalized word", file=sys.stderr)


def initials(words):
    return "".join(("D" if w[0] in "Đđ" else unicodedata.normalize("NFD", w[0])[0].upper()) for w in words)


def count_abbreviations(minimum):
    counts = {"general": Counter(), "labour": Counter()}
    definition = re.compile(r"\(([A-ZĐ][A-ZĐ&\-]{1,9})\)")
    for name, text in articles():
        for m in definition.finditer(text):
            abbr = m.group(1)
            letters = abbr.replace("Đ", "D").replace("&", "").replace("-", "")
            before = re.findall(r"[\wĐđ]+", text[max(0, m.start() - 160):m.start()])
            for n in range(len(letters), min(len(letters) + 3, len(before)) + 1):
                words = before[-n:]
                # skip lower-case connectors ("và") that abbreviations leave out
                content = [w for w in words if w not in ("và", "của")]
                if len(content) == len(letters) and initials(content) == letters:
                    counts[name][f"{abbr}\t{' '.join(words)}"] += 1
                    break
    report(counts, minimum)


def count_sectors(minimum):
    counts = {"general": Counter(), "labour": Counter()}
    pattern = re.compile(r"(?<!\w)(Bộ|Sở|Công đoàn ngành)\s+((?:[A-ZĐÀ-Ỹ][\wđ]*\s?(?:và\s|,\s|-\s)?){1,6})")
    for name, text in articles():
        for m in pattern.finditer(text):
            run = m.group(2).strip(" ,-")
            run = re.sub(r"\s+(và|,|-)$", "", run)
            counts[name][f"{m.group(1)}\t{run}"] += 1
    report(counts, minimum)


def count_sources(minimum):
    counts = {"general": Counter(), "labour": Counter()}
    run = r"((?:[A-ZĐ][\wđ.]*)(?: [A-ZĐ][\wđ.]*){0,3})"
    patterns = [
        re.compile(r"(?<!\w)[Tt]heo " + run + r","),
        re.compile(r"(?<!\w)(?:[Tt]rả lời|[Tt]rao đổi với) " + run + r"(?=[ ,])"),
        re.compile(r"(?<!\w)Như " + run + r" đã"),
    ]
    for name, text in articles():
        for pattern in patterns:
            for m in pattern.finditer(text):
                counts[name][m.group(1)] += 1
    report(counts, minimum)


# Words a name does not go on with (a sentence's verbs and connectors, the commonest).
STOPS = {
    "và", "của", "đã", "đang", "sẽ", "là", "có", "được", "bị", "cho", "với", "tại", "trong",
    "vừa", "cũng", "không", "này", "đó", "các", "những", "một", "để", "theo", "khi", "thì",
    "mà", "nên", "như", "về", "từ", "đến", "trên", "dưới", "sau", "trước", "vào", "ra",
}
LOWER_WORD = re.compile(r" (\w+)")
ROLE_STOPS = Path("src/extract/rules/role_stops.tsv")


def stops():
    """STOPS and the words of role_stops.tsv (a verb or particle after a name)."""
    words = set(STOPS)
    for line in ROLE_STOPS.open(encoding="utf-8"):
        if line.startswith("#") or line.startswith("word"):
            continue
        words.add(line.split("\t")[0].strip())
    return words


def count_cuts(general, labour, minimum):
    skip = gold_ids()
    ends = stops()
    counts = {"general": Counter(), "labour": Counter()}
    for name, path in (("general", general), ("labour", labour)):
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if row.get("id") in skip:
                continue
            text = row.get("text") or ""
            for org in row.get("organizations", []):
                canonical = org.get("canonical", "")
                if canonical != org.get("text"):
                    continue  # a place or parent resolved: not cut short
                words = []
                pos = org.get("end", 0)
                while len(words) < 4:
                    m = LOWER_WORD.match(text, pos)
                    if not m or not m.group(1).islower() or m.group(1) in ends:
                        break
                    if " ".join(words + [m.group(1)]) in ends:
                        break
                    words.append(m.group(1))
                    pos = m.end()
                    counts[name][f"{canonical}\t{' '.join(words)}"] += 1
    report(counts, minimum)


def report(counts, minimum):
    keys = set(counts["general"]) | set(counts["labour"])
    rows = sorted(keys, key=lambda k: -(counts["general"][k] + counts["labour"][k]))
    for key in rows:
        g, l = counts["general"][key], counts["labour"][key]
        if g + l >= minimum:
            print(f"{key}\t{g}\t{l}")


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    mode = argv[1]
    if mode == "heads":
        count_heads(int(argv[2]) if len(argv) > 2 else 20)
    elif mode == "continuations" and len(argv) > 2:
        count_continuations(argv[2])
    elif mode == "abbreviations":
        count_abbreviations(int(argv[2]) if len(argv) > 2 else 3)
    elif mode == "sectors":
        count_sectors(int(argv[2]) if len(argv) > 2 else 5)
    elif mode == "sources":
        count_sources(int(argv[2]) if len(argv) > 2 else 5)
    elif mode == "cuts" and len(argv) > 3:
        count_cuts(argv[2], argv[3], int(argv[4]) if len(argv) > 4 else 3)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
