"""The archive's closed vocabularies, with the canonical values of corpus/SCHEMA.md.

Kept free of models so that the pure ingest stages can map wording onto them without
Django settings or a database.
"""

from django.db import models


class Rank(models.TextChoices):
    POLICE_CONSTABLE = "Police Constable"
    DETECTIVE_CONSTABLE = "Detective Constable"
    SERGEANT = "Sergeant"
    DETECTIVE_SERGEANT = "Detective Sergeant"
    INSPECTOR = "Inspector"
    DETECTIVE_INSPECTOR = "Detective Inspector"
    CHIEF_INSPECTOR = "Chief Inspector"
    DETECTIVE_CHIEF_INSPECTOR = "Detective Chief Inspector"
    SUPERINTENDENT = "Superintendent"
    DETECTIVE_SUPERINTENDENT = "Detective Superintendent"
    CHIEF_SUPERINTENDENT = "Chief Superintendent"
    DETECTIVE_CHIEF_SUPERINTENDENT = "Detective Chief Superintendent"
    COMMANDER = "Commander"
    ASSISTANT_CHIEF_CONSTABLE = "Assistant Chief Constable"
    DEPUTY_CHIEF_CONSTABLE = "Deputy Chief Constable"
    CHIEF_CONSTABLE = "Chief Constable"
    DEPUTY_ASSISTANT_COMMISSIONER = "Deputy Assistant Commissioner"
    ASSISTANT_COMMISSIONER = "Assistant Commissioner"
    DEPUTY_COMMISSIONER = "Deputy Commissioner"
    COMMISSIONER = "Commissioner"
    SPECIAL_CONSTABLE = "Special Constable"
    PCSO = "Police Community Support Officer"
    POLICE_STAFF = "Police Staff"

    @property
    def is_police_officer(self) -> bool:
        """Staff and PCSOs are not sworn officers; they go through staff procedures."""
        return self not in (Rank.PCSO, Rank.POLICE_STAFF)


class Severity(models.TextChoices):
    GROSS_MISCONDUCT = "gross misconduct"
    MISCONDUCT = "misconduct"


class Outcome(models.TextChoices):
    DISMISSED = "dismissed"
    WOULD_HAVE_BEEN_DISMISSED = "would have been dismissed"
    FINAL_WRITTEN_WARNING = "final written warning"
    WRITTEN_WARNING = "written warning"
    VERBAL_WARNING = "verbal warning"
    REDUCTION_IN_RANK = "reduction in rank"
    MANAGEMENT_ADVICE = "management advice"
    REFLECTIVE_PRACTICE = "reflective practice"
    NO_FURTHER_ACTION = "no further action"
    NOT_PROVEN = "not proven"

    @property
    def is_sanction(self) -> bool:
        """True when misconduct was found and something followed from it."""
        return self not in (Outcome.NOT_PROVEN, Outcome.NO_FURTHER_ACTION)


class CriminalVerdict(models.TextChoices):
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"


class Proceeding(models.TextChoices):
    MISCONDUCT_HEARING = "misconduct hearing"
    ACCELERATED_HEARING = "accelerated misconduct hearing"
    MISCONDUCT_MEETING = "misconduct meeting"


class Standard(models.TextChoices):
    """The Standards of Professional Behaviour (Police (Conduct) Regulations, Sch. 2)."""

    HONESTY_AND_INTEGRITY = "honesty and integrity"
    AUTHORITY_RESPECT_COURTESY = "authority, respect and courtesy"
    EQUALITY_AND_DIVERSITY = "equality and diversity"
    USE_OF_FORCE = "use of force"
    ORDERS_AND_INSTRUCTIONS = "orders and instructions"
    DUTIES_AND_RESPONSIBILITIES = "duties and responsibilities"
    CONFIDENTIALITY = "confidentiality"
    FITNESS_FOR_WORK = "fitness for work"
    DISCREDITABLE_CONDUCT = "discreditable conduct"
    CHALLENGING_AND_REPORTING = "challenging and reporting improper conduct"


class ForceKind(models.TextChoices):
    TERRITORIAL = "territorial", "Territorial (England and Wales)"
    NATIONAL = "national", "National or special"
    OTHER = "other", "Other (Scotland, Northern Ireland)"


class Country(models.TextChoices):
    ENGLAND = "england", "England"
    WALES = "wales", "Wales"
    SCOTLAND = "scotland", "Scotland"
    NORTHERN_IRELAND = "northern-ireland", "Northern Ireland"
    UNITED_KINGDOM = "uk", "United Kingdom"
