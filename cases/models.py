"""The archive's data dictionary.

Forces, officers and cases, each person's result in a case and their allegations, and the
source documents every fact was read from. Closed vocabularies come from `cases.choices`
(the canonical values of corpus/SCHEMA.md) and are enforced by the database as well as by
forms. Where a fact was read by the ingest, the sentence it came from is kept in the
`evidence` of the row that holds it.
"""

from urllib.parse import urlsplit

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from cases.choices import (
    Country,
    CriminalVerdict,
    ForceKind,
    Outcome,
    Proceeding,
    Rank,
    Severity,
    Standard,
)


class DatePrecision(models.TextChoices):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class ReviewStatus(models.TextChoices):
    MACHINE = "machine", "Machine-extracted"
    REVIEWED = "reviewed", "Reviewed by an editor"


class SourceStatus(models.TextChoices):
    PARSED = "parsed", "Parsed: reports an outcome"
    NOT_OUTCOME = "not-outcome", "Not an outcome"
    FAILED = "failed", "Failed"


def _in_choices(
    field: str, choices: type[models.TextChoices], *, blank: bool = True
) -> Q:
    allowed = Q(**{f"{field}__in": choices.values})
    return allowed | Q(**{field: ""}) if blank else allowed


EDITED_HELP = (
    "Fields an editor has corrected. The ingest never overwrites them; it reports what "
    "it would have changed instead."
)

EVIDENCE_HELP = (
    "Where each extracted value was read: field name → {start, end, quote}, the offsets "
    "into the source document's text and the sentence itself. Written by the ingest."
)


STAGES = ("referred_on", "investigation_concluded_on", "hearing_on", "outcome_on")
"""The dated stages of a case, in the order a case runs."""


class Force(models.Model):
    name = models.CharField(
        max_length=100, unique=True, help_text="Canonical name, as in corpus/SCHEMA.md."
    )
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(
        max_length=20,
        choices=ForceKind.choices,
        help_text="Territorial forces of England and Wales, national or special forces "
        "(BTP, NCA…), or the forces of Scotland and Northern Ireland.",
    )
    country = models.CharField(max_length=20, choices=Country.choices)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("kind", ForceKind, blank=False),
                name="force_kind_valid",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cases:force-detail", kwargs={"slug": self.slug})


class ForceAlias(models.Model):
    force = models.ForeignKey(Force, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(
        max_length=100,
        help_text="Another name documents use for the force: “the Met”, “GMP”. "
        "Unique whatever the letter case.",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "force aliases"
        constraints = [
            models.UniqueConstraint(Lower("name"), name="force_alias_unique_name"),
        ]

    def __str__(self):
        return f"{self.name} → {self.force}"


class ProfessionalStandard(models.Model):
    """One of the ten Standards of Professional Behaviour, in Schedule 2 order."""

    name = models.CharField(max_length=60, unique=True, choices=Standard.choices)
    position = models.PositiveSmallIntegerField(
        unique=True,
        help_text="Order in Schedule 2 of the Police (Conduct) Regulations.",
    )

    class Meta:
        ordering = ["position"]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("name", Standard, blank=False),
                name="standard_name_valid",
            ),
        ]

    def __str__(self):
        return self.name


class OfficerQuerySet(models.QuerySet):
    def public(self):
        """People whose names may be shown publicly."""
        return self.filter(withheld=False)


