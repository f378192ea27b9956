from datetime import date

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache

from cases import facts
from tests.factories import (
    AllegationFactory,
    CaseFactory,
    EditorFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
    full_case,
)


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test's database starts at the same archive version: pages one test cached
    must not answer the next, nor the facts it read (`cases.facts`)."""
    cache.clear()
    facts.forget()


@pytest.fixture
def editor(db):
    return EditorFactory()


@pytest.fixture
def may_delete_people(editor):
    """The editor may also delete people, as merging them needs."""
    editor.user_permissions.add(Permission.objects.get(codename="delete_officer"))


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def case(db):
    return CaseFactory()


@pytest.fixture
def result(db):
    return ResultFactory()


@pytest.fixture
def allegation(db):
    return AllegationFactory()


@pytest.fixture
def officer(db):
    return OfficerFactory()


@pytest.fixture
def source(db, case):
    return SourceDocumentFactory(case=case)


FORCES_FOR_ARCHIVE = (
    "West Mercia Police",
    "Kent Police",
    "Metropolitan Police Service",
)


@pytest.fixture
def build_archive(db):
    """Build an archive of `n` cases over three forces and several years, one repeat
    officer appearing in every case; returns (cases, repeat officer)."""

    def build(n: int):
        repeat = OfficerFactory(name="Repeat Person")
        cases = [
            full_case(
                force=FORCES_FOR_ARCHIVE[i % 3],
                officer=repeat,
                people=2,
                outcome=("dismissed", "final written warning", "not proven")[i % 3],
                standards=(
                    ("discreditable conduct", "honesty and integrity")
                    if i % 3 != 2
                    else ()
                ),
                referred_on=date(2017 + i % 5, 3, 1),
                referred_on_precision="month",
                outcome_on=date(2019 + i % 5, 6, 1 + i % 28),
            )
            for i in range(n)
        ]
        return cases, repeat

    return build
