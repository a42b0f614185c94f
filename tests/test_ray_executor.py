"""The Ray executor on a real local Ray instance: the same film as the local executor, byte for
byte; re-runs and edits; a worker killed mid-scene; errors named by item; impossible placements."""

from __future__ import annotations

import copy
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest
from test_ray_support import (FOUR_SCENES, OBJECT_STORE, artifact_hashes, config, keys, manifest, parent_of,
                              ray, ray_processes, snapshot, write_project)

from storyreel import api
from storyreel.errors import StoryreelError
from storyreel.tools import ffprobe

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def local_ray():
    """A Ray instance of 2 CPUs on the loopback address, for this module only."""
    assert not ray.is_initialized()
    ray.init(address="local", num_cpus=2, object_store_memory=OBJECT_STORE, include_dashboard=False,
             log_to_driver=False, _node_ip_address="127.0.0.1")
    node = ray._private.worker._global_node
    raylets = {p.process.pid for p in node.all_processes["raylet"]}
    yield raylets
    ray.shutdown()


@pytest.fixture(scope="module")
def films(tmp_path_factory, local_ray):
    """The 4-scene film rendered by the local executor and by the Ray executor (shared folder)."""
    base = tmp_path_factory.mktemp("films")
    local = write_project(base / "local", FOUR_SCENES)
    remote = write_project(base / "ray", FOUR_SCENES)
    api.render(local, config=config(executor="local"))
    summary = api.render(remote, config=config(executor="ray"))
    return local, remote, summary


def test_a_film_on_ray_has_the_local_executors_artifacts(films):
    local, remote, summary = films
    assert summary.made == {"cast": 5, "voice": 4, "keyframes": 4, "shots": 4, "sound": 8, "edit": 4}
    assert keys(remote) == keys(local)  # the same cache keys...
    assert artifact_hashes(remote) == artifact_hashes(local)  # ...and the same bytes, layers and looks included
    assert len(artifact_hashes(remote)) >= 17 + 4  # 17 artifacts, 2 locations' two layers
    info = ffprobe(remote / "film.mp4")
    assert sorted(s["codec_type"] for s in info["streams"]) == ["audio", "subtitle", "video"]
    node = ray.get_runtime_context().get_node_id()
    made_on = {entry.get("node") for entry in manifest(remote).values()}
    assert made_on == {node}  # every artifact was made by a Ray worker, and says where
    assert "node" not in str(manifest(local))
    assert not list(remote.glob(".storyreel-sentinel-*")) and not list(remote.rglob(".*.part*"))


def test_a_rerun_on_ray_changes_no_file(films):
    _local, remote, _summary = films
    before = snapshot(remote)
    again = api.render(remote, config=config(executor="ray"))
    assert again.made == {}
    assert snapshot(remote) == before


def test_an_edited_scene_rerenders_alone_and_matches_the_local_edit(films, tmp_path):
    local, remote, _summary = films
    edited = {}
    for name, root, executor in (("local", local, "local"), ("ray", remote, "ray")):
        copy_root = shutil.copytree(root, tmp_path / name)
        data = copy.deepcopy(FOUR_SCENES)
        data["scenes"][2]["description"] = "Milo eats soup by the window while Rex begs."
        data["scenes"][2]["camera"] = {"move": "pan_left", "speed": "slow"}
        write_project(copy_root, data)
        before = manifest(copy_root)
        summary = api.render(copy_root, config=config(executor=executor))
        after = manifest(copy_root)
        changed = sorted(rel for rel in after if after[rel]["key"] != before[rel]["key"])
        assert changed == ["film.mp4", "keyframes/s3.png", "shots/s3.mp4"], executor
        assert summary.made == {"keyframes": 1, "shots": 1, "edit": 1}
        edited[name] = copy_root
    assert artifact_hashes(edited["ray"]) == artifact_hashes(edited["local"])


def test_without_a_shared_folder_the_driver_writes_what_workers_return(local_ray, tmp_path, films):
    local, _remote, _summary = films
    root = write_project(tmp_path / "shipped", FOUR_SCENES)
    summary = api.render(root, config=config(executor="ray", ray={"storage": "ship"}))
    assert summary.made == {"cast": 5, "voice": 4, "keyframes": 4, "shots": 4, "sound": 8, "edit": 4}
    assert artifact_hashes(root) == artifact_hashes(local)
    # the edit ran on the driver (it has every shot), the rest on workers
    made_on = {rel: entry.get("node") for rel, entry in manifest(root).items()}
    assert made_on["film.mp4"] is None and made_on["shots/s1.mp4"] is not None


