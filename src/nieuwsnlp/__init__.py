"""nieuwsnlp: typed, queryable facts from Dutch news."""

__version__ = "0.1.0"

from nieuwsnlp.analyzer import Analyzer
from nieuwsnlp.entity_index import CanonicalEntity, EntityIndex
from nieuwsnlp.evaluation import Scores, evaluate, load_gold
from nieuwsnlp.labels import entity_type
from nieuwsnlp.loader import Article, load_dump, make_article, read_text
from nieuwsnlp.pipeline import load_pipeline, resolve_model
from nieuwsnlp.records import (
    ArticleAnalysis,
    Claim,
    ErrorInfo,
    Mention,
    Organization,
    Person,
    PipelineInfo,
    Place,
    Quote,
    Speaker,
)

__all__ = [
    "Analyzer",
    "Article",
    "ArticleAnalysis",
    "CanonicalEntity",
    "Claim",
    "EntityIndex",
    "ErrorInfo",
    "Mention",
    "Organization",
    "Person",
    "PipelineInfo",
    "Place",
    "Quote",
    "Scores",
    "Speaker",
    "__version__",
    "entity_type",
    "evaluate",
    "load_dump",
    "load_gold",
    "load_pipeline",
    "make_article",
    "read_text",
    "resolve_model",
]
