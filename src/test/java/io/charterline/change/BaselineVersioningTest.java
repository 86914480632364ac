package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterline.plan.Baseline;
import io.charterline.plan.BaselineStatus;
import io.charterline.plan.BaselineVersion;
import io.charterline.plan.WorkPackageSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Approved changes become baseline versions. The project's v1: A (16 h) before B (8 h) and C (24 h), both before
 * D (8 h). Change "longer B" makes B 40 h; change "add E" adds E (8 h) after D. Both are analysed on v1.
 */
class BaselineVersioningTest extends ChangeControlTestSupport {

    @Autowired
    ChangeControlService changeControl;

    private String projectKey;

    private static WorkPackageSpec spec(String code, int hours, String... predecessors) {
        return new WorkPackageSpec(code, "Package " + code, BigDecimal.valueOf(hours), "JAVA", 3,
                Arrays.asList(predecessors));
    }

    @BeforeEach
    void projectWithApprovedBaseline() {
        projectKey = executingProjectWithBaseline(List.of(spec("A", 16), spec("B", 8, "A"), spec("C", 24, "A"),
                spec("D", 8, "B", "C"))).getKey();
    }

    private String approvedChange(WorkPackageChange change) {
        return approvedChange(change, List.of());
    }

    private String approvedChange(WorkPackageChange change, List<String> affectedItems) {
        ProposalBuilder builder = proposal().budgetChange(0);
        ChangeProposal base = builder.build();
        ChangeProposal proposal = new ChangeProposal(base.title(), base.description(), base.reason(),
                base.requestedType(), base.requester(), List.of(change), BigDecimal.ZERO, null, affectedItems,
                base.windowStart(), base.windowEnd());
        String id = changeRequestService.register(projectKey, proposal).getKey();
        changeControl.analyse(id);
        changeControl.recordDecision(id, ChangeDecision.APPROVE, "pm", "Needed");
        return id;
    }

    private String longerB() {
        return approvedChange(new WorkPackageChange(WorkPackageAction.MODIFY, "B", null, new BigDecimal("40"), null,
                null, null));
    }

    private String modify(String code, int hours) {
        return approvedChange(new WorkPackageChange(WorkPackageAction.MODIFY, code, null, BigDecimal.valueOf(hours),
                null, null, null));
    }

    private String restoredLog(String change) {
        return changeLog.findByChangeRequestKeyOrderByIdAsc(change).stream()
                .filter(entry -> entry.getEvent() == ChangeEvent.BASELINE_RESTORED)
                .map(ChangeLogEntry::getDetail).findFirst().orElseThrow();
    }

    private String addE() {
        return approvedChange(new WorkPackageChange(WorkPackageAction.ADD, "E", "Package E", new BigDecimal("8"),
                "JAVA", 3, List.of("D")));
    }

    private Map<String, BigDecimal> hours(int version) {
        Baseline baseline = baselineService.baseline(projectKey, version).orElseThrow();
        return baseline.plan().specs().stream()
                .collect(Collectors.toMap(WorkPackageSpec::code, WorkPackageSpec::estimateHours));
    }

