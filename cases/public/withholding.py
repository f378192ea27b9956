"""Who and what is withheld: the write side of the public projection.

An editor withholds a case or a person in the admin; the ingest and curation keep it so.
Every write path ends with `freshness.record_change`, which calls `refresh` here, so
that what follows from a withholding is written in the same transaction:
- the documents of a withheld case are withheld with it, and so is every version read
  from the same place; they stay withheld when the case is unlinked or deleted
  (`models.unlink_keeping_withheld`), a later version read from that place is withheld
  (`new_version_of`) and so is a case read from it (`case_withheld_by_source`);
- a document with no case is public only when checked to name nobody withheld: checked
  when it arrives, and all of them again whenever the withheld people change;
- a public case that mentions a withheld person without a result of theirs (a witness,
  a colleague) records the names it writes (`Case.withheld_mentions`), which the
  projection takes out with its own withheld people's: checked whenever the case is
  written, and every case again whenever the withheld people change;
- every name form the projection takes out of a case's text (its withheld people's
  and those it mentions) is stored on the case (`Case.withheld_forms`, rewritten for
  the changed cases, and for all that may have changed when the withheld people did),
  so that a public query reads one column instead of working them out;
- what search looks in is rebuilt from the projection (`search.refresh_search_text`).
A person is withheld with every name on record for them; a named person the ingest
reads again is the same record (matched by name or the name first read) or, when only
the name matches a withheld person's (another force), is created withheld too
(`withheld_name_keys`); a merge with a withheld person is withheld (`merge_withholding`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.db.models import (
    Aggregate,
    F,
    OuterRef,
    Q,
    Subquery,
    TextField,
    Value,
)
from django.db.models.functions import Coalesce, Concat

from cases.models import (
    Allegation,
    ArchiveState,
    Case,
    Officer,
    Result,
    SourceDocument,
)
from cases.public.names import SEPARATOR, Names, forms_of

OF_WITHHELD_CASE = "Document of a withheld case"
SAME_PLACE = "Read from the same place as a withheld case's document"
SAME_NAME = "Has the name of a withheld person"
CHECK_CHUNK = 500


def refresh(case_ids: Iterable[int]) -> None:
    """Write what follows from the withholdings of these cases and of every person
    (see the module notes). A few queries, whatever the number of cases; when the
    withheld people changed, every document with no case and every public case is
    read again, in chunks."""
    from cases import search  # search reads through the projection, which reads this

    ids = sorted(set(case_ids))
    if ids:
        follow_cases(ids)
    people = withheld_people()
    names = Names(form for person in people for form in forms_of(*person))
    changed = _people_changed(people)
    check_unlinked_sources(names, every_one=changed)
    mentioned = check_mentions(names, None if changed else ids)
    write_withheld_forms(set(ids) | mentioned, every_one=changed)
    search.refresh_search_text(sorted(set(ids) | mentioned))


def _people_changed(people: list[tuple[str, str, str]]) -> bool:
    """Whether the withheld people (and their names) changed since the last check;
    remembers them."""
    digest = hashlib.sha256(repr(sorted(people)).encode()).hexdigest() if people else ""
    changed = not ArchiveState.objects.filter(pk=1, withheld_digest=digest).exists()
    if changed:  # (no row yet: checked again next time, which is only slower)
        ArchiveState.objects.filter(pk=1).update(withheld_digest=digest)
    return changed


def follow_cases(ids: list[int]) -> None:
    """The documents of these cases withheld or not with them; every version read from
    the place a withheld case's document was read from, withheld too."""
    withheld = Case.objects.filter(pk__in=ids, withheld=True)
    SourceDocument.objects.filter(case__in=withheld, withheld=False).update(
        withheld=True, withheld_reason=OF_WITHHELD_CASE
    )
    # A case made public again takes back the documents it had withheld, no others.
    SourceDocument.objects.filter(
        case__in=ids, case__withheld=False, withheld_reason=OF_WITHHELD_CASE
    ).update(withheld=False, withheld_reason="")
    places = SourceDocument.objects.filter(case__in=withheld).values("location")
    SourceDocument.objects.filter(location__in=places, withheld=False).filter(
        Q(case=None) | Q(case__withheld=True)
    ).update(withheld=True, withheld_reason=SAME_PLACE)


def withheld_people() -> list[tuple[str, str, str]]:
    return list(
        Officer.objects.filter(withheld=True).values_list(
            "name", "extracted_name", "other_names"
        )
    )


def check_unlinked_sources(names: Names, *, every_one: bool) -> None:
    """Check the documents with no case against every withheld person's names: those
    that name nobody may be public. All of them when the withheld people changed
    (`every_one`); else only those not checked yet (new, or just unlinked)."""
    unlinked = SourceDocument.objects.filter(case=None, withheld=False)
    if not every_one:
        unlinked = unlinked.filter(names_nobody_withheld=None)
    found, clear = [], []
    for source in unlinked.only("id", "title", "text", "url", "redirect_chain"):
        named = any((names.found_in(source.title), names.found_in(source.text))) or any(
            names.spelled_by(url) for url in [source.url, *source.redirect_chain]
        )
        (found if named else clear).append(source.pk)
    for ids, value in ((found, False), (clear, True)):
        for start in range(0, len(ids), CHECK_CHUNK):
            chunk = ids[start : start + CHECK_CHUNK]
            SourceDocument.objects.filter(pk__in=chunk).update(
                names_nobody_withheld=value
            )


