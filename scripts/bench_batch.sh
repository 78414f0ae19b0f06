#!/usr/bin/env bash
# Batch acceptance: `lawreport parse DIR --out-dir OUT` over a folder of
# 1,000 reports (and 3,000 for memory) made from the fixtures and, when
# present, the corpus seeds (in a temp dir; nothing is copied into the repo),
# in several formats, with corrupt files in the middle.
#
#   bash scripts/bench_batch.sh [REPEATS]     (default 5)
#
# Prints: files written / failed (and that every bad one is named), the wall
# time with --threads 1 and --threads 2 (best and median of REPEATS), and
# the peak RSS for 1,000 and 3,000 files.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
cargo build --release --quiet -p lawreport-cli
bin=$PWD/target/release/lawreport
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

make_folder() { # make_folder DIR N
    python3 - "$1" "$2" <<'EOF'
import glob, os, sys
out, n = sys.argv[1], int(sys.argv[2])
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("tests/fixtures/*.txt"))
         if "not-a-report" not in p]
texts += [open(p, encoding="utf-8").read() for p in sorted(glob.glob("../shared/corpus/seeds/*.txt"))]
def page(t):
    body = "".join("<p>%s</p>\n" % l.replace("&", "&amp;").replace("<", "&lt;") for l in t.splitlines())
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title><script>x()</script></head><body>"
            "<nav><a>首页</a></nav><table><tr><td>索引号:</td><td>0001/2024-1</td><td>发布日期:</td><td>2024-03-01</td></tr></table>"
            "<div class=\"content\">%s</div><div id=\"footer\">版权所有</div></body></html>" % body)
for i in range(n):
    t = texts[i % len(texts)]
    sub = os.path.join(out, "d%02d" % (i % 17), "e%d" % (i % 3))
    os.makedirs(sub, exist_ok=True)
    kind = i % 4
    if kind == 0:
        open(os.path.join(sub, "r%05d.txt" % i), "w", encoding="utf-8").write(t)
    elif kind == 1:
        open(os.path.join(sub, "r%05d.txt" % i), "wb").write(t.encode("gb18030"))
    elif kind == 2:
        open(os.path.join(sub, "r%05d.html" % i), "w", encoding="utf-8").write(page(t))
    else:
        open(os.path.join(sub, "r%05d.txt" % i), "wb").write(b"\xff\xfe" + t.encode("utf-16-le"))
# Corrupt files in the middle.
mid = os.path.join(out, "d08")
open(os.path.join(mid, "bad-binary.txt"), "wb").write(bytes(range(256)) * 40)
open(os.path.join(mid, "bad-empty.txt"), "wb").write(b"")
open(os.path.join(mid, "bad-pdf.html"), "wb").write(b"%PDF-1.7\n" + bytes(range(256)))
# Truncated UTF-8: cut inside a character (read with a decoding_replaced warning).
cut = texts[0].encode("utf-8")
open(os.path.join(mid, "warn-truncated.txt"), "wb").write(cut[: len(cut) // 2] + "法".encode()[:2])
os.makedirs(os.path.join(mid, "bad-dir.txt"), exist_ok=True)
EOF
}

echo "== folders"
make_folder "$tmp/in1k" 1000
make_folder "$tmp/in3k" 3000
echo "1k: $(find "$tmp/in1k" -type f | wc -l) files; 3k: $(find "$tmp/in3k" -type f | wc -l) files"

echo "== correctness (1,000 reports + 3 bad files + 1 truncated + 1 folder named bad-dir.txt)"
set +e
"$bin" parse "$tmp/in1k" --out-dir "$tmp/out" 2>"$tmp/err"
rc=$?
set -e
echo "exit code: $rc"
echo "JSON written: $(find "$tmp/out" -name '*.json' | wc -l)"
# The summary at the end (the lines before it name each failure as it happens).
sed -n '/files written with invalid bytes replaced\|inputs failed/,$p' "$tmp/err" | sed "s|$tmp/||"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
best() { sort -n | head -1; }
run() { # run THREADS -> seconds
    rm -rf "$tmp/out"
    local s e
    s=$(date +%s.%N)
    "$bin" parse "$tmp/in1k" --out-dir "$tmp/out" --threads "$1" 2>/dev/null || true
    e=$(date +%s.%N)
    echo "$e - $s" | bc
}
echo "== time, 1,000 files, $repeats runs each (interleaved)"
: >"$tmp/t1"; : >"$tmp/t2"
run 2 >/dev/null # warm the page cache
for _ in $(seq "$repeats"); do
    run 1 >>"$tmp/t1"
    run 2 >>"$tmp/t2"
done
b1=$(best <"$tmp/t1"); b2=$(best <"$tmp/t2"); m1=$(median <"$tmp/t1"); m2=$(median <"$tmp/t2")
echo "threads 1: best ${b1}s median ${m1}s  (all: $(tr '\n' ' ' <"$tmp/t1"))"
echo "threads 2: best ${b2}s median ${m2}s  (all: $(tr '\n' ' ' <"$tmp/t2"))"
echo "speed-up: best $(echo "scale=2; $b1 / $b2" | bc)x, median $(echo "scale=2; $m1 / $m2" | bc)x"

echo "== peak RSS (KiB), --threads 2"
for n in 1k 3k; do
    rm -rf "$tmp/out"
    /usr/bin/time -f "%M" -o "$tmp/rss" "$bin" parse "$tmp/in$n" --out-dir "$tmp/out" --threads 2 2>/dev/null || true
    echo "$n files: $(tail -1 "$tmp/rss") KiB"
done
