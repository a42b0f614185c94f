"""What planning cost, summed from the exchange log (storyreel/director/cost.py)."""

import json

from storyreel.director import cost
from storyreel.director.llm import LoggedLLM


class Echo:
    """A client that answers at once with fixed token counts (what a real one reports in `usage`)."""

    model = "echo"
    parallel = 1
    usage = {"prompt": 100, "cached": 40, "completion": 12}

    def chat(self, messages, **_):
        return "{}"


def test_requests_and_tokens_are_summed_per_stage_for_one_run(tmp_path):
    log = tmp_path / "log.jsonl"
    earlier = LoggedLLM(Echo(), log)
    earlier.chat([{"role": "user", "content": "an earlier plan"}])
    llm = LoggedLLM(Echo(), log)
    for stage, n in (("rough", 2), ("detailed", 3), ("cast", 1)):
        llm.stage = stage
        for _ in range(n):
            llm.chat([{"role": "user", "content": "x"}], schema={"type": "object"}, max_tokens=30)
    with open(log, "a") as fh:
        fh.write('{"run": "' + llm.run + '", "tok')  # a run killed while appending
    found = cost.by_stage(cost.read_log(log, llm.run))
    assert list(found) == ["rough", "detailed", "cast", "total"]
    assert found["detailed"] == {"requests": 3, "prompt": 300, "cached": 120, "generated": 36,
                                 "seconds": found["detailed"]["seconds"]}
    assert found["total"]["requests"] == 6 and found["total"]["generated"] == 72  # not the earlier run's
    record = json.loads(log.read_text().splitlines()[1])
    assert record["schema"] == {"type": "object"} and record["max_tokens"] == 30  # enough to replay it
    assert cost.per_minute(found["total"], 30.0)["requests"] == 12.0
