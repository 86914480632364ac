package io.charterline.plan;

import static io.charterline.plan.CriticalPathSchedulerTest.wp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterline.platform.time.ReplayClock;
import io.charterline.platform.web.ConflictException;
import io.charterline.project.ProjectRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BaselineServiceTest {

    /** Rates from the V1 skill catalog: ARCHITECTURE 140, JAVA 110, TESTING 85 per hour. */
    private static final List<WorkPackageSpec> PLAN = List.of(
            new WorkPackageSpec("A", "Design", new BigDecimal("16"), "ARCHITECTURE", 4, List.of()),
            new WorkPackageSpec("B", "Build", new BigDecimal("24"), "JAVA", 3, List.of("A")),
            new WorkPackageSpec("C", "Test", new BigDecimal("12.5"), "TESTING", 2, List.of("B")));

    @Autowired
    ProjectRepository projects;

    @Autowired
    PlanService planService;

    @Autowired
    BaselineService baselineService;

    @Autowired
    ReplayClock clock;

    String key;

    /** On the project's start day, so that its packages, none begun, keep the dates the plan gives them. */
    @BeforeEach
    void planningProject() {
        clock.replayFrom(TestProjects.START.atStartOfDay(ZoneOffset.UTC).toInstant());
        key = TestProjects.planning(projects, new BigDecimal("10000")).getKey();
    }

    @AfterEach
    void present() {
        clock.present();
    }

    @Test
    void draftBaselineIsScheduledAndCostedFromTheDraftPlan() {
        planService.storeDraft(key, PLAN);

        Baseline baseline = baselineService.buildDraft(key, "pm");

        assertThat(baseline.version()).isEqualTo(1);
        assertThat(baseline.status()).isEqualTo(BaselineStatus.DRAFT);
        assertThat(baseline.createdBy()).isEqualTo("pm");
        Plan plan = baseline.plan();
        // 16 x 140 + 24 x 110 + 12.5 x 85 = 2240 + 2640 + 1062.50
        assertThat(plan.budgetAtCompletion()).isEqualByComparingTo("5942.50");
        assertThat(plan.totalHours()).isEqualByComparingTo("52.5");
        assertThat(plan.packages()).extracting(PlannedPackage::plannedCost)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2240"), new BigDecimal("2640"), new BigDecimal("1062.50"));
        // 2 + 3 + 2 working days from Monday 2 March: Tuesday 10 March
        assertThat(plan.durationDays()).isEqualTo(7);
        assertThat(plan.startDate()).isEqualTo(TestProjects.START);
        assertThat(plan.finishDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(plan.criticalPath()).containsExactly("A", "B", "C");
        assertThat(plan.specs()).isEqualTo(PLAN);
    }

    @Test
    void storedBaselineReadsBackAsItWasBuilt() {
        planService.storeDraft(key, PLAN);
        Baseline built = baselineService.buildDraft(key, "pm");

        assertThat(baselineService.baseline(key, 1)).contains(built);
        assertThat(baselineService.currentBaseline(key)).contains(built);
    }

    @Test
    void planningAgainBeforeApprovalReplacesDraftV1() {
        planService.storeDraft(key, PLAN);
        baselineService.buildDraft(key, "pm");
        planService.storeDraft(key, List.of(wp("ONLY", 8)));

        Baseline rebuilt = baselineService.buildDraft(key, "pmo");

        assertThat(rebuilt.version()).isEqualTo(1);
        assertThat(rebuilt.createdBy()).isEqualTo("pmo");
        assertThat(rebuilt.plan().specs()).extracting(WorkPackageSpec::code).containsExactly("ONLY");
        assertThat(baselineService.baseline(key, 2)).isEmpty();
    }

    @Test
    void buildingWithoutADraftPlanIsRefused() {
        assertThatThrownBy(() -> baselineService.buildDraft(key, "pm")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("has no draft plan");
    }

    @Test
    void approvalMakesV1TheCurrentApprovedBaseline() {
        planService.storeDraft(key, PLAN);
        baselineService.buildDraft(key, "pm");

        Baseline approved = baselineService.approveBaseline(key);

        assertThat(approved.status()).isEqualTo(BaselineStatus.APPROVED);
        assertThat(approved.approvedAt()).isNotNull();
        assertThat(approved.rowVersion()).isEqualTo(1);
        assertThat(baselineService.currentBaseline(key)).get().extracting(Baseline::status)
                .isEqualTo(BaselineStatus.APPROVED);
    }

    @Test
    void approvingTwiceIsRefused() {
        planService.storeDraft(key, PLAN);
        baselineService.buildDraft(key, "pm");
        baselineService.approveBaseline(key);

        assertThatThrownBy(() -> baselineService.approveBaseline(key)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no draft baseline v1");
    }

    @Test
    void rebuildingAfterApprovalIsRefused() {
        planService.storeDraft(key, PLAN);
        baselineService.buildDraft(key, "pm");
        baselineService.approveBaseline(key);

        assertThatThrownBy(() -> baselineService.buildDraft(key, "pm")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only through a change request");
    }

    @Test
    void approvedChangeBecomesV2AndSupersedesV1() {
        planService.storeDraft(key, PLAN);
        baselineService.buildDraft(key, "pm");
        Baseline v1 = baselineService.approveBaseline(key);
        List<WorkPackageSpec> proposal = new ArrayList<>(v1.plan().specs());
        proposal.set(1, new WorkPackageSpec("B", "Build", new BigDecimal("40"), "JAVA", 3, List.of("A")));
        proposal.remove(2);
        proposal.add(wp("D", 8, "B"));

        Baseline v2 = baselineService.recordApprovedVersion(key, 1, proposal, BigDecimal.ZERO, "CR-2099-0001",
                "Bigger build", "ccb1");

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(BaselineStatus.APPROVED);
        assertThat(v2.changeRequestId()).isEqualTo("CR-2099-0001");
        assertThat(v2.createdBy()).isEqualTo("ccb1");
        // 16 x 140 + 40 x 110 + 8 x 110; 2 + 5 + 1 working days from Monday 2 March: Wednesday 11 March
        assertThat(v2.plan().budgetAtCompletion()).isEqualByComparingTo("7520");
        assertThat(v2.plan().finishDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(v2.plan().criticalPath()).containsExactly("A", "B", "D");
        Baseline oldV1 = baselineService.baseline(key, 1).orElseThrow();
        assertThat(oldV1.status()).isEqualTo(BaselineStatus.SUPERSEDED);
        assertThat(oldV1.plan()).isEqualTo(v1.plan());
        assertThat(baselineService.currentBaseline(key)).contains(v2);
    }

    @Test
    void changeAnalysedAgainstASupersededVersionIsRefused() {
        planService.storeDraft(key, PLAN);
        baselineService.buildDraft(key, "pm");
        Baseline v1 = baselineService.approveBaseline(key);
        baselineService.recordApprovedVersion(key, 1, v1.plan().specs(), BigDecimal.ZERO, "CR-2099-0002", "First",
                "pm");

        assertThatThrownBy(() -> baselineService.recordApprovedVersion(key, 1, v1.plan().specs(), BigDecimal.ZERO,
                "CR-2099-0003", "Second", "pm"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is on baseline v2, but the change was analysed against v1");
    }

    @Test
    void replanningAProposalStoresNothing() {
        planService.storeDraft(key, PLAN);
        baselineService.buildDraft(key, "pm");
        Baseline v1 = baselineService.approveBaseline(key);

        Plan whatIf = baselineService.replan(key, List.of(wp("X", 800)));

        assertThat(whatIf.durationDays()).isEqualTo(100);
        assertThat(baselineService.currentBaseline(key)).contains(v1);
    }

    @Test
    void planOfFiftyThousandPackagesIsStoredAndBaselined() {
        List<WorkPackageSpec> plan = CriticalPathSchedulerTest.randomDag(50_000, new Random(11));

        long started = System.nanoTime();
        planService.storeDraft(key, plan);
        long stored = System.nanoTime();
        Baseline baseline = baselineService.buildDraft(key, "pm");
        long built = System.nanoTime();
        System.out.printf("50,000 packages: draft stored in %d ms, baseline built and read back in %d ms%n",
                (stored - started) / 1_000_000, (built - stored) / 1_000_000);

        assertThat(baseline.plan().packages()).hasSize(50_000);
        // equals() rather than AssertJ's element diff, which would take minutes to describe a mismatch this size
        assertThat(baseline.plan().specs().equals(plan)).as("the baseline holds the plan as given").isTrue();
    }
}
