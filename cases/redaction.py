"""Keep a withheld person's name out of public text.

An editor withholds a person (an anonymity order) by a flag on the Officer; the stored
documents stay as received. Everything public that shows text from documents — titles,
summaries, allegations, evidence quotes, source text — passes through `redact` with the
names of the case's withheld people; an address that names one (a news site's
".../pc-john-smith-dismissed") is left out whole.
"""

import re
from collections.abc import Iterable
from urllib.parse import unquote_plus

PLACEHOLDER = "[name withheld]"


def withheld_names_pattern(names: Iterable[str]) -> re.Pattern | None:
    """A pattern for each full name (any letter case) and its surname (as written with
    a capital, so that "Mr Young" goes but "a young officer" stays)."""
    full, surnames = set(), set()
    for name in names:
        words = name.split()
        if not words:
            continue
        full.add(r"\s+".join(map(re.escape, words)))
        if len(words) > 1 and len(words[-1]) > 1:
            surnames.add(re.escape(words[-1]))
    if not full:
        return None
    parts = [rf"(?i:{'|'.join(sorted(full, key=len, reverse=True))})"]
    if surnames:
        parts.append("|".join(sorted(surnames, key=len, reverse=True)))
    return re.compile(rf"\b(?:{'|'.join(parts)})\b")


def redact(text: str, pattern: re.Pattern | None) -> str:
    if not pattern or not text:
        return text
    return pattern.sub(PLACEHOLDER, text)


def case_pattern(case) -> re.Pattern | None:
    """The withheld names of a case, from its people as prefetched."""
    names = [
        result.officer.name
        for result in _prefetched(case, "results")
        if result.officer.withheld and result.officer.name
    ]
    return withheld_names_pattern(names)


def redact_case(case, pattern: re.Pattern | None = None) -> None:
    """Redact, in memory and in place, what a public page shows of a case: its title,
    summary, evidence quotes, and whatever of its people, allegations and sources was
    prefetched. Nothing is saved; nothing is queried."""
    pattern = pattern or case_pattern(case)
    if pattern is None:
        return
    case.title = redact(case.title, pattern)
    case.summary = redact(case.summary, pattern)
    case.evidence = redacted_evidence(case.evidence, pattern)
    for result in _prefetched(case, "results"):
        result.evidence = redacted_evidence(result.evidence, pattern)
        for allegation in _prefetched(result, "allegations"):
            allegation.text = redact(allegation.text, pattern)
            allegation.evidence = redacted_evidence(allegation.evidence, pattern)
    for source in _prefetched(case, "sources"):
        redact_source(source, pattern)


def redact_source(source, pattern: re.Pattern | None) -> None:
    redact_provenance(source, pattern)
    source.text = redact(source.text, pattern)


def redact_provenance(source, pattern: re.Pattern | None) -> None:
    """A source's title, file name and addresses, without touching its text."""
    source.title = redact(source.title, pattern)
    source.file_name = redact_address(source.file_name, pattern)
    source.url = redact_address(source.url, pattern)
    source.redirect_chain = [
        address for address in source.redirect_chain if redact_address(address, pattern)
    ]


def redact_address(url: str, pattern: re.Pattern | None) -> str:
    """The address (or file name), or "" when it names a withheld person: a cut address
    would be a wrong one, and news sites put names in theirs (".../pc-john-smith")."""
    if not pattern or not url:
        return url
    words = _ADDRESS_PUNCTUATION.sub(" ", unquote_plus(url))
    return "" if pattern.search(words) else url


_ADDRESS_PUNCTUATION = re.compile(r"[-_./?=&#:]+")


def redacted_evidence(evidence: dict, pattern: re.Pattern) -> dict:
    return {
        name: span | {"quote": redact(span.get("quote", ""), pattern)}
        if isinstance(span, dict)
        else span
        for name, span in (evidence or {}).items()
    }


def _prefetched(obj, relation: str) -> list:
    """The rows of a prefetched relation; none when it was not prefetched."""
    cache = getattr(obj, "_prefetched_objects_cache", {})
    return list(cache[relation]) if relation in cache else []
