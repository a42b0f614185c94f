"""Command line: storyreel plan | render | make | eval | export | serve."""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from pathlib import Path

from rich.logging import RichHandler
from rich.markup import escape
from rich.table import Table

from . import __version__, api
from .config import load_config
from .director import STAGES
from .errors import InputError, StoryreelError
from .limits import MAX_STORY_CHARS, StoryTooLong, check_story
from .pipeline import RenderPlan, RenderSummary
from .progress import console, live

# --backend: which picture backends make cast, keyframes and shots.
BACKENDS = {"embedded": {"cast": "emoji", "keyframes": "animatic", "shots": "animatic"},
            "diffusion": {"cast": "diffusion", "keyframes": "diffusion", "shots": "diffusion"}}

EXAMPLES = """\
examples:
  storyreel make examples/lighthouse_keeper.txt -o out/lighthouse
  storyreel make --idea "A young man is making a cake" -o out/cake
  cat story.txt | storyreel plan - -o out/mine      # plan only; then edit out/mine/script.json
  storyreel render out/mine                          # re-renders only what the edit changed
  storyreel render out/mine --dry-run                # what a render would make now, and why
  storyreel render out/mine --scene s03              # preview one scene (voice, keyframe, shot), not the film
  storyreel render out/mine --transition crossfade --burn-subtitles --music music.ogg
  storyreel plan story.txt -o out/mine --until rough   # stop after a stage, edit out/mine/director/rough.json,
  storyreel plan --resume -o out/mine                  # ... then continue from the edited file
  storyreel make story.txt -o out/mine --duration 90s  # plan for a 90-second film
  storyreel replan out/mine --scene s03 "make it night"
  storyreel make story.txt -o out/es --model qwen2.5-0.5b --width 854 --height 480
  storyreel make story.txt -o out/mine --llm-url http://127.0.0.1:11434/v1 --model llama3.2   # Ollama
  storyreel render out/mine --backend diffusion --models ~/models   # SDXL + IP-Adapter + LTX-Video on a GPU
  storyreel render out/mine --executor ray --ray-address auto      # on the Ray cluster (docs/scaling.md)
  storyreel doctor                                   # device, memory, extras, which backends can run
  storyreel llm-server --port 8080                   # the embedded model as an OpenAI-compatible server
  storyreel eval out/mine                            # measure the film: out/mine/eval.html, eval.json
  storyreel eval out/a out/b                         # two renders of one script side by side
  storyreel export --otio out/mine                   # out/mine/film.otio: finish the cut in a video editor
  storyreel serve                                    # the studio: http://127.0.0.1:8000 (projects in ./out)

settings: flags > environment (STORYREEL_FPS=30, STORYREEL_LLM__MODEL=...) > --config FILE (TOML)
exit codes: 0 success, 2 bad input (story, script.json, flags), 1 other failures
"""


def parse_duration(text: str) -> float:
    """'90', '90s', '1m30s', '2m', '1.5m' -> seconds."""
    m = re.fullmatch(r"\s*(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s?)?\s*", text)
    if not m or not any(m.groups()):
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration; write e.g. 90s, 1m30s or 2m")
    seconds = float(m.group(1) or 0) * 60 + float(m.group(2) or 0)
    if seconds <= 0:
        raise argparse.ArgumentTypeError("the duration must be more than 0 seconds")
    return seconds


def _read_story(arg: str | None) -> str | None:
    if arg is None:
        return None
    # Read no more than the longest story allowed can take in UTF-8 (4 bytes a character) and one
    # byte more: a huge file or an endless pipe is refused without being held in memory.
    most = 4 * MAX_STORY_CHARS + 4
    if arg == "-":
        data = sys.stdin.buffer.read(most + 1)
        where = "standard input"
    else:
        path = Path(arg)
        if not path.is_file():
            raise InputError(f"story file {arg!r} does not exist (give a path, '-' for stdin, or --idea \"...\")")
        with path.open("rb") as handle:
            data = handle.read(most + 1)
        where = arg
    if len(data) > most:
        raise StoryTooLong(f"the story in {where} is over {most:,} bytes; the limit is {MAX_STORY_CHARS:,} "
                           "characters: split it into parts and make one film per part")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"the story in {where} is not UTF-8 text (line {line}, byte {exc.start:,}); "
                         "save it as UTF-8 and retry") from None
    return check_story(text, where=where)  # the same limits as the API and the studio (storyreel/limits.py)


