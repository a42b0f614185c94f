"""The studio's page end to end in headless Chromium (Debian's `chromium`, driven by Playwright;
`playwright install` is not used), against a real server on loopback, with real renders.

Every request the page makes must go to 127.0.0.1: anything else is aborted and fails the test.
Screenshots are kept in out/test-artifacts/studio/ (STORYREEL_TEST_ARTIFACTS overrides it).
Planning uses the fake director registered in test_studio_support (a real model is too slow here)."""

import json
import os
import re
import shutil
import subprocess
import warnings
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from conftest import THREE_SCENES
from test_studio_support import ARTIFACTS, STORY, LiveServer

from storyreel.tools import ffprobe

pytestmark = pytest.mark.slow
sync_api = pytest.importorskip("playwright.sync_api")

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--autoplay-policy=no-user-gesture-required"]
ANY_CHROMIUM = "STORYREEL_PLAYWRIGHT_ANY_CHROMIUM"


def chromium() -> str:
    """Debian's Chromium, checked against the major version this Playwright release drives."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("Chromium is not installed (`bash scripts/system-deps.sh browser` installs it)")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60).stdout
    found = re.search(r"(\d+)\.\d+\.\d+\.\d+", out)
    assert found, f"cannot read the version of {exe}: {out!r}"
    import playwright

    browsers = Path(playwright.__file__).parent / "driver" / "package" / "browsers.json"
    wanted = next(b["browserVersion"] for b in json.loads(browsers.read_text())["browsers"] if b["name"] == "chromium")
    from importlib.metadata import version

    if int(found.group(1)) != int(wanted.split(".")[0]):
        message = (f"Playwright {version('playwright')} is made for Chromium {wanted.split('.')[0]}, but {exe} is "
                   f"Chromium {found.group(1)}: pin the Playwright release made for Chromium {found.group(1)} in "
                   f"requirements/test.txt (docs/studio.md says how to find it), or set {ANY_CHROMIUM}=1 to run "
                   "anyway with a warning")
        if not os.environ.get(ANY_CHROMIUM):
            pytest.fail(message)
        warnings.warn(message)
    return exe


class LoopbackOnly:
    """Routes every request of a browser context: 127.0.0.1 passes, anything else is aborted and recorded."""

    def __init__(self):
        self.allowed, self.blocked = [], []

    def __call__(self, route):
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            self.allowed.append(url)
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture(scope="module")
def playwright_driver():
    exe = chromium()
    with sync_api.sync_playwright() as driver:
        yield driver, exe


def open_browser(playwright_driver, profile: Path):
    """A new browser with its own fresh user-data dir; (context, page, request guard, page errors)."""
    driver, exe = playwright_driver
    context = driver.chromium.launch_persistent_context(
        str(profile), executable_path=exe, headless=True, args=ARGS, viewport={"width": 1440, "height": 900},
        accept_downloads=True)
    guard = LoopbackOnly()
    context.route("**/*", guard)
    page = context.pages[0] if context.pages else context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # the browser logs every 4xx answer as an error; the conflict (412) is the expected one
    page.on("console", lambda msg: msg.type == "error" and "status of 412" not in msg.text and errors.append(msg.text))
    page.on("dialog", lambda dialog: dialog.accept())
    return context, page, guard, errors


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("browser")) as server:
        yield server


UNNAMED = """() => [...document.querySelectorAll('button, input, select, textarea, a[href], video')]
  .filter(el => !el.closest('[hidden]') && el.type !== 'hidden')
  .filter(el => !((el.labels && [...el.labels].some(l => l.textContent.trim())) || el.getAttribute('aria-label')
                  || el.getAttribute('aria-labelledby') || el.textContent.trim() || el.title))
  .map(el => el.outerHTML.slice(0, 80))"""


def badges(page, scene: str) -> list[str]:
    return page.locator(f"#scene-{scene} [data-badges] .badge").all_inner_texts()


def until(page, expression: str, timeout: float = 60_000) -> None:
    """Wait until a JavaScript expression is true. Given as a function: a string predicate would be
    evaluated with eval(), which the page's Content-Security-Policy rightly forbids."""
    page.wait_for_function(f"() => ({expression})", timeout=timeout)


