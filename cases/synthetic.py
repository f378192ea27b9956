"""Realistic synthetic cases, for trying the pages on a full archive and for benchmarks.

Deterministic for a seed; written with `bulk_create`, a few queries per thousand rows.
The distributions follow what published outcomes look like: most cases end in dismissal
at a gross misconduct hearing, most people are constables, the large forces have the most
cases, and referral to outcome takes one to four years. Every case gets a source document
whose text holds the sentences its evidence quotes.
"""

import hashlib
import random
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils.text import slugify

from cases import freshness
from cases.choices import CriminalVerdict, Outcome, Proceeding, Rank, Severity
from cases.models import (
    Allegation,
    Case,
    DatePrecision,
    Force,
    Officer,
    ProfessionalStandard,
    Result,
    ReviewStatus,
    SourceDocument,
)

BUSY_FORCES = {
    "Metropolitan Police Service": 18,
    "Greater Manchester Police": 6,
    "West Midlands Police": 6,
    "West Yorkshire Police": 4,
    "Merseyside Police": 3,
    "Thames Valley Police": 3,
    "Kent Police": 3,
    "West Mercia Police": 3,
    "Police Scotland": 3,
}
OUTCOMES = {
    Outcome.DISMISSED: 40,
    Outcome.WOULD_HAVE_BEEN_DISMISSED: 15,
    Outcome.FINAL_WRITTEN_WARNING: 15,
    Outcome.WRITTEN_WARNING: 8,
    Outcome.REDUCTION_IN_RANK: 4,
    Outcome.MANAGEMENT_ADVICE: 6,
    Outcome.REFLECTIVE_PRACTICE: 3,
    Outcome.NO_FURTHER_ACTION: 2,
    Outcome.NOT_PROVEN: 7,
}
RANKS = {
    Rank.POLICE_CONSTABLE: 62,
    Rank.DETECTIVE_CONSTABLE: 7,
    Rank.SERGEANT: 11,
    Rank.DETECTIVE_SERGEANT: 3,
    Rank.INSPECTOR: 4,
    Rank.CHIEF_INSPECTOR: 1,
    Rank.SUPERINTENDENT: 1,
    Rank.SPECIAL_CONSTABLE: 4,
    Rank.PCSO: 4,
    Rank.POLICE_STAFF: 3,
}
STANDARDS = {
    "discreditable conduct": 30,
    "honesty and integrity": 22,
    "authority, respect and courtesy": 14,
    "duties and responsibilities": 10,
    "orders and instructions": 6,
    "confidentiality": 6,
    "equality and diversity": 5,
    "use of force": 4,
    "challenging and reporting improper conduct": 2,
    "fitness for work": 1,
}
ALLEGATIONS = [
    "Pursued a sexual relationship with a vulnerable victim of crime met on duty.",
    "Accessed police systems for information about a former partner with no policing "
    "purpose.",
    "Sent offensive and discriminatory messages in a WhatsApp group with colleagues.",
    "Used excessive force during the arrest of a man in custody.",
    "Failed to record and investigate a report of domestic abuse.",
    "Was convicted of drink-driving while off duty.",
    "Gave a false account of events in a witness statement.",
    "Disclosed confidential information about an investigation to a friend.",
    "Made inappropriate comments of a sexual nature to a junior colleague.",
    "Claimed overtime for hours not worked.",
    "Failed to challenge or report the improper conduct of a colleague.",
    "Was dishonest about the reasons for an absence from work.",
    "Shared images of a crime scene on social media.",
    "Failed to carry out welfare checks on a detained person.",
]
FIRST = [
    "James",
    "John",
    "Robert",
    "Michael",
    "David",
    "Daniel",
    "Thomas",
    "Mark",
    "Paul",
    "Andrew",
    "Steven",
    "Lee",
    "Craig",
    "Sarah",
    "Emma",
    "Laura",
    "Claire",
    "Rachel",
    "Amy",
    "Helen",
    "Nicola",
    "Lisa",
    "Kelly",
    "Gemma",
    "Hannah",
    "Aisha",
    "Mohammed",
    "Imran",
    "Tariq",
    "Ravi",
    "Priya",
    "Connor",
    "Liam",
    "Sean",
    "Ciaran",
    "Niamh",
    "Gareth",
    "Rhys",
    "Owen",
]
LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Khan",
    "Hughes",
    "Edwards",
    "Lewis",
    "Harrison",
    "Hunt",
    "Murphy",
    "Kelly",
    "Campbell",
    "Stewart",
    "Morgan",
    "Price",
    "Ahmed",
    "Begum",
    "Shaw",
    "Fletcher",
    "Barker",
    "Holmes",
    "Lloyd",
    "Harvey",
    "Doyle",
    "Quinn",
    "Reid",
    "Fraser",
]