def test_a_worker_killed_mid_scene_is_retried_and_the_film_completes(local_ray, tmp_path):
    data = copy.deepcopy(FOUR_SCENES)
    data.update(width=640, height=360, fps=24)
    for scene in data["scenes"]:
        scene["duration_s"] = 4.0
    root = write_project(tmp_path / "killed", data)
    reference = write_project(tmp_path / "reference", data)
    api.render(reference, config=config(executor="local"))

    outcome: dict = {}

    def render():
        try:
            outcome["summary"] = api.render(root, config=config(executor="ray", ray={"max_retries": 2}))
        except BaseException as exc:  # noqa: BLE001  (reported by the assertions below)
            outcome["error"] = exc

    thread = threading.Thread(target=render)
    thread.start()
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and thread.is_alive() and time.monotonic() < deadline:
        # mid-scene: the worker making s2's shot is running and its file is being encoded
        workers = [pid for pid in ray_processes("storyreel shots scene s2") if parent_of(pid) in local_ray]
        if workers and list((root / "shots").glob(".s2.*.part.mp4")):
            os.kill(workers[0], signal.SIGKILL)
            killed = workers[0]
        time.sleep(0.02)
    thread.join(300)
    assert killed is not None, "the shot finished before it could be killed"
    assert "error" not in outcome, outcome.get("error")
    assert outcome["summary"].made["shots"] == 4
    assert not list(root.rglob(".*.part*"))  # the killed attempt's temporary file is gone
    assert artifact_hashes(root) == artifact_hashes(reference)  # the retry made the same shot, and the same film


def test_an_error_in_a_job_names_its_scene_and_is_not_retried(local_ray, tmp_path):
    root = write_project(tmp_path / "broken", FOUR_SCENES)
    started = time.monotonic()
    with pytest.raises(StoryreelError, match=r"scene s\d: making shots/s\d\.mp4 failed on node \w+: ffmpeg failed"):
        api.render(root, config=config(executor="ray", edit={"preset": "no-such-preset"}))
    assert time.monotonic() - started < 60
    assert "shots/s1.mp4" not in manifest(root) and "voice/s1.wav" in manifest(root)


def test_a_placement_no_node_can_meet_fails_within_the_timeout(local_ray, tmp_path):
    root = write_project(tmp_path / "nowhere", FOUR_SCENES)
    settings = config(executor="ray", ray={"placement_timeout_s": 2, "shots": {"resources": {"gpu_h100": 1}}})
    started = time.monotonic()
    with pytest.raises(StoryreelError, match=r"the shots stage asks each Ray worker for 1 CPU, 1 gpu_h100, and no "
                                             r"node of the cluster has that \(waited 2 s"):
        api.render(root, config=settings)
    assert time.monotonic() - started < 30
    # it failed when the first shot was due (once its keyframe was made), before any shot ran
    made = manifest(root)
    assert any(rel.startswith("keyframes/") for rel in made) and not any(rel.startswith("shots/") for rel in made)


def test_the_cli_starts_its_own_ray_instance(films, tmp_path):
    """`storyreel render --executor ray` with no address: a Ray instance of its own, gone with the process."""
    local, _remote, _summary = films
    root = write_project(tmp_path / "cli", FOUR_SCENES)
    (root / "cast").mkdir()
    shutil.copy(local / "cast" / "looks.json", root / "cast" / "looks.json")  # planned: no language model here
    env = {**os.environ, "STORYREEL_BACKENDS__VOICE": "espeak", "STORYREEL_RAY__NUM_CPUS": "1",
           "STORYREEL_RAY__OBJECT_STORE_MB": "150"}
    done = subprocess.run([sys.executable, "-m", "storyreel", "render", str(root), "--executor", "ray", "-q"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert artifact_hashes(root) == artifact_hashes(local)
    assert {entry.get("node") for entry in manifest(root).values()} - {None}  # made by Ray workers
    node = ray.get_runtime_context().get_node_id()
    assert node not in {entry.get("node") for entry in manifest(root).values()}  # not by this module's instance


def test_the_executor_settings_and_flags():
    from storyreel.cli import _overrides, build_parser
    from storyreel.config import load_config

    args = build_parser().parse_args(["render", "p", "--ray-address", "10.1.2.3:6379"])
    assert _overrides(args) == {"executor": "ray", "ray": {"address": "10.1.2.3:6379"}}
    assert _overrides(build_parser().parse_args(["render", "p", "--executor", "local"])) == {"executor": "local"}
    settings = load_config(overrides={"ray": {"shots": {"num_gpus": 1, "resources": {"gpu_h100": 1}}}},
                           environ={"STORYREEL_EXECUTOR": "ray", "STORYREEL_RAY__STORAGE": "ship"})
    assert settings.executor == "ray" and settings.ray.storage == "ship"
    assert settings.ray.shots.resources == {"gpu_h100": 1} and settings.ray.voice.num_gpus is None
    with pytest.raises(StoryreelError, match="ray.storage"):
        load_config(environ={"STORYREEL_RAY__STORAGE": "nfs"})
