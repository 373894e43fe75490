"""The fully annotated demo: HAWEN's 2022 self-assessment, with notes on every item.

Modelled on the Horn of Africa WEN's 2022 self-assessment (narrow membership, low visibility,
unsustainable funding). The levels, notes and people are illustrative demo data, not HAWEN's
actual answers. It is one of the demo assessments, and the source of docs/sample-report.pdf.
"""

from __future__ import annotations

from datetime import date

from wen_assess.records import AssessmentRecord

# item id -> (level, notes); a level of None means Not applicable (the note is the justification)
ANSWERS: dict[str, tuple[int | None, str]] = {
    "G2-MEM-01": (
        2,
        "All seven HAWEN countries have joined (Djibouti, Ethiopia, Kenya, Somalia, South Sudan, "
        "Sudan, Uganda). Eritrea, an IGAD member, has not joined and no accession procedure is "
        "written down.\nEvidence: list of members annexed to the 2017 launch communiqué.",
    ),
    "G2-MEM-02": (
        1,
        "Most countries take part through the wildlife authority only. Customs attend in Kenya "
        "and Uganda; police and prosecutors rarely. Attendance list of the 2022 annual meeting: "
        "19 of 24 delegates were from wildlife agencies.",
    ),
    "G2-MEM-03": (
        1,
        "No mapping of missing institutions. Financial intelligence units, the judiciary, "
        "port and airport authorities are absent everywhere.",
    ),
    "G2-MEM-04": (
        1,
        "National inter-agency task forces meet regularly in Kenya (NEWTF) and Uganda (NWCTF). "
        "In the other five countries no committee exists or it has not met since 2020.",
    ),
    "G2-MEM-05": (
        2,
        "Focal points are nominated by letter in six of seven countries. The contact directory "
        "kept by the secretariat was last updated in March 2021; several entries are out of date.",
    ),
    "G2-MEM-06": (
        2,
        "Roles and obligations are set out in the draft HAWEN Terms of Reference (v3, 2019), "
        "which have been discussed but not formally adopted by all members.",
    ),
    "G2-MEM-07": (
        1,
        "Partners (UNODC, INTERPOL, TRAFFIC, AWF) attend on invitation; there are no written "
        "rules on observer or partner status.",
    ),
    "G2-MEM-08": (
        1,
        "Participation is uneven: Somalia and South Sudan missed the last two meetings. "
        "Attendance is not tracked and there is no follow-up with inactive members.",
    ),
    "G2-MEM-09": (
        2,
        "Member states chair the annual meeting, but the agenda is largely prepared with the "
        "main project donor. Minutes of the Nairobi meeting (Dec 2022), item 3.",
    ),
    "G2-MEM-10": (
        0,
        "No alternates and no induction. Four of seven focal points changed in 2021–2022 and "
        "the new ones received no handover.",
    ),
    "G2-GOV-01": (
        3,
        "HAWEN was established by the ministerial declaration adopted at its launch in 2017 "
        "under IGAD. Evidence: signed declaration, IGAD Council decision.",
    ),
    "G2-GOV-02": (
        2,
        "Five of seven members have endorsed the declaration; endorsement by Somalia and Sudan "
        "is pending.",
    ),
    "G2-GOV-03": (
        3,
        "Anchored in IGAD: the network reports to the IGAD Sectoral Ministerial Meeting on "
        "Environment and Natural Resources.",
    ),
    "G2-GOV-04": (
        2,
        "Vision and objectives are in the 2018 action plan. Scope mentions ivory and rhino horn "
        "only; timber, charcoal and birds are not covered.",
    ),
    "G2-GOV-05": (
        2,
        "The Senior Officials Meeting is meant to meet yearly; it met in 2018, 2019 and 2022 "
        "(none in 2020–2021). Decisions are minuted but follow-up is not tracked.",
    ),
    "G2-GOV-06": (
        1,
        "The chair has stayed with the same country since 2017; no rotation rule.",
    ),
    "G2-GOV-07": (
        1,
        "Coordination is done by one IGAD programme officer, funded by a project ending in "
        "2023. No ToR for the secretariat and no host agreement.",
    ),
    "G2-GOV-08": (
        1,
        "Meetings follow IGAD practice; there are no adopted rules of procedure (quorum, "
        "decision rule, languages).",
    ),
    "G2-GOV-09": (
        2,
        "Action plan 2018–2022 adopted; it has expired and no yearly work plans were produced "
        "after 2019. A new plan is to be drafted in 2023.",
    ),
    "G2-GOV-10": (
        0,
        "No working groups. An investigations group was proposed in 2019 but never set up.",
    ),
    "G2-GOV-11": (
        1,
        "This workshop is the first review. Progress reports are given orally at meetings; no "
        "M&E framework.",
    ),
    "G2-GOV-12": (
        1,
        "Information is shared by e-mail and WhatsApp between focal points, case by case. No "
        "written protocol; confidentiality concerns were raised by two members.",
    ),
    "G2-GOV-13": (
        1,
        "Contacts with the WCO RILO Eastern and Southern Africa and LATF are informal; no "
        "cooperation arrangement signed.",
    ),
    "G2-FIN-01": (
        1,
        "Activities are budgeted per project; there is no annual network budget approved by the "
        "Senior Officials Meeting.",
    ),
    "G2-FIN-02": (
        1,
        "Kenya hosted the 2022 meeting and Uganda seconded an officer for three months; no "
        "contribution formula.",
    ),
    "G2-FIN-03": (
        0,
        "Core costs (coordinator, annual meeting) are paid entirely from one donor project "
        "ending in 2023. Nothing secured beyond that.",
    ),
    "G2-FIN-04": (
        1,
        "About 90 % of funding comes from a single donor; small contributions from IGAD and "
        "in-kind hosting.",
    ),
    "G2-FIN-05": (0, "No resource-mobilisation plan."),
    "G2-FIN-06": (
        2,
        "Funds are managed by IGAD under its financial rules and audited as part of the IGAD "
        "audit; no separate financial report to members.",
    ),
    "G2-FIN-07": (0, "No contingency plan if the main donor leaves."),
    "G2-SUP-01": (
        2,
        "Ministerial launch in 2017; not renewed since. The 2022 IGAD ministerial communiqué "
        "mentions HAWEN once.",
    ),
    "G2-SUP-02": (
        1,
        "Heads of wildlife agencies know the network; heads of customs and police mostly do "
        "not. HAWEN is named in Kenya's and Uganda's national strategies only.",
    ),
    "G2-SUP-03": (
        2,
        "UNODC and INTERPOL supported trainings in 2019 and 2022; support is coordinated "
        "meeting by meeting, without a joint work plan.",
    ),
    "G2-SUP-04": (
        1,
        "TRAFFIC and AWF help with trainings; no MoU with any NGO, university or private company.",
    ),
    "G2-SUP-05": (
        3,
        "Delegates attended the Global Meeting of WENs (Geneva 2019, Panama City 2022); "
        "exchange visit with LATF in 2022; contacts with SAWEN.",
    ),
    "G2-SUP-06": (
        2,
        "IGAD provides office space in Djibouti and administrative support; no formal host "
        "agreement for the network as such.",
    ),
    "G2-SUP-07": (
        0,
        "Low visibility: no website, no communication plan. Partners outside the wildlife "
        "sector rarely know the network exists.",
    ),
    "G2-DEL-01": (
        1,
        "WhatsApp group of focal points and e-mail; no secure platform and no record of how "
        "much it is used. Use of INTERPOL I-24/7 depends on police NCBs.",
    ),
    "G2-DEL-02": (
        2,
        "Trainings on species identification (2019) and investigations (2022) with partners; "
        "not based on an assessed need and not evaluated.",
    ),
    "G2-DEL-03": (
        1,
        "Participated in one INTERPOL-led operation (Thunder 2020) through national agencies; "
        "no operation coordinated by HAWEN itself.",
    ),
    "G2-DEL-04": (
        2,
        "Annual meetings in 2018, 2019 and 2022 with reports; no technical workshops between "
        "meetings.",
    ),
    "G2-DEL-05": (0, "No newsletter, website or annual report."),
    "G2-DEL-06": (
        1,
        "A regional protocol on handling seized live animals was discussed in 2022; no draft yet.",
    ),
    "G2-DEL-07": (
        0,
        "Seizure data stay with national agencies; no regional compilation or trend analysis.",
    ),
    "G2-DEL-08": (
        1,
        "Support to national plans is ad hoc (comments on Uganda's draft strategy in 2021).",
    ),
    "G2-DEL-09": (
        1,
        "Results are listed in meeting reports (trainings held); seizures and cases supported "
        "are not counted.",
    ),
    "G2-DEL-10": (
        1,
        "Kenya's forensic laboratory offered support to members; no network project on "
        "forensics or online-trade monitoring.",
    ),
}

