#!/usr/bin/env python3
"""Agreement between two annotations of the same articles, per type, by value.

Values are keyed as `union-news eval` keys them (README, eval): dates by ISO value, money by
amount, currency and qualifier (a range by its two ends), member counts by count and
category, organizations by canonical name, people by name, roles by name and role, events by
type and date. Per article the distinct values are compared; F1 between the two annotators is
symmetric (either one taken as gold). Also prints the exact-match rate of spans for the
spanned types.

Usage: python3 scripts/gold/agreement.py FIRST.jsonl SECOND.jsonl
"""
import json
import sys
import unicodedata


def fold(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def money_key(m):
    if m.get("qualifier") == "range" or m.get("amount_max") is not None:
        return f"{m['amount']:g}-{m.get('amount_max', m['amount']):g} {m['currency']} range"
    return f"{m['amount']:g} {m['currency']} {m['qualifier']}"


KEYS = {
    "dates": lambda g: {d["value"] for d in g["dates"]},
    "money": lambda g: {money_key(m) for m in g["money"]},
    "member_counts (value)": lambda g: {str(c["count"]) for c in g["member_counts"]},
    "member_counts": lambda g: {f"{c['count']} {c['category']}" for c in g["member_counts"]},
    "organizations": lambda g: {fold(o["canonical"]) for o in g["organizations"]},
    "people": lambda g: {fold(p["text"]) for p in g["people"]},
    "roles": lambda g: {f"{fold(p['text'])} | {fold(r)}" for p in g["people"] for r in p["roles"]},
    "events": lambda g: {f"{e['type']} {e.get('date')}" for e in g["events"]},
}


def load(path):
    return {a["id"]: a for a in map(json.loads, open(path, encoding="utf-8")) if a}


def main():
    first, second = load(sys.argv[1]), load(sys.argv[2])
    shared = [i for i in second if i in first]
    print(f"{len(shared)} articles annotated twice")
    print(f"{'type':24} {'first':>6} {'second':>6} {'both':>6} {'F1':>6}")
    for name, key in KEYS.items():
        a_total = b_total = both = 0
        for i in shared:
            a, b = key(first[i]["gold"]), key(second[i]["gold"])
            a_total += len(a)
            b_total += len(b)
            both += len(a & b)
        f1 = 2 * both / (a_total + b_total) if a_total + b_total else 1.0
        print(f"{name:24} {a_total:6} {b_total:6} {both:6} {f1:6.3f}")


if __name__ == "__main__":
    main()
