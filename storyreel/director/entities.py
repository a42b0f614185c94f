"""The entity registry's rules: names taken from the story, kinds from a closed list, one id
per name, and descriptions that state what the story's words settle (species, sex, age, group,
looks, colours; words.py reads them) and, where they leave something open, what the model
chose from closed lists, never a detail the story contradicts. Pure functions; the questions
to the model are in progressive.py.
"""

from __future__ import annotations

import re

from .text import is_cjk, slugify

# What the registry asks the model to choose from, and the contract's kind each maps to.
CATEGORIES = {"character": "character", "thing": "object", "building": "location", "place": "location"}
NOT_SAID = "not said"
HUMAN = {"human", "person", "man", "woman", "boy", "girl", "child", "people", "human being"}
# What a character is, asked only where the story's words do not say (a small model reliably tells
# a person from an animal, and a lodge listed among the characters from a being).
KINDS = ["person", "animal", "creature", "object", "place"]
SEX_CHOICES = ["male", "female", NOT_SAID]
AGE_CHOICES = ["child", "young", "adult", "old", NOT_SAID]
LOOKS_MAX = 60
PEOPLE = {  # (sex, age) -> what to call a person; None = the story does not say
    ("male", "child"): "boy", ("male", "young"): "young man", ("male", "adult"): "man", ("male", "old"): "old man",
    ("male", None): "man", ("female", "child"): "girl", ("female", "young"): "young woman",
    ("female", "adult"): "woman", ("female", "old"): "old woman", ("female", None): "woman",
    (None, "child"): "child", (None, "young"): "young person", (None, "adult"): "person",
    (None, "old"): "old person", (None, None): "person"}


def open_questions(category: str, facts: dict, language: str) -> dict:
    """The JSON-schema properties the model answers about one entity: only what the story's
    words leave open (`facts`: species, sex, age as read by code, None where unsaid). A story
    not in English also needs its looks (characters) or what it is (things, places) in English."""
    fields: dict = {}
    if category == "character":
        if not facts.get("species"):
            fields["is"] = {"enum": KINDS}
            fields["species"] = {"type": "string", "minLength": 1, "maxLength": 20}
        if language != "en":  # in English the code reads sex and age (nouns, titles, pronouns); unsaid stays unsaid
            if not facts.get("sex"):
                fields["sex"] = {"enum": SEX_CHOICES}
            if not facts.get("age"):
                fields["age"] = {"enum": AGE_CHOICES}
            fields["looks"] = {"type": "string", "minLength": 0, "maxLength": 40}
    elif language != "en":
        fields["what"] = {"type": "string", "minLength": 1, "maxLength": 30}
    return fields


QUESTION_HELP = {
    "is": "person (anyone human), animal, creature (a being that comes alive or acts by itself), or object or "
          "place if it is not a being at all",
    "species": "human for a person; else the animal or being, in one English word",
    "sex": "male or female as the story tells it, else \"not said\"",
    "age": "child, young, adult or old as the story tells it, else \"not said\"",
    "looks": "what the story says about how it looks (hair, clothes, fur, colour), in English; empty if it says "
             "nothing",
    "what": "what it is, in a few English words",
}


def question_help(fields: dict) -> str:
    """What each asked field means, for the prompt."""
    return "\n".join(f'- "{field}": {QUESTION_HELP[field]}' for field in QUESTION_HELP if field in fields)


def settle(category: str, facts: dict, answer: dict) -> tuple[str, dict]:
    """(category, facts) after the model's answer: a "character" the model calls an object or a
    place moves there; what the story settles is never overridden (it was not asked)."""
    facts = dict(facts)
    kind = answer.get("is")
    if kind in ("object", "place"):
        return ("thing" if kind == "object" else "place"), facts
    if "species" in answer:
        species = " ".join(str(answer["species"]).lower().split()[:2]).strip(" .,;:")
        facts["species"] = "human" if kind == "person" or species in HUMAN or not species else species
    for field in ("sex", "age"):
        if answer.get(field) not in (None, NOT_SAID):
            facts[field] = answer[field]
    for field in ("looks", "what"):
        if isinstance(answer.get(field), str) and answer[field].strip():
            facts[field] = " ".join(answer[field].split()).strip(" .,;:")
    return category, facts


def is_human(facts: dict) -> bool:
    return str(facts.get("species") or "").strip().lower() in HUMAN


