package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.platform.web.InvalidField;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeRequestFormTest {

    @Test
    void readsTheFormsValuesIntoAProposal() {
        ChangeRequestForm.Read read = ChangeRequestForm.read(Map.of(TITLE, "Re-plan", DESCRIPTION, "Shift work",
                REASON, "Status RED", REQUESTED_TYPE, "normal", BUDGET_CHANGE, 5000L, AFFECTED_ITEMS, "CRM, BILLING,",
                WINDOW_START, "2027-03-06T22:00Z", WINDOW_END, "2027-03-07T02:00+01:00",
                PROPOSED_CHANGES_CSV, ProposedChangesCsv.HEADER + "\nREMOVE,5.9,,,,,"), "pm");

        assertThat(read.errors()).isEmpty();
        ChangeProposal proposal = read.proposal();
        assertThat(proposal.requestedType()).isEqualTo(ChangeType.NORMAL);
        assertThat(proposal.requester()).isEqualTo("pm");
        assertThat(proposal.budgetChange()).isEqualByComparingTo(new BigDecimal("5000"));
        assertThat(proposal.affectedItems()).containsExactly("CRM", "BILLING");
        assertThat(proposal.windowStart()).isEqualTo(Instant.parse("2027-03-06T22:00:00Z"));
        assertThat(proposal.windowEnd()).isEqualTo(Instant.parse("2027-03-07T01:00:00Z"));
        assertThat(proposal.workPackageChanges()).extracting(WorkPackageChange::code).containsExactly("5.9");
    }

    @Test
    void valuesOfTheWrongTypeAreNamedByTheirFormField() {
        ChangeRequestForm.Read read = ChangeRequestForm.read(Map.of(REQUESTED_TYPE, "URGENT", BUDGET_CHANGE, "lots",
                WINDOW_START, "next week"), "pm");

        assertThat(read.errors()).extracting(InvalidField::field)
                .containsExactly(REQUESTED_TYPE, BUDGET_CHANGE, WINDOW_START);
    }

    @Test
    void validatorErrorsOnWorkPackagesPointAtTheirCsvRow() {
        ChangeRequestForm.Read read = ChangeRequestForm.read(Map.of(PROPOSED_CHANGES_CSV,
                ProposedChangesCsv.HEADER + "\nADD,7.1,Export,40,JAVA,3,\nADD,7.2,Import,8,JAVA,9,"), "pm");

        assertThat(read.toFormField(new InvalidField("workPackageChanges[1].skillLevel", "must be from 1 to 5, got 9")))
                .isEqualTo(new InvalidField(PROPOSED_CHANGES_CSV, "row 2 (7.2): skillLevel must be from 1 to 5, got 9"));
        assertThat(read.toFormField(new InvalidField("title", "is required")))
                .isEqualTo(new InvalidField("title", "is required"));
    }
}
