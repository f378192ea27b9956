"""cases/public/withholding.py: a withholding follows the document and the person."""

import pytest

from cases import freshness, public, search
from cases.curation import MergeError, merge_officers
from cases.ingest.records import Document
from cases.ingest.save import location_of, save_release
from cases.models import Case, Officer, SourceDocument
from cases.public.names import forms_of
from tests.factories import OfficerFactory, full_case
from tests.ingest.test_save import VERSION, document, release, smith

pytestmark = pytest.mark.django_db

FIRST = "PC John Smith of West Mercia Police was dismissed after a hearing."
SECOND = "PC John Smith of West Mercia Police was given a final written warning."


def withhold(case: Case) -> None:
    case.withheld = True
    case.save()
    freshness.record_change([case.pk])  # as the admin does after saving


def test_withholding_a_case_withholds_its_documents():
    case = full_case()
    withhold(case)

    source = case.sources.get()
    assert source.withheld
    assert not public.sources().exists()


def test_a_case_made_public_again_takes_its_documents_back():
    case = full_case()
    withhold(case)
    case.withheld = False
    case.save()
    freshness.record_change([case.pk])

    assert list(public.sources()) == [case.sources.get()]


def test_an_unlinked_document_of_a_withheld_case_stays_withheld():
    case = full_case()
    withhold(case)
    source = case.sources.get()
    source.case = None
    source.save()
    freshness.record_change()

    assert not public.sources().exists()


def test_deleting_a_withheld_case_keeps_its_document_withheld_however_deleted():
    cases = [full_case(), full_case()]
    for case in cases:
        case.withheld = True
        case.save()  # not even recorded: the deletion itself keeps it withheld
    Case.objects.filter(pk__in=[c.pk for c in cases]).delete()
    freshness.record_change()

    assert SourceDocument.objects.count() == 2
    assert set(SourceDocument.objects.values_list("withheld", flat=True)) == {True}
    assert not public.sources().exists()


def test_deleting_a_public_case_leaves_its_document_public_if_it_names_nobody():
    case = full_case(title="Officer dismissed", summary="")
    case.delete()
    freshness.record_change()

    assert public.sources().count() == 1


def test_a_new_version_of_a_withheld_document_with_no_case_makes_a_withheld_case():
    save_release(document(FIRST), release(smith()), parser_version=VERSION)
    case = Case.objects.get()
    withhold(case)
    SourceDocument.objects.update(case=None)  # an editor emptied the link
    case.delete()

    save_release(document(SECOND), release(smith()), parser_version=VERSION)

    new = SourceDocument.objects.get(version=2)
    assert new.withheld and new.case.withheld
    assert not public.cases().exists() and not public.sources().exists()


def test_a_changed_copy_under_another_file_name_is_the_same_release():
    """Versions are told apart by the original address where one is known."""
    url = "https://www.example.police.uk/news/smith/"
    first = Document(path="/srv/in/a.txt", raw_text=FIRST, text=FIRST, url=url)
    again = Document(path="/srv/other/b.txt", raw_text=SECOND, text=SECOND, url=url)
    fetched = Document(path="https://x.example/asked", raw_text="", url="https://y/")

    assert location_of(first) == location_of(again) == url
    assert location_of(fetched) == "https://x.example/asked"  # what the crawler asks
    assert location_of(Document(path="/srv/in/c.txt", raw_text="")) == "/srv/in/c.txt"


def test_a_withheld_person_read_again_in_another_force_stays_withheld():
    save_release(document(FIRST), release(smith()), parser_version=VERSION)
    Officer.objects.update(withheld=True)

    moved = document(SECOND.replace("West Mercia", "Kent"), path="b.txt")
    save_release(moved, release(smith(force="Kent Police")), parser_version=VERSION)

    assert Officer.objects.count() == 2
    assert set(Officer.objects.values_list("withheld", flat=True)) == {True}
    assert not public.officers().exists()


def test_merging_a_withheld_person_into_a_public_one_withholds_the_survivor():
    shown = OfficerFactory(name="Rowan Thackery")
    hidden = OfficerFactory(name="Rowan Thackeray", withheld=True)
    full_case(title="PC Rowan Thackery warned", officer=shown)
    full_case(title="PC Rowan Thackeray warned", officer=hidden)

    merge_officers(shown, [hidden])

    shown.refresh_from_db()
    assert shown.withheld
    assert "Rowan Thackeray" in shown.other_names.splitlines()
    titles = {case.title for case in public.cases()}
    assert titles == {"PC [name withheld] warned"}


def test_unnamed_people_are_still_never_merged():
    named = OfficerFactory(name="Rowan Thackery")
    unnamed = OfficerFactory(name="", anonymous=True, label="Officer A", withheld=True)

    with pytest.raises(MergeError):
        merge_officers(named, [unnamed])
    named.refresh_from_db()
    assert not named.withheld


