#!/usr/bin/env bash
# Run the ```rust blocks of docs/*.md as doctests (rustdoc --test), against
# the lawreport crate as `cargo build -p lawreport` builds it. Blocks are
# compiled and run from the repository root, like `cargo test --doc`.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --quiet -p lawreport
target=${CARGO_TARGET_DIR:-target}
rlib="$target/debug/liblawreport.rlib"
[ -f "$rlib" ] || { echo "no $rlib after cargo build" >&2; exit 1; }

pages=$(grep -l '^```rust' docs/*.md docs/*/*.md 2>/dev/null || true)
if [ -z "$pages" ]; then
    echo "no rust blocks in docs/"
    exit 0
fi
for page in $pages; do
    echo "== rustdoc --test $page"
    rustdoc --test "$page" --edition 2021 --crate-name docs \
        -L "dependency=$target/debug/deps" --extern "lawreport=$rlib"
done
