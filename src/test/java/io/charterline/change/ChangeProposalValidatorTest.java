package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.platform.web.InvalidField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangeProposalValidatorTest extends ChangeControlTestSupport {

    @Autowired
    ChangeProposalValidator validator;

    private static ChangeProposal with(List<WorkPackageChange> changes, Instant start, Instant end) {
        return new ChangeProposal("Rework", "Rework", "Because", ChangeType.NORMAL, "requester", changes,
                new BigDecimal("100"), null, List.of(), start, end);
    }

    private static Instant inDays(long days) {
        return Instant.now().plus(days, ChronoUnit.DAYS);
    }

    @Test
    void validProposalHasNoErrors() {
        assertThat(validator.validate(proposal().build())).isEmpty();
    }

    @Test
    void changeThatOnlyTouchesConfigurationItemsIsValid() {
        assertThat(validator.validate(proposal().budgetChange(0).items("T-BILLING").build())).isEmpty();
    }

    @Test
    void changeThatProposesNothingAtAllIsRefusedOnEveryFieldThatCouldCarryIt() {
        String nothing = "propose at least one of: a work-package change, a budget change other than 0, "
                + "a scope change, an affected configuration item";

        assertThat(validator.validate(proposal().budgetChange(0).build())).containsExactly(
                new InvalidField("workPackageChanges", nothing), new InvalidField("budgetChange", nothing),
                new InvalidField("scopeChange", nothing), new InvalidField("affectedItems", nothing));
    }

    @Test
    void windowMustEndWithinTwoYears() {
        assertThat(validator.validate(with(List.of(), inDays(700), inDays(740))))
                .extracting(InvalidField::field).containsExactly("windowEnd");
    }

    @Test
    void windowThatIsAlreadyOverIsRefusedOnBothEnds() {
        assertThat(validator.validate(with(List.of(), inDays(-3), inDays(-2))))
                .extracting(InvalidField::field).containsExactly("windowStart", "windowEnd");
    }

    @Test
    void windowThatStartedYearsAgoIsRefusedThoughItEndsInTheFuture() {
        assertThat(validator.validate(with(List.of(), Instant.parse("2020-01-01T00:00:00Z"), inDays(7))))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("windowStart");
                    assertThat(error.message()).startsWith("must be in the future, or at most an hour ago");
                });
    }

    @Test
    void windowOfAChangeAlreadyUnderWayMayHaveStartedMinutesAgo() {
        assertThat(validator.validate(with(List.of(), Instant.now().minus(10, ChronoUnit.MINUTES), inDays(1))))
                .isEmpty();
    }

    @Test
    void estimateAboveThePlansLimitIsRefusedAsThePlanStatesIt() {
        List<WorkPackageChange> changes = List.of(new WorkPackageChange(WorkPackageAction.MODIFY, "6.4", null,
                new BigDecimal("50000"), null, null, null));

        assertThat(validator.validate(with(changes, inDays(10), inDays(11)))).containsExactly(new InvalidField(
                "workPackageChanges[0].estimateHours", "must be more than 0 and at most 10000 hours, got 50000"));
    }

    @Test
    void workPackageChangedTwiceOrPrecedingItselfIsRefused() {
        List<WorkPackageChange> changes = List.of(
                new WorkPackageChange(WorkPackageAction.MODIFY, "6.4", null, null, null, null, List.of("6.4")),
                new WorkPackageChange(WorkPackageAction.REMOVE, "6.4", null, null, null, null, List.of()));

        assertThat(validator.validate(with(changes, inDays(10), inDays(11)))).containsExactly(
                new InvalidField("workPackageChanges[0].predecessors", "a work package cannot precede itself"),
                new InvalidField("workPackageChanges[1].code", "'6.4' is changed more than once"));
    }

    @Test
    void modifyThatOnlyClearsThePredecessorsGivesAField() {
        List<WorkPackageChange> changes = List.of(
                new WorkPackageChange(WorkPackageAction.MODIFY, "6.4", null, null, null, null, List.of()));

        assertThat(validator.validate(with(changes, inDays(10), inDays(11)))).isEmpty();
    }

    @Test
    void modifyThatChangesNothingAndAddWithoutItsFieldsAreRefused() {
        List<WorkPackageChange> changes = List.of(
                new WorkPackageChange(WorkPackageAction.MODIFY, "6.4", null, null, null, null, null),
                new WorkPackageChange(WorkPackageAction.ADD, "7.1", "Export", null, null, null, List.of()));

        assertThat(validator.validate(with(changes, inDays(10), inDays(11)))).extracting(InvalidField::field)
                .containsExactly("workPackageChanges[0].action", "workPackageChanges[1].estimateHours",
                        "workPackageChanges[1].skill", "workPackageChanges[1].skillLevel");
    }

    @Test
    void budgetChangeWithMoreThanTwoDecimalsIsRefusedRatherThanRoundedToNothing() {
        ChangeProposal proposal = new ChangeProposal("Rework", "Rework", "Because", ChangeType.NORMAL, "requester",
                List.of(), new BigDecimal("0.001"), null, List.of(), inDays(10), inDays(11));

        assertThat(validator.validate(proposal)).containsExactly(
                new InvalidField("budgetChange", "may have at most 2 decimals, got 0.001"));
    }

    @Test
    void estimateWithMoreThanTwoDecimalsIsRefused() {
        List<WorkPackageChange> changes = List.of(
                new WorkPackageChange(WorkPackageAction.MODIFY, "6.4", null, new BigDecimal("8.125"), null, null,
                        null));

        assertThat(validator.validate(with(changes, inDays(10), inDays(11)))).containsExactly(
                new InvalidField("workPackageChanges[0].estimateHours", "may have at most 2 decimals, got 8.125"));
    }
}
