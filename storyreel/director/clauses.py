"""How a sentence is read before its words are: negation, the main clause, quoted speech.

Shared by the readers of poses and faces (`acting.py`) and of the side a place is seen from
(`framing.py`), in the nine languages of `words.py`. A word right after a negation says nothing;
a leading subordinate clause gives way to the main one; what a character says in quotes is not
what the picture shows. Pure functions and compiled tables.
"""

from __future__ import annotations

import re
import unicodedata

from .words import CJK_LANGUAGES, MASK, cjk_words, latin

# Negation. A match right after a negation (two words may come between, no punctuation, no
# "and"/"but") says nothing; German and Dutch also negate after the verb ("Er lachte nicht"),
# Chinese right after it ("睡不着"), Japanese in the verb's ending ("怖くなかった"). Phrases that
# only look negative are blanked first ("not far from", "couldn't help smiling", "忍不住笑").

NEGATIONS = {
    "en": r"not|n't|never|no|nor|neither|without|cannot|nobody|stopped|ceased|quit|stop",
    "de": r"nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|ohne|niemand|weder|nirgends|aufgehört zu"
          r"|hörte auf zu|hörten auf zu",
    "es": r"no|nunca|jamás|sin|ni|nadie|tampoco|dejó de|dejaron de|deja de|dejaba de",
    "fr": r"ne|n'|pas|jamais|sans|aucun|aucune|ni|personne ne|cessa de|arrêta de|cessait de|arrêtait de",
    "it": r"non|mai|senza|né|nessuno|nessuna|smise di|smisero di|smetteva di|smette di",
    "pt": r"não|nunca|jamais|sem|nem|ninguém|nenhum|nenhuma|parou de|pararam de|deixou de|deixaram de",
    "nl": r"niet|geen|nooit|zonder|niemand|noch|stopte met|hield op met",
}
CONJUNCTIONS = {"en": "and|but|or|then|so", "de": "und|aber|oder|dann|sondern", "es": "y|e|pero|o|luego|sino",
                 "fr": "et|mais|ou|puis", "it": "e|ed|ma|o|poi", "pt": "e|mas|ou|depois", "nl": "en|maar|of|toen|dan"}
NOT_NEGATIONS = {
    "en": latin(r"not (?:far|long|only|just|a moment)", r"no sooner", r"no one could (?:help|stop)",
                 r"(?:could|can)(?:n't| ?not) (?:help|stop|keep from)", r"never stopped", r"no longer than",
                 r"(?:could|can)(?:n't| ?not) (?:quite |hardly |really )?believe", r"did(?:n't| not) believe"),
    "de": latin(r"nicht (?:weit|fern|lange|nur|ganz ohne)", r"konnte\w* (?:\w+ )?nicht (?:aufhören|anders)",
                 r"nicht glauben", r"Augen nicht"),
    "es": latin(r"no (?:muy )?lejos", r"no (?:sólo|solo|pudo evitar|podía evitar|pudo dejar de)", r"sin duda",
                 r"no (?:lo )?(?:podía|pudo|podían) creer\w*", r"no daba crédito"),
    "fr": latin(r"pas loin", r"non loin", r"ne (?:put|pouvait) s'empêcher", r"pas seulement", r"sans doute",
                 r"n'en (?:croyait|crut|croyaient) pas", r"ne (?:pouvait|put|pouvaient) (?:pas )?(?:y )?croire"),
    "it": latin(r"non (?:lontano|solo|appena|poté fare a meno|riuscì a smettere)", r"senza dubbio",
                 r"non (?:poteva|potè|poté|potevano) credere", r"non credeva"),
    "pt": latin(r"não (?:muito )?longe", r"não (?:só|somente|pôde deixar|conseguiu parar)", r"sem dúvida",
                 r"não (?:podia|pôde|conseguia|conseguiu) acreditar", r"não acreditava"),
    "nl": latin(r"niet (?:ver|lang|alleen)", r"kon (?:\w+ )?niet (?:stoppen|ophouden|anders)", r"niet geloven"),
    "zh": cjk_words("忍不住 不禁 不由得 不由 不停 不断 不住 不久 不一会 不知不觉 迫不及待 不得不 不过 不管 不仅 "
                     "不但 了不起 差不多 受不了 不敢相信 没精打采 无精打采 不知道"),
    "ja": cjk_words("信じられな いなくな なくな"),
}
NEGATION_BEFORE = {
    lang: re.compile(rf"(?:(?<!\w)(?:{words})(?!\w)|n't|n')\s*(?:(?!(?:{CONJUNCTIONS[lang]})\s)\w+\s+){{0,2}}$",
                     re.IGNORECASE)
    for lang, words in NEGATIONS.items()}
