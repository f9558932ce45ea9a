"""Run articles through the pipeline and turn the Docs into records, one per article, in order.

When a component fails inside ``nlp.pipe`` the stream breaks off; the analyzer then analyses the
articles it had handed over one by one, gives the broken one an error record, and resumes the stream
with the rest, so a broken article never costs its neighbours their analysis.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from nieuwsnlp.loader import Article, make_article
from nieuwsnlp.pipeline import load_pipeline, pipeline_name
from nieuwsnlp.records import ArticleAnalysis, ErrorInfo, PipelineInfo

PARAGRAPH_BREAK = "\n\n"
RELEASE_TENSOR = "nieuwsnlp_release_tensor"


@Language.component(RELEASE_TENSOR)
def release_tensor(doc: Doc) -> Doc:
    """Drop the tok2vec output, which no record uses: it is four fifths of the bytes a worker process
    sends back per Doc under ``n_process > 1``."""
    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    return doc


class _InputError(Exception):
    """The article source itself failed: that is not an analysis error and must surface."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


@dataclass
class _Pending:
    article: Article
    too_long: bool


class Analyzer:
    """Analyse Dutch news articles into ``ArticleAnalysis`` records.

    ``model`` is a spaCy pipeline name or path; ``None`` resolves it as ``load_pipeline`` does.
    """

    def __init__(
        self, model: str | Path | None = None, *, batch_size: int = 64, n_process: int = 1
    ) -> None:
        self.nlp: Language = load_pipeline(model)
        self.pipeline = PipelineInfo(
            name=pipeline_name(self.nlp), version=str(self.nlp.meta.get("version", "0.0.0"))
        )
        self.batch_size = batch_size
        self.n_process = n_process
        if n_process > 1 and RELEASE_TENSOR not in self.nlp.pipe_names:
            self.nlp.add_pipe(RELEASE_TENSOR)

    def analyze_text(
        self, text: str, date: str | _date | None = None, *, title: str | None = None
    ) -> ArticleAnalysis:
        """Analyse one text (cleaned like a dump article: captions out, paragraphs kept)."""
        return next(self.analyze([make_article(text, date=date, title=title)]))

    def analyze(self, articles: Iterable[Article]) -> Iterator[ArticleAnalysis]:
        """Yield exactly one record per article, in input order, streaming through ``nlp.pipe``."""
        pending: deque[_Pending] = deque()
        texts = self._texts(articles, pending)
        finished = False
        while not finished:
            try:
                for doc in self.nlp.pipe(
                    texts, batch_size=self.batch_size, n_process=self.n_process
                ):
                    yield self._finish(pending.popleft(), doc)
                finished = True
            except _InputError as error:
                raise error.cause from None
            except Exception:  # a component failed on some article of the batch in flight
                pass
            while pending:  # after a failure: the articles already handed over, one by one
                yield self._finish(pending.popleft(), None)

    def _texts(self, articles: Iterable[Article], pending: deque[_Pending]) -> Iterator[str]:
        """Feed the pipe; unusable or over-long articles pass as empty placeholders to keep order."""
        iterator = iter(articles)
        while True:
            try:
                article = next(iterator)
            except StopIteration:
                return
            except Exception as error:
                raise _InputError(error) from error
            too_long = len(article.text) > self.nlp.max_length
            pending.append(_Pending(article, too_long))
            yield "" if too_long or article.error else article.text

    def _finish(self, item: _Pending, doc: Doc | None) -> ArticleAnalysis:
        """The record for an article, given its Doc from the stream (None: analyse it alone)."""
        if item.article.error:
            return self._failed(
                item.article, ErrorInfo(type="InputError", message=item.article.error)
            )
        if item.too_long or doc is None:
            return self._analyze_alone(item.article)
        return self._record(item.article, doc)

    def _analyze_alone(self, article: Article) -> ArticleAnalysis:
        """Analyse one article outside the stream: retries and texts longer than ``max_length``."""
        try:
            if len(article.text) > self.nlp.max_length:
                doc = self._analyze_long(article.text)
            else:
                doc = self.nlp(article.text)
        except Exception as error:  # a broken article must never stop the run
            return self._failed(article, ErrorInfo(type=type(error).__name__, message=str(error)))
        return self._record(article, doc)

    def _analyze_long(self, text: str) -> Doc:
        """Run the trained components per paragraph chunk, ours on the joined Doc (exact offsets)."""
        ours = _trailing_rule_components(self.nlp)
        chunks = split_at_paragraphs(text, self.nlp.max_length)
        doc = Doc.from_docs(list(self.nlp.pipe(chunks, disable=ours)), ensure_whitespace=False)
        for name in ours:
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    def _record(self, article: Article, doc: Doc) -> ArticleAnalysis:
        try:
            return ArticleAnalysis.from_doc(article, doc, self.pipeline)
        except Exception as error:
            return self._failed(article, ErrorInfo(type=type(error).__name__, message=str(error)))

    def _failed(self, article: Article, error: ErrorInfo) -> ArticleAnalysis:
        return ArticleAnalysis.failed(article, self.pipeline, error)


def _trailing_rule_components(nlp: Language) -> list[str]:
    """Our components at the end of the pipeline: they work on whole-article Docs."""
    names: list[str] = []
    for name in reversed(nlp.pipe_names):
        if not name.startswith("nieuwsnlp_"):
            break
        names.insert(0, name)
    return names


def split_at_paragraphs(text: str, limit: int) -> list[str]:
    """Cut ``text`` into pieces shorter than ``limit`` whose concatenation is ``text`` again.

    Cuts fall after paragraph breaks where possible, else after a space.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind(PARAGRAPH_BREAK)
        cut = cut + len(PARAGRAPH_BREAK) if cut > 0 else window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces
