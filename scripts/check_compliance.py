#!/usr/bin/env python3
"""Corpus checks of the compliance stage, against ../shared/corpus.

    python3 scripts/check_compliance.py GOLD_DIR OUT_DIR [--show]

- truncated: precision and recall of the `truncated` diagnostic against the
  gold `truncated` field (every document that has one);
- author_kind: accuracy against scripts/author_kind_expected.tsv (our own
  reading of each corpus report's title, author and opening);
- late: the reports whose own text gives a date (published_on, else
  signed_on) on or after 1 April of the year after the covered year, and
  whether `compliance.published_on_time` is False for each.
"""
import glob
import json
import os
import sys


def main() -> None:
    gold_dir, out_dir = sys.argv[1], sys.argv[2]
    show = "--show" in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    tp = fp = fn = tn = 0
    misses = []
    outs = {}
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        ident = gold["id"]
        out_path = os.path.join(out_dir, ident + ".json")
        if not os.path.exists(out_path):
            continue
        out = json.load(open(out_path, encoding="utf-8"))
        outs[ident] = (gold, out)
        if "truncated" not in gold:
            continue
        said = any(d["code"] == "truncated" for d in out["diagnostics"])
        if gold["truncated"] and said:
            tp += 1
        elif gold["truncated"]:
            fn += 1
            misses.append(f"missed   {ident}")
        elif said:
            fp += 1
            misses.append(f"false    {ident}")
        else:
            tn += 1
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    print(f"truncated precision {prec:.3f} ({tp}/{tp + fp})  recall {rec:.3f} ({tp}/{tp + fn})")
    rep = [(g, o) for g, o in outs.values() if g.get("is_report")]
    rtp = sum(1 for g, o in rep if g.get("truncated") and any(d["code"] == "truncated" for d in o["diagnostics"]))
    rfp = sum(1 for g, o in rep if not g.get("truncated") and any(d["code"] == "truncated" for d in o["diagnostics"]))
    rfn = sum(1 for g, o in rep if g.get("truncated") and not any(d["code"] == "truncated" for d in o["diagnostics"]))
    print(f"  reports only: precision {rtp / max(1, rtp + rfp):.3f} ({rtp}/{rtp + rfp})  recall {rtp / max(1, rtp + rfn):.3f} ({rtp}/{rtp + rfn})")
    if show:
        print("\n".join("  " + m for m in misses))

    expected = {}
    with open(os.path.join(here, "author_kind_expected.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            ident, kind = line.split("\t")[:2]
            expected[ident] = kind.strip()
    right = 0
    wrong = []
    for ident, kind in expected.items():
        if ident not in outs:
            continue
        got = outs[ident][1].get("author_kind")
        if got == kind:
            right += 1
        else:
            wrong.append(f"  {ident}: expected {kind}, got {got}")
    print(f"author_kind accuracy {right / max(1, len(expected)):.3f} ({right}/{len(expected)})")
    if show:
        print("\n".join(wrong))

    print("late by their own dates (date on or after 1 April of year+1):")
    for ident, (gold, out) in sorted(outs.items()):
        if not gold.get("is_report"):
            continue
        year = out.get("year")
        date = out.get("published_on") or out.get("signed_on")
        if not (year and date):
            continue
        if date >= f"{year + 1}-04-01":
            c = out["compliance"]
            print(f"  {ident} year {year} date {date} published_on_time={c.get('published_on_time')}")


if __name__ == "__main__":
    main()
