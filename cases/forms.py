from django import forms

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
