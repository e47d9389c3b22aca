"""How each language writes numbers, dates and quotations (CLDR, by babel): the Finnish way of writing them left in
an English translation is found, the English way and what only looks alike (thousands, telephone numbers, a decimal
at a sentence's end) is not; brackets left open are found in any language."""

from __future__ import annotations

import pytest
from explainer.conventions import conventions, foreign_forms, open_brackets

FINNISH_WAYS = [
    ("Revenue rose to 1,5 million euros.", [("1,5", "a decimal mark")]),
    ("The figure was 12,25 at most.", [("12,25", "a decimal mark")]),
    ("The fair opens on 12.3.2024 in Oulu.", [("12.3.2024", "a date")]),
    ("About 2 000 people and 1 500 000 euros.", [("2 000", "a thousands separator"),
                                                  ("1 500 000", "a thousands separator")]),
    ("Sales grew by 30 % in a year.", [("30 %", "a space before the per cent sign")]),
    ("He called it ”a turning point”.", [("”", "a quotation mark")]),
]
ENGLISH_WAYS = [
    "Revenue rose to 1.5 million euros on 12 March 2024.",
    "About 2,000 people and 1,500,000 euros; 30% or 30 per cent.",
    "He called it “a turning point” and ‘a start’.",
    "Call 040 123 4567 or +358 40 123 4567.",  # telephone numbers keep their groups
    "The index stood at 12.3. Version 1.2 followed in 2024.",
]


@pytest.mark.parametrize("text, found", FINNISH_WAYS)
def test_the_finnish_way_of_writing_is_found_in_english(text, found):
    assert foreign_forms(text, "en", "fi") == found


@pytest.mark.parametrize("text", ENGLISH_WAYS)
def test_the_english_way_is_left_alone(text):
    assert foreign_forms(text, "en", "fi") == []


def test_a_language_that_writes_as_the_source_does_is_left_alone():
    assert foreign_forms("Liikevaihto 1,5 miljoonaa euroa 12.3.2024, 30 % ja ”käänne”.", "fi", "fi") == []


def test_the_conventions_are_cldr_s():
    finnish, english = conventions("fi"), conventions("en")
    assert (finnish.decimal, finnish.spaced_percent, english.decimal, english.group, english.spaced_percent) == \
           (",", True, ".", ",", False)
    assert finnish.date.fullmatch("5.12.2025") and not english.date.fullmatch("5.12.2025")


def test_a_language_cldr_does_not_know_is_one_line():
    with pytest.raises(ValueError, match="CLDR has no conventions for the language 'xx-nowhere'"):
        conventions("xx-nowhere")


@pytest.mark.parametrize("text, unbalanced", [
    ("a (b) [c] {d}", []), ("a (b c", ["("]), ("a b) c", [")"]), ("a) b (", [")"]), ("(a [b) c", ["["]),
])
def test_brackets_left_open_or_closed_unopened(text, unbalanced):
    assert open_brackets(text) == unbalanced


def test_a_word_written_twice_is_found_but_what_grammar_doubles():
    from explainer.conventions import doubled_words
    from explainer.language import language

    english = language("en").doubled
    assert doubled_words("The the company said that that is what it had had in mind.", english) == ["The"]
    assert doubled_words("Sales rose 10 10 times; a well-known well known.", english) == []
