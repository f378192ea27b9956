from django import forms

from cases.models import ErrorReport


class ErrorReportForm(forms.ModelForm):
    """A reader's report of a mistake. `website` is a honeypot: people never see it, so
    a value there means a bot filled the form in."""

    website = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = ErrorReport
        fields = ["message", "email"]
        labels = {
            "message": "What is wrong in this record?",
            "email": "Your email address (optional)",
        }
        help_texts = {
            "message": "Say which fact is wrong and, if you can, where the right one "
            "is published.",
            "email": "Only if you would like an editor to reply.",
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 4, "maxlength": 4000})}

    @property
    def from_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))
