"""Demo assessments of realistic networks, so a newcomer sees a full library at once.

The levels are illustrative, loosely shaped on what is publicly known of each network
(see the questionnaire brief); every demo is titled "[Demo]" and flagged ``is_demo``.
"""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import date

from wen_assess.demo_hawen import hawen_2022_record
from wen_assess.records import (
    ActionRecord,
    AnswerRecord,
    AssessmentRecord,
    Network,
    ParticipantRecord,
    QuestionnaireRef,
)
from wen_assess.storage.service import AssessmentService

# Fixed uuids: running `demo` twice does not duplicate anything.
_NAMESPACE = uuid_module.UUID("6f1c4d1e-2b0a-4f57-9a61-0c5d9b7e3a10")


@dataclass(frozen=True)
class DemoSpec:
    key: str
    questionnaire_id: str
    network: Network
    title: str
    when: date
    # Levels per area, one character per item: 0-3, "n" = N/A, "." = unanswered.
    levels: dict[str, str]
    notes: dict[str, str] = field(default_factory=dict)
    justifications: dict[str, str] = field(default_factory=dict)
    participants: tuple[ParticipantRecord, ...] = ()
    completed: bool = False
    baseline: str | None = None
    actions: tuple[ActionRecord, ...] = ()


ASEAN = Network(
    name="ASEAN-WEN",
    region="Southeast Asia",
    member_countries=[
        "Brunei", "Cambodia", "Indonesia", "Lao PDR", "Malaysia",
        "Myanmar", "Philippines", "Singapore", "Thailand", "Viet Nam",
    ],
)  # fmt: skip
SAWEN = Network(
    name="SAWEN",
    region="South Asia",
    member_countries=[
        "Afghanistan", "Bangladesh", "Bhutan", "India", "Maldives", "Nepal", "Pakistan",
        "Sri Lanka",
    ],
)  # fmt: skip
HAWEN = Network(
    name="HAWEN",
    region="Horn of Africa (IGAD)",
    member_countries=[
        "Djibouti", "Ethiopia", "Kenya", "Somalia", "South Sudan", "Sudan", "Uganda",
    ],
)  # fmt: skip
CARWEN = Network(name="CAR-WEN", region="Wider Caribbean", member_countries=[])

