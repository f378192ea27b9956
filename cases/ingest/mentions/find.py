"""`find_mentions`: each kind of mention read in turn, the words a mention takes
claimed so that a later kind does not read them again, then appositions merged."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from cases.ingest.mentions.descriptions import description_mentions
from cases.ingest.mentions.fields import field_mentions
from cases.ingest.mentions.mention import RANK_ALTERNATION, Mention
from cases.ingest.mentions.names import label_mentions, named_mentions
from cases.ingest.mentions.partitives import partitive_mentions
from cases.ingest.mentions.pronouns import pronoun_mentions


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    """Mentions of police people in `text` (a clause), in order of position."""
    text = _house_style(text)
    found: list[Mention] = []
    taken = bytearray(len(text) + 1)  # characters already claimed by a mention

    def add(mention: Mention) -> None:
        start, end = mention.start - offset, mention.end - offset
        if any(taken[start:end]):
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(mention)

    # The order is precedence: the words one kind takes are not read again by a later
    # one (a name's rank word is not also a description).
    for mention in chain(
        field_mentions(text, offset),
        label_mentions(text, offset),
        named_mentions(text, offset),
        partitive_mentions(text, offset),
        description_mentions(text, offset),
        pronoun_mentions(text, offset),
    ):
        add(mention)
    found.sort(key=lambda mention: mention.start)
    return _merge_appositions(text, offset, found)


def _merge_appositions(text: str, offset: int, found: list[Mention]) -> list[Mention]:
    """ "Another officer, PC Paul Lockett, was charged" and "Benjamin Monk, a West Mercia
    Police officer," are one person: keep the named mention, with the description's
    rank and former-ness when the name carries none."""
    merged: list[Mention] = []
    skip: set[int] = set()
    for index, mention in enumerate(found):
        if index in skip:
            continue
        named = _listed_names(text, offset, found, index)
        if named:
            # "Two West Midlands Police officers, PC Ann Reid and PC Bob Marsh, were
            # found ...": the names are the group; it adds nobody of its own.
            for position in range(index + 1, index + 1 + named):
                item = found[position]
                found[position] = replace(
                    item,
                    rank=item.rank or mention.rank,
                    former=item.former or mention.former,
                )
            continue
        if index + 1 < len(found):
            following = found[index + 1]
            gap = text[mention.end - offset : following.start - offset]
            pair = {mention.kind, following.kind}
            if (
                mention.kind == following.kind == "description"
                and mention.rank is None
                and following.rank is not None
                and not (mention.plural or following.plural)
                and re.fullmatch(r",\s*", gap)
                and following.text[:2].lower() in ("a ", "an")
                and re.match(r"\s*,\s*(?!and\b|or\b)", text[following.end - offset :])
            ):
                # "A third officer, a detective constable, was given ...": one person,
                # of the rank the apposition gives ("A sergeant, a constable, and ..."
                # is a list).
                merged.append(replace(mention, rank=following.rank))
                skip.add(index + 1)
                continue
            if (
                re.fullmatch(r",\s*(?:known as\s*)?'?", gap)
                and "description" in pair
                and pair & {"named", "label"}
            ):
                description, named = (
                    (mention, following)
                    if mention.kind == "description"
                    else (following, mention)
                )
                if not description.plural:
                    merged.append(
                        replace(
                            named,
                            rank=named.rank or description.rank,
                            former=named.former or description.former,
                            age=named.age or description.age,
                        )
                    )
                    skip.add(index + 1)
                    continue
        merged.append(mention)
    return merged


def _listed_names(text: str, offset: int, found: list[Mention], index: int) -> int:
    """How many named people a counted description's apposition lists ("Two officers,
    PC Ann Reid and PC Bob Marsh,"), when they are exactly its count; else 0."""
    mention = found[index]
    count = mention.count or 0
    if mention.kind != "description" or count < 2:
        return 0
    items = found[index + 1 : index + 1 + count]
    if len(items) != count or any(m.kind not in ("named", "label") for m in items):
        return 0
    gaps = [text[mention.end - offset : items[0].start - offset]] + [
        text[a.end - offset : b.start - offset]
        for a, b in zip(items, items[1:], strict=False)
    ]
    if gaps[0].strip() not in (",", ":", "-", "\u2013") or not all(
        re.fullmatch(r"\s*(?:,|and|, and|&)\s*", gap) for gap in gaps[1:]
    ):
        return 0
    return count


# Notices in capitals and dotted abbreviations ("P.S. JANE DOE of Essex Police"): the
# finders read names in the house style of "PS Jane Doe". The view keeps every offset.
_DOTTED_RANK = re.compile(r"\b([PD])\.([CSI])\.(?=\s)")
_CAPITALS_AFTER_RANK = re.compile(
    r"(?<![\w-])(?:(?i:" + RANK_ALTERNATION + r")|PS|PC|DC|DS|DI|DCI)\.?\s+"
    r"(?:\d{2,5}\s+)?(?P<name>[A-Z]{2,}(?:['-][A-Z]+)?(?:\s+[A-Z]{2,}(?:['-][A-Z]+)?){1,2})\b"
)


_CAPITAL_WORDS = re.compile(r"[A-Z]{2,}\s+[A-Z]{2,}")


def _house_style(text: str) -> str:
    if _DOTTED_RANK.search(text):
        text = _DOTTED_RANK.sub(r"\1\2  ", text)
    if _CAPITAL_WORDS.search(text):
        text = _CAPITALS_AFTER_RANK.sub(
            lambda m: m.group(0)[: m.start("name") - m.start()] + m["name"].title(),
            text,
        )
    return text
