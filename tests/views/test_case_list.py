import re
from datetime import date

import pytest
from django.urls import reverse

from cases import views
from tests.factories import (
    AllegationFactory,
    CaseFactory,
    OfficerFactory,
    ResultFactory,
    full_case,
    standard,
)

pytestmark = pytest.mark.django_db

URL = reverse("cases:case-list")


def titles(response) -> list[str]:
    return [case.title for case in response.context["object_list"]]


def test_filtering_by_force_and_outcome_lists_only_matching_cases(client):
    wanted = full_case(force="Kent Police", outcome="dismissed")
    full_case(force="Kent Police", outcome="written warning")
    full_case(force="West Mercia Police", outcome="dismissed")
    response = client.get(URL, {"force": "kent-police", "outcome": "dismissed"})
    assert titles(response) == [wanted.title]


def test_filters_on_people_must_hold_for_the_same_person(client):
    """ "Dismissed sergeants": not a case where a constable was dismissed and a
    sergeant warned."""
    mixed = CaseFactory(title="Mixed")
    ResultFactory(case=mixed, rank="Police Constable", outcome="dismissed")
    ResultFactory(case=mixed, rank="Sergeant", outcome="written warning")
    sergeant = CaseFactory(title="Sergeant dismissed")
    ResultFactory(case=sergeant, rank="Sergeant", outcome="dismissed")
    response = client.get(URL, {"rank": "Sergeant", "outcome": "dismissed"})
    assert titles(response) == ["Sergeant dismissed"]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"status": "former"}, "Former"),
        ({"status": "serving"}, "Serving"),
        ({"barred": "yes"}, "Former"),
        ({"criminal": "convicted"}, "Serving"),
        ({"severity": "gross misconduct"}, "Former"),
        ({"standard": "honesty and integrity"}, "Serving"),
        ({"proceeding": "misconduct meeting"}, "Serving"),
        ({"review": "reviewed"}, "Former"),
    ],
)
def test_each_filter_narrows_the_list(client, params, expected):
    former = CaseFactory(
        title="Former", review_status="reviewed", proceeding="misconduct hearing"
    )
    ResultFactory(case=former, former=True, barred=True, severity="gross misconduct")
    serving = CaseFactory(title="Serving", proceeding="misconduct meeting")
    result = ResultFactory(
        case=serving, criminal="convicted", outcome="final written warning"
    )
    result.standards.set([standard("honesty and integrity")])
    response = client.get(URL, params)
    assert expected in titles(response)
    assert len({"Former", "Serving"} & set(titles(response))) == 1


def test_a_case_year_is_the_outcome_year_else_hearing_else_published(client):
    CaseFactory(
        title="Outcome 2019",
        outcome_on=date(2019, 5, 1),
        outcome_on_precision="day",
        published_on=date(2021, 1, 1),
    )
    CaseFactory(
        title="Hearing 2020",
        hearing_on=date(2020, 5, 1),
        hearing_on_precision="day",
        published_on=date(2021, 1, 1),
    )
    CaseFactory(title="Published 2021", published_on=date(2021, 2, 1))
    assert titles(client.get(URL, {"year_from": 2019, "year_to": 2019})) == [
        "Outcome 2019"
    ]
    assert titles(client.get(URL, {"year_from": 2020})) == [
        "Published 2021",
        "Hearing 2020",
    ]
    assert titles(client.get(URL, {"year_to": 2020})) == [
        "Hearing 2020",
        "Outcome 2019",
    ]


def test_facet_counts_show_how_many_cases_each_choice_would_give(client):
    for _ in range(2):
        full_case(force="Kent Police", outcome="dismissed")
    full_case(force="Kent Police", outcome="written warning")
    full_case(force="West Mercia Police", outcome="dismissed")
    response = client.get(URL, {"force": "kent-police"})
    form = response.context["filter"].form
    outcomes = dict(form.fields["outcome"].choices)
    assert outcomes["dismissed"] == "Dismissed (2)"
    assert outcomes["written warning"] == "Written warning (1)"
    # The force facet ignores the force filter itself: every force that would give cases.
    forces = dict(form.fields["force"].choices)
    assert forces["kent-police"] == "Kent Police (3)"
    assert forces["west-mercia-police"] == "West Mercia Police (1)"
    assert "Kent Police (3)" in response.content.decode()


