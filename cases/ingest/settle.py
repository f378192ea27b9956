"""Settle stage: each person's fields once the whole story is read.

A person's draft (people/drafts.py) holds what each clause said of them; here the story's
shared facts reach everyone they belong to (one forum, one level, one hearing date),
standards alleged and then proven count, rule conflicts are settled and flagged rather
than left for the database, and what each person was accused of is collected.
Pure: no ORM, no settings.
"""

from __future__ import annotations

import datetime
import re

from cases.choices import Outcome, Proceeding, Severity
from cases.ingest import patterns as p
from cases.ingest.mentions.names import full_name
from cases.ingest.people import Draft, Tracker
from cases.ingest.records import Allegation, PartialDate, Person, Span
from cases.ingest.sentences import Sentence

__all__ = [
    "allegations",
    "complete_surnames",
    "drop_stale_evidence",
    "fill_proceeding",
    "name_the_only_forum",
    "settle",
    "share_story_date",
    "share_story_levels",
]

# First words of a description that are capitalised only because a sentence starts
# there: "A former Leicestershire PCSO" is labelled "a former Leicestershire PCSO".
_DETERMINERS = frozenset(
    "a an the this that another one two three four five six seven eight both".split()
)
_FORUM_ORDER = [
    Proceeding.MISCONDUCT_HEARING,
    Proceeding.MISCONDUCT_MEETING,
    Proceeding.ACCELERATED_HEARING,
]


def settle(draft: Draft, force: str | None, force_span: Span | None) -> Draft:
    person = draft.person
    # Standards named in allegations count once the allegations are found proven:
    # "found the allegations proven", a level found ("was guilty of gross misconduct")
    # (SCHEMA.md); a sanction alone does not say which allegations were proven.
    if draft.case_proven and person.severity is None and draft.case_level:
        person.severity = draft.case_level
    proven = draft.case_proven or bool(person.severity)
    if proven:
        alleged = [
            standard
            for standard in draft.pending_standards
            if (draft.case_proven or standard not in draft.pending_case_to_answer)
            and standard not in person.standards
        ]
        if alleged:
            person.standards = alleged + person.standards
            if draft.pending_span:
                person.evidence["standards"] = draft.pending_span
    _settle_conflicts(draft)
    if person.outcome == Outcome.NOT_PROVEN and person.severity is None:
        # "Breach: Confidentiality ... Finding: Not proven": the standards alleged,
        # which SCHEMA.md leaves out when none was found breached.
        person.standards = []
    if (
        person.outcome == Outcome.DISMISSED
        and draft.left_service
        and person.evidence.get("former") == person.evidence.get("outcome")
    ):
        # "PC Dan Wyatt, who resigned in May, was dismissed in his absence": no one
        # is dismissed after leaving, so the finding, in the sentence that says he
        # left, is that he would have been (SCHEMA: a former officer).
        person.outcome = Outcome.WOULD_HAVE_BEEN_DISMISSED
    if person.outcome == Outcome.WOULD_HAVE_BEEN_DISMISSED:
        person.former = True
        # "would have been dismissed, had he not resigned": the sentence that says so.
        if "outcome" in person.evidence:
            person.evidence.setdefault("former", person.evidence["outcome"])
    elif person.outcome == Outcome.DISMISSED:
        # "Former PS Smith ... was dismissed without notice": serving when dismissed.
        person.former = False
    else:
        person.former = draft.former_word or draft.left_service
        if draft.former_word and draft.former_span and not draft.left_service:
            person.evidence["former"] = draft.former_span
    if not (person.outcome or person.severity) and not _attended_forum(draft):
        person.proceeding = None
        person.evidence.pop("proceeding", None)
    else:
        best = sorted(
            draft.hearing_dates, key=lambda item: (item[0], item[1].value), reverse=True
        )  # type: ignore[attr-defined]
        if best:
            priority, value, span = best[0]
            person.hearing_date = value.value  # type: ignore[attr-defined]
            person.evidence["hearing_date"] = span
    person.force = force
    if force and force_span:
        person.evidence["force"] = force_span
    if not person.name and not person.label and draft.descriptions:
        person.label, person.evidence["label"] = _description_label(draft)
    return draft