NEGATION_BEFORE["zh"] = re.compile(r"(?:不|没|没有|别|未|毫不|并不|从不|从没|从未|无)[^，。！？、,.!?；;：:]?$")
NEGATION_AFTER = {
    "de": re.compile(r"^\s+(?:\w+\s+){0,2}?(?:nicht|nie|niemals)(?!\w)", re.IGNORECASE),
    "nl": re.compile(r"^\s+(?:\w+\s+){0,2}?(?:niet|nooit)(?!\w)", re.IGNORECASE),
    "zh": re.compile(r"^(?:不|没)"),
    "ja": re.compile(r"^[ぁ-ゖ]{0,4}?(?:ない|なかっ|ません|ず(?:に|、|。|$))"),
}

# A leading subordinate clause gives way to the main clause ("When he reached the hill, he sat
# down"; "疲れて、ベンチに座った").
LEADING = {
    "en": r"(?:after|before|when|whenever|while|as soon as|once|since|because|although|though|if|until|having|as)",
    "de": r"(?:nachdem|bevor|ehe|als|wenn|während|sobald|weil|obwohl|da|bis)",
    "es": r"(?:después de|antes de|cuando|mientras|en cuanto|tan pronto como|aunque|porque|si|al|tras)",
    "fr": r"(?:après|avant de|avant que|quand|lorsque|pendant que|dès que|une fois|parce que|bien que|si|comme|en)",
    "it": r"(?:dopo|prima di|quando|mentre|appena|non appena|una volta|perché|sebbene|anche se|se)",
    "pt": r"(?:depois de|antes de|quando|enquanto|assim que|logo que|ao|após|embora|porque|se)",
    "nl": r"(?:nadat|voordat|toen|als|wanneer|terwijl|zodra|omdat|hoewel|na)",
}
LEADING_RE = {lang: re.compile(rf"^\W*{words}(?!\w)[^,;:]*[,;:]", re.IGNORECASE) for lang, words in LEADING.items()}
LEADING_RE["zh"] = re.compile(r"^(?:[^，,。！？]*?(?:之后|以后|后|的时候|时|之前|以前)|\s*(?:当|虽然|因为|如果"
                               r"|等到)[^，,。！？]*)[，,]")
LEADING_RE["ja"] = re.compile(r"^[^、。]*?(?:て|で|から|たら|だら|とき|時|ので|ながら|けれど|けど|後|あと|ば)、")

# Quoted speech: what someone says is not what they do, nor where they are.
QUOTED = re.compile(r"\"[^\"]*\"|「[^」]*」|『[^』]*』")
NOT_NEGATIONS_RE = {lang: re.compile(p, 0 if lang in CJK_LANGUAGES else re.IGNORECASE)
                     for lang, p in NOT_NEGATIONS.items()}
# Same-length replacements, so positions in the normalised text stay valid.
PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(PUNCTUATION)


def masked(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: MASK * len(m.group()), text)


def negated(plain: str, start: int, end: int, language: str) -> bool:
    before, after = NEGATION_BEFORE.get(language), NEGATION_AFTER.get(language)
    if before and before.search(plain[max(0, start - 60):start]):
        return True
    return bool(after and after.search(plain[end:end + 40]))


