"""Hostile input to every studio request (hypothesis): request bodies, path and query parameters,
whole bodies of random JSON and valid-shaped bodies with one field replaced by something hostile
(a wrong type, huge, negative, NUL bytes, a lone surrogate, right-to-left text, "../../etc", an
absolute path). The real app (FastAPI's TestClient, the real store and projects folder, no job
worker) must answer every one without a 5xx: a success, or a 4xx whose JSON error names the field
it is about; and no file may appear, change or vanish outside the projects folder, nor anywhere
in it but in a project's own folder and the studio's database.

test_studio_schema.py fuzzes the same API from its OpenAPI description (schemathesis); this file
aims at the values a hostile client would pick, field by field."""

from __future__ import annotations

import copy
import io
import json
import os
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import THREE_SCENES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_studio_support import studio_config

from storyreel.studio.app import StudioSettings, create_app
from storyreel.studio.projects import NAME_RE

FUZZ = settings(max_examples=40, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck))

# What a hostile client sends instead of a field's value.
NASTY = ["../../etc", "../../../../../../etc/passwd", "/etc/passwd", "/tmp/storyreel-fuzz", "C:\\Windows\\win.ini",
         "cast/../../kite/script.json", "~/.ssh/id_rsa", "%2e%2e%2f%2e%2e%2fetc", "a\x00b", "\x00", "\ud800",
         "\udfff tail", "\u202eevil\u202c", "שלום עולם", "مرحبا بالعالم", "漢字かなカナ한글", "😀" * 50, "", " ",
         "\t\n\r", "x" * 70_000, "null", "<script>alert(1)</script>", -1, 0, -(2 ** 63), 2 ** 64, 10 ** 40, -1.5,
         1e308, -0.0, float("nan"), float("inf"), True, False, None, [], {}, [None], {"": None}, [[[[[]]]]],
         {"../../etc": "x"}]
NASTY_VALUES = st.sampled_from(NASTY)
IN_URL = st.sampled_from([v for v in NASTY if len(str(v)) < 1000])  # a URL is at most some kB
TEXT = st.text(st.characters(codec=None), max_size=60)  # any code point, surrogates and NUL included
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                    max_leaves=12)
VALUE = st.one_of(NASTY_VALUES, NASTY_VALUES, JSON)
SEGMENT = st.one_of(st.sampled_from(["kite", "s1", "milo", "../kite", "..", ".", "kite%00", "KITE", "s1.png",
                                     "0123456789abcdef", "-", "a" * 300, "\u202es1", "كايت"]), TEXT)

TALE = "Milo ran up the hill. Rex followed."
SCENE = THREE_SCENES["scenes"][0]
ENTITY = THREE_SCENES["entities"][0]
PNG = b"\x89PNG\r\n\x1a\n"
IMAGE_BYTES = st.one_of(st.binary(max_size=300), st.binary(max_size=200).map(lambda b: PNG + b),
                        st.binary(max_size=200).map(lambda b: b"GIF89a" + b),
                        st.binary(max_size=200).map(lambda b: b"\xff\xd8\xff\xe0" + b),
                        st.binary(max_size=200).map(lambda b: b"RIFF\x10\x00\x00\x00WEBPVP8 " + b))


