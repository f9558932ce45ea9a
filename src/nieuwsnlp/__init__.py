"""nieuwsnlp: typed, queryable facts from Dutch news."""

__version__ = "0.1.0"

from nieuwsnlp.labels import entity_type
from nieuwsnlp.loader import Article, load_dump, read_text

__all__ = ["Article", "__version__", "entity_type", "load_dump", "read_text"]
