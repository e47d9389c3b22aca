"""Reader for the source article (a plain-text file: title, paragraphs, the UKK section, credit, page chrome)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

FAQ_HEADING = "UKK"
CREDIT_PREFIX = "Lähde:"


class SourceError(ValueError):
    """The source file cannot be read as the article."""


@dataclass(frozen=True)
class Block:
    text: str
    line: int  # 1-based line of the block's first line in the source file


@dataclass(frozen=True)
class Question:
    question: Block
    answer: Block


@dataclass(frozen=True)
class Source:
    path: Path
    sha256: str
    title: Block
    paragraphs: tuple[Block, ...]
    faq: tuple[Question, ...]
    credit: Block

    def blocks(self) -> tuple[Block, ...]:
        """The article's text in order: title, paragraphs, FAQ questions and answers, credit (no page chrome)."""
        return (self.title, *self.paragraphs, *(b for q in self.faq for b in (q.question, q.answer)), self.credit)


def _blocks(text: str) -> list[list[Block]]:
    """Groups of non-empty lines separated by blank lines, each line with its number."""
    groups: list[list[Block]] = [[]]
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            groups[-1].append(Block(line.strip(), number))
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def read_source(path: Path) -> Source:
    """Parse the article. Everything after the credit line is web-page chrome and is ignored."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read the source file {path}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SourceError(f"the source file {path} is not UTF-8") from None
    groups = _blocks(text)
    heading = next((i for i, group in enumerate(groups) if group[0].text == FAQ_HEADING), None)
    credit = next((i for i, group in enumerate(groups) if group[0].text.startswith(CREDIT_PREFIX)), None)
    if heading is None or credit is None or not 1 < heading < credit:
        raise SourceError(f"the source file {path} has no title, paragraphs, '{FAQ_HEADING}' section and credit")
    faq = []
    for group in groups[heading + 1:credit]:
        if len(group) != 2:
            raise SourceError(f"{path}:{group[0].line}: an FAQ entry must be a question line and an answer line")
        faq.append(Question(*group))
    paragraphs = tuple(Block(" ".join(b.text for b in group), group[0].line) for group in groups[1:heading])
    return Source(
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=groups[0][0],
        paragraphs=paragraphs,
        faq=tuple(faq),
        credit=groups[credit][0],
    )
