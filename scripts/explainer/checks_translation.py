"""Translation QA checks: each translated page against its source page (the default language, Finnish), unit by unit
and sentence by sentence."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterator

from .compared_pairs import compared
from .context import SiteContext
from .corrections import declared as declared_correction
from .findings import EXPLAINER, PAGE, SOURCES, Check, Finding, check, display_path
from .language import concepts, sentences
from .language import language as language_of
from .meaning import Change, source_changes, translation_changes, word_matches
from .published import EXPLAINER_FILE, SHARED_FILE, Explainer
from .quantities import numbers
from .source import Source
from .text import normalise, spaced
from .translation import (
    LENGTH,
    LENGTH_LIMIT,
    Pair,
    Problem,
    declarations,
    excerpt,
    paired,
    problems,
    reworded_sentences,
    reworded_source,
    sentences_compared,
    undeclared_names,
)
from .units import unit_line


def translation_pairs(content: SiteContext) -> Iterator[tuple[str, str, list[Pair], dict[str, str]]]:
    """(page, language, pairs, declarations) for every translated page of the site that exists in both languages."""
    for page in content.layout.site.pages:
        for language, page_pairs, declared in _page_pairs(content, page):
            yield page, language, page_pairs, declared


def _page_pairs(content: SiteContext, page: str) -> Iterator[tuple[str, list[Pair], dict[str, str]]]:
    """(language, pairs, declarations) for each translation of a page that exists in both languages."""
    site = content.layout.site
    names = site.contract.names_for(page)  # an explainer's page: the shared names and its own
    source = content.structure(page, site.source_language)
    for language in site.translations:
        if not content.translated(page, language):  # an explainer not translated yet: nothing to compare
            continue
        translated = content.structure(page, language)
        if source is not None and translated is not None:
            declared = dict(site.contract.declared_differences(page, language))
            for key, declaration in translated.declared.items():  # the Markdown's own, beside the contract's
                declared[key] = f"{declared[key]}; {declaration}" if key in declared else declaration
            digests: dict[int, str] = {}  # each Names' digest, for the pairs of this page
            page_pairs = paired(source, translated, site.source_language, language, names,
                                (site.prefix(site.source_language), site.prefix(language)), site.contract.listed_names)
            for pair in page_pairs:  # a reworded translation is aligned as its approved wording was
                if pair.source is not None and pair.translation is not None and pair.source.kind != "links":
                    pair.approved = content.memory.approved(page, pair.source.key, language)
            yield language, [compared(content.cache, pair, digests) for pair in page_pairs], declared


def _locate(content: SiteContext, page: str, problem: Problem) -> tuple[str, int]:
    if problem.unit.kind == "listed":  # an explainer's title or summary: its contract file, at the text
        contract_file = content.layout.docs_dir / problem.unit.anchor / EXPLAINER_FILE
        lines = contract_file.read_text(encoding="utf-8").splitlines() if contract_file.is_file() else []
        head = normalise(problem.unit.text)[:30]  # units are normalised ("–" as "-"): the file's rows too
        line = next((n for n, row in enumerate(lines, 1)
                     if head and head in normalise(row) and not row.lstrip().startswith("#")), 1)  # no comment
        return display_path(contract_file), line
    path, anchor_line = content.where(page, problem.language, problem.unit.anchor)
    markdown = content.layout.markdown_for(content.built(page, problem.language))
    if markdown is None:
        return path, anchor_line
    return path, unit_line(markdown.read_text(encoding="utf-8"), problem.unit, anchor_line)


def report(content: SiteContext, page: str) -> list[Finding]:
    """Every translation QA finding of a page, declared differences honoured (computed once per run, however many
    of the sentence checks ask)."""
    found = content.translation_report.get(page)
    if found is None:
        found = content.translation_report[page] = [
            finding for language, page_pairs, declared in _page_pairs(content, page) for pair in page_pairs
            for finding in pair_findings(content, page, language, pair, declared)]
    return found


def pair_findings(content: SiteContext, page: str, language: str, pair: Pair, declared: dict[str, str]) \
        -> list[Finding]:
    """A unit pair's translation QA findings, the differences its translation declares honoured."""
    findings = []
    found = (pair.found if pair.found is not None else problems(pair)) + _review(content, page, pair)
    key = (pair.translation or pair.source).key
    valid, invalid = declarations(declared.get(key, ""))
    used = set()
    located: dict[tuple[str, str, str], tuple[str, int]] = {}  # a unit's place, searched for once per pair
    for problem in dict.fromkeys(found):  # a name used a thousand times in one unit is one finding, found once
        if problem.language == language and (problem.check, problem.item) in valid:
            used.add((problem.check, problem.item))
            continue
        where = (problem.language, problem.unit.key, problem.unit.kind)
        if where not in located:
            located[where] = _locate(content, page, problem)
        findings.append(Finding(*located[where], problem.message, check=problem.check))
    if valid or invalid:
        path, line = _locate(content, page, Problem("declared-difference", pair.translation, language, "", ""))
        for entry in invalid:
            findings.append(Finding(path, line, f'{key}: "{entry}" does not read as "CHECK ITEM: reason"',
                                    check="declared-difference"))
        for check_name, item in valid:
            if (check_name, item) not in used:
                findings.append(Finding(path, line, f'{key}: declares "{check_name} {item}", but the translation has '
                                                    "no such difference", check="declared-difference"))
    return findings