def compose(category: str, name: str, facts: dict) -> str:
    """The entity's description from what is known, nothing more: "An old man with a white
    beard.", "A black cat.", "A group of fishermen.", "A red and white lighthouse."; a detail
    the story does not give is left out, never made up."""
    looks = facts.get("looks") or ""
    if category == "character":
        if facts.get("group"):
            head = f"a group of {name if facts.get('language', 'en') == 'en' else 'people'}"
        elif is_human(facts) or not facts.get("species"):
            head = PEOPLE[(facts.get("sex"), facts.get("age"))]
            head = f"{_article(head)} {head}"
        else:
            age = {"child": "young", "young": "young", "old": "old"}.get(facts.get("age") or "", "")
            colour = " ".join(c for c in facts.get("colours", []) if c not in looks.split())
            head = " ".join(w for w in (age, colour, facts["species"]) if w)
            head = f"{_article(head)} {head}"
        if looks:
            link = "" if looks.startswith((" ", ",")) else " " if looks.split()[0] in _LINKS else " with "
            head += f"{link}{looks}"
    else:
        what = facts.get("what") or " ".join(w for w in (facts.get("adjectives") or "", name) if w)
        head = f"{_article(what)} {what}" if not re.match(r"(?i)(a|an|the)\s", what) else what
    head = " ".join(head.split())
    return head[0].upper() + head[1:] + "."


_LINKS = {"with", "in", "wearing", "dressed"}
# What follows a name (or its apposition: "Otto, an old clockmaker,") and says how it looks, in an
# English story: "with a white beard", "in a yellow raincoat", "who wore a blue cap".
_APPOSED = r"(?:(?:,?|\s+(?:was|is))\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+)?"
_LOOKS_START = (r",?\s+(with|in|wearing|dressed in|who wore|who wears|who always wore)\s+"
                r"((?:a|an|the|his|her|its|their)\s+.+)")
_LOOKS_END = re.compile(r"[.;!?]|,\s*(?:who|which|and then|but)\b|\s+(?:who|which|that)\s|\s+and\s+(?:\w+ed|was|had|is|"
                        r"has|carried|wore)\b|,\s+(?:\w+ed)\b")


def story_looks(name: str, sentences: list[str]) -> str:
    """How an English story says a character looks, from the words right after its name (and an
    apposition): "an old clockmaker named Otto, with a white beard, round glasses and a green
    waistcoat" -> "with a white beard, round glasses and a green waistcoat"; "" when it says
    nothing; a name that says it itself ("woman in a red coat") gives its own words. Pure."""
    own = re.search(_LOOKS_START, name, re.IGNORECASE)
    if own and re.search(r"[^\W\d_]", name[:own.start()]):
        return f"{own.group(1).lower()} {own.group(2)}"[:LOOKS_MAX]
    n = re.escape(name)
    for sentence in sentences:
        for m in re.finditer(rf"(?<!\w){n}(?!\w){_APPOSED}{_LOOKS_START}", sentence, re.IGNORECASE):
            link, rest = m.group(1).lower(), m.group(2)
            end = _LOOKS_END.search(rest)
            phrase = rest[: end.start()] if end else rest
            link = "with" if link.startswith("who") else link
            looks = f"{link} {phrase}".strip(" ,")
            if len(looks) > LOOKS_MAX:
                looks = looks[:LOOKS_MAX].rsplit(",", 1)[0] if "," in looks[:LOOKS_MAX] else \
                    looks[:LOOKS_MAX].rsplit(" ", 1)[0]
            return looks
    return ""


_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that"}


def story_adjectives(name: str, sentences: list[str]) -> str:
    """The words an English story puts between a determiner and the name of a thing or place
    ("the red and white lighthouse" -> "red and white", "Oskar's wooden toolbox" -> "wooden"),
    at the longest of its mentions. Pure."""
    best = ""
    for sentence in sentences:
        for start, _ in mentions(name, sentence):
            before = re.findall(r"[\w'-]+", sentence[:start])[-4:]
            words: list[str] = []
            for word in reversed(before):
                if word.lower() in _DETERMINERS or word.endswith("'s"):
                    if len(" ".join(words)) > len(best):
                        best = " ".join(reversed(words))
                    break
                if not word.islower() or word in ("named", "called"):
                    break
                words.append(word)
    return best




