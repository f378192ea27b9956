"""Editors' workflows: corrections that survive re-ingest, review, merging people.

Write-side functions called by the admin; the ingest side of corrections lives in
`cases/ingest/save.py`, which never overwrites a field listed in `edited_fields`.
"""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q

from cases import freshness, search
from cases.models import Case, Officer, OfficerRedirect, ReviewStatus
from cases.public.withholding import merge_withholding

# Bookkeeping fields an editor's form may touch without it being a correction of fact.
NOT_CORRECTIONS = {"edited_fields", "review_status", "withheld", "withheld_reason"}


class MergeError(Exception):
    pass


def record_corrections(obj, changed: Iterable[str]) -> None:
    """Remember which fields an editor set, so that no later ingest overwrites them.

    Call before saving `obj`; adding or changing a row by hand protects the fields the
    editor filled in.
    """
    fields = set(changed) - NOT_CORRECTIONS
    if fields:
        obj.edited_fields = sorted(set(obj.edited_fields) | fields)


def keep_unchanged_text(form) -> None:
    """Undo a submitted form's "changes" that are not: text differing from the stored
    value only in line endings or surrounding whitespace (a browser sends a textarea's
    lines ending in CRLF, and Django strips the ends) is the stored text, kept as it was
    and not recorded as a correction. Call on a valid form before saving it."""
    for name in list(form.changed_data):
        before = form.get_initial_for_field(form.fields[name], name)
        after = form.cleaned_data.get(name)
        text = isinstance(before, str) and isinstance(after, str)
        if text and _plain(before) == _plain(after):
            setattr(form.instance, name, before)
            form.changed_data.remove(name)


def _plain(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def mark_reviewed(cases) -> int:
    """Mark cases as checked by an editor; return how many changed."""
    changed = []
    for case in cases.exclude(review_status=ReviewStatus.REVIEWED):
        case.review_status = ReviewStatus.REVIEWED
        case._change_reason = "marked reviewed"
        case.save(update_fields=["review_status", "updated_at"])
        changed.append(case.pk)
    if changed:
        # Case pages say whether an editor checked them, and the list counts it.
        freshness.record_change(changed)
    return len(changed)


@transaction.atomic
def merge_officers(survivor: Officer, duplicates: Iterable[Officer]) -> int:
    """Fold duplicate records of one person into `survivor`; return how many merged.

    Their results move to the survivor, their old pages redirect to it, and each step is
    in the history. Two results in the same case cannot both belong to one person, so
    such a merge is refused rather than guessed, as is any merge of an unnamed person.
    Withheld wins: merging a withheld person makes the survivor withheld, and it keeps
    the merged records' names, which stay out of public text.
    """
    duplicates = [o for o in duplicates if o.pk != survivor.pk]
    unnamed = next((o for o in [survivor, *duplicates] if o.anonymous), None)
    if duplicates and unnamed:
        # A label ("the officer", "Officer A") names no one: two are never known to
        # be the same person, and the public pages promise they are never merged.
        raise MergeError(f"Unnamed people are never merged: “{unnamed}”.")
    ids = [o.pk for o in duplicates]
    shared = (
        Case.objects.filter(results__officer=survivor)
        .filter(results__officer__in=ids)
        .values_list("title", flat=True)
        .first()
    )
    if shared:
        raise MergeError(f"Both people have a result in the same case: “{shared}”.")
    if duplicates:
        merge_withholding(survivor, duplicates)
        merged = ", ".join(f"#{o.pk}" for o in duplicates)
        survivor._change_reason = f"merged with {merged}"[:100]
        survivor.save()
    for officer in duplicates:
        for result in officer.results.all():
            result.officer = survivor
            result._change_reason = f"officer #{officer.pk} merged into #{survivor.pk}"
            result.save()
        OfficerRedirect.objects.filter(officer=officer).update(officer=survivor)
        OfficerRedirect.objects.create(old_id=officer.pk, officer=survivor)
        officer._change_reason = f"merged into #{survivor.pk} ({survivor})"[:100]
        officer.delete()
    if not survivor.rank or not survivor.force_id:
        latest = (
            survivor.results.filter(~Q(rank="")).order_by("-case__outcome_on").first()
        )
        if latest:
            survivor.rank = survivor.rank or latest.rank
            survivor.force = survivor.force or latest.force
            survivor.save()
    freshness.record_change(search.cases_showing(survivor))
    return len(duplicates)
