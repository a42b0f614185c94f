"""The studio's HTTP API against a real server on loopback (uvicorn in a thread, httpx), with real
renders (emoji animatic, espeak, ffmpeg at 320x180) and the real SQLite store.

Planning from a story uses the fake director registered in test_studio_support (see there why)."""

import copy
import io
import json
import time

import pytest
from conftest import THREE_SCENES
from test_studio_support import STORY, LiveServer, sse_events, wait_job

from storyreel.tools import ffprobe


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("studio"), max_upload_bytes=200_000) as server:
        yield server


@pytest.fixture(scope="module")
def http(live):
    with live.client() as client:
        yield client


def create(http, name: str, script: dict | None = None) -> dict:
    res = http.post("/api/projects", json={"name": name, "script": script or copy.deepcopy(THREE_SCENES)})
    assert res.status_code == 201, res.text
    return res.json()


def render(http, name: str, **body) -> dict:
    res = http.post(f"/api/projects/{name}/jobs", json={"kind": "render", **body})
    assert res.status_code == 202, res.text
    return wait_job(http, res.json()["id"])


@pytest.fixture(scope="module")
def kite(http):
    """A rendered project, shared by the read-only tests."""
    create(http, "kite")
    job = render(http, "kite")
    assert job["state"] == "done", job
    return "kite"


def test_projects_are_created_listed_and_deleted(live, http):
    made = create(http, "tmp-one")
    assert made["project"]["name"] == "tmp-one" and made["project"]["scenes"] == 3 and made["job"] is None
    assert "tmp-one" in [p["name"] for p in http.get("/api/projects").json()]
    again = http.post("/api/projects", json={"name": "tmp-one", "script": THREE_SCENES})
    assert again.status_code == 422 and "exists already" in again.json()["error"]["message"]
    titled = http.post("/api/projects", json={"script": THREE_SCENES}).json()["project"]["name"]
    assert titled.startswith("the-red-kite")  # named from the title when no name is given
    bad = copy.deepcopy(THREE_SCENES)
    bad["scenes"][0]["background"] = "ghost"
    res = http.post("/api/projects", json={"name": "tmp-bad", "script": bad})
    assert res.status_code == 422
    assert "scene s1: background 'ghost' is not in the entity registry" in res.json()["error"]["problems"]
    assert http.get("/api/projects/tmp-bad").status_code == 404
    assert http.get("/api/projects/tmp-one").status_code == 200
    assert "tmp-one" in live.studio._scripts  # its validated script kept for the next read
    assert http.delete("/api/projects/tmp-one").status_code == 204
    assert http.get("/api/projects/tmp-one").status_code == 404
    assert "tmp-one" not in live.studio._scripts  # and nothing of it kept after


