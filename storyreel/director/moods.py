"""The mood the score plays under a scene, where the words say it plainly.

A storm, a chase or a scream is tense; tears are sad; a cheer or a rescue at last is triumphant;
a game or a giggle playful; a secret, a shadow or a strange glow mysterious; a laugh or a hug
happy. Read in the nine languages of `words.py`, in this order of strength (a rescue in a storm
is the rescue's), then from the faces the words give the characters (`acting.py`: afraid or
angry is tense, sad sad, happy happy), then from the sky (a storm is tense, fog mysterious).
A word right after a negation says nothing ("was not afraid"). Where nothing says a mood,
`mood_said` says None and the model chooses (director/progressive.py). Pure.
"""

from __future__ import annotations

import re

from .clauses import negated, normal
from .words import CJK_LANGUAGES, cjk_words, latin

_RULES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("triumphant", latin(r"cheered|cheering|cheers|triumph\w*|victor\w*|won|wins|champion\w*|rescued|saved",
                             r"at last", r"hooray|hurrah|hurray", r"made it", r"prize|medal|trophy|first place")),
        ("tense", latin(r"storm\w*|danger\w*|chased?|chasing|fled|flee\w*|scream\w*|shriek\w*|howl\w*",
                        r"crash\w*|thunder\w*|panic\w*|trapped|attack\w*|roar\w*|snarl\w*|growl\w*|help!?",
                        r"afraid|scared|terrified|fear\w*|escape\w*|hunt\w*|drowning|sinking|fire!")),
        ("sad", latin(r"cr(?:y|ied|ies|ying)|wept|weep\w*|tears?|sob\w*|lonel\w*|alone|sad\w*|sorrow\w*",
                      r"grie\w+|mourn\w*|goodbye|farewell|miss(?:ed|es)|funeral")),
        ("mysterious", latin(r"myster\w*|secret\w*|strange\w*|shadow\w*|whisper\w*|glow\w*|hidden|magic\w*",
                             r"curious\w*|wonder\w*|puzzl\w*|unknown|silent|silence|eerie|ghost\w*|dark(?:ness)?")),
        ("playful", latin(r"play(?:ed|ing|s)?|game\w*|giggl\w*|tickl\w*|danc\w*|jok\w*|silly|funny|prank\w*",
                          r"mischie\w*|splash\w*|bounc\w*|hide and seek|tag")),
        ("happy", latin(r"laugh\w*|smil\w*|happ\w*|joy\w*|glad|delight\w*|hug\w*|celebrat\w*|party|sang",
                        r"sing\w*|shar(?:ed|ing)|together|warm|friends?|love[ds]?|loving")),
    ],
    "de": [
        ("triumphant", latin(r"jubel\w*|gewonnen|gewann|Sieg\w*|gerettet|rettete\w*",
                             r"geschafft|endlich|hurra|Preis|Pokal|Medaille")),
        ("tense", latin(r"Sturm|Gewitter|Gefahr|gefährlich\w*|jagte\w*|verfolgte\w*|floh\w*|schrie\w*|heulte\w*",
                        r"Donner\w*|Angst|Panik|brüllte\w*|knurrte\w*|Hilfe|Feuer")),
        ("sad", latin(r"weinte\w*|Tränen?|traurig\w*|einsam\w*|allein|vermisste\w*|Abschied|verloren|starb")),
        ("mysterious", latin(r"geheim\w*|seltsam\w*|Schatten|flüsterte\w*|leuchtete\w*|Zauber\w*|rätsel\w*",
                             r"unheimlich\w*|Geist\w*|Dunkel\w*|dunkel|still|Stille")),
        ("playful", latin(r"spielte\w*|Spiel\w*|kicherte\w*|tanzte\w*|Witz\w*|lustig\w*|albern\w*|hüpfte\w*")),
        ("happy", latin(r"lachte\w*|lächelte\w*|glücklich\w*|Freude|froh\w*|umarmte\w*|feierte\w*|sangen|sang",
                        r"gemeinsam|zusammen|Freund\w*|warm\w*")),
    ],
    "es": [
        ("triumphant", latin(r"victoria|ganó|ganaron|triunf\w*|rescat\w*|salvó",
                             r"salvaron|por fin|hurra|vitore\w*|premio|medalla")),
        ("tense", latin(r"tormenta|peligro\w*|persigui\w*|huy\w*|gritó|gritaron|grito\w*|trueno\w*|miedo|pánico",
                        r"rugi\w*|ayuda|fuego|aull\w*")),
        ("sad", latin(r"llor\w*|lágrimas?|triste\w*|sol[oa]s?|sola|echaba de menos|adiós|perdid[oa]s?|murió")),
        ("mysterious", latin(r"misteri\w*|secret\w*|extrañ\w*|sombra\w*|susurr\w*|brill\w*|mágic\w*|magia",
                             r"fantasma\w*|oscur\w*|silencio\w*")),
        ("playful", latin(r"jug\w*|juego\w*|bail\w*|broma\w*|divertid\w*|salt\w*|risitas")),
        ("happy", latin(r"rió|reía|reír|sonri\w*|feliz\w*|alegr\w*|abraz\w*|celebr\w*|cant\w*|junt[oa]s",
                        r"amig[oa]s?|cálid\w*")),
    ],
    "fr": [
        ("triumphant", latin(r"victoire|gagn\w*|triomph\w*|sauvé\w*|sauva\w*|enfin|hourra|acclam\w*|prix|médaille")),
        ("tense", latin(r"tempête|orage|danger\w*|poursuiv\w*|fuy\w*|s'enfui\w*|cri\w*|hurl\w*|tonnerre|peur",
                        r"panique|rugi\w*|au secours|feu")),
        ("sad", latin(r"pleur\w*|larmes?|triste\w*|seul\w*|manqu\w*|adieu|perdu\w*|mourut|mort\w*")),
        ("mysterious", latin(r"mystér\w*|secret\w*|étrange\w*|ombre\w*|chuchot\w*|murmur\w*|brill\w*|magi\w*",
                             r"fantôme\w*|obscur\w*|noir|silence\w*")),
        ("playful", latin(r"jou\w*|jeu\w*|dans\w*|blague\w*|drôle\w*|rigol\w*|sautill\w*|gloussa\w*")),
        ("happy", latin(r"rit|riait|rire|sourit|souri\w*|heureu\w*|joie|joyeu\w*|embrass\w*|célébr\w*|chant\w*",
                        r"ensemble|ami\w*|chaud\w*")),
    ],
    "it": [
        ("triumphant", latin(r"vittoria|vins\w*|vinto|trionf\w*|salvat[oaie]",
                             r"salvò|finalmente|evviva|urrà|premio|medaglia")),
        ("tense", latin(r"tempesta|temporale|pericol\w*|insegu\w*|fugg\w*|urlò|gridò|grid\w*|tuon\w*|paura",
                        r"panico|ruggi\w*|aiuto|fuoco")),
        ("sad", latin(r"piang\w*|pianse|lacrim\w*|trist\w*|sol[oaie]|mancava|addio|pers[oaie]|morì")),
        ("mysterious", latin(r"mister\w*|segret\w*|stran[oaie]|ombr\w*|sussurr\w*|bagliore|magi\w*",
                             r"fantasm\w*|buio|oscur\w*|silenzio\w*")),
        ("playful", latin(r"gioc\w*|ball\w*|scherz\w*|buff\w*|divertent\w*|saltell\w*|ridacch\w*")),
        ("happy", latin(r"rise|rideva|ridere|sorris\w*|felic\w*|gioia|gioios\w*|abbracci\w*|festegg\w*|cant\w*",
                        r"insieme|amic[oiahe]+|cald[oaie]")),
    ],
    "pt": [
        ("triumphant", latin(r"vitória|venceu|venceram|ganhou|triunf\w*|salv[oa]u?",
                             r"salvaram|finalmente|viva|prêmio|prémio|medalha")),
        ("tense", latin(r"tempestade|perigo\w*|persegui\w*|fugiu|fugiram|gritou|gritaram|grito\w*|trovão|medo",
                        r"pânico|rugi\w*|socorro|fogo")),
        ("sad", latin(r"chor\w*|lágrimas?|trist\w*|sozinh[oa]s?|saudade\w*|adeus|perdid[oa]s?|morreu")),
        ("mysterious", latin(r"mistéri\w*|misterios\w*|segred\w*|estranh\w*|sombra\w*|sussurr\w*|brilh\w*",
                             r"mágic\w*|magia|fantasma\w*|escur\w*|silêncio")),
        ("playful", latin(r"brinc\w*|jog\w*|danç\w*|piada\w*|engraçad\w*|pul\w*|risadinha\w*")),
        ("happy", latin(r"riu|ria|rir|sorri\w*|feliz\w*|alegr\w*|abraç\w*|celebr\w*|cant\w*|junt[oa]s",
                        r"amig[oa]s?|quent\w*")),
    ],
    "nl": [
        ("triumphant", latin(r"gejuich|juichte\w*|gewonnen|won|overwinning",
                             r"gered|redde\w*|eindelijk|hoera|prijs|medaille")),
        ("tense", latin(r"storm|onweer|gevaar\w*|achtervolg\w*|vluchtte\w*|schreeuwde\w*|gilde\w*|donder\w*",
                        r"angst|bang|paniek|brulde\w*|gromde\w*|help|brand")),
        ("sad", latin(r"huilde\w*|tranen|traan|verdrietig\w*|eenzaam\w*|alleen|miste\w*|afscheid|verloren")),
        ("mysterious", latin(r"geheim\w*|vreemd\w*|schaduw\w*|fluisterde\w*|gloeide\w*|toverde\w*|magisch\w*",
                             r"spook\w*|donker\w*|stil|stilte")),
        ("playful", latin(r"speelde\w*|spel\w*|giechelde\w*|danste\w*|grap\w*|grappig\w*|huppelde\w*")),
        ("happy", latin(r"lachte\w*|glimlachte\w*|blij\w*|gelukkig\w*|vreugde|knuffelde\w*|vierde\w*|zong\w*",
                        r"samen|vriend\w*|warm\w*")),
    ],
    "zh": [
        ("triumphant", cjk_words("欢呼 胜利 赢了 获救 得救 救了 终于 成功 奖")),
        ("tense", cjk_words("暴风雨 风暴 雷 危险 追 逃 尖叫 大叫 害怕 恐惧 惊慌 咆哮 吼 救命 着火")),
        ("sad", cjk_words("哭 眼泪 泪 伤心 难过 孤单 孤独 想念 告别 再见 失去 死")),
        ("mysterious", cjk_words("神秘 秘密 奇怪 影子 悄悄 低语 发光 魔法 幽灵 黑暗 寂静")),
        ("playful", cjk_words("玩 游戏 咯咯 跳舞 笑话 有趣 调皮 捉迷藏")),
        ("happy", cjk_words("笑 开心 高兴 快乐 幸福 拥抱 庆祝 唱 一起 朋友 温暖")),
    ],
    "ja": [
        ("triumphant", cjk_words("歓声 勝っ 勝利 助かっ 救っ 救い出 ついに やった 成功 賞")),
        ("tense", cjk_words("嵐 雷 危険 危な 追いかけ 逃げ 叫 悲鳴 怖 恐ろし 吠え 助けて 火事")),
        ("sad", cjk_words("泣 涙 悲し さびし 寂し ひとりぼっち さようなら 別れ 失っ 死ん")),
        ("mysterious", cjk_words("不思議 ふしぎ 秘密 ひみつ 奇妙 影 ささや 光っ 魔法 幽霊 暗闇 静か")),
        ("playful", cjk_words("遊 ゲーム くすくす 踊 冗談 おもしろ いたずら かくれんぼ")),
        ("happy", cjk_words("笑 うれし 嬉し 楽し 幸せ 抱きし 祝 歌 いっしょ 一緒 友だち 友達 温か あたたか")),
    ],
}
_COMPILED = {lang: [(mood, re.compile(p, 0 if lang in CJK_LANGUAGES else re.IGNORECASE)) for mood, p in rules]
             for lang, rules in _RULES.items()}

# The faces acting.py reads, and the sky, as moods.
BY_FACE = {"afraid": "tense", "angry": "tense", "sad": "sad", "happy": "happy"}
BY_WEATHER = {"storm": "tense", "fog": "mysterious"}


def mood_said(narration: str, language: str, expressions: dict[str, str], weather: str) -> str | None:
    """The mood a scene's words say plainly (see the module docstring); None where they say none."""
    plain = normal(narration)
    for mood, pattern in _COMPILED.get(language, _COMPILED["en"]):
        if any(not negated(plain, m.start(), m.end(), language) for m in pattern.finditer(plain)):
            return mood
    faces = [BY_FACE[face] for face in expressions.values() if face in BY_FACE]
    return faces[0] if faces else BY_WEATHER.get(weather)
