"""The entity registry's rules: names taken from the story, kinds from a closed list, one id
per name, traits (species, sex, age, colours) chosen from closed lists and corrected by what
the story's own words settle. Pure functions; the questions to the model are in progressive.py.
"""

from __future__ import annotations

import re

from .text import is_cjk, slugify

# What the registry asks the model to choose from, and the contract's kind each maps to.
CATEGORIES = {"character": "character", "thing": "object", "building": "location", "place": "location"}
COLOUR_CHOICES = ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey",
                  "golden", "silver", "many colours", "not said"]
HUMAN = {"human", "person", "man", "woman", "boy", "girl", "child", "people", "human being"}
# What the model settles about each entity, by category: closed choices where a small model is
# reliable, short phrases where it must name something. No example values (they leak into answers).
TRAITS: dict[str, dict[str, list[str] | int]] = {
    "character": {"species": 30, "sex": ["male", "female", "unknown"], "age": ["child", "young", "adult", "old"],
                  "colour": COLOUR_CHOICES, "looks": 50},
    "thing": {"object": 30, "colour": COLOUR_CHOICES, "material": 20},
    "building": {"building": 30, "colour": COLOUR_CHOICES, "setting": ["outdoors", "indoors"]},
    "place": {"place": 30, "setting": ["outdoors", "indoors"]},
}
HELP = {
    "species": "\"human\" for a person (also one known only by a job or a title); otherwise what animal or "
               "being it is, in one or two {language} words",
    "sex": "male, female, or unknown if the story does not tell",
    "age": "child, young, adult or old",
    "colour": "the main colour of its clothes, fur, feathers or body (\"not said\" if nothing fits)",
    "looks": "for a human, hair and clothes; otherwise its fur, feathers or other features; in a few "
             "{language} words",
    "object": "what object it is, in one or two {language} words",
    "material": "what it is made of, in one or two {language} words",
    "building": "what kind of building or vehicle it is, in one or two {language} words",
    "place": "what kind of place it is, in one or two {language} words",
    "setting": "whether its scenes are indoors or outdoors",
}
PEOPLE = {  # (sex, age) -> what to call a person
    ("male", "child"): "boy", ("male", "young"): "young man", ("male", "adult"): "man", ("male", "old"): "old man",
    ("female", "child"): "girl", ("female", "young"): "young woman", ("female", "adult"): "woman",
    ("female", "old"): "old woman", ("unknown", "child"): "child", ("unknown", "young"): "young person",
    ("unknown", "adult"): "person", ("unknown", "old"): "old person"}


def traits_schema(category: str) -> dict:
    """The JSON schema of one entity's traits."""
    properties: dict = {}
    for field, kind in TRAITS[category].items():
        properties[field] = {"enum": kind} if isinstance(kind, list) else {"type": "string", "minLength": 1,
                                                                            "maxLength": kind}
    return {"type": "object", "required": list(properties), "additionalProperties": False, "properties": properties}


def traits_help(category: str, language: str) -> str:
    """The fields to fill in for one category, each with what it means."""
    return "\n".join(f'- "{field}": {HELP[field].format(language=language)}' for field in TRAITS[category])


def is_human(traits: dict) -> bool:
    return str(traits.get("species", "")).strip().lower() in HUMAN