def test_script_etag_and_edits_answer_with_the_invalidation_plan(http, kite):
    res = http.get(f"/api/projects/{kite}/script")
    etag = res.headers["etag"]
    assert res.status_code == 200 and res.json()["title"] == "The Red Kite"
    assert http.get(f"/api/projects/{kite}/script", headers={"If-None-Match": etag}).status_code == 304
    assert http.get(f"/api/projects/{kite}/plan").json()["stale"] == []

    res = http.patch(f"/api/projects/{kite}/scenes/s2", json={"narration": "The kite flew very high."})
    assert res.status_code == 428  # no If-Match
    res = http.patch(f"/api/projects/{kite}/scenes/s2", json={"narration": "The kite flew very high."},
                     headers={"If-Match": etag})
    assert res.status_code == 200, res.text
    change = res.json()
    assert change["etag"] == res.headers["etag"] != etag
    assert change["script"]["scenes"][1]["narration"] == "The kite flew very high."
    plan = change["plan"]
    assert plan["scenes"] == {"s2": ["voice", "shots", "sound"]} and plan["film"] is True and plan["entities"] == []
    assert {a["path"] for a in plan["stale"]} == {"voice/s2.wav", "shots/s2.mp4", "music/s2.wav", "ambience/s2.wav",
                                                 "subtitles.srt", "narration.wav", "bed.wav", "film.mp4"}

    stale = http.patch(f"/api/projects/{kite}/scenes/s2", json={"narration": "Lost."}, headers={"If-Match": etag})
    assert stale.status_code == 412
    body = stale.json()["error"]
    assert body["code"] == "stale_etag" and body["etag"] == change["etag"]
    assert body["current"]["scenes"][1]["narration"] == "The kite flew very high."  # the new text comes back

    res = http.patch(f"/api/projects/{kite}/scenes/s2", json={"duration_s": 99, "time": "noon"},
                     headers={"If-Match": change["etag"]})
    assert res.status_code == 422
    problems = res.json()["error"]["problems"]
    assert any(p.startswith("scene s2: time:") for p in problems), problems  # the field is named
    res = http.patch(f"/api/projects/{kite}/scenes/s2", json={"duration_s": 99}, headers={"If-Match": change["etag"]})
    assert res.json()["error"]["problems"] == ["scene s2: duration_s 99 is outside [0.5, 60] s"]
    res = http.patch(f"/api/projects/{kite}/scenes/s2", json={"colour": "red"}, headers={"If-Match": change["etag"]})
    assert res.json()["error"]["problems"] == ["scene s2: colour: unknown field (check the spelling)"]
    res = http.patch(f"/api/projects/{kite}/scenes/nope", json={"time": "night"}, headers={"If-Match": change["etag"]})
    assert res.status_code == 404

    res = http.patch(f"/api/projects/{kite}/entities/kite", json={"description": "A blue kite."},
                     headers={"If-Match": change["etag"]})
    assert res.status_code == 200
    assert res.json()["plan"]["entities"] == ["kite"] and set(res.json()["plan"]["scenes"]) == {"s2"}
    # put it back: the plan is empty again (the keys are the same as what was rendered)
    res = http.put(f"/api/projects/{kite}/script", json=THREE_SCENES, headers={"If-Match": res.headers["etag"]})
    assert res.status_code == 200 and res.json()["plan"]["stale"] == []


def test_who_says_a_line_is_read_again_when_the_narration_s_quotes_change_and_the_card_offers_it(http, kite):
    etag = http.get(f"/api/projects/{kite}/script").headers["etag"]
    res = http.patch(f"/api/projects/{kite}/scenes/s3", json={"narration": '"Soup!" Rex barked. They ate.'},
                     headers={"If-Match": etag})
    assert res.status_code == 200, res.text
    assert res.json()["script"]["scenes"][2]["speakers"] == ["rex"]  # read by code, not left empty
    res = http.patch(f"/api/projects/{kite}/scenes/s3", json={"speakers": ["milo"]},
                     headers={"If-Match": res.headers["etag"]})
    assert res.json()["script"]["scenes"][2]["speakers"] == ["milo"]  # a user's choice stands
    res = http.patch(f"/api/projects/{kite}/scenes/s3", json={"narration": '"Soup!" Rex barked. They ate hot soup.'},
                     headers={"If-Match": res.headers["etag"]})
    assert res.json()["script"]["scenes"][2]["speakers"] == ["milo"]  # the same line: still the user's choice
    page = http.get(f"/p/{kite}").text
    assert 'data-field="speakers.0"' in page and '<option value="milo" selected>' in page
    assert 'data-field="mood"' in page
    res = http.put(f"/api/projects/{kite}/script", json=THREE_SCENES, headers={"If-Match": res.headers["etag"]})
    assert res.status_code == 200


