"""The film's sound, measured: loudness, how far speech stands above what plays under it, what
plays under each scene, and which voice reads each line.

- loudness and true peak of film.mp4 (ffmpeg's ebur128 meter, edit/loudness.py);
- speech-to-background margin: the narration and the bed (score and ambience) as the film plays
  it, ducked under the narration (edit/assembly.py `ducked`), compared block by block
  (BLOCK_S, RMS in dB) over the blocks where someone speaks: the median and the 10th percentile
  (the tightest moments) of narration minus bed;
- per scene: its mood and the level of its music and ambience files (present above
  PRESENT_DBFS), the layers of its soundscape;
- per quoted line: who says it, the voice (pitch factor on the narrator's) it is read in, and
  whether the picture moves the speaker's mouth (the shot's `speaking` record).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from ..errors import StoryreelError
from ..project import Project
from ..script import Script
from ..timing import AUDIO_RATE
from ..voice import dialogue
from ..voice.audio import read_pcm

BLOCK_S = 0.4  # the momentary window of EBU R128
SPEAKING_DBFS = -45.0  # a narration block above this has speech in it
PRESENT_DBFS = -60.0  # a music or ambience file above this is heard
MARGIN_TARGET_DB = 15.0  # speech above the background while it plays (median over speech)


def block_db(samples: np.ndarray, block: int) -> np.ndarray:
    """RMS level in dBFS of each whole block of `block` samples (int16 input)."""
    n = samples.size // block
    if n == 0:
        return np.zeros(0)
    x = samples[: n * block].astype(np.float64).reshape(n, block) / 32768.0
    return 10 * np.log10(np.mean(x * x, axis=1) + 1e-12)


def speech_margin(narration: np.ndarray, background: np.ndarray) -> dict:
    """How far the narration stands above the background over the blocks where it speaks (dB):
    median and 10th percentile, and how many blocks were compared. Pure."""
    block = round(BLOCK_S * AUDIO_RATE)
    n = min(narration.size, background.size)
    speech, under = block_db(narration[:n], block), block_db(background[:n], block)
    speaking = speech > SPEAKING_DBFS
    if not speaking.any():
        return {"note": "no speech in the narration"}
    gaps = speech[speaking] - under[speaking]
    return {"median_db": round(float(np.median(gaps)), 1), "p10_db": round(float(np.percentile(gaps, 10)), 1),
            "blocks": int(speaking.sum()), "target_db": MARGIN_TARGET_DB}


def level_dbfs(path: Path) -> float | None:
    """The RMS level of a 48 kHz mono WAV in dBFS; None when it is missing."""
    if not Path(path).is_file():
        return None
    x = read_pcm(path).astype(np.float64) / 32768.0
    return round(float(10 * np.log10(np.mean(x * x) + 1e-12)), 1) if x.size else -120.0


def audio_report(project: Project, script: Script) -> dict:
    """The audio section of eval.json (see the module docstring)."""
    from ..edit import loudness
    from ..edit.assembly import ducked
    from ..pipeline import voices

    report: dict = {}
    if project.film.is_file():
        report.update(loudness.measure(project.film), target=loudness.TARGET_LUFS)
    else:
        report["note"] = "no film.mp4 to listen to"
    film = project.manifest.get(project.rel(project.film)) or {}
    if film.get("bed") and project.narration.is_file() and project.bed.is_file():
        with tempfile.TemporaryDirectory(prefix="storyreel-eval-") as tmp:
            heard = Path(tmp) / "ducked.wav"
            try:
                ducked(project.narration, project.bed, heard)
                report["speech_margin"] = speech_margin(read_pcm(project.narration), read_pcm(heard))
            except StoryreelError as exc:
                report["speech_margin"] = {"note": str(exc)}
    else:
        report["speech_margin"] = {"note": "nothing plays under the narration (no bed.wav)"}
    pitches = voices(script)
    report["scenes"] = {
        s.id: {"mood": s.mood, "music_dbfs": level_dbfs(project.music(s.id)),
               "ambience_dbfs": level_dbfs(project.ambience(s.id))} for s in script.scenes}
    for scene in report["scenes"].values():
        scene["music"] = scene["music_dbfs"] is not None and scene["music_dbfs"] > PRESENT_DBFS
        scene["ambience"] = scene["ambience_dbfs"] is not None and scene["ambience_dbfs"] > PRESENT_DBFS
    shots = {s.id: (project.manifest.get(project.rel(project.shot(s.id))) or {}).get("speaking") or {}
             for s in script.scenes}
    report["lines"] = [{"scene": s.id, "text": s.narration[start + 1:end - 1], "speaker": who or "narrator",
                        "pitch": pitches.get(who, 1.0), "mouth": bool(shots[s.id].get(who, {}).get("mouth"))}
                       for s in script.scenes for k, (start, end) in enumerate(dialogue.quotes(s.narration))
                       for who in [s.speakers[k] if k < len(s.speakers) else None]]
    return report
