"""The planner's stages, fed scripted answers: the flow, the checks and the structure the code
guarantees whatever the model says. A real model cannot be made to give a chosen (bad) answer,
so a scripted client answers each request from its schema; the real models run in test_llm.py."""

import json
import os

import pytest

from storyreel.config import Config
from storyreel.director.planner import shot_sizes
from storyreel.director.progressive import SENTENCES_FILE, STAGES, ProgressiveDirector, named_place, stage_path
from storyreel.director.structure import order_problems
from storyreel.errors import InputError

STORY = ("Tala the young tiger loved the moon. Every night she climbed the tallest tree. "
         "An old owl told her the moon bathes in the lake. Tala crept down to the silent lake at midnight. "
         "She stepped onto a flat rock and reached out a paw, and the moon broke into a thousand shining ripples.")


SHOT_FIELDS = {"description", "who", "place", "action"}


def kind_of(schema: dict) -> str:
    props = schema["properties"]
    if "characters" in props:
        return "registry"
    if "summary" in props:
        return "summary"
    if set(props) == {"where"}:
        return "place"
    if set(props) <= SHOT_FIELDS:
        return "shot"
    if all(p.get("type") == "object" for p in props.values()):
        return "describe"
    raise AssertionError(f"unexpected request {list(props)}")


class StageLLM:
    """Answers each planning request from its schema; records the requests and their schemas."""

    model = "scripted"
    parallel = 1

    def __init__(self, registry=None, describe=None):
        self.requests: list[str] = []
        self.prompts: list[str] = []
        self.schemas: list[dict] = []
        self.registry = registry or {
            "title": "Tala and the Moon",
            "characters": [{"name": "Tala"}, {"name": "owl"}, {"name": "Moon Rabbit"}],  # not in the story: left out
            "things": [{"name": "moon"}, {"name": "tree"}, {"name": "night"}],  # the night: the sky's, no thing
            "places": [{"name": "lake", "kind": "place"}]}
        self.describe = describe or {}

    def chat(self, messages, *, schema=None, max_tokens=1024, temperature=0.0, seed=0, frequency_penalty=0.0):
        kind = kind_of(schema)
        self.requests.append(kind)
        self.prompts.append(messages[-1]["content"])
        self.schemas.append(schema)
        props = schema["properties"]
        if kind == "registry":
            return json.dumps({k: v for k, v in self.registry.items() if k in props})
        if kind == "describe":  # the open fields of each entity asked about
            answer = {}
            for eid, spec in props.items():
                given = self.describe.get(eid, {})
                answer[eid] = {f: given.get(f, rule["enum"][-1] if "enum" in rule else "") for f, rule in
                               spec["properties"].items()}
            return json.dumps(answer)
        if kind == "summary":
            return json.dumps({"summary": "Tala loves the moon."})
        if kind == "place":
            return json.dumps({"where": "lake"})
        said = messages[1]["content"].rsplit("The narrator reads", 1)[1]
        who = "owl" if "owl" in said else "tala"
        answer = {"description": f"A picture of {who} by the lake.", "who": [who, who], "place": "same",
                  "action": "jump"}
        return json.dumps({k: v for k, v in answer.items() if k in props})


def test_every_sentence_is_told_in_order_once_in_the_story_s_words(tmp_path):
    llm = StageLLM()
    script = ProgressiveDirector(llm, Config()).plan_progressive(STORY, tmp_path, target_s=40.0)
    assert [stage_path(tmp_path, s).is_file() for s in STAGES] == [True] * 4
    sources = [s.source for s in script.scenes]
    assert {n for src in sources for n in src} == {1, 2, 3, 4, 5}
    assert order_problems([{"source": s.source} for s in script.scenes]) == []
    narration = " ".join(s.narration for s in script.scenes)
    assert narration == STORY  # the story's own words, once each, in order
    assert sources.count([5]) == 2  # the longest sentence is cut at its clause to fill the 40 s asked for
    assert abs(sum(s.duration_s for s in script.scenes) - 40.0) <= 4.0
    told = json.loads((tmp_path / SENTENCES_FILE).read_text())
    assert told["sentences"][0] == "Tala the young tiger loved the moon." and told["language"] == "en"