def _review(content: SiteContext, page: str, pair: Pair) -> list[Problem]:
    """A pair not approved as it stands needs review; if it was approved otherwise, what changed is weighed."""
    fi, en = pair.source, pair.translation
    if fi is None or en is None or fi.kind == "links":
        return []
    approved = pair.approved
    if approved == (fi.text, en.text):
        return []  # approved as it stands: nothing to compare
    if approved is None:  # a new pair: the editor's review is all there is to compare it with
        return [Problem("needs-review", en, pair.language, "new", f"{en.key}: not approved yet (review it, then "
                                                                  "check_site.py --approve)")]
    found = [Problem("needs-review", en, pair.language, "changed",
                     f"{en.key}: changed since it was approved (review it, then check_site.py --approve)")]
    contract = content.layout.site.contract
    for language, was, now, changes in _changed_sides(content, page, pair, approved):
        entry = declared_correction(contract.corrections_of(page), page, fi.key, language, was, now)
        if entry is None and not _revised(contract, page, fi.key, fi.text != approved[0]):
            found.append(Problem("correction", en, pair.language, "undeclared",
                                 _undeclared(contract, page, fi.key, language, was, now)))
        if entry is None or not entry.shown:  # a declared correction changes the meaning on purpose
            found += [Problem("meaning", en, pair.language, change.item, f"{en.key}: {change.message}"
                              + (" (declared a wording fix)" if entry else "")) for change in changes]
    return found


def _changed_sides(content: SiteContext, page: str, pair: Pair, approved: tuple[str, str]) -> list[tuple]:
    """(language, text as approved, text now, what its change says differently) of each side of a pair that changed.
    An editor who rewrites both sides (an editor's note, a role) makes a new pair: its two texts are compared with
    each other sentence by sentence, and the Finnish with the source; the approved pair is no measure of either."""
    fi, en, lexicon = pair.source, pair.translation, content.lexicon
    both = en.text != approved[1] and fi.text != approved[0]
    sides = []
    if en.text != approved[1]:
        sides.append((pair.language, approved[1], en.text, [] if both else
                      translation_changes(reworded_source(pair), *reworded_sentences(pair), pair.language,
                                          pair.names, lexicon)))
    if fi.text != approved[0]:
        sides.append((pair.source_language, approved[0], fi.text, _ungrounded(content, page, approved[0], fi.text, pair)
                       + ([] if both else source_changes(approved[0], fi.text, en.text, pair.language,
                                                         pair.source_language, pair.names, lexicon))))
    return sides


