"""Python API with the CLI's verbs: plan, render, make, evaluate, export.

    from storyreel import api
    api.make("out/anna", story=open("story.txt").read())
    api.render_plan("out/anna").stale        # what a render would make now (a dry run)
    api.export_otio("out/anna")              # out/anna/film.otio for a video editor
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from . import __version__, files
from .config import Config, load_config
from .director import create_director
from .director.llm import RUNTIME_PACKAGE, runtime_version
from .director.planner import PLANNER_VERSION, PROMPTS
from .errors import InputError, LLMError
from .limits import check_story
from .cast import REGISTRY as CAST
from .director import cost
from .director.progressive import describes_shots
from .pipeline import RenderPlan, RenderSummary, plan_looks, plan_render
from .pipeline import render as _render
from .progress import StageProgress
from .project import Project
from .script import Script, load_script, save_script

log = logging.getLogger(__name__)


def _plan_key(text: str, is_idea: bool, config: Config) -> str:
    prompts = {p.name: p.read_text(encoding="utf-8") for p in sorted(PROMPTS.glob("*.txt"))}
    # Settings that change what the model says are in the key; those that only change speed are not.
    llm = config.llm.model_dump(exclude={"threads", "timeout_s", "http_retries", "max_retries", "parallel"})
    if config.backends.director == "llm":
        llm["runtime"] = f"{RUNTIME_PACKAGE} {runtime_version()}"
    planner = {"llm": llm, "director": config.backends.director, "duration_s": config.duration_s,
               "chunk_words": config.chunk_words, "visual_language": config.visual_language, "voice": config.voice.pause_s,
               "style": config.style, "seed": config.seed, "size": [config.width, config.height], "fps": config.fps,
               "describes_shots": describes_shots(config)}
    return files.sha256_json({"text": text, "idea": is_idea, "planner": planner, "prompts": prompts,
                              "version": __version__, "planner_version": PLANNER_VERSION})


def _plan_digest(path: Path) -> str | None:
    """Hash of a script's content, ignoring the `reference` paths the cast stage fills in,
    so a rendered plan still counts as untouched. None when the file is not readable JSON."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        for entity in data.get("entities", []):
            entity.pop("reference", None)
    except (json.JSONDecodeError, AttributeError, TypeError):
        return None
    return files.sha256_json(data)


def _keep_hand_edits(project: Project) -> None:
    """Before a new plan replaces script.json, move a hand-edited one aside instead of losing it."""
    if not project.script.is_file():
        return
    planned = (project.manifest.get(project.rel(project.script)) or {}).get("digest")
    if planned is None or planned != _plan_digest(project.script):
        backup = project.root / f"script.edited-{time.strftime('%Y%m%d-%H%M%S')}.json"
        project.script.replace(backup)
        log.warning("script.json had edits not made by the planner; kept them in %s", backup.name)


def plan(out: Path | str, *, story: str | None = None, idea: str | None = None, config: Config | None = None,
         progress: StageProgress | None = None, until: str | None = None, resume: bool = False) -> Script | None:
    """Plan a film into out/script.json from a story (or a one-line idea).

    Nothing is written when the input is empty. When script.json was already planned
    from the same input and settings, it is kept as it is (hand edits included).
    Each planning stage is saved in out/director/; `until` stops after a stage (returns
    None) and `resume` continues from the latest stage file on disk.
    """
    config = config or load_config()
    project = Project(Path(out))
    if resume:
        if not project.story.is_file():
            raise InputError(f"nothing to resume in {project.root}: there is no story.txt (plan a story first)")
        story, idea = project.story.read_text(encoding="utf-8"), None
    if (story is None) == (idea is None):
        raise InputError("give either a story or an idea")
    text = story if story is not None else idea
    # Empty, binary or past a limit: refused here, before anything is written (storyreel/limits.py).
    checked = check_story(text, what="story" if story is not None else "idea")
    if story is not None:
        story = checked
    else:
        idea = checked
    key = _plan_key(text, idea is not None, config)  # the text as given, as before: earlier plans stay fresh
    if not (until or resume) and project.fresh(project.script, key):
        log.info("script.json is up to date with the story; keeping it (and any hand edits)")
        return load_script(project.script)

    project.root.mkdir(parents=True, exist_ok=True)
    progress = progress or StageProgress(None)
    with progress.stage("plan", 4 if idea else 3) as bar:
        bar.describe("plan: loading the LLM")
        director = create_director(config, project.root / "director" / "log.jsonl")
        bar.advance()
        script = None
        try:
            script = _plan(project, director, key, story, idea, config, bar, until, resume)
        finally:
            _write_cost(project, director.llm, script)
    return script


