"""An explainer's FAQ pages after a new version of its source (explainer.revise does the rest).

An FAQ entry is a section of its page: `## Question { #id }`, its answer, and on a translated page its supporting
links and its "Original (Finnish)" block, up to the next entry or removed entry's notice. A changed entry keeps its
id: on the Finnish page it takes the new question and answer; on a translated page it keeps its old translation,
is marked pending and shows the new Finnish original. A new entry is written after the entry before it (in a
translation, in Finnish, marked pending, until an editor translates it); a removed one leaves a notice with its id.
The pages' descriptions, as generated, count the entries the new version has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .generate import GenerateError, verbatim
from .revision import PENDING, REMOVED, Matched
from .source import Question

ORIGINAL_BLOCK = re.compile(r'^\?\?\? quote "(?:[^"\n]*)"\n(?:(?: {4}[^\n]*)?\n)*', re.M)
_COUNT = re.compile(r"\A(---\ndescription: [^\n]*?)\((\d+)\)")  # the generated description's count of entries
_SECTION_END = re.compile(r"^(?:## |\[\[" + REMOVED + r":)", re.M)


def _heading(element_id: str) -> re.Pattern:
    return re.compile(r"^## (.*?) (\{ #" + re.escape(element_id) + r"(?:\s[^}\n]*)? \})$", re.M)


@dataclass(frozen=True)
class FaqPage:
    """One language's FAQ page and what a revision does to it."""
    matched: Matched
    entries: dict[str, Question]  # id -> the new version's entry, for every entry it has
    source_language: str

    def finnish(self, markdown: str) -> str:
        """The source language's page: changed entries take the new text, new ones are added."""
        for element_id in self.matched.changed:
            markdown = self._replaced(markdown, element_id)
        return self._edited(markdown, lambda element_id: self._entry(element_id))

    def translated(self, markdown: str, label: str) -> str:
        """A translation: changed entries marked pending with the new original; new ones in Finnish, pending."""
        for element_id in self.matched.changed:
            markdown = self._pending(markdown, element_id, label)
        return self._edited(markdown, lambda element_id: self._pending_entry(element_id, label))

    def _edited(self, markdown: str, new_entry) -> str:
        markdown = _COUNT.sub(lambda found: f"{found.group(1)}({len(self.entries)})", markdown, count=1)
        for element_id in self.matched.removed:
            start, end = _section(markdown, element_id)
            markdown = markdown[:start] + f"[[{REMOVED}: {element_id}]]\n\n" + markdown[end:]
        for index, element_id in enumerate(self.matched.ids):
            if element_id in self.matched.added:
                markdown = _insert_before(markdown, self.matched.ids[index + 1:], new_entry(element_id))
        return markdown

    def _entry(self, element_id: str) -> str:
        entry = self.entries[element_id]
        return f"## {verbatim(entry.question.text)} {{ #{element_id} }}\n\n{verbatim(entry.answer.text)}"

    def _original(self, element_id: str, label: str) -> str:
        entry, language = self.entries[element_id], self.source_language
        return (f'??? quote "{label}"\n\n'
                f"    {verbatim(entry.question.text)}\n    {{ lang={language} .faq-original-question }}\n\n"
                f"    {verbatim(entry.answer.text)}\n    {{ lang={language} }}\n")

    def _pending_entry(self, element_id: str, label: str) -> str:
        entry, language = self.entries[element_id], self.source_language
        return (f"## {verbatim(entry.question.text)} {{ #{element_id} .{PENDING} lang={language} }}\n\n"
                f"{verbatim(entry.answer.text)}\n{{ lang={language} }}\n\n" + self._original(element_id, label))

    def _replaced(self, markdown: str, element_id: str) -> str:
        """An entry's question and answer (the block right after the question) replaced."""
        heading = _find(markdown, element_id)
        entry = self.entries[element_id]
        answer_start = heading.end() + 2
        answer_end = markdown.find("\n\n", answer_start)
        answer_end = len(markdown.rstrip("\n")) if answer_end < 0 else answer_end
        return (markdown[:heading.start()] + f"## {verbatim(entry.question.text)} {heading.group(2)}\n\n"
                + verbatim(entry.answer.text) + markdown[answer_end:])

    def _pending(self, markdown: str, element_id: str, label: str) -> str:
        """A translated entry marked pending (once), its original block showing the new Finnish."""
        heading = _find(markdown, element_id)
        attributes = heading.group(2)
        if f".{PENDING}" not in attributes:
            attributes = attributes[:-2] + f" .{PENDING} }}"
        markdown = markdown[:heading.start()] + f"## {heading.group(1)} {attributes}" + markdown[heading.end():]
        start, end = _section(markdown, element_id)
        section = markdown[start:end]
        block = ORIGINAL_BLOCK.search(section)
        if block is None:
            section = section.rstrip("\n") + "\n\n" + self._original(element_id, label) + "\n"
        else:
            section = section[:block.start()] + self._original(element_id, label) + section[block.end():]
        return markdown[:start] + section + markdown[end:]


def _find(markdown: str, element_id: str) -> re.Match:
    found = _heading(element_id).search(markdown)
    if found is None:
        raise GenerateError(f"no FAQ entry ## … {{ #{element_id} }} in the page to revise")
    return found


def _section(markdown: str, element_id: str) -> tuple[int, int]:
    """(start, end) of an entry: its heading up to the next entry or notice (or the page's end)."""
    heading = _find(markdown, element_id)
    following = _SECTION_END.search(markdown, heading.end())
    return heading.start(), following.start() if following else len(markdown)


def _insert_before(markdown: str, following: list[str], block: str) -> str:
    """A new entry before the first of `following` the page has, else at the page's end."""
    for element_id in following:
        if _heading(element_id).search(markdown):
            start, _ = _section(markdown, element_id)
            return markdown[:start] + block.rstrip("\n") + "\n\n" + markdown[start:]
    return markdown.rstrip("\n") + "\n\n" + block.rstrip("\n") + "\n"


def original_label(markdown: str, fallback: str) -> str:
    """The label a translated FAQ page gives its original blocks (the editor's), else the site's."""
    found = re.search(r'^\?\?\? quote "([^"\n]*)"', markdown, re.M)
    return found.group(1) if found else fallback