def test_insert_delete_and_reorder_scenes(http):
    create(http, "order")
    etag = http.get("/api/projects/order/script").headers["etag"]
    res = http.post("/api/projects/order/scenes", headers={"If-Match": etag},
                    json={"scene": {"description": "Rex naps.", "narration": "Rex took a nap.", "entities": ["rex"]},
                          "position": 1})
    assert res.status_code == 201, res.text
    scenes = res.json()["script"]["scenes"]
    new_id = scenes[1]["id"]
    assert [s["id"] for s in scenes] == ["s1", new_id, "s2", "s3"] and scenes[1]["background"] == "hill"
    assert set(res.json()["plan"]["scenes"][new_id]) == {"voice", "keyframes", "shots", "sound"}
    etag = res.headers["etag"]
    res = http.post("/api/projects/order/scenes/order", json={"order": ["s3", "s2"]}, headers={"If-Match": etag})
    assert res.status_code == 422 and "list every scene id once" in res.json()["error"]["message"]
    res = http.post("/api/projects/order/scenes/order", json={"order": ["s3", new_id, "s2", "s1"]},
                    headers={"If-Match": etag})
    assert [s["id"] for s in res.json()["script"]["scenes"]] == ["s3", new_id, "s2", "s1"]
    res = http.delete(f"/api/projects/order/scenes/{new_id}", headers={"If-Match": res.headers["etag"]})
    assert [s["id"] for s in res.json()["script"]["scenes"]] == ["s3", "s2", "s1"]