class Studio:
    """The app under test, its folders, and what is outside the projects folder before any request."""

    def __init__(self, base: Path):
        from fastapi.testclient import TestClient

        self.base = base
        self.projects = base / "a" / "b" / "projects"  # deep, so "../../x" from a project stays in `base`
        self.projects.mkdir(parents=True)
        for canary in ("a/b/etc/passwd", "a/etc/passwd", "etc/passwd", "cwd/keep.txt", "a/b/kite/script.json"):
            (base / canary).parent.mkdir(parents=True, exist_ok=True)
            (base / canary).write_text("canary\n")
        app = create_app(StudioSettings(projects=self.projects, config=studio_config(), workers=0,
                                        max_story_chars=5_000, max_upload_bytes=100_000))
        self.client = TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False)
        self.outside = self.snapshot()

    def snapshot(self) -> dict[str, tuple[int, int]]:
        """Every file and folder under `base` but the projects folder: (size, mtime)."""
        found = {}
        for folder, dirs, names in os.walk(self.base):
            if Path(folder) == self.projects.parent:
                dirs[:] = [d for d in dirs if d != self.projects.name]
            for entry in [*dirs, *names]:
                path = Path(folder, entry)
                stat = path.lstat()
                found[str(path.relative_to(self.base))] = (stat.st_size if entry in names else 0, stat.st_mtime_ns)
        return found

    def check_nothing_escaped(self) -> None:
        assert self.snapshot() == self.outside, "a file outside the projects folder appeared, changed or vanished"
        for child in self.projects.iterdir():
            ok = (child.is_dir() and not child.is_symlink() and NAME_RE.match(child.name)) or \
                child.name.startswith(".studio.")  # the job database and the studio's lock
            assert ok, f"{child.name!r} was written in the projects folder itself"
        for path in self.projects.rglob("*"):
            assert not path.is_symlink(), f"{path} is a symlink"
            assert path.resolve().is_relative_to(self.projects.resolve())

    def reset(self) -> str:
        """Project kite back to the three-scene script; its ETag."""
        res = self.client.put("/api/projects/kite/script", **sent(THREE_SCENES, {"If-Match": "*"}))
        assert res.status_code == 200, res.text
        return res.headers["etag"]


@pytest.fixture(scope="module")
def studio(tmp_path_factory):
    base = tmp_path_factory.mktemp("fuzz-studio")
    here = os.getcwd()
    made = Studio(base)
    os.chdir(base / "cwd")  # a relative path the app wrongly used would land here, and be seen
    try:
        with made.client:
            res = made.client.post("/api/projects", **sent({"name": "kite", "script": THREE_SCENES}))
            assert res.status_code == 201, res.text
            res = made.client.post("/api/projects", **sent({"name": "tale", "story": TALE}))
            assert res.status_code == 201, res.text
            made.job = res.json()["job"]["id"]
            made.outside = made.snapshot()
            yield made
    finally:
        os.chdir(here)


def stems(field: str) -> set[str]:
    """The ways a message may name a field: "entities" as entities or entity, "speakers" as speaker."""
    field = str(field).lower()
    out = {field}
    if field.endswith("ies"):
        out.add(field[:-3] + "y")
    elif field.endswith("s"):
        out.add(field[:-1])
    return out


def answer(studio: Studio, res, field: str | None = None) -> None:
    """The contract of every answer: no 5xx; a 4xx carries a JSON error naming `field` (when given)."""
    assert res.status_code < 500, f"{res.request.method} {res.request.url}: {res.status_code} {res.text[:2000]}"
    if res.status_code >= 400 and res.headers.get("content-type", "").startswith("text/html"):
        assert "Traceback" not in res.text  # a page (/p/...), not the API
    elif res.status_code >= 400:
        error = res.json()["error"]
        assert error["code"] and error["message"], res.text
        assert "Traceback" not in res.text
        said = " ".join([error["code"], error["message"], *(error.get("problems") or [])]).lower()
        if field is not None and res.status_code in (413, 422):
            assert any(s in said for s in stems(field)), f"the error does not name {field!r}: {said[:500]}"
    studio.check_nothing_escaped()


def replaced(data: dict, key: str, value) -> dict:
    out = copy.deepcopy(data)
    out[key] = value
    return out


def sent(value, headers: dict | None = None) -> dict:
    """A JSON body as a hostile client can send it (httpx refuses): NaN, Infinity and lone surrogates
    (as \\ud800 escapes) included."""
    return {"content": json.dumps(value, allow_nan=True).encode("ascii"),
            "headers": {"Content-Type": "application/json", **(headers or {})}}


def p(segment: str) -> str:
    """A path segment as a client would send it: percent-encoded, slashes included, and dots too
    (else the client itself resolves "kite/scenes/.." to "kite", and a DELETE goes to the project)."""
    return quote(str(segment).encode("utf-8", "surrogatepass"), safe="").replace(".", "%2E")


# -- projects -------------------------------------------------------------------------------------
CREATE = {"story": {"story": "Milo ran up the hill."}, "idea": {"idea": "A dog finds a kite."},
          "script": {"script": THREE_SCENES}}


@FUZZ
@given(kind=st.sampled_from(sorted(CREATE)), field=st.sampled_from(["name", "story", "idea", "script", "render"]),
       value=VALUE)
