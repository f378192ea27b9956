"""Who each finding is about: following the people of a story clause by clause.

A story introduces people by description ("A West Mercia Police officer"), name ("Police
constable Michael Harrison, 33") or label ("Officer A"), then refers back ("the officer",
"he", "PC Harrison"). Lists introduce many ("Two Pcs were given written warnings", "A
civilian worker was sacked"). The tracker keeps a *focus* (the people the story is
talking about) and ties each finding to:
- the person an active verb names after it ("decision ... to dismiss the officer");
- else the nearest police mention before it in the clause, with the people joined to it
  by "and" ("PC Jamie Lewis and former PC Deniz Jaffer"), unless a member of the public
  stands in between ("at which the man was convicted");
- else the focus.

A summary count followed by details ("Five officers ... were dismissed" then "two
Detective Sergeants should be dismissed; a police constable ...") fills the counted
people instead of adding more. What a story states for nobody in particular (a forum
opening a result sentence, "the same hearing", a level of case to answer) is kept at
story level for extract.py to share. People with no result are dropped at the end.
Pure: no ORM, no settings.

The Tracker is one object, its work split by mixin, a module each:
- `drafts.py`: a person as the story builds them up (Draft) and how it describes
  them (Description);
- `tracker.py`: the Tracker, its state and the reading of one clause (`process`);
- `resolve.py`: which drafts a mention stands for, by pronoun, name or label;
- `descriptions.py`: ... by description: counted groups, "the officer", a
  headline restated, a person described before being named;
- `targets.py`: which of the clause's people each finding is about;
- `apply.py`: what a finding sets on a draft;
- `hearing_dates.py`: which dates are whose hearing.
"""

from cases.ingest.people.drafts import Description, Draft
from cases.ingest.people.tracker import Tracker

__all__ = ["Description", "Draft", "Tracker"]
