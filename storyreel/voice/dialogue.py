"""Dialogue: the quoted speech of a narration, who says each line, and how each one sounds.

A narration is read as lines: the narrator's words and, between quote marks, what a character
says. Quote marks are found by code in the forms the nine story languages use ("…", “…”, „…“,
«…», »…«, 「…」, 『…』); who says a line is read from the words beside it where they name a
character with a verb of saying ("…," the harbour master shouted; Mia said: "…"; 小雨说：「…」),
else, when one character is on screen, that one. Each character speaks with a voice of its own:
the narrator's voice shifted in pitch by its sex, age and size (`voice_of`), formants kept.
Pure functions.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Opening mark -> closing mark. German opens „ and closes “; French and Italian use «»;
# German books also »…«; Chinese and Japanese 「」 and 『』.
PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "»": "«", "「": "」", "『": "』"}
# Verbs of saying, as a story writes them next to a quote (past and present, a few forms each).
_SAYING = {
    "en": r"said|says|say|asked|asks|shouted|shouts|cried|cries|called|calls|whispered|whispers|replied|replies"
          r"|answered|answers|yelled|yells|laughed|exclaimed|muttered|sang|told|added|barked|begged|declared",
    "de": r"sagte|sagten|sagt|fragte|fragt|rief|ruft|rufen|flüsterte|flüstert|antwortete|antwortet|schrie|lachte"
          r"|murmelte|meinte|erklärte|bellte",
    "es": r"dijo|dice|decía|preguntó|pregunta|gritó|grita|exclamó|susurró|respondió|contestó|llamó|murmuró",
    "fr": r"dit|disait|demanda|demande|cria|crie|s'écria|chuchota|murmura|répondit|répond|appela|lança",
    "it": r"disse|dice|diceva|chiese|chiede|gridò|grida|esclamò|sussurrò|rispose|risponde|chiamò|mormorò",
    "pt": r"disse|diz|dizia|perguntou|pergunta|gritou|grita|exclamou|sussurrou|respondeu|responde|chamou",
    "nl": r"zei|zegt|vroeg|vraagt|riep|roept|fluisterde|antwoordde|schreeuwde|lachte|mompelde",
    "zh": r"说|说道|问|问道|喊|喊道|叫|叫道|回答|答道|笑道|大声说|小声说",
    "ja": r"言った|言う|言いました|聞いた|叫んだ|叫びました|答えた|答えました|ささやいた",
}


@dataclass(frozen=True)
class Line:
    """One line of a narration as read aloud: its words and who says them (None: the narrator)."""

    text: str
    speaker: str | None = None


def quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, marks included, in order; an unclosed mark quotes
    nothing. Pure."""
    found, i = [], 0
    while i < len(text):
        close = PAIRS.get(text[i])
        if close is not None:
            end = text.find(close, i + 1)
            if end > i + 1:
                found.append((i, end + 1))
                i = end + 1
                continue
        i += 1
    return found


def lines(narration: str, speakers: list[str | None]) -> list[Line]:
    """The narration as lines in reading order: the narrator's parts and each quote without its
    marks, said by `speakers[k]` for the k-th quote (the narrator where that is None or missing).
    Parts with no letters (a lone comma between two quotes) are left out."""
    out, at = [], 0
    for k, (start, end) in enumerate(quotes(narration)):
        out.append(Line(narration[at:start]))
        out.append(Line(narration[start + 1:end - 1], speakers[k] if k < len(speakers) else None))
        at = end
    out.append(Line(narration[at:]))
    return [Line(line.text.strip(" \t\n"), line.speaker) for line in out if any(c.isalnum() for c in line.text)]


def subtitled(narration: str, speakers: list[str | None], names: dict[str, str]) -> str:
    """The narration as subtitles show it: each quote a character says led by its name
    ("Milo: “Look!” he shouted."); the narrator's quotes and the rest as written. Pure."""
    out, at = [], 0
    for k, (start, end) in enumerate(quotes(narration)):
        speaker = speakers[k] if k < len(speakers) else None
        out.append(narration[at:start])
        if speaker in names:
            out.append(f"{names[speaker]}: ")
        out.append(narration[start:end])
        at = end
    return "".join(out) + narration[at:]


