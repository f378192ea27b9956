"""The register of police forces: canonical names (corpus/SCHEMA.md), kind, country and the
other names documents use for them.

Pure data, shared by the extractor (which resolves names) and the data migration (which
loads the Force table).
"""

from dataclasses import dataclass

from cases.choices import Country, ForceKind


@dataclass(frozen=True)
class ForceInfo:
    name: str
    kind: str
    country: str
    aliases: tuple[str, ...] = ()


def _territorial(name: str, country: str = Country.ENGLAND, *aliases: str) -> ForceInfo:
    return ForceInfo(name, ForceKind.TERRITORIAL, country, aliases)


E, W = Country.ENGLAND, Country.WALES

FORCES: tuple[ForceInfo, ...] = (
    _territorial(
        "Avon and Somerset Constabulary",
        E,
        "Avon and Somerset Police",
        "Avon & Somerset Police",
        "Avon & Somerset Constabulary",
    ),
    _territorial("Bedfordshire Police", E, "Bedfordshire Constabulary"),
    _territorial("Cambridgeshire Constabulary", E, "Cambridgeshire Police"),
    _territorial("Cheshire Constabulary", E, "Cheshire Police"),
    _territorial("City of London Police", E),
    _territorial("Cleveland Police", E, "Cleveland Constabulary"),
    _territorial("Cumbria Constabulary", E, "Cumbria Police"),
    _territorial("Derbyshire Constabulary", E, "Derbyshire Police"),
    _territorial(
        "Devon and Cornwall Police",
        E,
        "Devon & Cornwall Police",
        "Devon and Cornwall Constabulary",
    ),
    _territorial("Dorset Police", E, "Dorset Constabulary"),
    _territorial("Durham Constabulary", E, "Durham Police"),
    _territorial("Dyfed-Powys Police", W, "Dyfed Powys Police", "Heddlu Dyfed-Powys"),
    _territorial("Essex Police", E, "Essex Constabulary"),
    _territorial("Gloucestershire Constabulary", E, "Gloucestershire Police"),
    _territorial("Greater Manchester Police", E, "GMP"),
    _territorial("Gwent Police", W, "Heddlu Gwent"),
    _territorial(
        "Hampshire and Isle of Wight Constabulary",
        E,
        "Hampshire Constabulary",
        "Hampshire Police",
        "Hampshire & Isle of Wight Constabulary",
    ),
    _territorial(
        "Hertfordshire Constabulary", E, "Hertfordshire Police", "Herts Police"
    ),
    _territorial("Humberside Police", E),
    _territorial("Kent Police", E, "Kent Constabulary"),
    _territorial("Lancashire Constabulary", E, "Lancashire Police"),
    _territorial("Leicestershire Police", E, "Leicestershire Constabulary"),
    _territorial("Lincolnshire Police", E, "Lincolnshire Constabulary"),
    _territorial("Merseyside Police", E),
    _territorial(
        "Metropolitan Police Service",
        E,
        "Metropolitan Police",
        "the Met",
        "Met Police",
        "Scotland Yard",
        "MPS",
    ),
    _territorial("Norfolk Constabulary", E, "Norfolk Police"),
    _territorial("North Wales Police", W, "Heddlu Gogledd Cymru"),
    _territorial("North Yorkshire Police", E),
    _territorial("Northamptonshire Police", E),
    _territorial("Northumbria Police", E),
    _territorial("Nottinghamshire Police", E, "Notts Police"),
    _territorial("South Wales Police", W, "Heddlu De Cymru"),
    _territorial("South Yorkshire Police", E),
    _territorial("Staffordshire Police", E),
    _territorial("Suffolk Constabulary", E, "Suffolk Police"),
    _territorial("Surrey Police", E),
    _territorial("Sussex Police", E),
    _territorial("Thames Valley Police", E),
    _territorial("Warwickshire Police", E),
    _territorial("West Mercia Police", E),
    _territorial("West Midlands Police", E),
    _territorial("West Yorkshire Police", E),
    _territorial("Wiltshire Police", E),
    ForceInfo(
        "British Transport Police", ForceKind.NATIONAL, Country.UNITED_KINGDOM, ("BTP",)
    ),
    ForceInfo(
        "Civil Nuclear Constabulary",
        ForceKind.NATIONAL,
        Country.UNITED_KINGDOM,
        ("CNC",),
    ),
    ForceInfo(
        "Ministry of Defence Police",
        ForceKind.NATIONAL,
        Country.UNITED_KINGDOM,
        ("MoD Police", "MDP"),
    ),
    ForceInfo(
        "National Crime Agency", ForceKind.NATIONAL, Country.UNITED_KINGDOM, ("NCA",)
    ),
    ForceInfo("Police Scotland", ForceKind.OTHER, Country.SCOTLAND),
    ForceInfo(
        "Police Service of Northern Ireland",
        ForceKind.OTHER,
        Country.NORTHERN_IRELAND,
        ("PSNI",),
    ),
)

FORCE_NAMES: tuple[str, ...] = tuple(force.name for force in FORCES)
