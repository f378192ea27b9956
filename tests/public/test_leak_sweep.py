"""The leak sweep (issue 11): nothing withheld is ever public, whatever path it takes.

For each scenario, made-up documents are ingested as any folder is, an editor withholds
through the admin (the same forms and actions, as a logged-in superuser), and then every
public address reachable from the home page and the API root, every export, the feed,
the searches for the withheld names, and the dump are read. No form of a withheld name
may appear in any of them: not in upper case, not the surname alone, not with its
accents or apostrophe changed, not in a link or a slug. The documents name people in
all those forms on purpose (tests/public/documents/).
"""

import shutil
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from cases.models import Case, Officer, SourceDocument
from tests.admin_forms import post_change_form
from tests.public.sweep import (
    count_of,
    forms_found,
    read_everything,
    searches_for,
)

pytestmark = pytest.mark.django_db

DOCUMENTS = Path(__file__).resolve().parent / "documents"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PUBLIC_SEED = "000_bfc693bbd04dafad.txt"  # PC Michael Harrison, public throughout
CHANGED_URL = "https://www.kent.police.uk/news/officer-dismissed-for-dishonesty/"


@dataclass
class Withheld:
    """What a scenario withheld, and what must stay public beside it."""

    surnames: list[str]
    shown: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)  # addresses that must answer 404


def ingest(folder: Path, *names: str, tsv: str = "") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(DOCUMENTS / name, folder / name)
    if tsv:
        (folder / "sources.tsv").write_text(tsv)
    call_command("ingest", str(folder), stdout=StringIO(), stderr=StringIO())


def case_of(document: str) -> Case:
    return Case.objects.get(sources__text__startswith=_headline(document))


def source_of(document: str) -> SourceDocument:
    return SourceDocument.objects.get(text__startswith=_headline(document))


def _headline(document: str) -> str:
    return (DOCUMENTS / document).read_text().splitlines()[0]


def person_in(document: str, surname: str) -> Officer:
    return Officer.objects.get(
        results__case=case_of(document), name__icontains=surname[:4]
    )


# --- What the editor does, through the admin -------------------------------------------


def withhold_person(admin, officer: Officer, **corrections) -> None:
    url = f"/admin/cases/officer/{officer.pk}/change/"
    post_change_form(
        admin, url, withheld="on", withheld_reason="Anonymity order", **corrections
    )


def withhold_case(admin, case: Case) -> None:
    url = f"/admin/cases/case/{case.pk}/change/"
    post_change_form(admin, url, withheld="on", withheld_reason="Legal request")


def unlink_source(admin, source: SourceDocument) -> None:
    post_change_form(admin, f"/admin/cases/sourcedocument/{source.pk}/change/", case="")


