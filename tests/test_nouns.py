"""English nouns for the things a story names, read from the real FreeDict dictionaries that
scripts/system-deps.sh installs (no mocks): plurals, compounds, phrases, and nothing for gibberish."""

import os
import shutil

import pytest

from storyreel.cast import nouns
from storyreel.cast.nouns import available, english


def first(name, language):
    found = english(name, language)
    assert found, f"{name!r} ({language}) found nothing"
    return found[0]


def test_german_words_plurals_and_compounds():
    assert first("Laterne", "de") == "lantern"
    assert english("Teigkörbe", "de") == ["basket"]  # Teig + Körbe -> Korb
    assert english("Teig-Körbe", "de") == ["basket"]
    assert english("Fischerboot", "de") == ["fishing boat", "boat"]  # listed, and its head agrees
    assert "shell" in english("Muscheln", "de")
    assert "spiral staircase" in english("Wendeltreppe", "de")[:3]  # the whole word, not a windmill
    assert english("Bäume", "de") == ["tree"]
    assert first("Körbe", "de") == "basket"
    assert first("alte Laterne aus Papier", "de") == "lantern"
    assert first("Tischlampe", "de") == "table lamp"
    assert first("Schatztruhe", "de") == "treasure chest"


def test_german_plain_senses_come_first():
    assert english("Korb", "de") == ["basket"]  # not the colloquial "rejection"
    assert "broom" in english("Besen", "de")[:2]  # not "shrew"
    assert first("Kerze", "de") == "candle"  # not the yoga pose
    assert first("Zug", "de") == "train"
    assert first("Schlüssel", "de") == "key"
    assert english("Handschuh", "de") == ["glove"]  # a glove is no shoe
    assert first("Eier", "de") == "egg"
    assert first("Museen", "de") == "museum"  # an irregular plural the dictionary links


def test_spanish():
    assert english("sábana vieja", "es") == ["sheet"]
    assert english("sábanas", "es") == ["sheet"]
    assert english("vieja casa", "es") == ["house"]
    assert first("la lámpara de aceite", "es") == "lamp"
    assert first("barco", "es") == "boat"  # not "bark", listed first by the dictionary
    assert first("árboles", "es") == "tree"
    assert english("luces", "es") == ["light"]
    assert english("canciones", "es") == ["song"]


def test_french():
    assert english("sac de farine", "fr") == ["bag", "sack"]
    assert english("chevaux", "fr") == ["horse"]
    assert first("bateaux", "fr") == "boat"
    assert english("pomme de terre", "fr") == ["potato"]  # the whole phrase, not an apple
    assert english("l'arbre", "fr") == ["tree"]
    assert english("vieille maison", "fr") == ["house"]
    assert english("lanternes", "fr") == ["lantern"]
    assert english("l'abat-jour", "fr") == ["lamp-shade"]  # the index spells it "abatjour"
    assert english("cerf-volant", "fr") == []  # a kite, which the dictionary lacks: not a deer


def test_italian():
    assert first("vecchia casa", "it") == "house"
    assert first("alberi", "it") == "tree"
    assert first("chiavi", "it") == "key"
    assert english("barche", "it") == ["boat"]
    assert english("libri", "it") == ["book"]
    assert first("candela", "it") == "candle"


def test_portuguese():
    assert first("lençóis", "pt") == "sheet"
    assert first("lençol velho", "pt") == "sheet"
    assert first("pães", "pt") == "bread"
    assert first("chaves", "pt") == "key"
    assert first("animais", "pt") == "animal"
    assert first("flores", "pt") == "flower"
    assert first("mesa", "pt") == "table"  # the commoner word first
    assert english("guarda-chuva", "pt") == ["umbrella"]


def test_dutch():
    assert english("bomen", "nl") == ["tree"]  # bomen -> boom, not bom (a bomb)
    assert first("boten", "nl") == "boat"
    assert first("huizen", "nl") == "house"  # the plural before the verb "to house"
    assert first("vissersboot", "nl") == "boat"  # compound: visser + boot
    assert english("schelpen", "nl") == ["shell"]
    assert english("de oude lantaarn", "nl") == ["lantern"]
    assert english("auto's", "nl") == ["car"]
    assert first("brieven", "nl") == "letter"


def test_japanese():
    assert first("赤い紙のちょうちん", "ja").endswith("lantern")  # the last noun, after 赤い and 紙の
    assert first("じょうろ", "ja") == "watering can"  # not the old word read so
    assert english("かご", "ja")[0] == "basket"
    assert english("カゴ", "ja")[0] == "basket"
    assert first("本", "ja") == "book"
    assert first("靴", "ja") == "shoe"
    assert english("猫", "ja") == ["cat"]
    assert english("金の鍵", "ja") == ["key"]
    assert english("手紙", "ja") == ["letter"]
    assert english("コップ", "ja")[0] == "glass"  # without the Dutch "kop" glued to it


@pytest.mark.parametrize("name, language", [
    ("Blorfgax", "de"), ("Quatschnirp", "de"), ("xyzzyq", "es"), ("blorfique", "fr"), ("zzxqv", "it"),
    ("xptqz", "pt"), ("grobbelvink", "nl"), ("ほげほげ", "ja"), ("   ", "de"), ("", "fr"),
])
def test_gibberish_gives_nothing(name, language):
    assert english(name, language) == []


def test_english_and_other_languages():
    assert english("old red lanterns", "en") == ["lantern"]
    assert english("a bag of flour", "en") == ["bag"]
    assert english("a pair of skis", "en") == ["ski"]
    assert english("Laterne", "de-DE") == english("Laterne", "deu")
    assert english("灯笼", "zh") == []  # no Chinese dictionary: the caller asks its model
    assert available("en") and available("de") and available("ja") and not available("zh")


def test_a_missing_dictionary_gives_nothing(tmp_path):
    assert not available("de", tmp_path)
    assert english("Laterne", "de", tmp_path) == []


def test_the_parse_is_cached_and_redone_when_the_dictionary_changes(tmp_path, monkeypatch):
    index, data = nouns.paths("it")
    for f in (index, data):
        shutil.copy(f, tmp_path / f.name)
    cache = tmp_path / "cache"
    table = nouns.load("it", tmp_path, cache)
    assert table["casa"][0] == "house;home" and (cache / "freedict-ita-eng.tsv").is_file()

    def no_parse(*args):
        raise AssertionError("parsed again")

    monkeypatch.setattr(nouns, "build", no_parse)
    assert nouns.load("it", tmp_path, cache) == table  # read back from the cache file
    copied = tmp_path / index.name
    os.utime(copied, ns=(copied.stat().st_atime_ns, copied.stat().st_mtime_ns + 10**9))
    with pytest.raises(AssertionError, match="parsed again"):
        nouns.load("it", tmp_path, cache)
