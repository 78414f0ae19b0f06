#!/usr/bin/env bash
# The Python package: set up a virtual environment, build, test.
#
#   bash python/dev.sh            setup + build + test (what CI runs)
#   bash python/dev.sh setup      make python/.venv and install the tools
#   bash python/dev.sh build      build lawreport into it (release, editable)
#   bash python/dev.sh test [ARGS]   pytest (ARGS go to pytest) and the example
#   bash python/dev.sh bench      parse_many against a serial loop, import time
#
# LAWREPORT_VENV picks another virtual environment (default python/.venv).
# LAWREPORT_SPARK=1 makes setup also install pyspark and pyarrow (large) for
# python/tests/test_spark.py, which skips without them (or without Java).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${LAWREPORT_VENV:-python/.venv}
case "$venv" in /*) ;; *) venv="$PWD/$venv" ;; esac
py="$venv/bin/python"

setup() {
    [ -x "$py" ] || python3 -m venv "$venv"
    "$py" -m pip install --quiet --disable-pip-version-check \
        "maturin>=1.7,<2" "pytest>=7" "pandas>=1.5" "polars>=0.20" mypy "matplotlib>=3.5"
    if [ "${LAWREPORT_SPARK:-0}" = 1 ]; then
        "$py" -m pip install --quiet --disable-pip-version-check "pyspark>=3.5" "pyarrow>=18"
    fi
}

build() {
    VIRTUAL_ENV="$venv" "$venv/bin/maturin" develop --release --quiet -m python/Cargo.toml
}

run_tests() {
    # The corpus tests compare to_dict() with the CLI's JSON.
    cargo build --release --quiet -p lawreport-cli
    # -rs prints why a test was skipped (the Spark test without pyspark or Java).
    "$py" -m pytest -rs python/tests "$@"
    "$py" examples/python_statistics_table.py
    "$py" examples/notebook_indicator_chart.py "${TMPDIR:-/tmp}/lawreport-indicator-chart.png"
}

case "${1:-all}" in
    setup) setup ;;
    build) build ;;
    test) shift; run_tests "$@" ;;
    bench) "$py" python/bench/parse_many.py ;;
    all) setup; build; run_tests ;;
    *) echo "usage: $0 [setup|build|test [PYTEST ARGS]|bench|all]" >&2; exit 2 ;;
esac
