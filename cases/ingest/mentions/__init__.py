"""Mentions of police officers and staff in a clause: named, anonymised or described.

Three shapes, seen across press releases, force notices and news copy:
- named: "Police constable Michael Harrison, 33", "PS 3140 Smith", "Sgt Mark Burgess",
  "Ex-PC Harry Burgess", "police officer Christopher Grant", "Rhett Wilson, 27",
  "Special Constables, Sonny Webb and Tyrone Duncan";
- anonymised labels: "Officer A", "PC F", "Former Officer B", "Special Constable A";
- descriptions: "A West Mercia Police officer", "the unnamed PC", "Two Pcs", "Three
  other officers", "a civilian worker", "both officers", and the pronouns he/she/they.

People quoted or chairing ("IOPC Regional Director Derrick Campbell", "Chief Constable
Chris Rowley") are not mentions of a subject. Pure; bounded patterns only.

A module for each part:
- `mention.py`: the Mention record, and the rank wordings every kind shares
  (`rank_of`);
- `names.py`: named and labelled people, with the words a name never holds;
- `descriptions.py`: people described ("Two Pcs", "the officer");
- `fields.py`: the person a labelled field ("Rank: PC"), a table row or a rank heading
  introduces;
- `pronouns.py`: people referred back to (he/she/they, "the pair", "the 43-year-old");
- `partitives.py`: members of a group in view ("one of the officers", "two of them");
- `speakers.py`: whether a senior rank or a title makes someone a speaker or chair
  rather than a subject;
- `find.py`: `find_mentions`, which reads each kind in turn, earlier kinds
  claiming their words first.
"""

from cases.ingest.mentions.find import find_mentions
from cases.ingest.mentions.mention import Mention, rank_of

__all__ = ["Mention", "find_mentions", "rank_of"]
