package io.charterline.charter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plan-gate approvers as the charter review and the gate form show them. */
class PlanGateApproversTest {

    @Test
    void anUnknownApprovalIsShownAsThePmoAndTheSponsorWithTheValueNamed() {
        assertThat(ApplyGovernanceDelegate.planGateApprovers("PMO_AND_SPONSER")).isEqualTo("the PMO, then the "
                + "sponsor, as the decision governance-tier gave planGateApproval \"PMO_AND_SPONSER\", which is not "
                + "one of PMO, PMO_AND_SPONSOR");
    }

    @Test
    void noApprovalAtAllIsShownAsThePmoAndTheSponsorToo() {
        assertThat(ApplyGovernanceDelegate.planGateApprovers(null)).isEqualTo("the PMO, then the sponsor, as the "
                + "decision governance-tier gave no planGateApproval, which is not one of PMO, PMO_AND_SPONSOR");
    }

    @Test
    void theKnownApprovalsReadAsWords() {
        assertThat(ApplyGovernanceDelegate.planGateApprovers("PMO")).isEqualTo("the PMO");
        assertThat(ApplyGovernanceDelegate.planGateApprovers("PMO_AND_SPONSOR")).isEqualTo("the PMO, then the sponsor");
    }
}
