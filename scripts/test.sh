#!/usr/bin/env bash
# Run every test of the project: Rust (unit, integration, doc tests) and
# Python. Needs only Rust and Python 3 on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Rust: unit, integration and doc tests"
cargo test --workspace

echo "== Rust: examples"
cargo build --release -p lawreport-cli
./target/release/lawreport parse examples/sample-report.txt > /dev/null
