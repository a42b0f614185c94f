"""Dialogue: the quoted speech of a narration, who says each line, and how each one sounds.

A narration is read as lines: the narrator's words and, between quote marks, what a character
says. Quote marks are found by code in the forms the nine story languages use ("…", “…”, „…“,
«…», »…«, 「…」, 『…』); who says a line is read from the words beside it where they name a
character with a verb of saying ("…," the harbour master shouted; Mia said: "…"; 小雨说：「…」),
else, when one character is on screen, that one. Each reading says whether its cue is sure or only
a guess (`readings`); the planner asks its model about the guesses (director/progressive.py
`ProgressiveDirector._speakers`). Each character speaks with a voice of its own:
the narrator's voice shifted in pitch by its sex, age and size (`voice_of`), formants kept.
Pure functions.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Opening mark -> closing mark. German opens „ and closes “; French and Italian use «»;
# German books also »…«; Chinese and Japanese 「」 and 『』.
PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "»": "«", "「": "」", "『": "』"}
# Verbs of saying, as a story writes them next to a quote (past and present, a few forms each).
_SAYING = {
    "en": r"said|says|say|asked|asks|shouted|shouts|cried|cries|called|calls|whispered|whispers|replied|replies"
          r"|answered|answers|yelled|yells|laughed|exclaimed|muttered|sang|told|added|barked|begged|declared"
          r"|agreed|explained|insisted|continued|giggled|sighed|smiled|groaned|gasped|murmured|called out|repeated"
          r"|snapped|demanded|wondered|suggested|admitted|protested|hissed|growled|whimpered|announced|interrupted",
    "de": r"sagte|sagten|sagt|fragte|fragt|rief|ruft|rufen|flüsterte|flüstert|antwortete|antwortet|schrie|lachte"
          r"|murmelte|meinte|erklärte|bellte|wiederholte|erwiderte|brummte|seufzte|fügte|flehte|jammerte|unterbrach",
    "es": r"dijo|dice|decía|preguntó|pregunta|gritó|grita|exclamó|susurró|respondió|contestó|llamó|murmuró"
          r"|añadió|repitió|insistió|suspiró|explicó|anunció|interrumpió",
    "fr": r"dit|disait|demanda|demande|cria|crie|s'écria|chuchota|murmura|répondit|répond|appela|lança"
          r"|ajouta|répéta|reprit|soupira|s'exclama|souffla|expliqua|annonça|interrompit",
    "it": r"disse|dice|diceva|chiese|chiede|gridò|grida|esclamò|sussurrò|rispose|risponde|chiamò|mormorò"
          r"|aggiunse|ripeté|sospirò|spiegò",
    "pt": r"disse|diz|dizia|perguntou|pergunta|gritou|grita|exclamou|sussurrou|respondeu|responde|chamou",
    "nl": r"zei|zegt|vroeg|vraagt|riep|roept|fluisterde|antwoordde|schreeuwde|lachte|mompelde",
    "zh": r"说|说道|问|问道|喊|喊道|叫|叫道|回答|答道|笑道|大声说|小声说|嘟囔|嘀咕|补充|追问",
    "ja": r"言っ|言う|言い|聞い|聞く|叫ん|叫ぶ|叫び|答え|ささやい|つぶやい|話し|たずね|尋ね|訊ね|きいた|返事",
}


def saying_verbs(language: str) -> str:
    """The verbs of saying of `language` (English where it has none) as a regular expression's alternatives."""
    return _SAYING.get((language or "en").lower().split("-")[0], _SAYING["en"])


@dataclass(frozen=True)
class Line:
    """One line of a narration as read aloud: its words and who says them (None: the narrator)."""

    text: str
    speaker: str | None = None


def quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, marks included, in order; an unclosed mark quotes
    nothing. Pure."""
    found, i = [], 0
    while i < len(text):
        close = PAIRS.get(text[i])
        if close is not None:
            end = text.find(close, i + 1)
            if end > i + 1:
                found.append((i, end + 1))
                i = end + 1
                continue
        i += 1
    return found


def _unquoted(text: str) -> str:
    """The narrator's words of `text`: each quoted line (with its marks) left out."""
    ends = [0, *(n for span in quotes(text) for n in span), len(text)]
    return " ".join(text[ends[k]:ends[k + 1]] for k in range(0, len(ends), 2))


def lines(narration: str, speakers: list[str | None]) -> list[Line]:
    """The narration as lines in reading order: the narrator's parts and each quote without its
    marks, said by `speakers[k]` for the k-th quote (the narrator where that is None or missing).
    Parts with no letters (a lone comma between two quotes) are left out."""
    out, at = [], 0
    for k, (start, end) in enumerate(quotes(narration)):
        out.append(Line(narration[at:start]))
        out.append(Line(narration[start + 1:end - 1], speakers[k] if k < len(speakers) else None))
        at = end
    out.append(Line(narration[at:]))
    return [Line(line.text.strip(" \t\n"), line.speaker) for line in out if any(c.isalnum() for c in line.text)]