@dataclass(frozen=True)
class Generated:
    cases: int
    people: int
    officers: int
    allegations: int


PEOPLE_PER_CASE = {1: 80, 2: 15, 3: 5}
"""How often a case concerns one, two or three people."""


def generate_cases(
    count: int, *, seed: int = 1, people_per_case: dict[int, int] = PEOPLE_PER_CASE
) -> Generated:
    """Add `count` synthetic cases, with their people, allegations and sources.

    `people_per_case` weighs how many people a case concerns (the browse benchmark asks
    for more than usual, to reach its 150,000 people over 100,000 cases)."""
    rng = random.Random(seed)
    forces = list(Force.objects.order_by("name"))
    weights = [BUSY_FORCES.get(force.name, 1) for force in forces]
    standards = {s.name: s for s in ProfessionalStandard.objects.all()}
    taken_names = set(
        Officer.objects.filter(anonymous=False).values_list(
            "force_id", "normalised_name"
        )
    )
    with transaction.atomic():
        plans = [
            _plan_case(rng, rng.choices(forces, weights)[0], i, people_per_case)
            for i in range(count)
        ]
        officers = _officers(rng, plans, taken_names)
        cases = Case.objects.bulk_create([plan.case for plan in plans])
        sources = SourceDocument.objects.bulk_create(
            [plan.source(case, seed) for plan, case in zip(plans, cases, strict=True)]
        )
        results, allegations, result_standards, allegation_standards = [], [], [], []
        for plan, case, source in zip(plans, cases, sources, strict=True):
            plan.attach_evidence(case, source)
            for position, person in enumerate(plan.people):
                person.result.case = case
                person.result.officer = officers[id(person)]
                person.result.position = position
                person.result.evidence = plan.evidence_for(person, source)
                results.append(person.result)
        Case.objects.bulk_update(cases, ["evidence"])
        Result.objects.bulk_create(results)
        for plan, source in zip(plans, sources, strict=True):
            for person in plan.people:
                for name in person.standards:
                    result_standards.append(
                        Result.standards.through(
                            result_id=person.result.pk,
                            professionalstandard_id=standards[name].pk,
                        )
                    )
                for position, (text, proven) in enumerate(person.allegations):
                    allegation = Allegation(
                        result=person.result,
                        text=text,
                        proven=proven,
                        position=position,
                        evidence=plan.quote_evidence("text", text, source),
                    )
                    allegations.append((allegation, person.standards[:1]))
        Allegation.objects.bulk_create([a for a, _ in allegations])
        for allegation, names in allegations:
            allegation_standards += [
                Allegation.standards.through(
                    allegation_id=allegation.pk,
                    professionalstandard_id=standards[name].pk,
                )
                for name in names
            ]
        Result.standards.through.objects.bulk_create(result_standards)
        Allegation.standards.through.objects.bulk_create(allegation_standards)
        freshness.record_change([case.pk for case in cases])
    return Generated(
        cases=len(cases),
        people=len(results),
        officers=len({o.pk for o in officers.values()}),
        allegations=len(allegations),
    )


@dataclass
class _Person:
    result: Result
    name: str
    label: str
    standards: list[str]
    allegations: list[tuple[str, bool | None]]


