import pytest

from tests.factories import (
    AllegationFactory,
    CaseFactory,
    EditorFactory,
    OfficerFactory,
    ResultFactory,
    SourceDocumentFactory,
)


@pytest.fixture
def editor(db):
    return EditorFactory()


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
