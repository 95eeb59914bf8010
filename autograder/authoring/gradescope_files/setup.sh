#!/usr/bin/env bash
# Gradescope's image set-up for a zip made by `autograder gradescope-zip ID --out autograder.zip`.
# Gradescope unpacks the zip into $GRADESCOPE_ROOT/source (default /autograder/source) and runs this
# once, as root, on its Ubuntu base image. It installs a Python >= 3.11 when the image's is older,
# bubblewrap (the sandbox), then a virtualenv in source/.venv with the framework's wheel from the zip
# (and torch's CPU build only when the assignment needs it).
#
# Settings, from the environment (all optional; for testing the zip outside Gradescope):
#   GRADESCOPE_ROOT              the root instead of /autograder (a simulated root)
#   AUTOGRADER_PYTHON            the Python to use instead of looking for one
#   AUTOGRADER_PIP_OPTIONS       extra pip options, e.g. "--no-index --find-links /wheels" (offline)
#   AUTOGRADER_TORCH_INDEX       where torch comes from (default: PyTorch's CPU wheel index)
#   AUTOGRADER_NO_APT=1          never call apt-get (what the image lacks is then an error)
set -euo pipefail

ROOT="${GRADESCOPE_ROOT:-/autograder}"
SRC="$ROOT/source"
VENV="$SRC/.venv"
# shellcheck source=/dev/null
source "$SRC/bundle.env"  # ASSIGNMENT, WHEEL, TORCH, TORCH_REQUIREMENT, REQUIREMENTS (written by gradescope-zip)
read -r -a PIP_OPTIONS <<< "${AUTOGRADER_PIP_OPTIONS:-}"

say() { echo "setup.sh: $*"; }

apt_install() {
    if [ "${AUTOGRADER_NO_APT:-0}" = 1 ] || ! command -v apt-get >/dev/null 2>&1; then
        return 1
    fi
    if [ -z "${APT_UPDATED:-}" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

python_ok() {  # a Python >= 3.11
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

find_python() {
    local candidate
    for candidate in ${AUTOGRADER_PYTHON:-} python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && python_ok "$(command -v "$candidate")"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

obtain_python() {
    # Ubuntu 22.04 has python3.11 in its own archive; 18.04 and 20.04 get it from the deadsnakes PPA;
    # 24.04's python3 is 3.12 already.
    local version
    version="$(python3 --version 2>/dev/null || true)"
    say "no Python >= 3.11 on this image (python3: ${version:-absent}); installing python3.11"
    apt_install python3.11 python3.11-venv && return 0
    apt_install software-properties-common gnupg ca-certificates || return 1
    add-apt-repository -y ppa:deadsnakes/ppa >/dev/null || return 1
    APT_UPDATED=""
    apt_install python3.11 python3.11-venv
}

PYTHON="$(find_python || true)"
if [ -z "$PYTHON" ]; then
    obtain_python || true
    PYTHON="$(find_python || true)"
fi
if [ -z "$PYTHON" ]; then
    echo "setup.sh: error: no Python >= 3.11 with venv could be found or installed on this image;" \
         "choose a newer Ubuntu base image in Gradescope's autograder settings" >&2
    exit 1
fi
say "Python: $PYTHON ($("$PYTHON" --version 2>&1))"

if ! command -v bwrap >/dev/null 2>&1; then
    apt_install bubblewrap || say "warning: bubblewrap is not installed: student code will run with rlimits only"
fi

rm -rf "$VENV"
if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
    # Debian and Ubuntu ship venv's pip in a package of its own (python3.X-venv)
    rm -rf "$VENV"
    apt_install "python$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv" || true
    "$PYTHON" -m venv "$VENV"
fi
PIP=("$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PIP_OPTIONS[@]}")

if [ "$TORCH" = 1 ]; then
    # The CPU build first: the wheel's torch requirement is then met and pip fetches no CUDA build.
    "${PIP[@]}" "$TORCH_REQUIREMENT" --index-url "${AUTOGRADER_TORCH_INDEX:-https://download.pytorch.org/whl/cpu}"
    "${PIP[@]}" "$SRC/wheels/$WHEEL[torch]"
else
    "${PIP[@]}" "$SRC/wheels/$WHEEL"
fi
if [ -n "$REQUIREMENTS" ]; then
    read -r -a EXTRA <<< "$REQUIREMENTS"
    "${PIP[@]}" "${EXTRA[@]}"
fi
say "ready to grade $ASSIGNMENT with nn-autograder $("$VENV/bin/python" -c 'import autograder; print(autograder.__version__)')"