def subtitled(narration: str, speakers: list[str | None], names: dict[str, str]) -> str:
    """The narration as subtitles show it: each quote a character says led by its name
    ("Milo: “Look!” he shouted."); the narrator's quotes and the rest as written. Pure."""
    out, at = [], 0
    for k, (start, end) in enumerate(quotes(narration)):
        speaker = speakers[k] if k < len(speakers) else None
        out.append(narration[at:start])
        if speaker in names:
            out.append(f"{names[speaker]}: ")
        out.append(narration[start:end])
        at = end
    return "".join(out) + narration[at:]


# Verbs of saying that also tell an act of their own: after a quote ("…" Tomás giggled and cracked
# an egg) they may begin the narrator's next sentence rather than say who spoke.
_MANNER = {"en": r"laughed|giggled|sighed|smiled|groaned|gasped", "de": r"lachte", "nl": r"lachte"}

# The word before a possessor ("the handwriting of his grandmother", "l'écriture de sa grand-mère"):
# one named so is not whom a pronoun after it stands for.
_OF = {"en": "of", "fr": "de|du|des|d'", "es": "de|del", "it": "di|del|della|dello", "pt": "de|do|da",
       "de": "von|vom", "nl": "van"}

# Languages whose tags always say their subject: a tag with neither a name nor a pronoun ("a voice
# announced", "someone called") is a stranger's, not the one the sentences before were about.
_SUBJECT_SAID = frozenset("en de fr nl".split())

# Possessives before a name ("his grandma", "seine Oma"): mostly one looked at or spoken of.
_OWNERS = {"en": "his|her|their|my|your", "de": "sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer",
           "fr": "son|sa|ses|leur", "es": "su|sus", "it": "suo|sua|suoi|sue", "pt": "seu|sua", "nl": "zijn|haar"}

# Pronouns for a group ("they added together") and for an animal ("it called down").
_PLURAL = {"en": "they", "fr": "ils|elles", "es": "ellos|ellas", "pt": "eles|elas"}
_IT = {"en": "it"}

# Things whose words a quote may be rather than a character's: signs, notes, stamps, the radio.
_WRITTEN = {
    "en": r"(?<!\w)(?:sign|notice|note|label|stamp|poster|banner|letter|postcard|radio|loudspeaker|announcement"
          r"|headline|plaque|screen|message|signboard|caption|text|inscription|read|reads|written|labelled"
          r"|labeled|marked|engraved|printed|stamped|carved|inscribed|wrote|scrawled)s?(?!\w)",
    "de": r"Schild|Zettel|Radio|Lautsprecher|Durchsage|Plakat|Brief|Postkarte|Stempel|Aufschrift|Anzeige|Tafel"
          r"|Nachricht|Notiz|Etikett|geschrieben|stand:",
    "es": r"(?<!\w)(?:cartel|letrero|nota|radio|altavoz|anuncio|carta|etiqueta|sello|pizarra|rótulo|mensaje"
          r"|leyó|escrito|escribió|grabado|grabada|palabra|palabras)(?!\w)",
    "fr": r"(?<!\w)(?:panneau|pancarte|affiche|radio|haut-parleur|écriteau|étiquette|lettre|tampon|annonce"
          r"|message|mot|mots|lisait|lit|écrit|écriture|enveloppe|carte)(?!\w)",
    "it": r"(?<!\w)(?:cartello|insegna|biglietto|radio|altoparlante|annuncio|lettera|etichetta|messaggio"
          r"|scritto|parole)(?!\w)",
    "pt": r"(?<!\w)(?:placa|cartaz|bilhete|rádio|alto-falante|anúncio|carta|etiqueta|mensagem|escrito"
          r"|palavras)(?!\w)",
    "nl": r"(?<!\w)(?:bord|bordje|briefje|radio|luidspreker|omroep|affiche|brief|etiket)(?!\w)",
    "zh": r"牌子|写着|写道|广播|喇叭|标语|招牌|告示|纸条|收音机|横幅|电视|短信|消息",
    "ja": r"看板|放送|アナウンス|張り紙|貼り紙|スピーカー|ラジオ|手紙|書いて|テレビ|メッセージ|メール",
}

# Words before a word spoken of, not said ("the word "landfall"", like "someday" or "next year").
_WORD = {"en": r"the\s+words?|like|as|called|named|titled|entitled", "de": r"das\s+Wort|Wörter|wie",
         "fr": r"le\s+mot|les\s+mots|comme",
         "es": r"la\s+palabra|las\s+palabras|como", "it": r"la\s+parola|le\s+parole|come",
         "pt": r"a\s+palavra|as\s+palavras|como", "nl": r"het\s+woord|de\s+woorden|zoals"}