def _overrides(args: argparse.Namespace) -> dict:
    """Flags that were given, as a nested config dict."""
    out: dict = {}
    for flag in ("width", "height", "fps", "seed"):
        if getattr(args, flag, None) is not None:
            out[flag] = getattr(args, flag)
    if getattr(args, "duration", None) is not None:
        out["duration_s"] = args.duration
    if getattr(args, "model", None):
        out.setdefault("llm", {})["model"] = args.model
    if getattr(args, "llm_url", None):
        out.setdefault("llm", {})["base_url"] = args.llm_url
        out.setdefault("backends", {})["director"] = "openai"
    if getattr(args, "api_key", None):
        out.setdefault("llm", {})["api_key"] = args.api_key
    if getattr(args, "parallel", None):
        out.setdefault("llm", {})["parallel"] = args.parallel
    if getattr(args, "voice", None):
        out.setdefault("backends", {})["voice"] = args.voice
    if getattr(args, "backend", None):
        out.setdefault("backends", {}).update(BACKENDS[args.backend])
    if getattr(args, "models", None):
        out.setdefault("diffusion", {})["models_dir"] = str(args.models)
    for key in ("image_model", "video_model"):
        if getattr(args, key, None):
            out.setdefault("diffusion", {})[key] = getattr(args, key)
    if getattr(args, "executor", None):
        out["executor"] = args.executor
    if getattr(args, "ray_address", None):
        out.setdefault("ray", {})["address"] = args.ray_address
        out.setdefault("executor", "ray")
    if getattr(args, "clip", None):
        out.setdefault("eval", {})["clip_model"] = args.clip
    if getattr(args, "samples", None):
        out.setdefault("eval", {})["samples"] = args.samples
    edit = {k: getattr(args, k) for k in ("transition", "music") if getattr(args, k, None) is not None}
    if getattr(args, "burn_subtitles", False):
        edit["burn_subtitles"] = True
    if getattr(args, "no_music", False):
        if getattr(args, "music", None):
            raise InputError("--music and --no-music contradict each other: give one of them")
        edit["score"] = False
    if getattr(args, "no_ambience", False):
        edit["ambience"] = False
    if edit:
        out["edit"] = edit
    return out


def _print_summary(s: RenderSummary) -> None:
    table = Table(title=f"storyreel: {s.film}", show_header=True)
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    table.add_column("made", justify="right")
    table.add_column("reused", justify="right")
    for stage, secs in s.stage_seconds.items():
        table.add_row(stage, f"{secs:.1f}", str(s.made.get(stage, 0)), str(s.reused.get(stage, 0)))
    console.print(table)
    if s.skipped:
        console.print(f"rendered the scenes asked for; {sum(s.skipped.values())} other stale artifact(s) wait, and "
                      f"the film: run `storyreel render {s.project}` for the whole film", soft_wrap=True)
        return
    console.print(f"{s.scenes} scenes, film length {s.film_seconds:.1f} s -> [bold]{s.film}[/bold]")
    for scene_id, planned, real in s.stretched:
        console.print(f"  scene {scene_id}: narration stretched it from {planned:g} s to {real:g} s")