def test_the_model_is_asked_one_request_per_shot_and_only_what_the_words_leave_open(tmp_path):
    llm = StageLLM()
    script = ProgressiveDirector(llm, Config()).plan_progressive(STORY, tmp_path)
    assert llm.requests.count("registry") == 1 and llm.requests.count("shot") == len(script.scenes)
    assert "setting" not in llm.requests and "moments" not in llm.requests  # code's work now
    shots = [sch["properties"] for r, sch in zip(llm.requests, llm.schemas) if r == "shot"]
    # The animatic draws no description: none is asked; time and weather are the words' (never the model's).
    assert all("description" not in p and "time" not in p and "weather" not in p for p in shots)
    assert all("who" not in p for p in shots)  # every sentence names Tala or the owl, or follows one
    assert [s.time for s in script.scenes][:2] == ["day", "night"]


def test_each_scene_s_mood_is_read_from_its_words_held_one_scene_and_never_asked(tmp_path):
    story = ("Tala the young tiger loved the moon. A storm came over the hill at night. "
             "She ran to the old cave. The owl brought her a blanket. At dawn the sky was clear again. "
             "Tala laughed and played with the owl in the grass. Then the owl flew to its tree. "
             "The moon rose over the hill.")
    llm = StageLLM()
    script = ProgressiveDirector(llm, Config()).plan_progressive(story, tmp_path)
    by_source = {s.source[0]: s.mood for s in script.scenes}
    assert by_source[1] == "happy"  # "loved"
    assert by_source[2] == by_source[3] == by_source[4] == "tense"  # the storm, as long as the sky is stormy
    assert by_source[5] == "tense"  # the sky clears: the mood holds one scene
    assert by_source[6] == by_source[7] == "playful"  # "played": the stronger word before "laughed"; held
    assert by_source[8] == "calm"  # nothing said, two scenes on
    assert all("mood" not in json.dumps(schema) for schema in llm.schemas)


def test_pose_and_expression_come_from_the_words_each_character_s_own_and_are_never_asked(tmp_path):
    story = ("Tala the young tiger loved the moon. Every night she climbed the tallest tree. "
             "An old owl told her the moon bathes in the lake. Tala sat by the lake and smiled, but the owl "
             "flew away angrily.")
    llm = StageLLM()
    script = ProgressiveDirector(llm, Config()).plan_progressive(story, tmp_path)
    by_source = {s.source[0]: s for s in script.scenes}
    assert by_source[2].poses == {"tala": "climb"}  # "she": the lead the words do not name
    assert by_source[1].poses == {} and by_source[1].expressions == {}  # nothing said: standing, neutral
    told = [s for s in script.scenes if 4 in s.source]
    poses = {k: v for s in told for k, v in s.poses.items()}
    faces = {k: v for s in told for k, v in s.expressions.items()}
    assert poses.get("tala") == "sit" and faces.get("tala") == "happy" and faces.get("owl") == "angry"
    shots = [sch["properties"] for r, sch in zip(llm.requests, llm.schemas) if r == "shot"]
    assert not any("pose" in p or "expression" in p for p in shots)
    # shot sizes follow from the staging: the first shot shows the place, wide
    assert script.scenes[0].shot == "wide"
    assert [s.shot for s in script.scenes] == shot_sizes([s.model_dump() for s in script.scenes])


def test_time_and_weather_are_read_from_the_words_and_hold_until_they_change(tmp_path):
    story = ("Tala the young tiger loved the moon. One foggy night she climbed the tallest tree. "
             "An old owl told her the moon bathes in the lake. Tala crept down to the silent lake. "
             "At dawn she went home. That evening a storm rolled over the hills.")
    script = ProgressiveDirector(StageLLM(), Config()).plan_progressive(story, tmp_path)
    assert [s.time for s in script.scenes] == ["day", "night", "night", "night", "dawn", "sunset"]
    assert [s.weather for s in script.scenes] == ["clear", "fog", "fog", "fog", "fog", "storm"]


def test_a_scene_happens_where_its_words_say_else_where_the_story_was(tmp_path):
    story = ("Tala the young tiger loved the moon. Every night she climbed the tallest tree. "
             "An old owl told her the moon bathes in the lake. Tala crept down to the lake. She waited there all night.")
    llm = StageLLM(registry={
        "title": "T", "characters": [{"name": "Tala"}, {"name": "owl"}], "things": [],
        "places": [{"name": "tree", "kind": "place"}, {"name": "lake", "kind": "place"}]})
    script = ProgressiveDirector(llm, Config()).plan_progressive(story, tmp_path)
    # the model answers "same" for every shot: the named places decide, and carry over
    assert [s.background for s in script.scenes] == ["tree", "tree", "lake", "lake", "lake"]


