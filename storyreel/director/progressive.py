"""Progressive planning: rough -> detailed -> completed -> scheduled, each stage saved.

Like a director working with a script supervisor, the plan is built in passes a person
can inspect and edit between runs:

1. rough      the entity registry (descriptions enriched in a two-step dialogue) and,
              part by part, the visible moments of the story with a running summary;
2. detailed   each moment split into short shots (description + narration);
3. completed  story coverage measured with MiniLM; missing events added as shots;
4. scheduled  each shot staged (entities, background, protagonist, action, camera) and
              given a duration, meeting a requested film length: the final script.

Every stage is written to director/<stage>.json. `until` stops after a stage; `resume`
continues from the latest stage file on disk (hand edits included).
"""

from __future__ import annotations

import json
import logging
import math
import re
from pathlib import Path
from typing import Any, Callable

from .. import files
from ..errors import InputError, LLMError, ScriptError
from ..script import Script, validate_script
from .coverage import coverage
from .planner import (DESCRIPTION_MAX, NARRATION_MAX, STAGING_FIELDS, Director, Problems, _string, check_story,
                      ground_in_text, staging, staging_properties, tidy, vary_cameras)
from .schedule import schedule
from .text import LANGUAGE_NAMES, chunk_story, detect_language, sentences, word_count

log = logging.getLogger(__name__)

STAGES = ("rough", "detailed", "completed", "scheduled")
COLOURS = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey",
           "gray", "golden", "silver")
STAGING_BATCH = 10  # shots staged per call: keeps answers short for small models


def stage_path(folder: Path, stage: str) -> Path:
    return Path(folder) / f"{stage}.json"


def _read_stage(folder: Path, stage: str) -> dict:
    path = stage_path(folder, stage)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if not isinstance(data, dict) or "entities" not in data:
        raise InputError(f"{path}: expected an object with 'entities' (was it edited by hand?)")
    return data


def colours_in(text: str) -> set[str]:
    return {c for c in COLOURS if re.search(rf"\b{c}\b", text, re.IGNORECASE)}


