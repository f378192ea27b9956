"""What a finding sets on a draft: an outcome over another, the gravest severity,
the highest forum, standards found or only alleged."""

from __future__ import annotations

from cases.choices import Outcome, Proceeding, Severity
from cases.ingest import patterns as p
from cases.ingest.findings import Finding, only_alleged
from cases.ingest.people.drafts import Draft
from cases.ingest.records import Span

_PROCEEDING_ORDER = {
    Proceeding.ACCELERATED_HEARING: 3,
    Proceeding.MISCONDUCT_MEETING: 2,
    Proceeding.MISCONDUCT_HEARING: 1,
}


class Applying:
    """Setting what a finding states on the draft it is about. Mixed into Tracker,
    whose state it reads."""

    def _apply(self, draft: Draft, finding: Finding, span: Span, clause: str) -> None:
        person = draft.person
        kind, value = finding.kind, finding.value
        if kind == "outcome":
            current = person.outcome
            if (
                current is None
                or current == Outcome.NOT_PROVEN
                and value != Outcome.NOT_PROVEN
                or current == Outcome.DISMISSED
                and value == Outcome.WOULD_HAVE_BEEN_DISMISSED
                or value != Outcome.NOT_PROVEN
                and finding.start > self._clause_start + _replacing_at(clause)
            ):
                person.outcome = value
                person.evidence["outcome"] = span
            if value == Outcome.NOT_PROVEN and not any(
                pattern.search(clause) for pattern, _, _ in p.STANDARD_PATTERNS
            ):
                self._withdraw_allegations(draft)
        elif kind == "criminal":
            if person.criminal is None:
                person.criminal = value
                person.evidence["criminal"] = span
        elif kind == "severity":
            if person.severity is None or (
                value == Severity.GROSS_MISCONDUCT
                and person.severity == Severity.MISCONDUCT
                and not p.RATHER_THAN_GROSS.search(clause)
            ):
                person.severity = value
                person.evidence["severity"] = span
        elif kind == "proceeding":
            current = person.proceeding
            if current is None or _PROCEEDING_ORDER[value] > _PROCEEDING_ORDER[current]:  # type: ignore[index]
                person.proceeding = value
                person.evidence["proceeding"] = span
            draft.explicit_proceeding = True
        elif kind in ("standard", "alleged_standard"):
            if kind == "alleged_standard" or _only_alleged(clause):
                if value not in draft.pending_standards:
                    draft.pending_standards.append(value)
                    draft.pending_span = span
                    draft.pending_where[value] = span.start
                    if p.CASE_TO_ANSWER_WORDS.search(span.quote):
                        draft.pending_case_to_answer.add(value)
            elif value not in person.standards:
                person.standards.append(value)
                person.evidence.setdefault("standards", span)
        elif kind == "barred":
            person.barred = True
            person.evidence["barred"] = span
        elif kind == "left":
            draft.left_service = True
            person.evidence.setdefault("former", span)
        elif kind == "case_level":
            draft.case_level = value
        elif kind == "case_proven":
            draft.case_proven = True
            person.evidence.setdefault("severity", span)
        elif kind == "breach_found":
            draft.breached = True
            person.evidence.setdefault("severity", span)

    def _withdraw_allegations(self, draft: Draft) -> None:
        """Standards alleged in this sentence or the one before, which a "not proven"
        naming none itself answers ("These allegations were not proven"), were not
        found breached."""
        since = self._previous_sentence_start
        for standard, where in list(draft.pending_where.items()):
            if where >= since:
                draft.pending_standards.remove(standard)
                del draft.pending_where[standard]


def _only_alleged(clause: str) -> bool:
    """Standards named in `clause` are pending (see findings.only_alleged), and so are
    those of an allegation found not proven."""
    return only_alleged(clause) or bool(
        p.ALLEGATION_ONLY.search(clause) and p.NOT_PROVEN.search(clause)
    )


def _replacing_at(clause: str) -> int:
    """Where `clause` says a sanction replaces another (patterns.REPLACING): outcomes
    after that point stand over earlier ones; no such wording puts it past the end."""
    match = p.REPLACING.search(clause)
    return match.start() if match else len(clause) + 1
