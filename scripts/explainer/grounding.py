"""Which capitalised words of a translated unit its Finnish unit accounts for, though no one declared them.

A translation may name what the Finnish names in another form: "Tampere" for "Tampereella" or "tamperelainen",
"Lindholm" for "Lindholmin", "Savo" for "eteläsavolainen" (Voikko's lemmas and the bases of compounds and
derivations), "Finland" for "Suomessa" (CLDR's names of countries in both languages), or capitalise ordinary
words the Finnish has, in a title or an institution's name ("School" for "koulu", "Director of Education" for
"sivistysjohtaja": FreeDict's translations of those lemmas, WordNet's derivations). What none of these accounts
for is a name the translation added: the undeclared-name finding.
"""

from __future__ import annotations

import re
from functools import cache, cached_property

from babel import Locale

from .meaning import lexicon

_WORD = re.compile(r"[^\W\d_]+")


class Grounds:
    """The Finnish unit's words as the translation may render them, worked out only when first asked."""

    def __init__(self, finnish: str, source_language: str, language: str):
        self.finnish, self.source_language, self.language = finnish, source_language, language

    def accounts_for(self, token: str) -> bool:
        word = token.lower()
        # a Finnish word may end otherwise where its stem changes ("Seinäjoki" in "seinäjokelainen")
        stem = word[:-1] if len(word) >= 5 else word
        if word in self._lemmas or any(len(word) >= 4 and other.startswith(stem) for other in self._words):
            return True
        if self.source_language != "fi" or self.language != "en":  # the dictionaries are Finnish-English
            return False
        if word in self._countries or word in self._translations:
            return True
        return any(related in self._translations for related in lexicon().wordnet.related(word))

    @cached_property
    def _words(self) -> set[str]:
        return {word.lower() for word in _WORD.findall(self.finnish)}

    @cached_property
    def _lemmas(self) -> set[str]:
        if self.source_language != "fi":
            return self._words
        return {lemma for word in _WORD.findall(self.finnish) for lemma in lexicon().finnish_lemmas(word)}

    @cached_property
    def _countries(self) -> set[str]:
        """The countries the Finnish names, or names by their people's adjective ("suomalainen": Finland)."""
        names = _territories(self.source_language, self.language)
        stems = {lemma[:-6] for lemma in self._lemmas if lemma.endswith(("lainen", "läinen"))}
        return {english for finnish, english in names.items()
                if finnish in self._lemmas or any(stem.startswith(finnish[:-1]) for stem in stems if len(finnish) > 3)}

    @cached_property
    def _translations(self) -> set[str]:
        return set(lexicon().support(self.finnish))


@cache
def _territories(source_language: str, language: str) -> dict[str, str]:
    """A country's or region's name in one language, lower-cased -> its name in the other (CLDR)."""
    source, target = Locale(source_language).territories, Locale(language).territories
    return {name.lower(): target[code].lower() for code, name in source.items() if code in target}


def country_named(name: str, translation: str, source_language: str, language: str) -> bool:
    """Whether a translation names a country by its own name for it ("Suomi" in English is "Finland")."""
    other = _territories(source_language, language).get(name.lower())
    return other is not None and re.search(rf"(?<!\w){re.escape(other)}", translation.lower()) is not None
