package io.charterline.plan;

import static io.charterline.plan.CriticalPathSchedulerTest.wp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.charterline.platform.time.ReplayClock;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.project.ProjectRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkPackageServiceTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ProjectRepository projects;

    @Autowired
    PlanService planService;

    @Autowired
    BaselineService baselineService;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    ReplayClock clock;

    @Autowired
    IdentityService identityService;

    String key;
    String dev;

    /**
     * A (1 day) before B (2 days); C (1 day) on its own. A completion's hours fill its person's days, so each test's
     * developer is one no other test reports hours for.
     */
    @BeforeEach
    void approvedPlan() {
        dev = "wp-dev-" + SEQUENCE.incrementAndGet();
        identityService.saveUser(identityService.newUser(dev));
        key = TestProjects.planning(projects, new BigDecimal("100000")).getKey();
        planService.storeDraft(key, List.of(wp("A", 8), wp("B", 16, "A"), wp("C", 8)));
        baselineService.buildDraft(key, "pm");
        baselineService.approveBaseline(key);
        workPackages.syncFromBaseline(key);
    }

    @AfterEach
    void backToThePresent() {
        clock.present();
    }

    @Test
    void syncAfterApprovalKeepsTheDraftPackagesPlannedWithTheirDates() {
        List<WorkPackage> live = workPackages.list(key);

        assertThat(live).extracting(WorkPackage::code).containsExactly("A", "B", "C");
        assertThat(live).extracting(WorkPackage::state).containsOnly(WorkPackageState.PLANNED);
        assertThat(live.get(1).plannedStart()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(live.get(1).plannedFinish()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(live.get(1).predecessors()).containsExactly("A");
    }

    @Test
    void packagesWithoutUnfinishedPredecessorsAreReleasable() {
        assertThat(workPackages.releasable(key)).extracting(WorkPackage::code).containsExactly("A", "C");
    }

    @Test
    void completingAPredecessorMakesItsSuccessorReleasable() {
        workPackages.markReleased(key, "A", "instance-a");
        workPackages.assign(key, "A", dev);
        workPackages.complete(key, "A", new BigDecimal("7.5"), "Done early", dev);

        assertThat(workPackages.releasable(key)).extracting(WorkPackage::code).containsExactly("B", "C");
    }

    @Test
    void releasingMakesThePackageReadyWithItsProcessInstance() {
        WorkPackage released = workPackages.markReleased(key, "A", "instance-a");

        assertThat(released.state()).isEqualTo(WorkPackageState.READY);
        assertThat(released.processInstanceId()).isEqualTo("instance-a");
        assertThat(released.releasedAt()).isNotNull();
        assertThat(workPackages.releasable(key)).extracting(WorkPackage::code).containsExactly("C");
    }

    @Test
    void releasingTwiceIsAConflict() {
        workPackages.markReleased(key, "A", "instance-a");

        assertThat(catchThrowableOfType(ConflictException.class,
                () -> workPackages.markReleased(key, "A", "instance-b")))
                .hasMessageContaining("A of " + key + " is READY; only a PLANNED package can be released");
    }

    @Test
    void assigningReleasedWorkPutsItInProgress() {
        workPackages.markReleased(key, "A", "instance-a");

        WorkPackage assigned = workPackages.assign(key, "A", "dev2");

        assertThat(assigned.assignee()).isEqualTo("dev2");
        assertThat(assigned.state()).isEqualTo(WorkPackageState.IN_PROGRESS);
    }

    @Test
    void assigningPlannedWorkOnlyPreAssignsIt() {
        assertThat(workPackages.assign(key, "B", "dev2").state()).isEqualTo(WorkPackageState.PLANNED);
    }

    @Test
    void assigningToAnUnknownUserIsRefused() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> workPackages.assign(key, "A", "nobody"))
                .fields()).containsExactly(new InvalidField("assignee", "'nobody' is not a known user"));
    }

    @Test
    void completionBooksHoursNoteAndWhoDidIt() {
        workPackages.markReleased(key, "B", "instance-b");
        workPackages.assign(key, "B", dev);

        WorkPackage done = workPackages.complete(key, "B", new BigDecimal("18.25"), "  Built and reviewed ", dev);

        assertThat(done.state()).isEqualTo(WorkPackageState.DONE);
        assertThat(done.actualHours()).isEqualByComparingTo("18.25");
        assertThat(done.completionNote()).isEqualTo("Built and reviewed");
        assertThat(done.completedBy()).isEqualTo(dev);
        assertThat(done.completedAt()).isNotNull();
    }

    @Test
    void completionHoursMustFitTwentyFourHoursPerWorkingDay() {
        workPackages.markReleased(key, "B", "instance-b");
        workPackages.assign(key, "B", dev);
        clock.replayFrom(clock.instant().plus(Duration.ofDays(3)));

        assertThat(completionError("B", "48.01")).containsExactly(new InvalidField("actualHours",
                "must be at most 48 h: 24 h for each of the package's 2 working days; got 48.01"));
        assertThat(completionError("B", "0")).extracting(InvalidField::field).containsExactly("actualHours");
        assertThat(workPackages.complete(key, "B", new BigDecimal("48"), null, dev).state())
                .isEqualTo(WorkPackageState.DONE);
    }

    @Test
    void completionHoursMustFitTwentyFourHoursPerDaySinceTheRelease() {
        workPackages.markReleased(key, "B", "instance-b");
        workPackages.assign(key, "B", dev);
        LocalDate today = LocalDate.now(clock);

        assertThat(completionError("B", "24.5")).containsExactly(new InvalidField("actualHours",
                "must be at most 24 h: 24 h for each of the 1 calendar day from B's release on " + today
                        + " to today (" + today + "), as work on a package starts with its release; got 24.5"));
        clock.replayFrom(clock.instant().plus(Duration.ofDays(1)));
        assertThat(workPackages.complete(key, "B", new BigDecimal("24.5"), null, dev).state())
                .isEqualTo(WorkPackageState.DONE);
    }

    @Test
    void hoursOverSeveralLimitsAreRefusedOnceWithTheBindingLimitFirstAndEveryReason() {
        workPackages.markReleased(key, "B", "instance-b");
        workPackages.assign(key, "B", dev);
        LocalDate today = LocalDate.now(clock);

        assertThat(completionError("B", "50")).containsExactly(new InvalidField("actualHours",
                "must be at most 24 h: 24 h for each of the 1 calendar day from B's release on " + today
                        + " to today (" + today + "), as work on a package starts with its release; and at most 48 h: "
                        + "24 h for each of the package's 2 working days; got 50"));
    }

    @Test
    void onlyTheAssigneeCompletes() {
        workPackages.markReleased(key, "A", "instance-a");
        workPackages.assign(key, "A", dev);

        assertThat(catchThrowableOfType(ConflictException.class,
                () -> workPackages.complete(key, "A", BigDecimal.ONE, null, "dev2")))
                .hasMessageContaining("is assigned to " + dev + ", so dev2 cannot complete it");
    }

    @Test
    void workNotYetReleasedCannotBeCompleted() {
        workPackages.assign(key, "A", dev);

        assertThat(catchThrowableOfType(ConflictException.class,
                () -> workPackages.complete(key, "A", BigDecimal.ONE, null, dev)))
                .hasMessageContaining("is PLANNED; only READY or IN_PROGRESS work can be completed");
    }

    @Test
    void packageOfAnotherProjectCannotBeCompletedHere() {
        String other = TestProjects.planning(projects, new BigDecimal("1000")).getKey();
        planService.storeDraft(other, List.of(wp("OTHER-1", 8)));

        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> workPackages.complete(key, "OTHER-1", BigDecimal.ONE, null, dev)).fields())
                .containsExactly(new InvalidField("code", "project " + key + " has no work package 'OTHER-1'"));
    }

    @Test
    void openPackagesAndAllDoneFollowTheWork() {
        for (String code : List.of("A", "C")) {
            workPackages.markReleased(key, code, "instance-" + code);
            workPackages.assign(key, code, dev);
            workPackages.complete(key, code, BigDecimal.ONE, null, dev);
        }
        assertThat(workPackages.openPackages(key)).extracting(WorkPackage::code).containsExactly("B");
        assertThat(workPackages.allDone(key)).isFalse();

        workPackages.markReleased(key, "B", "instance-B");
        workPackages.assign(key, "B", dev);
        workPackages.complete(key, "B", BigDecimal.ONE, null, dev);

        assertThat(workPackages.openPackages(key)).isEmpty();
        assertThat(workPackages.allDone(key)).isTrue();
    }

    @Test
    void projectWithoutPackagesIsNotAllDone() {
        String empty = TestProjects.planning(projects, new BigDecimal("1000")).getKey();

        assertThat(workPackages.allDone(empty)).isFalse();
    }

    @Test
    void cancellingOpenWorkLeavesDoneWorkAlone() {
        workPackages.markReleased(key, "A", "instance-a");
        workPackages.assign(key, "A", dev);
        workPackages.complete(key, "A", BigDecimal.ONE, null, dev);

        assertThat(workPackages.cancelOpen(key)).isEqualTo(2);
        assertThat(states()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "A", WorkPackageState.DONE, "B", WorkPackageState.CANCELLED, "C", WorkPackageState.CANCELLED));
        assertThat(workPackages.allDone(key)).isTrue();
    }

    @Test
    void syncFromANewVersionCreatesAddedCancelsDroppedKeepsProgressAndCountsOnlyChangedPackagesAsChanged() {
        workPackages.markReleased(key, "A", "instance-a");
        workPackages.assign(key, "A", dev);
        workPackages.complete(key, "A", BigDecimal.ONE, null, dev);
        Baseline v1 = baselineService.currentBaseline(key).orElseThrow();
        List<WorkPackageSpec> proposal = new ArrayList<>(v1.plan().specs());
        proposal.removeIf(spec -> spec.code().equals("C"));
        proposal.add(wp("D", 8, "B"));
        baselineService.recordApprovedVersion(key, 1, proposal, BigDecimal.ZERO, "CR-2099-0009", "Swap C for D",
                "pm");

        Map<String, List<LocalDate>> datesBefore = plannedDates();

        WorkPackageService.SyncResult result = workPackages.syncFromBaseline(key);

        long moved = plannedDates().entrySet().stream().filter(dates -> List.of("A", "B").contains(dates.getKey()))
                .filter(dates -> !dates.getValue().equals(datesBefore.get(dates.getKey()))).count();
        assertThat(moved).as("the new version moves some of A and B, not both").isLessThan(2);
        assertThat(result).as("created D; changed only those of A and B the new version moved; cancelled C")
                .isEqualTo(new WorkPackageService.SyncResult(1, (int) moved, List.of("C")));
        assertThat(states()).containsExactlyInAnyOrderEntriesOf(Map.of("A", WorkPackageState.DONE,
                "B", WorkPackageState.PLANNED, "C", WorkPackageState.CANCELLED, "D", WorkPackageState.PLANNED));
        assertThat(workPackages.list(key).get(0).actualHours()).isEqualByComparingTo("1");
    }

    private Map<String, List<LocalDate>> plannedDates() {
        return workPackages.list(key).stream().collect(Collectors.toMap(WorkPackage::code,
                wp -> List.of(wp.plannedStart(), wp.plannedFinish())));
    }

    private List<InvalidField> completionError(String code, String hours) {
        return catchThrowableOfType(InvalidInputException.class,
                () -> workPackages.complete(key, code, new BigDecimal(hours), null, dev)).fields();
    }

    private Map<String, WorkPackageState> states() {
        return workPackages.list(key).stream()
                .collect(Collectors.toMap(WorkPackage::code, WorkPackage::state));
    }
}
