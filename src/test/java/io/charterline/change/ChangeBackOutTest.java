package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.charterline.plan.WorkPackageSpec;
import io.charterline.plan.WorkPackageState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The version before the change: A (16 h), then B (8 h) and C (24 h), then D (8 h) after both. */
class ChangeBackOutTest {

    private static final List<WorkPackageSpec> BEFORE = List.of(spec("A", 16), spec("B", 8, "A"), spec("C", 24, "A"),
            spec("D", 8, "B", "C"));

    private static WorkPackageSpec spec(String code, int hours, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3,
                Arrays.asList(predecessors));
    }

    /** {@code plan} with each of {@code specs} put in place of the package of its code, or added at the end. */
    private static List<WorkPackageSpec> with(List<WorkPackageSpec> plan, WorkPackageSpec... specs) {
        List<WorkPackageSpec> changed = new ArrayList<>(plan);
        for (WorkPackageSpec spec : specs) {
            int at = changed.stream().map(WorkPackageSpec::code).toList().indexOf(spec.code());
            if (at < 0) {
                changed.add(spec);
            } else {
                changed.set(at, spec);
            }
        }
        return changed;
    }

    private static List<WorkPackageSpec> without(List<WorkPackageSpec> plan, String code) {
        return plan.stream().filter(spec -> !spec.code().equals(code)).toList();
    }

    private static ChangeBackOut.Result revert(List<WorkPackageSpec> changed, List<WorkPackageSpec> current) {
        return ChangeBackOut.revert(BEFORE, changed, current, Map.of(), Map.of());
    }

    @Test
    void aModifiedFieldGetsItsEarlierValueAndALaterChangeToAnotherPackageStays() {
        List<WorkPackageSpec> changed = with(BEFORE, spec("B", 40, "A"));

        ChangeBackOut.Result result = revert(changed, with(changed, spec("C", 30, "A")));

        assertThat(result.specs()).containsExactly(spec("A", 16), spec("B", 8, "A"), spec("C", 30, "A"),
                spec("D", 8, "B", "C"));
        assertThat(result.reverted()).containsExactly("B estimateHours 40 h -> 8 h");
        assertThat(result.kept()).isEmpty();
    }

    @Test
    void aFieldALaterChangeSetAgainKeepsTheLaterValueWhileTheOtherFieldsAreReverted() {
        List<WorkPackageSpec> changed = with(BEFORE, new WorkPackageSpec("B", "Build it", new BigDecimal("40"), "JAVA",
                3, List.of("A")));
        List<WorkPackageSpec> current = with(changed, new WorkPackageSpec("B", "Build it", new BigDecimal("50"),
                "JAVA", 3, List.of("A")));

        ChangeBackOut.Result result = revert(changed, current);

        assertThat(result.specs()).contains(new WorkPackageSpec("B", "Package B", new BigDecimal("50"), "JAVA", 3,
                List.of("A")));
        assertThat(result.reverted()).containsExactly("B name Build it -> Package B");
        assertThat(result.kept()).containsExactly("B estimateHours stays 50 h: a later change set it after this one");
    }

    @Test
    void anAddedPackageIsRemoved() {
        List<WorkPackageSpec> changed = with(BEFORE, spec("E", 8, "D"));

        ChangeBackOut.Result result = revert(changed, with(changed, spec("C", 30, "A")));

        assertThat(result.specs()).containsExactly(spec("A", 16), spec("B", 8, "A"), spec("C", 30, "A"),
                spec("D", 8, "B", "C"));
        assertThat(result.reverted()).containsExactly("removed E");
        assertThat(result.stranded()).isEmpty();
    }

    @Test
    void aPackageALaterChangeMadeWaitForAnAddedPackageIsStrandedNotCutLoose() {
        List<WorkPackageSpec> changed = with(BEFORE, spec("E", 8, "D"));

        ChangeBackOut.Result result = revert(changed, with(changed, spec("F", 4, "E"), spec("G", 2, "A", "E")));

        assertThat(result.stranded()).containsExactly(entry("F", List.of("E")), entry("G", List.of("E")));
        assertThat(result.kept()).isEmpty();
    }

    @Test
    void anAddedPackageThatIsDoneStays() {
        List<WorkPackageSpec> changed = with(BEFORE, spec("E", 8, "D"));

        ChangeBackOut.Result result = ChangeBackOut.revert(BEFORE, changed, changed,
                Map.of("E", WorkPackageState.DONE), Map.of("E", new BigDecimal("8")));

        assertThat(result.specs()).isEqualTo(changed);
        assertThat(result.reverted()).isEmpty();
        assertThat(result.kept()).containsExactly("E stays: it is DONE");
    }

    @Test
    void anAddedPackageWithHoursBookedIsCancelledAndItsHoursStayAsSpentCost() {
        List<WorkPackageSpec> changed = with(BEFORE, spec("F", 4, "D"));

        ChangeBackOut.Result result = ChangeBackOut.revert(BEFORE, changed, changed, Map.of(),
                Map.of("F", new BigDecimal("1.5")));

        assertThat(result.specs()).isEqualTo(BEFORE);
        assertThat(result.reverted()).containsExactly("F cancelled: 1.50 h already booked stay as spent cost");
        assertThat(result.kept()).isEmpty();
    }

    @Test
    void aRemovedPackageComesBackWithoutItsLinkToAPackageALaterChangeRemoved() {
        List<WorkPackageSpec> changed = with(without(BEFORE, "C"), spec("D", 8, "B"));
        List<WorkPackageSpec> current = with(without(changed, "A"), spec("B", 8));

        ChangeBackOut.Result result = revert(changed, current);

        assertThat(result.specs()).containsExactly(spec("B", 8), spec("D", 8, "B", "C"), spec("C", 24));
        assertThat(result.reverted()).containsExactly("D predecessors B -> B C", "added back C");
        assertThat(result.kept()).containsExactly("C no longer waits for A: not in the plan any more");
    }

    @Test
    void doneWorkKeepsThePlanTheChangeGaveIt() {
        List<WorkPackageSpec> changed = with(BEFORE, spec("B", 40, "A"));

        ChangeBackOut.Result result = ChangeBackOut.revert(BEFORE, changed, changed,
                Map.of("B", WorkPackageState.DONE), Map.of("B", new BigDecimal("38")));

        assertThat(result.specs()).isEqualTo(changed);
        assertThat(result.kept()).containsExactly("B keeps its plan: it is DONE");
    }
}
