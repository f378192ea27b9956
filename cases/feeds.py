"""An Atom feed of new outcomes, for any query of the case list.

`/feeds/cases/?force=west-midlands-police&outcome=dismissed` follows the cases that list
would show — "new dismissals in West Midlands Police" — newest additions to the archive
first. The filters are the list's own (`CaseFilter`); withheld cases are absent and a
withheld person is "Name withheld". Each entry links to the case's permanent page; its
summary names the people and their results, and each source's publisher and original
address (as text, escaped: nothing a document says becomes markup in a reader).
"""

from django.contrib.syndication.views import Feed
from django.core.exceptions import BadRequest
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django_filters.constants import EMPTY_VALUES

from cases import public, throttle
from cases.exports import canonical_query
from cases.filters import CaseFilter


class CaseFeed(Feed):
    feed_type = Atom1Feed
    limit = 50
    # Atom requires an author of the feed when its entries name none.
    author_name = "UK police misconduct archive"

    def __call__(self, request, *args, **kwargs):
        return throttle.refuse(request, "feed") or super().__call__(
            request, *args, **kwargs
        )

    def get_object(self, request, *args, **kwargs):
        filterset = CaseFilter(request.GET, queryset=public.cases())
        if not filterset.is_valid():
            raise BadRequest("Invalid filters: " + filterset.form.errors.as_text())
        return filterset

    def title(self, filterset):
        described = describe_filters(filterset)
        suffix = f": {described}" if described else ""
        return f"New outcomes in the UK police misconduct archive{suffix}"

    def subtitle(self, filterset):
        return (
            "Cases newly added to the archive that match the case list's filters, "
            "newest first."
        )

    def link(self, filterset):
        query = canonical_query(filterset)
        return reverse("cases:case-list") + (f"?{query}" if query else "")

    def feed_url(self, filterset):
        query = canonical_query(filterset)
        return reverse("cases:case-feed") + (f"?{query}" if query else "")

    def items(self, filterset):
        people = public.results().select_related("officer")
        sources = public.sources().only("id", "url", "publisher", "case_id")
        cases = filterset.narrow(
            public.cases().select_related("force")
        ).prefetch_related(
            Prefetch("results", queryset=people), Prefetch("sources", queryset=sources)
        )
        return cases.order_by("-created_at", "-id")[: self.limit]

    def item_title(self, case):
        return case.title

    def item_link(self, case):
        return reverse("cases:case-detail", kwargs={"pk": case.pk})

    def item_description(self, case):
        people = [_describe_person(result) for result in case.results.all()]
        where = f"{case.force.name}. " if case.force else ""
        cited = [_describe_source(source) for source in case.sources.all()]
        sources = f" Sources: {'; '.join(cited)}." if cited else ""
        return escape(where + " ".join(people) + sources)

    def item_pubdate(self, case):
        return case.created_at

    def item_updateddate(self, case):
        return case.updated_at

    def item_categories(self, case):
        return sorted({r.outcome for r in case.results.all() if r.outcome})


def describe_filters(filterset: CaseFilter) -> str:
    """The filters in use as words: “Force: West Midlands Police; Outcome: Dismissed”."""
    parts = []
    for name, value in filterset.form.cleaned_data.items():
        if name == "sort" or value in EMPTY_VALUES:
            continue
        field = filterset.form.fields[name]
        shown = dict(getattr(field, "choices", ())).get(value, value)
        parts.append(f"{field.label}: {shown}")
    return "; ".join(parts)


def _describe_source(source) -> str:
    """'Kent Police <https://…>': who published it and where."""
    where = f" <{source.url}>" if source.url else ""
    return f"{source.site or 'Unknown publisher'}{where}"


def _describe_person(result) -> str:
    facts = [result.get_rank_display(), result.get_outcome_display()]
    if result.criminal:
        facts.append(f"criminal verdict: {result.criminal}")
    described = ", ".join(fact for fact in facts if fact)
    name = result.officer.public_name
    return f"{name} ({described})." if described else f"{name}."
