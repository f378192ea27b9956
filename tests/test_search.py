"""Search sees a case as soon as it is ingested, and each editor's change at once after.

On PostgreSQL search reads the stored words (`CaseSearch`), so these tests show that
every write path refreshes it; on SQLite the same tests hold for the plainer search.
"""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.postgres.search import SearchVector
from django.core.management import call_command
from django.db import connection
from django.db.models import TextField, Value
from django.urls import reverse

from cases import search
from cases.curation import merge_officers
from cases.models import CaseSearch
from tests.admin_forms import post_change_form
from tests.factories import AllegationFactory, OfficerFactory, ResultFactory

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def found(client, words: str) -> list[str]:
    response = client.get(reverse("cases:case-list"), {"q": words})
    return [case.title for case in response.context["object_list"]]


def test_an_ingested_case_is_found_at_once(client, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    call_command(
        "ingest", str(tmp_path / "seeds"), stdout=StringIO(), stderr=StringIO()
    )

    assert found(client, "Harrison vulnerable") == [
        "West Mercia Police officer dismissed for gross misconduct"
    ]


def test_a_name_corrected_in_the_admin_is_found_and_the_old_one_is_not(editor_client):
    result = ResultFactory(officer=OfficerFactory(name="John Smith"))
    url = reverse("admin:cases_officer_change", args=[result.officer.pk])

    post_change_form(editor_client, url, name="Quentin Blakeworth")

    assert found(editor_client, "Blakeworth") == [result.case.title]
    assert found(editor_client, "Smith") == []


def test_a_person_withheld_in_the_admin_is_no_longer_found_by_name(editor_client):
    result = ResultFactory(officer=OfficerFactory(name="Quentin Blakeworth"))
    url = reverse("admin:cases_officer_change", args=[result.officer.pk])

    post_change_form(
        editor_client, url, withheld="on", withheld_reason="An anonymity order."
    )

    assert found(editor_client, "Blakeworth") == []


def test_an_allegation_corrected_inline_is_found(editor_client):
    allegation = AllegationFactory(text="Formed an inappropriate relationship.")
    url = reverse("admin:cases_result_change", args=[allegation.result.pk])

    post_change_form(
        editor_client, url, **{"allegations-0-text": "Stole a bicycle from custody."}
    )

    assert found(editor_client, "bicycle") == [allegation.result.case.title]
    assert found(editor_client, "inappropriate relationship") == []


def test_after_a_merge_the_merged_cases_are_found_by_the_surviving_name(client):
    survivor = OfficerFactory(name="Quentin Blakeworth")
    duplicate = OfficerFactory(name="Q. Blakeworthy")
    result = ResultFactory(officer=duplicate)

    merge_officers(survivor, [duplicate])

    assert found(client, "Blakeworth") == [result.case.title]
    assert found(client, "Blakeworthy") == []


def test_the_stored_words_are_the_search_text_weighted_by_where_they_stand():
    result = ResultFactory(
        officer=OfficerFactory(name="Quentin Blakeworth"),
        case__title='The "Blakeworth" hearing',
        case__summary="A panel found gross misconduct, {sic} \\ proven.",
    )
    AllegationFactory(result=result, text="Stole a bicycle from custody.")
    case = result.case

    search.refresh_search_text([case.pk])  # a second time: replaced, not added
    case.refresh_from_db()

    title = f"{case.title}\n{result.officer.name}"
    assert case.search_text == f"{title}\n{case.summary}\nStole a bicycle from custody."
    if connection.vendor != "postgresql":
        assert not CaseSearch.objects.exists()  # SQLite searches the text itself
        return
    expected = (
        SearchVector(
            Value(title.replace("\n", " "), output_field=TextField()),
            weight="A",
            config="english",
        )
        + SearchVector(
            Value(case.summary, output_field=TextField()), weight="B", config="english"
        )
        + SearchVector(
            Value(result.allegations.get().text, output_field=TextField()),
            weight="C",
            config="english",
        )
    )
    stored = CaseSearch.objects.filter(case=case).annotate(expected=expected)
    [(vector, wanted)] = stored.values_list("vector", "expected")
    assert vector == wanted