def delete_case(admin, case: Case) -> None:
    response = admin.post(f"/admin/cases/case/{case.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302


def merge(admin, officers: list[Officer]) -> None:
    response = admin.post(
        "/admin/cases/officer/",
        {"action": "merge_into_oldest", "_selected_action": [o.pk for o in officers]},
    )
    assert response.status_code == 302
    assert Officer.objects.filter(pk__in=[o.pk for o in officers]).count() == 1


# --- The scenarios -----------------------------------------------------------------


def a_person(admin, inbox: Path) -> Withheld:
    """A person, whose name the editor also corrects (the extractor read "Ciar"): the
    document writes it O'NEILL, O’Neill’s, Oneill and Ciarán."""
    ingest(inbox, "person.txt")
    officer = Officer.objects.get(results__case=case_of("person.txt"), anonymous=False)
    withhold_person(admin, officer, name="Ciarán O'Neill")
    return Withheld(["O'Neill", "Ciar"], gone=[officer.get_absolute_url()])


def a_co_defendant(admin, inbox: Path) -> Withheld:
    """One of two people in a case; the other stays public, with the case's title."""
    ingest(inbox, "co_defendants.txt")
    whitcombe = person_in("co_defendants.txt", "Whitcombe")
    withhold_person(admin, whitcombe)
    fenwick = person_in("co_defendants.txt", "Fenwick")
    return Withheld(
        ["Whitcombe"],
        shown=["Fenwick", fenwick.get_absolute_url()],
        gone=[whitcombe.get_absolute_url(), f"/api/officers/{whitcombe.pk}/"],
    )


def a_whole_case(admin, inbox: Path) -> Withheld:
    """A case, whose person is known from it alone: no page, no name, no rank."""
    ingest(inbox, "whole_case.txt")
    case = case_of("whole_case.txt")
    ellery = person_in("whole_case.txt", "Ellery")
    withhold_case(admin, case)
    source = case.sources.get()
    return Withheld(
        ["Ellery"],
        gone=[
            f"/cases/{case.pk}/",
            ellery.get_absolute_url(),
            f"/api/officers/{ellery.pk}/",
            source.get_absolute_url(),
            f"/api/sources/{source.pk}/",
        ],
    )


def a_merge(admin, inbox: Path) -> Withheld:
    """A withheld person merged into a public record of them (the older one, which
    survives), spelt differently: withheld wins, and both spellings stay out."""
    ingest(inbox / "first", "merge_public.txt")
    ingest(inbox / "second", "merge_withheld.txt")
    public = person_in("merge_public.txt", "Thackery")
    withheld = person_in("merge_withheld.txt", "Thackeray")
    withhold_person(admin, withheld)
    merge(admin, [public, withheld])
    return Withheld(["Thackeray", "Thackery"], gone=[public.get_absolute_url()])


def a_changed_document(admin, inbox: Path) -> Withheld:
    """A withheld case's document, unlinked by an editor, comes again changed under
    another file name: the new case read from it is withheld too."""
    tsv = "file\turl\tpublisher\n{}\t" + CHANGED_URL + "\tKent Police\n"
    ingest(inbox / "first", "changed_first.txt", tsv=tsv.format("changed_first.txt"))
    withhold_case(admin, case_of("changed_first.txt"))
    first = source_of("changed_first.txt")
    unlink_source(admin, first)
    ingest(inbox / "again", "changed_second.txt", tsv=tsv.format("changed_second.txt"))
    second = SourceDocument.objects.get(previous_version=first)
    assert second.case is not None and second.case.withheld
    return Withheld(
        ["Strachan"],
        gone=[first.get_absolute_url(), second.get_absolute_url()],
    )


def a_deleted_case(admin, inbox: Path) -> Withheld:
    """A withheld case an editor deletes: its document stays, and stays withheld."""
    ingest(inbox, "deleted_case.txt")
    case = case_of("deleted_case.txt")
    source = case.sources.get()
    withhold_case(admin, case)
    delete_case(admin, case)
    source.refresh_from_db()
    assert source.case is None
    return Withheld(
        ["Pryor"],
        gone=[source.get_absolute_url(), f"/api/sources/{source.pk}/"],
    )


def a_document_with_no_case(admin, inbox: Path) -> Withheld:
    """A document that reports no outcome names a person withheld in another case
    (Zoë Brontë, BRONTE, Brontë's): it is no more public than the case."""
    ingest(inbox, "named_in_a_case.txt", "not_an_outcome.txt")
    withhold_person(admin, person_in("named_in_a_case.txt", "Bronte"))
    source = source_of("not_an_outcome.txt")
    assert source.case is None
    return Withheld(
        ["Bronte"],
        gone=[source.get_absolute_url(), f"/api/sources/{source.pk}/"],
    )


def a_person_mentioned_in_another_case(admin, inbox: Path) -> Withheld:
    """A withheld person is a witness in another, public case (Zoë Brontë, Brontë’s),
    with no result in it: that case stays public, without her name."""
    ingest(inbox, "named_in_a_case.txt", "mentioned_in_another_case.txt")
    withhold_person(admin, person_in("named_in_a_case.txt", "Bronte"))
    other = case_of("mentioned_in_another_case.txt")
    assert not other.results.filter(officer__name__icontains="bront").exists()
    return Withheld(["Bronte"], shown=["Tennant", other.get_absolute_url()])


SCENARIOS = [
    a_person,
    a_co_defendant,
    a_whole_case,
    a_merge,
    a_changed_document,
    a_deleted_case,
    a_document_with_no_case,
    a_person_mentioned_in_another_case,
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_no_form_of_a_withheld_name_is_anywhere_public(
    scenario, admin_client, client, tmp_path
):
    _seed(tmp_path / "seed")
    withheld = scenario(admin_client, tmp_path / "inbox")
    raw_slugs = [
        f"/cases/{case.pk}/{case.slug}/"
        for case in Case.objects.filter(withheld=False)
        if forms_found(case.slug.replace("-", " "), withheld.surnames)
    ]
    searches = searches_for(withheld.surnames)

    answers = read_everything(client, tmp_path, withheld.gone + raw_slugs, searches)

    leaks = {
        where: found
        for where, text in answers.items()
        if (found := forms_found(text, withheld.surnames))
    }
    assert not leaks, f"withheld names are public: {sorted(leaks.items())[:5]}"
    for address in withheld.gone + raw_slugs:
        assert client.get(address).status_code == 404, address
    for address in searches:
        if address.startswith(("/api/cases/", "/api/results/", "/cases/export.json")):
            assert count_of(answers[address]) == 0, f"{address} finds the case"
    everything = "\n".join(answers.values())
    for shown in ["Harrison", *withheld.shown]:  # the sweep read what is public
        assert shown in everything, shown
    for source in SourceDocument.objects.filter(case__withheld=False):
        assert source.get_absolute_url() in answers
        assert f"/api/sources/{source.pk}/" in answers


def _seed(folder: Path) -> None:
    folder.mkdir(parents=True)
    shutil.copy(SEEDS / PUBLIC_SEED, folder / PUBLIC_SEED)
    call_command("ingest", str(folder), stdout=StringIO(), stderr=StringIO())