class _CasePlan:
    def __init__(self, case: Case, people: list[_Person], sentences: list[str]):
        self.case = case
        self.people = people
        self.sentences = sentences
        self.text = "\n\n".join(sentences)

    def source(self, case: Case, seed: int) -> SourceDocument:
        digest = hashlib.sha256(f"synthetic:{seed}:{self.text}".encode()).hexdigest()
        return SourceDocument(
            location=f"synthetic/{seed}/{digest[:16]}.txt",
            file_name=f"{digest[:16]}.txt",
            publisher="Independent Office for Police Conduct (synthetic)",
            title=case.title,
            published_on=case.published_on,
            raw_text=self.text,
            text=self.text,
            sha256=digest,
            case=case,
            parser_version="synthetic",
        )

    def quote_evidence(self, field: str, quote: str, source: SourceDocument) -> dict:
        start = self.text.find(quote)
        if start < 0:
            return {}
        return {
            field: {
                "source": source.pk,
                "start": start,
                "end": start + len(quote),
                "quote": quote,
            }
        }

    def attach_evidence(self, case: Case, source: SourceDocument) -> None:
        evidence = {}
        for sentence in self.sentences:
            if case.force and case.force.name in sentence and "force" not in evidence:
                evidence |= self.quote_evidence("force", sentence, source)
            if sentence.startswith("The hearing concluded"):
                evidence |= self.quote_evidence("hearing_on", sentence, source)
            if sentence.startswith("The outcome was announced"):
                evidence |= self.quote_evidence("outcome_on", sentence, source)
            if sentence.startswith("The matter was referred"):
                evidence |= self.quote_evidence("referred_on", sentence, source)
        case.evidence = evidence

    def evidence_for(self, person: _Person, source: SourceDocument) -> dict:
        who = person.name or person.label
        evidence = {}
        for sentence in self.sentences:
            if who in sentence and person.result.outcome in sentence:
                evidence |= self.quote_evidence("outcome", sentence, source)
                evidence |= self.quote_evidence("rank", sentence, source)
        return evidence


def _plan_case(
    rng: random.Random, force: Force, index: int, people_per_case: dict[int, int]
) -> _CasePlan:
    year = rng.choices(range(2015, 2025), weights=range(3, 13))[0]
    outcome_on = date(year, 1, 1) + timedelta(days=rng.randrange(365))
    hearing_on = outcome_on - timedelta(days=rng.choice([0, 0, 0, 1, 2, 7]))
    concluded = hearing_on - timedelta(days=rng.randint(90, 420))
    referred = concluded - timedelta(days=rng.randint(120, 900))
    referred_precision = rng.choices(
        [DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR], [5, 4, 1]
    )[0]
    if referred_precision == DatePrecision.MONTH:
        referred = referred.replace(day=1)
    elif referred_precision == DatePrecision.YEAR:
        referred = referred.replace(month=1, day=1)
    how_many = rng.choices(list(people_per_case), list(people_per_case.values()))[0]
    people = [_plan_person(rng, force) for _ in range(how_many)]
    main = people[0].result
    proceeding = (
        Proceeding.MISCONDUCT_MEETING
        if main.severity == Severity.MISCONDUCT and rng.random() < 0.5
        else rng.choices(
            [Proceeding.MISCONDUCT_HEARING, Proceeding.ACCELERATED_HEARING], [80, 20]
        )[0]
    )
    for person in people:
        person.result.proceeding = proceeding
        person.result.hearing_date = hearing_on
    who = _describe(people[0])
    title = f"{force.name} {_role(main)} {_headline(main.outcome)}"[:300]
    sentences = [
        f"{title}.",
        f"{who} of {force.name} {_verb(main.outcome)} following a {proceeding} "
        f"({index}).",
        *(f"{_describe(p)} {_verb(p.result.outcome)}." for p in people[1:]),
        *(text for p in people for text, _ in p.allegations),
        f"The matter was referred to the IOPC "
        f"{'on' if referred_precision == DatePrecision.DAY else 'in'} "
        f"{_worded(referred, referred_precision)}.",
        f"The hearing concluded on {hearing_on:%-d %B %Y}.",
        f"The outcome was announced on {outcome_on:%-d %B %Y}.",
    ]
    case = Case(
        title=title,
        slug=slugify(title)[:100].strip("-"),
        force=force,
        summary=" ".join(sentences[1:4]),
        referred_on=referred,
        referred_on_precision=referred_precision,
        investigation_concluded_on=concluded,
        investigation_concluded_on_precision=DatePrecision.MONTH,
        hearing_on=hearing_on,
        hearing_on_precision=DatePrecision.DAY,
        outcome_on=outcome_on,
        outcome_on_precision=DatePrecision.DAY,
        published_on=outcome_on + timedelta(days=rng.randint(0, 10)),
        proceeding=proceeding,
        chair="a legally qualified chair"
        if proceeding == Proceeding.MISCONDUCT_HEARING
        else "",
        review_status=rng.choices(
            [ReviewStatus.MACHINE, ReviewStatus.REVIEWED], [65, 35]
        )[0],
    )
    return _CasePlan(case, people, sentences)