def _attended_forum(draft: Draft) -> bool:
    """A person with no disciplinary result (a court's verdict only) keeps a forum
    named of them that they did not leave before: "the case against him be heard at a
    special case hearing", not "resigned ahead of a gross misconduct hearing"."""
    span = draft.person.evidence.get("proceeding")
    return (
        draft.explicit_proceeding
        and span is not None
        and not p.FORUM_NOT_ATTENDED.search(span.quote)
    )


# Ages a record can hold (the model's result_age_plausible).
_AGES = range(16, 101)


def _settle_conflicts(draft: Draft) -> None:
    """Make the person satisfy the archive's rules by construction, and say so where a
    rule had to choose: a level found proven with "not proven" means some allegations
    were proven and others not ("Of 28 allegations, 19 were found proven and nine not
    proven"), so the level stands and the outcome is left for an editor."""
    person = draft.person
    if person.outcome == Outcome.NOT_PROVEN and person.severity:
        person.outcome = None
        draft.conflicts.append(
            "A level was found proven for "
            f"{person.name or person.label or 'an unnamed person'} but some "
            "allegations were not proven; the outcome was left empty."
        )
    if person.age is not None and person.age not in _AGES:
        person.age = None


def _description_label(draft: Draft) -> tuple[str, Span]:
    """How the story refers to someone it never names: the shortest description of
    them alone that gives a rank ("the former PCSO" rather than "A former
    Leicestershire Police Community Support Officer"), else the shortest ("the
    officer"); else one of the group they were counted in ("one of two serving
    officers")."""
    choices = [d for d in draft.descriptions if not d.group] or draft.descriptions
    choices = [d for d in choices if d.has_rank] or choices
    chosen = min(choices, key=lambda d: len(d.wording))
    wording = " ".join(chosen.wording.split())
    first, _, rest = wording.partition(" ")
    if first.lower() in _DETERMINERS and rest:
        wording = f"{first.lower()} {rest}"  # a sentence's capital is not the label's
    if chosen.group:
        wording = f"one of {wording}"
    return wording, chosen.span


def drop_stale_evidence(person: Person) -> None:
    """Evidence is kept for the values a person has: a rule that later cleared a value
    ("Former PC" dismissed now, a forum with no result) takes its evidence with it."""
    for field_name in list(person.evidence):
        if getattr(person, field_name, None) in (None, False, "", []):
            del person.evidence[field_name]


def share_story_levels(tracker: Tracker) -> None:
    """Levels stated while nobody was in view. One level of case to answer is the
    level of every case later "found proven" ("had a case to answer for misconduct";
    "after the cases were proven, the officers received management advice"). In a
    story about one person, the level found is theirs ("The result was that of gross
    misconduct", before "the officer will receive a final written warning")."""
    decided = [d for d in tracker.drafts if d.decided]
    if len(set(tracker.story_case_levels)) == 1:
        for draft in decided:
            if draft.case_proven and not draft.case_level:
                draft.case_level = tracker.story_case_levels[0]
    if len(decided) == 1 and tracker.story_severities:
        person = decided[0].person
        if person.severity is None and person.outcome != Outcome.NOT_PROVEN:
            person.severity, person.evidence["severity"] = tracker.story_severities[-1]
    # People found to have breached the standards with no level of their own take the
    # story's one level found ("Police officers ... have been found guilty of gross
    # misconduct" then "the panel said PC X, Insp Y and former officer Z had breached
    # the standards").
    # And a story's one level found is that of each person dismissed in it with none
    # of their own ("has sacked 14 officers for gross misconduct, including Inspector
    # X, who was dismissed for ..."): only gross misconduct leads to dismissal.
    levels = {level for level, _ in tracker.story_severities}
    if len(levels) == 1:
        level, span = tracker.story_severities[0]
        for draft in tracker.drafts:
            person = draft.person
            breached = draft.breached and not draft.decided and not draft.case_level
            dismissed = (
                level == Severity.GROSS_MISCONDUCT
                and person.severity is None
                and person.outcome in _AFTER_GROSS_MISCONDUCT
            )
            if breached or dismissed:
                person.severity, person.evidence["severity"] = level, span


