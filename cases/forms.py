from django import forms
from django.forms.utils import flatatt
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
            f'<select name="{escaped(name)}"{flatatt(self.build_attrs(self.attrs, attrs))}>'
            f"{''.join(options)}\n</select>"
        )
