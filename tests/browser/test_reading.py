"""The archive as a reader meets it, at a desktop's width and a phone's: every public
page passes axe-core's checks with no serious violation and never clips its content,
and on a phone the case list puts its results first with the filters folded away."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from cases.models import Officer, SourceDocument
from cases.synthetic import generate_cases
from tests.factories import OfficerFactory, full_case

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"desktop": 1280, "phone": 390}
SERIOUS = {"serious", "critical"}


@pytest.fixture
def archive(reference_data):
    generate_cases(40, seed=3)
    officer = OfficerFactory(name="Morgan Testperson")
    case = full_case(
        title="Kent Police constable dismissed for dishonesty",
        force="Kent Police",
        officer=officer,
        people=3,
    )
    anonymous = Officer.objects.create(anonymous=True, label="a police sergeant")
    case.results.filter(position=2).update(officer=anonymous, rank="Sergeant")
    return {
        "officer": officer,
        "anonymous": anonymous,
        "case": case,
        "source": SourceDocument.objects.filter(case=case).first(),
    }


def public_pages(archive) -> dict[str, str]:
    return {
        "home": "/",
        "cases": "/cases/",
        "cases-filtered": "/cases/?force=kent-police&outcome=dismissed",
        "cases-error": "/cases/?year_from=last+year",
        "case": archive["case"].get_absolute_url(),
        "people": "/people/",
        "person": archive["officer"].get_absolute_url(),
        "person-unnamed": archive["anonymous"].get_absolute_url(),
        "forces": "/forces/",
        "force": "/forces/kent-police/",
        "stats": "/stats/",
        "stats-filtered": "/stats/?force=kent-police&outcome=dismissed",
        "about": "/about/",
        "source": archive["source"].get_absolute_url(),
    }


@pytest.fixture(params=list(WIDTHS), ids=list(WIDTHS))
def sized_page(request, browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": WIDTHS[request.param], "height": 900},
    )
    page = context.new_page()
    page.width_name = request.param
    yield page
    context.close()


def serious_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


CLIPPED = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = [];
  for (const el of document.querySelectorAll('main *')) {
    if (el.closest('.table-scroll, .chart-frame, pre')) continue;
    const box = el.getBoundingClientRect();
    if (box.width && box.right > width + 1) clipped.push(el.tagName + '.' + el.className);
  }
  const page = document.documentElement.scrollWidth - width;
  return {page, clipped: clipped.slice(0, 5)};
}"""


def test_every_public_page_passes_axe_and_never_clips(sized_page, archive, screenshot):
    found = {}
    for name, url in public_pages(archive).items():
        response = sized_page.goto(url)
        assert response.status == 200, url
        problems = serious_violations(sized_page)
        overflow = sized_page.evaluate(CLIPPED)
        if problems or overflow["page"] > 0 or overflow["clipped"]:
            found[name] = {"axe": problems, "overflow": overflow}
        screenshot(f"reading-{name}-{sized_page.width_name}", of=sized_page)
    assert not found, found


def test_on_a_phone_results_come_first_and_filters_fold_without_a_script(
    browser, live_server, archive, screenshot
):
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        java_script_enabled=False,
    )
    page = context.new_page()
    page.goto("/cases/")
    first = page.locator(".case-summary").first
    assert first.bounding_box()["y"] < 400
    select = page.get_by_label("Outcome", exact=True)
    expect(select).to_be_hidden()
    page.get_by_text("Filter", exact=True).click()
    expect(select).to_be_visible()
    select.select_option("dismissed")
    page.get_by_role("button", name="Apply filters").click()
    assert "outcome=dismissed" in page.url
    screenshot("reading-cases-phone-filters", of=page)
    context.close()


def test_on_a_desktop_the_filters_stand_beside_the_results(page, archive):
    page.goto("/cases/")
    expect(page.get_by_label("Outcome", exact=True)).to_be_visible()
    expect(page.get_by_text("Filter", exact=True)).to_be_hidden()
    filters = page.locator(".finder__filters").bounding_box()
    results = page.locator(".finder__results").bounding_box()
    assert filters["x"] + filters["width"] <= results["x"]


def test_the_site_has_a_favicon(page, archive):
    page.goto("/")
    href = page.locator('link[rel="icon"]').get_attribute("href")
    response = page.request.get(href)
    assert response.ok and "svg" in response.headers["content-type"]


def test_chart_text_is_at_least_12_px_on_a_phone(browser, live_server, archive):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    page.goto("/stats/")
    sizes = page.evaluate(
        """() => [...document.querySelectorAll('svg.chart text')].map(
            t => t.getBoundingClientRect().height)"""
    )
    assert sizes and min(sizes) >= 12, sizes
    widths = page.evaluate(
        "() => [...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().right)"
    )
    assert max(widths) <= 390
    context.close()
