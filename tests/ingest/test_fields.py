"""Every field module's made-up examples, read through the whole extractor
(cases/ingest/fields/): each value it must read, and each counter-example it must not.
"""

import importlib
import pkgutil

import pytest

import cases.ingest.fields as fields
from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_release

MODULES = [
    importlib.import_module(f"cases.ingest.fields.{info.name}")
    for info in pkgutil.iter_modules(fields.__path__)
]
EXAMPLES = [
    pytest.param(module.FIELD, example, id=f"{module.__name__.rsplit('.', 1)[-1]}-{i}")
    for module in MODULES
    for i, example in enumerate(module.EXAMPLES)
]


def test_every_field_module_has_examples_and_counter_examples():
    assert MODULES
    for module in MODULES:
        values = [example.value for example in module.EXAMPLES]
        assert any(v is not None for v in values), module.__name__
        assert any(v is None for v in values), module.__name__


@pytest.mark.parametrize(("field", "example"), EXAMPLES)
def test_field_example_is_read_as_written(field, example):
    record = extract_release(clean_text(example.text))
    found = [getattr(person, field) for person in record.people]
    if example.value is None:
        assert all(value in (None, False, []) for value in found), found
    else:
        assert example.value in found, found
