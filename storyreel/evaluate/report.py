"""eval.html: one self-contained page (pictures inlined, charts as inline SVG, no scripts),
so it opens from disk, in a mail, anywhere. Pure functions from report dicts to HTML."""

from __future__ import annotations

import base64
import io
from html import escape
from pathlib import Path

from PIL import Image

from ..edit.loudness import TARGET_LUFS

# (summary key, label, what it means, higher is better? None: nearer the target is better)
METRICS = [
    ("strict_coverage", "Story coverage (strict)", "share of story sentences whose event some scene tells", True),
    ("order_tau", "Story order", "Kendall tau between scene order and the order of the sentences they tell", True),
    ("repeated_scenes", "Repeated scenes", "pairs of scenes whose narrations are near-duplicates", False),
    ("language_match", "Language match", "1 when the narration is in the story's and the script's language", True),
    ("depiction", "Depiction", "each keyframe's place, time, weather and cast against its scene's plan and words", True),
    ("cast_contradictions", "Contradicted casts", "entities drawn against their description (sex, age, species)", False),
    ("frame_consistency", "Frame consistency", "mean cosine of consecutive sampled frames, per shot", True),
    ("subject_consistency", "Subject consistency", "VBench form: mean of (cos to previous + cos to first) / 2", True),
    ("entity_cross_scene", "Entity consistency", "an entity's appearances across scenes, mean pairwise cosine", True),
    ("entity_to_reference", "Entity vs reference", "appearances vs the entity's cast picture, mean cosine", True),
    ("identity_long_term", "Identity (long-term)", "share of scenes where the face matches the reference (dlib < 0.6)", True),
    ("identity_short_term", "Identity (short-term)", "1 - dlib distance between adjacent scenes' faces", True),
    ("clip_t", "Text alignment (CLIP-T)", "cosine of scene description and frames (CLIP)", True),
    ("narration_fits", "Narration fits", "share of scenes whose narration is neither cut nor overlapping", True),
    ("subtitle_words", "Subtitle coverage", "share of narration words shown while spoken", True),
    ("scene_error_mean_s", "Scene length error", "mean |actual - planned| seconds per scene", False),
    ("film_error_rel", "Film length error", "|actual - planned| / planned for the whole film", False),
    ("loudness_lufs", "Loudness", "integrated EBU R128 loudness of the film's sound, LUFS (target -16)", None),
    ("true_peak_dbtp", "True peak", "highest true peak of the film's sound, dBTP (at most -1)", False),
    ("speech_margin_db", "Speech above background", "narration minus the ducked score and ambience while "
     "speaking, median dB (target >= 15)", True),
]

STYLE = """
body{font-family:system-ui,sans-serif;margin:24px;color:#222;background:#fafafa}
h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:8px 0}td,th{padding:4px 10px;border-bottom:1px solid #e4e4e4;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#777;font-size:90%}
.sheet{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:12px}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px;font-size:90%}
.card img{width:100%;border-radius:4px}.side{display:grid;grid-template-columns:1fr 1fr;gap:24px}
.good{color:#1a7f37}.bad{color:#c62828}svg text{font-size:11px;font-family:system-ui,sans-serif}
"""


def fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}"
    return escape(str(value))