def wait_done(page, timeout=120_000) -> None:
    until(page, "document.querySelector('#job-state').textContent === 'done'", timeout)


def test_the_journey_from_a_story_to_a_downloaded_film(live, playwright_driver, tmp_path):
    context, page, guard, errors = open_browser(playwright_driver, tmp_path / "profile")
    try:
        page.goto(live.url + "/")
        page.get_by_label("Your story").fill(STORY)
        page.reload()  # a draft survives a reload
        assert page.get_by_label("Your story").input_value() == STORY
        page.get_by_role("button", name="Create film").click()
        page.wait_for_url(re.compile(r"/p/milo-lived"), timeout=30_000)
        page.wait_for_selector(".card", timeout=60_000)  # the plan job finished and the page shows its cards
        assert page.locator(".card").count() == 5
        assert page.locator("#scene-s01 textarea[data-field=narration]").input_value() == \
            "Milo lived by the windy hill with his dog Rex."
        assert page.locator("#scene-s01 select[data-field=time]").input_value() in ("dawn", "morning", "day")
        assert page.evaluate(UNNAMED) == []  # every control has a name a screen reader can say
        shot(page, "01-planned.png")

        page.get_by_role("button", name="Render the film").click()
        until(page, "document.querySelector('#job-progress').value > 0 && "
                    "document.querySelector('#job-progress').value < 1")  # live progress while it renders
        wait_done(page)
        until(page, "document.querySelector('#player').duration > 0", timeout=30_000)
        assert page.locator("#stages li.done").count() == 6
        assert page.get_by_role("button", name="Up to date").is_disabled()

        narration = page.locator("#scene-s02 textarea[data-field=narration]")
        narration.fill("Every morning Milo and Rex raced up the hill.")
        narration.press("Tab")  # leaving the field saves it
        until(page, "document.querySelector('#scene-s02 [data-save]').textContent === 'Saved'")
        # exactly that scene's voice, and the shot and sound its new length re-times
        assert sorted(badges(page, "s02")) == ["ambience stale", "music stale", "shot stale", "voice stale"]
        assert all(badges(page, s) == [] for s in ("s01", "s03", "s04", "s05"))
        assert page.locator("#film-stale").is_visible()  # and the film
        assert "1 scene changed" in page.locator("#film-stale").inner_text()
        shot(page, "02-edited.png")

        page.get_by_role("button", name=re.compile(r"Render 1 changed")).click()
        until(page, "['queued', 'running', 'done'].includes(document.querySelector('#job-state').textContent)")
        wait_done(page)
        until(page, "document.querySelectorAll('.badge').length === 0")
        assert not page.locator("#film-stale").is_visible()

        # a reload mid-render: the page finds the running job again and follows it to the end
        page.get_by_role("button", name="Re-render all").click()
        until(page, "document.querySelector('#job-state').textContent === 'running'")
        page.reload()
        state = page.locator("#job-state").text_content()
        assert state in ("queued", "running", "done"), state
        wait_done(page)
        until(page, "document.querySelector('#player').duration > 0", timeout=30_000)

        page.locator("#scene-s01 [data-action=play]").click()
        until(page, "document.querySelector('#player').currentTime > 0.3", timeout=30_000)
        page.evaluate("document.querySelector('#player').pause()")
        assert page.evaluate("document.querySelector('#player').textTracks[0].kind") == "subtitles"
        marker = page.get_by_role("button", name=re.compile(r"^Scene s04, "))
        marker.focus()
        page.keyboard.press("Enter")  # a scene marker, by keyboard: the film jumps there and the card has focus
        assert page.evaluate("document.activeElement.id") == "scene-s04"
        start = live.studio.detail(page.url.rsplit("/", 1)[1])["timings"]["s04"]["start_s"]
        assert abs(page.evaluate("document.querySelector('#player').currentTime") - start) < 0.5
        shot(page, "03-rendered.png")

        with page.expect_download() as download:
            page.locator("#downloads [data-download=film] a").click()
        path = tmp_path / "film.mp4"
        download.value.save_as(path)
        assert float(ffprobe(path)["format"]["duration"]) > 5
        assert errors == []
    finally:
        context.close()
    assert guard.blocked == [] and guard.allowed
    assert all(urlsplit(u).hostname == "127.0.0.1" for u in guard.allowed)


