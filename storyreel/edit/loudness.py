"""Loudness: the film's sound at the level it will be played beside (EBU R128).

The mix (narration, music) is normalised to TARGET_LUFS integrated with ffmpeg's loudnorm in two
passes: the first measures, the second applies the measured values, as one linear gain where
that keeps the true peak under TRUE_PEAK (loudnorm falls back to its limiter otherwise). `measure`
reads a file with ffmpeg's ebur128 meter, the one the eval reports.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import tempfile
from pathlib import Path

from .. import tools
from ..errors import StoryreelError

TARGET_LUFS = -16.0  # integrated, the level of online video and podcasts
TRUE_PEAK = -2.0     # dBTP aimed at: AAC encoding adds up to about 1 dB, the promise is at most -1
RANGE_LU = 11.0      # loudness range loudnorm allows before it compresses
SILENT_LUFS = -70.0  # below this there is nothing to normalise: the file is kept as it is


def _loudnorm(measured: dict | None = None) -> str:
    base = f"loudnorm=I={TARGET_LUFS}:TP={TRUE_PEAK}:LRA={RANGE_LU}"
    if measured is None:
        return base + ":print_format=json"
    return (base + f":measured_I={measured['input_i']}:measured_TP={measured['input_tp']}"
            f":measured_LRA={measured['input_lra']}:measured_thresh={measured['input_thresh']}"
            f":offset={measured['target_offset']}:linear=true:print_format=json")


def _report(stderr: bytes) -> dict:
    """loudnorm's JSON report: the last {...} block ffmpeg printed."""
    text = stderr.decode("utf-8", "replace")
    found = re.findall(r"\{[^{}]*\}", text)
    if not found:
        raise StoryreelError("ffmpeg's loudnorm printed no measurement")
    return json.loads(found[-1])


def normalise(src: Path, out: Path, rate: int) -> dict:
    """Write `src` to `out` (mono WAV at `rate`) at TARGET_LUFS integrated, true peak at most
    TRUE_PEAK; returns loudnorm's second report ({"input_i", "output_i", "output_tp", ...}). A
    silent input is copied unchanged (its report then says so: "silent": True)."""
    first = _report(tools.run(["ffmpeg", "-nostdin", "-v", "info", "-hide_banner", "-i", str(src),
                               "-af", _loudnorm(), "-f", "null", "-"], what="measuring the loudness").stderr)
    if not math.isfinite(float(first["input_i"])) or float(first["input_i"]) < SILENT_LUFS:
        shutil.copyfile(src, out)
        return {**first, "silent": True}
    with tempfile.TemporaryDirectory(prefix="storyreel-loudness-") as tmp:
        levelled = Path(tmp) / "levelled.wav"
        second = _report(tools.run(["ffmpeg", "-nostdin", "-y", "-v", "info", "-hide_banner", "-i", str(src),
                                    "-af", _loudnorm(first), "-ar", str(rate), "-ac", "1", "-c:a", "pcm_s16le",
                                    str(levelled)], what="normalising the loudness").stderr)
        # Where loudnorm had to limit peaks (its dynamic mode) it falls short of the target by up to
        # about 1 LU: the rest is one more gain, its peaks held under TRUE_PEAK by a limiter that
        # sees between the samples (4x oversampled).
        short = TARGET_LUFS - float(second["output_i"])
        if abs(short) > 0.3:
            ceiling = 10 ** (TRUE_PEAK / 20)
            tools.run(["ffmpeg", "-nostdin", "-y", "-v", "error", "-i", str(levelled), "-af",
                       f"volume={short:.2f}dB,aresample={4 * rate},alimiter=limit={ceiling:.4f}:attack=1:release=50"
                       f":level=disabled,aresample={rate}", "-ac", "1", "-c:a", "pcm_s16le", str(out)],
                      what="levelling the loudness")
        else:
            shutil.copyfile(levelled, out)
    return second


def measure(path: Path) -> dict:
    """{"integrated" (LUFS), "true_peak" (dBTP), "range" (LU)} of a file's first audio stream, by
    ffmpeg's ebur128 meter; integrated is None for silence."""
    stderr = tools.run(["ffmpeg", "-nostdin", "-v", "info", "-hide_banner", "-i", str(path), "-map", "0:a:0",
                        "-af", "ebur128=peak=true", "-f", "null", "-"], what=f"measuring {path}").stderr
    summary = stderr.decode("utf-8", "replace").rsplit("Summary:", 1)[-1]

    def value(label: str) -> float | None:
        found = re.search(rf"{label}:\s*(-?[0-9.]+|-inf)", summary)
        return None if found is None or found.group(1) == "-inf" else float(found.group(1))

    return {"integrated": value("I"), "true_peak": value("Peak"), "range": value("LRA")}