# Pronouns that stand for a speaker in a tag ("she asked", "dit-elle", "她问"), by the sex they say.
_PRONOUNS = {"en": ("he", "she"), "de": ("er", "sie"), "es": ("él", "ella"), "fr": ("il", "elle"),
             "it": ("lui|egli", "lei|ella"), "pt": ("ele", "ela"), "nl": ("hij", "zij|ze"), "zh": ("他", "她"),
             "ja": ("彼", "彼女")}


@dataclass(frozen=True)
class Reading:
    """Who says a quoted line as code reads it: `speaker` (a character id, None: the narrator),
    `how` (the cue it was read from: SURE or GUESSED below) and `sure`: whether that cue is one to
    trust (PLAIN ones name the speaker), or the line was only guessed and is worth asking the model about."""

    speaker: str | None
    how: str

    @property
    def sure(self) -> bool:
        return self.how in SURE


# The cues of `readings`, and whether each is sure or only a guess worth asking the model about.
# Measured over the six labelled samples (bench/keys/dialogue*.json, 467 lines; the first tuned
# on, the others written blind, then looked at): a tag, a pronoun's tag or a stranger's 165 of 167
# lines right, a sign's or the radio's words, a name in passing and a word spoken of 29 of 29, the
# one the sentence before is about 111 of 118, the one called by name 18 of 20, a turn taken 72
# of 83, the other one 4 of 4, a speaker going on after its tag in the same paragraph 29 of 32,
# the one named right after a line that ends its paragraph 8 of 8 (the model, asked about turns
# and goings-on, read fewer right than code: 0.86 against 0.90 and 0.87 against 0.89 on the
# second and third samples).
# A verb of an act after the line, the one on screen and no cue at all are guesses.
PLAIN = ("tag", "pronoun", "stranger")  # the words name the speaker (or a pronoun or noun that stands for one)
SURE = (*PLAIN, "written", "mention", "named before", "addressed", "turn", "other", "goes on", "acts after",
        "only one")
GUESSED = ("act", "on screen", "none")


def said_by(narration: str, names: dict[str, str], language: str,
            on_screen: list[str] | None = None) -> list[str | None]:
    """Who says each quote (a character id of `names`, None: the narrator), as `readings` reads it. Pure."""
    return [reading.speaker for reading in readings(narration, names, language, on_screen)]


