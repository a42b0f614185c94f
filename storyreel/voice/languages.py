"""Language tags as the script gives them ('en', 'pt-BR', 'es_ES') reduced to what voices need."""

from __future__ import annotations


def normalize_tag(tag: str) -> str:
    """'pt_BR ' -> 'pt-br': lower case, hyphen-separated."""
    return tag.strip().lower().replace("_", "-")


def primary_language(tag: str) -> str:
    """The ISO 639 language part of a tag: 'en-US' -> 'en'."""
    return normalize_tag(tag).split("-")[0]


def is_english(tag: str) -> bool:
    return primary_language(tag) in ("en", "eng")
