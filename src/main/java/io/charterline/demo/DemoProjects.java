package io.charterline.demo;

import static io.charterline.change.ChangeControlVariables.CHANGE_DECISION;
import static io.charterline.change.ChangeControlVariables.CHANGE_DECISION_REASON;
import static io.charterline.change.ChangeControlVariables.IMPLEMENTATION_NOTES;
import static io.charterline.change.ChangeControlVariables.IMPLEMENTATION_OUTCOME;
import static io.charterline.change.ChangeControlVariables.REVIEW_COMMENT;
import static io.charterline.change.ChangeControlVariables.VOTE;
import static io.charterline.change.ChangeControlVariables.VOTE_REASON;
import static io.charterline.change.ChangeControlVariables.WINDOW_DECISION;
import static io.charterline.project.LifecycleVariables.*;

import io.charterline.change.ChangeRequestInput;
import io.charterline.change.ChangeType;
import io.charterline.change.WorkPackageAction;
import io.charterline.change.WorkPackageChange;
import io.charterline.charter.CharterInput;
import io.charterline.platform.identity.DemoProperties;
import io.charterline.project.ProjectRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first start shows a living portfolio: projects in every phase, three of them finished with their history,
 * lessons and closeout report. Each is driven through the real lifecycle by the demo users, so Tasklist,
 * Cockpit and the API show real work. Runs once, on an empty project registry.
 */
