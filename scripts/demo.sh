#!/usr/bin/env bash
# Set up lawreport on a fresh machine (Rust and Python 3 only) and parse the
# sample report to JSON.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release -p lawreport-cli
./target/release/lawreport parse examples/sample-report.txt --pretty