def test_create_a_project_from_anything(studio, kind, field, value):
    body = replaced(CREATE[kind], field, value)
    res = studio.client.post("/api/projects", **sent(body))
    answer(studio, res, field)  # two sources, or none: "give exactly one of story, idea or script" names it too
    if res.status_code == 201:
        name = res.json()["project"]["name"]
        assert NAME_RE.match(name) and (studio.projects / name).is_dir()
        if field == "name" and isinstance(value, str) and value:
            assert name == value


@FUZZ
@given(body=JSON)
def test_any_json_as_a_create_or_batch_body(studio, body):
    answer(studio, studio.client.post("/api/projects", **sent(body)))
    answer(studio, studio.client.post("/api/projects/batch", **sent(body)))


@FUZZ
@given(ideas=st.one_of(VALUE, st.lists(VALUE, max_size=4), st.just("a dog\n" * 30)), render=VALUE)
def test_a_batch_of_anything(studio, ideas, render):
    res = studio.client.post("/api/projects/batch", **sent({"ideas": ideas, "render": render}))
    answer(studio, res)
    if res.status_code >= 400 and res.status_code != 404:
        said = res.json()["error"]["message"].lower()
        assert "idea" in said or "render" in said, said


# -- the script -----------------------------------------------------------------------------------
SCRIPT_FIELDS = ["title", "language", "fps", "width", "height", "seed", "entities", "scenes", "style", "logline"]
SCENE_FIELDS = ["id", "narration", "description", "duration_s", "entities", "background", "time", "weather",
                "mood", "camera", "speakers", "poses", "expressions", "actions", "protagonist", "source", "shot"]
ENTITY_FIELDS = ["id", "name", "kind", "description", "reference", "species", "colour", "looks"]


@FUZZ
@given(where=st.sampled_from(["script", "scene", "entity"]), field=st.data(), value=VALUE)
def test_put_a_script_with_one_field_replaced(studio, where, field, value):
    studio.reset()
    data = copy.deepcopy(THREE_SCENES)
    if where == "script":
        key = field.draw(st.sampled_from(SCRIPT_FIELDS))
        data[key] = value
    elif where == "scene":
        key = field.draw(st.sampled_from(SCENE_FIELDS))
        data["scenes"][1][key] = value
    else:
        key = field.draw(st.sampled_from(ENTITY_FIELDS))
        data["entities"][0][key] = value
    res = studio.client.put("/api/projects/kite/script", **sent(data, {"If-Match": "*"}))
    answer(studio, res, key)


@FUZZ
@given(body=JSON, if_match=st.one_of(st.none(), st.sampled_from(["*", '"nope"', "W/*", ",,,", "\u00e9"]),
                                     st.text(st.characters(min_codepoint=32, exclude_categories=("Cs",)), max_size=40)))
def test_put_any_json_as_the_script(studio, body, if_match):
    headers = {} if if_match is None else {"If-Match": if_match.encode("utf-8")}  # bytes: any header a client sends
    answer(studio, studio.client.put("/api/projects/kite/script", **sent(body, headers)))


@FUZZ
@given(what=st.sampled_from(["scenes", "entities"]), target=SEGMENT, field=st.data(), value=VALUE,
       whole=st.one_of(st.none(), JSON))
def test_patch_a_scene_or_an_entity(studio, what, target, field, value, whole):
    etag = studio.reset()
    key = field.draw(st.sampled_from(SCENE_FIELDS if what == "scenes" else ENTITY_FIELDS))
    body = {key: value} if whole is None else whole
    ident = field.draw(st.sampled_from(["s1", "s2", target] if what == "scenes" else ["milo", "hill", target]))
    res = studio.client.patch(f"/api/projects/kite/{what}/{p(ident)}", **sent(body, {"If-Match": etag}))
    answer(studio, res, key if whole is None and ident in ("s1", "s2", "milo", "hill") else None)


@FUZZ
@given(field=st.sampled_from(["scene", "position"]), value=VALUE, scene_field=st.sampled_from(SCENE_FIELDS),
       scene_value=VALUE)