def _article(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"


_ARTICLE_WORDS = "the|a|an|el|la|los|las|un|una|le|les|der|die|das|ein|eine|il|lo"
ARTICLES = re.compile(rf"^({_ARTICLE_WORDS}|l'|gli)\s+", re.IGNORECASE)


def bare_name(name: str) -> str:
    """The name as written, without a leading article or surrounding punctuation."""
    name = " ".join(name.split()).strip(" \"'“”«»「」.,;:!?")
    return ARTICLES.sub("", name) or name


def as_written(name: str, story: str) -> str:
    """The name as the story writes it where it is not capitalised for starting a sentence: a
    model answers "Harbour Master" for "the harbour master". Pure."""
    spans = mentions(name, story)
    for start, end in spans:
        if not re.search(r"(?:^|[.!?:;\"“„«」]\s*)$", story[:start]):
            return story[start:end]
    return story[spans[0][0]:spans[0][1]] if spans and not name[:1].isupper() else name


_INNER_ARTICLES = rf"(?:{_ARTICLE_WORDS}|his|her|their|den|dem|einen)"  # the words a model may swap inside a name


def worded_as_in(name: str, story: str) -> str:
    """The story's own words for a name a model gave with other articles inside it ("woman in the
    red coat" for "a woman in a red coat"), or the name as given where the story has no such words. Pure."""
    words = [w for w in name.split() if not re.fullmatch(_INNER_ARTICLES, w, re.IGNORECASE)]
    if len(words) < 2 or mentions(name, story) or is_cjk(name[0]):
        return name
    pattern = rf"\s+(?:{_INNER_ARTICLES}\s+)?".join(map(re.escape, words))
    found = re.search(rf"(?<!\w){pattern}(?!\w)", story, re.IGNORECASE)
    return found.group() if found else name


def proper_name(name: str, story: str) -> str:
    """The name in a name with its description ("Oskar the old lighthouse keeper", "Pepper, the
    black cat") when the story uses it on its own too; else the name as given."""
    m = re.match(r"^([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*,?\s+(?:the|a|an)\s+\w", name)
    return m.group(1) if m and in_story(m.group(1), story) else name


def head_name(name: str, story: str, others: list[str]) -> str:
    """A thing's or place's name as the story mostly calls it: "red and white lighthouse" is "the
    lighthouse" in most sentences, "great lamp" "the lamp": the last word of a name of several
    Latin-script words, when the story uses it alone more often than the whole name and no other
    entity's name has it. Pure."""
    parts_ = name.split()
    head = parts_[-1] if len(parts_) > 1 and re.fullmatch(r"[^\W\d_]{3,}", parts_[-1]) else None
    if head is None or any(head.lower() in o.lower().split() for o in others if o != name):
        return name
    return head if len(mentions(head, story)) > len(mentions(name, story)) else name


def mentions(name: str, text: str) -> list[tuple[int, int]]:
    """Where `name` occurs in `text` (case-insensitive; whole words, except in CJK script)."""
    if not name:
        return []
    if is_cjk(name[0]) or is_cjk(name[-1]):
        pattern = re.escape(name)
    else:
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


# Epithets a story may put before a name once ("Old Mrs. Okafor ran a bakery") and then leave off
# ("Mrs. Okafor gave it a saucer").
_EPITHET = re.compile(r"(?i:old|young|little|big|tall|poor|dear|good|kind|wise|brave|grumpy|clever)\s+(?=[A-Z])")


def called(name: str, text: str) -> list[tuple[int, int]]:
    """Where a text calls an entity: its name (see `mentions`) or, for a name that opens with an
    epithet before a capitalised name ("Old Mrs. Okafor", "Little Tom"), that name alone, in text
    order. Pure."""
    spans = mentions(name, text)
    bare = _EPITHET.match(name)
    if bare:
        spans += [span for span in mentions(name[bare.end():], text) if not any(a <= span[0] < b for a, b in spans)]
    return sorted(spans)


def in_story(name: str, story: str) -> bool:
    """True when the story itself uses the name (or a plural/possessive of it): the model may
    not invent characters, things or places."""
    if mentions(name, story):
        return True
    return any(mentions(form, story) for form in (f"{name}s", f"{name}es", f"{name}'s"))


def sentences_naming(name: str, sentences: list[str], limit: int = 6) -> list[int]:
    """Numbers (1-based) of the sentences that name the entity, at most `limit`."""
    return [n for n, s in enumerate(sentences, 1) if mentions(name, s)][:limit]


def merge_names(known: list[dict], new: list[dict]) -> list[dict]:
    """The new entries that are not already known under the same or a containing name.

    "Oskar" and "Oskar the keeper" are one entity (the name listed first is kept); two
    entries with the same slug are one. A known thing listed again as a character (the crow
    that only sat on its nest in the first part speaks in the next) becomes a character.
    Entries are {"name", "category"}."""
    for entry in new:
        for k in known:
            if entry["category"] == "character" and k.get("category") == "thing" and slugify(entry["name"]) == \
                    slugify(k["name"]):
                k.update(category="character", kind=CATEGORIES["character"])
    taken = {slugify(e["name"]) for e in known}
    known_names = [e["name"].lower() for e in known]
    out: list[dict] = []
    for entry in new:
        name = entry["name"]
        low = name.lower()
        if slugify(name) in taken:
            continue
        if any(_contains(k, low) or _contains(low, k) for k in known_names):
            continue
        taken.add(slugify(name))
        known_names.append(low)
        out.append(entry)
    return out


def _contains(longer: str, shorter: str) -> bool:
    """`shorter` is a capitalised name inside `longer` ("oskar" in "oskar the keeper")."""
    if longer == shorter or len(shorter) < 2:
        return longer == shorter
    if is_cjk(shorter[0]):
        return shorter in longer and len(shorter) >= 2
    return bool(mentions(shorter, longer)) and shorter[:1].isalpha() and len(shorter.split()) == 1


# A "thing" with one of these names is where scenes happen: a place, drawn as a backdrop.
BUILDINGS = {"lighthouse", "tower", "castle", "house", "cottage", "hut", "cabin", "church", "temple", "palace",
             "school", "shop", "bakery", "mill", "windmill", "station", "barn", "museum", "library", "office",
             "hall", "farmhouse", "inn", "tent", "igloo"}


def is_building(name: str) -> bool:
    words = name.lower().split()
    return bool(words) and words[-1] in BUILDINGS


# Nouns that say only what someone is ("the man", "a girl"): later in a story they are most often a
# character already named ("the old man" is Oskar), so the code adds none of them, unless plural.
_GENERIC = {"man", "woman", "boy", "girl", "child", "kid", "person", "lady", "gentleman", "baby", "guy"}
_CROWD = {"people", "folk", "everyone", "everybody"}  # no one to draw
# English places where something happens, named in passing ("ran down the hill to the market").
PLACE_NOUNS = {"shop", "market", "square", "harbour", "harbor", "kitchen", "bakery", "forest", "wood", "woods",
               "beach", "village", "school", "station", "garden", "river", "bridge", "castle", "church", "museum",
               "park", "street", "pier", "office", "farm", "field", "hill", "mountain", "lake", "island", "tower",
               "house", "cottage", "room", "bedroom", "cave", "city", "town", "shore", "sea", "meadow", "workshop",
               "library", "classroom", "palace", "stable", "barn", "garage", "airport", "lodge", "valley", "desert",
               "jungle", "pond", "harbourside", "quay", "dock", "cafe", "café", "restaurant", "hospital", "zoo",
               "playground", "attic", "cellar", "hall", "roof", "lighthouse", "mill", "windmill", "temple", "camp",
               "port", "bay", "cove", "cliff", "coast", "road", "lane", "dune", "glade", "orchard", "yard",
               "rocks"}  # "toward the rocks" (a rock alone is a thing)
_TOWARD = {"to", "in", "into", "at", "from", "through", "across", "toward", "towards", "inside", "outside", "onto",
           "on", "by", "near", "behind", "past", "along", "around", "over", "under", "reached", "left", "entered"}


def _covered(word: str, at: int, sentence: str, known: list[dict], determiners: set[str], naming,
             place: bool = False) -> bool:
    """The word is part of a known entity's name, or says what a known character is beside its
    name: after it ("Oskar the old lighthouse keeper", "Bruno, der Hund") or before it ("a black
    cat named Pepper", "ihr Hund Bruno"). A `place` noun is part of a known place's longer name
    only where that name is said: "the harbour" is another place than "the harbour wall"."""
    low = word.lower()
    for k in known:
        name = k["name"].lower()
        if low in name.split() or low.rstrip("s") in name.split():
            if place and (k["category"] in ("place", "building") or k.get("kind") == "location") and \
                    len(name.split()) > 1 and \
                    not any(start <= at < end for start, end in mentions(k["name"], sentence)):
                continue
            return True
        if k["category"] != "character":
            continue
        for start, end in mentions(k["name"], sentence):
            if at >= end:
                between = re.findall(r"[\w'-]+", sentence[end:at].lower())
                if between and between[0] in determiners and len(between) <= 4:
                    return True
            else:
                gap = sentence[at + len(word):start]
                between = re.findall(r"[\w'-]+", gap.lower())
                if not between or (len(between) <= 2 and gap.rstrip().endswith(",")) or \
                        (len(between) <= 5 and naming is not None and naming.search(gap)):
                    return True
    return False


_VERBS_IN_S = {"was", "is", "has", "says", "does", "goes", "sits", "runs", "lives", "looks", "wants", "loves"}


# Prepositions fused with an article before a place: "am Strand", "zum Markt", "au marché", "al mercado".
_FUSED = {"de": {"am", "im", "zum", "zur", "beim", "vom", "ans", "ins", "aufs", "übers"}, "fr": {"au", "aux", "du"},
          "es": {"al", "del"}, "it": {"al", "allo", "alla", "nel", "nella", "nello", "sul", "sulla", "dal", "dalla",
                                      "del", "della", "ai", "agli", "alle", "nei", "nelle"},
          "pt": {"ao", "no", "na", "nos", "nas", "do", "da", "pelo", "pela", "num", "numa"}, "nl": {"ten", "ter"}}
# The kinds of place framing.py knows that are places a scene happens at (a vehicle is a thing).
_PLACE_KINDS = {"open", "room", "shop", "building", "town"}


def is_time_phrase(name: str, language: str) -> bool:
    """A "place" whose name says a time or a weather and no place noun ("Am Samstagmorgen", "one
    stormy night"): the sky of the scenes, not where they happen."""
    from . import framing
    from .words import setting

    said = setting(name, language, [])
    return (said["time"] is not None or said["weather"] is not None) and \
        framing._place_kind(name, framing._language(language)) is None


def names_a_place(name: str, language: str) -> bool:
    """Whether a name's last word is a place ("river", "the wide river", "Strand"): a model may list
    it among the things, but no cut-out draws a river; a place's backdrop does."""
    words = name.split()
    return bool(words) and (words[-1].lower() in PLACE_NOUNS if language == "en" else
                            _place_noun(words[-1], language))


def _place_noun(word: str, language: str) -> bool:
    """A noun framing.py reads as a place ("Strand", "plage", "bosque", "kitchen")."""
    from . import framing

    return framing._place_kind(word, framing._language(language)) in _PLACE_KINDS


# Nouns that are mostly what another thing is made of when a noun follows ("a stone bench").
_MATERIALS = frozenset("stone glass paper wood iron gold silver metal plastic leather wool clay rock ice "
                       "sugar chocolate".split())


# Words after a noun that start something else, not a compound ("a flat rock and", "the stone lay").
_FOLLOWERS = frozenset("and or but in on at to with from by into onto over under near behind beside that which who "
                       "was were is are had has lay lies stood stands fell rolled broke sank".split())


def _determines(word: str, determiners: set[str], language: str) -> bool:
    """A determiner, or in English a possessive ("Oskar's toolbox", "the keeper's lamp")."""
    low = word.lower()
    return low in determiners or (language == "en" and low.endswith(("'s", "’s")) and len(low) > 2)


def _drawable_thing(word: str) -> bool:
    """An English noun the cut-out cast has a picture of (cast/things.py: a kite, a flashlight)."""
    from ..cast.things import drawable, singular

    return singular(word) in drawable()


def passing_names(sentences: list[str], language: str, known: list[dict]) -> list[dict]:
    """Characters and places a story names in passing, read by code where a model listing at most
    a few per part leaves them out: a person or animal noun after a determiner ("the fishermen",
    "the baker", "a dog"; words.noun in any language it knows), in English a thing the cut-out cast
    can draw after a determiner ("a kite", "his flashlight"), and a place noun: in English after a
    determiner and a word of movement or position ("to the market"), in the other Latin-script
    languages after a determiner or a preposition fused with one within two words ("am windigen
    Strand", "sur la plage": the nouns framing.py reads as places). Not a generic noun in the
    singular ("the man" is most often someone named), not a species a known character is, not a
    word of a known name or its apposition. Entries are {"name", "category"}, in story order."""
    from ..cast.things import MEASURES, singular
    from .words import DETERMINERS, NAMING, being, noun

    dets = DETERMINERS.get(language, set())
    species = {being(k["name"], sentences, language)["species"] for k in known if k["category"] == "character"}
    species.discard("human")  # another person is another character; another cat is most often the same cat
    found: list[dict] = []
    seen: set[str] = set()
    for sentence in sentences:
        tokens = [(m.group(), m.start()) for m in re.finditer(r"[^\W\d_][\w'-]*", sentence)]
        for i, (word, at) in enumerate(tokens):
            if word.lower() in seen:
                continue
            determined = i > 0 and _determines(tokens[i - 1][0], dets, language)
            being = noun(word, language)
            # "to the market", "past the old harbour", "on the cliffs"
            place = language == "en" and _english_place(word, [t.lower() for t, _ in tokens[max(0, i - 3):i]], dets)
            if language in _FUSED:  # "am windigen Strand", "sur la plage", "en el bosque"
                before = {t.lower() for t, _ in tokens[max(0, i - 2):i]}
                place = bool(before & (dets | _FUSED[language])) and _place_noun(word, language) and \
                    (language != "de" or word[:1].isupper())
            # a determiner, maybe a word or two about it between ("a red kite", "his old flashlight")
            described = determined or any(_determines(tokens[j][0], dets, language) and all(
                t.islower() and noun(t, language) is None for t, _ in tokens[j + 1:i]) for j in range(max(0, i - 3), i))
            thing = described and being is None and not place and language == "en" and word.islower() and \
                _drawable_thing(word)
            if thing and i + 1 < len(tokens) and tokens[i + 1][0].islower():
                follower = tokens[i + 1][0]
                if noun(follower, language) is not None or (follower == "of" and singular(word) in MEASURES) or \
                        (word.lower() in _MATERIALS and not _drawable_thing(follower) and follower not in _FOLLOWERS
                         and not follower.endswith("ed")):
                    thing = False  # "the glass lion", "a ring of keys", "a stone bench": about something else
                elif _drawable_thing(follower):
                    word = f"{word} {follower}"  # "a cake box": the thing is the compound
            if not determined and not place and not thing and not (being and being["group"] and word.islower()):
                continue  # (a group needs no determiner: "while children threw")
            if being is None and not place and not thing:
                continue
            after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
            if being is not None and re.fullmatch(r"[a-z]+s", after) and after not in _VERBS_IN_S:
                continue  # an adjective of a plural noun: "the giant gears"
            if being is not None and ((word.lower() in _GENERIC and not being["group"]) or word.lower() in _CROWD
                                      or being["species"] in species):
                continue
            if _covered(word, at, sentence, known + found, dets, NAMING.get(language), place=place):
                continue
            seen.add(word.lower())
            found.append({"name": word, "category": "character" if being is not None else "place" if place
                          else "thing"})
        if language == "en":
            for name in proper_places(sentence):
                # a character called after it ("the fishermen of Port Elin") leaves the place a place
                if name.lower() not in seen and not any(mentions(name, k["name"]) for k in known + found
                                                        if k["category"] != "character"):
                    seen.add(name.lower())
                    found.append({"name": name, "category": "place"})
    return found


def _english_place(word: str, before: list[str], determiners: set[str]) -> bool:
    """An English place noun after a determiner and a word of movement or position, maybe with an
    adjective or an owner between ("to the market", "past the old harbour", "on the cliffs", "in the
    woman's kitchen")."""
    low = word.lower()
    if not word.islower() or (low not in PLACE_NOUNS and low.removesuffix("s") not in PLACE_NOUNS):
        return False
    if len(before) >= 2 and before[-1] in determiners and before[-2] in _TOWARD:
        return True
    between = re.sub(r"['’]s$", "", before[-1]) if before else ""
    return len(before) >= 3 and before[-2] in determiners and before[-3] in _TOWARD and between.isalpha() and \
        between not in PLACE_NOUNS


# A run of capitalised words with a place noun, after a word of movement or position or "of":
# "the fishermen of Port Elin", "at the corner of Harbour Street", "to Willow Lake".
_PROPER_PLACE = re.compile(r"(?:\b(?:" + "|".join(sorted(_TOWARD | {"of"})) + r")\s+(?:the\s+)?)"
                           r"((?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*)")


def proper_places(sentence: str) -> list[str]:
    """English place names in a sentence: capitalised words, one of them a place noun ("Port Elin",
    "Harbour Street", "Willow Lake"), after "to", "in", "of" and the like. Pure."""
    found = []
    for match in _PROPER_PLACE.finditer(sentence):
        name = match.group(1)
        if any(w.lower() in PLACE_NOUNS for w in name.split()):
            found.append(name)
    return found


def registry_entry(name: str, category: str, taken: set[str]) -> dict:
    """A registry entity (no description yet) with a readable, unique id."""
    eid = slugify(name, taken)
    taken.add(eid)
    return {"id": eid, "name": name, "kind": CATEGORIES[category], "category": category, "description": ""}


# Colour and age words a story puts right next to a name (English stories).
COLOURS = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey", "gray",
           "golden", "silver")