class Officer(models.Model):
    """A person: a police officer or member of police staff."""

    name = models.CharField(
        max_length=200,
        blank=True,
        help_text="Full name without rank or collar number. Blank for anonymised people.",
    )
    normalised_name = models.CharField(
        max_length=200,
        blank=True,
        editable=False,
        help_text="Lower-case name with punctuation and spacing folded: with the force, "
        "what identifies a named person across documents.",
    )
    extracted_name = models.CharField(
        max_length=200,
        blank=True,
        editable=False,
        help_text="The folded name the ingest first read for this person. It stays when "
        "an editor corrects the name, so that documents still using the old spelling "
        "find the same person.",
    )
    other_names = models.TextField(
        blank=True,
        help_text="Other names documents use for this person, one a line (the names "
        "of records merged into this one are added). Withholding the person takes "
        "these out of public text too.",
    )
    anonymous = models.BooleanField(
        default=False,
        help_text="Known only by a label such as “Officer A” or “a former PCSO”. "
        "Anonymous people are never merged with anyone by the ingest.",
    )
    label = models.CharField(
        max_length=100,
        blank=True,
        help_text="How the document refers to an anonymised person (“Officer A”).",
    )
    slug = models.SlugField(max_length=200, blank=True)
    rank = models.CharField(
        max_length=40,
        choices=Rank.choices,
        blank=True,
        help_text="Last known rank: the rank in the most recent case on record.",
    )
    force = models.ForeignKey(
        Force,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="officers",
        help_text="Last known force.",
    )
    withheld = models.BooleanField(
        default=False,
        help_text="Anonymised by an editor (an anonymity order, a legal request): the "
        "name is shown nowhere public, and pages naming this person are not indexed.",
    )
    withheld_reason = models.CharField(max_length=300, blank=True)
    edited_fields = models.JSONField(default=list, blank=True, help_text=EDITED_HELP)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfficerQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "label", "id"]
        constraints = [
            # People with no force are one person per name too: NULL would make
            # every such row distinct, so the key folds it to 0 (no force has id 0).
            models.UniqueConstraint(
                Coalesce("force", 0, output_field=models.BigIntegerField()),
                "normalised_name",
                condition=Q(anonymous=False),
                name="officer_unique_named_person_per_force",
            ),
            models.CheckConstraint(
                condition=Q(anonymous=True, name="") | Q(anonymous=False) & ~Q(name=""),
                name="officer_named_unless_anonymous",
            ),
            models.CheckConstraint(
                condition=_in_choices("rank", Rank), name="officer_rank_valid"
            ),
        ]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("cases:officer-detail", kwargs={"pk": self.pk})

    @property
    def display_name(self) -> str:
        return self.name or self.label or f"Unnamed person #{self.pk}"

    @property
    def public_name(self) -> str:
        """The name as public pages, exports and feeds may show it."""
        return "Name withheld" if self.withheld else self.display_name

    @staticmethod
    def normalise_name(name: str) -> str:
        """“PC  John O’Neil-Smith” and “john o'neil smith” fold to the same key."""
        folded = name.replace("’", "'").replace("-", " ").replace(".", " ").lower()
        return " ".join(folded.split())


def unlink_keeping_withheld(collector, field, sub_objs, using):
    """`on_delete` of a source's case: the source stays, unlinked, and the sources of
    a withheld case stay withheld, however the case is deleted (an unlinked document
    is public when it names nobody withheld, which says nothing of a withheld case)."""
    withheld = {
        obj.pk
        for model, objs in collector.data.items()
        if model._meta.concrete_model is Case
        for obj in objs
        if obj.withheld
    }
    collector.add_field_update(field, None, sub_objs)
    # Unlinked, it is public only once checked again (`cases.public.withholding`).
    checked = field.model._meta.get_field("names_nobody_withheld")
    collector.add_field_update(checked, None, sub_objs)
    if withheld:
        kept = [source for source in sub_objs if source.case_id in withheld]
        if kept:
            collector.add_field_update(
                field.model._meta.get_field("withheld"), True, kept
            )


class CaseQuerySet(models.QuerySet):
    def public(self):
        """Cases that public pages, exports, the API and feeds may show."""
        return self.filter(withheld=False)

    def for_force(self, force):
        return self.filter(force=force)

    def needing_review(self):
        return self.filter(review_status=ReviewStatus.MACHINE)