def test_a_pronoun_keeps_the_character_on_screen_beside_what_the_sentence_names(tmp_path):
    story = "Tala the young tiger loved the moon. Every night she climbed the tallest tree to see the moon."
    script = ProgressiveDirector(StageLLM(), Config()).plan_progressive(story, tmp_path)
    assert script.scenes[1].entities == ["tala", "tree", "moon"] and script.scenes[1].protagonist == "tala"


def test_those_the_words_say_act_together_are_on_screen_together(tmp_path):
    story = ("Mia found an old map in the attic. Tom laughed at the map. Ada smiled. "
             "The three of them walked to the river. Tom looked at the brown water. They sat on the bank.")
    llm = StageLLM(registry={"title": "The Map", "characters": [{"name": "Mia"}, {"name": "Tom"}, {"name": "Ada"}],
                             "things": [{"name": "map"}], "places": [{"name": "river", "kind": "place"}]},
                   describe={name: {"is": "person"} for name in ("mia", "tom", "ada")})
    script = ProgressiveDirector(llm, Config()).plan_progressive(story, tmp_path)
    telling = {n: s for s in script.scenes for n in s.source}
    assert telling[2].entities == ["tom", "map"]  # one named: one drawn
    assert sorted(telling[4].entities) == ["ada", "mia", "tom"]  # "the three of them": the three seen last
    assert telling[4].protagonist == "ada"  # the one named leads
    assert telling[5].entities == ["tom"]
    assert sorted(telling[6].entities) == ["ada", "mia", "tom"]  # "they", after a shot of Tom alone


def test_a_name_told_once_with_an_epithet_is_found_without_it():
    from storyreel.director.entities import called
    from storyreel.director.progressive import named_cast

    cast = [{"id": "okafor", "name": "Old Mrs. Okafor", "kind": "character"},
            {"id": "fisher", "name": "old fisherman", "kind": "character"}]
    assert named_cast("Mrs. Okafor gave it a saucer of warm milk.", cast) == ["okafor"]  # she had been left out
    assert called("Old Mrs. Okafor", "Old Mrs. Okafor ran a bakery. Mrs. Okafor smiled.") == [(0, 15), (30, 41)]
    assert named_cast("The fisherman smiled.", cast) == []  # "old fisherman" is no name with an epithet


def test_how_many_act_together_is_read_from_the_words():
    from storyreel.director.progressive import joined
    from storyreel.director.words import together

    assert together("The three of them walked to the river.", "en") == 3
    assert together("Both of them laughed.", "en") == together("Die beiden gingen heim.", "de") == 2
    assert together("They sat down.", "en") == 0 and together("Ils coururent.", "fr") == 0
    assert together("She held the cup with both hands.", "en") is None  # a pair of hands is no pair of people
    assert together("Alle drei Tage kam der Bote.", "de") is None  # every three days
    assert together('"They will find us," Mia whispered.', "en") is None  # someone else's "they"
    assert together("Tous les trois rirent.", "fr") == together("他们三个人走了。", "zh") == 3
    people, groups = {"mia", "tom", "ada", "kids"}, {"kids"}
    assert joined(["ada"], ["ada", "tom", "mia"], 3, people, groups, True) == ["ada", "tom", "mia"]
    assert joined(["ada", "map"], ["ada", "tom", "mia"], 3, people, groups, True) == ["ada", "tom", "map"]  # the map stays
    assert joined(["kids", "raft"], ["tom"], 3, people, groups, True) is None  # "the three children": one group
    assert joined(["ada"], ["ada"], 0, people, groups, False) is None  # "they", and no one else seen lately
    assert joined(["ada", "tom"], ["ada", "tom", "mia"], 0, people, groups, False) is None  # the two on screen
    assert joined(["ada"], ["ada", "tom"], None, people, groups, False) is None  # nothing said of a group
    # "they ran to the farm, where a dog barked": those seen last lead; a group joins alone
    assert joined(["dog"], ["kids", "tom"], 0, people | {"dog"}, groups, True) == ["kids", "dog"]
    assert joined(["tom"], ["ada", "mia"], 0, people, groups, False) == ["tom", "ada", "mia"]


