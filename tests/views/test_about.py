import json
from datetime import date

import pytest
from django.urls import reverse

from cases import about
from cases.models import Case
from tests.factories import SourceDocumentFactory, full_case

pytestmark = pytest.mark.django_db
URL = reverse("cases:about")


def table(html: str, caption: str) -> str:
    return html.split(f"<caption>{caption}</caption>")[1].split("</table>")[0]


def test_about_counts_documents_by_publisher_force_and_year_from_the_data(client):
    kent = full_case(force="Kent Police", outcome_on=date(2021, 5, 1))
    full_case(force="Kent Police", outcome_on=date(2022, 5, 1))
    undated = full_case(
        force="West Mercia Police", outcome_on=None, outcome_on_precision=""
    )
    Case.objects.filter(pk=undated.pk).update(published_on=None)
    kent.sources.update(publisher="Kent Police")
    SourceDocumentFactory(case=None, publisher="", url="https://www.iopc.gov.uk/n")
    hidden = full_case(force="Essex Police")
    Case.objects.filter(pk=hidden.pk).update(withheld=True)

    html = client.get(URL).content.decode()

    by_force = table(html, "Cases by force")
    assert 'Kent Police</a></th><td class="num">2<' in by_force
    assert "Essex Police" not in by_force  # a withheld case is not counted
    by_year = table(html, "Cases by year")
    assert "Year not known" in by_year
    by_publisher = table(html, "Source documents by publisher")
    assert "iopc.gov.uk" in by_publisher and "Kent Police" in by_publisher


def test_about_shows_the_committed_accuracy_figures_and_how_they_were_made(client):
    record = json.loads(about.ACCURACY.read_text())

    html = client.get(URL).content.decode()

    assert record["measured_on"] in html
    for name, corpus in record["corpora"].items():
        assert f"Corpus “{name}”: {corpus['documents']} documents" in html
        assert "manage.py extract" in corpus["command"]
    assert "make accuracy" in html
    for heading in (
        "Machine-extracted and reviewed",
        "How to cite",
        "Reporting an error",
        "What is withheld",
    ):
        assert heading in html