class Case(models.Model):
    """One matter: the proceedings (and any trial) that decided one or more people's results."""

    title = models.CharField(
        max_length=300, help_text="The headline of the main source."
    )
    slug = models.SlugField(max_length=100, blank=True)
    force = models.ForeignKey(
        Force,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        help_text="The force whose people the case concerns (most of them, if several).",
    )
    summary = models.TextField(
        blank=True, help_text="Opening paragraphs of the story, without page wrappers."
    )
    referred_on = models.DateField(
        null=True, blank=True, help_text="First referral, complaint or conduct matter."
    )
    referred_on_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True
    )
    investigation_concluded_on = models.DateField(null=True, blank=True)
    investigation_concluded_on_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True
    )
    hearing_on = models.DateField(
        null=True,
        blank=True,
        help_text="Last day of the hearing or meeting (or trial, if no proceedings).",
    )
    hearing_on_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True
    )
    outcome_on = models.DateField(
        null=True, blank=True, help_text="When the outcome was decided or announced."
    )
    outcome_on_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, blank=True
    )
    published_on = models.DateField(
        null=True, blank=True, help_text="Publication date of the main source document."
    )
    proceeding = models.CharField(
        max_length=40,
        choices=Proceeding.choices,
        blank=True,
        help_text="The disciplinary forum; blank when the document does not say.",
    )
    chair = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who chaired the proceedings, as worded (“a legally qualified chair”).",
    )
    review_status = models.CharField(
        max_length=10,
        choices=ReviewStatus.choices,
        default=ReviewStatus.MACHINE,
        help_text="Machine-extracted until an editor has checked it against its sources.",
    )
    review_reasons = models.TextField(
        blank=True,
        help_text="Why the extractor was unsure (one reason a line); empty when it was not.",
    )
    evidence = models.JSONField(default=dict, blank=True, help_text=EVIDENCE_HELP)
    withheld = models.BooleanField(
        default=False,
        help_text="Hidden by an editor (a legal request): shown only in the admin.",
    )
    withheld_reason = models.CharField(max_length=300, blank=True)
    edited_fields = models.JSONField(default=list, blank=True, help_text=EDITED_HELP)
    withheld_mentions = models.TextField(
        blank=True,
        editable=False,
        help_text="Names of withheld people its texts (title, summary, allegations, "
        "documents) mention although they have no result in it, one a line: taken "
        "out of its public text like its own withheld people's. Written by "
        "`cases.public.withholding` whenever the case or the withheld people change.",
    )
    withheld_forms = models.TextField(
        blank=True,
        editable=False,
        help_text="Every name form of its withheld people and of those it mentions "
        "(`withheld_mentions`), one a line: what the public projection takes out of "
        "its text and its people's, allegations' and documents' text. Written by "
        "`cases.public.withholding` whenever the case, its people or the withheld "
        "people change, so that no public query works it out again.",
    )
    search_text = models.TextField(
        blank=True,
        editable=False,
        help_text="What search looks in, as the public may read it: title, summary, "
        "the public people's names and labels, allegations, each with the names of "
        "the case's withheld people taken out. Empty for a withheld case. Written by "
        "`cases.search.refresh_search_text` whenever any of it changes.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CaseQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=[
            "search_text",
            "withheld_mentions",
            "withheld_forms",
        ]
    )

    class Meta:
        ordering = ["-outcome_on", "-published_on", "-id"]
        # On PostgreSQL, migration 0005 also indexes the case date newest first with
        # no date last, as `public.newest_first` sorts (SQLite cannot declare NULLS
        # LAST in an index).
        indexes = [
            # Everything the case filters and the public facts (`cases.facts`) read,
            # so that reading them reads this index alone and never the wide rows
            # (PostgreSQL; SQLite indexes the key columns only).
            models.Index(
                fields=[
                    "force",
                    "outcome_on",
                    "hearing_on",
                    "published_on",
                    "proceeding",
                    "review_status",
                    "id",
                ],
                include=[
                    "referred_on",
                    "referred_on_precision",
                    "outcome_on_precision",
                ],
                condition=Q(withheld=False),
                name="case_public_facts",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("proceeding", Proceeding),
                name="case_proceeding_valid",
            ),
            models.CheckConstraint(
                condition=_in_choices("review_status", ReviewStatus, blank=False),
                name="case_review_status_valid",
            ),
            *(
                models.CheckConstraint(
                    condition=Q(**{f"{stage}__isnull": True, f"{stage}_precision": ""})
                    | Q(**{f"{stage}__isnull": False})
                    & Q(**{f"{stage}_precision__in": DatePrecision.values}),
                    name=f"case_{stage}_has_precision",
                )
                for stage in STAGES
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.slug_for(self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        kwargs = {"pk": self.pk}
        if self.slug:
            kwargs["slug"] = self.slug
            return reverse("cases:case-detail-slug", kwargs=kwargs)
        return reverse("cases:case-detail", kwargs=kwargs)

    @property
    def needs_review(self) -> bool:
        return bool(self.review_reasons)

    @staticmethod
    def slug_for(title: str) -> str:
        return slugify(title)[:100].strip("-")


class Result(models.Model):
    """The result of one person in one case: one row per person per case."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="results")
    officer = models.ForeignKey(
        Officer, on_delete=models.PROTECT, related_name="results"
    )
    force = models.ForeignKey(
        Force,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="results",
        help_text="The person's force at the time.",
    )
    rank = models.CharField(
        max_length=40,
        choices=Rank.choices,
        blank=True,
        help_text="Rank held at the time of the misconduct.",
    )
    age = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="Age in whole years when the document states it.",
    )
    former = models.BooleanField(
        default=False,
        help_text="Had left the service (resigned, retired) before the outcome. A serving "
        "officer dismissed without notice is not former.",
    )
    severity = models.CharField(
        max_length=20,
        choices=Severity.choices,
        blank=True,
        help_text="The level of misconduct found PROVEN, as stated; blank when nothing was "
        "proven or the level is not stated (never inferred from the sanction).",
    )
    outcome = models.CharField(
        max_length=30,
        choices=Outcome.choices,
        blank=True,
        help_text="The disciplinary result; blank when none is reported.",
    )
    criminal = models.CharField(
        max_length=10,
        choices=CriminalVerdict.choices,
        blank=True,
        verbose_name="criminal verdict",
        help_text="Court verdict, when one is reported.",
    )
    proceeding = models.CharField(max_length=40, choices=Proceeding.choices, blank=True)
    hearing_date = models.DateField(
        null=True,
        blank=True,
        help_text="Day the disciplinary outcome was decided (last day of the hearing).",
    )
    standards = models.ManyToManyField(
        ProfessionalStandard,
        blank=True,
        related_name="results",
        help_text="Standards of Professional Behaviour found BREACHED.",
    )
    barred = models.BooleanField(
        default=False,
        help_text="The document says the person is or will be on the College of Policing "
        "barred list.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Order of the person in the source document."
    )
    evidence = models.JSONField(default=dict, blank=True, help_text=EVIDENCE_HELP)
    edited_fields = models.JSONField(default=list, blank=True, help_text=EDITED_HELP)

    history = HistoricalRecords(m2m_fields=[standards])

    class Meta:
        ordering = ["case", "position", "id"]
        indexes = [
            # The person filters and the public facts, read from the index alone.
            models.Index(
                fields=[
                    "case",
                    "outcome",
                    "severity",
                    "rank",
                    "former",
                    "barred",
                    "criminal",
                ],
                include=["id"],
                name="result_case_facts",
            ),
        ]
        verbose_name = "person's result"
        verbose_name_plural = "people's results"
        constraints = [
            models.UniqueConstraint(
                fields=["case", "officer"], name="result_one_per_person_per_case"
            ),
            models.CheckConstraint(
                condition=Q(age__isnull=True) | Q(age__gte=16, age__lte=100),
                name="result_age_plausible",
            ),
            models.CheckConstraint(
                condition=_in_choices("rank", Rank), name="result_rank_valid"
            ),
            models.CheckConstraint(
                condition=_in_choices("severity", Severity),
                name="result_severity_valid",
            ),
            models.CheckConstraint(
                condition=_in_choices("outcome", Outcome), name="result_outcome_valid"
            ),
            models.CheckConstraint(
                condition=_in_choices("criminal", CriminalVerdict),
                name="result_criminal_valid",
            ),
            models.CheckConstraint(
                condition=_in_choices("proceeding", Proceeding),
                name="result_proceeding_valid",
            ),
            models.CheckConstraint(
                condition=~Q(outcome=Outcome.NOT_PROVEN) | Q(severity=""),
                name="result_not_proven_has_no_severity",
            ),
        ]

    def __str__(self):
        return f"{self.officer} — {self.get_outcome_display() or 'no outcome'}"


class Allegation(models.Model):
    """What a person was accused of in a case, as worded."""

    result = models.ForeignKey(
        Result, on_delete=models.CASCADE, related_name="allegations"
    )
    text = models.TextField(help_text="The allegation as the document words it.")
    standards = models.ManyToManyField(
        ProfessionalStandard,
        blank=True,
        related_name="allegations",
        help_text="Standards of Professional Behaviour the allegation concerns.",
    )
    proven = models.BooleanField(
        null=True,
        blank=True,
        help_text="Found proven, not proven, or not said (blank).",
    )
    period_start = models.DateField(
        null=True, blank=True, help_text="Start of the conduct alleged, where given."
    )
    period_end = models.DateField(null=True, blank=True)
    period_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        blank=True,
        help_text="“between November 2018 and August 2019” is known to the month.",
    )
    position = models.PositiveSmallIntegerField(default=0)
    evidence = models.JSONField(default=dict, blank=True, help_text=EVIDENCE_HELP)
    edited_fields = models.JSONField(default=list, blank=True, help_text=EDITED_HELP)

    history = HistoricalRecords(m2m_fields=[standards])

    class Meta:
        ordering = ["result", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_start__lte=models.F("period_end")),
                name="allegation_period_in_order",
            ),
        ]

    def __str__(self):
        return self.text[:80]


class SourceDocumentQuerySet(models.QuerySet):
    def current(self):
        """The newest version read from each location."""
        return self.filter(next_version__isnull=True)

    def with_is_newest(self):
        """Annotate `is_newest`: no later version of this source is on record."""
        later = SourceDocument.objects.filter(previous_version=models.OuterRef("pk"))
        return self.annotate(is_newest=~models.Exists(later))


class SourceDocument(models.Model):
    """A file or page as received, kept whole: often the only lasting record.

    Its provenance (`url`, `publisher`, `title`, `published_on`, `captured_at`) is what a
    citation names. `location` says where this server read it and is for editors only:
    no public page, export, API answer or feed shows it.
    """

    location = models.CharField(
        max_length=2000,
        db_index=True,
        help_text="Where the ingest read it: the path on this server as given to the "
        "ingest, or the URL fetched. For editors only; never shown to the public.",
    )
    file_name = models.CharField(
        max_length=500,
        blank=True,
        help_text="For a local file, its name relative to the folder ingested "
        "('2023/kent-0412.html'); never an absolute server path.",
    )
    url = models.URLField(
        max_length=2000,
        blank=True,
        help_text="The original address of the document, after any redirects: from the "
        "fetch, else from the sources.tsv of the folder ingested, else the page's own "
        "canonical URL.",
    )
    redirect_chain = models.JSONField(
        default=list,
        blank=True,
        help_text="The addresses requested before `url`, in order, when the fetch was "
        "redirected; the first is the one asked for.",
    )
    publisher = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who published it: the site's or organisation's name.",
    )
    title = models.CharField(max_length=500, blank=True)
    published_on = models.DateField(
        null=True, blank=True, help_text="When the publisher published it."
    )
    captured_at = models.DateTimeField(
        default=timezone.now,
        help_text="When the archive captured these bytes: the time of the fetch, or for "
        "a local file the time it was ingested.",
    )
    raw_text = models.TextField(
        blank=True,
        help_text="The document exactly as received (decoded; HTML stays HTML); empty "
        "for a binary format, whose bytes are in `raw_bytes`.",
    )
    text = models.TextField(
        blank=True,
        help_text="The readable text the extractor read; evidence offsets point into it.",
    )
    raw_bytes = models.BinaryField(
        blank=True,
        editable=False,
        help_text="The bytes exactly as received, for a format that is not text (PDF, "
        "Word); a text or HTML document is kept decoded in `raw_text`.",
    )
    content_type = models.CharField(
        max_length=100,
        default="text/plain",
        help_text="The media type the bytes were read as (text/html, application/pdf).",
    )
    encoding = models.CharField(max_length=30, blank=True)
    sha256 = models.CharField(
        max_length=64,
        unique=True,
        help_text="SHA-256 of the bytes received: the same release under two paths is "
        "one source.",
    )
    case = models.ForeignKey(
        Case,
        on_delete=unlink_keeping_withheld,
        null=True,
        blank=True,
        related_name="sources",
        help_text="The case this document reports; empty for documents with no outcome.",
    )
    status = models.CharField(
        max_length=12, choices=SourceStatus.choices, default=SourceStatus.PARSED
    )
    withheld = models.BooleanField(
        default=False,
        help_text="Never public: the document of a withheld case, or a version read "
        "from the same place as one. It stays withheld when its case is unlinked or "
        "deleted, and so does every later version read from that place.",
    )
    withheld_reason = models.CharField(max_length=300, blank=True)
    names_nobody_withheld = models.BooleanField(
        null=True,
        default=None,
        editable=False,
        help_text="Whether it names none of the withheld people (empty: not checked "
        "yet): what a document with no public case needs to be public. Checked when "
        "it has no case, and again whenever the withheld people change.",
    )
    error = models.TextField(blank=True, help_text="Why parsing failed.")
    parser_version = models.CharField(
        max_length=20, blank=True, help_text="Version of the extractor that read it."
    )
    response_headers = models.JSONField(
        default=dict,
        blank=True,
        help_text="For a page fetched from the web, the response headers that matter as "
        "the site sent them (content-type, etag, last-modified, date); the crawler asks "
        "with the ETag and Last-Modified when it checks the page again. Empty for a "
        "local file.",
    )
    gone_since = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the crawler first found the page gone from its address (404 or "
        "410). The capture stays in the archive; empty while the page is online.",
    )
    previous_version = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_version",
        help_text="The content read from the same location before this one. Every "
        "version is kept; the case follows the newest.",
    )
    version = models.PositiveIntegerField(
        default=1,
        help_text="1 for the first content read from this location, then 2, 3…",
    )
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-ingested_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(previous_version__isnull=True, version=1)
                | Q(previous_version__isnull=False, version__gt=1),
                name="source_version_follows_previous",
            ),
            models.CheckConstraint(
                condition=_in_choices("status", SourceStatus, blank=False),
                name="source_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(status=SourceStatus.FAILED) & ~Q(error="")
                | ~Q(status=SourceStatus.FAILED) & Q(error=""),
                name="source_failed_has_reason",
            ),
        ]

    def __str__(self):
        return self.title or self.file_name or self.url or f"Source #{self.pk}"

    def get_absolute_url(self):
        return reverse("cases:source-detail", kwargs={"pk": self.pk})

    @property
    def site(self) -> str:
        """The publisher, else the host of the original address ("www.kent.police.uk")."""
        return self.publisher or urlsplit(self.url).hostname or ""

    @property
    def is_current(self) -> bool:
        return not SourceDocument.objects.filter(previous_version=self).exists()

    def versions(self, among: models.QuerySet | None = None) -> list["SourceDocument"]:
        """Every version of this source (those `among` a queryset), oldest first; one
        query. Versions share the location they were read from."""
        # By the location as stored: a public copy of this row holds none.
        location = SourceDocument.objects.filter(pk=self.pk).values("location")
        rows = (among if among is not None else SourceDocument.objects).filter(
            location=models.Subquery(location)
        )
        by_pk = {
            s.pk: s
            for s in rows.only("id", "version", "captured_at", "previous_version")
        }
        by_pk[self.pk] = self
        later = {s.previous_version_id: s for s in by_pk.values()}
        chain = [self]
        while chain[0].previous_version_id in by_pk:
            chain.insert(0, by_pk[chain[0].previous_version_id])
        while chain[-1].pk in later:
            chain.append(later[chain[-1].pk])
        return chain


class OfficerRedirect(models.Model):
    """An officer page merged into another: its old address answers with a redirect."""

    old_id = models.BigIntegerField(unique=True, help_text="Id of the merged officer.")
    officer = models.ForeignKey(Officer, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_id"]

    def __str__(self):
        return f"officer #{self.old_id} → {self.officer}"


class ReportStatus(models.TextChoices):
    OPEN = "open", "Open"
    RESOLVED = "resolved", "Resolved"
    DISMISSED = "dismissed", "Dismissed"


class ErrorReport(models.Model):
    """A mistake reported by a member of the public on a case page."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="reports")
    message = models.TextField(help_text="What the reader says is wrong.")
    email = models.EmailField(blank=True, help_text="Optional, for a reply.")
    status = models.CharField(
        max_length=10, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    editor_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["status", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=_in_choices("status", ReportStatus, blank=False),
                name="error_report_status_valid",
            ),
        ]

    def __str__(self):
        return f"Report on {self.case}: {self.message[:60]}"


class CaseForReview(Case):
    """The review queue: machine-extracted cases an editor has not yet checked."""

    class Meta:
        proxy = True
        verbose_name = "case to review"
        verbose_name_plural = "review queue"


class ArchiveState(models.Model):
    """One row: the version of the archive's public data, for caching its pages.

    Every write path bumps it (`cases.freshness.record_change`) in the transaction
    that writes, so that a page cached under an older version is never served again,
    whichever process made the change."""

    version = models.PositiveBigIntegerField(
        default=0,
        help_text="Raised by one at every change to what the public pages show.",
    )
    changed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the version was last raised."
    )
    withheld_digest = models.CharField(
        max_length=64,
        blank=True,
        help_text="A digest of every withheld person's names when documents with no "
        "case were last checked against them (`cases.public.withholding`).",
    )

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=Q(pk=1), name="archive_state_one_row"),
        ]

    def __str__(self):
        return f"Archive version {self.version}"