def test_insert_a_scene(studio, field, value, scene_field, scene_value):
    etag = studio.reset()
    scene = {k: v for k, v in SCENE.items() if k != "id"}
    body = {"scene": replaced(scene, scene_field, scene_value), "position": 1} if field == "scene" else \
        {"scene": scene, field: value}
    res = studio.client.post("/api/projects/kite/scenes", **sent(body, {"If-Match": etag}))
    answer(studio, res, field if field == "position" else None)
    if res.status_code == 201:
        assert len(res.json()["script"]["scenes"]) == 4


@FUZZ
@given(order=st.one_of(VALUE, st.lists(st.one_of(st.sampled_from(["s1", "s2", "s3"]), VALUE), max_size=5)),
       target=SEGMENT)
def test_reorder_and_delete_scenes(studio, order, target):
    etag = studio.reset()
    res = studio.client.post("/api/projects/kite/scenes/order", **sent({"order": order}, {"If-Match": etag}))
    answer(studio, res, "order")
    etag = studio.reset()
    answer(studio, studio.client.delete(f"/api/projects/kite/scenes/{p(target)}", headers={"If-Match": etag}))


# -- cast pictures --------------------------------------------------------------------------------
def png(width: int = 8, height: int = 8) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


@FUZZ
@given(raw=st.one_of(IMAGE_BYTES, st.just(png())), entity=st.one_of(st.just("milo"), SEGMENT),
       ctype=st.sampled_from(["image/png", "image/jpeg", "image/gif", "image/webp", "image/x-evil", "text/plain",
                              "", "image/png; charset=\x7f"]))
def test_upload_anything_as_a_cast_picture(studio, raw, entity, ctype):
    etag = studio.reset()
    res = studio.client.put(f"/api/projects/kite/cast/{p(entity)}/reference", content=raw,
                            headers={"Content-Type": ctype, "If-Match": etag})
    answer(studio, res)
    if res.status_code == 200:
        reference = next(e for e in res.json()["script"]["entities"] if e["id"] == entity)["reference"]
        assert re.fullmatch(rf"cast/uploads/{entity}-[0-9a-f]{{12}}\.(png|jpg|gif|webp)", reference)
    answer(studio, studio.client.delete(f"/api/projects/kite/cast/{p(entity)}/reference", headers={"If-Match": "*"}))


# -- jobs -----------------------------------------------------------------------------------------
@FUZZ
@given(field=st.sampled_from(["kind", "scenes", "force", "extra"]), value=VALUE, name=st.one_of(st.just("kite"),
                                                                                                  SEGMENT))
def test_start_a_job_with_anything(studio, field, value, name):
    body = replaced({"kind": "render", "scenes": ["s1"], "force": False}, field, value)
    res = studio.client.post(f"/api/projects/{p(name)}/jobs", **sent(body))
    answer(studio, res, field if name == "kite" else None)
    if res.status_code == 202:
        studio.client.post(f"/api/jobs/{res.json()['id']}/cancel")  # keep the queue short


@FUZZ
@given(job=st.one_of(st.just(None), SEGMENT), scene=VALUE, state=st.one_of(TEXT, IN_URL),
       limit=st.one_of(st.integers(), IN_URL),
       after=st.one_of(st.integers(max_value=-1), st.sampled_from(["x", "1.5", "NaN", "\x00", "-0.5", "true", "0x10"])))
def test_job_routes_with_anything(studio, job, scene, state, limit, after):
    job = studio.job if job is None else job
    for method in ("GET", "POST"):
        for tail in ("", "/cancel", "/resume") if method == "POST" else ("",):
            if method == "POST" and not tail:
                continue
            answer(studio, studio.client.request(method, f"/api/jobs/{p(job)}{tail}"))
    answer(studio, studio.client.post(f"/api/jobs/{p(job)}/retry", **sent({"scene": scene})), "scene")
    # raw bytes in the query, as percent escapes: lone surrogates become bytes that are not UTF-8
    query = "&".join(f"{k}={quote(str(v).encode('utf-8', 'surrogatepass'), safe='')}"
                     for k, v in (("state", state), ("limit", limit)))
    answer(studio, studio.client.get(f"/api/jobs?{query}"))
    # a valid `after` would open an endless stream: only values the route must refuse
    answer(studio, studio.client.get(f"/api/jobs/{p(job)}/events", params={"after": str(after)}))
    answer(studio, studio.client.get("/api/projects/kite/events", params={"after": str(after)}))


