"""storyreel: a story becomes a narrated multi-scene film with consistent characters."""

__version__ = "0.1.0"