def _print_cost(project: Path, since: float) -> None:
    """What the planner's model cost, stage by stage (director/cost.json), if it planned after `since`
    (a plan kept because it was up to date cost nothing)."""
    path = project / "director" / "cost.json"
    try:
        if path.stat().st_mtime < since:
            return
        found = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return
    if not found.get("stages"):
        return
    table = Table(title=f"planning cost ({found['model']})", show_header=True)
    for column in ("stage", "requests", "prompt tokens", "cached", "generated", "seconds"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    for stage, row in found["stages"].items():
        table.add_row(stage, str(row["requests"]), str(row["prompt"]), str(row["cached"]), str(row["generated"]),
                      f"{row['seconds']:.1f}", style="bold" if stage == "total" else None)
    console.print(table)
    if found.get("per_minute"):
        m = found["per_minute"]
        console.print(f"per minute of film ({found['film_s']:.0f} s): {m['requests']:.1f} requests, "
                      f"{m['generated']:.0f} generated tokens, {m['seconds']:.0f} s of model time")


def _print_plan(plan: RenderPlan, as_json: bool) -> None:
    if as_json:
        print(json.dumps(plan.to_dict(), indent=2))
        return
    stale = plan.stale
    if not stale:
        console.print(f"{plan.project}: everything is up to date ({len(plan.artifacts)} artifacts); nothing to render",
                      soft_wrap=True)
        return
    table = Table(title=f"storyreel render --dry-run: {plan.project}", show_header=True)
    table.add_column("stale artifact")
    table.add_column("why")
    for item in stale:
        why = item.reason + (f" ({', '.join(item.because)})" if item.because else "")
        table.add_row(escape(item.path), escape(why))
    console.print(table)
    scenes = plan.stale_scenes()
    console.print(f"{len(stale)} of {len(plan.artifacts)} artifacts would be made"
                  + (f"; scenes {', '.join(scenes)}" if scenes else "")
                  + ("; the film is stale" if plan.film_stale else ""), soft_wrap=True)
    for note in plan.notes:
        console.print(f"note: {escape(note)}", soft_wrap=True)


def _export(args: argparse.Namespace, config) -> int:
    if not args.otio:
        raise InputError("say what to export: --otio (an OpenTimelineIO timeline of the edit)")
    if not (args.project / "script.json").is_file():
        raise InputError(f"{args.project}/script.json does not exist: give a storyreel project folder")
    path = api.export_otio(args.project, args.out, config=config)
    console.print(f"-> {path}")
    return 0


def _serve(args: argparse.Namespace, config) -> int:
    from .studio.app import StudioSettings
    from .studio.server import serve

    sc = config.studio
    settings = StudioSettings(projects=Path(args.projects or sc.projects_dir).expanduser(), config=config,
                              host=args.host or sc.host, port=sc.port if args.port is None else args.port,
                              token=args.token or sc.token,
                              workers=sc.workers if args.workers is None else args.workers,
                              allowed_hosts=[*sc.allowed_hosts, *(args.allow_host or [])],
                              max_story_chars=sc.max_story_chars, max_upload_bytes=int(sc.max_upload_mb * 2**20),
                              max_batch=sc.max_batch, serve_nice=sc.serve_nice)
    _setup_logging(args.verbose, None)
    try:
        serve(settings, lambda line: console.print(line, soft_wrap=True, highlight=False))
    except KeyboardInterrupt:
        console.print("stopped")
    return 0


def _doctor(config, as_json: bool) -> int:
    from . import doctor

    report = doctor.report(config)
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        doctor.show(report, console)
    return 0


def _llm_server(args: argparse.Namespace, config) -> int:
    from .director.llm_server import serve

    _setup_logging(args.verbose, None)
    try:
        serve(config, args.host, args.port, lambda line: console.print(line, soft_wrap=True))
    except KeyboardInterrupt:
        console.print("stopped")
    return 0


def _eval(args: argparse.Namespace, config) -> int:
    from .evaluate import evaluate_films
    from .evaluate.report import METRICS

    for folder in args.project:
        if not (folder / "script.json").is_file():
            raise InputError(f"{folder}/script.json does not exist: give a storyreel project folder")
    _setup_logging(args.verbose, args.project[0])
    with live(not args.quiet and not args.json) as progress:
        reports, pages = evaluate_films(args.project, config, progress, args.out)
    if args.json:
        print(json.dumps(reports[0] if len(reports) == 1 else reports, indent=2))
        return 0
    table = Table(title=f"storyreel eval: {reports[0]['title']}")
    table.add_column("metric")
    for folder in args.project:
        table.add_column(folder.name or str(folder), justify="right")
    for key, label, _meaning, _higher in METRICS:
        values = [r["summary"].get(key) for r in reports]
        table.add_row(label, *("—" if v is None else f"{v:.3f}" for v in values))
    console.print(table)
    for page in pages:
        console.print(f"-> {page}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storyreel", description="Turn a story into a narrated film, offline.",
                                     epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"storyreel {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, help="TOML settings file (default: ./storyreel.toml if present)")
    common.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    common.add_argument("-v", "--verbose", action="store_true", help="log every step to the console")

    planning = argparse.ArgumentParser(add_help=False)
    planning.add_argument("story", nargs="?", help="story file, or '-' to read standard input")
    planning.add_argument("--idea", help="a one-line idea; a short story is written from it first")
    planning.add_argument("-o", "--out", type=Path, required=True, help="project folder, e.g. out/NAME")
    planning.add_argument("--width", type=int)
    planning.add_argument("--height", type=int)
    planning.add_argument("--fps", type=int)
    planning.add_argument("--seed", type=int)
    planning.add_argument("--model", help="LLM: qwen2.5-coder-1.5b (default), qwen2.5-0.5b, or a .gguf path")
    planning.add_argument("--llm-url", metavar="URL",
                          help="plan with an OpenAI-compatible server instead, e.g. http://127.0.0.1:11434/v1; "
                               "--model then names the server's model (API key: STORYREEL_LLM__API_KEY)")
    planning.add_argument("--parallel", type=int, help="LLM requests sent at once (default 1; more for a server "
                                                       "with several slots or a GPU)")
    planning.add_argument("--duration", type=parse_duration, help="film length to plan for, e.g. 90s or 2m")

    rendering = argparse.ArgumentParser(add_help=False)
    rendering.add_argument("--voice", help="voice backend: auto (default), espeak, piper")
    rendering.add_argument("--transition", choices=["cut", "crossfade"])
    rendering.add_argument("--burn-subtitles", action="store_true", help="also draw subtitles into the picture")
    rendering.add_argument("--music", help="audio file mixed under the narration (ducked while speaking) instead of "
                                           "the original score")
    rendering.add_argument("--no-music", action="store_true", help="no score under the narration")
    rendering.add_argument("--no-ambience", action="store_true",
                           help="no sound of the places (rain, waves, birds...) under the narration")
    rendering.add_argument("--backend", choices=list(BACKENDS),
                           help="pictures: embedded (emoji animatic, CPU; default) or diffusion (open models, GPU)")
    rendering.add_argument("--models", type=Path, metavar="DIR",
                           help="folder with one sub-folder per model (sdxl, ip-adapter-sdxl, ltx-video, ...)")
    rendering.add_argument("--image-model", help="text-to-image model for cast and keyframes: sdxl (default), "
                                                 "sdxl-turbo, flux-schnell (cast only), flux-kontext")
    rendering.add_argument("--video-model", help="image-to-video model for shots: ltx-video (default), "
                                                 "wan2.1-i2v-480p, wan2.1-i2v-720p, wan2.1-flf2v-720p")
    rendering.add_argument("--executor", choices=["local", "ray"],
                           help="where the render's jobs run: this process (local, default) or a Ray cluster "
                                "(ray; the ray extra, docs/scaling.md)")
    rendering.add_argument("--ray-address", metavar="auto|HOST:PORT",
                           help="with --executor ray: join the cluster started on this machine (auto) or the one "
                                "whose head is HOST:PORT (default: start a Ray instance on this machine)")

    p_plan = sub.add_parser("plan", parents=[common, planning], help="story -> script.json",
                            epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p_plan.add_argument("--until", choices=list(STAGES), help="stop after this planning stage (saved in DIR/director/)")
    p_plan.add_argument("--resume", action="store_true", help="continue from the latest (edited) stage file in DIR")
    p_replan = sub.add_parser("replan", parents=[common], help="rewrite one scene on request",
                              epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p_replan.add_argument("project", type=Path, help="project folder holding script.json")
    p_replan.add_argument("--scene", required=True, help="id of the scene to rewrite, e.g. s03")
    p_replan.add_argument("request", help='what to change, e.g. "make it night"')
    p_replan.add_argument("--model", help="LLM model name or .gguf path")
    p_replan.add_argument("--llm-url", help="base URL of an OpenAI-compatible server (e.g. http://127.0.0.1:8080/v1)")
    p_render = sub.add_parser("render", parents=[common, rendering], help="script.json -> film.mp4",
                              epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p_render.add_argument("project", type=Path, help="project folder holding script.json")
    p_render.add_argument("--dry-run", action="store_true", help="render nothing: list what would be made and why "
                          "(the invalidation plan of your edits)")
    p_render.add_argument("--json", action="store_true", help="with --dry-run: print the plan as JSON")
    p_render.add_argument("--scene", action="append", metavar="ID", help="render only this scene's voice, keyframe "
                          "and shot (repeatable); the film waits for a full render")
    sub.add_parser("make", parents=[common, planning, rendering], help="plan + render",
                   epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p_eval = sub.add_parser("eval", parents=[common], help="measure a film: DIR/eval.json and DIR/eval.html",
                            epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p_eval.add_argument("project", type=Path, nargs="+", metavar="DIR",
                        help="project folder; give two films of the same script to compare them side by side")
    p_eval.add_argument("--json", action="store_true", help="print the measurements as JSON")
    p_eval.add_argument("--clip", metavar="PATH", help="CLIP model folder: adds text alignment (CLIP-T)")
    p_eval.add_argument("--samples", type=int, help="frames sampled per shot (default 8)")
    p_eval.add_argument("--out", type=Path, help="where to write the side-by-side page (two films)")
    p_server = sub.add_parser("llm-server", parents=[common], help="serve the embedded model over HTTP "
                              "(OpenAI-compatible)", epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p_server.add_argument("--model", help="qwen2.5-coder-1.5b (default), qwen2.5-0.5b, or a .gguf path")
    p_server.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; any other "
                          "address needs an API key)")
    p_server.add_argument("--port", type=int, default=8080, help="port to listen on (default 8080)")
    p_server.add_argument("--api-key", help="key clients must send (default: STORYREEL_LLM__API_KEY or OPENAI_API_KEY)")
    p_server.add_argument("--parallel", type=int, help="requests decoded at once (slots)")
    p_export = sub.add_parser("export", parents=[common], help="the edit for a video editor (OpenTimelineIO)",
                              epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p_export.add_argument("project", type=Path, metavar="DIR", help="a rendered project folder")
    p_export.add_argument("--otio", action="store_true", help="write an OpenTimelineIO timeline (default DIR/film.otio)")
    p_export.add_argument("-o", "--out", type=Path, help="where to write it")
    p_serve = sub.add_parser("serve", parents=[common], help="the studio: a web page and HTTP API over your projects",
                             epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p_serve.add_argument("--projects", type=Path, metavar="DIR", help="folder of projects (default ./out, or "
                         "studio.projects_dir)")
    p_serve.add_argument("--host", help="address to listen on (default 127.0.0.1; any other address needs a token)")
    p_serve.add_argument("--port", type=int, help="port to listen on (default 8000)")
    p_serve.add_argument("--token", help="token clients must send (default: STORYREEL_TOKEN)")
    p_serve.add_argument("--workers", type=int, help="jobs run at once (default 1; others wait in the queue)")
    p_serve.add_argument("--allow-host", action="append", metavar="NAME",
                         help="another name the Host header may carry (repeatable), e.g. the machine's LAN name")
    p_doctor = sub.add_parser("doctor", parents=[common], help="what this machine can run")
    p_doctor.add_argument("--models", type=Path, metavar="DIR", help="also look for models in this folder")
    p_doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def _setup_logging(verbose: bool, project: Path | None) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console_handler = RichHandler(console=console, show_path=False, level=logging.INFO if verbose else logging.WARNING)
    root.addHandler(console_handler)
    if project is not None:
        project.mkdir(parents=True, exist_ok=True)
        file_handler = logging.FileHandler(project / "storyreel.log", encoding="utf-8")
        file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(file_handler)


def run(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config, _overrides(args))
        if args.command == "doctor":
            return _doctor(config, args.json)
        if args.command == "llm-server":
            return _llm_server(args, config)
        if args.command == "eval":
            return _eval(args, config)
        if args.command == "export":
            return _export(args, config)
        if args.command == "serve":
            return _serve(args, config)
        if args.command == "render" and args.dry_run:
            if not (args.project / "script.json").is_file():
                raise InputError(f"{args.project}/script.json does not exist: run `storyreel plan` first")
            _print_plan(api.render_plan(args.project, config=config), args.json)
            return 0
        story = None
        resume = getattr(args, "resume", False)
        if args.command in ("plan", "make") and not resume:
            if (args.story is None) == (args.idea is None):
                parser.error("give a STORY file (or '-') or --idea \"...\", not both")
            story = _read_story(args.story)
            if args.idea is not None:
                check_story(args.idea, what="idea")
        project = args.out if args.command in ("plan", "make") else args.project
        if args.command in ("render", "replan") and not (project / "script.json").is_file():
            raise InputError(f"{project}/script.json does not exist: run `storyreel plan` first or write it by hand")
        _setup_logging(args.verbose, project)
        started = time.time()
        with live(not args.quiet) as progress:
            if args.command == "plan":
                script = api.plan(project, story=story, idea=args.idea, config=config, progress=progress,
                                  until=args.until, resume=resume)
                if script is None:
                    console.print(f"stopped after the {args.until} stage: edit {project / 'director' / args.until}.json, "
                                  f"then run `storyreel plan --resume -o {project}`", soft_wrap=True)
                else:
                    _print_cost(project, started)
                    console.print(f"planned {len(script.scenes)} scenes, {len(script.entities)} entities "
                                  f"-> {project / 'script.json'}")
                return 0
            if args.command == "replan":
                script = api.replan(project, args.scene, args.request, config=config)
                console.print(f"scene {args.scene} rewritten in {project / 'script.json'}; "
                              f"`storyreel render {project}` re-renders only what changed", soft_wrap=True)
                return 0
            if args.command == "render":
                summary = api.render(project, config=config, progress=progress, scenes=args.scene)
            else:
                summary = api.make(project, story=story, idea=args.idea, config=config, progress=progress)
                _print_cost(project, started)
        _print_summary(summary)
        return 0
    except StoryreelError as exc:
        console.print(f"[bold red]error:[/bold red] {escape(str(exc))}", highlight=False, soft_wrap=True)
        return exc.exit_code
    except KeyboardInterrupt:
        console.print("interrupted; run the same command again to continue from what is on disk")
        return 130


def main() -> None:
    sys.exit(run())