def readings(narration: str, names: dict[str, str], language: str,
             on_screen: list[str] | None = None) -> list[Reading]:
    """Who says each quote, read from the words around it, as a reader follows a dialogue:
    0. the words of a thing, not a character ("written": A sign read "No dogs."; the radio
       crackled: "…"; 上面写着“…”), or a name inside the narrator's sentence ("mention": the boat
       »Möwe« at the jetty): the narrator's;
    1. a tag ("tag"): a character of `names` ({id: name as the story writes it}) named with a
       verb of saying in the narrator's words right after the quote in its sentence ("…," said Mia;
       "…!" the harbour master shouted) or leading into it (Mia said: "…"; 妈妈头也没抬：“…”);
    2. a tag with a pronoun or no subject ("pronoun": "…," she asked; «…», le preguntó): whom the
       sentences before were about, first named, who may be "she" (not Mr. Pell; "they" a group,
       "it" an animal, a first name of the other sex not; one named after "of" is a possessor,
       not the subject); on a new line after another's line, someone other than that one first;
       in English, German, French and Dutch a tag with no name, pronoun or person noun is a
       stranger's ("stranger": "…," a voice overhead announced); a tag inside the line (« …, dit
       Zoé, … ») counts as one;
    3. no tag: the one named in the first words after a line that opens its sentence and ends its
       paragraph ("acts after": "…!" Ella pulled off her boots.); else the same speaker going on
       after its own tag sentence in the same paragraph ("goes on"; after a line break the other
       one answers); else the character the narrator's sentence
       right before the quote is about ("named before": "Mr. Pell pointed at the water. "…""; a
       pronoun before any name there stands for whom the sentences before name; one after a
       possessive, "seine Oma", is looked at);
       else the one the line before called by name ("addressed": "Mr. Pell, is that you?" "…");
       else, for a quote that answers another, the one who spoke before ("turn": two take turns),
       or where no one else has spoken yet, the other one the narrator named last ("other");
    4. the only character of `names` ("only one"), else the only one of them `on_screen` (ids) when
       that is given ("on screen"); else None ("none": the narrator reads it).
    A tag whose verb also tells an act of its own after the quote ("…" Tomás giggled and cracked an
    egg) is read as "act". A tag is in the quote's own sentence and line; a character a line calls
    by name ("Biscuit, hush"; "Maman" a mother) is not its speaker. Names are found as `_named` writes
    them (老周 for 周师傅, der Schlüsseldienstmann, Maman for sa mère); where none is, "the woman" or
    "la mujer" stands for the one woman. Each reading says whether its cue is sure (`Reading.sure`: SURE
    below) or a guess. Measured on labelled samples: bench/bench_dialogue.py. Pure."""
    from ..director.words import being, first_name_sex, noun

    lang = (language or "en").lower().split("-")[0]
    saying = saying_verbs(lang)
    spoken = "|".join(v for v in saying.split("|") if not re.fullmatch(_MANNER.get(lang, "(?!)"), v))
    cjk = lang in ("zh", "ja")
    flags = 0 if cjk else re.IGNORECASE
    he, she = _PRONOUNS.get(lang, _PRONOUNS["en"])
    sexes = {"male": he, "female": she}
    names = {eid: name for eid, name in names.items() if name.strip()}
    patterns = {eid: _named(name, lang) for eid, name in names.items()}
    # What each is: the name's own words ("Mr. Pell"), else a first name's usual sex ("Nadia": a dog
    # called Rex says nothing of it), else what the narrator's words say ("Ruth ... her ring").
    told_all = [t for t in re.split(r"(?<=[.!?。！？\n])", _unquoted(narration)) if t.strip()]
    beings = {eid: being(name, told_all, lang) for eid, name in names.items()}
    for eid, found in beings.items():
        own = being(names[eid], [], lang)["sex"]
        likely = first_name_sex(names[eid]) if found["species"] in (None, "human") and not cjk else None
        found["sex"] = own or likely or found["sex"]
    plural, it = _PLURAL.get(lang, "(?!)"), _IT.get(lang, "(?!)")
    pronouns = rf"(?<![\w-])(?:{he}|{she}|{plural}|{it})(?!\w)" if not cjk else f"{he}|{she}"
    if lang == "fr":  # a pronoun after its verb: « … », demanda-t-elle; dit-il
        pronouns = rf"{pronouns}|(?<=\w-)(?:{he}|{she}|{plural})(?!\w)"

    owner = re.compile(rf"(?<!\w)(?:{_OWNERS[lang]})\s+(?:\w+\s+)?$" if lang in _OWNERS else "(?!)", flags)
    possessor = re.compile(rf"(?<!\w)(?:{_OF[lang]})\s*(?:\w+\s+)?$" if lang in _OF else "(?!)", flags)

    def described(text: str) -> list[tuple[int, int, str]]:
        """(start, length, id) where `text` says "the woman", "la mujer", "der Junge" of the one
        character of that sex (and species) whose name does not say it."""
        if cjk:
            return []
        out = []
        for m in re.finditer(r"\w+", text):
            said = noun(m.group(), lang) if m.group().islower() or lang == "de" else None  # not "King's Cross"
            if not said or said.get("group") or said["sex"] is None or said["species"] is None:
                continue
            fits = [eid for eid, b in beings.items() if b.get("sex") == said["sex"] and not b.get("group")
                    and b.get("species") in (None, said["species"])]
            if len(fits) == 1 and not re.search(patterns[fits[0]], m.group(), flags):
                out.append((m.start(), len(m.group()), fits[0]))
        return out

    def may_be(eid: str, pronoun: str) -> bool:
        """Whether a pronoun may stand for a character: "they" a group, "it" an animal, "she" no man."""
        found = beings[eid]
        if re.fullmatch(plural, pronoun, flags):
            return bool(found.get("group"))
        if re.fullmatch(it, pronoun, flags):
            return found.get("species") not in (None, "human")
        return not found.get("group") and (found.get("sex") is None
                                           or bool(re.fullmatch(sexes.get(found["sex"], ""), pronoun, flags)))

    def named(text: str, last: bool = False, pronoun: str | None = None, but: frozenset = frozenset(),
              owners: bool = False) -> str | None:
        """Who `text` names first (or last), leaving out those in `but`; with a pronoun, the first
        who may be it ("she": not Mr. Pell), and not a possessor ("the ball of Mrs Lefranc") unless
        `owners`."""
        # the longest name where two start together ("小雨的妈妈" before "小雨"); where no name is
        # given, "the woman" for the one woman
        found = sorted((m.start(), m.start() - m.end(), eid) for eid, pattern in patterns.items()
                       for m in re.finditer(pattern, text, flags) if eid not in but) \
            or sorted((at, -size, eid) for at, size, eid in described(text) if eid not in but)
        if pronoun is not None:
            found = [f for f in found if may_be(f[2], pronoun) and (owners or not possessor.search(text, 0, f[0]))]
        return (found[-1] if last else found[0])[2] if found else None

    def said_pronoun(part: str) -> str | None:
        found = re.search(pronouns, part, flags)
        return found.group(0) if found else None

    def subject(sentence: str, earlier: list[str], but: frozenset) -> str | None:
        """Whom a narrator's sentence is about: a pronoun before any name ("Then he stared at the
        twins") stands for the one the sentences before name; else the last name it gives (measured:
        the last one read more lines right than the first on the tuned samples)."""
        pronoun = re.search(pronouns, sentence, flags)
        first = min((m.start() for eid, pattern in patterns.items() if eid not in but
                     for m in re.finditer(pattern, sentence, flags)), default=None)
        if pronoun is not None and (first is None or pronoun.start() < first):
            return next((w for s in reversed(earlier[-3:]) if (w := named(s, pronoun=pronoun.group(0), but=but))), None)
        # "Jonas looked at him, then at his grandma": one named after a possessive is looked at
        owned = frozenset(eid for eid, pattern in patterns.items() for m in re.finditer(pattern, sentence, flags)
                          if owner.search(sentence, 0, m.start()) and m.start() > (first or 0))
        return named(sentence, last=True, but=but | owned) or named(sentence, last=True, but=but)

    def sentences(text: str) -> list[str]:
        return [t for t in re.split(r"[.!?。！？\n]", text) if any(c.isalnum() for c in t)]

    def addressed(said: str) -> frozenset:
        """Whom a line calls by name ("Biscuit, hush"; "…, monsieur Castagné, mais…"; "周师傅，您…"):
        a name (after at most one title word) standing alone between the line's ends or commas."""
        found = set()
        for eid, pattern in patterns.items():
            edge = r"(?:^|[,，、]\s*)" if cjk else r"(?:^\W*|[,;]\s*)(?:\w+\.?\s+)?"
            suffix = "(?:くん|君|さん|ちゃん|さま|様|先生)?" if lang == "ja" else ""  # 「ごめんね、ポン太くん」
            if re.search(rf"{edge}(?:{pattern}){suffix}\s*(?:[,，、!！?？.。;…]|$)", said.strip(), flags):
                found.add(eid)
        return frozenset(found)

    spans = quotes(narration)
    calls = [addressed(narration[start + 1:end - 1]) for start, end in spans]

    def called_before(k: int) -> frozenset:
        """Whom the line before quote k calls, with its parts before a tag between ("Ben," said Ms
        Okafor, "are you with us?" calls Ben)."""
        j, found = k - 1, set(calls[k - 1])
        while j and out[j - 1] == out[j] and "\n" not in narration[spans[j - 1][1]:spans[j][0]]:
            j -= 1
            found |= calls[j]
        return frozenset(found)
    out: list[str | None] = []
    hows: list[str] = []
    for k, (start, end) in enumerate(spans):
        callee = calls[k]  # whom this line speaks to does not say it
        after = narration[end:spans[k + 1][0] if k + 1 < len(spans) else len(narration)]
        before = narration[spans[k - 1][1] if k else 0:start]
        # the narrator's words before the quote; where a line ended its sentence, so does the narration
        told_before = "".join(("\n" if j and re.search(r"[.!?。！？…]\W*$", narration[spans[j - 1][0]:spans[j - 1][1]])
                               else "") + narration[spans[j - 1][1] if j else 0:spans[j][0]] for j in range(k + 1))
        # A tag is in the quote's own sentence and paragraph: "…"\nHer dog barked. tags nothing.
        after = re.split(r"[.!?。！？\n]", after, maxsplit=1)[0]
        lead = re.split(r"[.!?。！？\n]", before)[-1]
        told = sentences(told_before)
        last_sentence = told[-1] if told and before.strip() else ""
        # The words that lead into the quote ("Mia said:") or follow it in its own sentence, not a
        # sentence of their own after it ("…" Joe laughed. is no tag of the quote before).
        leads = re.search(rf"(?:{saying})\s*[:：,，]?\s*$|[:：]\s*$", lead.rstrip(), flags)
        tag = rf"^[^。！？]{{0,12}}(?:{saying})" if cjk else rf"^\W*(?:\S+\s+){{0,5}}?(?:{saying})(?!\w)"
        follows = re.match(tag, after, flags)
        said = narration[start + 1:end - 1]
        # The words of a sign, a letter, the radio ("A sign read "No dogs.""): the thing named after
        # anyone, and where someone is named, in the last clause ("Tom looked at the sign, then asked: …")
        thing = [m.end() for m in re.finditer(_WRITTEN.get(lang, _WRITTEN["en"]), lead, flags)]
        people = [m.end() for pattern in patterns.values() for m in re.finditer(pattern, lead, flags)]
        clause = max((m.end() for m in re.finditer(r"[,，、;；]\s*(?=\S)", lead)), default=0)
        if thing and all(p < thing[-1] for p in people) and (not people or thing[-1] > clause):
            out.append(None)
            hows.append("written")
            continue
        word = re.search(rf"(?<!\w)(?:{_WORD[lang]})\s*$", lead, flags) if lang in _WORD else None
        listed = k and hows[-1] == "mention" and re.fullmatch(r"\W*(?:or|and|oder|und|ou|et|o|y|e|of|en)?\W*", before,
                                                             flags)
        if (word or listed) and len(said.split()) <= 4 or \
                any(c.isalnum() for c in lead) and any(c.isalnum() for c in after) and not (leads or follows) \
                and not re.search(saying, lead + after, flags) and not re.match(r"\s*(?:と|って)", after) \
                and not re.search(r"[.!?。！？…]", said) and len(said.split()) <= 4:
            out.append(None)  # a name or title inside the narrator's sentence: the boat »Möwe« at the jetty
            hows.append("mention")
            continue
        who, how = None, "none"
        for part in ([lead] if leads else []) + ([after] if follows else []):
            if re.search(saying, part, flags) or (part is lead and re.search(r"[:：]\s*$", part)):
                who, how = named(part), "tag"
                if part is after and not re.search(spoken, part, flags):  # "…" Tomás giggled (and did?)
                    how = "act"
                if who is None and lang in _SUBJECT_SAID and said_pronoun(part) is None \
                        and not any(noun(w, lang) for w in re.findall(r"\w+", part) if w.islower() or lang == "de"):
                    how = "stranger"  # "a voice overhead announced": no one of the cast ("the baker": maybe)
                elif who is None:  # "she asked", or no subject said ("le preguntó"): who the story
                    pronoun, how = said_pronoun(part), "pronoun"  # was about in the sentences before
                    # on a new line after another's line, "he" is first someone other than that one
                    others = [callee | {out[-1]}] if k and out[-1] is not None and "\n" in before else []
                    # a possessor only where no one else may be meant
                    for but, owners in [*((b, False) for b in others), (callee, False), (callee, True)]:
                        who = next((w for sentence in reversed(told[-8:])
                                    if (w := named(sentence, pronoun=pronoun, but=but, owners=owners)) is not None),
                                   None)
                        if who is not None:
                            break
                if who is not None:
                    break
        inside = re.search(rf"[,，]\s*((?:{saying})(?:-t)?-?\S*\s*[^,，]{{0,40}}?)\s*[,，]", said, flags)
        if who is None and not (leads or follows) and inside:  # « …, dit Zoé, … »: a tag inside the line
            who = named(inside.group(1))
            how = "tag" if who is not None else how
        if who is None and not (leads or follows):
            # Between the two lines only the tag of the one before ("…?" she asked. "…"): the same
            # speaker goes on, unless a new paragraph begins, where the other one answers.
            tagged = k and not lead.strip() and len(sentences(before)) == 1 and re.search(saying, before, flags) \
                and out[-1] is not None and named(before, last=True) in (None, out[-1])
            # "…!" Ella pulled off her boots.¶ / « Alors ? » s'impatienta Ribaud.¶: the one named
            # in the first words after a line that opens its sentence acts on it, where the paragraph
            # ends before another line (else those words may lead into the next line: X pointed. "…")
            rest = narration[end:spans[k + 1][0] if k + 1 < len(spans) else len(narration)]
            then = named(after) if "\n" in rest and not any(c.isalnum() for c in lead) else None
            if then is not None and then not in callee and re.match(
                    rf"^\W{{0,2}}(?:{patterns[then]})" if cjk else rf"^\W*(?:\S+\s+){{0,3}}?\S*?(?:{patterns[then]})",
                    after, flags):
                who, how = then, "acts after"
            elif tagged and "\n" not in before:
                who, how = out[-1], "goes on"
            elif last_sentence and not tagged and (actor := subject(last_sentence, told[:-1], callee)) is not None:
                who, how = actor, "named before"  # who the sentence before is about acts, then speaks
            elif k and called_before(k) - {out[-1]} - callee:  # "Mr. Pell, …?" "…": the one called answers
                who, how = sorted(called_before(k) - {out[-1]} - callee)[0], "addressed"
            elif k and out[-1] is not None:  # a quote answering a quote: the one before takes a turn
                earlier = [s for s in out[:-1] if s is not None and s != out[-1] and s not in callee]
                # no one else has spoken yet: the one the narrator named last beside the first speaker
                other = next((w for sentence in reversed(told[-4:])
                              if (w := named(sentence, last=True, but=callee | {out[-1]})) is not None), None)
                who, how = (earlier[-1], "turn") if earlier else (other, "other") if other else (None, "none")
        if who is None and how != "stranger":
            seen = [eid for eid in on_screen or [] if eid in names]
            if len(names) == 1:
                who, how = next(iter(names)), "only one"
            elif len(seen) == 1:
                who, how = seen[0], "on screen"
            else:
                how = "none"
        out.append(who)
        hows.append(how)
    return [Reading(who, how) for who, how in zip(out, hows)]