_AFTER_GROSS_MISCONDUCT = {Outcome.DISMISSED, Outcome.WOULD_HAVE_BEEN_DISMISSED}


def share_story_date(story_dates: list, people: list[Draft]) -> None:
    """One hearing date stated before anyone is named, or by a forum that opens a
    result sentence ("At a misconduct hearing which concluded on Thursday 5 March 2020,
    a legally qualified chair found the allegations proven."), applies to everyone
    decided at it, when it is the only such date."""
    # The days of one sentence are one hearing's ("over two days on Monday and
    # Tuesday"): it was decided on the last of them.
    last: dict[Span, tuple] = {}
    for _, value, span in story_dates:
        if span not in last or value.value > last[span][0].value:
            last[span] = (value, span)
    values = {value.value for value, _ in last.values()}
    if len(values) != 1:
        return
    value, span = next(iter(last.values()))
    for draft in people:
        person = draft.person
        if person.hearing_date is None and (person.outcome or person.severity):
            person.hearing_date = value.value
            person.evidence["hearing_date"] = span


def name_the_only_forum(people: list[Draft], text: str) -> None:
    """Where the only forum the story names is an accelerated hearing ("the subject of
    separate accelerated misconduct hearings presided by the Chief Constable"), "the
    hearing" of a person is that hearing, not an ordinary one."""
    accelerated = next(
        pattern
        for pattern, forum in p.PROCEEDING_PATTERNS
        if forum == Proceeding.ACCELERATED_HEARING
    )
    if not accelerated.search(text) or _ORDINARY_HEARING.search(text):
        return
    for draft in people:
        if draft.person.proceeding == Proceeding.MISCONDUCT_HEARING:
            draft.person.proceeding = Proceeding.ACCELERATED_HEARING


# A misconduct hearing named as such, and not as an accelerated one.
_ORDINARY_HEARING = re.compile(
    r"(?<!accelerated )(?<!special case )(?<!fast-track )(?<!fast track )(?<!expedited )"
    r"(?<!accelerated gross )\b(?:gross )?(?:misconduct|disciplinary|conduct) hearings?\b"
    r"|\b(?:misconduct|disciplinary) panels?\b|\blegally[- ]qualified chair\b",
    re.IGNORECASE,
)


def complete_surnames(
    people: list[Draft], text: str, sentences: list[Sentence]
) -> None:
    """Someone called only by surname ("PC Smith", "Former Constable Smith") whom the
    text also names in full once, outside any sentence that read them (a notice's form:
    "Name | ... | Sam Smith |"), is that full name."""
    surnames = [d.person.name for d in people if d.person.name]
    for draft in people:
        name = draft.person.name
        if not name or " " in name or surnames.count(name) > 1:
            continue
        found = full_name(name, text)
        if found is None:
            continue
        full, start = found
        sentence = next((s for s in sentences if s.start <= start < s.end), None)
        if sentence is None:
            continue
        draft.person.name = full
        draft.person.evidence["name"] = sentence.span


