#!/usr/bin/env bash
# Run every test of the project: Rust (unit, integration, snapshot and doc
# tests, examples) and Python (pytest, the docs' code, the example script).
# Needs only Rust and Python 3 on the machine; Python tools go into
# python/.venv.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: unit, integration, snapshot and doc tests"
cargo test --workspace

echo "== Rust: the command line on the sample report"
cargo build --release -p lawreport-cli
./target/release/lawreport parse examples/sample-report.txt > /dev/null
./target/release/lawreport resolve 蓬江区白沙街道 > /dev/null

echo "== Python: set up python/.venv, build the package, run pytest and the example"
bash python/dev.sh