def undeclared_changes(content: SiteContext) -> list[tuple[str, dict]]:
    """Each change of an approved text that no corrections entry declares, as (its contract file below docs/, the
    entry that would declare it, without its type and date)."""
    contract, found = content.layout.site.contract, []
    for page, language, page_pairs, _ in translation_pairs(content):
        explainer = contract.explainer_of(page)
        file = f"{explainer.slug}/{EXPLAINER_FILE}" if explainer else SHARED_FILE
        for pair in page_pairs:
            fi, en = pair.source, pair.translation
            approved = content.memory.approved(page, fi.key, language) if fi and en and fi.kind != "links" else None
            if approved is None or approved == (fi.text, en.text):
                continue
            sides = [(language, approved[1], en.text), (pair.source_language, approved[0], fi.text)]
            for side, was, now in sides:
                if was != now and not declared_correction(contract.corrections_of(page), page, fi.key, side, was,
                                                          now) \
                        and not _revised(contract, page, fi.key, fi.text != approved[0]):
                    name = page.removeprefix(f"{explainer.slug}/") if explainer else page
                    found.append((file, {"page": name, "unit": fi.key, "language": side, "was": was, "now": now}))
    return found


def _revised(contract, page: str, key: str, source_changed: bool) -> bool:
    """Whether a changed unit is a paragraph or an FAQ entry's question or answer ("#id answer") a revision of the
    source changed since it was approved (explainer.revise): the source changed it, and its translation follows; no
    correction is declared for either."""
    explainer = contract.explainer_of(page)
    element_id = key.removeprefix("#").split(" ")[0]
    revision = explainer.revision_of(element_id) if explainer and key.startswith("#") else None
    return source_changed and revision is not None and element_id in revision.changed


def _undeclared(contract, page: str, key: str, language: str, was: str, now: str) -> str:
    """What an editor writes to declare a change of an approved text: the entry, its texts quoted for YAML."""
    explainer = contract.explainer_of(page)
    where = f"docs/{explainer.slug}/{EXPLAINER_FILE}" if explainer else f"docs/{SHARED_FILE}"
    name = page.removeprefix(f"{explainer.slug}/") if explainer else page
    return (f"{key}: the {language} text changed since it was approved; declare it under corrections in {where} "
            f"(type correction, shown to readers, or wording for a typo or wording fix): page: {name}, unit: "
            f"{json.dumps(key)}, language: {language}, was: {json.dumps(was, ensure_ascii=False)}, now: "
            f"{json.dumps(now, ensure_ascii=False)}")


@dataclass
class Approval:
    """What --approve did: the pairs in each memory file written, the pairs it recorded anew, and the pairs it
    refused to record with their findings; a pair is (page, language, unit key)."""
    files: dict = field(default_factory=dict)
    recorded: list[tuple[str, str, str]] = field(default_factory=list)
    refused: dict[tuple[str, str, str], list[Finding]] = field(default_factory=dict)


def approve(content: SiteContext) -> Approval:
    """Record in the translation memory each unit pair whose only finding is `needs-review`: the editor's review is
    the sign-off it waits for. A pair with any other finding (a changed meaning, a dropped sentence…) is refused and
    keeps what was approved before, so the finding stays until it is fixed or its difference declared."""
    approval = Approval()
    approved: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
    for page, language, page_pairs, declared in translation_pairs(content):
        units = approved[(page, language)] = {}
        for pair in page_pairs:
            found = [finding for finding in pair_findings(content, page, language, pair, declared)
                     if finding.check != "needs-review"]
            if found:
                approval.refused[(page, language, (pair.translation or pair.source).key)] = found
            if not pair.source or not pair.translation or pair.source.kind == "links":
                continue  # nothing to record: one side is missing, or the unit is a list of links
            key, texts = pair.source.key, (pair.source.text, pair.translation.text)
            before = content.memory.approved(page, key, language)
            if found:
                if before is not None:
                    units[key] = before
                continue
            units[key] = texts
            if before != texts:
                approval.recorded.append((page, language, key))
    approval.files = content.memory.write(approved)
    return approval


