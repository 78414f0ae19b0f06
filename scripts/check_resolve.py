#!/usr/bin/env python3
"""Check `lawreport resolve -` against a table of names and expected codes.

Usage: scripts/check_resolve.py [TSV] [--bin target/release/lawreport] [--show]

TSV defaults to ../shared/corpus/resolve.tsv (beside the repository, or
one level up for a worktree) when present: `text<TAB>expected code`, "null" where the name is ambiguous
or unknown (the answer must then have no code). Prints the share answered
right; exits 1 below --min (default 0.95).
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    default = next((p for p in (ROOT.parent / "shared/corpus/resolve.tsv",
                                ROOT.parent.parent / "shared/corpus/resolve.tsv") if p.exists()),
                   ROOT.parent / "shared/corpus/resolve.tsv")
    ap.add_argument("tsv", nargs="?", default=str(default))
    ap.add_argument("--bin", default=str(ROOT / "target/release/lawreport"))
    ap.add_argument("--min", type=float, default=0.95)
    ap.add_argument("--show", action="store_true", help="list the misses")
    a = ap.parse_args()
    path = pathlib.Path(a.tsv)
    if not path.exists():
        print(f"no {path}: nothing to check")
        return 0
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, want = line.partition("\t")
        rows.append((text, want.strip()))
    names = "".join(t.replace("\n", " ") + "\n" for t, _ in rows)
    out = subprocess.run([a.bin, "resolve", "-"], input=names, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    ok = 0
    for (text, want), line in zip(rows, out):
        j = json.loads(line)
        got = (j or {}).get("code") or "null"
        if got == want:
            ok += 1
        elif a.show:
            print(f"MISS {text}\twant {want}\tgot {got}\t{(j or {}).get('candidates', '')}")
    share = ok / len(rows) if rows else 1.0
    print(f"resolve: {ok}/{len(rows)} = {share:.3f}")
    return 0 if share >= a.min else 1


if __name__ == "__main__":
    sys.exit(main())
