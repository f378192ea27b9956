from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

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
    template includes another template per option, and the case list's filters
    have a hundred options, 4 ms of every uncached list page."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        options = [option for _, group, _ in widget["optgroups"] for option in group]
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            widget["name"],
            flatatt(widget["attrs"]),
            format_html_join(
                "",
                '\n  <option value="{}"{}>{}</option>',
                ((str(o["value"]), flatatt(o["attrs"]), o["label"]) for o in options),
            ),
        )