def _ungrounded(content: SiteContext, page: str, approved: str, finnish: str, pair: Pair) -> list:
    """Names, numbers and concepts (time, quantity, comparison…) a Finnish unit (an editor's note, a role, a
    summary) has that neither its approved wording nor the page's source has: editorial text says nothing the
    source does not."""
    code = pair.source_language
    source = " ".join(content.source_text(s) for s in content.sources_for(page))
    known = language_of(code)
    found = []
    gained = pair.names.found_in(finnish) - pair.names.found_in(approved) - pair.names.found_in(source)
    capitalised = {name for sentence in sentences(finnish, code)
                   for name in undeclared_names(sentence, code, code, pair.names)}
    capitalised -= {name for sentence in sentences(approved, code)
                    for name in undeclared_names(sentence, code, code, pair.names)}
    for name in sorted(gained | {name for name in capitalised if name not in source}):
        found.append(Change(name, f'the Finnish now names "{name}", which the source does not'))
    for number in sorted((numbers(finnish, known) - numbers(approved, known) - numbers(source, known)).elements()):
        found.append(Change(number, f"the Finnish now says {number}, which the source does not"))
    now = concepts(finnish, code)
    said = set(now) - set(concepts(approved, code)) - set(concepts(source, code))
    for concept in sorted(concept for concept in said if not concept.startswith("_")):
        found.append(Change(concept, f'the Finnish now says "{concept}" ({", ".join(sorted(set(now[concept])))}), '
                                     "which the source does not"))
    return found


def _explained(content: SiteContext, pair: Pair, bead) -> Iterator[str]:
    """What an aligned sentence pair is compared by, as the reviewer reads it under the pair."""
    fi_text = " ".join(pair.source_sentences[i] for i in bead.source)
    en_text = " ".join(pair.translation_sentences[j] for j in bead.translation)
    low, high = LENGTH.band(len(fi_text), LENGTH_LIMIT)
    fi_language, code = pair.source_language, pair.language

    def listed(values) -> str:
        return ", ".join(sorted(values)) or "-"

    yield (f"        length {len(en_text) / max(1, len(fi_text)):.2f} (band {low:.2f}–{high:.2f}); "
           f"names {listed(pair.names.found_in(fi_text))} | {listed(pair.names.found_in(en_text))}; "
           f"numbers {listed(numbers(fi_text, language_of(fi_language)))} | "
           f"{listed(numbers(en_text, language_of(code)))}")
    yield f"        concepts {listed(concepts(fi_text, fi_language))} | {listed(concepts(en_text, code))}"
    matched, alone, missing = word_matches(fi_text, en_text, code, fi_language, pair.names, content.lexicon)
    pairs = ", ".join(en + "=" + "/".join(fi) for en, fi in matched)
    yield (f"        words matched: {pairs or '-'}; "
           f"{code} only: {', '.join(alone) or '-'}; {fi_language} not rendered: {', '.join(missing) or '-'}")


# The sentence-level checks share one pass over the pairs (report); each shows its own findings.
SENTENCE_CHECKS = {
    "untranslated": "A translated unit or sentence that is empty, the Finnish text itself, or written in Finnish.",
    "placeholder": "Placeholder text (TODO, TBD, FIXME, 'translation pending', lorem ipsum…) in either language.",
    "dropped-sentence": "A Finnish sentence with no counterpart in the translation (sentence alignment).",
    "added-sentence": "A translated sentence with no Finnish counterpart (sentence alignment).",
    "length": "An aligned sentence pair whose length ratio is outside the calibrated band (a dropped clause).",
    "names": "A declared name in a Finnish sentence missing from its translation, or in the translation only.",
    "numbers": "A number (digits or number words) in a Finnish sentence missing from its translation, or added.",
    "polarity": "A negation or hedge (ei/not, tuskin/unlikely, vähintään/at least, yli/more than…) on one side only.",
    "locale-format": "A number, date or quotation mark the translation writes the Finnish way (1,5 million, "
                     "12.3.2024, 2 000, 30 %, ”…” in English), as CLDR gives each language's conventions.",
    "doubled-word": "A word the translation writes twice in a row ('the the'), but those its grammar allows.",
    "brackets": "A bracket the translation opens and never closes, or closes unopened (its Finnish unit does not).",
    "undeclared-name": "A capitalised name in a translated sentence that no contract's entities declare.",
    "link-target": "A translated unit's links lead elsewhere than its Finnish unit's (another page or fragment).",
    "meaning": "A unit changed since approved says something else: a quantity, tense, hedge, time or comparison, "
               "an antonym, a word the Finnish says gone or one it does not say added (the translation memory).",
    "needs-review": "A unit pair not approved as it stands (human sign-off; check_site.py --approve records it).",
    "correction": "An approved text changed with no corrections entry declaring it (a correction readers are shown, "
                  "or a typo or wording fix) in its contract.",
    "declared-difference": "A data-differs declaration that is malformed or silences no finding (a stale one).",
}