def test_a_case_that_mentions_a_withheld_person_without_a_result_leaves_them_out():
    witness = OfficerFactory(name="Odile Farquharson")
    full_case(title="PC Odile Farquharson warned", officer=witness)
    other = full_case(
        title="PC Hugo Tennant warned",
        summary="The complaint came from Farquharson, a colleague.",
    )
    witness.withheld = True
    witness.save()
    freshness.record_change(search.cases_showing(witness))  # as the admin does

    shown = public.cases().get(pk=other.pk)
    assert shown.summary == "The complaint came from [name withheld], a colleague."
    other.refresh_from_db()
    assert "farquharson" not in other.search_text.lower()
    source = public.sources().get(case=other)
    assert "Farquharson" not in source.text

    witness.withheld = False
    witness.save()
    freshness.record_change(search.cases_showing(witness))
    other.refresh_from_db()
    assert other.withheld_mentions == ""


# --- The name forms stored on each case (`Case.withheld_forms`) ------------------------


def stored_forms() -> dict[int, set[str]]:
    """Each case's stored forms, as sets (their order does not matter)."""
    return {
        pk: {form for form in forms.splitlines() if form.strip()}
        for pk, forms in Case.objects.values_list("pk", "withheld_forms")
    }


def forms_from_scratch() -> dict[int, set[str]]:
    """What each case's forms are, worked out again from its people and mentions."""
    forms = {
        pk: set(mentions.splitlines())
        for pk, mentions in Case.objects.values_list("pk", "withheld_mentions")
    }
    for person in Officer.objects.filter(withheld=True):
        for case_id in person.results.values_list("case_id", flat=True):
            forms[case_id] |= set(
                forms_of(person.name, person.extracted_name, person.other_names)
            )
    return {pk: {form for form in found if form.strip()} for pk, found in forms.items()}


def save_as_editor(obj) -> None:
    obj.save()
    freshness.record_change(search.cases_showing(obj))  # as the admin does


def test_withholding_a_person_and_making_them_public_again_rewrites_the_forms():
    person = OfficerFactory(name="Ines Wetherall")
    case = full_case(title="PC Ines Wetherall warned", officer=person)
    assert stored_forms()[case.pk] == set()

    person.withheld = True
    save_as_editor(person)
    assert stored_forms()[case.pk] == {"Ines Wetherall"}
    assert stored_forms() == forms_from_scratch()

    person.withheld = False
    save_as_editor(person)
    assert stored_forms()[case.pk] == set()


def test_correcting_a_withheld_persons_name_rewrites_the_forms_of_their_cases():
    person = OfficerFactory(name="Ines Wetherall", withheld=True)
    cases = [full_case(officer=person), full_case(officer=person)]
    person.name, person.other_names = "Agnes Wetherall", "Ines Wetherall"
    save_as_editor(person)

    for case in cases:
        assert stored_forms()[case.pk] == {"Agnes Wetherall", "Ines Wetherall"}
    assert stored_forms() == forms_from_scratch()
    assert public.cases().get(pk=cases[0].pk).names_withheld.found_in("Agnes Wetherall")


def test_merging_into_a_withheld_person_rewrites_the_forms_of_every_case_moved():
    shown = OfficerFactory(name="Rowan Thackery")
    hidden = OfficerFactory(name="Rowan Thackeray", withheld=True)
    moved = full_case(title="PC Rowan Thackery warned", officer=shown)
    full_case(title="PC Rowan Thackeray warned", officer=hidden)

    merge_officers(hidden, [shown])

    assert stored_forms()[moved.pk] == {"Rowan Thackeray", "Rowan Thackery"}
    assert stored_forms() == forms_from_scratch()


def test_a_result_given_to_a_withheld_person_rewrites_its_cases_forms():
    hidden = OfficerFactory(name="Wendell Prout", withheld=True)
    full_case(officer=hidden)
    case = full_case(title="Two officers warned")
    result = case.results.get()
    result.officer = hidden
    save_as_editor(result)

    assert stored_forms()[case.pk] == {"Wendell Prout"}
    assert stored_forms() == forms_from_scratch()


def test_a_mention_found_or_gone_rewrites_the_forms():
    witness = OfficerFactory(name="Odile Farquharson", withheld=True)
    full_case(officer=witness)
    case = full_case(summary="The complaint came from a colleague.")
    case.summary = "The complaint came from Farquharson, a colleague."
    save_as_editor(case)
    assert stored_forms()[case.pk] == {"Farquharson"}

    case.summary = "The complaint came from a colleague."
    save_as_editor(case)
    assert stored_forms()[case.pk] == set()
    assert stored_forms() == forms_from_scratch()