def test_a_thing_listed_among_the_characters_becomes_a_thing(tmp_path):
    llm = StageLLM(registry={"title": "T", "characters": [{"name": "Tala"}, {"name": "tree"}],
                             "things": [], "places": [{"name": "lake", "kind": "place"}]},
                   describe={"tree": {"is": "object"}})
    script = ProgressiveDirector(llm, Config()).plan_progressive(STORY, tmp_path)
    asked = next(s["properties"] for r, s in zip(llm.requests, llm.schemas) if r == "describe")
    assert "tala" not in asked  # "Tala the young tiger": the words settle what she is; nothing to ask
    assert script.entity("tree").kind == "object" and script.entity("tala").kind == "character"


def test_descriptions_state_what_the_story_says_and_nothing_it_does_not(tmp_path):
    script = ProgressiveDirector(StageLLM(), Config()).plan_progressive(STORY, tmp_path)
    assert [(e.id, e.kind) for e in script.entities] == [("tala", "character"), ("owl", "character"),
                                                          ("lake", "location"), ("moon", "object"),
                                                          ("tree", "object"), ("rock", "object")]  # named in passing
    assert script.entity("tala").description == "A young tiger."  # "Tala the young tiger": species and age
    assert script.entity("owl").description == "An old owl."  # "An old owl"
    assert script.entity("tree").description == "A tallest tree." or "tree" in script.entity("tree").description
    assert all(s.entities.count(s.entities[0]) == 1 for s in script.scenes if s.entities)


def test_a_shot_that_lists_its_fields_instead_of_describing_is_asked_again(tmp_path):
    class Lister(StageLLM):
        def chat(self, messages, *, schema=None, **kw):
            answer = super().chat(messages, schema=schema, **kw)
            if self.requests[-1] == "shot" and self.requests.count("shot") == 1:
                return answer.replace("A picture of tala by the lake.", "tala, lake, same, none, static")
            return answer

    llm = Lister()
    config = Config(backends={"keyframes": "diffusion", "shots": "diffusion"})  # a backend that reads descriptions
    ProgressiveDirector(llm, config).plan_progressive(STORY, tmp_path)
    assert llm.requests.count("shot") == len(json.loads(stage_path(tmp_path, "detailed").read_text())["shots"]) + 1
    assert "not a list of ids or staging words" in llm.prompts[llm.requests.index("shot") + 1]


def test_a_story_without_a_named_place_gets_one(tmp_path):
    llm = StageLLM(registry={"title": "T", "characters": [{"name": "Tala"}],
                             "things": [], "places": [{"name": "Moon Palace", "kind": "place"}]})
    story = "Tala the young tiger loved the moon. Every night she looked up at it and smiled for a long time."
    script = ProgressiveDirector(llm, Config()).plan_progressive(story, tmp_path)
    assert "place" in llm.requests  # "Moon Palace" is not in the story: the model is asked where it happens
    assert [e.kind for e in script.entities].count("location") == 1


def test_until_stops_and_resume_continues_from_the_edited_file(tmp_path):
    llm = StageLLM()
    director = ProgressiveDirector(llm, Config())
    assert director.plan_progressive(STORY, tmp_path, until="rough") is None
    assert stage_path(tmp_path, "rough").is_file() and not stage_path(tmp_path, "detailed").exists()
    rough = json.loads(stage_path(tmp_path, "rough").read_text())
    rough["entities"][0]["name"] = "Tala the Brave"  # a hand edit between stages
    stage_path(tmp_path, "rough").write_text(json.dumps(rough))
    before = len(llm.requests)
    script = director.plan_progressive(STORY, tmp_path, resume=True)
    assert "registry" not in llm.requests[before:] and "describe" not in llm.requests[before:]
    assert script.entity("tala").name == "Tala the Brave"


def test_a_sentence_removed_by_hand_is_told_again_where_its_number_says(tmp_path):
    llm = StageLLM()
    director = ProgressiveDirector(llm, Config())
    director.plan_progressive(STORY, tmp_path, until="detailed")
    detailed = json.loads(stage_path(tmp_path, "detailed").read_text())
    detailed["shots"] = [s for s in detailed["shots"] if s["source"] != [3]]  # the owl's sentence deleted
    stage_path(tmp_path, "detailed").write_text(json.dumps(detailed))
    script = director.plan_progressive(STORY, tmp_path, resume=True)
    assert [s.source for s in script.scenes] == [[1], [2], [3], [4], [5]]
    assert script.scenes[2].narration == "An old owl told her the moon bathes in the lake."
    completed = json.loads(stage_path(tmp_path, "completed").read_text())
    assert completed["coverage"]["added"] == [3] and completed["coverage"]["told"] == 5


