"""What a clause says happened: outcomes, court verdicts, levels found, forums,
standards breached, the barred list and leaving the service.

Each finding keeps where its wording starts, so that the extractor can tie it to the
nearest person mentioned before it ("PC Laura Welsh ... was given a written warning"),
or to the person an active verb names after it ("to dismiss the officer", "acquitted
Police Sergeant Martyn Blake"). Deciding WHO is the job of people/; this module only reads
wording. Pure; patterns from patterns.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from cases.choices import CriminalVerdict, Outcome, Proceeding, Severity, Standard
from cases.ingest import patterns as p

__all__ = ["Finding", "only_alleged", "read_findings"]

# Findings that say someone's case was decided: they bring a person into the record.
DECIDING_KINDS = frozenset({"outcome", "criminal", "severity"})


@dataclass(frozen=True)
class Finding:
    kind: str  # outcome, criminal, severity, proceeding, standard, barred, left, case_level
    value: str
    start: int  # absolute offset of the wording
    end: int
    active: bool = (
        False  # an active verb whose object follows ("dismissed two officers")
    )


def read_findings(
    clause: str, offset: int, *, quoted: bool = False, listed: bool = False
) -> list[Finding]:
    """Everything `clause` (at `offset` in the text) states about proceedings. A
    `listed` clause is an item of a list whose lead-in states a breach, so its
    standards need no words of a breach of their own."""
    if not p.states_a_finding(clause):
        return []  # most clauses state nothing: one search instead of forty
    return read_every_finding(clause, offset, quoted=quoted, listed=listed)


def read_every_finding(
    clause: str, offset: int, *, quoted: bool = False, listed: bool = False
) -> list[Finding]:
    """read_findings without its first look for a finding's words (for the test that
    the look misses nothing)."""
    found: list[Finding] = []
    # What may be, and a choice of results ("All of the officers either were sacked,
    # resigned, or were handed a final written warning"), decide nobody's result.
    either_or = bool(p.EITHER_OR.search(clause))
    hypothetical = either_or or bool(p.FUTURE_OR_POLICY.search(clause))
    found += _outcomes(clause, offset, hypothetical)
    found += _verdicts(clause, offset)
    found += _severities(clause, offset)
    found += _proceedings(clause, offset)
    found += _standards(clause, offset, quoted, listed)
    if p.BARRED.search(clause) and not p.NOT_BARRED.search(clause) and not hypothetical:
        match = p.BARRED.search(clause)
        assert match is not None
        found.append(
            Finding("barred", "true", offset + match.start(), offset + match.end())
        )
    for match in p.LEFT_SERVICE.finditer(clause):
        if p.LEFT_AFTER_RESULT.match(clause, match.end()) or p.STILL_SERVING.search(
            clause
        ):
            continue
        found.append(
            Finding("left", "true", offset + match.start(), offset + match.end())
        )
    level = p.CASE_TO_ANSWER.search(clause)
    if level:
        found.append(
            Finding(
                "case_level",
                level["level"].lower(),
                offset + level.start(),
                offset + level.end(),
            )
        )
    proven = p.CASE_PROVEN.search(clause)
    if (
        proven is not None
        and not p.NOT_PROVEN.search(clause)
        # A question put: "It was for a panel to decide whether or not the
        # allegations were proven".
        and not p.QUESTION_PUT.search(clause, 0, proven.start())
    ):
        match = proven
        found.append(
            Finding("case_proven", "true", offset + match.start(), offset + match.end())
        )
    breach = p.BREACH_FOUND.search(clause)
    if breach:
        found.append(
            Finding(
                "breach_found", "true", offset + breach.start(), offset + breach.end()
            )
        )
    if either_or:
        found = [f for f in found if f.kind not in DECIDING_KINDS]
    found.sort(key=lambda finding: finding.start)
    return found


def _outcomes(clause: str, offset: int, hypothetical: bool) -> list[Finding]:
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for match in p.WOULD_HAVE_BEEN.finditer(clause):
        taken.append((match.start(), match.end()))
        active = "have dismissed" in match.group(0).lower()
        found.append(
            Finding(
                "outcome",
                Outcome.WOULD_HAVE_BEEN_DISMISSED,
                offset + match.start(),
                offset + match.end(),
                active,
            )
        )
    blocked = [(m.start(), m.end()) for m in p.NOT_A_DISMISSAL.finditer(clause)]
    counterfactual = bool(p.COUNTERFACTUAL.search(clause)) and not found
    for pattern, outcome in p.OUTCOME_PATTERNS:
        for match in pattern.finditer(clause):
            start, end = match.start(), match.end()
            if any(s <= start < e or start <= s < end for s, e in taken):
                continue
            if outcome is Outcome.DISMISSED:
                if any(s <= start < e for s, e in blocked) or hypothetical:
                    continue
                if counterfactual:
                    outcome_here = Outcome.WOULD_HAVE_BEEN_DISMISSED
                else:
                    outcome_here = outcome
                word = match.group(0).lower()
                active = word in (
                    "dismissed",
                    "sacked",
                    "fired",
                    "dismiss",
                ) and _verb_is_active(clause, start)
                if word == "dismiss":
                    active = True
                taken.append((start, end))
                found.append(
                    Finding(
                        "outcome", outcome_here, offset + start, offset + end, active
                    )
                )
                continue
            if outcome is Outcome.REFLECTIVE_PRACTICE and p.NOT_A_FINDING.search(
                clause
            ):
                continue
            if hypothetical and outcome is not Outcome.REFLECTIVE_PRACTICE:
                continue
            if p.PRIOR_SANCTION.search(clause, max(0, start - 60), start):
                continue
            taken.append((start, end))
            found.append(Finding("outcome", outcome, offset + start, offset + end))
    for match in p.NOT_PROVEN.finditer(clause):
        if p.NOT_PROVEN_AS_LEVEL.search(clause[match.start() : match.end() + 30]):
            continue
        found.append(
            Finding(
                "outcome",
                Outcome.NOT_PROVEN,
                offset + match.start(),
                offset + match.end(),
            )
        )
    match = p.NO_FURTHER_ACTION.search(clause)
    if match:
        found.append(
            Finding(
                "outcome",
                Outcome.NO_FURTHER_ACTION,
                offset + match.start(),
                offset + match.end(),
            )
        )
    return found


def _verb_is_active(clause: str, start: int) -> bool:
    """ "dismissed two serving officers": no auxiliary before the verb ("was dismissed",
    "has been dismissed", "being dismissed" are passive)."""
    before = clause[max(0, start - 25) : start].lower().split()
    if not before:
        return False
    return before[-1] not in (
        "was",
        "were",
        "been",
        "be",
        "being",
        "is",
        "are",
        "get",
        "got",
        "later",
        "then",
        "subsequently",
        "also",
        "immediately",
        "summarily",
        "formally",
        "rightly",
        "now",
    )


def _verdicts(clause: str, offset: int) -> list[Finding]:
    found: list[Finding] = []
    blocked = [(m.start(), m.end()) for m in p.NOT_A_VERDICT.finditer(clause)]
    for match in p.ACQUITTED.finditer(clause):
        found.append(
            Finding(
                "criminal",
                CriminalVerdict.ACQUITTED,
                offset + match.start(),
                offset + match.end(),
                match.group(0).lower().startswith("acquitted"),
            )
        )
    acquitted = [(f.start - offset, f.end - offset) for f in found]
    for match in p.CONVICTED.finditer(clause):
        start = match.start()
        if any(s <= start < e for s, e in blocked + acquitted):
            continue
        if match.group(0).lower() == "found guilty" and not p.COURT_CONTEXT.search(
            clause[:start] + clause[match.end() :]
        ):
            continue
        found.append(
            Finding(
                "criminal",
                CriminalVerdict.CONVICTED,
                offset + start,
                offset + match.end(),
            )
        )
    return found


def states_an_allegation(text: str) -> bool:
    """Whether `text` states what was alleged ("it was alleged that", "faced
    allegations that", "the hearing was told") without saying it was found."""
    return bool(p.ALLEGED_THAT.search(text)) and not p.FOUND_WORD.search(text)


def only_alleged(clause: str) -> bool:
    """Whether what `clause` says of levels and standards is only alleged or assessed
    ("had a case to answer for gross misconduct", "may amount to"). A stated result
    outweighs the word "allegation" ("the allegation was found proven and assessed as
    Gross Misconduct"), but not inside what is alleged ("it was alleged that the
    officer had behaved in a manner which amounted to gross misconduct")."""
    blocking = list(p.NOT_A_FINDING.finditer(clause))
    if not blocking:
        return False
    if all(p.ALLEGATION_ONLY.fullmatch(m.group(0)) for m in blocking):
        if states_an_allegation(clause):
            return True
        return not p.STATED_RESULT.search(clause)
    return True


def _severities(clause: str, offset: int) -> list[Finding]:
    strict = only_alleged(clause)
    found: list[Finding] = []
    rather = p.RATHER_THAN_GROSS.search(clause)
    if rather:
        return [
            Finding(
                "severity",
                Severity.MISCONDUCT,
                offset + rather.start(),
                offset + rather.end(),
            )
        ]
    for pattern in p.SEVERITY_FOUND:
        for match in pattern.finditer(clause):
            level = match["level"].lower()
            prefix = match.group(0)[: match.start("level") - match.start()]
            if strict:
                continue
            if p.SEVERITY_WEAK_PREFIX.match(
                prefix.strip() + " "
            ) and not p.RESULT_WORD.search(clause):
                continue
            if prefix.strip().lower() == "for" and (
                p.CASE_TO_ANSWER.search(clause)
                or level == "misconduct"
                and p.DISMISSED_FOR.search(clause, 0, match.start())
            ):
                continue
            if prefix.strip().lower() == "and" and not p.RESULT_WORD.search(clause):
                continue
            value = (
                Severity.GROSS_MISCONDUCT
                if level == "gross misconduct"
                else Severity.MISCONDUCT
            )
            # "gross misconduct" also ends in "misconduct": skip the inner match.
            if (
                value is Severity.MISCONDUCT
                and clause[
                    max(0, match.start("level") - 6) : match.start("level")
                ].lower()
                == "gross "
            ):
                continue
            found.append(
                Finding("severity", value, offset + match.start(), offset + match.end())
            )
    return found


def _proceedings(clause: str, offset: int) -> list[Finding]:
    found: list[Finding] = []
    blocked = [(m.start(), m.end()) for m in p.NOT_A_PROCEEDING.finditer(clause)]
    for pattern, proceeding in p.PROCEEDING_PATTERNS:
        for match in pattern.finditer(clause):
            if any(
                s <= match.start() < e or match.start() <= s < match.end()
                for s, e in blocked
            ) or p.FUTURE_FORUM.search(
                clause, max(0, match.start() - 40), match.start()
            ):
                continue
            found.append(
                Finding(
                    "proceeding",
                    proceeding,
                    offset + match.start(),
                    offset + match.end(),
                )
            )
        if found:
            break  # the most specific forum named wins
    return found


def _standards(clause: str, offset: int, quoted: bool, listed: bool) -> list[Finding]:
    if p.STANDARD_NEGATED.search(clause) or (
        p.STANDARD_EXPECTED.search(clause) and not p.STANDARD_FAILED.search(clause)
    ):
        return []
    context = listed or bool(p.STANDARD_CONTEXT.search(clause))
    # "breached standards relating to honesty and integrity, but not those relating to
    # use of force": the standards after the "but not" were not breached.
    but_not = p.BUT_NOT.search(clause)
    limit = but_not.start() if but_not else len(clause)
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for pattern, standard, weak in p.STANDARD_PATTERNS:
        for match in pattern.finditer(clause):
            start, end = match.start(), match.end()
            if start >= limit:
                continue
            if any(s <= start < e or start <= s < end for s, e in taken):
                continue
            if weak and (
                not context
                or quoted
                and standard is Standard.DISCREDITABLE_CONDUCT
                or _named_as_an_ideal(clause, start)
            ):
                continue
            taken.append((start, end))
            found.append(Finding("standard", standard, offset + start, offset + end))
    if found and context:
        first = min(f.start for f in found) - offset
        for pattern, standard in p.LIST_ITEM_STANDARDS:
            item = pattern.search(clause, first, limit)
            if item and not any(f.value is standard for f in found):
                found.append(
                    Finding(
                        "standard", standard, offset + item.start(), offset + item.end()
                    )
                )
        found.sort(key=lambda f: f.start)
    return found


def _named_as_an_ideal(clause: str, start: int) -> bool:
    """Whether the standard's name at `start` follows an ideal just before it ("the
    highest standards of professionalism and integrity") that the words before the
    ideal do not say was failed ("fell short of the highest standards of ...")."""
    window = max(0, start - p.STANDARD_EXPECTED_REACH)
    ideals = list(p.STANDARD_IDEAL.finditer(clause, window, start))
    if not ideals:
        return False
    ideal = ideals[-1]
    return not p.STANDARD_FAILED.search(clause, max(0, ideal.start() - 40), start)


__all__ += ["DECIDING_KINDS", "Proceeding"]