@Component
@Order(20)
class DemoProjects implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoProjects.class);

    private static final String PLAN_HEADER = "code,name,estimateHours,skill,skillLevel,predecessors\n";
    private static final Pattern CLOSEST_CANDIDATE = Pattern.compile("closest candidate (\\S+)");

    private final ProjectDriver driver;
    private final ProjectRepository projects;
    private final Clock clock;
    private final boolean enabled;

    DemoProjects(ProjectDriver driver, ProjectRepository projects, Clock clock, DemoProperties demo,
                 @Value("${charterline.demo.projects:true}") boolean projectsEnabled) {
        this.driver = driver;
        this.projects = projects;
        this.clock = clock;
        this.enabled = demo.enabled() && projectsEnabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || projects.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        closedCrmMigration(today);
        closedPortalRefresh(today);
        terminatedScannerRollout(today);
        executingMobileOrdering(today);
        planningNetworkRefresh(today);
        charteringPayrollUpgrade(today);
        rejectedIntranetRedesign(today);
        LOG.info("Demo portfolio ready: {} projects", projects.count());
    }

    private void closedCrmMigration(LocalDate today) {
        LocalDate start = today.minusMonths(5);
        String key = toExecution(start, charter("CRM cloud migration", "Move the CRM to the vendor's cloud edition",
                "The on-premise licence ends this year and the cloud edition halves operating costs", 180_000,
                start, today.minusMonths(1), List.of("CRM", "CUSTOMER-DB"), false), """
                CRM-1,Analyse customisations,40,ANALYSIS,3,
                CRM-2,Migrate customer data,80,DATABASE,3,CRM-1
                CRM-3,Rebuild integrations,120,JAVA,3,CRM-1
                CRM-4,Test migration end to end,60,TESTING,2,CRM-2 CRM-3
                """, "Bring the CRM vendor in before the charter, not after");
        LocalDate analysisDone = plannedFinish(key, "CRM-1").plusDays(3);
        LocalDate window = analysisDone.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate lastDone = plannedFinish(key, "CRM-4").plusDays(4);
        new Timeline()
                .on(analysisDone, () -> driver.finishPackage(key, "CRM-1", 52))
                .on(analysisDone.plusDays(1), () -> requestOrderFeedChange(key, window))
                .on(analysisDone.plusDays(5), () -> approveChange(key))
                .on(start.plusWeeks(2), () -> statusCycle(key, "CONTINUE", "Data migration catches up next month"))
                .on(window, () -> implementChange(key))
                .on(plannedFinish(key, "CRM-2").minusDays(1), () -> driver.finishPackage(key, "CRM-2", 96))
                .on(start.plusWeeks(4), () -> statusCycle(key, "CONTINUE", "Integrations are nearly rebuilt"))
                .on(plannedFinish(key, "CRM-3").plusDays(2), () -> driver.finishPackage(key, "CRM-3", 150))
                .on(lastDone, () -> driver.finishPackage(key, "CRM-4", 58))
                .on(lastDone.plusDays(3), () -> accept(key, "Plan data cleansing as its own work package"))
                .run();
    }

    private void closedPortalRefresh(LocalDate today) {
        LocalDate start = today.minusMonths(4);
        String key = toExecution(start, charter("Customer portal refresh",
                "Give the customer portal a responsive design",
                "Mobile visitors abandon the portal twice as often as desktop visitors", 110_000,
                start, today.minusWeeks(3), List.of("CUSTOMER-PORTAL"), false), """
                POR-1,Redesign the portal pages,60,UX,3,
                POR-2,Implement the responsive layout,100,FRONTEND,3,POR-1
                POR-3,Accessibility and browser tests,40,TESTING,2,POR-2
                """, null);
        LocalDate lastDone = plannedFinish(key, "POR-3").plusDays(2);
        new Timeline()
                .on(plannedFinish(key, "POR-1").minusDays(1), () -> driver.finishPackage(key, "POR-1", 58))
                .on(start.plusWeeks(4), () -> statusCycle(key, "CONTINUE", "The layout work is catching up"))
                .on(plannedFinish(key, "POR-2").plusDays(5), () -> driver.finishPackage(key, "POR-2", 142))
                .on(lastDone, () -> driver.finishPackage(key, "POR-3", 44))
                .on(lastDone.plusDays(2), () -> driver.complete(key, "Task_AcceptDeliverables", "sponsor",
                        Map.of(ACCEPTANCE_DECISION, "SEND_BACK",
                                ACCEPTANCE_COMMENT, "The order history page still breaks on small screens")))
                .on(lastDone.plusDays(6), () -> driver.complete(key, "Task_ReworkDeliverables", "pm",
                        Map.of(REWORK_NOTE, "Order history fixed and retested")))
                .on(lastDone.plusDays(7), () -> accept(key, "Test on real phones before acceptance, not after"))
                .run();
    }

    private void terminatedScannerRollout(LocalDate today) {
        LocalDate start = today.minusMonths(3);
        String key = toExecution(start, charter("Warehouse scanner rollout",
                "Replace handheld scanners in three warehouses", "Fewer picking errors and no more unsupported devices",
                95_000, start, today.plusMonths(1), List.of("ERP"), false), """
                WHS-1,Select scanner model,24,ANALYSIS,2,
                WHS-2,Integrate scanners with the ERP,80,JAVA,2,WHS-1
                WHS-3,Roll out to warehouses,60,DEVOPS,2,WHS-2
                """, null);
        new Timeline()
                .on(plannedFinish(key, "WHS-1").plusDays(8), () -> driver.finishPackage(key, "WHS-1", 40))
                .on(start.plusWeeks(5), () -> statusCycle(key, "TERMINATE",
                        "The warehouses are being outsourced; the rollout is moot"))
                .on(start.plusWeeks(5).plusDays(3),
                        () -> accept(key, "Check the operating model before buying devices"))
                .run();
    }

    private void executingMobileOrdering(LocalDate today) {
        LocalDate start = today.minusWeeks(3);
        String key = toExecution(start, charter("Mobile ordering app", "Let customers order from their phones",
                "A third of web orders already come from mobile browsers", 240_000, start,
                today.plusMonths(4), List.of("MOBILE-APP", "API-GATEWAY", "ECOMMERCE"), false), """
                MOB-1,Design the order screens,60,UX,3,
                MOB-2,Build the ordering API,120,JAVA,3,MOB-1
                MOB-3,Build the app,160,FRONTEND,3,MOB-1
                MOB-4,Security review,40,SECURITY,3,MOB-2 MOB-3
                MOB-5,Pilot with 100 customers,40,TESTING,2,MOB-4
                """, "Name the app store owner in the charter");
        LocalDate designed = plannedFinish(key, "MOB-1");
        Timeline work = new Timeline()
                .on(start.plusWeeks(1), () -> statusCycle(key, "CONTINUE", "The screens are nearly designed"))
                .on(designed, () -> driver.finishPackage(key, "MOB-1", 64))
                .on(start.plusWeeks(2), () -> driver.runStatusCycle(key));
        for (LocalDate day = designed.plusDays(1); day.isBefore(today); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                work.on(day, () -> {
                    driver.bookToday(key, "MOB-2", "7", "Ordering API");
                    driver.bookToday(key, "MOB-3", "8", "Ordering app");
                });
            }
        }
        work.run();
        driver.bookToday(key, "MOB-2", "6", "Order endpoints sketched");
        driver.bookToday(key, "MOB-3", "7.5", "App skeleton and navigation");
        driver.runStatusCycle(key);
    }

    private void planningNetworkRefresh(LocalDate today) {
        String key = toPlanning(charter("Network core refresh", "Replace the core switches of both data centres",
                "The switches reach end of support; failures would stop every service", 1_200_000,
                today.plusWeeks(3), today.plusMonths(8), List.of("NETWORK-CORE"), true));
        driver.complete(key, "Task_PlanWork", "pm", Map.of(WORK_PACKAGES_CSV, PLAN_HEADER + """
                NET-1,Design the new core,80,NETWORK,3,
                NET-2,Order and stage switches,40,NETWORK,2,NET-1
                NET-3,Cut over data centre A,60,NETWORK,3,NET-2
                NET-4,Cut over data centre B,60,NETWORK,3,NET-3
                """));
        resolveGapIfAny(key);
    }

    private void charteringPayrollUpgrade(LocalDate today) {
        driver.start("requester", charter("Payroll upgrade", "Upgrade payroll to the supported release",
                "The current release loses legal updates next year", 150_000, today.plusMonths(1),
                today.plusMonths(6), List.of("HR"), false));
    }

    private void rejectedIntranetRedesign(LocalDate today) {
        String key = driver.start("requester", charter("Intranet redesign", "A new look for the intranet",
                "Staff find the intranet dated", 60_000, today.plusMonths(2), today.plusMonths(5), List.of(), false));
        driver.complete(key, "Task_ReviewCharter", "sponsor", Map.of(CHARTER_DECISION, "REJECT",
                CHARTER_COMMENT, "No measurable benefit stated; resubmit with usage figures"));
    }

    private String toPlanning(CharterInput charter) {
        String key = driver.start("requester", charter);
        driver.complete(key, "Task_ReviewCharter", "sponsor", Map.of(CHARTER_DECISION, "APPROVE"));
        driver.complete(key, "Task_PrepareScopeStatement", "pm", Map.of(IN_SCOPE, charter.objectives(),
                OUT_OF_SCOPE, "Process changes outside the named services", DELIVERABLES, "Working solution\nRunbook",
                ACCEPTANCE_CRITERIA, "Accepted by the sponsor after a pilot", INITIAL_RISKS, "Key staff availability"));
        return key;
    }

    /**
     * Chartered three weeks before its start, planned in the week before, approved on the day it starts: the plan
     * releases the first work that day.
     */
    private String toExecution(LocalDate start, CharterInput charter, String plan, String charterLesson) {
        try {
            driver.on(start.minusWeeks(3));
            String key = driver.start("requester", charter);
            driver.on(start.minusDays(19));
            driver.complete(key, "Task_ReviewCharter", "sponsor", charterLesson == null
                    ? Map.of(CHARTER_DECISION, "APPROVE")
                    : Map.of(CHARTER_DECISION, "APPROVE", GATE_LESSONS, charterLesson));
            driver.on(start.minusDays(16));
            driver.complete(key, "Task_PrepareScopeStatement", "pm", Map.of(IN_SCOPE, charter.objectives(),
                    OUT_OF_SCOPE, "Anything outside the named services", DELIVERABLES, "Working solution\nRunbook",
                    ACCEPTANCE_CRITERIA, "Accepted by the sponsor after a pilot"));
            driver.on(start.minusDays(7));
            driver.complete(key, "Task_PlanWork", "pm", Map.of(WORK_PACKAGES_CSV, PLAN_HEADER + plan));
            resolveGapIfAny(key);
            driver.on(start);
            driver.complete(key, "Task_ApprovePlan", "pmo", Map.of(PLAN_DECISION, "APPROVE"));
            driver.completeIfOpen(key, "Task_SponsorApprovePlan", "sponsor", Map.of(PLAN_DECISION, "APPROVE"));
            return key;
        } finally {
            driver.present();
        }
    }

    /** The sales team wants the ERP's order feed rebuilt too: three more days of integration work. */
    private void requestOrderFeedChange(String key, LocalDate windowDay) {
        Instant windowStart = windowDay.atTime(20, 0).toInstant(ZoneOffset.UTC);
        driver.requestChange(key, "pm", new ChangeRequestInput("Rebuild the ERP order feed",
                "Move the ERP's order feed to the cloud CRM's API with the other integrations",
                "Sales found that the old feed cannot reach the cloud edition", ChangeType.NORMAL,
                List.of(new WorkPackageChange(WorkPackageAction.MODIFY, "CRM-3", null, new BigDecimal("144"), null,
                        null, null)),
                new BigDecimal("3000"), null, List.of("CRM"), windowStart, windowStart.plus(2, ChronoUnit.HOURS)));
        driver.runPendingJobs(key);
    }

    /** Whoever the approval route names approves: the sponsor, the project manager, the change board or both. */
    private void approveChange(String key) {
        String change = changeOf(key);
        Map<String, Object> approve = Map.of(CHANGE_DECISION, "APPROVE",
                CHANGE_DECISION_REASON, "The cloud edition needs it before go-live");
        driver.completeIfOpen(change, "Task_ApproveChangeAsSponsor", "sponsor", approve);
        driver.completeIfOpen(change, "Task_ApproveChangeAsPm", "pm", approve);
        driver.runPendingJobs(key);
        driver.voteUntilDecided(change, Map.of(VOTE, "APPROVE", VOTE_REASON, "Small, and the migration depends on it"));
        driver.runPendingJobs(key);
        if (driver.completeIfOpen(change, "Task_OverrideWindow", "pmo", Map.of(WINDOW_DECISION, "ACCEPT_PROPOSED"))) {
            driver.runPendingJobs(key);
        }
    }

    private void implementChange(String key) {
        String change = changeOf(key);
        driver.complete(change, "Task_ImplementChange", "pm", Map.of(IMPLEMENTATION_NOTES,
                "Order feed switched to the new API in the window"));
        driver.runPendingJobs(key);
        driver.complete(change, "Task_ReviewImplementation", "pmo", Map.of(IMPLEMENTATION_OUTCOME, "SUCCESS",
                REVIEW_COMMENT, "Orders arrive in the cloud CRM within a minute"));
        driver.runPendingJobs(key);
    }

    private String changeOf(String key) {
        return driver.openChangeRequests(key).get(0);
    }

    private void statusCycle(String key, String escalationDecision, String comment) {
        driver.runStatusCycle(key);
        decideEscalationIfAny(key, escalationDecision, comment);
    }

    private void accept(String key, String lesson) {
        driver.complete(key, "Task_AcceptDeliverables", "sponsor", Map.of(ACCEPTANCE_DECISION, "ACCEPT",
                GATE_LESSONS, lesson));
        driver.runPendingJobs(key);
    }

    private static boolean isWorkday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private LocalDate plannedFinish(String key, String code) {
        return driver.workPackage(key, code).plannedFinish();
    }

    /**
     * The pool is shared with the other demo projects; a package nobody is free for goes to the closest candidate
     * (who has the skill but not the time), else to the project manager.
     */
    private void resolveGapIfAny(String key) {
        List<Task> gaps = driver.openTasks(key, "Task_ResolveResourceGap");
        if (gaps.isEmpty()) {
            return;
        }
        String unstaffed = String.valueOf(driver.variable(gaps.get(0), STAFFING_GAPS));
        StringBuilder assignments = new StringBuilder();
        for (String line : unstaffed.split("\n")) {
            int start = line.indexOf("**");
            int end = line.indexOf("**", start + 2);
            if (start >= 0 && end > start) {
                Matcher closest = CLOSEST_CANDIDATE.matcher(line);
                assignments.append(line, start + 2, end).append('=')
                        .append(closest.find() ? closest.group(1) : "pm").append('\n');
            }
        }
        driver.complete(key, "Task_ResolveResourceGap", "pmo", Map.of(GAP_DECISION, "ASSIGN",
                MANUAL_ASSIGNMENTS, assignments.toString()));
    }

    private void decideEscalationIfAny(String key, String decision, String comment) {
        driver.completeIfOpen(key, "Task_DecideEscalation", "sponsor",
                Map.of(ESCALATION_DECISION, decision, ESCALATION_COMMENT, comment));
    }

    private static CharterInput charter(String name, String objectives, String businessCase, long budget,
                                        LocalDate start, LocalDate end, List<String> services, boolean strategic) {
        return new CharterInput(name, objectives, businessCase, "sponsor", "pm", BigDecimal.valueOf(budget), start,
                end, services, strategic);
    }

    /**
     * A finished project's days, each with what happened on it, run in date order on the replayed clock; a step
     * that falls on a weekend happens on the Monday after.
     */
    private final class Timeline {

        private final SortedMap<LocalDate, List<Runnable>> days = new TreeMap<>();

        Timeline on(LocalDate day, Runnable step) {
            LocalDate workday = day;
            while (!isWorkday(workday)) {
                workday = workday.plusDays(1);
            }
            days.computeIfAbsent(workday, ignored -> new ArrayList<>()).add(step);
            return this;
        }

        void run() {
            try {
                days.forEach((day, steps) -> {
                    driver.on(day);
                    steps.forEach(Runnable::run);
                });
            } finally {
                driver.present();
            }
        }
    }
}
