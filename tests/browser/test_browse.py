"""A researcher's path through the archive in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from cases.synthetic import generate_cases
from tests.factories import OfficerFactory, full_case

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def archive(reference_data):
    generate_cases(60, seed=2)
    officer = OfficerFactory(name="Morgan Testperson")
    full_case(
        title="Kent Police constable dismissed for dishonesty",
        force="Kent Police",
        outcome="dismissed",
        officer=officer,
    )
    return officer


def test_filter_cases_by_force_and_outcome(page, archive, screenshot):
    page.goto("/cases/")
    page.get_by_label("Force", exact=True).select_option("kent-police")
    page.get_by_label("Outcome", exact=True).select_option("dismissed")
    page.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"force=kent-police.*outcome=dismissed"))
    results = page.locator(".case-summary")
    expect(results.first).to_be_visible()
    for meta in results.locator(".case-summary__meta").all_inner_texts():
        assert "Kent Police" in meta
    expect(
        page.get_by_role("link", name="Kent Police constable dismissed")
    ).to_be_visible()
    expect(page.locator(".chip")).to_have_count(2)
    screenshot("case-list-filtered")


def test_open_a_case_then_its_officer_and_its_force(page, archive, screenshot):
    page.goto("/cases/?q=dishonesty&force=kent-police")
    page.get_by_role(
        "link", name="Kent Police constable dismissed for dishonesty"
    ).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Kent Police constable dismissed for dishonesty"
    )
    expect(page.get_by_text("“The officer was dismissed.”").first).to_be_visible()
    screenshot("case-detail")

    page.get_by_role("link", name="Morgan Testperson").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Morgan Testperson")
    screenshot("officer-detail")

    page.get_by_role("link", name="Kent Police").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kent Police")
    expect(page.locator("svg.chart")).to_be_visible()
    screenshot("force-detail")


def test_the_charts_render(page, archive, screenshot):
    page.goto("/stats/")
    charts = page.locator("svg.chart")
    expect(charts).to_have_count(4)
    for index in range(4):
        box = charts.nth(index).bounding_box()
        assert box and box["width"] > 300 and box["height"] > 40
    assert page.locator("svg.chart rect.bar").count() > 20
    page.get_by_text("The figures", exact=False).first.click()
    expect(page.locator("details.chart-data table").first).to_be_visible()
    screenshot("stats")


def test_keyboard_users_can_skip_to_the_content(page, archive):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_the_case_list_fits_a_phone(browser, live_server, archive, screenshot):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 375, "height": 800}
    )
    page = context.new_page()
    page.goto("/cases/?outcome=dismissed")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    screenshot("case-list-phone", of=page)
    context.close()
