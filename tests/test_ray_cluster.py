"""The Ray executor on a 2-node `ray.cluster_utils.Cluster` (both nodes on this machine, on the
loopback address): custom resources route a stage to its node, and the tiny diffusion models
run on model actors (cast and keyframes on one image actor, shots on a video actor)."""

from __future__ import annotations

import copy
import logging
import os
import signal
import threading
import time

import pytest
from test_ray_support import (FOUR_SCENES, OBJECT_STORE, artifact_hashes, config, keys, manifest, parent_of, ray,
                              ray_processes, write_project)

from storyreel import api
from storyreel.tools import ffprobe

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def cluster():
    """Head: 1 CPU and the custom resource "image_node"; second node: 1 CPU and "video_node"."""
    from ray.cluster_utils import Cluster

    assert not ray.is_initialized()
    nodes = Cluster(initialize_head=True, head_node_args={
        "num_cpus": 1, "resources": {"image_node": 1}, "include_dashboard": False,
        "object_store_memory": OBJECT_STORE, "node_ip_address": "127.0.0.1"})
    try:
        worker = nodes.add_node(num_cpus=1, resources={"video_node": 1}, object_store_memory=OBJECT_STORE,
                                node_ip_address="127.0.0.1")
        nodes.wait_for_nodes()
        ray.init(address=nodes.address, log_to_driver=False)
        yield {"head": nodes.head_node.node_id, "video": worker.node_id,
               "video_raylet": worker.all_processes["raylet"][0].process.pid}
    finally:
        ray.shutdown()
        nodes.shutdown()


def test_a_custom_resource_routes_the_shots_to_their_node(cluster, tmp_path):
    local = write_project(tmp_path / "local", FOUR_SCENES)
    root = write_project(tmp_path / "routed", FOUR_SCENES)
    api.render(local, config=config(executor="local"))
    summary = api.render(root, config=config(executor="ray", ray={"shots": {"resources": {"video_node": 1}}}))
    assert summary.made["shots"] == 4
    made_on = {rel: entry["node"] for rel, entry in manifest(root).items()}
    assert {made_on[f"shots/s{i}.mp4"] for i in range(1, 5)} == {cluster["video"]}
    assert set(made_on.values()) <= {cluster["head"], cluster["video"]}
    assert artifact_hashes(root) == artifact_hashes(local)  # two nodes, one film


def two_scene_script() -> dict:
    data = copy.deepcopy(FOUR_SCENES)
    data["scenes"] = data["scenes"][:2]
    data["entities"] = [e for e in data["entities"] if e["id"] != "home"]
    return data


@pytest.mark.slow
def test_the_tiny_diffusion_models_run_on_model_actors(cluster, tiny_models, tmp_path, caplog):
    pytest.importorskip("diffusers")
    caplog.set_level(logging.DEBUG, logger="storyreel.executors")
    diffusion = {"backends": {"cast": "diffusion", "keyframes": "diffusion", "shots": "diffusion"},
                 "diffusion": {"models_dir": str(tiny_models["sdxl"].parent)}}
    local = write_project(tmp_path / "local", two_scene_script())
    root = write_project(tmp_path / "actors", two_scene_script())
    api.render(local, config=config(executor="local", **diffusion))
    caplog.clear()
    settings = config(executor="ray", ray={"keyframes": {"resources": {"image_node": 1}},
                                           "shots": {"resources": {"video_node": 1}}}, **diffusion)
    summary = api.render(root, config=settings)
    assert summary.made == {"cast": 4, "voice": 2, "keyframes": 2, "shots": 2, "sound": 4, "edit": 4}
    artifacts = manifest(root)
    assert all(artifacts[rel]["backend"] == "diffusion" for rel in ("cast/milo.png", "keyframes/s2.png",
                                                                    "shots/s1.mp4"))
    # cast and keyframes on the image actor's node, shots on the video actor's
    for rel in ("cast/milo.png", "cast/hill.png", "keyframes/s1.png", "keyframes/s2.png"):
        assert artifacts[rel]["node"] == cluster["head"], rel
    assert artifacts["shots/s1.mp4"]["node"] == artifacts["shots/s2.mp4"]["node"] == cluster["video"]
    assert keys(root) == keys(local)
    assert artifact_hashes(root) == artifact_hashes(local)
    info = ffprobe(root / "film.mp4")
    assert sorted(s["codec_type"] for s in info["streams"]) == ["audio", "subtitle", "video"]

    # rolling context: keyframe s2 is launched once s1 is made, and shot s1 at that same moment
    events = [r.getMessage() for r in caplog.records if r.name == "storyreel.executors"]
    assert events.index("launch keyframes/s2.png") > events.index("done keyframes/s1.png")
    assert events.index("done keyframes/s1.png") < events.index("launch shots/s1.mp4") < \
        events.index("done keyframes/s2.png")

    # The video actor killed in the middle of a shot: Ray restarts it (it loads the model again) and
    # runs the call again; the shot comes out the same.
    before = artifact_hashes(root)["shots/s1.mp4"]
    outcome: dict = {}

    def render():
        try:
            outcome["summary"] = api.render(root, config=settings, scenes=["s1"], force=True)
        except BaseException as exc:  # noqa: BLE001  (reported by the assertions below)
            outcome["error"] = exc

    thread = threading.Thread(target=render)
    thread.start()
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and thread.is_alive() and time.monotonic() < deadline:
        actors = [pid for pid in ray_processes("ModelWorker.run") if parent_of(pid) == cluster["video_raylet"]]
        if actors and list((root / "shots").glob(".s1.*.part.mp4")):
            os.kill(actors[0], signal.SIGKILL)
            killed = actors[0]
        time.sleep(0.005)
    thread.join(300)
    assert killed is not None, "the shot finished before its actor could be killed"
    assert "error" not in outcome, outcome.get("error")
    assert outcome["summary"].made["shots"] == 1
    assert artifact_hashes(root)["shots/s1.mp4"] == before