def said_by(narration: str, names: dict[str, str], language: str) -> list[str | None]:
    """Who says each quote, read from the words: the character of `names` ({id: name as the
    story writes it}) named next to it with a verb of saying, in the narrator's words just after
    the quote ("…," said Mia / "…," Mia said) or just before it (Mia said: "…"); else the only
    character in `names` when there is one; else None (the narrator reads it). Pure."""
    lang = (language or "en").lower().split("-")[0]
    saying = _SAYING.get(lang, _SAYING["en"])
    names = {eid: name for eid, name in names.items() if name.strip()}
    spans = quotes(narration)
    out = []
    for k, (start, end) in enumerate(spans):
        after = narration[end:spans[k + 1][0] if k + 1 < len(spans) else len(narration)]
        before = narration[spans[k - 1][1] if k else 0:start]
        after = re.split(r"[.!?。！？]", after, maxsplit=1)[0]  # up to the end of its sentence
        before = re.split(r"[.!?。！？]", before)[-1]
        who = None
        # The words that lead into the quote ("Mia said:") or follow it in its own sentence ("…,"
        # said Mia; "…!" Mia shouted), not a sentence of their own after it ("…" Joe laughed. is
        # read after the quote only when nothing leads into it).
        leads = re.search(rf"(?:{saying})\s*[:：,，]?\s*$|[:：]\s*$", before.rstrip(), re.IGNORECASE)
        cjk = lang in ("zh", "ja")
        follows = cjk or re.match(rf"^\W*(?:\S+\s+){{0,5}}?(?:{saying})(?!\w)", after, re.IGNORECASE)
        for part in ([before] if leads else []) + ([after] if follows else []) + ([before] if cjk else []):
            if re.search(saying, part, re.IGNORECASE):
                named = [(m.start(), eid) for eid, name in names.items()
                         for m in [re.search(_named(name, lang), part, re.IGNORECASE)] if m]
                if named:
                    who = min(named)[1]
                    break
        if who is None and len(names) == 1:
            who = next(iter(names))
        out.append(who)
    return out


_ARTICLES = frozenset("the a an der die das el la le il o de het".split())


def _named(name: str, language: str) -> str:
    """A name as a pattern: in Latin script its words without an article ("harbour master"), or
    any capitalised word of it alone ("Ruth" of "Captain Ruth Hale"), as whole words."""
    words = [w for w in re.findall(r"\w+", name) if w.lower() not in _ARTICLES]
    if language in ("zh", "ja") or not words:
        return re.escape(name)
    forms = {re.escape(" ".join(words)), *(re.escape(w) for w in words if w[:1].isupper())}
    return r"(?<!\w)(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?!\w)"


# How a character's voice differs from the narrator's: a pitch factor by sex and age (and a small
# or big animal), formants kept. A child is about an octave's third above a grown man.
PITCH = {("female", "adult"): 1.26, ("male", "adult"): 0.93, ("female", "child"): 1.45, ("male", "child"): 1.38,
         ("female", "old"): 1.16, ("male", "old"): 0.86, (None, "child"): 1.42, (None, "adult"): 1.1,
         (None, "old"): 0.95}
SMALL_ANIMAL, BIG_ANIMAL = 1.5, 0.8
BIG = frozenset("bear lion tiger elephant horse cow bull whale dragon giant troll ox wolf gorilla".split())
SPREAD = 0.05  # two characters that would sound alike are told apart by this much


def voice_of(being: dict, taken: list[float]) -> float:
    """A character's pitch factor (1.0 is the narrator's) from what the words say it is
    ({"species", "sex", "age"}, as director.words.being reads them), moved by SPREAD steps away
    from the factors already `taken` by other characters."""
    species = being.get("species")
    if species not in (None, "human"):
        pitch = BIG_ANIMAL if species in BIG else SMALL_ANIMAL
    else:
        pitch = PITCH.get((being.get("sex"), being.get("age") or "adult"), PITCH[(None, "adult")])
    step = 0
    while any(abs(pitch * (1 + step * SPREAD) - t) < SPREAD / 2 for t in taken):
        step = -step if step > 0 else 1 - step  # 0, 1, -1, 2, -2 …
    return round(pitch * (1 + step * SPREAD), 3)


LINE_GAP_S = 0.25  # silence between two lines of one scene


def speak_lines(backend, said: list[tuple[str, float]], language: str, out: Path, cache: Path,
                voice_key: str) -> None:
    """Speak a scene's lines ((text, pitch factor), 1.0 = the narrator's voice) one by one into
    `out`, LINE_GAP_S apart. Each line's WAV is kept in `cache` under a key of its words, the
    voice (`voice_key`: backend and settings) and pitch, so a scene whose one line changed voices
    only that line again."""
    from .. import files, tools
    from ..timing import AUDIO_RATE
    from .audio import read_pcm, write_pcm

    cache.mkdir(parents=True, exist_ok=True)
    parts = []
    for text, pitch in said:
        key = files.sha256_json({"text": text, "language": language, "voice": voice_key, "pitch": pitch})[:24]
        line = cache / f"{key}.wav"
        if not line.is_file():
            with tempfile.TemporaryDirectory(prefix="storyreel-line-") as tmp:
                plain = Path(tmp) / "plain.wav"
                backend.synthesize(text, language, plain)
                with files.atomic_path(line) as target:
                    if pitch == 1.0:
                        shutil.copyfile(plain, target)
                    else:  # another voice: the narrator's shifted in pitch, its formants and pace kept
                        tools.run(["ffmpeg", "-nostdin", "-y", "-v", "error", "-i", str(plain), "-af",
                                   f"rubberband=pitch={pitch}:formant=preserved", "-ar", str(AUDIO_RATE),
                                   "-ac", "1", "-c:a", "pcm_s16le", "-f", "wav", str(target)],
                                  what=f"giving a line its speaker's voice ({text[:30]!r})")
        parts.append(read_pcm(line))
    gap = np.zeros(round(LINE_GAP_S * AUDIO_RATE), dtype=np.int16)
    joined = [piece for part in parts for piece in (part, gap)][:-1]
    write_pcm(out, np.concatenate(joined) if joined else np.zeros(0, dtype=np.int16))