SPECS = (
    DemoSpec(
        key="asean-2025",
        questionnaire_id="iccwc-wen-g2",
        network=ASEAN,
        title="[Demo] ASEAN-WEN maturity self-assessment 2025",
        when=date(2025, 6, 12),
        levels={
            "MEM": "3322323222",
            "GOV": "3332323232222",
            "FIN": "2111211",
            "SUP": "3232322",
            "DEL": "3333322322",
        },
        notes={
            "G2-GOV-07": "Coordination unit with two officers; host agreement renewed 2024.",
            "G2-FIN-03": "Core costs depend on one donor project ending 2026.\n"
            "Members discussed a contribution formula at the 2025 meeting.",
            "G2-DEL-03": "Joint operation with customs and police in 2024; debrief report shared.",
            "G2-MEM-04": "Task forces meet quarterly in 7 of 10 members; Quản lý rừng đặc dụng "
            "(Viet Nam) joined in 2024.",
        },
        participants=(
            ParticipantRecord(name="Chair (rotating)", organisation="ASEAN-WEN", role="Chair"),
            ParticipantRecord(
                name="Programme officer", organisation="Coordination unit", role="Secretariat"
            ),
            ParticipantRecord(
                name="Focal point",
                organisation="Wildlife authority",
                country="Thailand",
                role="National focal point",
            ),
        ),
        completed=True,
    ),
    DemoSpec(
        key="sawen-2025",
        questionnaire_id="iccwc-wen-g2",
        network=SAWEN,
        title="[Demo] SAWEN self-assessment 2025 (workshop in progress)",
        when=date(2025, 9, 23),
        levels={
            "MEM": "2222111221",
            "GOV": "3122222.....1",
            "FIN": "1.1....",
            "SUP": ".......",
            "DEL": "..........",
        },
        notes={
            "G2-GOV-02": "Statute not yet endorsed by all eight members.",
            "G2-GOV-01": "Statute adopted 2016; secretariat in Kathmandu.",
        },
        participants=(
            ParticipantRecord(
                name="Chief enforcement officer",
                organisation="SAWEN Secretariat",
                country="Nepal",
                role="Secretariat",
            ),
            ParticipantRecord(
                name="Focal point",
                organisation="Department of Forests and Wildlife",
                country="Bhutan",
                role="National focal point",
            ),
            ParticipantRecord(
                name="Focal point",
                organisation="Wildlife Crime Control Bureau",
                country="India",
                role="National focal point",
            ),
            ParticipantRecord(
                name="Customs officer",
                organisation="Sri Lanka Customs",
                country="Sri Lanka",
                role="Customs",
            ),
        ),
    ),
    DemoSpec(
        key="hawen-2024",
        questionnaire_id="iccwc-wen-g2",
        network=HAWEN,
        title="[Demo] HAWEN re-assessment 2024",
        when=date(2024, 11, 20),
        levels={
            "MEM": "2222212112",
            "GOV": "2221222222221",
            "FIN": "1101010",
            "SUP": "2212212",
            "DEL": "2212121121",
        },
        notes={
            "G2-MEM-02": "Customs and police focal points named in five members.",
            "G2-FIN-03": "IGAD hosts the secretariat in kind; core staff still project-funded.",
        },
        baseline="hawen-2022",
        actions=(
            ActionRecord(
                item_id="G2-FIN-03",
                text="Agree an in-kind hosting arrangement with IGAD.",
                owner="Secretariat",
                due=date(2025, 6, 30),
                status="in_progress",
            ),
            ActionRecord(
                item_id="G2-MEM-02",
                text="Invite customs and police to national task forces.",
                owner="National focal points",
                due=date(2025, 3, 31),
                status="done",
            ),
        ),
    ),
    DemoSpec(
        key="carwen-2025",
        questionnaire_id="iccwc-wen-g1",
        network=CARWEN,
        title="[Demo] CAR-WEN readiness checklist 2025",
        when=date(2025, 3, 4),
        levels={"CTX": "21", "MEM": "221", "GOV": "12211", "FIN": "101", "SUP": "211", "DEL": "1n"},
        notes={"G1-GOV-02": "Draft MoU circulated after the 2022 relaunch."},
        justifications={
            "G1-DEL-02": "Baseline deferred until the MoU is signed; tracked by the interim "
            "coordinator."
        },
    ),
)


def demo_uuid(key: str) -> str:
    return str(uuid_module.uuid5(_NAMESPACE, key))


def build_record(spec: DemoSpec, service: AssessmentService) -> AssessmentRecord:
    q = service.registry.get(spec.questionnaire_id)
    answers = []
    for area in q.areas:
        codes = spec.levels.get(area.code, "")
        for item, code in zip(area.items, codes.ljust(len(area.items), "."), strict=True):
            if code == ".":
                continue
            answers.append(
                AnswerRecord(
                    item_id=item.id,
                    level=None if code == "n" else int(code),
                    not_applicable=code == "n",
                    justification=spec.justifications.get(item.id, ""),
                    notes=spec.notes.get(item.id, ""),
                )
            )
    return AssessmentRecord(
        uuid=demo_uuid(spec.key),
        title=spec.title,
        assessment_date=spec.when,
        status="completed" if spec.completed else "in_progress",
        questionnaire=QuestionnaireRef(id=q.id, version=q.version),
        network=spec.network,
        participants=list(spec.participants),
        answers=answers,
        actions=list(spec.actions),
        baseline_uuid=demo_uuid(spec.baseline) if spec.baseline else None,
        is_demo=True,
    )


def demo_records(service: AssessmentService) -> list[AssessmentRecord]:
    return [
        hawen_2022_record(demo_uuid("hawen-2022")),
        *(build_record(spec, service) for spec in SPECS),
    ]


def add_demo_assessments(service: AssessmentService) -> list[str]:
    """Add the demo assessments not yet present, in one transaction; returns their titles."""
    added = []
    with service.transaction() as session:
        for record in demo_records(service):
            if service.uuid_exists(record.uuid):
                continue
            service.add_record(record, session)
            added.append(record.title)
    return added
