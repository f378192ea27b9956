"""Constructions the extractor must read in any wording (issue 10's kinds of error).

Every text here is made up in the shape of a construction met in real documents, never
copied from one: a rule that only passes its own corpus sentence fails these. Each case
gives the people expected, as the non-empty fields that matter for the construction.
"""

import pytest

from cases.ingest.clean import clean_text
from cases.ingest.extract import extract_release


def _people(text: str) -> list[dict]:
    record = extract_release(clean_text(text))
    return [
        {k: v for k, v in person.to_schema().items() if v not in (None, False, [])}
        for person in record.people
    ]


def _subset(expected: dict, actual: dict) -> bool:
    return all(actual.get(key) == value for key, value in expected.items())


CASES = {
    # 1. Who a result belongs to: people introduced by a preposition.
    "written_warning_issued_to_a_rank": (
        "Dorset Police officer disciplined\n\nA written warning was issued to a "
        "sergeant after a misconduct meeting held on 3 May 2023.",
        [{"rank": "Sergeant", "outcome": "written warning"}],
    ),
    "allegations_against_a_counted_group": (
        "The allegations against three constables were not proven at a misconduct "
        "hearing last week.",
        [{"rank": "Police Constable", "outcome": "not proven"}] * 3,
    ),
    "finding_proven_against_a_named_officer": (
        "A misconduct panel found gross misconduct proven against PC Ria Osei, who was "
        "dismissed without notice.",
        [{"name": "Ria Osei", "severity": "gross misconduct", "outcome": "dismissed"}],
    ),
    "sanction_given_to_a_named_officer": (
        "Misconduct outcome\n\nA final written warning was given to PC Sam Lowe at a "
        "misconduct meeting.",
        [{"name": "Sam Lowe", "outcome": "final written warning"}],
    ),
    "verdict_at_the_trial_of_a_counted_group": (
        "The jury at the trial of two police officers accused of assault returned a "
        "verdict of not guilty on every count.",
        [{"criminal": "acquitted"}] * 2,
    ),
    # 2. Recognising the officer.
    "headline_without_a_determiner": (
        "Thames Valley Police PC sacked over messages\n\nThe constable sent offensive "
        "messages to colleagues.",
        [{"rank": "Police Constable", "outcome": "dismissed"}],
    ),
    "results_only_inside_a_published_statement": (
        "Misconduct hearing - 3rd May\n\nThe Police and Crime Commissioner said:\n\n"
        '"I am pleased that all allegations of misconduct against these three officers '
        'have been found not proven."',
        [{"outcome": "not proven"}] * 3,
    ),
    "rank_and_name_in_apposition_to_a_description": (
        "The worst case involved a senior officer, Inspector Lia Ford, who was "
        "dismissed for assault.",
        [{"name": "Lia Ford", "rank": "Inspector", "outcome": "dismissed"}],
    ),
    "plural_rank_before_two_names": (
        "Former PCs Sam Hill and Ray Dunn admitted gross misconduct and would have "
        "been dismissed.",
        [
            {"name": "Sam Hill", "former": True},
            {"name": "Ray Dunn", "former": True},
        ],
    ),
    "conduct_that_did_not_amount_to_misconduct": (
        "The panel found that the conduct of Sergeant Bo Lind did not amount to "
        "misconduct.",
        [{"name": "Bo Lind", "outcome": "not proven"}],
    ),
    "panel_findings_with_should": (
        "The panel made findings that: a police constable should be dismissed; and a "
        "sergeant should receive a final written warning.",
        [
            {"rank": "Police Constable", "outcome": "dismissed"},
            {"rank": "Sergeant", "outcome": "final written warning"},
        ],
    ),
    "rank_stated_as_what_someone_worked_as": (
        "Ex PC jailed\n\nA former officer has been jailed. Lee Lund, 39, was "
        "sentenced at Crown Court. Lund worked for Kent Police as a Pc at Ashford.",
        [{"name": "Lee Lund", "rank": "Police Constable", "criminal": "convicted"}],
    ),
    "quoted_back_reference_gives_the_rank": (
        "Officer sacked\n\nLuke Amos was dismissed after a hearing. The chair said: "
        '"The conduct of PC Amos fell far below the standard."',
        [{"name": "Luke Amos", "rank": "Police Constable", "outcome": "dismissed"}],
    ),
    "bare_name_subject_of_a_hearing_names_the_officer": (
        "Officer would have been sacked\n\nA hearing found gross misconduct. Les Horn "
        "was subject to a gross misconduct hearing held by the force.",
        [{"name": "Les Horn", "outcome": "would have been dismissed"}],
    ),
    "collar_number_with_a_letter": (
        "A hearing was held in relation to Inspector X0214 Ken Wood. Inspector Wood "
        "was given a written warning.",
        [{"name": "Ken Wood", "rank": "Inspector", "outcome": "written warning"}],
    ),
    "member_of_the_special_constabulary": (
        "Gross misconduct has been proven against a member of the Essex Police Special "
        "Constabulary.",
        [{"rank": "Special Constable", "severity": "gross misconduct"}],
    ),
    "definite_officer_before_a_decided_future": (
        "The panel found gross misconduct. The officer will receive a final written "
        "warning.",
        [{"severity": "gross misconduct", "outcome": "final written warning"}],
    ),
    # 3. Documents that report no individual result.
    "sanctions_listed_on_a_process_page": (
        "How misconduct hearings work\n\nIf an officer is found to have committed gross "
        "misconduct, the outcomes available are:\n\n  • Dismissal without notice\n"
        "  • Final written warning\n",
        [],
    ),
    "notice_of_hearings_to_come": (
        "Two Devon officers are due to face misconduct hearings next month. The first, "
        "PC Joe Finch, stands accused of breaching standards of honesty and integrity "
        "and confidentiality, which amounts to gross misconduct.",
        [],
    ),
    "statement_of_what_is_alleged_in_a_notice": (
        "Following a misconduct hearing the following determinations were made.\n\n"
        "The conduct of the officer was alleged to be as follows:-\n\n"
        "1. Breach of the standard of confidentiality in March 2021, which amounted to "
        "gross misconduct.\n",
        [],
    ),
    "undeclared_conviction_is_no_verdict": (
        "PC Dee Marr was dismissed for failing to declare a conviction to the force.",
        [{"name": "Dee Marr", "outcome": "dismissed", "criminal": None}],
    ),
    "counted_groups_in_a_statistics_piece": (
        "Nine officers were sacked by the force last year, figures obtained by the "
        "paper show. Four officers received final written warnings.",
        [],
    ),
    "active_verb_with_a_crowd_object": (
        "The force told inspectors that it dismissed 31 officers in 2024, an increase "
        "on the year before.",
        [],
    ),
    "rule_stated_with_when_in_the_present": (
        "The chief said that when an officer is found to have lied, dismissal is the "
        "usual outcome.",
        [],
    ),
    "narrative_where_in_the_past_is_a_person": (
        "It follows a case in March where a police staff member was dismissed for "
        "gross misconduct.",
        [{"rank": "Police Staff", "outcome": "dismissed"}],
    ),
    "generic_modal_statement": (
        "Officers who refuse a drugs test can also be sacked, the force warned.",
        [],
    ),
    # 2. A senior rank is a subject when the clause makes it one.
    "senior_rank_found_to_have_committed": (
        "A panel found that Supt Ken Marsh had committed gross misconduct. Chief "
        "Constable Amy Lee said the force accepted the finding.",
        [
            {
                "name": "Ken Marsh",
                "rank": "Superintendent",
                "severity": "gross misconduct",
            }
        ],
    ),
    # 4. Result wording and polarity.
    "negated_dismissal_then_the_sanction": (
        "A Surrey detective was not sacked but instead given a final written warning "
        "after a misconduct hearing.",
        [{"outcome": "final written warning"}],
    ),
    "avoided_dismissal": (
        "PC Amy Fox was found guilty of gross misconduct but avoided dismissal and "
        "received a final written warning.",
        [{"name": "Amy Fox", "outcome": "final written warning"}],
    ),
    "allegations_thrown_out_is_a_clearing": (
        "At a disciplinary hearing today, the allegations against Insp Rob Lane were "
        "dismissed.",
        [{"name": "Rob Lane", "outcome": "not proven"}],
    ),
    "sanction_replaced_on_appeal": (
        "DC Max Kerr was sacked in May. Following a successful appeal, the decision to "
        "dismiss him has been overturned and replaced with a written warning.",
        [{"name": "Max Kerr", "outcome": "written warning"}],
    ),
    # 9. Severity as the text states it.
    "level_qualifying_the_allegations_found_proven": (
        "Gross misconduct allegations were proven against DC Lee Park at a hearing, "
        "and he was dismissed.",
        [{"name": "Lee Park", "severity": "gross misconduct", "outcome": "dismissed"}],
    ),
    "committed_a_level_as_a_hearing_found": (
        "A PC who failed a drugs test committed gross misconduct, a disciplinary "
        "panel found. He was dismissed.",
        [{"severity": "gross misconduct", "outcome": "dismissed"}],
    ),
    "level_inside_what_is_alleged": (
        "On 4 and 5 May 2023 the misconduct hearing for Officer K was held. It was "
        "alleged that the officer had acted in a way which amounted to gross "
        "misconduct.",
        [],
    ),
    # 6. Round-ups: a count restated, then detailed, is one group.
    "count_restated_then_detailed": (
        "Two officers sacked over thefts\n\nTwo police officers have been sacked after "
        "an inquiry. A 29-year-old constable was sacked after three charges were "
        "proved. A 41-year-old detective constable was also sacked.",
        [
            {"rank": "Police Constable", "age": 29, "outcome": "dismissed"},
            {"rank": "Detective Constable", "age": 41, "outcome": "dismissed"},
        ],
    ),
    "hearing_first_day_is_not_the_decision_date": (
        "PC Lou Carr was dismissed. The hearing, starting on 13 November 2023, heard "
        "she had lied.",
        [{"name": "Lou Carr", "hearing_date": None}],
    ),
    # 8. Dates: a weekday's year from the bounds the text gives.
    "weekday_date_after_a_stated_event": (
        "PC Jo Vale was convicted of assault in November 2022. She was dismissed from "
        "Durham Constabulary on Tuesday (September 19) after a misconduct panel found "
        "gross misconduct.",
        [{"name": "Jo Vale", "hearing_date": "2023-09-19"}],
    ),
    "weekday_date_under_a_date_line": (
        "Published: 4 June 2021\n\nPC Ed Moss was dismissed at a misconduct hearing on "
        "Thursday 27 May.",
        [{"name": "Ed Moss", "hearing_date": "2021-05-27"}],
    ),
    "weekday_date_with_no_bound": (
        "PC Ed Moss was dismissed at a misconduct hearing on Thursday 27 May.",
        [{"name": "Ed Moss", "hearing_date": None}],
    ),
    "a_range_of_conduct_dates_is_no_hearing_date": (
        "PC Ed Moss, who accessed records from March 3, 2016 to June 9, 2019, was "
        "dismissed for gross misconduct.",
        [{"name": "Ed Moss", "hearing_date": None}],
    ),
    # 8/11. A forum still to come is nobody's forum.
    "forum_still_to_come_is_not_the_forum_of_a_result": (
        "Six officers have a case to answer for gross misconduct and will be required "
        "to attend a misconduct hearing. Two officers received management action.",
        [{"outcome": "management advice", "proceeding": None}] * 2,
    ),
    "admitted_allegations_of_a_level": (
        "PC Ann Wood admitted two allegations of gross misconduct and was dismissed.",
        [{"name": "Ann Wood", "severity": "gross misconduct", "outcome": "dismissed"}],
    ),
    "found_she_had_demonstrated_a_level": (
        "PC Jo Bell was dismissed after a panel found she had demonstrated gross "
        "misconduct.",
        [{"name": "Jo Bell", "severity": "gross misconduct", "outcome": "dismissed"}],
    ),
    # 7. Standards: alleged ones count once the allegations are found proven.
    "alleged_standards_then_a_level_found": (
        "It was alleged that PC Dan Hale breached the standards of professional "
        "behaviour relating to orders and instructions and confidentiality. The panel "
        "found he had committed gross misconduct and he was dismissed.",
        [
            {
                "name": "Dan Hale",
                "severity": "gross misconduct",
                "outcome": "dismissed",
                "standards": ["orders and instructions", "confidentiality"],
            }
        ],
    ),
    "alleged_standards_answered_by_not_proven": (
        "PC Dan Hale was said to have breached the standards of equality and diversity "
        "and use of force. These allegations were not proven. An allegation of "
        "discreditable conduct was found proven as misconduct and he was given a "
        "written warning.",
        [
            {
                "name": "Dan Hale",
                "outcome": "written warning",
                "standards": ["discreditable conduct"],
            }
        ],
    ),
    # 11. Forces: a force area as an adjective before the officer noun.
    "force_area_before_the_officer_noun": (
        "A constable has been sacked.\n\nThe Cumbria constable was found to have "
        "committed gross misconduct by a panel.",
        [{"force": "Cumbria Constabulary", "outcome": "dismissed"}],
    ),
    "force_area_before_a_possessive_officer": (
        "A panel found that the Suffolk officer's conduct amounted to gross "
        "misconduct. He was dismissed without notice.",
        [{"force": "Suffolk Constabulary", "outcome": "dismissed"}],
    ),
    "force_area_after_the_officer_noun": (
        "A probationer police officer in Norfolk has been dismissed after a panel found "
        "he had lied about his training.",
        [{"force": "Norfolk Constabulary", "outcome": "dismissed"}],
    ),
    "force_name_in_capitals_in_a_heading": (
        "NORTH YORKSHIRE police\n\nMisconduct outcome\n\nPC Lee Dunn was dismissed "
        "without notice at a misconduct hearing.",
        [{"force": "North Yorkshire Police", "name": "Lee Dunn"}],
    ),
    # 7. Standards: a list whose items stand on lines of their own after a lead-in.
    "standards_listed_one_per_line_after_a_lead_in": (
        "PC Jo Hart was found to have breached these standards of professional "
        "behaviour:\n\nUse of force\n\nConfidentiality\n\nShe was given a written "
        "warning.",
        [
            {
                "name": "Jo Hart",
                "outcome": "written warning",
                "standards": ["use of force", "confidentiality"],
            }
        ],
    ),
    "force_used_in_a_sentence_after_a_list_is_not_a_standard": (
        "PC Jo Hart was found to have breached the standard of:\n\nConfidentiality\n\n"
        "The panel heard that colleagues had described the arrest and the use of force "
        "at length before she was given a written warning.",
        [{"name": "Jo Hart", "standards": ["confidentiality"]}],
    ),
    # 5. Tables: each row of a results table is a person of its own.
    "rows_of_an_outcome_table": (
        "Misconduct outcomes\n\nRank | Year | Type of hearing | Standards breached | "
        "Finding | Sanction |\nSergeant | 2022 | Accelerated | Confidentiality | Gross "
        "misconduct found | Dismissed without notice |\nSergeant | 2022 | Misconduct "
        "hearing | Use of force | Misconduct found | Written warning |\nFormer Detective "
        "Constable | 2023 | Accelerated | Discreditable conduct | Gross misconduct found "
        "| Would have been dismissed |",
        [
            {
                "rank": "Sergeant",
                "severity": "gross misconduct",
                "outcome": "dismissed",
                "proceeding": "accelerated misconduct hearing",
                "standards": ["confidentiality"],
            },
            {
                "rank": "Sergeant",
                "severity": "misconduct",
                "outcome": "written warning",
                "standards": ["use of force"],
            },
            {
                "rank": "Detective Constable",
                "former": True,
                "outcome": "would have been dismissed",
                "standards": ["discreditable conduct"],
            },
        ],
    ),
    "grid_rows_that_name_nobody": (
        "Misconduct outcomes\n\nDate\n\nBreach of standards\n\nOutcome\n\nMay 2023\n\n"
        "Confidentiality\n\nWritten warning\n\nJune 2023\n\nUse of force\n\n"
        "Management advice",
        [
            {"outcome": "written warning", "standards": ["confidentiality"]},
            {"outcome": "management advice", "standards": ["use of force"]},
        ],
    ),
    # 3. What a forum may do is not a result.
    "sanctions_a_hearing_may_reach": (
        "Misconduct hearings\n\nThe panel will then decide, which may result in the "
        "officer being dismissed or given a final written warning. Staff who refuse a "
        "drugs test can also be sacked.",
        [],
    ),
    # 8. Dates: a range's last day, whichever order its month and days come in; a
    # summary's publication is not the decision.
    "month_first_range_of_hearing_days": (
        "PC Jo Lee was dismissed at a misconduct hearing held from March 6 to 8, 2024.",
        [{"name": "Jo Lee", "hearing_date": "2024-03-08"}],
    ),
    # 6. Round-ups: a group given a result but never counted or named is two people.
    "uncounted_group_given_a_result": (
        "Cumbria Constabulary officers who shared offensive memes have been sacked.\n\n"
        "The officers were dismissed without notice after a gross misconduct hearing.",
        [{"outcome": "dismissed", "force": "Cumbria Constabulary"}] * 2,
    ),
    "finding_on_the_conduct_of_an_officer": (
        "The conduct of a detective who lied to a court amounted to gross misconduct, "
        "a panel has ruled.",
        [{"severity": "gross misconduct"}],
    ),
    "tallies_in_a_document_of_figures": (
        "Misconduct figures published\n\nThe latest figures show 40 notices were served "
        "on an officer or member of staff last year. Of those, nine resulted in "
        "dismissal without notice and 12 ended with a written warning.",
        [],
    ),
    "a_class_of_people_given_a_result": (
        "Vetting\n\nThose individuals with a dismissal outcome will also be held on the "
        "barred list. Any officer who is dismissed is told in writing.",
        [],
    ),
    "a_suggested_way_of_dealing_with_it": (
        "Our investigation\n\nWe found the sergeant had a case to answer and suggested "
        "this could be dealt with by way of management advice.",
        [],
    ),
    "a_choice_of_results_for_a_group": (
        "Round-up\n\nAll of the constables on the list either were sacked, resigned, "
        "or were handed a final written warning.",
        [],
    ),
    "bare_name_opening_the_story_after_the_lede": (
        "A Suffolk police constable has been dismissed after a misconduct hearing.\n\n"
        "Ewan Pike searched police systems for details of his neighbours.",
        [{"name": "Ewan Pike", "rank": "Police Constable", "outcome": "dismissed"}],
    ),
    "courtesy_title_refers_back_and_makes_nobody": (
        "PC Nia Holt was dismissed without notice.\n\nMs Holt, 29, had ignored a call "
        "from Mr Garner, who later complained. Mr Garner was cleared of any offence.",
        [{"name": "Nia Holt", "age": 29, "outcome": "dismissed"}],
    ),
    "senior_officer_opening_a_clause_with_an_act_is_the_subject": (
        "An officer has been dismissed without notice for drink-driving.\n\n"
        "Detective Superintendent Rhys Vaughan drove home after a party while over "
        "the limit.\n\nChief Superintendent Ola Ade said the officer had let the public "
        "down. Assistant Chief Constable Kim Fry called his actions reckless.",
        [{"name": "Rhys Vaughan", "rank": "Detective Superintendent"}],
    ),
    "one_forum_named_is_everyones": (
        "PC Ada Nolan was dismissed at a gross misconduct hearing last week. Two other "
        "constables received final written warnings after facing the same charges.",
        [
            {"name": "Ada Nolan", "proceeding": "misconduct hearing"},
            {"outcome": "final written warning", "proceeding": "misconduct hearing"},
            {"outcome": "final written warning", "proceeding": "misconduct hearing"},
        ],
    ),
    "rank_stated_as_what_a_person_worked_as": (
        "A member of police staff was dismissed for gross misconduct.\n\nThe staff "
        "member, who worked as a Police Community Support Officer in Ely, was "
        "suspended.",
        [{"rank": "Police Community Support Officer", "outcome": "dismissed"}],
    ),
    "age_standing_for_the_person": (
        "PC Lyn Vose was dismissed without notice. The 37-year-old from Crewe had "
        "served for ten years. The 19-year-old man she arrested was unhurt.",
        [{"name": "Lyn Vose", "age": 37}],
    ),
    "age_after_aged_with_no_closing_comma": (
        "PC Lyn Vose, aged 37 had served for ten years before she was dismissed.",
        [{"name": "Lyn Vose", "age": 37}],
    ),
    "breaches_found_under_the_storys_level": (
        "Officers who shared offensive messages have been found guilty of gross "
        "misconduct.\n\nAfter the hearing, the panel said PC Ian Rowe and Sgt Joy Bird "
        "had breached the standards of professional behaviour.",
        [
            {"name": "Ian Rowe", "severity": "gross misconduct"},
            {"name": "Joy Bird", "severity": "gross misconduct"},
        ],
    ),
    "level_found_but_sanction_still_to_be_decided": (
        "At a hearing in Leeds, PC Kai Moss was found guilty of gross misconduct. The "
        "chair said it was yet to be decided whether he would be dismissed, and the "
        "hearing will resume next month.",
        [{"name": "Kai Moss", "severity": "gross misconduct"}],
    ),
    "a_finding_potentially_leading_to_a_sanction": (
        "The panel found that Sgt Eve Lund's messages constituted gross misconduct, "
        "potentially leading to her dismissal.",
        [{"name": "Eve Lund", "severity": "gross misconduct"}],
    ),
    "a_forum_dismissing_the_allegations": (
        "On the second day the panel dismissed the four allegations of misconduct "
        "against PC Ray Moon.",
        [{"name": "Ray Moon", "outcome": "not proven"}],
    ),
    "standards_alleged_then_proven_join_those_found": (
        "PC Zoe Park was alleged to have breached the standards of professional "
        "behaviour in relation to confidentiality and discreditable conduct. The chair "
        "found the allegations proven and she was given a final written warning. The "
        "chair said this was a clear breach of the standard of honesty and integrity.",
        [
            {
                "name": "Zoe Park",
                "standards": [
                    "confidentiality",
                    "discreditable conduct",
                    "honesty and integrity",
                ],
            }
        ],
    ),
    "the_hearing_is_the_only_forum_the_story_names": (
        "Two constables were the subject of separate accelerated misconduct hearings "
        "chaired by the chief constable. At the hearing PC Lin Ross was dismissed.",
        [{"name": "Lin Ross", "proceeding": "accelerated misconduct hearing"}],
    ),
    "an_ordinary_hearing_named_too_keeps_its_own": (
        "The force uses accelerated misconduct hearings in some cases. PC Lin Ross "
        "was dismissed after a disciplinary hearing found gross misconduct.",
        [{"name": "Lin Ross", "proceeding": "misconduct hearing"}],
    ),
    "a_sanction_from_before_is_not_this_result": (
        "PC Joe Bell, who had previously been given management advice about his "
        "driving, would have been dismissed had he not resigned.",
        [{"name": "Joe Bell", "outcome": "would have been dismissed"}],
    ),
    "round_up_level_is_each_dismissed_persons": (
        "Kent Police has sacked 12 officers for gross misconduct this year.\n\nAmong "
        "them was Inspector Dan Pole, who was dismissed for assaulting a colleague.",
        [{"name": "Dan Pole", "severity": "gross misconduct", "outcome": "dismissed"}],
    ),
    "names_with_accents_and_apostrophes": (
        "PC Ciarán O'Neill was dismissed without notice. Sgt Zoë Brontë was given a "
        "final written warning.",
        [{"name": "Ciarán O'Neill"}, {"name": "Zoë Brontë"}],
    ),
    "what_someone_still_was_is_nobody_new": (
        "Former PC Ann Dee would have been dismissed. The chair said that if she was "
        "still a serving police officer she would have been dismissed without notice.",
        [{"name": "Ann Dee", "outcome": "would have been dismissed"}],
    ),
    "a_label_in_apposition_is_the_same_person": (
        "A Surrey Police officer harassed colleagues, a panel found.\n\nThe officer, "
        "referred to only as Officer K, was found to have committed gross misconduct. "
        "Officer K had resigned.",
        [{"severity": "gross misconduct", "former": True}],
    ),
    "pronoun_is_the_subject_just_named": (
        "PC Amy Dale and PC Ben Wray were found guilty of gross misconduct. Both Dale "
        "and Wray worked nights. Dale resigned in May but was told she would have been "
        "dismissed. PC Wray was dismissed.",
        [
            {"name": "Amy Dale", "outcome": "would have been dismissed"},
            {"name": "Ben Wray", "outcome": "dismissed"},
        ],
    ),
    "a_quotation_opened_again_closes_where_it_ends": (
        'PC Ben Wray was given a written warning. The chief said: "We expect '
        'honesty. Officers must act well. "This was wrong." PC Amy Dale resigned in '
        "May but was told she would have been dismissed.",
        [
            {"name": "Ben Wray", "outcome": "written warning"},
            {"name": "Amy Dale", "outcome": "would have been dismissed"},
        ],
    ),
    "a_description_in_apposition_and_a_predicate_are_the_same_person": (
        "A Met officer has been sacked for gross misconduct.\n\nThe officer, a chief "
        "inspector, had claimed online that he was a serving police officer with a "
        "firearms licence. The officer was dismissed without notice.",
        [{"rank": "Chief Inspector", "outcome": "dismissed"}],
    ),
    "a_count_restating_the_people_just_named": (
        "Police constables Ian Hope and May Lowe, of Kent Police, faced a hearing. Two "
        "officers who filmed videos on duty were found to have committed gross "
        "misconduct.",
        [
            {"name": "Ian Hope", "severity": "gross misconduct"},
            {"name": "May Lowe", "severity": "gross misconduct"},
        ],
    ),
    "allegations_found_to_be_true_count_their_standards": (
        "PC Zak Hale faced allegations that he breached the standard of "
        "confidentiality. The chair found the allegations to be true and he was "
        "dismissed.",
        [{"name": "Zak Hale", "standards": ["confidentiality"]}],
    ),
    "second_title_before_the_name": (
        "A misconduct panel found that Kent officers Pc Ola Brown and Pc Tim Ray had "
        "committed gross misconduct. Both were dismissed.",
        [{"name": "Ola Brown"}, {"name": "Tim Ray"}],
    ),
    "headline_case_verbs_are_not_names": (
        # A headline in title case: "Fired Under New" is no name.
        "Kent Police: 40 Officers Fired Under New Chief's Rules\n\nThe chief constable "
        "has dismissed 40 officers in two years. One of them, PC Dan Hale, was "
        "dismissed after a misconduct hearing.",
        [{"name": "Dan Hale", "outcome": "dismissed"}],
    ),
    "surname_named_in_full_by_a_form": (
        # A notice's form gives the full name; the findings call the officer by surname.
        "Kent Police\nName |\nRank |\nJo Marsh |\nPolice Constable |\nFINDINGS\nPC Marsh "
        "admitted the allegations. Constable Marsh was given a final written warning.",
        [{"name": "Jo Marsh", "outcome": "final written warning"}],
    ),
    "surname_alone_when_two_full_names_share_it": (
        # Two full names share the surname: the surname alone is not completed.
        "PC Marsh was given a final written warning. Witnesses Ann Marsh and Bob Marsh "
        "gave evidence.",
        [{"name": "Marsh", "outcome": "final written warning"}],
    ),
    "an_acting_rank_is_not_the_rank_held": (
        "A misconduct panel heard that the prisoner was pushed by acting inspector Lee Dunn. "
        "Sergeant Dunn was dismissed without notice.",
        [{"name": "Lee Dunn", "rank": "Sergeant", "outcome": "dismissed"}],
    ),
    "a_double_surname_alone_is_the_person_named_in_full": (
        "PC Ann Mason Hill was dismissed after a misconduct hearing. PC Mason Hill had "
        "been convicted of assault.",
        [{"name": "Ann Mason Hill", "outcome": "dismissed", "criminal": "convicted"}],
    ),
    "a_surname_misspelt_by_one_letter_is_the_same_person": (
        "PC Tom Garrett was dismissed after a misconduct hearing. The panel said PC "
        "Garret's actions fell well below the standards and dismissal was the outcome.",
        [{"name": "Tom Garrett", "outcome": "dismissed"}],
    ),
    "two_full_names_of_different_length_sharing_a_surname": (
        # Different given names are different people, whatever the number of words.
        "PC Tom Hill was dismissed. PC Ann Mason Hill was given a written warning.",
        [
            {"name": "Tom Hill", "outcome": "dismissed"},
            {"name": "Ann Mason Hill", "outcome": "written warning"},
        ],
    ),
    "a_hearing_of_several_days_decided_everyone_on_its_last": (
        "Former PC Al Dean would have been dismissed had he not resigned. PC Bea Ford was "
        "given a written warning. The misconduct hearing sat over two days, on 2 May 2023 "
        "and 3 May 2023.",
        [
            {"name": "Al Dean", "hearing_date": "2023-05-03"},
            {"name": "Bea Ford", "hearing_date": "2023-05-03"},
        ],
    ),
    "a_case_to_answer_list_cut_at_semicolons_stays_alleged": (
        "PC Ty Rowe was dismissed at a misconduct hearing. We found he had a case to "
        "answer for misconduct for breaches of the standards relating to honesty and "
        "integrity; confidentiality; and use of force.",
        [{"name": "Ty Rowe", "outcome": "dismissed", "standards": None}],
    ),
    "a_quoted_report_adding_one_more_person_to_a_decision": (
        "PC Al Bond was given a final written warning at a misconduct hearing.\n"
        'The superintendent said: "After a review, one other officer was given management '
        'advice. An officer who shares such messages has no place in policing."',
        [
            {"name": "Al Bond", "outcome": "final written warning"},
            {"outcome": "management advice"},
        ],
    ),
    "a_co_accused_along_with_the_subject_shares_the_clearing": (
        "PC Dan Cole was given a written warning for misconduct. He also faced a hearing, "
        "together with another officer, over claims they had lied, but each was cleared of "
        "breaching the standards of honesty and integrity.",
        [{"name": "Dan Cole", "outcome": "written warning"}, {"outcome": "not proven"}],
    ),
    "why_a_hearing_sat_is_what_it_was_to_decide": (
        "PC Di Hart was dismissed at a misconduct hearing. The hearing was convened because "
        "PC Hart breached the standards relating to confidentiality and discreditable conduct.",
        [{"name": "Di Hart", "outcome": "dismissed", "standards": None}],
    ),
    "a_date_in_what_the_hearing_was_told_is_the_conducts": (
        "PC Jo Vale was dismissed after a misconduct panel found her guilty of gross "
        "misconduct. The misconduct hearing was told that the assault happened on 4 May 2023.",
        [{"name": "Jo Vale", "hearing_date": None}],
    ),
    "a_date_before_what_the_hearing_heard_is_the_hearings": (
        "At the misconduct hearing on 9 June 2023, the panel heard how PC Jo Vale had "
        "pushed a man. She was dismissed.",
        [{"name": "Jo Vale", "hearing_date": "2023-06-09"}],
    ),
    "a_question_put_to_a_panel_is_no_finding": (
        "PC Ty Moss had a case to answer for gross misconduct. He was given a final written "
        "warning. It was for the panel to decide whether the allegations were proven.",
        [{"name": "Ty Moss", "outcome": "final written warning", "severity": None}],
    ),
    "the_rank_held_at_the_time_outranks_a_later_title": (
        "PC Ed Shaw was found guilty of gross misconduct. The assault happened in 2012, when "
        "PC Shaw was working as a PCSO in the town.",
        [{"name": "Ed Shaw", "rank": "Police Community Support Officer"}],
    ),
    "a_chief_officer_chairing_is_not_the_officer": (
        "A former Kent Police officer was not named. A special case hearing chaired by the "
        "Chief Constable ruled the officer would have been dismissed for gross misconduct.",
        [{"rank": None, "outcome": "would have been dismissed", "former": True}],
    ),
    "a_result_as_the_peoples_adjective": (
        "The tribunal heard the appeals of two sacked constables from Kent Police.",
        [{"rank": "Police Constable", "outcome": "dismissed"}] * 2,
    ),
    "a_pair_told_apart_by_sex": (
        "Two Kent Police officers breached standards.\n\nThe male and female constables "
        "admitted the allegations. They were both found to have breached the standards of "
        "honesty and integrity and the female was dismissed without notice. The male would "
        "also have been dismissed had he not already resigned.",
        [
            {"outcome": "dismissed"},
            {"outcome": "would have been dismissed", "former": True},
        ],
    ),
    "she_is_the_woman_of_the_people_spoken_of": (
        "PC Amy Lee and PC Tom Hart faced a misconduct hearing. Mr Hart was given a final "
        "written warning. She was dismissed without notice.",
        [
            {"name": "Amy Lee", "outcome": "dismissed"},
            {"name": "Tom Hart", "outcome": "final written warning"},
        ],
    ),
    "another_with_its_verb_left_out": (
        "A Kent Police officer has been dismissed and another issued a final written warning "
        "for gross misconduct.",
        [
            {"outcome": "dismissed", "severity": "gross misconduct"},
            {"outcome": "final written warning", "severity": "gross misconduct"},
        ],
    ),
    "a_guilty_plea_to_a_misconduct_charge_is_an_admission": (
        "Officer pleads guilty\n\nPC Al Bond pleaded guilty on Wednesday to a misconduct "
        "charge at a misconduct hearing. His sanction will be decided later.",
        [{"name": "Al Bond", "severity": "misconduct", "criminal": None}],
    ),
    "a_group_barred_for_a_breach_before_its_people_are_named": (
        "Two Kent Police officers have been banned from policing after breaching honesty and "
        "integrity standards. Sgt Raj Gill and PC Ann Cole were found guilty of gross "
        "misconduct at a hearing.",
        [
            {
                "name": "Raj Gill",
                "standards": ["honesty and integrity"],
                "barred": True,
            },
            {
                "name": "Ann Cole",
                "standards": ["honesty and integrity"],
                "barred": True,
            },
        ],
    ),
    "no_case_to_answer_after_a_hearing_clears_an_officer_known_by_initials": (
        "No Case to Answer for a Police Officer Following a Gross Misconduct Hearing\n\nPC "
        "SR was subject to gross misconduct proceedings. The hearing was chaired by Chief "
        "Constable BJ Harrington.",
        [{"rank": "Police Constable", "outcome": "not proven"}],
    ),
    "a_count_whose_apposition_names_its_people": (
        "Two Kent Police officers, PC Ann Reid and PC Bob Marsh, were found to have "
        "committed misconduct. PC Reid received a written warning while PC Marsh was given "
        "management advice.",
        [
            {"name": "Ann Reid", "outcome": "written warning"},
            {"name": "Bob Marsh", "outcome": "management advice"},
        ],
    ),
    "a_bare_plural_before_a_modal_is_a_class": (
        "What happens at a misconduct hearing\n\nOfficers found to have committed gross "
        "misconduct can be dismissed without notice. Sanctions available include a written "
        "warning and a final written warning.",
        [],
    ),
    "a_bare_name_with_its_age_in_brackets": (
        "Officer dismissed\n\nThomas Grant (41) was dismissed from Kent Police after a "
        "misconduct hearing. Grant had lied about his sickness.",
        [{"name": "Thomas Grant", "age": 41, "outcome": "dismissed"}],
    ),
    "a_notice_in_capitals_with_a_dotted_rank": (
        "Notice of outcome\n\nP.S. JANE DOE of Essex Police was given a final written warning "
        "at a misconduct meeting. POLICE CONSTABLE 4321 ADAM LEE was dismissed.",
        [
            {
                "name": "Jane Doe",
                "rank": "Sergeant",
                "outcome": "final written warning",
            },
            {"name": "Adam Lee", "rank": "Police Constable", "outcome": "dismissed"},
        ],
    ),
    "the_pair_is_both_people_just_named": (
        "Former PC Al Ray and former PC Bo Fay resigned before a misconduct hearing found "
        "gross misconduct proven. The pair have been barred from policing.",
        [{"name": "Al Ray", "barred": True}, {"name": "Bo Fay", "barred": True}],
    ),
    "a_bar_on_a_whole_class_is_nobodys": (
        "PC Jo Hart was dismissed at a misconduct hearing. All officers dismissed for gross "
        "misconduct are referred to the barred list.",
        [{"name": "Jo Hart", "outcome": "dismissed", "barred": None}],
    ),
    "the_body_wins_over_the_headline": (
        "PC sacked\n\nPC Jon Hale of Dyfed-Powys Police was cleared of all allegations at a "
        "misconduct hearing on 9 January 2024.",
        [{"name": "Jon Hale", "outcome": "not proven"}],
    ),
    "a_civilian_convicted_of_attacking_an_officer_is_no_entry": (
        "Man jailed for attacking officer\n\nA man who attacked a police officer in Leeds has "
        "been jailed. John Lamb, 34, was convicted of assaulting PC Sue Dean at Leeds Crown "
        "Court.",
        [],
    ),
    "a_bare_name_with_an_age_names_the_officer_of_the_story": (
        "Police officer sacked\n\nA Kent Police officer has been dismissed. Rhett Wilson, 27, "
        "admitted gross misconduct at the hearing.",
        [{"name": "Rhett Wilson", "age": 27, "outcome": "dismissed"}],
    ),
    # 8/11. A forum held for a person whose only result is a court's verdict.
    "forum_held_for_a_person_convicted_in_court": (
        "Misconduct outcome\n\nThe former constable had been convicted of theft. It "
        "was determined that the case against him be heard at a special case hearing.",
        [
            {
                "former": True,
                "criminal": "convicted",
                "proceeding": "accelerated misconduct hearing",
            }
        ],
    ),
    "forum_a_convicted_person_resigned_ahead_of": (
        "Conduct report\n\nA sergeant resigned ahead of a gross misconduct hearing. "
        "He had pleaded guilty at court to assault.",
        [{"rank": "Sergeant", "former": True, "criminal": "convicted"}],
    ),
    # 2. A definite description of someone met before adds what it says of them.
    "definite_description_adds_an_age": (
        "Kent Police sergeant sacked\n\nA sergeant was dismissed at a misconduct "
        "hearing. The 45-year-old sergeant, who has not been named, had lied.",
        [{"rank": "Sergeant", "age": 45, "outcome": "dismissed"}],
    ),
    "plural_description_gives_the_group_a_rank": (
        "Two Dorset Police officers were cleared of gross misconduct at a hearing "
        "yesterday. The two PCs said the case had taken five years.",
        [{"rank": "Police Constable", "outcome": "not proven"}] * 2,
    ),
    # 2. The rank held then, said in a relative clause after the name.
    "rank_held_then_in_a_relative_clause": (
        "Officers disciplined\n\nPC Ann Lee was dismissed. Her colleagues, Sergeant "
        "Tom Wills and PC Kay Moss, were handed final written warnings at the same "
        "hearing.\n\nThe panel heard that Sgt Wills, who was a police constable when "
        "the messages were sent, did not report them.",
        [
            {"name": "Ann Lee", "rank": "Police Constable", "outcome": "dismissed"},
            {
                "name": "Tom Wills",
                "rank": "Police Constable",
                "outcome": "final written warning",
            },
            {
                "name": "Kay Moss",
                "rank": "Police Constable",
                "outcome": "final written warning",
            },
        ],
    ),
    # 6. "Both", "the pair": two people, even when only one was last in view.
    "the_pair_is_two_when_one_was_last_spoken_of": (
        "Two Kent officers dismissed\n\nPC Ann Lee and PC Joe Bloom were dismissed "
        "at a gross misconduct hearing. Lee denied the allegations. Bloom admitted "
        "them.\n\nThe pair have been barred from policing.",
        [
            {"name": "Ann Lee", "outcome": "dismissed", "barred": True},
            {"name": "Joe Bloom", "outcome": "dismissed", "barred": True},
        ],
    ),
    # 2. A senior rank is the subject when the clause makes it one (probe-driven).
    "senior_rank_of_a_force_is_the_subject": (
        "Superintendent dismissed\n\nSupt Clare Whitby of Essex Police was dismissed "
        "on Tuesday after a hearing found she had committed gross misconduct.\n\n"
        'Chief Constable Ben Harrington said: "This fell far below our standards."',
        [{"name": "Clare Whitby", "rank": "Superintendent", "outcome": "dismissed"}],
    ),
    "former_chief_constable_in_lower_case": (
        "The former deputy chief constable of Cleveland Police would have been "
        "dismissed had he still been serving, a panel has ruled.",
        [
            {
                "rank": "Deputy Chief Constable",
                "former": True,
                "outcome": "would have been dismissed",
            }
        ],
    ),
    # 6. Round-ups: members of a group taken one by one ("one of the officers", "the
    # other", "two of them ... the third"; made-up probes).
    "one_of_the_officers_and_the_other": (
        "Two officers disciplined\n\nTwo West Yorkshire Police officers have been "
        "disciplined after a man was hurt during an arrest.\n\nOne of the officers "
        "was given a written warning, while the other received management advice.",
        [{"outcome": "written warning"}, {"outcome": "management advice"}],
    ),
    "two_of_them_and_the_third": (
        "Three Norfolk Constabulary officers faced a misconduct hearing last week. "
        "Two of them were dismissed and the third was given a final written warning.",
        [{"outcome": "dismissed"}] * 2 + [{"outcome": "final written warning"}],
    ),
    "one_of_the_constables_then_the_other_sentence": (
        "Two Surrey Police constables appeared before a misconduct panel.\n\nOne of "
        "the constables was dismissed. The other was given a written warning.",
        [
            {"rank": "Police Constable", "outcome": "dismissed"},
            {"rank": "Police Constable", "outcome": "written warning"},
        ],
    ),
    # 3/4. A description naming its force before a modal is someone in particular,
    # not anyone (made-up probe).
    "force_named_description_before_a_negated_modal": (
        "Officer not sacked\n\nA Sussex Police sergeant will not be dismissed after "
        "a misconduct hearing found his conduct did not amount to gross misconduct. "
        "He was instead given a written warning.",
        [{"rank": "Sergeant", "outcome": "written warning"}],
    ),
    # 7. A list cut at semicolons reads in its lead-in's context (made-up probe).
    "standards_list_cut_at_semicolons_after_a_label": (
        "Outcome notice\n\nName: PC 1234 Mark Dolan\nForce: Cumbria Constabulary\n"
        "Outcome: Final written warning\nStandards breached: Authority, respect and "
        "courtesy; Use of force",
        [
            {
                "name": "Mark Dolan",
                "outcome": "final written warning",
                "standards": ["authority, respect and courtesy", "use of force"],
            }
        ],
    ),
    # 2. "the 30-year-old" set off by a comma refers back to the person (made-up probe).
    "age_standing_for_the_person_before_a_comma": (
        "Staff member sacked\n\nA member of police staff at Merseyside Police has been "
        "sacked.\n\nThe 52-year-old, who worked as a call handler, admitted gross "
        "misconduct at an accelerated hearing.",
        [{"rank": "Police Staff", "age": 52, "outcome": "dismissed"}],
    ),
    # 10. Former officers: "dismissed" after already resigning (made-up probes).
    "dismissed_after_resigning_is_would_have_been": (
        "PC Dan Wyatt, who resigned from Thames Valley Police in May, was dismissed in "
        "his absence at a gross misconduct hearing on 3 July 2024.",
        [{"name": "Dan Wyatt", "former": True, "outcome": "would have been dismissed"}],
    ),
    "resigned_after_the_dismissal_was_serving": (
        "PC Dan Wyatt was dismissed at a gross misconduct hearing on 3 July 2024. His "
        "colleague, who has since retired, gave evidence.",
        [{"name": "Dan Wyatt", "outcome": "dismissed"}],
    ),
    # 5. A table typed in Markdown: each row a person of its own (made-up probe).
    "markdown_table_rows_are_people": (
        "Table of outcomes\n\n| Rank | Year | Outcome |\n|---|---|---|\n"
        "| PC | 2021 | Dismissed |\n| Sergeant | 2022 | Final written warning |",
        [
            {"rank": "Police Constable", "outcome": "dismissed"},
            {"rank": "Sergeant", "outcome": "final written warning"},
        ],
    ),
    # 5. A rank alone on a line heading each record (made-up probe).
    "records_headed_by_a_rank_alone": (
        "Hearing outcomes\n\nPolice Constable\nGross misconduct proven. Dismissed "
        "without notice.\n\nDetective Sergeant\nMisconduct proven. Final written "
        "warning.",
        [
            {
                "rank": "Police Constable",
                "severity": "gross misconduct",
                "outcome": "dismissed",
            },
            {
                "rank": "Detective Sergeant",
                "severity": "misconduct",
                "outcome": "final written warning",
            },
        ],
    ),
    # 5. An FOI grid whose cells ran together (made-up probe).
    "grid_rows_whose_year_and_rank_ran_together": (
        "FOI response\n\nYear Rank Outcome\n2021A Police Sergeant Final written "
        "warning\n2022A Police Constable Dismissed",
        [
            {"rank": "Sergeant", "outcome": "final written warning"},
            {"rank": "Police Constable", "outcome": "dismissed"},
        ],
    ),
    # 11. Forces: the employer outweighs the force named for something else (made-up
    # probes).
    "employer_outweighs_the_investigated_force": (
        "IOPC investigation\n\nThe IOPC investigated Surrey Police after a complaint. "
        "Following our investigation, a Sussex Police constable was given a final "
        "written warning at a misconduct meeting.",
        [{"force": "Sussex Police", "outcome": "final written warning"}],
    ),
    "force_before_a_capitalised_rank_is_the_employer": (
        "Forces under the spotlight\n\nA look at Avon and Somerset Police's standards "
        "department showed how forces deal with misconduct. Last week, Wiltshire "
        "Police Inspector Andy Moss was dismissed without notice.",
        [{"force": "Wiltshire Police", "name": "Andy Moss", "outcome": "dismissed"}],
    ),
    # 4/10. "Sacked" in a headline over a former officer who would have been dismissed
    # is one person (made-up probe).
    "headline_sacked_over_would_have_been_dismissed": (
        "Officer sacked\n\nAn Essex Police sergeant who resigned on 3 January 2024 was "
        "found to have committed gross misconduct at a hearing on 8 March 2024 and "
        "would have been dismissed.",
        [{"rank": "Sergeant", "former": True, "outcome": "would have been dismissed"}],
    ),
    # 8. Dates: the end of a range a forum sat over is its last day; a range of the
    # conduct is not (made-up probes).
    "last_day_of_the_range_a_hearing_ran_over": (
        "Officer sacked\n\nPublished 4 March 2025\n\nA Humberside Police constable was "
        "dismissed at a hearing which ran from Monday 24 February to Wednesday 26 "
        "February.",
        [
            {
                "rank": "Police Constable",
                "outcome": "dismissed",
                "hearing_date": "2025-02-26",
            }
        ],
    ),
    "range_of_the_conduct_is_not_the_hearing_date": (
        "Officer sacked\n\nPublished 4 March 2025\n\nA Humberside Police constable was "
        "dismissed at a hearing after lying from 3 January to 5 February 2024.",
        [{"rank": "Police Constable", "outcome": "dismissed", "hearing_date": None}],
    ),
    # 2. A name given only inside a quoted statement, with the same result, names the
    # story's one person; a quote with another result names nobody (made-up probes).
    "name_only_inside_a_quoted_statement": (
        'Officer dismissed\n\n"PC Amy Bell has been dismissed and that is the right '
        'outcome," the Chief Constable of Dorset Police said.',
        [{"name": "Amy Bell", "rank": "Police Constable", "outcome": "dismissed"}],
    ),
    "quoted_name_with_another_result_names_nobody": (
        'Officer dismissed\n\nA Dorset Police constable was dismissed yesterday. "PC '
        'Amy Bell was cleared last year," a spokesman said.',
        [{"rank": "Police Constable", "outcome": "dismissed", "name": None}],
    ),
    # 2. A surname referring back, with an age (made-up probe).
    "surname_back_reference_with_an_age": (
        "Two officers sacked\n\nPC Jon Rees and PC Kate Mills of Gwent Police were "
        "dismissed at a gross misconduct hearing. Rees, 34, had lied. Mills (29) had "
        "failed to report him.",
        [{"name": "Jon Rees", "age": 34}, {"name": "Kate Mills", "age": 29}],
    ),
    # 8/9. A court's day is not the forum's (made-up probe).
    "court_date_is_not_the_hearing_date": (
        "Officers dismissed\n\nPublished 2 September 2023\n\nTwo Sussex Police "
        "constables who, following a trial at Hove Magistrates' Court on May 15, were "
        "convicted of assault were dismissed at an accelerated misconduct hearing.",
        [{"criminal": "convicted", "outcome": "dismissed", "hearing_date": None}] * 2,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_construction_is_read(name):
    text, expected = CASES[name]
    people = _people(text)
    assert len(people) == len(expected), people
    for wanted, found in zip(expected, people, strict=True):
        assert _subset(wanted, found), (wanted, found)


def test_publication_day_is_not_the_hearing_date():
    people = _people(
        "A summary of the hearing, held in May 2022 but published on 3 October 2022, "
        "said PC Jo Lee had been dismissed."
    )
    assert [(p["name"], p.get("hearing_date")) for p in people] == [("Jo Lee", None)]


def test_leaving_after_the_result_leaves_the_person_serving_when_it_was_decided():
    # 10. Former officers.
    people = _people(
        "An inspector was demoted to sergeant after a misconduct hearing. She resigned "
        "as soon as the outcome was announced, the force said."
    )
    assert [(p.get("outcome"), p.get("former", False)) for p in people] == [
        ("reduction in rank", False)
    ]


def test_the_former_officer_is_the_one_who_has_left():
    people = _people(
        "Ex-PC Rob Hale would have been dismissed, a hearing found. At the same "
        "hearing serving PC Amy Cole was given a written warning. The chair said the "
        "former officer had let the public down."
    )
    assert [(p["name"], p.get("former", False)) for p in people] == [
        ("Rob Hale", True),
        ("Amy Cole", False),
    ]


def test_a_conviction_of_someone_the_officer_knew_is_not_theirs():
    # 9. A member of the public's conviction is not the officer's.
    people = _people(
        "DI Sue Hart was dismissed for failing to report an association with a "
        "person convicted of an offence."
    )
    assert [(p["name"], p.get("criminal")) for p in people] == [("Sue Hart", None)]


def test_a_sanction_alone_does_not_prove_the_standards_alleged():
    # SCHEMA.md: alleged standards count when the text says the allegations were
    # found proven, not merely because a sanction followed.
    [person] = _people(
        "It was alleged that PC Zak Hale breached the standards of professional "
        "behaviour relating to confidentiality. He was given a written warning."
    )
    assert person.get("standards") is None


@pytest.mark.parametrize(
    "text",
    [
        # A whole sentence that states an allegation, its list cut at semicolons.
        "PC Zak Hale faced allegations that he breached the standards, namely: "
        "confidentiality; orders and instructions; and discreditable conduct. He was "
        "given a written warning.",
        # What a hearing was told is the case put to it.
        "PC Zak Hale was given a written warning. The hearing was told he did not "
        "treat colleagues with respect and courtesy.",
    ],
)
def test_standards_only_alleged_are_not_found(text):
    [person] = _people(text)
    assert (person["outcome"], person.get("standards")) == ("written warning", None)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("PC SR was dismissed at a misconduct hearing.", "PC SR"),
        ("Officer B was dismissed at a misconduct hearing.", "Officer B"),
    ],
)
def test_a_label_is_a_letter_or_a_pair_of_initials(text, label):
    [person] = extract_release(clean_text(text)).people
    assert person.label == label


@pytest.mark.parametrize(
    "text",
    [
        "A hearing chaired by Chief Constable BJ Harrington dismissed PC Al Ray.",
        "THE CHIEF CONSTABLE OF KENT POLICE dismissed PC Al Ray.",
    ],
)
def test_capitals_after_a_rank_that_are_no_label(text):
    assert [p.label for p in extract_release(clean_text(text)).people] == [""]
