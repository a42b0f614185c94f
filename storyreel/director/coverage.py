"""Story coverage: does the plan show every event of the story?

Each story sentence is compared (MiniLM cosine) with every scene's description and
narration; a sentence is covered when its best match passes the threshold. The
threshold was set by measurement (examples/lighthouse_keeper.txt and its plan): a
sentence and the scene made from it score 0.52-0.96; the same sentence once its scene
is deleted falls to 0.43 (neighbouring scenes still share its names); sentences of an
unrelated story score at most 0.32. 0.5 separates the first group from the others.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..embed import embed
from .text import sentences

COVERAGE_THRESHOLD = 0.5


@dataclass
class Coverage:
    sentences: list[str]
    best: list[float]  # best cosine per sentence
    threshold: float

    @property
    def covered(self) -> float:
        """Share of story sentences covered by some scene, in [0, 1]."""
        return sum(b >= self.threshold for b in self.best) / len(self.best) if self.best else 1.0

    @property
    def missing(self) -> list[int]:
        return [i for i, b in enumerate(self.best) if b < self.threshold]

    def as_dict(self) -> dict:
        return {"covered": round(self.covered, 3), "threshold": self.threshold,
                "missing": [self.sentences[i] for i in self.missing],
                "best": [round(b, 3) for b in self.best]}


def coverage(story: str, scene_texts: list[str], threshold: float = COVERAGE_THRESHOLD) -> Coverage:
    """Best similarity of each story sentence to any scene text."""
    sents = sentences(story)
    if not sents or not scene_texts:
        return Coverage(sents, [0.0] * len(sents), threshold)
    vecs = embed(sents + scene_texts)
    sims = vecs[: len(sents)] @ vecs[len(sents):].T
    return Coverage(sents, [float(x) for x in np.max(sims, axis=1)], threshold)