def compose(category: str, traits: dict) -> str:
    """The description written from the traits ("An old man with a white beard and a blue coat.")."""
    def said(value: str) -> str:
        return "" if value in ("not said", "many colours", "") else value

    t = {k: " ".join(str(v).split()).strip(" ,;:.") for k, v in traits.items()}
    if category == "character":
        looks = t["looks"]
        if is_human(t):
            who = PEOPLE[(t["sex"], t["age"])]
            head = f"{_article(who)} {who}" + (f" with {looks}" if looks else "")
            if said(t["colour"]) and said(t["colour"]) not in looks.lower():
                head += f", dressed in {t['colour']}"
        else:
            young = "young " if t["age"] in ("child", "young") else "old " if t["age"] == "old" else ""
            head = f"{young}{said(t['colour'])} {t['species']}".replace("  ", " ").strip()
            head = f"{_article(head)} {head}" + (f" with {looks}" if looks else "")
    elif category == "thing":
        head = " ".join(w for w in (said(t["colour"]), t["object"]) if w)
        head = f"{_article(head)} {head}" + (f" made of {t['material']}" if t["material"] else "")
    elif category == "building":
        head = " ".join(w for w in (said(t["colour"]), t["building"]) if w)
        head = f"{_article(head)} {head}" + (", seen indoors" if t["setting"] == "indoors" else "")
    else:
        head = f"{_article(t['place'])} {t['place']}, {t['setting']}"
    return head[0].upper() + head[1:] + "."