def _plan(project: Project, director, key: str, story: str | None, idea: str | None, config: Config, bar,
          until: str | None, resume: bool) -> Script | None:
    """The planning steps of `plan`, with the director loaded."""
    if idea is not None:
        bar.describe("plan: writing a story")
        files.write_text(project.root / "idea.txt", idea.strip() + "\n")
        story = director.write_story(idea)
        bar.advance()
    if not resume:
        files.write_text(project.story, story.strip() + "\n")
    started = time.perf_counter()
    on_step = lambda step: bar.describe(f"plan: {step}")  # noqa: E731
    script = director.plan_progressive(story, project.root / "director", until=until, resume=resume,
                                       target_s=config.duration_s, on_step=on_step)
    if script is None:
        return None
    _keep_hand_edits(project)
    save_script(script, project.script)
    project.manifest.record(project.rel(project.script), key, "director:" + config.backends.director,
                            __version__, time.perf_counter() - started, model=director.llm.model,
                            digest=_plan_digest(project.script))
    bar.advance()
    bar.describe("plan: casting")
    _cast_looks(project, script, config, director)
    bar.advance()
    return script


def _cast_looks(project: Project, script: Script, config: Config, director) -> None:
    """The cast's looks, chosen now with the model that planned (a cast backend that asks the
    director's model has `use_llm`): the render then finds them made and loads no model again."""
    backend = CAST.create(config.backends.cast, cache_dir=config.cache_path(), config=config)
    try:
        if hasattr(backend, "use_llm"):
            director.stage = "cast"
            backend.use_llm(director.llm)
            plan_looks(project, script, backend)
    except LLMError as exc:  # the plan is made; the render chooses the looks again
        log.warning("the cast's looks could not be chosen now (%s); the render will choose them", exc)
    finally:
        backend.close()


def _write_cost(project: Project, llm, script: Script | None) -> None:
    """director/cost.json: what this run of the planner cost (requests, tokens, seconds per stage)."""
    run = getattr(llm, "run", None)
    if run is None:
        return
    stages = cost.by_stage(cost.read_log(project.root / "director" / "log.jsonl", run))
    film_s = sum(s.duration_s for s in script.scenes) if script else 0.0
    files.write_json(project.root / "director" / "cost.json",
                     {"run": run, "model": llm.model, "film_s": film_s, "stages": stages,
                      "per_minute": cost.per_minute(stages["total"], film_s) if stages and film_s else {}})


def replan(out: Path | str, scene_id: str, request: str, *, config: Config | None = None) -> Script:
    """Rewrite one scene of out/script.json on request ("make it night"); a later render
    re-renders only what the change touches."""
    config = config or load_config()
    request = check_story(request, what="request")
    project = Project(Path(out))
    script = load_script(project.script)
    director = create_director(config, project.root / "director" / "log.jsonl")
    new = director.replan_scene(script, scene_id, request)
    save_script(new, project.script)
    log.info("scene %s rewritten: %s", scene_id, request)
    return new


def render(out: Path | str, *, config: Config | None = None, progress: StageProgress | None = None,
           scenes: list[str] | None = None, force: bool = False, executor: str | None = None) -> RenderSummary:
    """Render out/script.json into out/film.mp4 (reusing every unchanged artifact).

    `scenes` renders only the named scenes' voices, keyframes and shots (a preview; the film
    waits for a full render); `force` makes them (or everything) again even when up to date.
    `executor` ("local" or "ray") overrides the configured one (docs/scaling.md)."""
    config = config or load_config()
    if executor is not None:
        if executor not in ("local", "ray"):
            raise InputError(f"unknown executor {executor!r}; executors: local, ray")
        config = config.model_copy(update={"executor": executor})
    return _render(Path(out), config, progress, scenes=scenes, force=force)


def render_plan(out: Path | str, *, config: Config | None = None) -> RenderPlan:
    """What `render` would make now and why, from the same cache keys; nothing is written
    (`storyreel render --dry-run`)."""
    return plan_render(Path(out), config or load_config())


def evaluate(out: Path | str, *, config: Config | None = None, progress: StageProgress | None = None) -> dict:
    """Measure the film in `out` (`storyreel eval`): writes out/eval.json and out/eval.html, returns the report."""
    from .evaluate import evaluate_films

    reports, _pages = evaluate_films([Path(out)], config or load_config(), progress)
    return reports[0]


def export_otio(out: Path | str, path: Path | str | None = None, *, config: Config | None = None) -> Path:
    """Write the edit of the rendered film as an OpenTimelineIO timeline (default out/film.otio),
    for finishing the cut in a video editor. Returns the path written."""
    from .studio.otio import export_otio as _export

    return _export(Path(out), Path(path) if path else None, config or load_config())


def make(out: Path | str, *, story: str | None = None, idea: str | None = None, config: Config | None = None,
         progress: StageProgress | None = None) -> RenderSummary:
    """plan + render."""
    config = config or load_config()
    plan(out, story=story, idea=idea, config=config, progress=progress)
    return render(out, config=config, progress=progress)
