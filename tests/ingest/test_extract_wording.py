"""Table tests for cases/ingest/extract.py on short documents written for these tests in
the styles the archive meets (IOPC releases, force outcome notices and pages, news
reports, documents with no outcome), each with the SCHEMA.md record labelled by hand.

They exercise wordings, not documents: "sacked", "handed a final written warning",
"would have been dismissed had she not retired", "found guilty at Crown Court", "cleared
of gross misconduct", accelerated hearings and misconduct meetings, police staff and
special constables, anonymised "Officer B", several people with different results.
"""

import pytest

from cases.ingest.extract import extract_path


def officer(**fields):
    """An expected officer: SCHEMA.md's fields, with the defaults of a person the text
    says little about."""
    record = {
        "name": None,
        "rank": None,
        "force": None,
        "former": False,
        "age": None,
        "severity": None,
        "outcome": None,
        "criminal": None,
        "proceeding": None,
        "hearing_date": None,
        "standards": [],
        "barred": False,
    }
    unknown = set(fields) - set(record)
    assert not unknown, unknown
    record.update(fields)
    return record


DOCUMENTS = {
    # An IOPC release: a former officer, an accelerated hearing, "had she not resigned".
    "accelerated_hearing_former_constable": (
        """Former Merseyside Police officer would have been sacked for lying

A former Merseyside Police constable would have been dismissed had she not resigned, \
after an accelerated misconduct hearing found she had lied to investigators.

At the hearing on 14 October 2022, former PC Kelly Brennan was found to have breached \
the standards of professional behaviour relating to honesty and integrity and \
discreditable conduct, which amounted to gross misconduct.

She will be added to the College of Policing barred list.
""",
        True,
        "Merseyside Police",
        [
            officer(
                name="Kelly Brennan",
                rank="Police Constable",
                force="Merseyside Police",
                former=True,
                severity="gross misconduct",
                outcome="would have been dismissed",
                proceeding="accelerated misconduct hearing",
                hearing_date="2022-10-14",
                standards=["honesty and integrity", "discreditable conduct"],
                barred=True,
            )
        ],
    ),
    # A news report: "sacked", a Crown Court conviction, then a special case hearing on
    # a weekday the text cannot date.
    "news_detective_sacked_after_conviction": (
        """Detective sacked after stealing from dead man's home

A Devon and Cornwall Police detective sergeant who stole cash from the home of a man \
who had died has been sacked.

DS Mark Pengelly, 44, was found guilty of theft at Exeter Crown Court and was given a \
suspended sentence.

At a special case hearing on Tuesday, he was dismissed without notice after the chief \
constable found his conduct amounted to gross misconduct.
""",
        True,
        "Devon and Cornwall Police",
        [
            officer(
                name="Mark Pengelly",
                rank="Detective Sergeant",
                force="Devon and Cornwall Police",
                age=44,
                severity="gross misconduct",
                outcome="dismissed",
                criminal="convicted",
                proceeding="accelerated misconduct hearing",
            )
        ],
    ),
    # A force outcome notice with labelled fields and three officers.
    "force_notice_three_officers": (
        """Outcome of misconduct hearing - Lincolnshire Police

Name of officer: Police Sergeant 9416 John Hargreaves
Date of hearing: 3 to 5 May 2023
Allegation: That on 12 June 2022 PS Hargreaves failed to record a domestic abuse \
report and later gave a false account to his supervisor. This breached the Standards \
of Professional Behaviour in respect of Honesty and Integrity and Discreditable Conduct.
Finding: Gross misconduct proven
Outcome: Dismissed without notice

Name of officer: Police Constable 2231 Amy Lister
Date of hearing: 3 to 5 May 2023
Allegation: That PC Lister failed to carry out enquiries she had been tasked with. \
This breached the Standards of Professional Behaviour in respect of Duties and \
Responsibilities.
Finding: Misconduct proven
Outcome: Final written warning

Name of officer: Police Constable 1187 Daniel Webb
Date of hearing: 3 to 5 May 2023
Allegation: That PC Webb failed to challenge the conduct of a colleague.
Finding: Not proven
""",
        True,
        "Lincolnshire Police",
        [
            officer(
                name="John Hargreaves",
                rank="Sergeant",
                force="Lincolnshire Police",
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2023-05-05",
                standards=["honesty and integrity", "discreditable conduct"],
            ),
            officer(
                name="Amy Lister",
                rank="Police Constable",
                force="Lincolnshire Police",
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2023-05-05",
                standards=["duties and responsibilities"],
            ),
            officer(
                name="Daniel Webb",
                rank="Police Constable",
                force="Lincolnshire Police",
                outcome="not proven",
                proceeding="misconduct hearing",
                hearing_date="2023-05-05",
            ),
        ],
    ),
    # Police staff at a misconduct meeting; a month but no day.
    "call_handler_management_advice": (
        """Call handler given management advice

A call handler at Lancashire Constabulary has been given management advice after \
failing to pass on a report of domestic abuse.

The member of police staff attended a misconduct meeting in January 2024, where \
misconduct was found proven in relation to duties and responsibilities.
""",
        True,
        "Lancashire Constabulary",
        [
            officer(
                rank="Police Staff",
                force="Lancashire Constabulary",
                severity="misconduct",
                outcome="management advice",
                proceeding="misconduct meeting",
                standards=["duties and responsibilities"],
            )
        ],
    ),
    # A special constable named with his rank, a meeting with a full date.
    "special_constable_written_warning": (
        """Special Constable Lee Harding of Wiltshire Police received a written \
warning at a misconduct meeting held on 2 February 2021.

The meeting found that he had breached the standard of orders and instructions, which \
amounted to misconduct.
""",
        True,
        "Wiltshire Police",
        [
            officer(
                name="Lee Harding",
                rank="Special Constable",
                force="Wiltshire Police",
                severity="misconduct",
                outcome="written warning",
                proceeding="misconduct meeting",
                hearing_date="2021-02-02",
                standards=["orders and instructions"],
            )
        ],
    ),
    # "cleared of gross misconduct": a person cleared is an entry; no standard breached.
    "sergeant_cleared_of_gross_misconduct": (
        """Cheshire sergeant cleared of gross misconduct

A Cheshire Constabulary sergeant has been cleared of gross misconduct following a \
three-day hearing.

Sergeant Paul Fenwick was accused of using excessive force when he restrained a man \
in custody in 2020, in breach of the standard of use of force.

The panel, led by a legally qualified chair, found the allegation not proven on \
Friday 9 June 2023.
""",
        True,
        "Cheshire Constabulary",
        [
            officer(
                name="Paul Fenwick",
                rank="Sergeant",
                force="Cheshire Constabulary",
                outcome="not proven",
                proceeding="misconduct hearing",
                hearing_date="2023-06-09",
            )
        ],
    ),
    # Anonymised officers with different results at one hearing.
    "anonymised_officers_different_results": (
        """Three officers faced misconduct hearing after death in custody

Three Metropolitan Police Service officers faced a gross misconduct hearing following \
our investigation into the care of a man who died in custody.

The hearing concluded on 28 April 2022. Officer A was dismissed without notice after \
gross misconduct was found proven. Officer B was given a final written warning for \
misconduct. The allegations against Officer C were not proven.
""",
        True,
        "Metropolitan Police Service",
        [
            officer(
                force="Metropolitan Police Service",
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2022-04-28",
            ),
            officer(
                force="Metropolitan Police Service",
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2022-04-28",
            ),
            officer(
                force="Metropolitan Police Service",
                outcome="not proven",
                proceeding="misconduct hearing",
                hearing_date="2022-04-28",
            ),
        ],
    ),
    # A detention officer (police staff) who admitted gross misconduct.
    "detention_officer_admitted": (
        """Detention officer dismissed for smuggling phone into custody

A detention officer who smuggled a mobile phone to a prisoner has been dismissed \
following an accelerated misconduct hearing.

The Durham Constabulary detention officer, Gary Thwaites, 52, admitted gross \
misconduct at the hearing on 21 August 2023 and was dismissed without notice. He will \
be placed on the barred list.
""",
        True,
        "Durham Constabulary",
        [
            officer(
                name="Gary Thwaites",
                rank="Police Staff",
                force="Durham Constabulary",
                age=52,
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="accelerated misconduct hearing",
                hearing_date="2023-08-21",
                barred=True,
            )
        ],
    ),
    # "found guilty at ... Crown Court of misconduct in public office" is a court
    # verdict; the level is not stated for the disciplinary finding.
    "constable_jailed_then_dismissed": (
        """PC jailed for misconduct in public office

PC Ryan Doyle, 29, of West Midlands Police, was found guilty at Birmingham Crown Court \
of misconduct in public office and jailed for 18 months.

At a special case hearing, he was dismissed without notice and will be placed on the \
barred list.
""",
        True,
        "West Midlands Police",
        [
            officer(
                name="Ryan Doyle",
                rank="Police Constable",
                force="West Midlands Police",
                age=29,
                outcome="dismissed",
                criminal="convicted",
                proceeding="accelerated misconduct hearing",
                barred=True,
            )
        ],
    ),
    # Reduction in rank; "the panel found that he had committed gross misconduct".
    "inspector_reduced_in_rank": (
        """Kent inspector demoted for bullying

An inspector with Kent Police has been demoted to sergeant after a misconduct hearing \
found he had bullied junior colleagues.

Inspector Gareth Moss received a reduction in rank at the hearing, which concluded on \
17 November 2022. The panel found that he had committed gross misconduct, breaching \
the standards of authority, respect and courtesy and equality and diversity.
""",
        True,
        "Kent Police",
        [
            officer(
                name="Gareth Moss",
                rank="Inspector",
                force="Kent Police",
                severity="gross misconduct",
                outcome="reduction in rank",
                proceeding="misconduct hearing",
                hearing_date="2022-11-17",
                standards=[
                    "authority, respect and courtesy",
                    "equality and diversity",
                ],
            )
        ],
    ),
    # Two named constables sharing one meeting's result.
    "two_constables_reflective_practice": (
        """Two Sussex Police officers to undergo reflective practice

Following our investigation, PC Joanne Fry and PC Liam Brook attended a misconduct \
meeting in April 2021.

Misconduct was found proven against both officers, who were referred to the reflective \
practice review process.
""",
        True,
        "Sussex Police",
        [
            officer(
                name="Joanne Fry",
                rank="Police Constable",
                force="Sussex Police",
                severity="misconduct",
                outcome="reflective practice",
                proceeding="misconduct meeting",
            ),
            officer(
                name="Liam Brook",
                rank="Police Constable",
                force="Sussex Police",
                severity="misconduct",
                outcome="reflective practice",
                proceeding="misconduct meeting",
            ),
        ],
    ),
    # A senior officer as the subject: "Former Chief Inspector" is no speaker.
    "former_chief_inspector_had_she_not_retired": (
        """Former chief inspector would have been dismissed

A former Northumbria Police chief inspector would have been dismissed had she not \
retired, a misconduct hearing has found.

Former Chief Inspector Linda Marsh was found to have committed gross misconduct by \
using her position to pursue a relationship with a junior colleague, in breach of the \
standards of authority, respect and courtesy and discreditable conduct.
""",
        True,
        "Northumbria Police",
        [
            officer(
                name="Linda Marsh",
                rank="Chief Inspector",
                force="Northumbria Police",
                former=True,
                severity="gross misconduct",
                outcome="would have been dismissed",
                proceeding="misconduct hearing",
                standards=[
                    "authority, respect and courtesy",
                    "discreditable conduct",
                ],
            )
        ],
    ),
    # "handed a final written warning"; "admitted misconduct" at a meeting.
    "pcso_handed_final_written_warning": (
        """PCSO handed final written warning for sharing police information

A Norfolk Constabulary PCSO has been handed a final written warning after sharing \
police information with a friend.

PCSO Rachel Dunn, 31, admitted misconduct at a misconduct meeting on 8 March 2024 and \
accepted that she had breached the standard of confidentiality.
""",
        True,
        "Norfolk Constabulary",
        [
            officer(
                name="Rachel Dunn",
                rank="Police Community Support Officer",
                force="Norfolk Constabulary",
                age=31,
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct meeting",
                hearing_date="2024-03-08",
                standards=["confidentiality"],
            )
        ],
    ),
    # A hearing announced: no outcome.
    "hearing_announced": (
        """Gwent Police officer to face gross misconduct hearing

A Gwent Police officer will face a gross misconduct hearing next month.

PC Owen Price is alleged to have used excessive force during an arrest in Newport in \
2022. The hearing will be held on 12 June 2024 at police headquarters in Cwmbran.
""",
        False,
        "Gwent Police",
        [],
    ),
    # An investigation that ends with a case to answer: no outcome.
    "investigation_case_to_answer": (
        """IOPC investigation into Staffordshire Police pursuit concludes

We have concluded our investigation into a police pursuit in Stoke-on-Trent in which a \
motorcyclist was seriously injured.

We found that two officers have a case to answer for gross misconduct and a third has \
a case to answer for misconduct. It is now for Staffordshire Police to arrange \
proceedings.
""",
        False,
        "Staffordshire Police",
        [],
    ),
    # Court verdicts and a later hearing with two different results.
    "acquitted_at_trial_then_hearing": (
        """Avon and Somerset officers face hearing after acquittal

PC Tom Hale and PC Ian Byrne, of Avon and Somerset Constabulary, were found not \
guilty of assault by a jury at Bristol Crown Court in 2022.

A misconduct hearing which concluded on 14 September 2023 found gross misconduct \
proven against PC Hale, who was dismissed without notice. The case against PC Byrne \
was not proven.
""",
        True,
        "Avon and Somerset Constabulary",
        [
            officer(
                name="Tom Hale",
                rank="Police Constable",
                force="Avon and Somerset Constabulary",
                severity="gross misconduct",
                outcome="dismissed",
                criminal="acquitted",
                proceeding="misconduct hearing",
                hearing_date="2023-09-14",
            ),
            officer(
                name="Ian Byrne",
                rank="Police Constable",
                force="Avon and Somerset Constabulary",
                outcome="not proven",
                criminal="acquitted",
                proceeding="misconduct hearing",
                hearing_date="2023-09-14",
            ),
        ],
    ),
    # Tabloid wording: "Pc", "sacked", "fast-track hearing", a magistrates' conviction.
    "pc_sacked_fast_track_drink_driving": (
        """Pc sacked after drink-driving conviction

Pc Sean Mullen, of Greater Manchester Police, was sacked at a fast-track hearing \
after being convicted of drink-driving at Manchester Magistrates' Court.
""",
        True,
        "Greater Manchester Police",
        [
            officer(
                name="Sean Mullen",
                rank="Police Constable",
                force="Greater Manchester Police",
                outcome="dismissed",
                criminal="convicted",
                proceeding="accelerated misconduct hearing",
            )
        ],
    ),
    # A force page for one officer: a two-day hearing, "Outcome:" on its own line.
    "force_page_two_day_hearing": (
        """Misconduct hearing outcome - PC 1234 Sam Okafor

A misconduct hearing was held on 10 and 11 January 2023 in respect of PC 1234 Sam \
Okafor of Bedfordshire Police.

The officer was found to have breached the standards of professional behaviour in \
respect of Discreditable Conduct and Use of Force. The panel found the conduct \
amounted to Gross Misconduct.

Outcome: Final written warning
""",
        True,
        "Bedfordshire Police",
        [
            officer(
                name="Sam Okafor",
                rank="Police Constable",
                force="Bedfordshire Police",
                severity="gross misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2023-01-11",
                standards=["discreditable conduct", "use of force"],
            )
        ],
    ),
    # A student officer described, never named.
    "student_officer_dismissed": (
        """Student officer dismissed over offensive messages

A student officer from Hertfordshire Constabulary who sent offensive messages to \
colleagues has been dismissed without notice following a misconduct hearing on \
Monday 4 December 2023.

The panel found gross misconduct proven for breaches of the standards of equality and \
diversity and discreditable conduct. The former officer will be placed on the barred \
list.
""",
        True,
        "Hertfordshire Constabulary",
        [
            officer(
                rank="Police Constable",
                force="Hertfordshire Constabulary",
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2023-12-04",
                standards=["equality and diversity", "discreditable conduct"],
                barred=True,
            )
        ],
    ),
    # Police staff with a verbal warning.
    "staff_verbal_warning": (
        """A member of police staff at Suffolk Constabulary received a verbal warning \
after a misconduct meeting found misconduct proven for accessing police systems \
without a policing purpose.
""",
        True,
        "Suffolk Constabulary",
        [
            officer(
                rank="Police Staff",
                force="Suffolk Constabulary",
                severity="misconduct",
                outcome="verbal warning",
                proceeding="misconduct meeting",
            )
        ],
    ),
    # A senior officer described by rank: "A ... superintendent".
    "superintendent_final_written_warning": (
        """A West Yorkshire Police superintendent has been given a final written \
warning after a misconduct hearing found that she had committed misconduct by \
failing to declare a business interest.
""",
        True,
        "West Yorkshire Police",
        [
            officer(
                rank="Superintendent",
                force="West Yorkshire Police",
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
            )
        ],
    ),
    # Several people, different results, different ranks in one sentence list.
    "four_officers_list_of_results": (
        """Outcome of hearing into Essex Police officers

Following a misconduct hearing which concluded on Wednesday 6 March 2024, PC Karen \
Holt was dismissed without notice; PS Neil Barker received a written warning; the \
allegations against DC Adam Shore were not proven; and former PC Grace Little, who had \
resigned, would have been dismissed.
""",
        True,
        "Essex Police",
        [
            officer(
                name="Karen Holt",
                rank="Police Constable",
                force="Essex Police",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2024-03-06",
            ),
            officer(
                name="Neil Barker",
                rank="Sergeant",
                force="Essex Police",
                outcome="written warning",
                proceeding="misconduct hearing",
                hearing_date="2024-03-06",
            ),
            officer(
                name="Adam Shore",
                rank="Detective Constable",
                force="Essex Police",
                outcome="not proven",
                proceeding="misconduct hearing",
                hearing_date="2024-03-06",
            ),
            officer(
                name="Grace Little",
                rank="Police Constable",
                force="Essex Police",
                former=True,
                outcome="would have been dismissed",
                proceeding="misconduct hearing",
                hearing_date="2024-03-06",
            ),
        ],
    ),
    # A release that names the forum once, before anyone, with each person's result
    # and level after it.
    "release_shared_hearing_date": (
        """Two Thames Valley Police officers disciplined

At a misconduct hearing which concluded on Thursday 5 March 2020, a legally qualified \
chair found the allegations against two Thames Valley Police officers proven.

PC Simon Reid was found to have committed gross misconduct and breached the standards \
of professional behaviour for honesty and integrity. He was dismissed without notice.

DC Helen Shaw was found to have committed misconduct and breached the standards of \
professional behaviour for confidentiality. She received a final written warning.
""",
        True,
        "Thames Valley Police",
        [
            officer(
                name="Simon Reid",
                rank="Police Constable",
                force="Thames Valley Police",
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2020-03-05",
                standards=["honesty and integrity"],
            ),
            officer(
                name="Helen Shaw",
                rank="Detective Constable",
                force="Thames Valley Police",
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2020-03-05",
                standards=["confidentiality"],
            ),
        ],
    ),
    # "misconduct rather than gross misconduct", then management advice.
    "level_reduced_management_advice": (
        """Derbyshire officer given management advice

PC Stuart Lowe, of Derbyshire Constabulary, faced a gross misconduct hearing over \
comments he made to a woman he had arrested.

The panel found the allegation proven but decided that it amounted to misconduct \
rather than gross misconduct. PC Lowe was given management advice.
""",
        True,
        "Derbyshire Constabulary",
        [
            officer(
                name="Stuart Lowe",
                rank="Police Constable",
                force="Derbyshire Constabulary",
                severity="misconduct",
                outcome="management advice",
                proceeding="misconduct hearing",
            )
        ],
    ),
    # Two dismissed at a dated hearing; a third warned "at the same hearing".
    "two_sacked_third_warned_same_hearing": (
        """Two Cleveland Police officers sacked and a third warned

PC Dean Ward and PC Ashley Nunn were dismissed without notice at the end of a \
five-day misconduct hearing on Friday 12 May 2023.

At the same hearing, PS Kerry Blake was handed a final written warning.
""",
        True,
        "Cleveland Police",
        [
            officer(
                name="Dean Ward",
                rank="Police Constable",
                force="Cleveland Police",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2023-05-12",
            ),
            officer(
                name="Ashley Nunn",
                rank="Police Constable",
                force="Cleveland Police",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2023-05-12",
            ),
            officer(
                name="Kerry Blake",
                rank="Sergeant",
                force="Cleveland Police",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2023-05-12",
            ),
        ],
    ),
    # An IOPC investigation summary: the result in its closing paragraph, a month only.
    "iopc_summary_closing_paragraph": (
        """Investigation into a strip search in custody - Dyfed-Powys Police, March 2021

We began our investigation after a referral from Dyfed-Powys Police in March 2021.

Our investigation concluded in November 2021. We found that a police constable had a \
case to answer for gross misconduct.

Following a misconduct hearing in May 2022, the officer was dismissed without notice.
""",
        True,
        "Dyfed-Powys Police",
        [
            officer(
                rank="Police Constable",
                force="Dyfed-Powys Police",
                outcome="dismissed",
                proceeding="misconduct hearing",
            )
        ],
    ),
    # A retired detective: "had he still been serving", the panel's date.
    "retired_detective_had_he_still_been_serving": (
        """Former Cumbria detective would have been sacked

Former Detective Constable Wayne Carter, who retired from Cumbria Constabulary in \
2022, would have been dismissed had he still been serving, a misconduct panel ruled \
on 30 January 2024.

The panel found he had breached the standards of honesty and integrity and \
discreditable conduct, amounting to gross misconduct.
""",
        True,
        "Cumbria Constabulary",
        [
            officer(
                name="Wayne Carter",
                rank="Detective Constable",
                force="Cumbria Constabulary",
                former=True,
                severity="gross misconduct",
                outcome="would have been dismissed",
                proceeding="misconduct hearing",
                hearing_date="2024-01-30",
                standards=["honesty and integrity", "discreditable conduct"],
            )
        ],
    ),
    # A force notice whose result is "No further action".
    "force_notice_no_further_action": (
        """Misconduct meeting outcome

Name of officer: Police Constable 5512 Martin Gale
Force: North Yorkshire Police
Date of meeting: 14 April 2023
Finding: Misconduct proven
Outcome: No further action
""",
        True,
        "North Yorkshire Police",
        [
            officer(
                name="Martin Gale",
                rank="Police Constable",
                force="North Yorkshire Police",
                severity="misconduct",
                outcome="no further action",
                proceeding="misconduct meeting",
                hearing_date="2023-04-14",
            )
        ],
    ),
    # A court result only: "pleaded guilty to misconduct in public office" is an
    # offence, not a disciplinary level; proceedings are still to come.
    "jailed_before_misconduct_proceedings": (
        """Staffordshire officer jailed for misconduct in public office

A Staffordshire Police officer has been jailed for 12 months after admitting \
misconduct in public office.

PC Jordan Hughes, 27, pleaded guilty to misconduct in public office at Stafford Crown \
Court. He has been suspended and will face misconduct proceedings.
""",
        True,
        "Staffordshire Police",
        [
            officer(
                name="Jordan Hughes",
                rank="Police Constable",
                force="Staffordshire Police",
                age=27,
                criminal="convicted",
            )
        ],
    ),
    # A weekday fixed by the page's publication date.
    "pcso_sacked_on_weekday_with_publication_date": (
        """ date 2024-02-16 PCSO sacked after stealing from vulnerable woman

A Leicestershire Police PCSO who stole from a vulnerable woman she was visiting has \
been sacked.

PCSO Jodie Marsh was dismissed without notice at a gross misconduct hearing on \
Wednesday after the panel found she had breached the standards of honesty and \
integrity.
""",
        True,
        "Leicestershire Police",
        [
            officer(
                name="Jodie Marsh",
                rank="Police Community Support Officer",
                force="Leicestershire Police",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2024-02-14",
                standards=["honesty and integrity"],
            )
        ],
    ),
    # Statistics: no individual result.
    "statistics_no_outcome": (
        """Police dismissals at highest level for a decade

Figures published by the Home Office show that 560 officers were dismissed by forces \
in England and Wales last year, the highest number since records began.

Most of the dismissals followed findings of gross misconduct at hearings.
""",
        False,
        None,
        [],
    ),
    # A force table: a collar number only, the level without "proven", a numeric date.
    "force_table_collar_number_only": (
        """Accelerated misconduct hearing outcomes - Nottinghamshire Police

Officer: PC 4821
Hearing type: Accelerated misconduct hearing
Date of hearing: 19/07/2023
Finding: Gross misconduct
Outcome: Dismissal without notice. Placed on the barred list.
""",
        True,
        "Nottinghamshire Police",
        [
            officer(
                rank="Police Constable",
                force="Nottinghamshire Police",
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="accelerated misconduct hearing",
                hearing_date="2023-07-19",
                barred=True,
            )
        ],
    ),
    # A detective inspector at a misconduct meeting, described and then named.
    "detective_inspector_written_warning": (
        """A detective inspector from South Yorkshire Police has received a written \
warning after failing to supervise a child protection investigation.

DI Karen Oldroyd was found to have committed misconduct at a misconduct meeting, \
breaching the standard of duties and responsibilities.
""",
        True,
        "South Yorkshire Police",
        [
            officer(
                name="Karen Oldroyd",
                rank="Detective Inspector",
                force="South Yorkshire Police",
                severity="misconduct",
                outcome="written warning",
                proceeding="misconduct meeting",
                standards=["duties and responsibilities"],
            )
        ],
    ),
    # "an accelerated gross misconduct hearing"; "committed an act of gross misconduct".
    "accelerated_gross_misconduct_hearing_act_of": (
        """Surrey sergeant dismissed for lying about crash

A Surrey Police sergeant who lied about a road traffic collision has been dismissed \
at an accelerated gross misconduct hearing.

Sergeant Colin Pryce was found to have committed an act of gross misconduct at the \
hearing on 3 July 2023, having breached the standard of honesty and integrity.
""",
        True,
        "Surrey Police",
        [
            officer(
                name="Colin Pryce",
                rank="Sergeant",
                force="Surrey Police",
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="accelerated misconduct hearing",
                hearing_date="2023-07-03",
                standards=["honesty and integrity"],
            )
        ],
    ),
    # "found proven at the level of misconduct", an anonymous constable.
    "proven_at_the_level_of_misconduct": (
        """Following our investigation, a West Mercia Police constable attended a \
misconduct meeting, where a breach of the standard of duties and responsibilities was \
found proven at the level of misconduct. The officer was given a written warning.
""",
        True,
        "West Mercia Police",
        [
            officer(
                rank="Police Constable",
                force="West Mercia Police",
                severity="misconduct",
                outcome="written warning",
                proceeding="misconduct meeting",
                standards=["duties and responsibilities"],
            )
        ],
    ),
    # A court acquittal alone is an outcome.
    "cleared_by_a_jury": (
        """Kent officer cleared of causing death by dangerous driving

PC Nathan Cole, 34, of Kent Police, was cleared by a jury at Maidstone Crown Court of \
causing death by dangerous driving during a pursuit in 2021.
""",
        True,
        "Kent Police",
        [
            officer(
                name="Nathan Cole",
                rank="Police Constable",
                force="Kent Police",
                age=34,
                criminal="acquitted",
            )
        ],
    ),
    # A lede describing two people, then naming them with their results.
    "lede_describes_two_then_names_them": (
        """A Metropolitan Police constable has been sacked and a sergeant given a \
final written warning after they mocked a vulnerable man in custody.

At the end of a misconduct hearing, PC Lucy Grant was dismissed without notice, \
while Sergeant Omar Haddad received a final written warning.
""",
        True,
        "Metropolitan Police Service",
        [
            officer(
                name="Lucy Grant",
                rank="Police Constable",
                force="Metropolitan Police Service",
                outcome="dismissed",
                proceeding="misconduct hearing",
            ),
            officer(
                name="Omar Haddad",
                rank="Sergeant",
                force="Metropolitan Police Service",
                outcome="final written warning",
                proceeding="misconduct hearing",
            ),
        ],
    ),
    # A special constable described, never named.
    "special_constable_described": (
        """A special constable with Lincolnshire Police has been dismissed without \
notice after a misconduct hearing found he had used a police database to look up a \
former partner.

The panel found his conduct amounted to gross misconduct, breaching the standards of \
confidentiality and discreditable conduct.
""",
        True,
        "Lincolnshire Police",
        [
            officer(
                rank="Special Constable",
                force="Lincolnshire Police",
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="misconduct hearing",
                standards=["confidentiality", "discreditable conduct"],
            )
        ],
    ),
    # A force notice with "Sanction:" and a two-part hearing outcome.
    "force_notice_sanction_field": (
        """Misconduct hearing outcome - Northamptonshire Police

Officer: Detective Sergeant Ian Moore
Date of hearing: 22 November 2022
Hearing outcome: Misconduct found in respect of Duties and Responsibilities
Sanction: Final written warning
""",
        True,
        "Northamptonshire Police",
        [
            officer(
                name="Ian Moore",
                rank="Detective Sergeant",
                force="Northamptonshire Police",
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2022-11-22",
                standards=["duties and responsibilities"],
            )
        ],
    ),
    # An anonymised former officer who resigned before the hearing.
    "former_officer_b_resigned": (
        """Former Officer B, a Gloucestershire Constabulary constable, resigned before \
the hearing.

The panel found gross misconduct proven and said Officer B would have been dismissed \
had they still been serving.
""",
        True,
        "Gloucestershire Constabulary",
        [
            officer(
                rank="Police Constable",
                force="Gloucestershire Constabulary",
                former=True,
                severity="gross misconduct",
                outcome="would have been dismissed",
                proceeding="misconduct hearing",
            )
        ],
    ),
    # A conviction then a special case hearing.
    "convicted_then_special_case_hearing": (
        """Cleveland Police officer dismissed after sexual assault conviction

PC Gavin Tate was convicted of sexual assault at Teesside Crown Court in June and \
sentenced to 16 months in prison.

He was dismissed without notice at a special case hearing on 8 September 2022 and \
will be placed on the barred list.
""",
        True,
        "Cleveland Police",
        [
            officer(
                name="Gavin Tate",
                rank="Police Constable",
                force="Cleveland Police",
                outcome="dismissed",
                criminal="convicted",
                proceeding="accelerated misconduct hearing",
                hearing_date="2022-09-08",
                barred=True,
            )
        ],
    ),
    # A hearing adjourned: no outcome.
    "hearing_adjourned": (
        """Hearing into Hampshire officer adjourned

The gross misconduct hearing for PC Dylan Shaw of Hampshire Constabulary was \
adjourned on 4 May 2023 and will resume in July.
""",
        False,
        "Hampshire and Isle of Wight Constabulary",
        [],
    ),
    # A PCSO who retired; "barred from working in policing".
    "pcso_retired_barred": (
        """A former Bedfordshire Police PCSO would have been dismissed had she not \
retired, a misconduct hearing on 19 April 2024 found.

The hearing found that she had committed gross misconduct. She will be barred from \
working in policing.
""",
        True,
        "Bedfordshire Police",
        [
            officer(
                rank="Police Community Support Officer",
                force="Bedfordshire Police",
                former=True,
                severity="gross misconduct",
                outcome="would have been dismissed",
                proceeding="misconduct hearing",
                hearing_date="2024-04-19",
                barred=True,
            )
        ],
    ),
    # An IOPC summary: the level of the case to answer carries to "found ... proven".
    "summary_case_to_answer_then_found_proven": (
        """Investigation into the handling of a missing person report - Essex Police, \
May 2022

We found that a police sergeant had a case to answer for misconduct, and Essex \
Police agreed.

A misconduct meeting was held in March 2023, which found the case against the \
sergeant proven and the officer received a written warning.
""",
        True,
        "Essex Police",
        [
            officer(
                rank="Sergeant",
                force="Essex Police",
                severity="misconduct",
                outcome="written warning",
                proceeding="misconduct meeting",
            )
        ],
    ),
    # "Officers A and B" together; a hearing held "between 8 and 12 May".
    "officers_a_and_b_hearing_over_several_days": (
        """Two Warwickshire Police officers given final written warnings

Officers A and B were given final written warnings at a misconduct hearing held \
between 8 and 12 May 2023, after the panel found them to have committed misconduct.

The panel found they had breached the standards of duties and responsibilities.
""",
        True,
        "Warwickshire Police",
        [
            officer(
                force="Warwickshire Police",
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2023-05-12",
                standards=["duties and responsibilities"],
            ),
            officer(
                force="Warwickshire Police",
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2023-05-12",
                standards=["duties and responsibilities"],
            ),
        ],
    ),
    # "cleared of wrongdoing at a misconduct hearing"; "aged 38".
    "cleared_of_wrongdoing_at_hearing": (
        """A Dorset Police constable, PC Harry Vance, aged 38, was cleared of \
wrongdoing at a misconduct hearing on 2 October 2023.
""",
        True,
        "Dorset Police",
        [
            officer(
                name="Harry Vance",
                rank="Police Constable",
                force="Dorset Police",
                age=38,
                outcome="not proven",
                proceeding="misconduct hearing",
                hearing_date="2023-10-02",
            )
        ],
    ),
    # Court wording: "cleared of rape", "a suspended sentence"; two people.
    "two_court_results": (
        """Two West Yorkshire Police officers in court

PC Ryan Firth (29) was cleared of rape after a trial at Leeds Crown Court.

His colleague, PC Kyle Moran, was given a suspended sentence for assault at the same \
court.
""",
        True,
        "West Yorkshire Police",
        [
            officer(
                name="Ryan Firth",
                rank="Police Constable",
                force="West Yorkshire Police",
                age=29,
                criminal="acquitted",
            ),
            officer(
                name="Kyle Moran",
                rank="Police Constable",
                force="West Yorkshire Police",
                criminal="convicted",
            ),
        ],
    ),
    # Police staff roles named by their job; "banned from policing".
    "staff_roles_control_room_and_investigator": (
        """Two members of North Wales Police staff disciplined

A control room operator who ignored a call for help has been dismissed by North \
Wales Police and banned from policing.

In a separate case, a civilian investigator was given a final written warning after \
a misconduct meeting found misconduct proven.
""",
        True,
        "North Wales Police",
        [
            officer(
                rank="Police Staff",
                force="North Wales Police",
                outcome="dismissed",
                barred=True,
            ),
            officer(
                rank="Police Staff",
                force="North Wales Police",
                severity="misconduct",
                outcome="final written warning",
                proceeding="misconduct meeting",
            ),
        ],
    ),
    # A standard found not breached in the same sentence as those breached.
    "standards_but_not_another": (
        """Humberside Police PC Alan Rudd was dismissed without notice after a \
misconduct hearing found gross misconduct.

The panel found he had breached the standards relating to honesty and integrity, but \
not those relating to use of force.
""",
        True,
        "Humberside Police",
        [
            officer(
                name="Alan Rudd",
                rank="Police Constable",
                force="Humberside Police",
                severity="gross misconduct",
                outcome="dismissed",
                proceeding="misconduct hearing",
                standards=["honesty and integrity"],
            )
        ],
    ),
    # A story about one officer whose level is stated before the officer is in view.
    "level_stated_before_the_officer": (
        """Outcome of misconduct hearing - City of London Police

A misconduct hearing was held on 20 June 2022 into allegations about one of the \
force's officers.

The result was that of gross misconduct. The officer will receive a final written \
warning.
""",
        True,
        "City of London Police",
        [
            officer(
                force="City of London Police",
                severity="gross misconduct",
                outcome="final written warning",
                proceeding="misconduct hearing",
                hearing_date="2022-06-20",
            )
        ],
    ),
    # A force's quarterly round-up of anonymised cases, one labelled block each.
    "force_roundup_rank_fields": (
        """Misconduct outcomes - Quarter 2 2023 - Suffolk Constabulary

Case 1
Rank: PC
Breach: Discreditable conduct
Finding: Gross misconduct proven
Outcome: Dismissed without notice

Case 2
Rank: PS
Breach: Duties and responsibilities
Finding: Misconduct proven
Outcome: Written warning

Case 3
Rank: Police staff
Breach: Confidentiality
Finding: Not proven
""",
        True,
        "Suffolk Constabulary",
        [
            officer(
                rank="Police Constable",
                force="Suffolk Constabulary",
                severity="gross misconduct",
                outcome="dismissed",
                standards=["discreditable conduct"],
            ),
            officer(
                rank="Sergeant",
                force="Suffolk Constabulary",
                severity="misconduct",
                outcome="written warning",
                standards=["duties and responsibilities"],
            ),
            officer(
                rank="Police Staff",
                force="Suffolk Constabulary",
                outcome="not proven",
            ),
        ],
    ),
    # "one officer was dismissed ..., another received ... and a third was given ...".
    "one_another_and_a_third": (
        """Three Avon and Somerset officers disciplined over custody death

Three Avon and Somerset Constabulary officers have faced misconduct proceedings \
after the death of a man in custody in 2021.

Following a misconduct hearing in January 2024, one officer was dismissed without \
notice, another received a final written warning and a third was given management \
advice.
""",
        True,
        "Avon and Somerset Constabulary",
        [
            officer(
                force="Avon and Somerset Constabulary",
                outcome="dismissed",
                proceeding="misconduct hearing",
            ),
            officer(
                force="Avon and Somerset Constabulary",
                outcome="final written warning",
                proceeding="misconduct hearing",
            ),
            officer(
                force="Avon and Somerset Constabulary",
                outcome="management advice",
                proceeding="misconduct hearing",
            ),
        ],
    ),
    # "A third officer, a detective constable, ... at the same hearing, which concluded
    # on ...", then "all three officers".
    "third_officer_at_the_same_hearing": (
        """Sergeant and constable sacked for racist messages

A sergeant and a constable from Greater Manchester Police have been sacked after \
sharing racist messages in a WhatsApp group.

A third officer, a detective constable, was given a final written warning at the \
same hearing, which concluded on Friday 3 February 2023.

The panel found that all three officers had breached the standards of equality and \
diversity and discreditable conduct.
""",
        True,
        "Greater Manchester Police",
        [
            officer(
                rank=rank,
                force="Greater Manchester Police",
                outcome=outcome,
                proceeding="misconduct hearing",
                hearing_date="2023-02-03",
                standards=["equality and diversity", "discreditable conduct"],
            )
            for rank, outcome in (
                ("Sergeant", "dismissed"),
                ("Police Constable", "dismissed"),
                ("Detective Constable", "final written warning"),
            )
        ],
    ),
    # A member of the public as the object of the officer's act, not the subject of the
    # result; a sanction a forum "could" impose is no result.
    "officer_who_restrained_a_man_dismissed": (
        """A Northumbria Police officer who used excessive force in restraining a man \
has been dismissed without notice.

The force had assessed the matter as misconduct, which carries a maximum sanction \
of a final written warning, but the IOPC directed a gross misconduct hearing.

At the hearing, which concluded on 18 January 2024, the panel found PC Owen Tait had \
breached the standard of use of force.
""",
        True,
        "Northumbria Police",
        [
            officer(
                name="Owen Tait",
                rank="Police Constable",
                force="Northumbria Police",
                outcome="dismissed",
                proceeding="misconduct hearing",
                hearing_date="2024-01-18",
                standards=["use of force"],
            )
        ],
    ),
}


@pytest.mark.parametrize("key", sorted(DOCUMENTS))
def test_document_gives_its_hand_label(key, tmp_path):
    text, is_outcome, force, officers = DOCUMENTS[key]
    path = tmp_path / f"{key}.txt"
    path.write_text(text, encoding="utf-8")
    schema = extract_path(path)
    assert schema["is_outcome"] is is_outcome
    assert schema["force"] == force
    assert schema["officers"] == officers
