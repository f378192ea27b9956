"""Real headless Chromium (Debian's package) driven by Playwright, against live_server.

There is no browser download: Playwright launches /usr/bin/chromium. When it is missing
the tests fail, never skip — `make test` installs it.
"""

import importlib
import os
import pkgutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"

# Playwright's sync API runs an event loop in this thread; Django's ORM calls made by
# the tests around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def load_reference_data() -> None:
    """Re-run the app's data migrations (forces, standards, the Editors group).

    live_server needs committed data, so these tests run in transactional_db, which
    empties every table afterwards, the migrations' rows included."""
    from django.apps import apps
    from django.db.migrations import RunPython

    import cases.migrations

    for module in sorted(pkgutil.iter_modules(cases.migrations.__path__)):
        migration = importlib.import_module(f"cases.migrations.{module.name}")
        for operation in migration.Migration.operations:
            if isinstance(operation, RunPython):
                operation.code(apps, None)


@pytest.fixture(scope="module", autouse=True)
def reference_data_afterwards(django_db_blocker):
    """Leave the reference data in place for the tests that run after these."""
    yield
    with django_db_blocker.unblock():
        load_reference_data()


@pytest.fixture
def reference_data(transactional_db):
    load_reference_data()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium (make test does)"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot of `page` (or another) as tests/screenshots/<name>.png."""

    def save(name: str, of=None) -> Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        (of or page).screenshot(path=path, full_page=True)
        return path

    return save