# A preposition after a described character's head noun ("the old man in the flat cap").
_PREPOSITIONS = (r"\s(?:in|with|from|of|at|on|von|vom|mit|aus|im|am|de|del|con|en|du|des|avec|à|au|di|nel"
                 r"|com|do|da|no|na|van|met|uit)\s")
_ZH_TITLES = "师傅|老师|阿姨|大爷|大妈|大叔|大婶|奶奶|爷爷|先生|太太|医生|婆婆|伯伯|叔叔"
_ARTICLES = frozenset("the a an der die das el la le il o de het".split())


# What a child calls a parent or a grandparent, by the noun a story names them with ("sa mère" is
# called "Maman", "his grandmother" "Grandma"): a line that calls "Maman" speaks to the mother.
_KIN = {
    "en": {"mother mom mum ma": "Mom Mum Mummy Mommy Mama Ma Mother", "father dad papa": "Dad Daddy Papa Pa Father",
           "grandmother grandma granny gran nana": "Grandma Granny Gran Nana Grandmother",
           "grandfather grandpa grandad granddad": "Grandpa Grandad Granddad Grandfather"},
    "fr": {"mère maman": "Maman Mère", "père papa": "Papa Père", "grand-mère mamie mémé": "Mamie Mémé Grand-mère",
           "grand-père papi papy pépé": "Papi Papy Pépé Grand-père"},
    "de": {"mutter mama mutti": "Mama Mutti Mutter", "vater papa vati": "Papa Vati Vater",
           "großmutter oma omi": "Oma Omi Großmutter", "großvater opa": "Opa Großvater"},
    "es": {"madre mamá": "Mamá Mami Madre", "padre papá": "Papá Papi Padre", "abuela": "Abuela Abuelita Abu",
           "abuelo": "Abuelo Abuelito"},
    "it": {"madre mamma": "Mamma Madre", "padre papà babbo": "Papà Babbo Padre", "nonna": "Nonna", "nonno": "Nonno"},
    "pt": {"mãe mamãe": "Mãe Mamãe", "pai papai": "Pai Papai", "avó vovó": "Vó Vovó Avó", "avô vovô": "Vô Vovô Avô"},
    "nl": {"moeder mama": "Mama Mam Moeder", "vader papa": "Papa Pap Vader", "oma": "Oma", "opa": "Opa"},
    "zh": {"妈妈 母亲 妈": "妈妈 妈", "爸爸 父亲 爸": "爸爸 爸", "奶奶 外婆 姥姥": "奶奶 外婆 姥姥",
           "爷爷 外公 姥爷": "爷爷 外公 姥爷"},
    "ja": {"お母さん 母さん 母親 ママ": "お母さん 母さん ママ", "お父さん 父さん 父親 パパ": "お父さん 父さん パパ",
           "おばあさん おばあちゃん 祖母": "おばあちゃん おばあさん",
           "おじいさん おじいちゃん 祖父": "おじいちゃん おじいさん"},
}


