"""Reader for the source article (a plain-text file: title, paragraphs, the UKK section, credit, page chrome)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .files import UnsafeFileError, read_regular
from .text import newlines

FAQ_HEADING = "UKK"
CREDIT_PREFIX = "Lähde:"
# Control characters other than tab (and the line endings, already LF): invisible in an editor, and some (form feed,
# NEL, U+2028) would end a line for Python but not for the editor, so every later line number would be off
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


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

    @property
    def credited(self) -> str:
        """The source the credit line names ("Lähde: Spiceworks" -> "Spiceworks")."""
        return self.credit.text.removeprefix(CREDIT_PREFIX).strip()

    def blocks(self) -> tuple[Block, ...]:
        """The article's text in order: title, paragraphs, FAQ questions and answers, credit (no page chrome)."""
        return (self.title, *self.paragraphs, *(b for q in self.faq for b in (q.question, q.answer)), self.credit)


def _lines(text: str, path: Path) -> list[str]:
    """The lines as an editor numbers them (LF, CR LF or CR ends one); a control character is refused, naming its
    line and column."""
    lines = newlines(text).split("\n")
    for number, line in enumerate(lines, start=1):
        found = _INVISIBLE.search(line)
        if found:
            raise SourceError(f"{path}:{number}:{found.start() + 1}: a control character (U+{ord(found.group()):04X}), "
                              "invisible in an editor; delete it, or use a space or a line break")
    return lines


def _blocks(lines: list[str]) -> list[list[Block]]:
    """Groups of non-empty lines separated by blank lines, each line with its number. The credit line starts a
    group of its own even without a blank line before it, so an error names the line that is wrong."""
    groups: list[list[Block]] = [[]]
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith(CREDIT_PREFIX) and groups[-1]:
            groups.append([])
        if line.strip():
            groups[-1].append(Block(line.strip(), number))
        elif groups[-1]:
            groups.append([])
    return [group for group in groups if group]


def read_raw(path: Path) -> bytes:
    """The source file's bytes: a regular file of bounded size (a FIFO or /dev/zero is refused, not read)."""
    try:
        return read_regular(path)
    except UnsafeFileError as error:
        raise SourceError(f"cannot read the source file: {error}") from None
    except OSError as error:
        raise SourceError(f"cannot read the source file {path}: {error.strerror}") from None


def read_source(path: Path) -> Source:
    """The article in a source file (see parse_source)."""
    return parse_source(path, read_raw(path))


def parse_source(path: Path, raw: bytes) -> Source:
    """Parse an article of this shape: a title line; paragraphs separated by blank lines; an optional UKK
    section of question/answer line pairs; a "Lähde: …" credit line; then page chrome, which is ignored.
    Every error names the line (SourceError, one line)."""
    groups = _blocks(_lines(_decode(path, raw).removeprefix("\ufeff"), path))
    if not groups:
        raise SourceError(f"{path}:1: no title: the file has no text")
    if len(groups[0]) > 1:
        raise SourceError(f"{path}:{groups[0][1].line}: the title must be one line, followed by a blank line")
    credit = _credit(groups, path)
    heading = next((i for i, group in enumerate(groups[:credit]) if group[0].text == FAQ_HEADING), None)
    body_end = heading if heading is not None else credit
    if body_end <= 1:
        raise SourceError(f"{path}:{groups[body_end][0].line}: no paragraphs between the title and this line")
    entries = groups[heading + 1:credit] if heading is not None else []
    if heading is not None and len(groups[heading]) > 1:  # a first question right under "UKK", no blank line between
        entries = [groups[heading][1:], *entries]
    faq = _questions(entries, path)
    paragraphs = tuple(Block(" ".join(b.text for b in group), group[0].line) for group in groups[1:body_end])
    return Source(
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=groups[0][0],
        paragraphs=paragraphs,
        faq=tuple(faq),
        credit=groups[credit][0],
    )


def _decode(path: Path, raw: bytes) -> str:
    """The source's text; bytes that are not UTF-8 are refused, naming their line."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = newlines(raw[:error.start].decode("utf-8")).count("\n") + 1  # the bytes before it are valid
        raise SourceError(f"{path}:{line}: not UTF-8 (byte {error.start}); the source must be UTF-8 text") from None


def _credit(groups: list[list[Block]], path: Path) -> int:
    """The index of the credit line's group: after the title, naming a source."""
    credit = next((i for i, group in enumerate(groups) if group[0].text.startswith(CREDIT_PREFIX)), None)
    if credit is None:
        raise SourceError(f"{path}:{groups[-1][-1].line}: no credit line ('{CREDIT_PREFIX} …') after the article")
    if not groups[credit][0].text.removeprefix(CREDIT_PREFIX).strip():
        raise SourceError(f"{path}:{groups[credit][0].line}: the credit line names no source")
    if credit == 0:
        raise SourceError(f"{path}:1: no title: the file starts with the credit line")
    return credit


def _questions(groups: list[list[Block]], path: Path) -> list[Question]:
    """The UKK section's entries: each a question line and its answer line."""
    faq = []
    for group in groups:
        if len(group) == 1:
            raise SourceError(f"{path}:{group[0].line}: a question without an answer (the answer goes on the "
                              "next line)")
        if len(group) != 2:
            raise SourceError(f"{path}:{group[0].line}: an FAQ entry must be a question line and an answer line")
        faq.append(Question(*group))
    return faq


def read_credits(docs: Path, explainers) -> dict[str, str]:
    """Each explainer's source as its credit line names it (slug -> "Spiceworks"); SourceError names a bad one."""
    return {explainer.slug: read_source(Path(docs) / explainer.source_path).credited for explainer in explainers}
