"""The studio's security: loopback by default, a token anywhere else, the Host header (DNS
rebinding), cross-site changes, paths that never leave the projects folder, size limits.
Against real servers: uvicorn in a thread, and `storyreel serve` as a child process."""

import copy
import os
import subprocess
import sys
import time

import httpx
import pytest
from conftest import THREE_SCENES
from test_studio_support import TOML, LiveServer, free_port, launch_server, stop, wait_http

TOKEN = "s3cret-token-for-the-tests-0123456789"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("secure"), max_story_chars=500, max_upload_bytes=100_000) as server:
        with server.client() as http:
            res = http.post("/api/projects", json={"name": "kite", "script": THREE_SCENES})
            assert res.status_code == 201
        yield server


@pytest.fixture(scope="module")
def http(live):
    with live.client() as client:
        yield client


def test_serving_off_loopback_needs_a_token(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "STORYREEL_TOKEN"}
    done = subprocess.run([sys.executable, "-m", "storyreel", "serve", "--host", "0.0.0.0", "--projects",
                           str(tmp_path), "--port", str(free_port())], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 2
    assert "refusing to serve on 0.0.0.0" in done.stderr and "--token" in done.stderr
    done = subprocess.run([sys.executable, "-m", "storyreel", "serve", "--host", "0.0.0.0", "--token", "short",
                           "--projects", str(tmp_path)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2 and "too short" in done.stderr


def test_off_loopback_with_a_token_every_request_needs_it(tmp_path):
    (tmp_path / "storyreel.toml").write_text(TOML)
    port = free_port("0.0.0.0")
    env_token = {**os.environ, "STORYREEL_TOKEN": TOKEN}
    code = ("import sys; sys.path.insert(0, sys.argv.pop(1)); import test_studio_support; "
            "from storyreel.cli import run; sys.exit(run(sys.argv[1:]))")
    proc = subprocess.Popen([sys.executable, "-c", code, os.path.dirname(__file__), "serve", "--host", "0.0.0.0",
                             "--port", str(port), "--projects", str(tmp_path / "p"), "--config",
                             str(tmp_path / "storyreel.toml")], env=env_token, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(url + "/api/health", timeout=2).status_code == 401:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        res = httpx.get(url + "/api/projects")
        assert res.status_code == 401 and res.headers["www-authenticate"].startswith("Bearer")
        assert "token" in res.json()["error"]["message"]
        assert httpx.get(url + "/api/projects", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert httpx.get(url + "/api/projects", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        assert httpx.get(url + "/", params={"token": "wrong"}).status_code == 401
        link = httpx.get(url + "/", params={"token": TOKEN})  # the link `serve` prints
        assert link.status_code == 303 and link.headers["location"] == "/"
        cookie = link.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        with httpx.Client(base_url=url, cookies=link.cookies) as browser:
            assert browser.get("/").status_code == 200
            assert browser.get("/api/projects").status_code == 200
    finally:
        out = stop(proc)
    assert f"?token={TOKEN}" in out  # printed once for the person who started it


def test_the_host_header_is_checked(live, http):
    assert http.get("/api/projects", headers={"Host": "evil.example"}).status_code == 421
    res = http.get("/api/projects", headers={"Host": f"attacker.example:{live.settings.port}"})
    assert res.status_code == 421 and "DNS rebinding" in res.json()["error"]["message"]
    assert http.get("/api/projects", headers={"Host": f"localhost:{live.settings.port}"}).status_code == 200
    assert http.get("/api/projects", headers={"Host": f"[::1]:{live.settings.port}"}).status_code == 200


def test_changes_from_another_site_are_refused(live, http):
    etag = http.get("/api/projects/kite/script").headers["etag"]
    for origin in ("https://evil.example", f"http://127.0.0.1:{live.settings.port + 1}", "null"):
        res = http.patch("/api/projects/kite/scenes/s1", json={"narration": "Hacked."},
                         headers={"If-Match": etag, "Origin": origin})
        assert res.status_code == 403, origin
    res = http.post("/api/projects", json={"story": "x"}, headers={"Sec-Fetch-Site": "cross-site"})
    assert res.status_code == 403
    res = http.patch("/api/projects/kite/scenes/s1", json={"narration": "Milo ran up the hill!"},
                     headers={"If-Match": etag, "Origin": live.url})
    assert res.status_code == 200
    assert http.get("/").headers["content-security-policy"].startswith("default-src 'self'")


@pytest.mark.parametrize("path", [
    "/api/projects/..%2F..%2Fetc/script", "/api/projects/%2e%2e/script", "/api/projects/.studio.sqlite3",
    "/api/projects/kite/keyframes/..%2F..%2Fscript.png", "/api/projects/kite/cast/%2e%2e.png",
    "/api/projects/kite%2F..%2F..%2F/film.mp4", "/p/..%2F..%2Fetc",
])
def test_paths_never_leave_the_projects_folder(http, path):
    res = http.get(path)
    assert res.status_code == 404, (path, res.status_code)
    assert b"root:" not in res.content


def test_symlinks_out_of_the_folder_are_not_followed(live, http, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "script.json").write_text("{}")
    (outside / "secret.png").write_bytes(b"secret")
    (live.settings.projects / "linked").symlink_to(outside)
    assert "linked" not in [p["name"] for p in http.get("/api/projects").json()]
    assert http.get("/api/projects/linked/script").status_code == 404
    keyframes = live.settings.projects / "kite" / "keyframes"
    keyframes.mkdir(exist_ok=True)
    (keyframes / "s1.png").symlink_to(outside / "secret.png")
    try:
        assert http.get("/api/projects/kite/keyframes/s1.png").status_code == 404
    finally:
        (keyframes / "s1.png").unlink()


def test_a_reference_path_must_stay_in_the_project(http):
    etag = http.get("/api/projects/kite/script").headers["etag"]
    for ref in ("../../../etc/passwd", "/etc/passwd", "cast/../../kite/script.json"):
        res = http.patch("/api/projects/kite/entities/milo", json={"reference": ref}, headers={"If-Match": etag})
        assert res.status_code == 422, ref
        assert "inside the project folder" in res.json()["error"]["message"]


def test_limits_answer_with_a_clear_message(http):
    res = http.post("/api/projects", json={"story": "Milo ran. " * 60})
    assert res.status_code == 413
    assert "600 characters; the studio takes at most 500 (studio.max_story_chars)" in res.json()["error"]["message"]
    res = http.put("/api/projects/kite/cast/milo/reference", content=b"\x89PNG" + b"\0" * 200_000,
                   headers={"Content-Type": "image/png"})
    assert res.status_code == 413 and "the limit is" in res.json()["error"]["message"]
    res = http.post("/api/projects", content=b"{" + b" " * (3 << 20) + b"}", headers={"Content-Type": "application/json"})
    assert res.status_code == 413
    res = http.post("/api/projects", json={"story": "  "})
    assert res.status_code == 422 and "empty" in res.json()["error"]["message"]
    res = http.post("/api/projects", json={"story": "A tale.", "idea": "Another"})
    assert res.status_code == 422 and "exactly one" in res.json()["error"]["message"]
    res = http.post("/api/projects", json={"name": "../evil", "story": "A tale."})
    assert res.status_code == 422 and "letters, digits" in res.json()["error"]["message"]


def test_the_token_on_loopback_too(tmp_path):
    with LiveServer(tmp_path / "p", token=TOKEN) as server:
        assert httpx.get(server.url + "/api/projects").status_code == 401
        ok = httpx.get(server.url + "/api/projects", headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and ok.json() == []


def test_a_script_upload_is_validated_like_a_hand_edit(http):
    script = copy.deepcopy(THREE_SCENES)
    script["entities"][0]["reference"] = "/etc/passwd"
    res = http.post("/api/projects", json={"name": "ref", "script": script})
    assert res.status_code == 422 and "inside the project folder" in res.json()["error"]["message"]
    assert http.get("/api/projects/ref").status_code == 404


def test_launch_helper_serves(tmp_path):
    """The child-process server the restart test uses starts and stops cleanly."""
    (tmp_path / "storyreel.toml").write_text(TOML)
    port = free_port()
    proc = launch_server(tmp_path / "p", port, tmp_path / "storyreel.toml")
    try:
        wait_http(f"http://127.0.0.1:{port}")
        assert httpx.get(f"http://127.0.0.1:{port}/api/projects").json() == []
    finally:
        out = stop(proc)
    assert "storyreel studio on http://127.0.0.1:" in out


def test_one_studio_per_projects_folder(live):
    from storyreel.errors import InputError

    with pytest.raises(InputError, match="another studio is serving"):
        LiveServer(live.settings.projects)


def test_the_token_setting_never_leaks_into_dumps():
    from storyreel.config import load_config

    config = load_config(environ={"STORYREEL_TOKEN": TOKEN, "STORYREEL_STUDIO__PORT": "8123"})
    assert config.studio.token == TOKEN and config.studio.port == 8123
    assert TOKEN not in config.model_dump_json() and TOKEN not in repr(config)
    assert load_config(environ={}).studio.token is None