def _kin_calls(words: list[str], language: str) -> set[str]:
    """What a parent or grandparent named by one of `words` is called ("Maman" for "mère")."""
    lowered = {w.lower() for w in words}
    return {call for nouns, calls in _KIN.get(language, {}).items() if lowered & set(nouns.split())
            for call in calls.split()}


def _named(name: str, language: str) -> str:
    """A name as a pattern: in Latin script its words without an article ("harbour master"), or
    any capitalised word of it alone ("Ruth" of "Captain Ruth Hale"), as whole words."""
    if language in ("zh", "ja"):  # "小雨的妈妈" is also "妈妈", "たぬきのポン太" "ポン太"
        forms = {name, *(part for part in re.split(r"[的の、，,\s]", name)[1:] if len(part) >= 2)}
        forms |= _kin_calls([noun for nouns in _KIN.get(language, {}) for noun in nouns.split() if noun in name],
                            language)
        if language == "zh" and re.fullmatch(r"[\u4e00-\u9fff]{4}", name) and not re.search(_ZH_TITLES, name):
            forms.add(name[2:])  # "孙子小宇" (grandson Xiaoyu), "欧阳小明": the last two are the given name
        if language == "zh" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name):
            # A surname of one character: "周师傅" is also "老周"; "林小满" is "小满" (the given name), "老林"
            title = re.fullmatch(rf"(.)(?:{_ZH_TITLES})", name)
            surname = title.group(1) if title else name[0]
            forms |= {f"老{surname}", f"小{surname}"} if title or len(name) == 3 else set()
            if len(name) == 3 and not title:
                forms.add(name[1:])
        return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    from ..director.words import noun

    forms = set()
    for part in re.split(r"[,，]", name):  # "Mr. Pell, the harbour master": either part
        # hyphened words are one: "grand-mère" is no "mère", "Jean-Pierre" no "Pierre"
        words = [w for w in re.findall(r"\w+(?:-\w+)*", part) if w.lower() not in _ARTICLES]
        if words:  # the whole, a capitalised word, or a noun of a being ("le vieux hibou Gaspard": hibou)
            beings = [w for w in words if noun(w, language) is not None]
            head = re.split(_PREPOSITIONS, part, maxsplit=1, flags=re.IGNORECASE)
            if len(head) > 1 and re.findall(r"\w+", head[0]):  # "el astrónomo de guardia": the astrónomo
                beings.append(re.findall(r"\w+", head[0])[-1])
            if language in ("es", "fr", "it", "pt") and len(words) > 1 and words[0].islower() \
                    and words[1][:1].isupper():
                beings.append(words[0])  # a title written small: "la capitana Soto" is "la capitana"
            forms |= {re.escape(" ".join(words)), *(re.escape(w) for w in words if w[:1].isupper() or w in beings),
                      *map(re.escape, _kin_calls(words, language))}
            if language in ("de", "nl"):  # "der Mann vom Schlüsseldienst" is "der Schlüsseldienstmann"
                forms |= {re.escape(w) + "-?" + re.escape(b.lower()) for b in beings for w in words
                          if w != b and len(w) > 3 and w[:1].isupper()}
    if not forms:
        return re.escape(name)
    return r"(?<![\w-])(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?![\w-])"


