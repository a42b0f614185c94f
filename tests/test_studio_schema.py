"""Property tests of the studio's API from its own OpenAPI description (schemathesis): requests
generated from /openapi.json — valid and invalid — against a real server on loopback. No request
may make the server fail (5xx), and every answer must be one the description promises (status
code, content type, body schema). The job queue is paused (workers 0), so generated jobs wait
instead of rendering; the event streams (endless by design) are left out."""

import atexit
import shutil
import tempfile

import pytest
from conftest import THREE_SCENES
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir
from test_studio_support import LiveServer, studio_config

schemathesis = pytest.importorskip("schemathesis")
from schemathesis import checks  # noqa: E402

# Hypothesis keeps caches in ./.hypothesis; these tests keep nothing between runs.
_HOME = tempfile.mkdtemp(prefix="storyreel-hypothesis-")
set_hypothesis_home_dir(_HOME)
atexit.register(shutil.rmtree, _HOME, True)

CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.negative_data_rejection]


@pytest.fixture(scope="module")
def studio_server(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("schema"), workers=0, max_upload_bytes=100_000) as server:
        with server.client() as http:
            assert http.post("/api/projects", json={"name": "kite", "script": THREE_SCENES}).status_code == 201
        yield server


def _spec() -> dict:
    """The description the server publishes at /openapi.json (built here, so the operations are
    known when the tests are collected; the test asserts the live server publishes the same)."""
    import tempfile

    from storyreel.studio.app import StudioSettings, create_app

    with tempfile.TemporaryDirectory() as folder:
        return create_app(StudioSettings(projects=folder, config=studio_config(), workers=0)).openapi()


SPEC = _spec()
schema = schemathesis.openapi.from_dict(SPEC).exclude(path_regex=r"/events$")


def test_the_server_publishes_this_description(studio_server):
    import httpx

    assert httpx.get(f"{studio_server.url}/openapi.json").json() == SPEC


KNOWN = {"name": "kite", "scene_id": "s1", "entity_id": "milo"}


def flatmap_path_parameters(context, path_parameters):
    """Half the cases aim at the project that exists (so its routes answer more than 404); it is
    never deleted, so it stays for the other operations."""
    from hypothesis import strategies as st

    operation = getattr(context, "operation", None)
    if not path_parameters or (operation is not None and operation.method.upper() == "DELETE"
                               and operation.path == "/api/projects/{name}"):
        return st.just(path_parameters)
    return st.sampled_from([path_parameters, {k: KNOWN.get(k, v) for k, v in path_parameters.items()}])


@schema.hooks.apply(flatmap_path_parameters)
@schema.parametrize()
@settings(max_examples=6, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_every_operation_keeps_its_promises(case, studio_server):
    case.call_and_validate(base_url=studio_server.url, checks=CHECKS, timeout=30)