FLAGGED = {"G2-MEM-06", "G2-FIN-06"}

PARTICIPANTS = [
    (
        "Amina Yusuf",
        "IGAD Secretariat, Environment and Natural Resources",
        "Djibouti",
        "Coordinator",
    ),
    ("Daniel Otieno", "Kenya Wildlife Service", "Kenya", "Chair; national focal point"),
    ("Grace Nakato", "Uganda Wildlife Authority", "Uganda", "National focal point"),
    (
        "Samuel Ayele",
        "Ethiopian Wildlife Conservation Authority",
        "Ethiopia",
        "National focal point",
    ),
    ("Hodan Ali", "Ministry of Environment and Climate Change", "Somalia", "National focal point"),
    (
        "John Deng",
        "Ministry of Wildlife Conservation and Tourism",
        "South Sudan",
        "National focal point",
    ),
    (
        "Omar Hassan",
        "Wildlife Conservation General Administration",
        "Sudan",
        "National focal point",
    ),
    ("Fatouma Ibrahim", "Ministry of Environment", "Djibouti", "National focal point"),
    ("Peter Mwangi", "Kenya Revenue Authority, Customs", "Kenya", "Customs representative"),
    ("Claire Martin", "UNODC Regional Office for Eastern Africa", "Kenya", "Observer"),
]