class ArchiveChange(models.Model):
    """What one version of the archive changed: the cases a write named, so that the
    public facts held in memory (`cases.facts`) read those cases again instead of
    everything. Written with the version, in the same transaction
    (`cases.freshness.touch_archive`); only the latest are kept."""

    version = models.PositiveBigIntegerField(
        unique=True, help_text="The archive's version this change raised it to."
    )
    changed_at = models.DateTimeField(help_text="When the version was raised.")
    cases = models.JSONField(
        null=True,
        blank=True,
        help_text="Ids of the cases the write changed; none (null) when the write did "
        "not say, which makes every reader read everything again.",
    )

    class Meta:
        ordering = ["version"]

    def __str__(self):
        return f"Change to version {self.version}"


class CaseSearch(models.Model):
    """A public case's words for full-text search (PostgreSQL only), in a table of
    their own behind a GIN index (migration 0015): a search that matches thousands
    of cases reads these narrow rows, not the cases' wide ones (at 100,000 cases the
    matches of common words were spread over many times the pages)."""

    case = models.OneToOneField(
        Case, on_delete=models.CASCADE, related_name="search_words"
    )
    vector = SearchVectorField(
        null=True,
        help_text="The words of the case's `search_text`, weighted, written with it "
        "(`cases.search.refresh_search_text`); no row for a withheld case.",
    )

    class Meta:
        ordering = ["case"]

    def __str__(self):
        return f"Search words of case {self.case_id}"