def test_choices_that_would_give_no_cases_are_left_out_unless_chosen(client):
    full_case(force="Kent Police")
    response = client.get(URL, {"force": "dorset-police"})
    forces = dict(response.context["filter"].form.fields["force"].choices)
    assert forces["dorset-police"] == "Dorset Police (0)"
    assert "essex-police" not in forces


def test_an_empty_result_says_so_and_offers_to_clear_the_filters(client):
    full_case(force="Kent Police")
    page = client.get(URL, {"force": "kent-police", "outcome": "not proven"})
    html = page.content.decode()
    assert "No cases match" in html
    assert f'<a href="{URL}">clear all filters</a>' in html
    # Each active filter is a link that removes it and keeps the others.
    assert f'href="{URL}?force=kent-police"' in html
    assert f'href="{URL}?outcome=not+proven"' in html


def test_pagination_keeps_the_query(client):
    for _ in range(27):
        full_case(force="Kent Police")
    html = client.get(URL, {"force": "kent-police", "sort": "oldest"}).content.decode()
    assert 'href="?force=kent-police&amp;sort=oldest&amp;page=2"' in html
    second = client.get(URL, {"force": "kent-police", "sort": "oldest", "page": 2})
    assert len(second.context["object_list"]) == 2


def test_sorting_newest_oldest_and_by_force(client):
    full_case(title="Kent 2019", force="Kent Police", outcome_on=date(2019, 1, 1))
    full_case(
        title="Avon 2020",
        force="Avon and Somerset Constabulary",
        outcome_on=date(2020, 1, 1),
    )
    full_case(title="Kent 2021", force="Kent Police", outcome_on=date(2021, 1, 1))
    assert titles(client.get(URL)) == ["Kent 2021", "Avon 2020", "Kent 2019"]
    assert titles(client.get(URL, {"sort": "oldest"})) == [
        "Kent 2019",
        "Avon 2020",
        "Kent 2021",
    ]
    assert titles(client.get(URL, {"sort": "force"})) == [
        "Avon 2020",
        "Kent 2021",
        "Kent 2019",
    ]


@pytest.mark.parametrize(
    "query",
    [
        "harassment",
        "Harassment",
        "Quentin Blakeworth",
        "blakeworth",
        "fabricated",
        "inappropriate relationship",
    ],
)
def test_search_finds_words_in_title_summary_names_and_allegations(client, query):
    wanted = CaseFactory(
        title="Constable dismissed over harassment",
        summary="The officer fabricated evidence in a burglary case.",
    )
    result = ResultFactory(
        case=wanted, officer=OfficerFactory(name="Quentin Blakeworth")
    )
    AllegationFactory(result=result, text="Formed an inappropriate relationship.")
    CaseFactory(title="Unrelated", summary="A sergeant was given a written warning.")
    assert titles(client.get(URL, {"q": query})) == [wanted.title]


def test_search_requires_every_word(client):
    CaseFactory(title="Sergeant dismissed for dishonesty")
    CaseFactory(title="Constable dismissed for violence")
    assert titles(client.get(URL, {"q": "dismissed sergeant"})) == [
        "Sergeant dismissed for dishonesty"
    ]


def test_search_shows_an_escaped_snippet_with_the_words_marked(client):
    CaseFactory(
        title="Officer dismissed",
        summary="A <b>bold</b> claim: the officer harassed a colleague for months.",
    )
    html = client.get(URL, {"q": "colleague"}).content.decode()
    snippet = re.search(r'<p class="case-summary__snippet">(.*?)</p>', html, re.S)
    assert snippet, html
    assert "<mark>colleague</mark>" in snippet.group(1)
    # SQLite shows the markup as text; PostgreSQL's headline drops tags. Never live.
    assert "<b>" not in snippet.group(1)
    assert "bold" in snippet.group(1)


