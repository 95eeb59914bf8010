#!/usr/bin/env bash
# The two entry points of a fresh clone:
#   ./run.sh demo    grade the bundled a1 sample class into out/demo (results + summary.csv)
#   ./run.sh test    run the test suite (extra arguments go to pytest)
# Each creates .venv and installs what it needs on first use.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    # The CPU wheel of torch first, so that the project's torch range is already met
    # and pip does not fetch a multi-GB CUDA build.
    .venv/bin/python -m pip install --quiet --disable-pip-version-check "torch==2.13.0"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
    touch "$stamp"
fi
if ! command -v bwrap >/dev/null 2>&1; then
    echo "note: bubblewrap (bwrap) is not installed; student code will run with rlimits only." >&2
    echo "      Install Debian's 'bubblewrap' package for the full sandbox." >&2
fi

case "${1:-}" in
    demo) shift; exec .venv/bin/autograder demo --out out/demo "$@" ;;
    test) shift; exec .venv/bin/python -m pytest "$@" ;;
    *) echo "usage: ./run.sh demo | ./run.sh test [pytest args]" >&2; exit 2 ;;
esac