def _findings_of(name: str):
    def run(content: SiteContext, page: str) -> Iterator[Finding]:
        yield from (finding for finding in report(content, page) if finding.check == name)
    return run


# Each a check of its own (--only names), on each page; editorial units are weighed against the page's sources.
SENTENCE = tuple(Check(name, description, _findings_of(name), PAGE, frozenset({SOURCES}))
                 for name, description in SENTENCE_CHECKS.items())


# --- The declared names against the source -------------------------------------------------------------------

def _source_sentences(content: SiteContext, source: Source, language: str) -> list[tuple[int, list[str]]]:
    """Each source block (title, paragraphs, FAQ questions and answers, credit) with its line and sentences, split
    once per run (the shared people page reads every source, as each explainer's own checks do)."""
    key = (source.path, language)
    if key not in content.source_sentences:
        content.source_sentences[key] = [(block.line, sentences(spaced(block.text), language))
                                         for block in source.blocks()]
    return content.source_sentences[key]


@check("entity-list", scope=EXPLAINER, needs=(SOURCES,))
def entity_list(content: SiteContext, explainer: Explainer) -> Iterator[Finding]:
    """Every proper name in each source, in any inflected form, is declared (its explainer.yml or site.yml)."""
    site = content.layout.site
    language = site.source_language
    source = content.sources[explainer.slug]
    names = site.contract.names_for(explainer.pages[0])  # the shared names and the explainer's own
    reported = set()
    for line, block in _source_sentences(content, source, language):
        for sentence in block:
            for name in undeclared_names(sentence, language, language, names):
                if name not in reported:
                    reported.add(name)
                    yield Finding(display_path(source.path), line, f'"{name}" is a name in the source but not '
                                                                   f"declared (declare it under entities in "
                                                                   f"docs/{names.where})")


@check("glossary-grounding", scope=PAGE, kinds=("glossary",), needs=(SOURCES,))
def glossary_grounding(content: SiteContext, people: str) -> Iterator[Finding]:
    """Glossary entries name a declared entity the source mentions; quotes are source sentences naming it."""
    site = content.layout.site
    default = site.source_language
    known = language_of(default)
    glossary = content.structure(people, default)
    if glossary is None:
        yield content.missing(people, default)
        return
    # an explainer's people page against its own source and names; the shared one against every explainer's
    declared, sources = site.contract.names_for(people), content.sources_for(people)
    for entry in glossary.glossary:
        path, line = content.where(people, default, entry.id)
        for message in _entry_grounding(content, entry, declared, sources, known):
            yield Finding(path, line, f"#{entry.id}: {message}")


def _entry_grounding(content: SiteContext, entry, declared, sources: list[Source], known) -> Iterator[str]:
    """What a glossary entry says that its sources do not: a name no entity declares or the sources never
    mention, quotes that do not name it or are not whole source sentences, names and numbers its role adds."""
    own = declared.found_in(entry.name)
    if not own:
        yield f'"{entry.name}" is not a declared entity (site.yml entities)'
        return
    # the sources that speak of the entry (its name or an inflected form of it occurs): its ground
    forms = own | {form for form, name in declared.aliases.items() if name in own}
    ground = [source for source in sources if any(form in content.source_text(source) for form in forms)]
    text = " ".join(content.source_text(source) for source in ground)
    names = declared.found_in(text)
    if not own & names:
        yield f'the source never mentions "{entry.name}"'
    for number, quote in enumerate(entry.quotes, start=1):
        if not own & declared.found_in(quote):
            yield f'quote {number} does not mention "{entry.name}": {excerpt(quote)}'
        if not _quotes_sentences(content, quote, ground, known.code):
            yield f"quote {number} is not whole source sentences: {excerpt(quote)}"
    for name in sorted(declared.found_in(entry.role) - names):
        yield f'the role names "{name}", the source does not'
    said = numbers(entry.role, known)  # the sources' numbers only when the role has any: all their text is long
    for value in sorted((said - numbers(text, known)).elements()) if said else ():
        yield f"the role says {value}, the source does not"


