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
    private static final Pattern CLOSEST_CANDIDATE = Pattern.compile("closest candidate (?:[^(]*\\()?([^()\\s]+)\\)?$");

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
                "The on-premise licence ends this year and the cloud edition halves operating costs", 36_000,
                start, today.minusMonths(1), List.of("CRM", "CUSTOMER-DB"), false), """
                CRM-1,Analyse customisations,40,ANALYSIS,3,
                CRM-2,Migrate customer data,80,DATABASE,3,CRM-1
                CRM-3,Rebuild integrations,120,JAVA,3,CRM-1
                CRM-4,Test migration end to end,60,TESTING,2,CRM-2 CRM-3
                """, "Bring the CRM vendor in before the charter, not after");
        LocalDate analysisDone = plannedFinish(key, "CRM-1").plusDays(3);
        LocalDate window = analysisDone.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate migrated = plannedFinish(key, "CRM-2").minusDays(1);
        LocalDate integrated = plannedFinish(key, "CRM-3").plusDays(2);
        LocalDate lastDone = plannedFinish(key, "CRM-4").plusDays(4);
        // The 0/50/100 rule credits half of CRM-2 and CRM-3 the day they are released. A first cycle only days into
        // them would read ahead of plan (SPI above 1) and cheap, after an analysis finished late and over its hours;
        // on their eighth planned workday the half credit is about what the plan expects, so the late start shows.
        LocalDate firstCycle = plusWorkdays(driver.workPackage(key, "CRM-2").plannedStart(), 7);
        new Timeline()
                .work(key, "CRM-1", start, analysisDone, 52)
                .on(analysisDone.plusDays(1), () -> requestOrderFeedChange(key, window))
                .on(analysisDone.plusDays(5), () -> approveChange(key))
                .on(firstCycle, () -> statusCycle(key, "CONTINUE", "Data migration catches up next month"))
                // The window is Wednesday evening; the manager reports the work done the next morning, not before it.
                .on(window.plusDays(1), () -> implementChange(key))
                .work(key, "CRM-2", analysisDone.plusDays(1), migrated, 96)
                .on(start.plusWeeks(4), () -> statusCycle(key, "CONTINUE", "Integrations are nearly rebuilt"))
                .work(key, "CRM-3", analysisDone.plusDays(1), integrated, 150)
                .work(key, "CRM-4", integrated.plusDays(1), lastDone, 58)
                .on(lastDone.plusDays(3), () -> accept(key, "Plan data cleansing as its own work package"))
                .run();
    }

    private void closedPortalRefresh(LocalDate today) {
        LocalDate start = today.minusMonths(4);
        String key = toExecution(start, charter("Customer portal refresh",
                "Give the customer portal a responsive design",
                "Mobile visitors abandon the portal twice as often as desktop visitors", 22_000,
                start, today.minusWeeks(3), List.of("CUSTOMER-PORTAL"), false), """
                POR-1,Redesign the portal pages,60,UX,3,
                POR-2,Implement the responsive layout,100,FRONTEND,3,POR-1
                POR-3,Accessibility and browser tests,40,TESTING,2,POR-2
                """, null);
        LocalDate designed = plannedFinish(key, "POR-1").minusDays(1);
        LocalDate laidOut = plannedFinish(key, "POR-2").plusDays(5);
        LocalDate lastDone = plannedFinish(key, "POR-3").plusDays(2);
        // The layout overruns its estimate by about a quarter, which the charter's reserve absorbs: the project
        // closes within its approved budget, as no change or escalation on record raised it.
        new Timeline()
                .work(key, "POR-1", start, designed, 58)
                .on(start.plusWeeks(4), () -> statusCycle(key, "CONTINUE", "The layout work is catching up"))
                .work(key, "POR-2", designed.plusDays(1), laidOut, 124)
                .work(key, "POR-3", laidOut.plusDays(1), lastDone, 44)
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
                21_000, start, today.plusMonths(1), List.of("ERP"), false), """
                WHS-1,Select scanner model,24,ANALYSIS,2,
                WHS-2,Integrate scanners with the ERP,80,JAVA,2,WHS-1
                WHS-3,Roll out to warehouses,60,DEVOPS,2,WHS-2
                """, null);
        LocalDate selected = plannedFinish(key, "WHS-1").plusDays(8);
        LocalDate stopped = start.plusWeeks(5);
        new Timeline()
                .work(key, "WHS-1", start, selected, 40)
                .book(key, "WHS-2", selected.plusDays(1), stopped, 4)
                .on(stopped, () -> statusCycle(key, "TERMINATE",
                        "The warehouses are being outsourced; the rollout is moot"))
                .on(start.plusWeeks(5).plusDays(3),
                        () -> accept(key, "Check the operating model before buying devices"))
                .run();
    }

    /**
     * Packages of at most a week (the 8/80 rule), so the weekly status cycles' earned value, which credits half a
     * package once it is released, reads as the team's real progress rather than jumping with each release.
     */
    private void executingMobileOrdering(LocalDate today) {
        LocalDate start = today.minusWeeks(3);
        String key = toExecution(start, charter("Mobile ordering app", "Let customers order from their phones",
                "A third of web orders already come from mobile browsers", 36_500, start,
                today.plusMonths(4), List.of("MOBILE-APP", "API-GATEWAY", "ECOMMERCE"), false), """
                MOB-1,Design the order screens,24,UX,3,
                MOB-2,Build the order endpoints of the API,40,JAVA,3,MOB-1
                MOB-3,Build the app's order screens,40,FRONTEND,3,MOB-1
                MOB-4,Build the payment endpoints of the API,40,JAVA,3,MOB-2
                MOB-5,Build the app's checkout,40,FRONTEND,3,MOB-3
                MOB-6,Security review,40,SECURITY,3,MOB-4 MOB-5
                MOB-7,Load-test the ordering API,40,TESTING,2,MOB-4
                MOB-8,Pilot with 100 customers,40,TESTING,2,MOB-6 MOB-7
                """, "Name the app store owner in the charter");
        LocalDate designed = plannedFinish(key, "MOB-1");
        LocalDate ordersBuilt = plannedFinish(key, "MOB-2");
        LocalDate screensBuilt = plannedFinish(key, "MOB-3");
        LocalDate paymentBuilt = plannedFinish(key, "MOB-4");
        LocalDate checkoutBuilt = plannedFinish(key, "MOB-5");
        LocalDate yesterday = today.minusDays(1);
        new Timeline()
                .on(start.plusWeeks(1), () -> statusCycle(key, "CONTINUE", "The order screens took a day longer"))
                .on(start.plusWeeks(2), () -> statusCycle(key, "CONTINUE", "Checkout is catching up"))
                .work(key, "MOB-1", start, designed, 26)
                .work(key, "MOB-2", designed.plusDays(1), ordersBuilt, 42)
                .work(key, "MOB-3", designed.plusDays(1), screensBuilt, 44)
                .work(key, "MOB-4", ordersBuilt.plusDays(1), paymentBuilt, 38)
                .work(key, "MOB-5", screensBuilt.plusDays(1), checkoutBuilt, 44)
                .book(key, "MOB-6", checkoutBuilt.plusDays(1), yesterday, 7)
                .book(key, "MOB-7", paymentBuilt.plusDays(1), yesterday, 6)
                .run();
        driver.bookToday(key, "MOB-6", "4", "Threat model of the payment flow");
        driver.bookToday(key, "MOB-7", "3.5", "Load profile agreed with operations");
        driver.runStatusCycle(key);
    }

    private void planningNetworkRefresh(LocalDate today) {
        String key = toPlanning(charter("Network core refresh", "Replace the core switches of both data centres",
                "The switches reach end of support; failures would stop every service", 29_000,
                today.plusWeeks(3), today.plusMonths(3), List.of("NETWORK-CORE"), true));
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

    private static LocalDate nextWorkday(LocalDate day) {
        LocalDate workday = day;
        while (!isWorkday(workday)) {
            workday = workday.plusDays(1);
        }
        return workday;
    }

    private static LocalDate plusWorkdays(LocalDate day, int workdays) {
        LocalDate later = nextWorkday(day);
        for (int added = 0; added < workdays; added++) {
            later = nextWorkday(later.plusDays(1));
        }
        return later;
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

    /** The demo's budgets are what a sponsor approves: the plan's cost with a reserve of 10 to 20 %. */
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
            days.computeIfAbsent(nextWorkday(day), ignored -> new ArrayList<>()).add(step);
            return this;
        }

        /**
         * The package's assignee books its hours as time entries on each workday from {@code from} to {@code done},
         * spread evenly in half hours, and completes it on {@code done} with the total booked: what a completion
         * reports is what the entries hold, so the time entries, the KPIs and the closeout report agree.
         */
        Timeline work(String key, String code, LocalDate from, LocalDate done, int hours) {
            List<LocalDate> workdays = workdays(from, done);
            int halfHours = hours * 2;
            for (int i = 0; i < workdays.size(); i++) {
                int share = halfHours / workdays.size() + (i < halfHours % workdays.size() ? 1 : 0);
                if (share > 0) {
                    String booked = BigDecimal.valueOf(share * 5L, 1).stripTrailingZeros().toPlainString();
                    on(workdays.get(i), () -> driver.bookToday(key, code, booked, "Worked on " + code));
                }
            }
            return on(done, () -> driver.finishPackage(key, code, hours));
        }

        /** The package's assignee books the same hours on each workday from {@code from} to {@code to}. */
        Timeline book(String key, String code, LocalDate from, LocalDate to, int hoursPerDay) {
            String hours = Integer.toString(hoursPerDay);
            workdays(from, to).forEach(day -> on(day, () -> driver.bookToday(key, code, hours, "Worked on " + code)));
            return this;
        }

        private List<LocalDate> workdays(LocalDate from, LocalDate to) {
            List<LocalDate> workdays = new ArrayList<>();
            for (LocalDate day = nextWorkday(from); !day.isAfter(nextWorkday(to)); day = day.plusDays(1)) {
                if (isWorkday(day)) {
                    workdays.add(day);
                }
            }
            if (workdays.isEmpty()) {
                throw new IllegalStateException("No workday from " + from + " to " + to);
            }
            return workdays;
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