# How a character's voice differs from the narrator's: a pitch factor by sex and age (and a small
# or big animal), formants kept. A child is about an octave's third above a grown man.
PITCH = {("female", "adult"): 1.26, ("male", "adult"): 0.93, ("female", "child"): 1.45, ("male", "child"): 1.38,
         ("female", "old"): 1.16, ("male", "old"): 0.86, (None, "child"): 1.42, (None, "adult"): 1.1,
         (None, "old"): 0.95}
SMALL_ANIMAL, BIG_ANIMAL = 1.5, 0.8
BIG = frozenset("bear lion tiger elephant horse cow bull whale dragon giant troll ox wolf gorilla".split())
SPREAD = 0.05  # two characters that would sound alike are told apart by this much


def voice_of(being: dict, taken: list[float]) -> float:
    """A character's pitch factor (1.0 is the narrator's) from what the words say it is
    ({"species", "sex", "age"}, as director.words.being reads them), moved by SPREAD steps away
    from the factors already `taken` by other characters."""
    species = being.get("species")
    if species not in (None, "human"):
        pitch = BIG_ANIMAL if species in BIG else SMALL_ANIMAL
    else:
        pitch = PITCH.get((being.get("sex"), being.get("age") or "adult"), PITCH[(None, "adult")])
    step = 0
    while any(abs(pitch * (1 + step * SPREAD) - t) < SPREAD / 2 for t in taken):
        step = -step if step > 0 else 1 - step  # 0, 1, -1, 2, -2 …
    return round(pitch * (1 + step * SPREAD), 3)


