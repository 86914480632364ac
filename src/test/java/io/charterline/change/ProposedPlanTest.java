package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules that decide whether a change's work-package changes fit the baseline and the live work. */
class ProposedPlanTest {

    private static final Set<String> SKILLS = Set.of("JAVA", "DATA");

    /** A chain: NET-1, then NET-2, then NET-3. */
    private static final List<WorkPackageSpec> CHAIN = List.of(spec("NET-1"), spec("NET-2", "NET-1"),
            spec("NET-3", "NET-2"));

    /** CH-1 is done; CH-3 (planned) and CH-4 (in progress) both follow it; CH-2 was removed and is cancelled. */
    private static final List<WorkPackageSpec> AFTER_CH_1 = List.of(spec("CH-1"), spec("CH-3", "CH-1"),
            spec("CH-4", "CH-1"));
    private static final Map<String, WorkPackageState> LIVE = Map.of("CH-1", WorkPackageState.DONE,
            "CH-2", WorkPackageState.CANCELLED, "CH-3", WorkPackageState.PLANNED,
            "CH-4", WorkPackageState.IN_PROGRESS);

    private static WorkPackageSpec spec(String code, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, new BigDecimal("16"), "JAVA", 3,
                Arrays.asList(predecessors));
    }

    private static WorkPackageChange modify(String code, BigDecimal hours, List<String> predecessors) {
        return new WorkPackageChange(WorkPackageAction.MODIFY, code, null, hours, null, null, predecessors);
    }

    private static WorkPackageChange remove(String code) {
        return new WorkPackageChange(WorkPackageAction.REMOVE, code, null, null, null, null, null);
    }

    private static WorkPackageChange add(String code, String... predecessors) {
        return new WorkPackageChange(WorkPackageAction.ADD, code, "Package " + code, new BigDecimal("10"), "DATA",
                3, List.of(predecessors));
    }

    private static List<InvalidField> refused(List<WorkPackageSpec> baseline, Map<String, WorkPackageState> live,
                                              WorkPackageChange... changes) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> ProposedPlan.apply(baseline, 4, List.of(changes), SKILLS, live)).fields();
    }

    private static WorkPackageSpec planned(List<WorkPackageSpec> plan, String code) {
        return plan.stream().filter(spec -> spec.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anEmptyPredecessorListLetsTheFirstPackageOfAChainBeRemoved() {
        List<WorkPackageSpec> plan = ProposedPlan.apply(CHAIN, 4,
                List.of(remove("NET-1"), modify("NET-2", null, List.of())), SKILLS, Map.of());

        assertThat(plan).extracting(WorkPackageSpec::code).containsExactly("NET-2", "NET-3");
        assertThat(planned(plan, "NET-2").predecessors()).isEmpty();
    }

    @Test
    void modifyWithoutPredecessorsKeepsThem() {
        List<WorkPackageSpec> plan = ProposedPlan.apply(CHAIN, 4,
                List.of(modify("NET-2", new BigDecimal("40"), null)), SKILLS, Map.of());

        assertThat(planned(plan, "NET-2").predecessors()).containsExactly("NET-1");
        assertThat(planned(plan, "NET-2").estimateHours()).isEqualByComparingTo("40");
    }

    @Test
    void removingTheFirstPackageWhileItsSuccessorKeepsWaitingIsStillRefused() {
        assertThat(refused(CHAIN, Map.of(), remove("NET-1"), modify("NET-2", new BigDecimal("40"), null)))
                .containsExactly(new InvalidField("workPackageChanges[0].code",
                        "removing NET-1 leaves NET-2 waiting for it; modify their predecessors in the same change"));
    }

    @Test
    void workInProgressCannotBeMadeToWaitForWorkNotDone() {
        assertThat(refused(AFTER_CH_1, LIVE, modify("CH-4", null, List.of("CH-3")))).containsExactly(
                new InvalidField("workPackageChanges[0].predecessors",
                        "CH-4 is IN_PROGRESS; it cannot be made to wait for CH-3, which is not done"));
    }

    @Test
    void releasedWorkCannotBeMadeToWaitForAPackageTheChangeAdds() {
        Map<String, WorkPackageState> released = Map.of("CH-1", WorkPackageState.DONE,
                "CH-3", WorkPackageState.PLANNED, "CH-4", WorkPackageState.READY);

        assertThat(refused(AFTER_CH_1, released, add("CH-5", "CH-1"), modify("CH-4", null, List.of("CH-1", "CH-5"))))
                .containsExactly(new InvalidField("workPackageChanges[1].predecessors",
                        "CH-4 is READY; it cannot be made to wait for CH-5, which is not done"));
    }

    @Test
    void workInProgressMayBeGivenDonePredecessorsOrNone() {
        List<WorkPackageSpec> plan = ProposedPlan.apply(AFTER_CH_1, 4,
                List.of(modify("CH-4", null, List.of()), modify("CH-3", null, List.of("CH-1"))), SKILLS, LIVE);

        assertThat(planned(plan, "CH-4").predecessors()).isEmpty();
    }

    @Test
    void plannedWorkMayBeMadeToWaitForWorkInProgress() {
        List<WorkPackageSpec> plan = ProposedPlan.apply(AFTER_CH_1, 4,
                List.of(modify("CH-3", null, List.of("CH-4"))), SKILLS, LIVE);

        assertThat(planned(plan, "CH-3").predecessors()).containsExactly("CH-4");
    }

    @Test
    void addingTheCodeOfACancelledPackageIsRefused() {
        assertThat(refused(AFTER_CH_1, LIVE, add("CH-2", "CH-1"))).containsExactly(
                new InvalidField("workPackageChanges[0].code", "CH-2 was used by a cancelled package; use a new code"));
    }
}