def hawen_2022_record(uuid: str, note_factor: int = 1) -> AssessmentRecord:
    """The demo assessment; ``note_factor`` repeats every note (for benchmarks)."""
    answers = []
    for item_id, (level, note) in ANSWERS.items():
        text = "\n".join([note] * note_factor)
        answers.append(
            {
                "item_id": item_id,
                "level": level,
                "not_applicable": level is None,
                "justification": text if level is None else "",
                "notes": "" if level is None else text,
                "flagged": item_id in FLAGGED,
            }
        )
    return AssessmentRecord.model_validate(
        {
            "uuid": uuid,
            "title": "[Demo] HAWEN self-assessment 2022",
            "assessment_date": date(2022, 12, 7),
            "status": "completed",
            "questionnaire": {"id": "iccwc-wen-g2", "version": "1.0"},
            "network": {
                "name": "HAWEN",
                "region": "Horn of Africa (IGAD)",
                "member_countries": [
                    "Djibouti",
                    "Ethiopia",
                    "Kenya",
                    "Somalia",
                    "South Sudan",
                    "Sudan",
                    "Uganda",
                ],
            },
            "facilitator": "Amina Yusuf",
            "participants": [
                {"name": n, "organisation": o, "country": c, "role": r}
                for n, o, c, r in PARTICIPANTS
            ],
            "answers": answers,
            "targets": {"FIN": 2.0, "SUP": 2.5},
            "actions": [
                {
                    "item_id": "G2-FIN-03",
                    "text": "Propose a member contribution scheme for the coordinator post to the "
                    "2023 Senior Officials Meeting.",
                    "owner": "IGAD Secretariat",
                    "due": date(2023, 6, 30),
                    "status": "in_progress",
                },
                {
                    "item_id": "G2-GOV-07",
                    "owner": "Chair (Kenya)",
                    "due": date(2023, 9, 30),
                    "status": "planned",
                },
                {
                    "item_id": "G2-MEM-04",
                    "text": "Kenya and Uganda to share their task-force decrees as templates.",
                    "owner": "National focal points",
                    "due": date(2023, 12, 31),
                    "status": "planned",
                },
                {
                    "item_id": "G2-SUP-07",
                    "owner": "Coordinator",
                    "due": date(2023, 3, 31),
                    "status": "done",
                },
            ],
            "is_demo": True,
        }
    )