AGE_WORDS = ("old", "young", "little", "elderly", "baby", "tiny", "huge", "giant")
_DETAILS = set(COLOURS) | set(AGE_WORDS)
_APPOSITION = {"the", "a", "an", ","}


def story_details(name: str, sentences: list[str]) -> set[str]:
    """Colour and age words the story attaches to `name`: within three words before a mention
    ("a black cat named Pepper"), or after it in an apposition ("Oskar the old keeper")."""
    found: set[str] = set()
    for sentence in sentences:
        for start, end in mentions(name, sentence):
            before = re.findall(r"[\w'-]+", sentence[:start].lower())[-3:]
            after = re.findall(r"[\w'-]+|,", sentence[end:].lower())[:4]
            found |= {w for w in before if w in _DETAILS}
            if after and after[0] in _APPOSITION:
                found |= {w for w in after[1:] if w in _DETAILS}
    return found


_HE = re.compile(r"\b(he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.IGNORECASE)


def pronoun_sex(name: str, sentences: list[str]) -> str | None:
    """The sex an English story's pronouns give a character where it is introduced: its first
    sentence and the next, when it is that sentence's subject (its name among the first words)."""
    first = next((i for i, s in enumerate(sentences) if mentions(name, s)), None)
    if first is None or len(sentences[first][:mentions(name, sentences[first])[0][0]].split()) > 3:
        return None
    near = " ".join(sentences[first:first + 2])
    he, she = len(_HE.findall(near)), len(_SHE.findall(near))
    return "male" if he > 2 * she else "female" if she > 2 * he else None


def story_facts(name: str, category: str, sentences: list[str], language: str) -> dict:
    """What the story's own words settle about an entity, read by code: for a character its
    species, sex, age and whether it is a group (words.being, any language), and in English also
    its pronouns, the colour words next to its name and its looks; where nothing says its sex, a
    first name's usual one (Mia, Tom; words.first_name_sex), so the people kit does not draw Mia
    as anyone; for a thing or a place in English, the words before its name."""
    if category != "character":
        return {"adjectives": story_adjectives(name, sentences) if language == "en" else ""}
    from .words import being, first_name_sex

    found = being(name, sentences, language)
    facts = {"species": found.get("species"), "sex": found.get("sex"), "age": found.get("age"),
             "group": bool(found.get("group")), "language": language}
    if language == "en":
        if not facts["sex"] and not facts["group"]:
            facts["sex"] = pronoun_sex(name, sentences)
        facts["looks"] = story_looks(name, sentences)
        facts["colours"] = sorted(story_details(name, sentences) & set(COLOURS))
    if not facts["sex"] and not facts["group"] and facts["species"] in (None, "human"):
        facts["sex"] = first_name_sex(name)
    return facts


def known_facts(category: str, facts: dict) -> str:
    """What the story settles about a character, shown beside its name when the model is asked
    the rest (" (human, male, old)"), so no answer contradicts it."""
    known = [str(facts[k]) for k in ("species", "sex", "age") if category == "character" and facts.get(k)]
    return f" ({', '.join(known)})" if known else ""


_SPEECH = r"(?:said|says|asked|asks|shouted|cried|told|tells|spoke|speaks|replied|whispered|laughed|sang|called|" \
          r"barked|cawed|meowed|roared|growled|answered)"


def acts(name: str, sentences: list[str]) -> bool:
    """True when an English story makes `name` speak ("the lion said", '"...," said the lion'):
    whoever speaks is a character, whatever the model listed it as."""
    n = re.escape(name)
    pattern = rf"(?<!\w){n}(?!\w)\s+(?:\w+\s+)?{_SPEECH}\b|\b{_SPEECH}\s+(?:the\s+|a\s+)?{n}(?!\w)"
    return any(re.search(pattern, s, re.IGNORECASE) for s in sentences)