def _quotes_sentences(content: SiteContext, quote: str, ground: list[Source], language: str) -> bool:
    """Whether a quote is a run of whole sentences of a source that has its words."""
    quoted = sentences(quote, language)
    return any(_is_sentence_run(quoted, _sentences_of(content, source, language)) for source in ground
               if quote in content.source_text(source))  # only a source with the words can have them


def _sentences_of(content: SiteContext, source: Source, language: str) -> list[str]:
    return [sentence for _, block in _source_sentences(content, source, language) for sentence in block]


def _is_sentence_run(quoted: list[str], source: list[str]) -> bool:
    """Whether the quoted sentences are consecutive sentences of the source, verbatim."""
    size = len(quoted)
    return bool(size) and any(source[i:i + size] == quoted for i in range(len(source) - size + 1))


# --- A reviewer's view ---------------------------------------------------------------------------------------

def alignment_lines(content: SiteContext, page: str | None) -> Iterator[str]:
    """Each unit of the translated pages with its source and translated sentences, bead by bead, what each aligned
    pair is compared by (length band, names, numbers, concepts, the words that match and those that do not), the
    findings of the unit and why, then the length figures of the pairs shown (what LENGTH in
    explainer.translation is calibrated from)."""
    ratios: list[tuple[int, int]] = []  # (source, translation) characters of each compared pair shown
    for name, language, page_pairs, _ in translation_pairs(content):
        if page not in (None, name):
            continue
        yield f"== {name} ({language}) =="
        for pair in page_pairs:
            yield f"{(pair.translation or pair.source).key}"
            yield from _pair_lines(content, name, pair, ratios)
        yield ""
    if ratios:
        ratio = sum(en for _, en in ratios) / sum(fi for fi, _ in ratios)
        variance = sum((en - ratio * fi) ** 2 / fi for fi, en in ratios) / len(ratios)
        deviation = max(abs(LENGTH.deviation(fi, en)) for fi, en in ratios)
        yield (f"{len(ratios)} aligned pairs: {ratio:.3f} characters per source character, variance {variance:.3f}; "
               f"largest deviation {deviation:.2f} with the model in use "
               f"(ratio {LENGTH.ratio}, variance {LENGTH.variance}, limit {LENGTH_LIMIT})")


def _bead_lines(pair: Pair, bead) -> Iterator[str]:
    """An aligned bead's sentences, source first, the first line marked with its shape ("2-1")."""
    shown = [(pair.source_language, i, pair.source_sentences[i]) for i in bead.source]
    shown += [(pair.language, j, pair.translation_sentences[j]) for j in bead.translation]
    for number, (code, index, sentence) in enumerate(shown):
        shape = f"{len(bead.source)}-{len(bead.translation)}" if number == 0 else ""
        yield f"  {shape:>4}  {code} {index + 1}: {sentence}"


def _pair_lines(content: SiteContext, page: str, pair: Pair, ratios: list[tuple[int, int]]) -> Iterator[str]:
    """A unit pair's sentences bead by bead, each aligned pair explained, then the unit's findings; the lengths
    of the pairs the length check compares are added to `ratios`."""
    source, language = pair.source_language, pair.language
    if not pair.beads:
        yield from (f"   {source} {n}: {s}" for n, s in enumerate(pair.source_sentences, start=1))
        yield from (f"   {language} {n}: {s}" for n, s in enumerate(pair.translation_sentences, start=1))
        return
    for bead in pair.beads:
        if bead.source and bead.translation and sentences_compared(pair):  # what the length check sees
            ratios.append((len(" ".join(pair.source_sentences[i] for i in bead.source)),
                           len(" ".join(pair.translation_sentences[j] for j in bead.translation))))
        yield from _bead_lines(pair, bead)
        if bead.source and bead.translation:
            yield from _explained(content, pair, bead)
    for problem in problems(pair) + _review(content, page, pair):
        yield f"      ! {problem.check}: {problem.message}"
