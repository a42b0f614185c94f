"""`make bench-dialogue`: who says each quoted line, read by code, against hand-labelled samples.

bench/keys/dialogue.json (48 lines in 8 stories, 6 languages) was labelled by a helper from the story
texts alone and then used to tune `storyreel/voice/dialogue.py` `said_by`; bench/keys/dialogue_unseen.json
(a second sample by another helper, never looked at while tuning) says how well the rules carry over.
A line counts when its speaker is the labelled one: that is the voice it is read in. Writes a section
of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from report import replace_section  # noqa: E402

from storyreel.voice import dialogue  # noqa: E402

SAMPLES = (("dialogue.json", "tuned on"), ("dialogue_unseen.json", "never tuned on"))


def score(path: Path) -> tuple[int, int, dict[str, list[int]]]:
    """(lines whose speaker is read right, lines, {language: [right, lines]})."""
    right = total = 0
    by_language: dict[str, list[int]] = {}
    for story in json.loads(path.read_text(encoding="utf-8"))["stories"]:
        got = dialogue.said_by(story["text"], story["characters"], story["language"])
        wanted = [q["speaker"] for q in story["quotes"]]
        hits = sum(g == w for g, w in zip(got, wanted)) if len(got) == len(wanted) else 0
        right, total = right + hits, total + len(wanted)
        tally = by_language.setdefault(story["language"], [0, 0])
        tally[0] += hits
        tally[1] += len(wanted)
    return right, total, by_language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    rows = []
    for name, how in SAMPLES:
        path = HERE / "keys" / name
        if not path.is_file():
            continue
        right, total, by_language = score(path)
        languages = ", ".join(f"{lang} {r}/{n}" for lang, (r, n) in sorted(by_language.items()))
        rows.append(f"| bench/keys/{name} ({how}) | {total} | {right} | {right / total:.2f} | {languages} |")
        print(rows[-1], flush=True)
    body = ("Who says each quoted line, read by code (`voice/dialogue.py` `said_by`: a tag with a name or a pronoun, "
            "the character the sentence before names, turns taken); the line is read in that character's voice. "
            "Target: the labelled speaker's voice in >= 90% of lines.\n\n"
            "| sample | lines | right | share | by language |\n|---|---|---|---|---|\n" + "\n".join(rows))
    replace_section(args.out, "## Dialogue: who says each line (make bench-dialogue)", body)


if __name__ == "__main__":
    main()
