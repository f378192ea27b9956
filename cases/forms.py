from html import escape

from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import SafeString

from cases.markup import escaped
from cases.models import ErrorReport

MESSAGE_CHARS = 4000


class ErrorReportForm(forms.ModelForm):
    """A reader's report of a mistake. `website` is a honeypot: people never see it, so
    a value there means a bot filled the form in."""

    message = forms.CharField(
        label="What is wrong in this record?",
        help_text="Say which fact is wrong and, if you can, where the right one is "
        "published.",
        max_length=MESSAGE_CHARS,  # checked here too: a browser's limit is a courtesy
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    website = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = ErrorReport
        fields = ["message", "email"]
        labels = {"email": "Your email address (optional)"}
        help_texts = {"email": "Only if you would like an editor to reply."}

    @property
    def from_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class QuickSelect(forms.Select):
    """A select drawn in Python with the markup of Django's template for it: the
    template includes another template per option, and the case list's filters have
    a hundred options. Drawn straight from the choices, not from Django's context of
    a dictionary per option, which still took 2 ms of every uncached list page. The
    filters' choices are flat (no groups)."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        chosen = self.format_value(value)
        options, found = [], False
        for option, label in self.choices:
            option = "" if option is None else str(option)
            selected = not found and option in chosen  # the first match, as Django's
            found |= selected
            options.append(
                f'\n  <option value="{escaped(option)}"'
                f"{' selected' if selected else ''}>{escaped(label)}</option>"
            )
        return SafeString(
            f'<select name="{escaped(name)}"{_attributes(self.build_attrs(self.attrs, attrs))}>'
            f"{''.join(options)}\n</select>"
        )


INPUTS = {
    f"django/forms/widgets/{kind}.html"
    for kind in (
        "text",
        "number",
        "email",
        "url",
        "password",
        "search",
        "tel",
        "hidden",
    )
}
TEXTAREA = "django/forms/widgets/textarea.html"


class QuickRenderer(DjangoTemplates):
    """Django's form renderer (`settings.FORM_RENDERER`), with text inputs and text
    areas drawn in Python with the markup of Django's templates for them, which
    include a template for their attributes: a millisecond of the case page (its
    report form) and half of one of each list page (the words and years). Every other
    widget, and whole forms, go to the templates as before."""

    def render(self, template_name, context, request=None):
        widget = context.get("widget")
        if template_name in INPUTS:
            value = widget["value"]
            shown = "" if value is None else f' value="{escape(str(value))}"'
            return SafeString(
                f'<input type="{escaped(widget["type"])}" name="{escaped(widget["name"])}"'
                f"{shown}{_attributes(widget['attrs'])}>"
            )
        if template_name == TEXTAREA:
            text = escaped(widget["value"]) if widget["value"] else ""
            return SafeString(
                f'<textarea name="{escaped(widget["name"])}"'
                f"{_attributes(widget['attrs'])}>\n{text}</textarea>"
            )
        return super().render(template_name, context, request)


def _attributes(attrs: dict) -> str:
    """A widget's attributes as `attrs.html` writes them: `True` as a bare name,
    `False` left out, values as text."""
    return "".join(
        f" {escaped(name)}"
        if value is True
        else f' {escaped(name)}="{escape(str(value))}"'
        for name, value in attrs.items()
        if value is not False
    )
