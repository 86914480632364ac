package io.charterline.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.charterline.change.ChangeBackOutRefusedException;
import io.charterline.change.ChangeControlService;
import io.charterline.change.ChangeControlTestSupport;
import io.charterline.change.ChangeDecision;
import io.charterline.change.ChangeLogEntry;
import io.charterline.change.ChangeStatus;
import io.charterline.closing.CloseoutReportData.Change;
import io.charterline.closing.CloseoutReportData.ResourceUse;
import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineService;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.project.ProjectStatus;
import io.charterline.time.TimeEntryInput;
import io.charterline.time.TimeEntryService;
import io.charterline.work.WorkRelease;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The closeout report's baseline, changes and resources. Baseline v1 plans A (16 h) and B (8 h) of JAVA and C
 * (24 h) of TESTING. A is assigned to a worker who books 4 h; B is released to the project manager, who books
 * nothing; C is never started. CR one adds D (400 h JAVA, v2), CR two adds E (v3) and is backed out (v4 restores
 * v2's packages).
 */
class CloseoutReportFiguresTest extends ChangeControlTestSupport {

    @Autowired
    ChangeControlService changeControl;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    TimeEntryService timeEntries;

    @Autowired
    BaselineService baselines;

    @Autowired
    RecordedCloseoutReportDataSource reports;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkRelease workRelease;

    private String projectKey;
    private String worker;
    /** The worker as the report names them: first and last name from the identity service. */
    private String name;
    /** Who decides the changes this fixture applies, as the project manager does. */
    private String manager;
    private String applied;
    private String backedOut;

    private static WorkPackageSpec spec(String code, int hours, String skill) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), skill, 3, List.of());
    }

    @BeforeEach
    void workedOnAChangedPlan() {
        projectKey = executingProjectWithBaseline(List.of(spec("A", 16, "JAVA"), spec("B", 8, "JAVA"),
                spec("C", 24, "TESTING"))).getKey();
        worker = "closeout-" + projectKey;
        User user = engine.getIdentityService().newUser(worker);
        user.setFirstName("Team");
        user.setLastName(worker);
        engine.getIdentityService().saveUser(user);
        name = "Team " + worker;
        manager = "manager-" + projectKey;
        User pm = engine.getIdentityService().newUser(manager);
        pm.setFirstName("Paula");
        pm.setLastName("Manager-" + projectKey);
        engine.getIdentityService().saveUser(pm);
        workPackages.syncFromBaseline(projectKey);
        workPackages.markReleased(projectKey, "A", "instance-A");
        workPackages.assign(projectKey, "A", worker);
        workPackages.markReleased(projectKey, "B", "instance-B");
        workPackages.assign(projectKey, "B", "pm");
        timeEntries.book(projectKey, new TimeEntryInput("A", LocalDate.now(clock), new BigDecimal("4"),
                "Worked on A", worker), "pm", List.of());
        applied = register(proposal().add("D", 400, "JAVA"));
        apply(applied);
        backedOut = register(proposal().add("E", 8, "JAVA"));
        apply(backedOut);
        changeControl.backOut(backedOut, "pmo");
    }

    private String register(ProposalBuilder proposal) {
        return changeRequestService.register(projectKey, proposal.build()).getKey();
    }

    private void apply(String change) {
        changeControl.analyse(change);
        changeControl.recordDecision(change, ChangeDecision.APPROVE, manager, "Needed");
        changeControl.updateBaseline(change);
    }

    private CloseoutReportData report() {
        return reports.dataOf(projectKey, ProjectStatus.CLOSED, LocalDate.now(clock));
    }

    @Test
    void resourcesNameWhoBookedTheHoursAndNobodyForPackagesNobodyWorkedOn() {
        assertThat(report().resources()).usingRecursiveFieldByFieldElementComparator(
                RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(
                new ResourceUse(name, "JAVA", null, null, new BigDecimal("16"), new BigDecimal("4"), BigDecimal.ZERO),
                new ResourceUse(null, "JAVA", null, null, new BigDecimal("408"), BigDecimal.ZERO, BigDecimal.ZERO),
                new ResourceUse(null, "TESTING", null, null, new BigDecimal("24"), BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void aPackageAChangeRemovedKeepsItsEstimateAsPlannedBesideTheHoursBookedBeforeItWasCancelled() {
        apply(register(proposal().remove("A")));

        assertThat(report().resources()).usingRecursiveFieldByFieldElementComparator(
                RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(
                new ResourceUse(name, "JAVA", "A", new BigDecimal("4"), new BigDecimal("16"), new BigDecimal("4"),
                        BigDecimal.ZERO),
                new ResourceUse(null, "JAVA", null, null, new BigDecimal("408"), BigDecimal.ZERO, BigDecimal.ZERO),
                new ResourceUse(null, "TESTING", null, null, new BigDecimal("24"), BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** A package released ahead of its work, as on a Saturday before a Monday start, says when work could begin. */
    @Test
    void theActualStartIsTheFirstTimeEntryNotTheEarlierReleaseOfAPackage() {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("UPDATE work_package SET released_at = ? WHERE project_key = ? AND code = 'A'",
                Timestamp.from(today.minusDays(2).atStartOfDay(clock.getZone()).toInstant()), projectKey);

        CloseoutReportData.Schedule schedule = report().schedule();

        assertThat(schedule.actualStart()).isEqualTo(today);
        assertThat(schedule.startIsRelease()).isFalse();
    }

    @Test
    void openWorkATerminationCancelledIsListedWithItsEstimateAlsoWhereNobodyBookedHours() {
        workRelease.cancelOpenWork(projectKey);

        assertThat(report().resources()).filteredOn(use -> "C".equals(use.cancelledPackage())).singleElement()
                .satisfies(use -> {
                    assertThat(use.person()).isNull();
                    assertThat(use.plannedHours()).isEqualByComparingTo("24");
                    assertThat(use.actualHours()).isEqualByComparingTo("0");
                    assertThat(use.work()).isEqualTo("TESTING, cancelled C before any work");
                });
        assertThat(report().resources()).filteredOn(use -> "A".equals(use.cancelledPackage())).singleElement()
                .satisfies(use -> {
                    assertThat(use.person()).isEqualTo(name);
                    assertThat(use.plannedHours()).isEqualByComparingTo("16");
                    assertThat(use.actualHours()).isEqualByComparingTo("4");
                    assertThat(use.work()).isEqualTo("JAVA, cancelled A after 4 h");
                });
    }

    @Test
    void baselineFinishAndBudgetComeFromTheSameCurrentVersion() {
        Baseline v4 = baselines.currentBaseline(projectKey).orElseThrow();
        Baseline v1 = baselines.baseline(projectKey, 1).orElseThrow();
        CloseoutReportData report = report();

        assertThat(v4.version()).isEqualTo(4);
        assertThat(report.schedule().baselineVersion()).isEqualTo(4);
        assertThat(report.schedule().baselineFinish()).isEqualTo(v4.plan().finishDate())
                .isAfter(v1.plan().finishDate());
        assertThat(report.cost().budgetAtCompletion()).isEqualByComparingTo(v4.plan().budgetAtCompletion());
    }

    @Test
    void aBackedOutChangeIsListedAsBackedOut() {
        assertThat(report().changes()).extracting(Change::key, Change::decision).containsExactly(
                tuple(applied, "Approved"),
                tuple(backedOut, "Approved, backed out"));
    }

    @Test
    void theChangesNameWhoDecidedThemByName() {
        String standard = register(proposal().add("F", 8, "JAVA"));
        changeControl.analyse(standard);
        changeControl.recordDecision(standard, ChangeDecision.APPROVE, null, "Pre-approved standard change");

        assertThat(report().changes()).extracting(Change::key, Change::decidedBy).containsExactly(
                tuple(applied, "Paula Manager-" + projectKey), tuple(backedOut, "Paula Manager-" + projectKey),
                tuple(standard, "pre-approved standard change"));
    }

    @Test
    void aBoardDecisionNamesTheMembersWhoVotedForItAndCountsThoseTheLogHadNoRoomFor() {
        String voted = register(proposal().add("F", 8, "JAVA"));
        changeControl.analyse(voted);
        List<String> members = List.of(person("Ada"), person("Ben"), person("Cy"), person("Dee"));
        members.forEach(member -> changeControl.recordVote(voted, member, ChangeDecision.APPROVE, "Fine"));
        changeControl.recordVote(voted, person("Eve"), ChangeDecision.REJECT, "Peak season");
        changeControl.recordDecision(voted, ChangeDecision.APPROVE, "ccb", "Majority");

        assertThat(report().changes()).filteredOn(change -> change.key().equals(voted)).singleElement()
                .extracting(Change::decidedBy).isEqualTo("Ada " + members.get(0) + ", Ben " + members.get(1)
                        + " and 2 more");
    }

    /** A user of this project's own whose id is long enough that the change log cannot list four of them. */
    private String person(String firstName) {
        String id = firstName.toLowerCase() + "-board-" + projectKey;
        User user = engine.getIdentityService().newUser(id);
        user.setFirstName(firstName);
        user.setLastName(id);
        engine.getIdentityService().saveUser(user);
        return id;
    }

    @Test
    void changesATerminationEndedAreListedAsCancelledButAnAppliedOneReadsAppliedAndStaysInTheBaseline() {
        String undecided = register(proposal().add("F", 8, "JAVA"));
        changeControl.analyse(undecided);

        assertThat(changeControl.cancelInFlight(projectKey, "sponsor", "Budget withdrawn")).isEqualTo(2);

        assertThat(report().changes()).extracting(Change::key, Change::decision).containsExactly(
                tuple(applied, "Approved, applied, not implemented"),
                tuple(backedOut, "Approved, backed out"),
                tuple(undecided, "Cancelled"));
        assertThat(changeLog.findByChangeRequestKeyOrderByIdAsc(applied)).last()
                .extracting(ChangeLogEntry::getDetail)
                .isEqualTo("not implemented: project terminated (Budget withdrawn); baseline v2 with this change "
                        + "stays in effect");
        assertThat(changeControl.require(applied).getStatus()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(changeControl.require(undecided).getStatus()).isEqualTo(ChangeStatus.CANCELLED);
        assertThat(baselines.currentBaseline(projectKey).orElseThrow().version()).isEqualTo(4);
    }

    @Test
    void aFailedChangeWhoseBackOutWasRefusedIsListedAsFailedAndKept() {
        String added = register(proposal().add("G", 8, "JAVA"));
        apply(added);
        apply(register(proposal().add("H", 8, "JAVA", "G")));

        assertThatThrownBy(() -> changeControl.backOut(added, "pmo"))
                .isInstanceOf(ChangeBackOutRefusedException.class);

        assertThat(report().changes()).extracting(Change::key, Change::decision)
                .contains(tuple(added, "Approved, failed, kept"));
    }
}