class ProgressiveDirector(Director):
    """The progressive planner; shares the single-pass Director's LLM plumbing and checks."""

    def plan_progressive(self, story: str, folder: Path, *, until: str | None = None, resume: bool = False,
                         target_s: float | None = None, on_step: Callable[[str], None] = lambda _: None) -> Script | None:
        """Run the stages from the first missing one (or from scratch); return the Script,
        or None when stopped early by `until`."""
        if until is not None and until not in STAGES:
            raise InputError(f"unknown stage {until!r}; choose one of {', '.join(STAGES)}")
        story = check_story(story)
        folder = Path(folder)
        # Resume from the stage file edited last: later stages are made again from it.
        done = [s for s in STAGES if stage_path(folder, s).is_file()] if resume else []
        latest = max(done, key=lambda s: stage_path(folder, s).stat().st_mtime_ns) if done else None
        data = _read_stage(folder, latest) if latest else {}
        steps = {"rough": self._rough, "detailed": self._detailed, "completed": self._completed,
                 "scheduled": lambda d, s, step: self._scheduled(d, s, step, target_s)}
        for stage in STAGES[STAGES.index(latest) + 1 if latest else 0:]:
            on_step(stage)
            try:
                data = steps[stage](data, story, on_step)
            except (KeyError, TypeError) as exc:  # a hand-edited stage file lost a field
                raise InputError(f"{stage_path(folder, latest)}: cannot continue from it ({type(exc).__name__}: "
                                 f"{exc}); restore the missing field or plan again without --resume") from None
            files.write_json(stage_path(folder, stage), data)
            for later in STAGES[STAGES.index(stage) + 1:]:  # older results of later stages no longer apply
                stage_path(folder, later).unlink(missing_ok=True)
            log.info("plan stage %s written to %s", stage, stage_path(folder, stage))
            if stage == until:
                return None
        try:
            return validate_script(data, "scheduled plan")
        except ScriptError as exc:  # possible after hand edits of a stage file
            raise InputError(str(exc)) from None

    # -- 1. rough ---------------------------------------------------------------------------------
    def _rough(self, _data: dict, story: str, on_step) -> dict:
        language = detect_language(story)
        chunks = chunk_story(story, self.config.chunk_words)
        log.info("rough plan of a %d-word story in %d part(s)", word_count(story), len(chunks))
        title, logline, entities = self._registry(chunks, lambda step: on_step(f"rough: {step}"))
        on_step("rough: enriching entities")
        entities = self._enrich(entities, story)
        moments, summary = [], ""
        for i, chunk in enumerate(chunks, 1):
            on_step(f"rough: moments {i}/{len(chunks)}")
            found, summary = self._moments(chunk, entities, summary)
            moments.extend({"part": i, "summary": m} for m in found)
        return {"title": title or "Untitled", "logline": logline, "language": language, "parts": chunks,
                "entities": entities, "summary": summary, "moments": moments}

    def _enrich(self, entities: list[dict], story: str) -> list[dict]:
        """Two-step dialogue: which aspects matter for drawing each entity, then a concrete
        description settling them. Answers are lists of {name, ...} so each line stays tied
        to its entity. Colours the story gives are kept; an answer that drops one is
        re-asked, and after that the entities keep their first descriptions."""
        names = [e["name"] for e in entities]
        listing = "\n".join(f"- {e['name']} ({e['kind']}): {e['description']}" for e in entities)

        def per_entity(field: str, max_len: int) -> dict:
            item = {"type": "object", "required": ["name", field],
                    "properties": {"name": {"enum": names}, field: _string(max_len)}}
            return {"type": "object", "required": ["entities"], "properties": {"entities": {
                "type": "array", "minItems": len(names), "maxItems": len(names), "items": item}}}

        first = self._prompt("enrich_aspects", entities=listing, story=story)
        aspects = self._ask(first, per_entity("aspects", 200), lambda d: d["entities"], "entity aspects",
                            80 * len(names) + 50)

        def check(data: Any) -> dict[str, str]:
            given = {item["name"]: tidy(item["description"], 220) for item in data["entities"]}
            problems = [f"{n}: give a description" for n in names if not given.get(n)]
            for e in entities:
                lost = colours_in(e["description"]) - colours_in(given.get(e["name"], ""))
                if lost:
                    problems.append(f"{e['name']}: keep the colours the story gives ({', '.join(sorted(lost))})")
            if problems:
                raise Problems(problems)
            return given

        dialogue = [{"role": "user", "content": first},
                    {"role": "assistant", "content": json.dumps({"entities": aspects}, ensure_ascii=False)},
                    {"role": "user", "content": self._prompt("enrich_describe")}]
        try:
            described = self._ask(dialogue, per_entity("description", 220), check, "entity descriptions",
                                  90 * len(names) + 50)
        except LLMError as exc:
            log.warning("keeping the first entity descriptions: %s", exc)
            return entities
        return [{**e, "description": described[e["name"]]} for e in entities]

    def _moments(self, chunk: str, entities: list[dict], summary: str) -> tuple[list[str], str]:
        n_sent = len(sentences(chunk))
        max_items = max(2, min(12, n_sent + 1))
        min_items = max(1, min(max_items, math.ceil(n_sent * 0.6)))
        schema = {"type": "object", "required": ["moments", "summary_so_far"], "properties": {
            "moments": {"type": "array", "minItems": min_items, "maxItems": max_items, "items": {
                "type": "object", "required": ["summary"], "properties": {"summary": _string(140)}}},
            "summary_so_far": _string(400)}}
        context = f"\nThe story so far: {summary}\n" if summary else ""
        names = "\n".join(f"- {e['name']} ({e['kind']})" for e in entities)
        user = self._prompt("rough", story=chunk, entities=names, context=context, min_scenes=min_items, max_scenes=max_items)

        def check(data: Any) -> tuple[list[str], str]:
            found = [tidy(m["summary"], 140) for m in data["moments"] if m["summary"].strip()]
            if not found:
                raise Problems(["list at least one moment"])
            return found, tidy(data["summary_so_far"], 400)

        return self._ask(user, schema, check, "rough moments", 60 * max_items + 200)

    # -- 2. detailed ------------------------------------------------------------------------------
    def _detailed(self, data: dict, story: str, on_step) -> dict:
        language = LANGUAGE_NAMES.get(data["language"], "English")
        shots: list[dict] = []
        parts = data["parts"]
        for i, part in enumerate(parts, 1):
            on_step(f"detailed: part {i}/{len(parts)}")
            moments = [m["summary"] for m in data["moments"] if m["part"] == i]
            if moments:
                shots.extend({"part": i, **s} for s in self._shots(part, moments, language))
        return {**data, "shots": shots}

    def _shots(self, part: str, moments: list[str], language: str) -> list[dict]:
        k = len(moments)
        schema = {"type": "object", "required": ["shots"], "properties": {"shots": {
            "type": "array", "minItems": k, "maxItems": 3 * k, "items": {
                "type": "object", "required": ["moment", "description", "narration"],
                "properties": {"moment": {"enum": list(range(1, k + 1))}, "description": _string(DESCRIPTION_MAX),
                               "narration": _string(NARRATION_MAX)}}}}}
        listing = "\n".join(f"{n}. {m}" for n, m in enumerate(moments, 1))
        user = self._prompt("detailed", moments=listing, story=part, language=language)

        def check(data: Any) -> list[dict]:
            shots = [{"moment": s["moment"], "description": tidy(s["description"], DESCRIPTION_MAX),
                      "narration": tidy(s["narration"], NARRATION_MAX)} for s in data["shots"]]
            shots = [s for s in shots if s["description"] and s["narration"]]
            missing = sorted(set(range(1, k + 1)) - {s["moment"] for s in shots})
            if missing:
                raise Problems([f"moment {m} has no shot with a description and a narration" for m in missing])
            shots.sort(key=lambda s: s["moment"])  # stable: shots of a moment keep their order
            return [{"description": s["description"], "narration": s["narration"]} for s in shots]

        return self._ask(user, schema, check, "detailed shots", 130 * 3 * k + 150)

    # -- 3. completed -----------------------------------------------------------------------------
    def _completed(self, data: dict, story: str, on_step) -> dict:
        shots = list(data["shots"])
        texts = [f"{s['description']} {s['narration']}" for s in shots]
        report = coverage(story, texts)
        if report.missing:
            on_step(f"completed: adding {len(report.missing)} missing event(s)")
            added = self._complete(shots, [report.sentences[i] for i in report.missing], data["language"])
            for after, shot in sorted(added, key=lambda a: -a[0]):  # insert from the back: indices stay valid
                shots.insert(after, {"part": shots[max(after - 1, 0)]["part"], **shot})
            report = coverage(story, [f"{s['description']} {s['narration']}" for s in shots])
        log.info("story coverage %.0f%% (threshold %.2f)", 100 * report.covered, report.threshold)
        return {**data, "shots": shots, "coverage": report.as_dict()}

    def _complete(self, shots: list[dict], missing: list[str], language: str) -> list[tuple[int, dict]]:
        schema = {"type": "object", "required": ["shots"], "properties": {"shots": {
            "type": "array", "minItems": 1, "maxItems": len(missing), "items": {
                "type": "object", "required": ["after", "description", "narration"],
                "properties": {"after": {"enum": list(range(0, len(shots) + 1))},
                               "description": _string(DESCRIPTION_MAX), "narration": _string(NARRATION_MAX)}}}}}
        user = self._prompt("complete", shots="\n".join(f"{n}. {s['description']}" for n, s in enumerate(shots, 1)),
                      missing="\n".join(f"- {m}" for m in missing), language=LANGUAGE_NAMES.get(language, "English"))

        def check(data: Any) -> list[tuple[int, dict]]:
            out = [(s["after"], {"description": tidy(s["description"], DESCRIPTION_MAX),
                                 "narration": tidy(s["narration"], NARRATION_MAX)}) for s in data["shots"]]
            return [(a, s) for a, s in out if s["description"] and s["narration"]]

        return self._ask(user, schema, check, "missing shots", 130 * len(missing) + 100)

    # -- 4. scheduled -----------------------------------------------------------------------------
    def _scheduled(self, data: dict, story: str, on_step, target_s: float | None) -> dict:
        entities = data["entities"]
        shots = data["shots"]
        staged: list[dict] = []
        for start in range(0, len(shots), STAGING_BATCH):
            batch = shots[start:start + STAGING_BATCH]
            on_step(f"scheduled: staging shots {start + 1}-{start + len(batch)} of {len(shots)}")
            staged.extend(self._stage(batch, entities))
        durations = schedule([s["narration"] for s in shots], target_s, self.config.voice.pause_s)
        scenes = [{"id": f"s{n:02d}", "description": s["description"], "narration": s["narration"], "duration_s": d,
                   **ground_in_text(st, f"{s['description']} {s['narration']}", entities)}
                  for n, (s, st, d) in enumerate(zip(shots, staged, durations, strict=True), 1)]
        return {"title": data["title"], "logline": data["logline"], "style": self.config.style,
                "language": data["language"], "fps": self.config.fps, "width": self.config.width,
                "height": self.config.height, "seed": self.config.seed, "entities": entities,
                "scenes": vary_cameras(scenes)}

    def _stage(self, shots: list[dict], entities: list[dict]) -> list[dict]:
        foreground = [e["id"] for e in entities if e["kind"] != "location"]
        locations = [e["id"] for e in entities if e["kind"] == "location"]
        n = len(shots)
        item = {"type": "object", "required": STAGING_FIELDS, "properties": staging_properties(foreground, locations)}
        schema = {"type": "object", "required": ["staging"],
                  "properties": {"staging": {"type": "array", "minItems": n, "maxItems": n, "items": item}}}
        user = self._prompt("staging", entities="\n".join(f"- {e['id']}: {e['name']}, {e['kind']}" for e in entities),
                            shots="\n".join(f"{k}. {s['description']}" for k, s in enumerate(shots, 1)))
        return self._ask(user, schema, lambda data: [staging(raw, foreground) for raw in data["staging"]],
                         "staging", 45 * n + 100)

    # -- one scene, on request --------------------------------------------------------------------
    def replan_scene(self, script: Script, scene_id: str, request: str) -> Script:
        """Rewrite one scene following `request`, keeping the entities and the neighbours.
        A request that changes the place's look ("make it night") gets a new location
        entity for this scene only, so no other scene's background changes."""
        request = " ".join(request.split())
        if not request:
            raise InputError("the request is empty: say what to change, e.g. \"make it night\"")
        ids = [s.id for s in script.scenes]
        if scene_id not in ids:
            raise InputError(f"scene {scene_id!r} is not in the script; scenes are: {', '.join(ids)}")
        i = ids.index(scene_id)
        scene = script.scenes[i]
        foreground = [e.id for e in script.entities if e.kind != "location"]
        locations = [e.id for e in script.entities if e.kind == "location"]
        show = lambda s: json.dumps(s.model_dump(exclude={"id", "duration_s"}), ensure_ascii=False) if s else "(none)"  # noqa: E731
        user = self._prompt("replan", request=request, scene=show(scene), before=show(script.scenes[i - 1] if i else None),
                      after=show(script.scenes[i + 1] if i + 1 < len(ids) else None),
                      language=LANGUAGE_NAMES.get(script.language, "English"),
                      entities="\n".join(f"- {e.id}: {e.name}, {e.kind}: {e.description}" for e in script.entities))
        schema = {"type": "object",
                  "required": ["description", "narration", *STAGING_FIELDS, "background_description"],
                  "properties": {"description": _string(DESCRIPTION_MAX), "narration": _string(NARRATION_MAX),
                                 **staging_properties(foreground, locations), "background_description": _string(220)}}

        def check(data: Any) -> dict:
            if not data["description"].strip() or not data["narration"].strip():
                raise Problems(["description and narration must not be empty"])
            return data

        raw = self._ask(user, schema, check, "rewritten scene", 400)
        data = script.model_dump(mode="json")
        background = raw["background"]
        current = script.entity(background).description
        new_look = tidy(raw["background_description"], 220)
        if " ".join(new_look.lower().split()) != " ".join(current.lower().split()):
            variant = f"{background}-{scene_id}"
            data["entities"] = [e for e in data["entities"] if e["id"] != variant]
            data["entities"].append({"id": variant, "name": f"{script.entity(background).name} ({scene_id})",
                                     "kind": "location", "description": new_look, "reference": None})
            background = variant
        narration = tidy(raw["narration"], NARRATION_MAX)
        data["scenes"][i] = {"id": scene_id, "description": tidy(raw["description"], DESCRIPTION_MAX),
                             "narration": narration, "duration_s": max(scene.duration_s, schedule([narration])[0]),
                             **staging({**raw, "background": background}, foreground)}
        return validate_script(data, "rewritten script")