def _article(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"


ARTICLES = re.compile(r"^(the|a|an|el|la|los|las|un|una|le|les|l'|der|die|das|ein|eine|il|lo|gli)\s+", re.IGNORECASE)


def bare_name(name: str) -> str:
    """The name as written, without a leading article or surrounding punctuation."""
    name = " ".join(name.split()).strip(" \"'“”«»「」.,;:!?")
    return ARTICLES.sub("", name) or name


def proper_name(name: str, story: str) -> str:
    """The name in a name with its description ("Oskar the old lighthouse keeper", "Pepper, the
    black cat") when the story uses it on its own too; else the name as given."""
    m = re.match(r"^([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s*,?\s+(?:the|a|an)\s+\w", name)
    return m.group(1) if m and in_story(m.group(1), story) else name


def mentions(name: str, text: str) -> list[tuple[int, int]]:
    """Where `name` occurs in `text` (case-insensitive; whole words, except in CJK script)."""
    if not name:
        return []
    if is_cjk(name[0]) or is_cjk(name[-1]):
        pattern = re.escape(name)
    else:
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


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


def registry_entry(name: str, category: str, taken: set[str]) -> dict:
    """A registry entity (no description yet) with a readable, unique id."""
    eid = slugify(name, taken)
    taken.add(eid)
    return {"id": eid, "name": name, "kind": CATEGORIES[category], "category": category, "description": ""}


# Words a description must keep when the story puts them right next to a name (English stories).
COLOURS = ("red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "grey", "gray",
           "golden", "silver")
AGES = ("old", "young", "little", "elderly", "baby", "tiny", "huge", "giant")
# Nouns that say who someone is ("a clever girl named Lina"): sex, and for some the age.
PERSON_NOUNS = {"man": ("male", None), "boy": ("male", "child"), "king": ("male", None), "prince": ("male", None),
                "father": ("male", None), "grandfather": ("male", "old"), "gentleman": ("male", None),
                "woman": ("female", None), "girl": ("female", "child"), "queen": ("female", None),
                "princess": ("female", None), "mother": ("female", None), "grandmother": ("female", "old"),
                "lady": ("female", None)}
_DETAILS = set(COLOURS) | set(AGES)
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


def missing_details(details: set[str], description: str) -> list[str]:
    words = set(re.findall(r"[\w'-]+", description.lower()))
    return sorted(d for d in details if d not in words and not (d == "gray" and "grey" in words))


_HE = re.compile(r"\b(he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(she|her|hers|herself)\b", re.IGNORECASE)


def story_traits(name: str, category: str, sentences: list[str]) -> dict:
    """Traits the words of an English story settle, which override the model's choice: an age or
    colour word next to the name, and for a character the pronouns where it is introduced."""
    details = story_details(name, sentences)
    fixed: dict = {}
    noun = kind_noun(name, sentences) if category == "character" else None
    if category == "character":
        nouns = [PERSON_NOUNS[noun]] if noun in PERSON_NOUNS else []
        if details & {"old", "elderly"} or any(age == "old" for _, age in nouns):
            fixed["age"] = "old"
        elif details & {"young", "little", "baby", "tiny"} or any(age == "child" for _, age in nouns):
            fixed["age"] = "child" if details & {"baby", "tiny"} or any(a == "child" for _, a in nouns) else "young"
        sexes = {sex for sex, _ in nouns}
        if len(sexes) == 1:  # "a clever girl named Lina": the noun says it
            fixed["sex"] = sexes.pop()
        else:
            # Else the pronouns where the character is introduced (its first sentence and the next),
            # when it is that sentence's subject: its name among the first words.
            first = next((i for i, s in enumerate(sentences) if mentions(name, s)), None)
            subject = first is not None and len(sentences[first][:mentions(name, sentences[first])[0][0]].split()) <= 3
            near = " ".join(sentences[first:first + 2]) if subject else ""
            he, she = len(_HE.findall(near)), len(_SHE.findall(near))
            if he > 2 * she:
                fixed["sex"] = "male"
            elif she > 2 * he:
                fixed["sex"] = "female"
    colours = sorted(details & set(COLOURS))
    if colours and "colour" in TRAITS[category]:
        fixed["colour"] = colours
    if noun:
        fixed["species"] = "human" if noun in PERSON_NOUNS or noun in ROLES else noun
    return fixed


ROLES = {"keeper", "master", "baker", "farmer", "guard", "teacher", "doctor", "sailor", "fisherman", "clockmaker",
         "mayor", "apprentice", "postman", "king", "queen", "child", "person", "wizard", "witch", "knight",
         "captain", "grandma", "grandpa", "friend", "neighbour", "neighbor"}


def kind_noun(name: str, sentences: list[str]) -> str | None:
    """What the story says a character is, in an English apposition: "a black cat named
    Pepper" -> "cat", "Pete the penguin" -> "penguin", "Tala the young tiger" -> "tiger",
    "Teddy was a small brown teddy bear who..." -> "bear"."""
    n = re.escape(name)
    for sentence in sentences:
        m = re.search(rf"([A-Za-z]+)\s+(?:named|called)\s+{n}(?!\w)", sentence) or re.search(
            rf"^{n}\s+(?:was|is)\s+(?:a|an)\s+(?:[a-z]+\s+){{0,3}}?([a-z]+)\s+(?:who|that|with|from|in|on)\b",
            sentence) or re.search(
            rf"(?<!\w){n},?\s+(?:the|a|an)\s+(?:[a-z]+\s+){{0,2}}?([a-z]+)\b(?=\s+(?:who|that|with|lived|loved|had|was|is|"
            rf"sat|ran|went|came|found|[a-z]+ed|[a-z]+s)\b|[,.])", sentence)
        if m and m.group(1).lower() not in ("a", "an", "the", "was", "is"):
            return m.group(1).lower()
    return None


def apply_story_traits(traits: dict, fixed: dict) -> dict:
    """The model's traits with what the story settles put right."""
    out = {**traits, **{k: v for k, v in fixed.items() if k not in ("colour", "species")}}
    if "species" in fixed and "species" in out:
        out["species"] = fixed["species"]
    # A person's colour words may be a beard's or a hat's: only an animal's or a thing's are its colour.
    if "colour" in fixed and not is_human(out) and out.get("colour") not in fixed["colour"]:
        out["colour"] = fixed["colour"][0]
    return out


_SPEECH = r"(?:said|says|asked|asks|shouted|cried|told|tells|spoke|speaks|replied|whispered|laughed|sang|called|" \
          r"barked|cawed|meowed|roared|growled|answered)"


def acts(name: str, sentences: list[str]) -> bool:
    """True when an English story makes `name` speak ("the lion said", '"...," said the lion'):
    whoever speaks is a character, whatever the model listed it as."""
    n = re.escape(name)
    pattern = rf"(?<!\w){n}(?!\w)\s+(?:\w+\s+)?{_SPEECH}\b|\b{_SPEECH}\s+(?:the\s+|a\s+)?{n}(?!\w)"
    return any(re.search(pattern, s, re.IGNORECASE) for s in sentences)
