#!/usr/bin/env bash
# Run every test of the project: Rust (unit, integration, snapshot and doc
# tests, examples) and Python (pytest, the docs' code, the example script).
# Needs only Rust and Python 3 on the machine; Python tools go into
# python/.venv.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: unit, integration, snapshot and doc tests"
cargo test --workspace

echo "== Rust: the examples (examples/*.rs) on the fixture and cookbook reports"
cargo run --quiet -p lawreport --example parse_report -- tests/fixtures/district-full.txt > /dev/null
cargo run --quiet -p lawreport --example statistics_table -- docs/examples/reports > /dev/null

echo "== Rust: the rust blocks of docs/ (rustdoc --test)"
bash scripts/doctest_docs.sh

echo "== Docs: docs/data-model.md is fresh"
python3 scripts/gen_schema_doc.py --check

echo "== Rust: the command line on the sample report"
cargo build --release -p lawreport-cli
./target/release/lawreport parse examples/sample-report.txt > /dev/null
./target/release/lawreport resolve 蓬江区白沙街道 > /dev/null

echo "== Python: set up python/.venv, build the package, run pytest and the examples"
# The PySpark test runs when pyspark and Java can be had (LAWREPORT_SPARK=0
# skips installing pyspark; the test then says why it is skipped).
LAWREPORT_SPARK=${LAWREPORT_SPARK:-1} bash python/dev.sh