def fill_proceeding(drafts: list[Draft], people: list[Draft], story: list) -> None:
    """A story about one hearing names it once ("following a gross misconduct hearing");
    everyone decided there shares it, unless the story names forums person by person."""
    if story:
        value = max((v for v, _ in story), key=lambda v: _FORUM_ORDER.index(v))
        span = next(s for v, s in story if v == value)
        for draft in people:
            person = draft.person
            if person.proceeding is None and (person.outcome or person.severity):
                person.proceeding = value
                person.evidence["proceeding"] = span
    # One forum named person by person is everyone's ("was dismissed at a gross
    # misconduct hearing ... Three other officers received written warnings"); forums
    # that differ leave each person's own.
    named = [d for d in drafts if d.explicit_proceeding and d.person.proceeding]
    if not people or not named or len({d.person.proceeding for d in named}) > 1:
        return
    value = named[0].person.proceeding
    span = next(
        (
            d.person.evidence.get("proceeding")
            for d in named
            if d.person.evidence.get("proceeding")
        ),
        None,
    )
    for draft in people:
        if (
            (draft.person.outcome or draft.person.severity)
            and not draft.person.proceeding
            and _forum_can_decide(value, draft.person.outcome)
        ):
            draft.person.proceeding = value
            if span:
                draft.person.evidence["proceeding"] = span


# A misconduct meeting decides misconduct only: it can impose no more than a final
# written warning, so it is not the forum of a dismissal or a demotion.
_BEYOND_A_MEETING = {
    Outcome.DISMISSED,
    Outcome.WOULD_HAVE_BEEN_DISMISSED,
    Outcome.REDUCTION_IN_RANK,
}


def _forum_can_decide(forum: str, outcome: str | None) -> bool:
    return not (forum == Proceeding.MISCONDUCT_MEETING and outcome in _BEYOND_A_MEETING)


def allegations(
    sentences: list[Sentence], draft: Draft, everyone: list[Draft], sole: bool
) -> list[Allegation]:
    """Sentences that state what this person was accused of, with the standards they
    name, whether they were found proven, and any period given. A sentence belongs to
    the person when one of its clauses is about them, or, in a story about one person,
    when it is about nobody else (a force notice's "Allegation 1: That on ...")."""
    found: list[Allegation] = []
    for sentence in sentences:
        if sentence.quoted or not p.ALLEGATION.search(sentence.text):
            continue
        if not _about(sentence, draft) and (
            not sole
            or any(_about(sentence, other) for other in everyone if other is not draft)
        ):
            continue
        allegation = Allegation(text=sentence.text, evidence=sentence.span)
        # "integrity" alone names a standard only where the sentence speaks of
        # breaches: "The allegations of integrity breaches were found not proven".
        context = bool(p.STANDARD_CONTEXT.search(sentence.text))
        for pattern, standard, weak in p.STANDARD_PATTERNS:
            if (
                (context or not weak)
                and pattern.search(sentence.text)
                and standard not in allegation.standards
            ):
                allegation.standards.append(standard)
        if p.NOT_PROVEN.search(sentence.text):
            allegation.proven = False
        elif p.ALLEGATION_PROVEN.search(sentence.text):
            allegation.proven = True
        period = p.PERIOD.search(sentence.text)
        if period:
            allegation.period_start, allegation.period_end = _period(period)
        found.append(allegation)
    return found


def _about(sentence: Sentence, draft: Draft) -> bool:
    return any(sentence.start <= s < sentence.end for s, _ in draft.clauses)


def _period(match: re.Match[str]) -> tuple[PartialDate | None, PartialDate | None]:
    """ "between November 2018 and August 2019", "between January and July 2019". A
    start month after the end month with one year ("between November and March 2019")
    leaves the start's year to the reader: not filled."""
    from cases.ingest.dates import MONTHS

    m1, m2 = MONTHS.get(match["m1"].lower()), MONTHS.get(match["m2"].lower())
    if not m1 or not m2:
        return None, None
    y2 = int(match["y2"])
    end = PartialDate(datetime.date(y2, m2, 1), "month")
    if match["y1"]:
        return PartialDate(datetime.date(int(match["y1"]), m1, 1), "month"), end
    if m1 > m2:
        return None, end
    return PartialDate(datetime.date(y2, m1, 1), "month"), end
