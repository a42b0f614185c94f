"""Story fidelity: does the film tell the story it was given, every event in order, once, in
its language? Measured from the script's words against the story's sentences (not from the
plan's `source` claims, so a hand-written script or another planner is measured the same way).

- told(i, j): scene j tells story sentence i when the share of the sentence's content words
  found in the scene's narration and description (`overlap`, with crude stemming; character
  pairs for CJK text; the characters' names left out) reaches LEXICAL_TOLD, or, for English,
  when MiniLM's cosine between the sentence and the scene's text reaches SEMANTIC_TOLD and the
  overlap is at least SEMANTIC_FLOOR. Calibrated on hand-labelled pairs
  (bench/fidelity_labels.json, tests/test_fidelity.py): scenes that tell the sentence overlap
  it 0.36-1.0 (cosine 0.73-0.90), scenes sharing its names and places but telling another
  event at most 0.25 (cosine at most 0.62).
- strict coverage: share of story sentences some scene tells.
- order: Kendall's tau between the scenes' order and the order of the sentences they tell,
  over the pairs of scenes telling different sentences (Goodman and Kruskal's gamma): a scene
  tells the sentence most of its narration comes from (SCENE_FROM), else the one it tells best;
  1.0 is the story's order (two scenes telling halves of one sentence are in order), -1.0
  reversed.
- repetition: pairs of scenes whose narrations are near-duplicates (same words, or a Jaccard
  similarity of their content words of REPEAT_JACCARD or more).
- language match: the narration's detected language is the script's and the story's.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from ..director.text import CJK, detect_language

LEXICAL_TOLD = 0.33
SEMANTIC_TOLD = 0.7
SEMANTIC_FLOOR = 0.2
REPEAT_JACCARD = 0.8
_STOP = set("""
the a an and or but of to in on at for with from by as is was were be been are it its he she his her him they them
their this that these those there then than so not no yes do did does had has have into onto over under up down out
el la los las un una unos unas y o de del al en con por para que se su sus lo le les es fue era
le la les un une des et ou du au aux en dans sur pour par que qui se son sa ses il elle est était
der die das ein eine einen einem einer und oder von zu im in am an auf mit für dem den des ist war sie er es sich
il lo gli uno una e di da nel con per che si suo sua
""".split())


def _words(text: str) -> list[str]:
    """Content units: CJK character pairs, else words of 3+ letters that are not function words,
    cut to 5 letters (a crude stem: "climbed" and "climbs" meet at "climb")."""
    text = unicodedata.normalize("NFKC", text).lower()
    units = []
    for run in re.findall(r"[^\W\d_]+", text):
        if CJK.match(run):
            chars = [c for c in run if CJK.match(c)]
            units.extend(a + b for a, b in zip(chars, chars[1:])) if len(chars) > 1 else units.extend(chars)
        elif len(run) >= 3 and run not in _STOP:
            units.append(run[:5])
    return units


def overlap(sentence: str, text: str, names: frozenset[str] = frozenset()) -> float:
    """Share of the sentence's content units that `text` also has, in [0, 1]. Units of the
    characters' `names` do not count: every scene about Oskar names him, whatever it tells."""
    mine = set(_words(sentence)) - names
    return len(mine & set(_words(text))) / len(mine) if mine else 1.0


def name_units(names: list[str]) -> frozenset[str]:
    """The content units of characters' names (see `overlap`)."""
    return frozenset(u for name in names for u in _words(name))


def jaccard(a: str, b: str) -> float:
    wa, wb = set(_words(a)), set(_words(b))
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


def told_matrix(sentences: list[str], scene_texts: list[str], language: str, names: list[str] = ()) -> np.ndarray:
    """told[i, j]: a score >= 1 when scene j tells sentence i (the lexical share divided by its
    threshold, or the semantic test passing), below 1 otherwise. `names`: the characters'."""
    skip = name_units(list(names))
    lexical = np.array([[overlap(s, t, skip) for t in scene_texts] for s in sentences]) if scene_texts else \
        np.zeros((len(sentences), 0))
    score = lexical / LEXICAL_TOLD
    if language == "en" and sentences and scene_texts:
        from ..embed import embed

        vectors = embed(sentences + scene_texts)
        cosine = vectors[: len(sentences)] @ vectors[len(sentences):].T
        semantic = (cosine >= SEMANTIC_TOLD) & (lexical >= SEMANTIC_FLOOR)
        score = np.maximum(score, np.where(semantic, 1.0 + cosine - SEMANTIC_TOLD, 0.0))
    return score


def kendall_tau(order: list[int]) -> float:
    """Kendall's tau of a sequence against its position, over the pairs of different values
    (Goodman and Kruskal's gamma): 1.0 when it never goes back (two scenes telling halves of one
    sentence are in order), -1.0 reversed."""
    concordant = discordant = 0
    for a in range(len(order)):
        for b in range(a + 1, len(order)):
            concordant += order[b] > order[a]
            discordant += order[b] < order[a]
    return (concordant - discordant) / (concordant + discordant) if concordant + discordant else 1.0


SCENE_FROM = 0.5  # share of a scene's narration words found in a sentence: the scene tells that sentence


def telling(sentences: list[str], scenes: list[dict], told: np.ndarray, names: list[str] = ()) -> list[tuple[int, int]]:
    """(scene index, the sentence it tells) for the scenes that tell one: the sentence most of the
    scene's narration comes from (a scene telling half a sentence tells that sentence), else the
    sentence it tells best by `told`."""
    skip = name_units(list(names))
    out = []
    for j, scene in enumerate(scenes):
        source = [overlap(scene["narration"], s, skip) for s in sentences]
        if source and max(source) >= SCENE_FROM:
            out.append((j, int(np.argmax(source))))
        elif told.shape[0] and told[:, j].max() >= 1.0:
            out.append((j, int(np.argmax(told[:, j]))))
    return out


def fidelity(sentences: list[str], scenes: list[dict], story_language: str, script_language: str,
             names: list[str] = ()) -> dict:
    """Strict coverage, order, repetition and language of a film's scenes ({"id", "narration",
    "description"}) against the story's sentences; `names` are the characters' names."""
    texts = [f"{s['narration']} {s.get('description', '')}" for s in scenes]
    told = told_matrix(sentences, texts, story_language, names)
    covered = [bool(told.shape[1]) and bool(told[i].max() >= 1.0) for i in range(len(sentences))]
    told_by = telling(sentences, scenes, told, names)
    repeated = [[scenes[a]["id"], scenes[b]["id"]] for a in range(len(scenes)) for b in range(a + 1, len(scenes))
                if jaccard(scenes[a]["narration"], scenes[b]["narration"]) >= REPEAT_JACCARD]
    narration = " ".join(s["narration"] for s in scenes)
    spoken = detect_language(narration, script_language) if narration.strip() else script_language
    return {
        "strict_coverage": round(sum(covered) / len(sentences), 4) if sentences else 1.0,
        "missing": [n + 1 for n, c in enumerate(covered) if not c],
        "order_tau": round(kendall_tau([i for _, i in told_by]), 4),
        "telling": {scenes[j]["id"]: i + 1 for j, i in told_by},
        "untold_scenes": [s["id"] for j, s in enumerate(scenes) if j not in {k for k, _ in told_by}],
        "repeated_pairs": repeated,
        "language": {"story": story_language, "script": script_language, "narration": spoken,
                     "match": story_language == script_language == spoken},
    }
