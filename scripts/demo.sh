#!/usr/bin/env bash
# Set up lawreport on a fresh machine (Rust and Python 3 only) and parse the
# sample report to JSON: first with the command-line tool, then from Python.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release -p lawreport-cli
./target/release/lawreport parse examples/sample-report.txt --pretty

bash python/dev.sh setup >&2
bash python/dev.sh build >&2
python/.venv/bin/python - <<'PY'
import lawreport

report = lawreport.parse_file("examples/sample-report.txt")
print(report)
print(lawreport.to_pandas([report], table="statistics")[["raw", "value", "unit", "subject", "indicator"]])
PY
