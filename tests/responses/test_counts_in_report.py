"""The report's member-responses section counts one form and one item in the singular, in
English and in French."""

from __future__ import annotations

from pdf_text import pdf_text
from response_helpers import create_hawen, db_path_fixture, fill, forms_for, service_fixture  # noqa: F401

from wen_assess import usecases
from wen_assess.responses.workflow import import_responses


def test_one_response_form_and_one_item_read_in_the_singular(service, tmp_path):
    assessment = create_hawen(service)
    forms = forms_for(service, assessment, tmp_path / "forms", ["Kenya"])
    fill(forms["Kenya"], {"G2-MEM-01": 2}, name="Jane Otieno")
    [outcome] = import_responses(service, assessment, [forms["Kenya"]])
    assert outcome.status == "imported"
    loaded = usecases.load(service, assessment)
    texts = {
        code: pdf_text(usecases.write_report(loaded, tmp_path / f"{code}.pdf", language=code))
        for code in ("en", "fr")
    }
    assert "returned a response form (14 %); 1 form in all." in texts["en"]
    assert "Of 1 item that members answered, the agreed level" in texts["en"]
    assert "; 1 formulaire en tout." in texts["fr"]
    assert "Sur 1 élément renseigné par les membres" in texts["fr"]