LINE_GAP_S = 0.25  # silence between two lines of one scene


def speak_lines(backend, said: list[tuple[str, float]], language: str, out: Path, cache: Path,
                voice_key: str) -> list[tuple[int, int]]:
    """Speak a scene's lines ((text, pitch factor), 1.0 = the narrator's voice) one by one into
    `out`, LINE_GAP_S apart; return where each line lies in it: (first sample, end sample). Each
    line's WAV is kept in `cache` under a key of its words, the voice (`voice_key`: backend and
    settings) and pitch, so a scene whose one line changed voices only that line again."""
    from .. import files, tools
    from ..timing import AUDIO_RATE
    from .audio import read_pcm, write_pcm

    cache.mkdir(parents=True, exist_ok=True)
    parts = []
    for text, pitch in said:
        key = files.sha256_json({"text": text, "language": language, "voice": voice_key, "pitch": pitch})[:24]
        line = cache / f"{key}.wav"
        if not line.is_file():
            with tempfile.TemporaryDirectory(prefix="storyreel-line-") as tmp:
                plain = Path(tmp) / "plain.wav"
                backend.synthesize(text, language, plain)
                with files.atomic_path(line) as target:
                    if pitch == 1.0:
                        shutil.copyfile(plain, target)
                    else:  # another voice: the narrator's shifted in pitch, its formants and pace kept
                        tools.run(["ffmpeg", "-nostdin", "-y", "-v", "error", "-i", str(plain), "-af",
                                   f"rubberband=pitch={pitch}:formant=preserved", "-ar", str(AUDIO_RATE),
                                   "-ac", "1", "-c:a", "pcm_s16le", "-f", "wav", str(target)],
                                  what=f"giving a line its speaker's voice ({text[:30]!r})")
        parts.append(read_pcm(line))
    gap = np.zeros(round(LINE_GAP_S * AUDIO_RATE), dtype=np.int16)
    joined = [piece for part in parts for piece in (part, gap)][:-1]
    write_pcm(out, np.concatenate(joined) if joined else np.zeros(0, dtype=np.int16))
    starts = np.cumsum([0] + [len(part) + len(gap) for part in parts[:-1]])
    return [(int(start), int(start) + len(part)) for start, part in zip(starts, parts)]