def thumbnail(path: Path, width: int = 320) -> str:
    """A data: URI of a JPEG thumbnail, or "" when the picture is missing."""
    if not path.is_file():
        return ""
    with Image.open(path) as image:
        image = image.convert("RGB")
        image.thumbnail((width, width), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=80)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def bars(title: str, values: dict[str, float | None], lo: float = 0.0, hi: float = 1.0) -> str:
    """A horizontal bar per scene, scaled from lo to hi."""
    rows = [(k, v) for k, v in values.items()]
    height = 18 * len(rows) + 24
    parts = [f'<svg width="420" height="{height}" role="img" aria-label="{escape(title)}">',
             f'<text x="0" y="12" font-weight="bold">{escape(title)}</text>']
    for i, (label, value) in enumerate(rows):
        y = 20 + i * 18
        parts.append(f'<text x="0" y="{y + 11}">{escape(label)}</text>')
        if value is None:
            parts.append(f'<text x="70" y="{y + 11}" fill="#999">—</text>')
            continue
        share = min(1.0, max(0.0, (value - lo) / (hi - lo))) if hi > lo else 0.0
        parts.append(f'<rect x="70" y="{y + 2}" width="{280 * share:.1f}" height="12" fill="#4a78c2"/>')
        parts.append(f'<text x="{74 + 280 * share:.1f}" y="{y + 11}">{value:.3f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def heatmap(entity: str, result: dict) -> str:
    """The scenes x scenes similarity matrix of one entity, cosine mapped to colour."""
    ids, matrix = result["scenes"], result["matrix"]
    cell, pad = 28, 60
    size = pad + cell * len(ids)
    parts = [f'<svg width="{size + 10}" height="{size + 10}" role="img" aria-label="{escape(entity)}">']
    for j, sid in enumerate(ids):
        parts.append(f'<text x="{pad + j * cell + 2}" y="{pad - 6}">{escape(sid)}</text>')
        parts.append(f'<text x="0" y="{pad + j * cell + 18}">{escape(sid)}</text>')
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            # Cosines of one entity's appearances mostly lie in 0.5-1: spread that range over the colours.
            level = min(1.0, max(0.0, (value - 0.5) / 0.5))
            colour = f"rgb({round(255 - 200 * level)},{round(255 - 120 * level)},255)"
            x, y = pad + j * cell, pad + i * cell
            parts.append(f'<rect x="{x}" y="{y}" width="{cell - 1}" height="{cell - 1}" fill="{colour}">'
                         f'<title>{escape(ids[i])} vs {escape(ids[j])}: {value:.3f}</title></rect>'
                         f'<text x="{x + 3}" y="{y + 17}" font-size="9" fill="{"#fff" if level > 0.6 else "#222"}">'
                         f'{value:.2f}</text>')
    parts.append("</svg>")
    return "".join(parts)


def timeline(schedule: dict) -> str:
    """Planned vs actual length of each scene, and where its narration is spoken."""
    rows = schedule["scenes"]
    total = max([sum(r["planned_s"] for r in rows)] +
                [(r["start_s"] or 0) + (r["actual_s"] or r["planned_s"]) for r in rows] + [1e-6])
    scale = 760 / total
    parts = ['<svg width="800" height="92" role="img" aria-label="schedule">',
             '<text x="0" y="12">planned</text><text x="0" y="42">actual</text><text x="0" y="72">narration</text>']
    planned_x = 0.0
    for i, r in enumerate(rows):
        fill = "#9bb7e0" if i % 2 else "#6d93cf"
        w = r["planned_s"] * scale
        parts.append(f'<rect x="{40 + planned_x:.1f}" y="16" width="{w:.1f}" height="12" fill="{fill}">'
                     f'<title>{escape(r["scene"])}: {r["planned_s"]} s planned</title></rect>')
        planned_x += w
        if r["actual_s"] is not None:
            parts.append(f'<rect x="{40 + r["start_s"] * scale:.1f}" y="46" width="{r["actual_s"] * scale:.1f}" '
                         f'height="12" fill="{fill}"><title>{escape(r["scene"])}: {r["actual_s"]} s</title></rect>')
        if "narration" in r:
            a, b = r["narration"]
            colour = "#2e7d32" if r["fits"] else "#c62828"
            parts.append(f'<rect x="{40 + a * scale:.1f}" y="76" width="{max(1.0, (b - a) * scale):.1f}" height="8" '
                         f'fill="{colour}"><title>{escape(r["scene"])}: narration {a}-{b} s</title></rect>')
    parts.append("</svg>")
    return "".join(parts)


def _summary_table(reports: list[dict], names: list[str]) -> str:
    head = "".join(f"<th>{escape(n)}</th>" for n in names)
    rows = []
    for key, label, meaning, higher in METRICS:
        values = [r["summary"].get(key) for r in reports]
        cells = "".join(f'<td class="n">{fmt(v)}</td>' for v in values)
        if len(values) == 2 and None not in values and values[0] != values[1]:
            better = (values[1] > values[0]) == higher if higher is not None else \
                abs(values[1] - TARGET_LUFS) < abs(values[0] - TARGET_LUFS)
            cells += f'<td class="n {"good" if better else "bad"}">{values[1] - values[0]:+.3f}</td>'
        elif len(values) == 2:
            cells += "<td></td>"
        rows.append(f'<tr><td>{label}<div class="muted">{escape(meaning)}</div></td>{cells}</tr>')
    delta = "<th>B - A</th>" if len(reports) == 2 else ""
    return f"<table><tr><th>metric</th>{head}{delta}</tr>{''.join(rows)}</table>"


def _film_section(report: dict, script: dict) -> str:
    root = Path(report["project"])
    scenes = {s["id"]: s for s in script["scenes"]}
    cards = []
    for sid in report["scenes"]:
        s, f = scenes[sid], report["frames"].get(sid, {})
        sched = next((r for r in report["schedule"]["scenes"] if r["scene"] == sid), {})
        src = thumbnail(root / "keyframes" / f"{sid}.png")
        image = f'<img src="{src}" alt="keyframe {escape(sid)}">' if src else '<div class="muted">no keyframe</div>'
        fits = "" if "fits" not in sched else (" · narration fits" if sched["fits"] else
                                                 ' · <span class="bad">narration cut/overlaps</span>')
        shown = report.get("depiction", {}).get("scenes", {}).get(sid)
        if shown:
            wrong = [k for k, v in shown["checks"].items() if v < 1]
            fits += f" · depiction {fmt(shown['score'])}" + (
                f' <span class="bad">({escape(", ".join(wrong))})</span>' if wrong else "")
        heard = report.get("audio", {}).get("scenes", {}).get(sid)
        sound = "" if not heard else (f'<div class="muted">sound: {escape(heard["mood"])} score '
                                      f'{fmt(heard["music_dbfs"])} dBFS, ambience '
                                      f'{fmt(heard["ambience_dbfs"])} dBFS</div>')
        cards.append(f'<div class="card">{image}<b>{escape(sid)}</b> {escape(s["description"])}'
                      f'<div class="muted">“{escape(s["narration"])}”</div>'
                      f'<div class="muted">{fmt(sched.get("planned_s"))} s planned, {fmt(sched.get("actual_s"))} s'
                      f'{fits} · consistency {fmt(f.get("consecutive"))}</div>{sound}</div>')
    per_metric = [
        bars("frame consistency", {k: v.get("consecutive") for k, v in report["frames"].items()}, 0.5, 1.0),
        bars("subject consistency", {k: v.get("subject") for k, v in report["frames"].items()}, 0.5, 1.0),
        bars("subtitle coverage", {r["scene"]: r.get("subtitle_words") for r in report["schedule"]["scenes"]}),
    ]
    if any("clip_t" in v for v in report["frames"].values()):
        per_metric.append(bars("CLIP-T", {k: v.get("clip_t") for k, v in report["frames"].items()}, -1.0, 1.0))
    maps = [f'<div><b>{escape(e)}</b> <span class="muted">cross-scene {fmt(r["cross_scene"])}, to reference '
            f'{fmt(r["to_reference"])}, {escape(str(r.get("located", "")))}</span><br>{heatmap(e, r)}</div>'
            for e, r in report["entities"].items()]
    lines = report.get("audio", {}).get("lines") or []
    voices = "".join(f'<li>{escape(line["scene"])}: “{escape(line["text"])}” — {escape(line["speaker"])} '
                     f'<span class="muted">(pitch ×{line["pitch"]:.2f}'
                     f'{", mouth moves" if line.get("mouth") else ""})</span></li>' for line in lines)
    missing = report["fidelity"].get("missing_sentences") or []
    return (f'<h2>Keyframes</h2><div class="sheet">{"".join(cards)}</div>'
            f'<h2>Schedule</h2>{timeline(report["schedule"])}'
            f'<h2>Per scene</h2>{"".join(per_metric)}'
            f'<h2>Entities</h2>{"".join(maps) or "<p class=muted>no entity appears in two scenes</p>"}'
            f'<h2>Who says each line</h2>{f"<ul>{voices}</ul>" if voices else "<p>no quoted line</p>"}'
            f'<h2>Story sentences no scene tells</h2>'
            f'{"<ul>" + "".join(f"<li>{escape(m)}</li>" for m in missing) + "</ul>" if missing else "<p>none</p>"}')


def render_html(reports: list[dict], scripts: list[dict], names: list[str]) -> str:
    """The page for one film, or two films of the same script side by side."""
    title = escape(reports[0]["title"])
    notes = [r.get("text_alignment", {}).get("note") for r in reports]
    note = "".join(f'<p class="muted">{escape(n)}</p>' for n in dict.fromkeys(notes) if n)
    if len(reports) == 1:
        body = _film_section(reports[0], scripts[0])
    else:
        body = '<div class="side">' + "".join(
            f"<div><h2>{escape(n)}</h2>{_film_section(r, s)}</div>" for r, s, n in zip(reports, scripts, names)) + "</div>"
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>storyreel eval: {title}</title>'
            f"<style>{STYLE}</style></head><body><h1>{title}</h1>"
            f'<p class="muted">{" vs ".join(escape(n) for n in names)}</p>'
            f"<h2>Summary</h2>{_summary_table(reports, names)}{note}{body}</body></html>")