def test_resume_starts_from_the_stage_edited_last(tmp_path):
    llm = StageLLM()
    director = ProgressiveDirector(llm, Config())
    director.plan_progressive(STORY, tmp_path)
    rough = json.loads(stage_path(tmp_path, "rough").read_text())
    rough["moments"] = [{"first": 1, "last": 5, "shots": 1}]  # the user groups differently
    stage_path(tmp_path, "rough").write_text(json.dumps(rough))
    later = stage_path(tmp_path, "scheduled").stat().st_mtime_ns + 1_000_000
    os.utime(stage_path(tmp_path, "rough"), ns=(later, later))
    before = len(llm.requests)
    director.plan_progressive(STORY, tmp_path, resume=True)
    assert llm.requests[before] == "shot"  # detailed again, from the edited rough plan
    del rough["moments"]
    stage_path(tmp_path, "rough").write_text(json.dumps(rough))
    os.utime(stage_path(tmp_path, "rough"), ns=(later * 2, later * 2))
    with pytest.raises(InputError, match="rough.json: cannot continue from it"):
        director.plan_progressive(STORY, tmp_path, resume=True)


def test_bad_stage_name_and_broken_stage_file(tmp_path):
    director = ProgressiveDirector(StageLLM(), Config())
    with pytest.raises(InputError, match="unknown stage"):
        director.plan_progressive(STORY, tmp_path, until="final")
    stage_path(tmp_path, "rough").write_text("{ broken")
    with pytest.raises(InputError, match="rough.json: not valid JSON"):
        director.plan_progressive(STORY, tmp_path, resume=True)


def test_until_removes_stale_later_stages(tmp_path):
    director = ProgressiveDirector(StageLLM(), Config())
    director.plan_progressive(STORY, tmp_path)
    director.plan_progressive(STORY, tmp_path, until="rough")
    assert stage_path(tmp_path, "rough").is_file() and not stage_path(tmp_path, "scheduled").exists()


def test_a_long_story_is_planned_part_by_part_with_a_summary(tmp_path):
    long_story = "\n\n".join(f"{STORY} Chapter {i} ends with a quiet night by the lake." for i in range(6))
    llm = StageLLM()
    script = ProgressiveDirector(llm, Config(chunk_words=60)).plan_progressive(long_story, tmp_path)
    rough = json.loads(stage_path(tmp_path, "rough").read_text())
    assert len(rough["parts"]) >= 3 and llm.requests.count("summary") == len(rough["parts"]) - 1
    assert llm.requests.count("registry") == len(rough["parts"])
    assert len(script.scenes) == len(rough["sentences"])  # one shot per sentence, in order
    assert " ".join(s.narration for s in script.scenes) == " ".join(rough["sentences"])
    later = [p for r, p in zip(llm.requests, llm.prompts) if r == "shot"][-1]
    assert later.startswith("The story so far: Tala loves the moon.")


class ReplanLLM:
    model = "scripted"
    parallel = 1

    def __init__(self, background_description):
        self.background_description = background_description

    def chat(self, messages, *, schema=None, max_tokens=1024, temperature=0.0, seed=0, frequency_penalty=0.0):
        assert "make it night" in messages[-1]["content"]
        return json.dumps({"description": "Milo flies the kite under the stars.", "narration": "Night fell on the hill.",
                           "entities": ["milo", "ghost"], "place": "hill", "time": "night", "weather": "clear",
                           "mood": "mysterious", "protagonist": "milo",
                           "action": "jump", "camera": "zoom_in", "speed": "slow",
                           "background_description": self.background_description})


def test_replan_rewrites_one_scene_and_adds_a_night_variant_of_its_place(script_data):
    from storyreel.script import validate_script

    script_data["scenes"][1]["source"] = [2]
    script = validate_script(script_data)
    night = "The grassy hill at night under a starry sky."
    new = ProgressiveDirector(ReplanLLM(night), Config()).replan_scene(script, "s2", "make it night")
    assert [s.id for s in new.scenes] == ["s1", "s2", "s3"]
    assert new.scenes[0] == script.scenes[0] and new.scenes[2] == script.scenes[2]  # neighbours untouched
    s2 = new.scene("s2")
    assert s2.narration == "Night fell on the hill." and s2.entities == ["milo"]  # unknown id dropped
    assert s2.source == [2] and s2.time == "night"  # it still tells the same sentence, now at night
    assert s2.mood == "mysterious"
    assert s2.background == "hill-s2" and new.entity("hill-s2").description == night
    assert new.entity("hill").description == script.entity("hill").description  # s1 keeps its sunny hill
    same = ProgressiveDirector(ReplanLLM(script.entity("hill").description), Config()).replan_scene(
        script, "s2", "make it night")
    assert same.scene("s2").background == "hill" and len(same.entities) == len(script.entities)


