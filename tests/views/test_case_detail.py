from datetime import date

import pytest
from django.urls import reverse

from tests.factories import (
    AllegationFactory,
    CaseFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
    evidence,
    full_case,
    standard,
)

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
MARKUP = '<img src=x onerror="alert(2)"><b>bold</b>'


def page(client, case) -> str:
    response = client.get(case.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_case_page_shows_people_results_allegations_and_standards(client):
    case = full_case(
        force="Kent Police",
        outcome="dismissed",
        standards=("honesty and integrity",),
        people=2,
    )
    html = page(client, case)
    assert f"<h1>{case.title}</h1>" in html
    assert 'href="/forces/kent-police/"' in html
    for result in case.results.all():
        assert result.officer.get_absolute_url() in html
        assert result.officer.display_name in html
    assert "Dismissed" in html
    assert "Honesty and integrity" in html
    assert "Formed an inappropriate relationship with a vulnerable woman." in html


def test_timeline_shows_each_stage_as_precisely_as_known_with_the_gaps(client):
    case = full_case(
        referred_on=date(2019, 9, 1),
        referred_on_precision="month",
        hearing_on=date(2021, 6, 28),
        hearing_on_precision="day",
        outcome_on=date(2021, 6, 30),
        outcome_on_precision="day",
    )
    html = page(client, case)
    assert '<time datetime="2019-09">September 2019</time>' in html
    assert '<time datetime="2021-06-28">28 June 2021</time>' in html
    assert "about 1 year" not in html
    assert "about 21 months later" in html
    assert "2 days later" in html


def test_each_fact_shows_the_quote_it_was_read_from_with_a_link_into_the_source(
    client,
):
    case = full_case(outcome="dismissed")
    source = case.sources.get()
    quote = "The officer was dismissed."
    start = source.text.index(quote)
    html = page(client, case)
    assert f"“{quote}”" in html
    url = f"/sources/{source.pk}/?start={start}&amp;end={start + len(quote)}#quote"
    assert f'href="{url}"' in html


def test_case_page_shows_its_source_text_review_badge_citation_and_permalink(
    client,
):
    case = full_case(review_status="reviewed")
    html = page(client, case)
    assert case.sources.get().get_absolute_url() in html
    assert "The officer was dismissed." in html  # the stored text
    assert "Reviewed by an editor" in html
    assert f"UK police misconduct archive, case {case.pk}" in html
    assert f'href="http://testserver/cases/{case.pk}/"' in html
    assert f'<link rel="canonical" href="http://testserver/cases/{case.pk}/">' in html


def test_a_machine_extracted_case_says_so_but_keeps_the_doubts_for_editors(client):
    case = full_case(review_reasons="Two dates could be the hearing.")
    html = page(client, case)
    assert "Machine-extracted, not yet reviewed" in html
    assert "The extractor was unsure about this record" in html
    # Editor-facing text (it may name a withheld person) is never public (issue 11).
    assert "Two dates could be the hearing." not in html


def test_the_address_without_or_with_a_wrong_slug_leads_to_the_case(client):
    case = full_case(title="Officer dismissed in Kent")
    assert client.get(f"/cases/{case.pk}/").status_code == 200
    response = client.get(f"/cases/{case.pk}/old-title/")
    assert response.status_code == 301
    assert response.url == f"/cases/{case.pk}/officer-dismissed-in-kent/"


def test_an_unknown_case_is_not_found(client):
    assert client.get("/cases/999999/").status_code == 404


def test_text_from_documents_is_always_escaped(client):
    """A release carrying script and markup is shown as text, never run."""
    text = f"Headline {SCRIPT}\n\nBody {MARKUP} with the quote {SCRIPT}."
    case = CaseFactory(
        title=f"Officer dismissed {SCRIPT}", summary=f"Summary {MARKUP} {SCRIPT}"
    )
    source = SourceDocumentFactory(case=case, title=f"Release {SCRIPT}", text=text)
    officer = OfficerFactory(name=f"Mallory {SCRIPT}")
    result = ResultFactory(
        case=case,
        officer=officer,
        evidence=evidence(source, f"Body {MARKUP} with the quote {SCRIPT}.", "outcome"),
    )
    AllegationFactory(result=result, text=f"Allegation {MARKUP}")
    case.chair = f"Chair {SCRIPT}"
    case.save()
    pages = [
        page(client, case),
        client.get(source.get_absolute_url()).content.decode(),
        client.get(officer.get_absolute_url()).content.decode(),
        client.get(reverse("cases:case-list")).content.decode(),
        client.get(reverse("cases:case-list"), {"q": "Summary"}).content.decode(),
        client.get(reverse("cases:home")).content.decode(),
    ]
    for html in pages:
        assert SCRIPT not in html
        assert "<img" not in html
        assert "<b>bold" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize("people", [1, 10])
@pytest.mark.parametrize("sources", [1, 5])
def test_case_page_makes_a_fixed_number_of_queries(
    client, django_assert_num_queries, people, sources
):
    case = full_case(people=people, standards=("honesty and integrity", "use of force"))
    for _ in range(sources - 1):
        SourceDocumentFactory(case=case)
    for result in case.results.all():
        extra = AllegationFactory(result=result)
        extra.standards.set([standard("confidentiality")])
    # case, people, their standards, allegations, their standards, sources.
    with django_assert_num_queries(6):
        page(client, case)


def test_people_are_labelled_and_dated_as_a_reader_would_write_them(client):
    from cases.models import Officer

    case = full_case(
        title="Two people",
        people=2,
        rank="Sergeant",
        hearing_on=date(2023, 6, 1),
        hearing_on_precision="month",
    )
    anonymous = Officer.objects.create(anonymous=True, label="one of two officers")
    case.results.filter(position=1).update(
        officer=anonymous, hearing_date=date(2023, 6, 1), former=True
    )

    html = client.get(case.get_absolute_url()).content.decode()

    assert "One of two officers (unnamed, former)" in html
    assert "Sergeant one of two officers" not in html
    decided = html.split("Decided on</dt>")[1].split("</dd>")[0]
    assert "June 2023" in decided and "1 June 2023" not in decided