    private List<ChangeEvent> story(String changeRequestId) {
        return changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequestId).stream().map(ChangeLogEntry::getEvent)
                .toList();
    }

    @Test
    void approvedChangeBecomesTheNextVersionAndTheOlderOneIsKept() {
        String change = longerB();

        assertThat(changeControl.updateBaseline(change)).isEqualTo(2);

        assertThat(baselineService.versions(projectKey)).extracting(BaselineVersion::version, BaselineVersion::status,
                BaselineVersion::changeRequestId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, BaselineStatus.SUPERSEDED, null),
                org.assertj.core.groups.Tuple.tuple(2, BaselineStatus.APPROVED, change));
        assertThat(hours(1)).containsEntry("B", new BigDecimal("8.00"));
        assertThat(hours(2)).containsEntry("B", new BigDecimal("40.00"));
        assertThat(story(change)).endsWith(ChangeEvent.BASELINE_UPDATED, ChangeEvent.WORK_PACKAGES_UPDATED);
        assertThat(changeRequests.findByKey(change).orElseThrow().getAppliedBaselineVersion()).isEqualTo(2);
    }

    @Test
    void secondChangeAnalysedOnTheSameVersionIsReanalysedAndLandsOnTopOfTheFirst() {
        String first = longerB();
        String second = addE();

        changeControl.updateBaseline(first);
        int applied = changeControl.updateBaseline(second);

        assertThat(applied).isEqualTo(3);
        assertThat(hours(3)).containsEntry("B", new BigDecimal("40.00")).containsEntry("E", new BigDecimal("8.00"));
        assertThat(story(second)).containsSubsequence(ChangeEvent.ANALYSED, ChangeEvent.APPROVED,
                ChangeEvent.REANALYSED, ChangeEvent.BASELINE_UPDATED);
        assertThat(changeRequests.findByKey(second).orElseThrow().getAnalysedBaselineVersion()).isEqualTo(2);
    }

    @Test
    void twoChangesAppliedAtTheSameTimeBothLand() throws Exception {
        String first = longerB();
        String second = addE();
        CyclicBarrier together = new CyclicBarrier(2);

        List<CompletableFuture<Integer>> applying = new ArrayList<>();
        for (String change : List.of(first, second)) {
            applying.add(CompletableFuture.supplyAsync(() -> applyRetryingLikeTheJobExecutor(change, together)));
        }

        List<Integer> versions = applying.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(versions).containsExactly(2, 3);
        assertThat(hours(3)).containsEntry("B", new BigDecimal("40.00")).containsEntry("E", new BigDecimal("8.00"));
        assertThat(baselineService.versions(projectKey)).extracting(BaselineVersion::status).containsExactly(
                BaselineStatus.SUPERSEDED, BaselineStatus.SUPERSEDED, BaselineStatus.APPROVED);
        String later = versions.get(1) == changeRequests.findByKey(first).orElseThrow().getAppliedBaselineVersion()
                ? first : second;
        assertThat(story(later)).contains(ChangeEvent.REANALYSED);
    }

    private int applyRetryingLikeTheJobExecutor(String change, CyclicBarrier together) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                if (attempt == 0) {
                    together.await();
                }
                return changeControl.updateBaseline(change);
            } catch (RuntimeException failed) {
                last = failed;
            } catch (Exception interrupted) {
                throw new IllegalStateException(interrupted);
            }
        }
        throw last;
    }

    @Test
    void backOutRecordsTheVersionBeforeTheChangeAgainAndKeepsEveryVersion() {
        String change = longerB();
        changeControl.updateBaseline(change);

        changeControl.backOut(change, "pmo");

        assertThat(baselineService.versions(projectKey)).extracting(BaselineVersion::version).containsExactly(1, 2, 3);
        assertThat(hours(3)).isEqualTo(hours(1));
        assertThat(baselineService.currentBaseline(projectKey).orElseThrow().version()).isEqualTo(3);
        assertThat(story(change)).endsWith(ChangeEvent.BASELINE_RESTORED, ChangeEvent.WORK_PACKAGES_UPDATED,
                ChangeEvent.BACKED_OUT);
        assertThat(restoredLog(change)).startsWith("On the review of pmo, who found the implementation failed: "
                + "baseline v3 recorded on v2 without this change's own changes (v1 to v2); later changes stay. ");
    }

    @Test
    void backOutTakesOutOnlyItsOwnChangeAndKeepsAChangeAppliedAfterIt() {
        String change = longerB();
        changeControl.updateBaseline(change);
        changeControl.updateBaseline(modify("C", 30));

        changeControl.backOut(change, "pmo");

        assertThat(baselineService.currentBaseline(projectKey).orElseThrow().version()).isEqualTo(4);
        assertThat(hours(4)).containsEntry("B", new BigDecimal("8.00")).containsEntry("C", new BigDecimal("30.00"))
                .hasSize(4);
        assertThat(restoredLog(change)).contains("Reverted: B estimateHours 40 h -> 8 h. Kept: nothing.");
    }

    @Test
    void backOutLeavesAFieldThatALaterChangeSetAgainAndSaysSo() {
        String change = longerB();
        changeControl.updateBaseline(change);
        changeControl.updateBaseline(modify("B", 50));

        changeControl.backOut(change, "pmo");

        assertThat(hours(4)).containsEntry("B", new BigDecimal("50.00"));
        assertThat(restoredLog(change)).contains(
                "Reverted: nothing. Kept: B estimateHours stays 50 h: a later change set it after this one.");
    }

    @Test
    void backOutIsRefusedWhenALaterChangeMadeAPackageWaitForOneItAdded() {
        String change = addE();
        changeControl.updateBaseline(change);
        String later = approvedChange(new WorkPackageChange(WorkPackageAction.ADD, "F", "Package F",
                new BigDecimal("4"), "JAVA", 3, List.of("E")));
        changeControl.updateBaseline(later);

        assertThatThrownBy(() -> changeControl.backOut(change, "pmo")).isInstanceOf(ChangeBackOutRefusedException.class)
                .hasMessage(change + " cannot be backed out of baseline v3 of " + projectKey + " by itself: F waits "
                        + "for E, which the back-out would remove (" + later + " made it wait, in baseline v3). "
                        + "Request a change that takes it out by hand and says what these packages wait for instead.");
        assertThat(baselineService.currentBaseline(projectKey).orElseThrow().version()).isEqualTo(3);
        assertThat(story(change)).last().isEqualTo(ChangeEvent.BACK_OUT_REFUSED);
    }

    @Test
    void aChangeReanalysedBeforeItIsAppliedDoesNotConflictWithItsOwnWindow() {
        String first = longerB();
        String onTheWiki = approvedChange(new WorkPackageChange(WorkPackageAction.ADD, "E", "Package E",
                new BigDecimal("8"), "JAVA", 3, List.of("D")), List.of("WIKI"));
        changeControl.updateBaseline(first);

        changeControl.updateBaseline(onTheWiki);

        assertThat(story(onTheWiki)).contains(ChangeEvent.REANALYSED);
        assertThat(changeRequests.findByKey(onTheWiki).orElseThrow().getImpactJson())
                .doesNotContain("OTHER_CHANGE");
    }
}
