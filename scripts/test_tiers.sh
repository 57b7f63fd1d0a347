#!/usr/bin/env bash
# Every test tier with the given Python (the host venv, or the matrix chroot's); all tiers run even
# when one fails, and the exit code says whether all passed.
#   scripts/test_tiers.sh PYTHON
set -u
cd "$(dirname "$0")/.."
PY=${1:?python}
export PYTHONUNBUFFERED=1
rc=0
echo "== tier core (no QGIS)"
"$PY" -m pytest -p no:pytest_qgis -p no:pytestqt tests/core -q || rc=1
echo "== tier QGIS (in process, headless and desktop)"
"$PY" -m pytest tests/qgis -q || rc=1
echo "== tier as installed (the zip in a fresh profile, QGIS' own Python)"
"$PY" -m pytest -p no:pytest_qgis -p no:pytestqt tests/installed -q || rc=1
exit $rc