def _plan_person(rng: random.Random, force: Force) -> _Person:
    outcome = rng.choices(list(OUTCOMES), list(OUTCOMES.values()))[0]
    rank = rng.choices(list(RANKS), list(RANKS.values()))[0]
    dismissal = outcome in (Outcome.DISMISSED, Outcome.WOULD_HAVE_BEEN_DISMISSED)
    severity = (
        ""
        if outcome == Outcome.NOT_PROVEN
        else Severity.GROSS_MISCONDUCT
        if dismissal or outcome == Outcome.REDUCTION_IN_RANK
        else Severity.MISCONDUCT
    )
    former = outcome == Outcome.WOULD_HAVE_BEEN_DISMISSED or rng.random() < 0.05
    anonymous = rng.random() < 0.12
    name = "" if anonymous else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    count = rng.choices([1, 2, 3], [55, 30, 15])[0]
    standards = []
    if outcome != Outcome.NOT_PROVEN:
        while len(standards) < count:
            pick = rng.choices(list(STANDARDS), list(STANDARDS.values()))[0]
            if pick not in standards:
                standards.append(pick)
    allegations = [
        (text, outcome != Outcome.NOT_PROVEN)
        for text in rng.sample(ALLEGATIONS, rng.choices([1, 2, 3], [50, 35, 15])[0])
    ]
    criminal = rng.choices(
        ["", CriminalVerdict.CONVICTED, CriminalVerdict.ACQUITTED], [85, 12, 3]
    )[0]
    result = Result(
        force=force,
        rank=rank,
        age=rng.randint(21, 58) if rng.random() < 0.6 else None,
        former=former,
        severity=severity,
        outcome=outcome,
        criminal=criminal,
        barred=dismissal and rng.random() < 0.9,
    )
    label = f"Officer {chr(65 + rng.randrange(6))}" if anonymous else ""
    return _Person(result, name, label, standards, allegations)


def _officers(rng, plans, taken_names) -> dict[int, Officer]:
    """One officer per person; now and then a named person seen before in the same
    force, as repeat appearances happen."""
    officers: dict[int, Officer] = {}
    known: dict[tuple[int, str], Officer] = {}
    new = []
    for plan in plans:
        in_case = set()  # two people of one case who drew one name are two people
        for person in plan.people:
            result, force = person.result, plan.case.force
            if not person.name:
                officer = Officer(anonymous=True, label=person.label, force=force)
                new.append(officer)
                officers[id(person)] = officer
                continue
            key = (force.pk, Officer.normalise_name(person.name))
            if key in known and key not in in_case:
                officers[id(person)] = known[key]
                in_case.add(key)
                continue
            if key in taken_names or key in in_case:
                person.name = f"{person.name} {rng.choice(LAST)}"
                key = (force.pk, Officer.normalise_name(person.name))
                if key in taken_names or key in known:
                    person.name, person.label = "", "Officer Z"
                    officer = Officer(anonymous=True, label="Officer Z", force=force)
                    new.append(officer)
                    officers[id(person)] = officer
                    continue
            officer = Officer(
                name=person.name,
                normalised_name=key[1],
                slug=slugify(person.name),
                rank=result.rank,
                force=force,
            )
            known[key] = officer
            in_case.add(key)
            new.append(officer)
            officers[id(person)] = officer
    Officer.objects.bulk_create(new)
    return officers


def _describe(person: _Person) -> str:
    words = [
        "former" if person.result.former else "",
        person.result.rank,
        person.name or person.label,
    ]
    text = " ".join(word for word in words if word)
    return text[:1].upper() + text[1:]


def _role(result: Result) -> str:
    if result.rank in (Rank.PCSO, Rank.POLICE_STAFF):
        return "staff member"
    return "former officer" if result.former else "officer"


def _headline(outcome: str) -> str:
    return {
        Outcome.DISMISSED: "dismissed for gross misconduct",
        Outcome.WOULD_HAVE_BEEN_DISMISSED: "would have been dismissed",
        Outcome.NOT_PROVEN: "cleared at misconduct hearing",
    }.get(outcome, f"given {outcome}")


def _verb(outcome: str) -> str:
    if outcome == Outcome.NOT_PROVEN:
        return "had allegations found not proven"
    if outcome in (Outcome.DISMISSED, Outcome.WOULD_HAVE_BEEN_DISMISSED):
        return f"was found to have committed gross misconduct and {outcome}"
    return f"received {outcome}"


def _worded(value: date, precision: str) -> str:
    if precision == DatePrecision.YEAR:
        return f"{value.year}"
    if precision == DatePrecision.MONTH:
        return f"{value:%B %Y}"
    return f"{value:%-d %B %Y}"
