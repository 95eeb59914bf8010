#!/usr/bin/env bash
# Gradescope image set-up: the autograder zip holds this repository as /autograder/source.
#   cd /path/to/nn-autograder && zip -r autograder.zip . -x '.venv/*' '.git/*' 'out/*'
# with gradescope/setup.sh and gradescope/run_autograder copied to the zip's top level.
# The zip carries solutions/.autograder-secret (made by your first `autograder grade`), so hidden
# tests draw the same per-student inputs on Gradescope as on your machine; without it each
# Gradescope run makes its own (or set AUTOGRADER_COURSE_SECRET in run_autograder's environment).
set -euo pipefail
ASSIGNMENT="${ASSIGNMENT:-a1_backprop}"
echo "ASSIGNMENT=$ASSIGNMENT" > /autograder/source/assignment.env
apt-get update -qq && apt-get install -y -qq python3 python3-venv bubblewrap
cd /autograder/source
python3 -m venv .venv
.venv/bin/pip install --quiet "torch==2.13.0" --index-url https://download.pytorch.org/whl/cpu
.venv/bin/pip install --quiet .
