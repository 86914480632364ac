package io.charterline.plan;

import static io.charterline.plan.CriticalPathSchedulerTest.wp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkPackageValidatorTest {

    private static final Set<String> SKILLS = Set.of("JAVA", "TESTING", "UX");

    private final WorkPackageValidator validator = new WorkPackageValidator();

    @Test
    void acceptsAValidPlan() {
        assertThatCode(() -> validator.validate(List.of(wp("A", 8), wp("B", 16, "A"), wp("C", 4, "A", "B")), SKILLS))
                .doesNotThrowAnyException();
    }

    @Test
    void duplicateCodeIsNamed() {
        assertThat(errors(List.of(wp("A", 8), wp("B", 8), wp("A", 8))))
                .containsExactly(new InvalidField("workPackages[2].code", "duplicate code A (also workPackages[0])"));
    }

    @Test
    void codeMustFollowThePattern() {
        assertThat(errors(List.of(wp("-A", 8), wp("A".repeat(33), 8), wp("WP 1", 8), wp("WP-1.a_b", 8))))
                .extracting(InvalidField::field)
                .containsExactly("workPackages[0].code", "workPackages[1].code", "workPackages[2].code");
    }

    @Test
    void eachFieldRuleNamesTheFieldAndThePackage() {
        List<InvalidField> errors = errors(List.of(
                new WorkPackageSpec("A", " ", new BigDecimal("0"), "COBOL", 6, List.of()),
                new WorkPackageSpec("B", "x".repeat(201), new BigDecimal("10000.01"), null, 0, List.of()),
                new WorkPackageSpec("C", "Fine", new BigDecimal("1.005"), "UX", null, List.of())));

        assertThat(errors).extracting(InvalidField::field).containsExactly(
                "workPackages[0].name", "workPackages[0].estimateHours", "workPackages[0].skill",
                "workPackages[0].skillLevel",
                "workPackages[1].name", "workPackages[1].estimateHours", "workPackages[1].skill",
                "workPackages[1].skillLevel",
                "workPackages[2].estimateHours", "workPackages[2].skillLevel");
        assertThat(errors.get(2).message()).isEqualTo("A: unknown skill 'COBOL'; one of [JAVA, TESTING, UX]");
        assertThat(errors.get(8).message()).contains("C: the estimate may have at most 2 decimals");
    }

    @Test
    void estimateOfExactlyTenThousandHoursIsAllowed() {
        assertThatCode(() -> validator.validate(List.of(wp("A", 10_000)), SKILLS)).doesNotThrowAnyException();
    }

    @Test
    void unknownPredecessorNamesPackageAndPredecessor() {
        assertThat(errors(List.of(wp("A", 8), wp("B", 8, "A", "Z"))))
                .containsExactly(new InvalidField("workPackages[1].predecessors",
                        "B names unknown predecessor 'Z'; predecessors must be codes of packages in the same plan"));
    }

    @Test
    void packageCannotWaitForItself() {
        assertThat(errors(List.of(wp("A", 8, "A"))))
                .containsExactly(new InvalidField("workPackages[0].predecessors", "A cannot be its own predecessor"));
    }

    @Test
    void cycleIsReportedWithTheCodesOnIt() {
        List<InvalidField> errors = errors(List.of(
                wp("START", 8), wp("A", 8, "START", "C"), wp("B", 8, "A"), wp("C", 8, "B"), wp("AFTER", 8, "C")));

        assertThat(errors).containsExactly(new InvalidField("workPackages[1].predecessors",
                "A is on a dependency cycle: A -> B -> C -> A (each must finish before the next starts); "
                        + "remove one of these predecessors"));
    }

    @Test
    void twoSeparateCyclesAreBothReported() {
        List<InvalidField> errors = errors(List.of(
                wp("A", 8, "B"), wp("B", 8, "A"), wp("C", 8, "D"), wp("D", 8, "C")));

        assertThat(errors).extracting(InvalidField::message).containsExactly(
                "A is on a dependency cycle: A -> B -> A (each must finish before the next starts); "
                        + "remove one of these predecessors",
                "C is on a dependency cycle: C -> D -> C (each must finish before the next starts); "
                        + "remove one of these predecessors");
    }

    @Test
    void emptyPlanIsRefused() {
        assertThat(errors(List.of())).containsExactly(
                new InvalidField("workPackages", "must hold between 1 and 50000 work packages, got 0"));
    }

    @Test
    void planOfMoreThanFiftyThousandPackagesIsRefused() {
        List<WorkPackageSpec> plan = IntStream.range(0, 50_001).mapToObj(i -> wp("WP-" + i, 8)).toList();

        assertThat(errors(plan)).containsExactly(
                new InvalidField("workPackages", "must hold between 1 and 50000 work packages, got 50001"));
    }

    @Test
    void moreThanAHundredPredecessorsAreRefused() {
        List<WorkPackageSpec> plan = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            plan.add(wp("P" + i, 8));
            codes.add("P" + i);
        }
        plan.add(wp("LAST", 8, codes.toArray(String[]::new)));

        assertThat(errors(plan)).extracting(InvalidField::field).containsExactly("workPackages[101].predecessors");
    }

    @Test
    void manyErrorsAreCappedAtAHundredAndCounted() {
        List<WorkPackageSpec> plan = IntStream.range(0, 150).mapToObj(i -> wp("WP-" + i, -1)).toList();

        List<InvalidField> errors = errors(plan);

        assertThat(errors).hasSize(101);
        assertThat(errors.get(100)).isEqualTo(
                new InvalidField("workPackages", "50 more error(s) not shown; fix the ones above first"));
    }

    @Test
    void largeShuffledPlanWithOneBackEdgeReportsThatCycle() {
        List<WorkPackageSpec> plan = new ArrayList<>(CriticalPathSchedulerTest.randomDag(49_998, new Random(7)));
        plan.add(wp("LOOP-1", 8, "LOOP-2"));
        plan.add(wp("LOOP-2", 8, "LOOP-1", "WP-1"));
        Collections.shuffle(plan, new Random(8));

        assertThat(errors(plan)).singleElement().extracting(InvalidField::message).asString()
                .containsAnyOf("LOOP-1 -> LOOP-2 -> LOOP-1", "LOOP-2 -> LOOP-1 -> LOOP-2");
    }

    private List<InvalidField> errors(List<WorkPackageSpec> plan) {
        return catchThrowableOfType(InvalidInputException.class, () -> validator.validate(plan, SKILLS)).fields();
    }
}