def test_an_invalid_year_is_reported_not_a_crash(client):
    response = client.get(URL, {"year_from": "last year"})
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()


@pytest.mark.parametrize("rows", [3, 30])
@pytest.mark.parametrize(
    "params",
    [
        {},
        {"force": "west-mercia-police", "outcome": "dismissed", "year_from": "2019"},
        {"q": "dismissed"},
        {"rank": "Police Constable", "sort": "force"},
    ],
    ids=["plain", "filtered", "search", "person-filter"],
)
def test_case_list_makes_a_fixed_number_of_queries(
    client, build_archive, django_assert_num_queries, settings, rows, params
):
    build_archive(rows)
    searching = "q" in params  # the cases the words match
    # The archive's version, the facts' version and, the archive having changed,
    # the facts read again (cases, results, forces, standards and their names); the
    # page's cases and their people. Counts, the forces to choose from and which of
    # the page's people match a person filter come from the facts.
    with django_assert_num_queries(9 + searching):
        assert client.get(URL, params).status_code == 200
    with django_assert_num_queries(1):  # the version: the page comes from the cache
        assert client.get(URL, params).status_code == 200
    settings.PAGE_CACHE = False
    views.LISTED_ROWS.forget()
    # The facts' version, the page's cases and their people.
    with django_assert_num_queries(3 + searching):
        assert client.get(URL, params).status_code == 200
    # The facts' version: the rows shown are held for it.
    with django_assert_num_queries(1 + searching):
        assert client.get(URL, params).status_code == 200


def test_each_case_gives_its_date_with_its_meaning_and_a_line_on_its_people(client):
    case = full_case(
        title="Month case",
        force="Kent Police",
        people=3,
        outcome_on=None,
        outcome_on_precision="",
        hearing_on=date(2023, 6, 1),
        hearing_on_precision="month",
    )
    case.results.filter(position=2).update(outcome="final written warning")

    html = client.get(URL).content.decode()

    meta = html.split('class="case-summary__meta"')[1].split("</p>")[0]
    assert "Hearing <time" in meta and "June 2023</time>" in meta
    assert "1 June 2023" not in meta
    assert "Kent Police" in meta
    assert "2 dismissed, 1 final written warning" in html


def test_the_people_a_person_filter_picks_out_are_marked(client):
    case = full_case(title="Two people", people=2, rank="Sergeant")
    case.results.filter(position=1).update(rank="Police Constable")

    html = client.get(URL, {"rank": "Police Constable"}).content.decode()

    people = html.split('class="case-summary__people"')[1].split("</ul>")[0]
    marked = re.findall(r'<li class="is-match">(.*?)</li>', people, re.S)
    assert len(marked) == 1 and marked[0].startswith("PC ")
    assert "matches your filters" in marked[0]
    assert "is-match" not in client.get(URL).content.decode()


def test_each_dropdown_offers_its_any_choice_once(client):
    full_case(force="Kent Police")

    html = client.get(URL).content.decode()

    for select in re.findall(r"<select.*?</select>", html, re.S):
        assert len(re.findall(r'<option value=""', select)) == 1, select


def test_a_field_error_is_tied_to_its_field(client):
    html = client.get(URL, {"year_from": "last year"}).content.decode()

    error = re.search(r'<p class="error" id="([^"]+)">', html)
    assert error
    field = re.search(r'<input[^>]*name="year_from"[^>]*>', html).group(0)
    assert f'aria-describedby="{error.group(1)}"' in field
    assert 'aria-invalid="true"' in field
    assert '<details class="finder__filters" open>' in html  # errors unfold the filters
