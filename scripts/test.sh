#!/usr/bin/env bash
# `make test`: set up everything the tests need (the extras, Chromium), run the whole suite,
# and print where the minutes went, phase by phase. Arguments are passed to pytest
# (e.g. `-m "not slow"` for a quick loop).
set -uo pipefail
cd "$(dirname "$0")/.."
now() { date +%s; }
t0=$(now)
bash scripts/setup.sh test small-model piper diffusion matting ray ${EXTRAS:-} || exit $?
bash scripts/system-deps.sh browser || exit $?
t1=$(now)
OMP_NUM_THREADS=1 .venv/bin/python -m pytest -q --durations=15 "$@"
status=$?
t2=$(now)
echo
echo "time by phase: set-up $(( (t1 - t0) / 60 ))m$(( (t1 - t0) % 60 ))s," \
     "tests $(( (t2 - t1) / 60 ))m$(( (t2 - t1) % 60 ))s, total $(( (t2 - t0) / 60 ))m$(( (t2 - t0) % 60 ))s"
exit $status
