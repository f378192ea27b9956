"""Every admin page an editor needs renders for a member of the Editors group."""

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from cases.models import ErrorReport, Force, OfficerRedirect
from tests.admin_forms import post_change_form

pytestmark = pytest.mark.django_db

MODELS = [
    model
    for model in apps.get_app_config("cases").get_models()
    if not model._meta.model_name.startswith("historical")  # browsed through history
    # The pages' cache version, its change log, the search index: no record.
    and model._meta.model_name not in {"archivestate", "archivechange", "casesearch"}
]


def admin_url(model, view, *args):
    return reverse(f"admin:cases_{model._meta.model_name}_{view}", args=args)


def test_every_model_is_registered():
    assert all(admin.site.is_registered(model) for model in MODELS)


@pytest.fixture
def one_of_everything(source, allegation):
    ErrorReport.objects.create(case=source.case, message="The date is wrong.")
    OfficerRedirect.objects.create(old_id=999, officer=allegation.result.officer)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_changelist_renders_for_an_editor(editor_client, model, one_of_everything):
    response = editor_client.get(admin_url(model, "changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_change_page_renders_for_an_editor(editor_client, model, one_of_everything):
    obj = model.objects.first()
    response = editor_client.get(admin_url(model, "change", obj.pk))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_history_page_renders_for_an_editor(editor_client, model, one_of_everything):
    obj = model.objects.first()
    response = editor_client.get(admin_url(model, "history", obj.pk))
    assert response.status_code == 200


NOT_ADDABLE = {
    "force",
    "professionalstandard",
    "sourcedocument",
    "caseforreview",
    "errorreport",
    "officerredirect",
}
ADDABLE = [m for m in MODELS if m._meta.model_name not in NOT_ADDABLE]


@pytest.mark.parametrize("model", ADDABLE, ids=lambda m: m._meta.model_name)
def test_add_page_renders_for_an_editor(editor_client, model):
    assert editor_client.get(admin_url(model, "add")).status_code == 200


@pytest.mark.parametrize("model_name", sorted(NOT_ADDABLE))
def test_editors_cannot_add_reference_data_sources_or_reports(
    editor_client, model_name
):
    model = apps.get_model("cases", model_name)
    assert editor_client.get(admin_url(model, "add")).status_code == 403


def test_case_page_shows_people_allegations_and_sources_inline(
    editor_client, allegation
):
    case = allegation.result.case
    response = editor_client.get(admin_url(case.__class__, "change", case.pk))
    content = response.content.decode()
    assert allegation.result.officer.name in content
    assert "Sources" in content or "source documents" in content.lower()


def test_force_autocomplete_finds_forces_by_alias(editor_client):
    url = reverse("admin:autocomplete")
    response = editor_client.get(
        url,
        {
            "term": "GMP",
            "app_label": "cases",
            "model_name": "case",
            "field_name": "force",
        },
    )
    names = [item["text"] for item in response.json()["results"]]
    assert names == [Force.objects.get(name="Greater Manchester Police").name]


def test_source_text_is_read_only_for_editors(editor_client, source):
    response = editor_client.get(admin_url(source.__class__, "change", source.pk))
    assert 'name="raw_text"' not in response.content.decode()


def test_the_history_gives_a_readable_reason_for_every_change(editor_client, case):
    url = admin_url(case._meta.model, "change", case.pk)
    post_change_form(editor_client, url, title="A corrected title")

    html = editor_client.get(admin_url(case._meta.model, "history", case.pk))
    html = html.content.decode()

    table = BeautifulSoup(html, "lxml").select_one("#change-history")
    heads = [th.get_text(strip=True) for th in table.select("thead th")]
    column = heads.index("Change reason")
    reasons = [
        row.select("td, th")[column].get_text(strip=True)
        for row in table.select("tbody tr")
    ]
    assert reasons[0] == "Edited in the admin: Title"
    assert reasons[-1] == "Created (by the ingest or an editor)"  # the factory's row
    assert "None" not in reasons and "" not in reasons