def png(size=(40, 60), colour=(10, 200, 30, 255)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGBA", size, colour).save(buf, format="PNG")
    return buf.getvalue()


def test_cast_upload_is_checked_by_content_and_size(http):
    create(http, "cast")
    url = "/api/projects/cast/cast/milo/reference"
    res = http.put(url, content=b"#!/bin/sh\necho not a picture\n", headers={"Content-Type": "image/png"})
    assert res.status_code == 415 and "not a picture" in res.json()["error"]["message"]
    res = http.put(url, content=png(), headers={"Content-Type": "text/plain"})
    assert res.status_code == 415
    res = http.put(url, content=b"\0" * 300_000, headers={"Content-Type": "image/png"})
    assert res.status_code == 413 and "limit is" in res.json()["error"]["message"]
    res = http.put(url, content=png(), headers={"Content-Type": "image/png"})
    assert res.status_code == 200, res.text
    ref = res.json()["script"]["entities"][0]["reference"]
    assert ref.startswith("cast/uploads/milo-") and ref.endswith(".png")
    assert res.json()["plan"]["entities"][0] == "milo"
    job = render(http, "cast", scenes=["s1"])
    assert job["state"] == "done", job
    sprite = http.get("/api/projects/cast/cast/milo.png")
    from PIL import Image

    image = Image.open(io.BytesIO(sprite.content)).convert("RGBA")
    assert image.getpixel((image.width // 2, image.height // 2)) == (10, 200, 30, 255)  # the upload plays Milo
    res = http.delete(url)
    assert res.json()["script"]["entities"][0]["reference"] == "cast/milo.png"


def test_render_job_events_progress_and_resume_with_last_event_id(http):
    create(http, "events")
    job = http.post("/api/projects/events/jobs", json={"kind": "render"}).json()
    events = sse_events(http, f"/api/jobs/{job['id']}/events")
    kinds = [e["event"] for e in events]
    assert kinds[0] == "state" and kinds[-1] == "end"
    states = [e["data"]["state"] for e in events if e["event"] == "state"]
    assert states == ["queued", "running", "done"]
    stages = [e["data"]["stage"] for e in events if e["event"] == "stage" and e["data"]["status"] == "done"]
    assert stages == ["cast", "voice", "keyframes", "shots", "sound", "edit"]
    progress = [e["data"] for e in events if e["event"] == "progress"]
    assert {p["scene"] for p in progress if p["stage"] == "shots"} == {"s1", "s2", "s3"}
    values = [p["progress"] for p in progress]
    assert values == sorted(values) and 0 < values[-1] < 1
    ids = [int(e["id"]) for e in events if e["event"] != "end"]
    assert ids == sorted(ids)
    middle = ids[len(ids) // 2]
    rest = sse_events(http, f"/api/jobs/{job['id']}/events", headers={"Last-Event-ID": str(middle)})
    assert [int(e["id"]) for e in rest if e["event"] != "end"] == [i for i in ids if i > middle]
    done = http.get(f"/api/jobs/{job['id']}").json()
    assert done["state"] == "done" and done["progress"] == 1 and done["result"]["made"]["shots"] == 3


def test_film_is_served_with_ranges_and_artifacts_download(http, kite, tmp_path):
    film = http.get(f"/api/projects/{kite}/film.mp4")
    assert film.status_code == 200 and film.headers["content-type"] == "video/mp4"
    assert film.headers["accept-ranges"] == "bytes"
    size = len(film.content)
    part = http.get(f"/api/projects/{kite}/film.mp4", headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.headers["content-range"] == f"bytes 100-199/{size}"
    assert part.content == film.content[100:200]
    (tmp_path / "film.mp4").write_bytes(film.content)
    assert float(ffprobe(tmp_path / "film.mp4")["format"]["duration"]) > 5
    assert "attachment" in http.get(f"/api/projects/{kite}/film.mp4?download=1").headers["content-disposition"]
    vtt = http.get(f"/api/projects/{kite}/subtitles.vtt").text
    assert vtt.startswith("WEBVTT") and "00:00:00." in vtt and "Milo ran up the hill." in vtt
    assert http.get(f"/api/projects/{kite}/keyframes/s2.png").content[:8] == b"\x89PNG\r\n\x1a\n"
    assert http.get(f"/api/projects/{kite}/cast/rex.png").headers["content-type"] == "image/png"
    assert http.get(f"/api/projects/{kite}/script.json").json()["title"] == "The Red Kite"
    timeline = http.get(f"/api/projects/{kite}/film.otio")
    assert timeline.status_code == 200
    assert [c["name"] for c in timeline.json()["tracks"]["children"][0]["children"]] == ["s1", "s2", "s3"]
    detail = http.get(f"/api/projects/{kite}").json()
    assert detail["state"] == "ready" and detail["film"] is True
    assert detail["timings"]["s1"]["start_s"] == 0 and detail["timings"]["s2"]["start_s"] > 0
    assert detail["artifacts"]["film"].startswith(f"/api/projects/{kite}/film.mp4?v=")


def test_a_failed_render_says_why_and_resumes(http):
    bad = copy.deepcopy(THREE_SCENES)
    bad["scenes"][1]["narration"] = "小明在山上放风筝。风很大，风筝飞得很高。"  # Chinese text in an "en" script
    create(http, "fails", bad)
    job = render(http, "fails")
    assert job["state"] == "failed"
    error = job["error"]
    assert error["code"] == "bad_input" and error["stage"] == "voice"
    assert "set \"language\": \"zh\"" in error["message"]
    assert http.get("/api/projects/fails/plan").json()["error"]  # the plan says so too
    etag = http.get("/api/projects/fails/script").headers["etag"]
    res = http.patch("/api/projects/fails/scenes/s2", json={"narration": "The kite flew high."},
                     headers={"If-Match": etag})
    assert res.status_code == 200
    assert http.post(f"/api/jobs/{job['id']}/resume").json()["state"] == "queued"
    again = wait_job(http, job["id"])
    assert again["state"] == "done" and again["attempts"] == 2 and again["error"] is None
    assert http.post(f"/api/jobs/{job['id']}/resume").status_code == 409  # a done job does not resume


def test_retry_one_scene_and_cancel(live, http, kite):
    job = http.get(f"/api/projects/{kite}/jobs").json()[-1]
    res = http.post(f"/api/jobs/{job['id']}/retry", json={"scene": "s3"})
    assert res.status_code == 202
    retry = wait_job(http, res.json()["id"])
    assert retry["state"] == "done" and retry["params"] == {"scenes": ["s3"], "force": True, "retry_of": job["id"]}
    assert retry["result"]["made"] == {"voice": 1, "keyframes": 1, "shots": 1}  # its own, not the shared cast
    assert http.post(f"/api/jobs/{job['id']}/retry", json={"scene": "s9"}).status_code == 404

    # a running job stops at its next step, and a resumed one finishes from what is on disk
    script = copy.deepcopy(THREE_SCENES)
    script.update(width=640, height=360, fps=24)
    for scene in script["scenes"]:
        scene["duration_s"] = 8.0
    create(http, "long", script)
    job = http.post("/api/projects/long/jobs", json={"kind": "render"}).json()
    wait_job(http, job["id"], states=("running",))
    deadline = time.monotonic() + 60
    while http.get(f"/api/jobs/{job['id']}").json()["stage"] != "shots":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    queued = http.post("/api/projects/long/jobs", json={"kind": "evaluate"}).json()
    assert http.post(f"/api/jobs/{queued['id']}/cancel").json()["state"] == "cancelled"
    http.post(f"/api/jobs/{job['id']}/cancel")
    stopped = wait_job(http, job["id"])
    assert stopped["state"] == "cancelled" and stopped["error"]["stage"] == "shots"
    assert not list((live.settings.projects / "long" / "shots").glob(".*part*"))  # nothing half-made is kept
    assert http.post(f"/api/jobs/{job['id']}/resume").status_code == 200
    assert wait_job(http, job["id"])["state"] == "done"


def test_create_from_a_story_plans_it(http):
    res = http.post("/api/projects", json={"story": STORY})
    assert res.status_code == 201, res.text
    made = res.json()
    name = made["project"]["name"]
    assert name.startswith("milo-lived-by-the") and made["job"]["kind"] == "plan"
    job = wait_job(http, made["job"]["id"])
    assert job["state"] == "done", job
    script = http.get(f"/api/projects/{name}/script").json()
    assert [s["narration"] for s in script["scenes"]][0] == "Milo lived by the windy hill with his dog Rex."
    assert {e["id"] for e in script["entities"]} >= {"milo", "rex", "hill"}
    assert all(s["time"] in ("dawn", "morning", "day", "sunset", "night") for s in script["scenes"])
    assert http.get(f"/api/projects/{name}").json()["story"].startswith("Milo lived")


def test_a_batch_of_ideas_queues_one_project_each(http):
    res = http.post("/api/projects/batch", json={"ideas": "A boy flies a kite\n\nA dog chases the kite\n"})
    assert res.status_code == 201, res.text
    made = res.json()["projects"]
    assert len(made) == 2 and all(m["job"]["kind"] == "plan" for m in made)
    for m in made:
        assert wait_job(http, m["job"]["id"])["state"] == "done"
        assert http.get(f"/api/projects/{m['project']['name']}/story.txt").text.startswith("Milo lived")
    assert http.post("/api/projects/batch", json={"ideas": "\n \n"}).status_code == 422
    assert http.post("/api/projects/batch", json={"ideas": ["idea"] * 21}).status_code == 413


def test_evaluate_job_writes_the_report_with_flags_per_scene(http, kite):
    res = http.post(f"/api/projects/{kite}/jobs", json={"kind": "evaluate"})
    job = wait_job(http, res.json()["id"], timeout=300)
    assert job["state"] == "done", job
    assert "frame_consistency" in job["result"]["summary"]
    detail = http.get(f"/api/projects/{kite}").json()
    assert detail["evaluation"]["summary"] == job["result"]["summary"]
    assert all(f["scene"] in (None, "s1", "s2", "s3") for f in detail["evaluation"]["flags"])
    page = http.get(f"/api/projects/{kite}/eval.html")
    assert page.status_code == 200 and "sandbox" in page.headers["content-security-policy"]


def test_openapi_describes_the_api(http):
    spec = http.get("/openapi.json").json()
    paths = spec["paths"]
    for path in ("/api/projects", "/api/projects/{name}/scenes/{scene_id}", "/api/jobs/{job_id}/events",
                 "/api/projects/{name}/film.otio", "/api/projects/{name}/cast/{entity_id}/reference"):
        assert path in paths
    assert "412" in paths["/api/projects/{name}/scenes/{scene_id}"]["patch"]["responses"]
    assert http.get("/docs").status_code == 404  # its page would load scripts from a CDN


def test_no_user_text_reaches_a_shell(http, tmp_path):
    canary = tmp_path / "pwned"
    script = copy.deepcopy(THREE_SCENES)
    script["title"] = f"$(touch {canary})"
    script["scenes"][0]["narration"] = f"He said \"$(touch {canary})\"; `touch {canary}` and left."
    script["scenes"][1]["description"] = f"A kite; $(touch {canary}) 'quoted' \"double\""
    made = create(http, "shell", script)
    job = render(http, made["project"]["name"])
    assert job["state"] == "done", job
    assert not canary.exists()


def test_a_hand_broken_script_is_shown_with_its_problems(live, http):
    create(http, "broken")
    path = live.settings.projects / "broken" / "script.json"
    data = json.loads(path.read_text())
    data["scenes"][0]["camera"] = {"move": "spin"}
    path.write_text(json.dumps(data))
    detail = http.get("/api/projects/broken").json()
    assert detail["script"] is None and any("camera.move" in p for p in detail["problems"])
    page = http.get("/p/broken")
    assert page.status_code == 200 and "script.json has problems" in page.text and "camera.move" in page.text
    path.write_text("{ not json")
    assert "not valid JSON" in http.get("/api/projects/broken").json()["problems"][0]
    assert http.get("/p/broken").status_code == 200


def test_eval_flags_are_tied_to_their_scenes():
    from storyreel.studio.app import eval_flags

    report = {"schedule": {"scenes": [{"scene": "s1", "fits": True}, {"scene": "s2", "fits": False}]},
              "depiction": {"scenes": {"s3": {"checks": {"time said": 0.0, "cast": 1.0}}}},
              "frames": {"s1": {"consecutive": 0.5}, "s2": {"consecutive": 0.99}},
              "fidelity": {"repeated_pairs": [["s1", "s3"]], "untold_scenes": ["s2"], "missing_sentences": ["It rained."]},
              "cast_check": [{"entity": "rex", "glyph": "cat", "problems": ["species: dog drawn as cat"]}]}
    flags = eval_flags(report, ["s1", "s2", "s3"])
    assert {(f["scene"], f["text"]) for f in flags if f["scene"]} == {
        ("s2", "the narration is cut or runs into the next scene"),
        ("s3", "the picture misses the time of day its words say"),
        ("s1", "jumpy frames (consistency 0.50)"),
        ("s3", "repeats the narration of s1"),
        ("s2", "tells none of the story's sentences")}
    assert {"scene": None, "entity": "rex", "text": "drawn as cat: species: dog drawn as cat"} in flags
    assert {"scene": None, "entity": None, "text": "no scene tells: It rained."} in flags
    assert eval_flags({"schedule": "garbage"}, ["s1"])[-1]["text"].startswith("eval.json is from another version")


def test_errors_name_a_project_s_files_but_never_the_server_s_folders(live, http):
    create(http, "unrendered")
    res = http.get("/api/projects/unrendered/film.otio")  # its message names the project's folder
    said = res.json()["error"]["message"]
    assert res.status_code == 422 and said.startswith("unrendered: ") and "not rendered" in said, said
    root = live.settings.projects
    assert str(root) not in res.text and str(root.resolve()) not in res.text
    missing = http.get("/api/projects/nothing-here/script")  # "no project ... in <the projects folder>"
    assert missing.status_code == 404 and str(root.resolve()) not in missing.text