# -- reads ----------------------------------------------------------------------------------------
READS = ["/api/projects/{name}", "/api/projects/{name}/script", "/api/projects/{name}/plan",
         "/api/projects/{name}/jobs", "/api/projects/{name}/film.mp4", "/api/projects/{name}/keyframes/{id}.png",
         "/api/projects/{name}/cast/{id}.png", "/api/projects/{name}/subtitles.srt",
         "/api/projects/{name}/subtitles.vtt", "/api/projects/{name}/script.json", "/api/projects/{name}/story.txt",
         "/api/projects/{name}/eval.json", "/api/projects/{name}/eval.html", "/api/projects/{name}/film.otio",
         "/p/{name}"]


@FUZZ
@given(name=st.one_of(st.sampled_from(["kite", "tale"]), SEGMENT), ident=SEGMENT, route=st.sampled_from(READS),
       download=st.one_of(TEXT, IN_URL))
def test_every_read_with_any_path(studio, name, ident, route, download):
    url = route.replace("{name}", p(name)).replace("{id}", p(ident))
    res = studio.client.get(url, params={"download": str(download)}, headers={"Range": "bytes=-5"})
    answer(studio, res)
    if res.status_code == 200 and name not in ("kite", "tale", ""):  # "" is /api/projects/, the list
        pytest.fail(f"{url} answered 200 for a project that does not exist")


@FUZZ
@given(name=SEGMENT)
def test_delete_a_project_by_any_name(studio, name):
    res = studio.client.delete(f"/api/projects/{p(name)}")
    answer(studio, res)
    if name in ("kite", "tale"):
        assert res.status_code in (204, 409)
        if res.status_code == 204:  # the fixture's projects are made again for the other tests
            made = {"kite": {"script": THREE_SCENES}, "tale": {"story": TALE}}[name]
            res = studio.client.post("/api/projects", **sent({"name": name, **made}))
            assert res.status_code == 201, res.text
            studio.job = res.json()["job"]["id"] if name == "tale" else studio.job
            studio.outside = studio.snapshot()


def test_the_fuzzed_studio_still_serves_its_projects(studio):
    """After all of the above, the projects the fixture made are intact and valid."""
    studio.reset()
    res = studio.client.get("/api/projects/kite")
    assert res.status_code == 200 and res.json()["script"]["title"] == THREE_SCENES["title"]
    assert json.loads((studio.projects / "kite" / "script.json").read_text(encoding="utf-8"))["scenes"]


# -- every text field, the sharpest values --------------------------------------------------------
# What broke the studio before (HTTP 500): a lone surrogate (JSON "\ud800", half an emoji) in a
# story, an idea or any text of the script, which no file can hold; and a NUL in a story, taken.
SHARP = ["\ud800", "Milo\x00ran.", "../../etc", float("nan")]


@pytest.mark.parametrize("value", SHARP, ids=["surrogate", "nul", "traversal", "nan"])
def test_the_sharpest_values_in_every_field(studio, value):
    for field in ("name", "story", "idea"):
        source = {"name": {"story": "Milo ran."}, "story": {}, "idea": {}}[field]
        res = studio.client.post("/api/projects", **sent({**source, field: value}))
        answer(studio, res, field)
        if field == "story" and isinstance(value, str) and res.status_code == 201:
            story = (studio.projects / res.json()["project"]["name"] / "story.txt").read_text(encoding="utf-8")
            assert "\x00" not in story and "\ud800" not in story
    studio.reset()
    for where, fields in (("script", SCRIPT_FIELDS), ("scene", SCENE_FIELDS), ("entity", ENTITY_FIELDS)):
        for field in fields:
            data = copy.deepcopy(THREE_SCENES)
            {"script": data, "scene": data["scenes"][1], "entity": data["entities"][0]}[where][field] = value
            res = studio.client.put("/api/projects/kite/script", **sent(data, {"If-Match": "*"}))
            answer(studio, res, field)
            if res.status_code == 200:
                studio.reset()
    for what, ident, fields in (("scenes", "s1", SCENE_FIELDS), ("entities", "milo", ENTITY_FIELDS)):
        for field in fields:
            res = studio.client.patch(f"/api/projects/kite/{what}/{ident}", **sent({field: value}, {"If-Match": "*"}))
            answer(studio, res, field)
            if res.status_code == 200:
                studio.reset()