def test_replan_unknown_scene_is_a_clear_error(script_data):
    from storyreel.script import validate_script

    with pytest.raises(InputError, match="scene 's9' is not in the script; scenes are: s1, s2, s3"):
        ProgressiveDirector(ReplanLLM(""), Config()).replan_scene(validate_script(script_data), "s9", "make it night")


@pytest.mark.parametrize("text, place", [
    ("Lina climbed the narrow stairs of the tower.", "town-hall-tower"),  # a place called by its head noun
    ("The mayor ran in: the tower clock has stopped!", None),  # "tower" is part of an object's name there
    ("She crossed the town hall square.", "town-hall"),
    ("Snow fell on the town hall tower.", "town-hall-tower"),  # the longest name where two start together
    ("She met Jonas at the market stalls, then went to the tower.", "market-stalls"),  # the first named
    ('"Will we reach the town hall before dark?" Lina asked.', None),  # spoken of, not where she is
    ('"Run!" Lina shouted from the tower.', "town-hall-tower"),
])
def test_a_scene_happens_at_the_place_its_words_name(text, place):
    entities = [{"id": "town-hall-tower", "name": "town hall tower", "kind": "location"},
                {"id": "town-hall", "name": "town hall", "kind": "location"},
                {"id": "market-stalls", "name": "market stalls", "kind": "location"},
                {"id": "tower-clock", "name": "tower clock", "kind": "object"}]
    assert named_place(text, entities) == place


def test_a_time_listed_as_a_character_or_a_place_is_no_entity(tmp_path):
    llm = StageLLM(registry={"title": "T", "characters": [{"name": "Tala"}, {"name": "at midnight"}],
                             "things": [], "places": [{"name": "lake", "kind": "place"},
                                                      {"name": "Every night", "kind": "place"}]})
    script = ProgressiveDirector(llm, Config()).plan_progressive(STORY, tmp_path)
    names = [e.name.lower() for e in script.entities]
    assert "tala" in names and "lake" in names
    assert not any("night" in n for n in names)


def test_the_story_s_one_boat_joins_a_shot_whose_words_put_someone_in_it():
    from storyreel.director.progressive import with_vehicle

    entities = [{"id": "men", "kind": "character", "name": "fishermen"},
                {"id": "boat", "kind": "object", "name": "small fishing boat"},
                {"id": "basket", "kind": "object", "name": "basket"}]
    assert with_vehicle(["men"], "The fishermen rowed to the island.", entities, "en") == ["men", "boat"]
    assert with_vehicle(["men"], "The fishermen waved from the pier.", entities, "en") == ["men"]
    assert with_vehicle(["men", "basket", "boat"], "They sailed home.", entities, "en") == ["men", "basket", "boat"]
    two = [*entities, {"id": "ship", "kind": "object", "name": "big ship"}]
    assert with_vehicle(["men"], "The fishermen rowed to the island.", two, "en") == ["men"]  # which one?


def test_who_says_each_quoted_line_is_read_by_code():
    from storyreel.director.progressive import speakers_of

    entities = [{"id": "hm", "kind": "character", "name": "harbour master"},
                {"id": "biscuit", "kind": "character", "name": "Biscuit"},
                {"id": "ruth", "kind": "character", "name": "Captain Ruth Hale"},
                {"id": "boat", "kind": "object", "name": "red boat"}]
    said = '"Good dog, Biscuit!" the harbour master shouted, and they ran back.'
    assert speakers_of(said, ["hm", "biscuit"], entities, "en") == ["hm"]
    assert speakers_of('"Hold on!" Ruth cried. "We are home."', ["hm"], entities, "en") == ["ruth", "ruth"]  # goes on
    assert speakers_of('"Who is there?" "Only the wind."', ["hm", "biscuit"], entities, "en") == [None, None]
    assert speakers_of("No one spoke.", ["hm"], entities, "en") == []
