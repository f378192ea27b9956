"""The widgets drawn in Python (`cases.forms`) write the markup Django's templates
write (no database)."""

import re

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from cases.forms import QuickRenderer, QuickSelect

WIDGETS = [
    forms.TextInput(attrs={"type": "search", "maxlength": 200}),
    forms.NumberInput(attrs={"min": 1, "max": 9999}),
    forms.EmailInput(),
    forms.HiddenInput(),
    forms.Textarea(attrs={"rows": 4, "maxlength": 4000}),
]
VALUES = [None, "", 0, 2020, 'a "quoted" <b>word</b> & more']
ATTRS = [
    {},
    {"id": "id_f", "required": True, "disabled": False},
    {"aria-describedby": "id_f-help id_f-error", "aria-invalid": "true"},
]


@pytest.mark.parametrize("widget", WIDGETS, ids=lambda w: type(w).__name__)
@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("attrs", ATTRS)
def test_an_input_is_drawn_as_django_draws_it(widget, value, attrs):
    quick = widget.render("f", value, attrs=attrs, renderer=QuickRenderer())
    django = widget.render("f", value, attrs=attrs, renderer=DjangoTemplates())

    assert quick == django


@pytest.mark.parametrize("value", [None, "", "b", 2, "<x>", ["b"]])
def test_a_select_is_drawn_as_django_draws_it(value):
    choices = [("", "Any"), ("a", "A & co (1,234)"), ("b", "<B>"), (2, "Two")]
    attrs = {"id": "id_f", "aria-describedby": "id_f-help"}

    quick = QuickSelect(choices=choices).render("f", value, attrs=attrs)
    django = forms.Select(choices=choices).render("f", value, attrs=attrs)

    # Django's template leaves a blank line after each option.
    assert quick == re.sub(r"</option>\n\n", "</option>\n", django)
