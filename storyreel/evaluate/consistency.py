"""Consistency and text alignment from embeddings: pure numpy on matrices of unit-length rows.

Every score is a cosine similarity, cos(a, b) = a . b / (|a| |b|), so it lies in [-1, 1]; 1 means
the same direction (the same picture as far as the embedder can tell). Rows are normalised here
again, so callers may pass raw features too.

With EfficientNet features (non-negative after ReLU6 and average pooling) cosines are in
[0, 1]: unrelated photographs score about 0.1-0.3 and shifted or rescaled crops of one picture
0.85-0.95 (measured on scikit-image's pictures). Compare numbers measured with the same
embedder, not against an absolute bar. The dict-returning functions round to
4 decimals (for the JSON report).
"""

from __future__ import annotations

import numpy as np


def _unit(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (2-D float64; a 1-D vector becomes one row)."""
    matrix = np.atleast_2d(np.asarray(vectors, dtype=np.float64))
    if matrix.ndim != 2 or matrix.shape[0] == 0:
        raise ValueError(f"expected a non-empty (n, d) matrix of embeddings, got shape {np.shape(vectors)}")
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    if not np.all(norms > 0):
        raise ValueError("an embedding is all zeros: it has no direction to compare")
    return matrix / norms


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


def frame_consistency(vectors: np.ndarray) -> dict:
    """Consistency of a shot from its sampled frames' embeddings f_0 .. f_{T-1} (in time order).

    - "consecutive" = mean over t = 1..T-1 of cos(f_t, f_{t-1}): how little the picture changes
      from one sampled frame to the next.
    - "subject" = VBench's subject consistency: mean over t = 1..T-1 of
      (cos(f_t, f_{t-1}) + cos(f_t, f_0)) / 2, which also penalises slow drift away from the
      first frame.

    Range [-1, 1] (in practice [0, 1] with EfficientNet features); both are 1.0 for identical
    frames, and 1.0 for a single frame (nothing to be inconsistent with). A cut to a different
    picture lowers both.
    """
    f = _unit(vectors)
    if len(f) < 2:
        return {"consecutive": 1.0, "subject": 1.0}
    to_previous = np.sum(f[1:] * f[:-1], axis=1)
    to_first = f[1:] @ f[0]
    return {"consecutive": _round(np.mean(to_previous)), "subject": _round(np.mean((to_previous + to_first) / 2))}


def entity_consistency(appearances: dict[str, np.ndarray], reference: np.ndarray | None) -> dict:
    """How alike one entity looks across scenes, and against its cast reference picture.

    `appearances` maps scene id -> the embedding of the entity in that scene (one row: a crop of
    the keyframe where it was drawn, or the whole keyframe); `reference` is the embedding of its
    cast picture, or None.

    Returns:
    - "scenes": the scene ids, in the order of the matrix;
    - "matrix": the scenes x scenes cosine matrix (list of lists, 1.0 on the diagonal);
    - "cross_scene": mean of the off-diagonal entries, i.e. of cos(a_i, a_j) over pairs of
      different scenes (None with fewer than 2 scenes);
    - "to_reference": mean over scenes of cos(a_i, reference) (None without a reference);
    - "per_scene_to_reference": scene id -> cos(a_i, reference) (empty without a reference).
    All in [-1, 1]; higher = more consistent.
    """
    if not appearances:
        raise ValueError("no appearances to compare: give at least one scene's embedding")
    scenes = list(appearances)
    a = _unit(np.vstack([np.reshape(appearances[s], (1, -1)) for s in scenes]))
    matrix = a @ a.T
    n = len(scenes)
    cross = None if n < 2 else (matrix.sum() - np.trace(matrix)) / (n * (n - 1))
    per_scene: dict[str, float] = {}
    to_reference = None
    if reference is not None:
        sims = a @ _unit(reference)[0]
        per_scene = {s: _round(v) for s, v in zip(scenes, sims, strict=True)}
        to_reference = np.mean(sims)
    return {
        "scenes": scenes,
        "matrix": [[_round(v) for v in row] for row in matrix],
        "cross_scene": _round(cross),
        "to_reference": _round(to_reference),
        "per_scene_to_reference": per_scene,
    }


def text_alignment(text_vectors: np.ndarray, image_vectors: np.ndarray) -> float:
    """CLIP-T: the mean cosine between a scene's text embedding and each sampled frame's image
    embedding (both from the same CLIP model), i.e. mean over frames t of cos(text, f_t).

    `text_vectors` is one vector (d,) or rows (k, d): with several texts the mean runs over every
    (text, frame) pair. Plain cosine in [-1, 1], not rescaled like CLIPScore (100 * max(cos, 0)
    or 2.5 * max(cos, 0)): real CLIP models give roughly 0.2-0.35 for a matching caption and
    a few hundredths less for an unrelated one, so compare films, not against a fixed bar.
    """
    text = _unit(text_vectors)
    images = _unit(image_vectors)
    if text.shape[1] != images.shape[1]:
        raise ValueError(f"text and image embeddings differ in size ({text.shape[1]} vs {images.shape[1]}): "
                         "embed both with the same CLIP model")
    return float(np.mean(text @ images.T))
