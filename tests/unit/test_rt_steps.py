import pytest

from pixrma_desktop.support.backend import CaseStep
from pixrma_desktop.support.rt_steps import rma_step, step_detail, support_step


@pytest.mark.parametrize(
    ("status", "step"),
    [
        ("new", CaseStep.RECEIVED),
        ("open", CaseStep.UNDER_REVIEW),
        ("stalled", CaseStep.REMOTE_FIX_PROPOSED),
        ("resolved", CaseStep.CLOSED),
        ("rejected", CaseStep.CLOSED),
        ("Remote fix proposed", CaseStep.REMOTE_FIX_PROPOSED),
        ("", CaseStep.RECEIVED),
    ],
)
def test_support_ticket_steps(status, step):
    assert support_step(status) is step


@pytest.mark.parametrize(
    ("rma", "support", "step"),
    [
        ("new", "open", CaseStep.RMA_ISSUED),
        ("open", "open", CaseStep.RMA_ISSUED),
        ("stalled", "open", CaseStep.QUOTE_PENDING),
        ("quote pending", "open", CaseStep.QUOTE_PENDING),
        ("repaired", "open", CaseStep.REPAIRED_SHIPPED),
        ("resolved", "open", CaseStep.REPAIRED_SHIPPED),
        ("resolved", "resolved", CaseStep.CLOSED),
    ],
)
def test_rma_ticket_steps(rma, support, step):
    assert rma_step(rma, support) is step


def test_details_name_the_rma_number_and_the_quote_delay():
    assert "RMA number 56" in step_detail(CaseStep.RMA_ISSUED, "56")
    assert "20 to 30 business days" in step_detail(CaseStep.QUOTE_PENDING, "56")
    assert "no RMA number yet" in step_detail(CaseStep.RECEIVED, None)