def check_mentions(names: Names, ids: list[int] | None) -> set[int]:
    """Record in each public case (these, or all when `ids` is None) which withheld
    people its texts mention without a result in it: its title, summary, allegations
    and documents. Returns the cases whose record changed."""
    cases = Case.objects.filter(withheld=False).order_by("pk")
    if ids is not None:
        cases = cases.filter(pk__in=ids)
    if names.empty:
        stale = list(cases.exclude(withheld_mentions="").values_list("pk", flat=True))
        Case.objects.filter(pk__in=stale).update(withheld_mentions="")
        return set(stale)
    changed = set()
    pks = list(cases.values_list("pk", flat=True))
    for start in range(0, len(pks), CHECK_CHUNK):
        changed |= _check_mentions(names, pks[start : start + CHECK_CHUNK])
    return changed


def _check_mentions(names: Names, pks: list[int]) -> set[int]:
    found: dict[int, set[str]] = {pk: set() for pk in pks}
    stored = {}
    rows = Case.objects.filter(pk__in=pks).values_list(
        "pk", "title", "summary", "withheld_mentions"
    )
    for pk, title, summary, mentions in rows:
        stored[pk] = mentions
        found[pk] |= names.mentions(title) | names.mentions(summary)
    texts = [
        Allegation.objects.filter(result__case__in=pks).values_list(
            "result__case_id", "text"
        ),
        SourceDocument.objects.filter(case__in=pks).values_list("case_id", "title"),
        SourceDocument.objects.filter(case__in=pks).values_list("case_id", "text"),
    ]
    for rows in texts:
        for pk, text in rows:
            found[pk] |= names.mentions(text)
    changed = [
        Case(pk=pk, withheld_mentions="\n".join(sorted(forms)))
        for pk, forms in found.items()
        if "\n".join(sorted(forms)) != stored.get(pk, "")
    ]
    Case.objects.bulk_update(changed, ["withheld_mentions"], batch_size=CHECK_CHUNK)
    return {case.pk for case in changed}


def write_withheld_forms(ids: set[int], *, every_one: bool) -> None:
    """Store on each of these cases every name form of its withheld people and of
    those it mentions (`Case.withheld_forms`, what the projection takes out). When
    the withheld people changed (`every_one`), also on every case with a withheld
    person's result and every case that held some: those are all whose forms can
    have changed. One UPDATE, of the cases whose stored forms differ."""
    cases = Case.objects.filter(pk__in=ids)
    if every_one:
        withheld_results = Result.objects.filter(officer__withheld=True)
        cases = Case.objects.filter(
            Q(pk__in=ids)
            | Q(pk__in=withheld_results.values("case_id"))
            | ~Q(withheld_forms="")
        )
    forms = _forms_now()
    stale = cases.alias(forms_now=forms).exclude(withheld_forms=F("forms_now"))
    Case.objects.filter(pk__in=stale.values("pk")).update(withheld_forms=forms)


def _forms_now() -> Concat:
    """Every name form of a case's withheld people, and of the withheld people its
    texts mention without a result in it (`Case.withheld_mentions`), worked out in
    SQL, `SEPARATOR` between forms."""
    forms = Concat(
        "officer__name",
        Value(SEPARATOR),
        "officer__extracted_name",
        Value(SEPARATOR),
        "officer__other_names",
        output_field=TextField(),
    )
    people = (
        Result.objects.filter(case=OuterRef("pk"), officer__withheld=True)
        .order_by()
        .values("case")
        .annotate(names=JoinedText(forms))
        .values("names")
    )
    text = TextField()
    return Concat(
        Coalesce(Subquery(people, output_field=text), Value(""), output_field=text),
        Value(SEPARATOR),
        "withheld_mentions",
        output_field=text,
    )


class JoinedText(Aggregate):
    """Text of every row, separated by `SEPARATOR` (STRING_AGG / GROUP_CONCAT)."""

    function = "STRING_AGG"
    output_field = TextField()

    def __init__(self, expression, **extra):
        super().__init__(expression, Value(SEPARATOR), **extra)

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function="GROUP_CONCAT", **extra)


def withheld_name_keys() -> set[str]:
    """The folded names (`Officer.normalise_name`) of every withheld person, as the
    ingest matches people."""
    keys = set()
    for person in withheld_people():
        keys.update(Officer.normalise_name(form) for form in forms_of(*person))
    return keys


def case_withheld_by_source(source: SourceDocument) -> bool:
    """A case read from a withheld document (a new version of a withheld case's) is
    withheld: the withholding follows the document."""
    return bool(source.withheld)


def merge_withholding(survivor: Officer, duplicates: list[Officer]) -> None:
    """Before merging `duplicates` into `survivor`: withheld wins, and the survivor
    keeps every name the merged records had, so that they stay out of public text."""
    everyone = [survivor, *duplicates]
    withheld = [o for o in everyone if o.withheld]
    if withheld:
        survivor.withheld = True
        reasons = [o.withheld_reason for o in withheld if o.withheld_reason]
        survivor.withheld_reason = "; ".join(dict.fromkeys(reasons))[:300]
    names = forms_of(survivor.name, survivor.extracted_name, survivor.other_names)
    for other in duplicates:
        names += forms_of(other.name, other.extracted_name, other.other_names)
    own = {survivor.name}
    survivor.other_names = "\n".join(n for n in dict.fromkeys(names) if n not in own)