def test_two_browsers_edit_the_same_scene(live, playwright_driver, tmp_path):
    res = httpx.post(live.url + "/api/projects", json={"name": "shared", "script": THREE_SCENES})
    assert res.status_code == 201
    a_context, a, a_guard, a_errors = open_browser(playwright_driver, tmp_path / "a")
    b_context, b, b_guard, b_errors = open_browser(playwright_driver, tmp_path / "b")
    try:
        for page in (a, b):
            page.goto(live.url + "/p/shared")
        b_field = b.locator("#scene-s1 textarea[data-field=narration]")
        b_field.fill("B: Milo walked up the hill.")  # B is typing...
        a_field = a.locator("#scene-s1 textarea[data-field=narration]")
        a_field.fill("A: Milo sprinted up the hill.")
        a_field.press("Tab")  # ...while A saves first
        until(a, "document.querySelector('#scene-s1 [data-save]').textContent === 'Saved'")
        b_field.press("Tab")
        until(b, "document.querySelector('#scene-s1 [data-save]').classList.contains('conflict')")
        assert b_field.input_value() == "A: Milo sprinted up the hill."  # B sees the new text
        assert "someone else changed this scene" in b.locator("#scene-s1 [data-problem]").inner_text()
        shot(b, "04-conflict.png")
        script = httpx.get(live.url + "/api/projects/shared/script").json()
        assert script["scenes"][0]["narration"] == "A: Milo sprinted up the hill."
        # another scene B had not touched follows A's version: B's edit of it saves without a conflict
        other = b.locator("#scene-s2 select[data-field=weather]")
        other.select_option("snow")
        until(b, "document.querySelector('#scene-s2 [data-save]').textContent === 'Saved'")
        until(a, "document.querySelector('#scene-s2 select[data-field=weather]').value === 'snow'")
        # the shot size and the side the place is seen from; "the place's own side" is no value at all
        b.locator("#scene-s2 select[data-field=shot]").select_option("close")  # two quick edits: the second
        b.locator("#scene-s2 select[data-field=view]").select_option("inside")  # waits for the first's answer
        until(a, "document.querySelector('#scene-s2 select[data-field=view]').value === 'inside'")
        scene = httpx.get(live.url + "/api/projects/shared/script").json()["scenes"][1]
        assert (scene["shot"], scene["view"]) == ("close", "inside")
        b.locator("#scene-s2 select[data-field=view]").select_option("")
        until(a, "document.querySelector('#scene-s2 select[data-field=view]').value === ''")
        assert httpx.get(live.url + "/api/projects/shared/script").json()["scenes"][1]["view"] is None
        # Escape undoes an edit not saved yet; nothing is sent
        field = b.locator("#scene-s3 textarea[data-field=description]")
        field.fill("Something else entirely.")
        field.press("Escape")
        assert field.input_value() == "Milo eats soup at home with Rex."
        field.press("Tab")
        assert httpx.get(live.url + "/api/projects/shared/script").json()["scenes"][2]["description"] == \
            "Milo eats soup at home with Rex."
        assert a_errors == [] and b_errors == []
    finally:
        a_context.close()
        b_context.close()
    assert a_guard.blocked == [] and b_guard.blocked == []
