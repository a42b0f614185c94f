#!/usr/bin/env bash
# Installs the Debian packages storyreel needs, only when something is missing.
# Arguments: the extras being set up, or `browser`
# (Chromium, which the tests use to render the evaluation page).
set -euo pipefail

missing=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
# npm fetches the people kit (react-peeps) and Node.js converts it once to SVG.
command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
# FreeDict's dictionaries into English name a story's things for the cast (storyreel/cast/nouns.py).
for lang in deu spa fra ita por nld jpn; do
  [ -f "/usr/share/dictd/freedict-$lang-eng.index" ] || missing+=("dict-freedict-$lang-eng")
done
# Public-domain clip art draws the things no emoji shows (storyreel/cast/clipart.py).
[ -d /usr/share/openclipart/svg ] || missing+=(openclipart-svg)
# MuseScore's General MIDI SoundFont plays the score (storyreel/sound/score.py).
[ -f /usr/share/sounds/sf3/MuseScore_General_Lite.sf3 ] || missing+=(musescore-general-soundfont-small)
for extra in "$@"; do
  case "$extra" in
    browser) command -v chromium >/dev/null 2>&1 || missing+=(chromium) ;;
  esac
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "error: need root (or sudo) to run: apt-get install ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: no apt-get here; install these with your package manager: ${missing[*]}" >&2
  exit 1
fi
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
