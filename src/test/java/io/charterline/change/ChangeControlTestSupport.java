package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.cmdb.ConfigurationItem;
import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.plan.BaselineService;
import io.charterline.plan.PlanService;
import io.charterline.plan.WorkPackageSpec;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import io.charterline.support.AsyncSteps;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs change control on the real engine with the real delegates and the real impact analyser, on test items
 * (T-CRM, T-ERP, ...) that are not in the demo catalog and have no maintenance windows. The only
 * stand-in is the window scheduler: a service calendar in which PAYROLL is frozen (the next free window comes a
 * week later) and LEDGER is frozen for months (no free window), so the conflict path can be driven.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ChangeControlTestSupport.FrozenItemsCalendar.class)
public abstract class ChangeControlTestSupport {

    static final BigDecimal PROJECT_BUDGET = new BigDecimal("100000");

    @TestConfiguration
    static class FrozenItemsCalendar {

        @Bean
        @Primary
        ImplementationScheduler frozenItemsScheduler() {
            return (projectKey, changeRequestId, proposal, implementer) -> {
                ImplementationWindow requested = new ImplementationWindow(proposal.windowStart(), proposal.windowEnd());
                if (proposal.affectedItemsOrEmpty().contains("PAYROLL")) {
                    return new WindowProposal(requested, List.of(new ImpactAnalysis.WindowConflict("PAYROLL",
                            ImpactAnalysis.ConflictKind.FREEZE, "payroll run freeze")),
                            new ImplementationWindow(requested.start().plus(Duration.ofDays(7)),
                                    requested.end().plus(Duration.ofDays(7))));
                }
                if (proposal.affectedItemsOrEmpty().contains("LEDGER")) {
                    return new WindowProposal(requested, List.of(new ImpactAnalysis.WindowConflict("LEDGER",
                            ImpactAnalysis.ConflictKind.FREEZE, "year-end closing (books *locked*)")), null);
                }
                return new WindowProposal(requested, List.of(), requested);
            };
        }
    }

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected RuntimeService runtimeService;

    @Autowired
    protected TaskService taskService;

    @Autowired
    protected ProjectRepository projects;

    @Autowired
    protected ConfigurationItemRepository configurationItems;

    @Autowired
    protected ChangeRequestService changeRequestService;

    @Autowired
    protected ChangeRequestRepository changeRequests;

    @Autowired
    protected ChangeLogRepository changeLog;

    @Autowired
    protected ChangeVoteRepository votes;

    @Autowired
    protected BusinessKeys businessKeys;

    @Autowired
    protected PlanService planService;

    @Autowired
    protected BaselineService baselineService;

    @Autowired
    protected TransactionTemplate transactions;

    @BeforeEach
    void initAssertionsAndCatalog() {
        BpmnAwareTests.init(engine);
        item("T-CRM", "Customer relationship management", Criticality.CRITICAL);
        item("T-ERP", "Enterprise resource planning", Criticality.CRITICAL);
        item("T-BILLING", "Billing", Criticality.HIGH);
        item("WIKI", "Team wiki", Criticality.LOW);
        item("PAYROLL", "Payroll", Criticality.MEDIUM);
        item("LEDGER", "General ledger", Criticality.MEDIUM);
    }

    private void item(String key, String name, Criticality criticality) {
        if (configurationItems.findByKey(key).isEmpty()) {
            configurationItems.save(new ConfigurationItem(key, name, criticality));
        }
    }

    /** A project in execution with sponsor 'sponsor', project manager 'pm' and a budget of 100,000. */
    protected Project executingProject() {
        return transactions.execute(status -> {
            Project project = new Project(businessKeys.next(BusinessKeys.PROJECT), "requester");
            project.setName("Order entry renewal");
            project.setObjectives("Renew order entry");
            project.setBusinessCase("Support for the old system ends");
            project.setSponsorId("sponsor");
            project.setManagerId("pm");
            project.setBudget(PROJECT_BUDGET);
            project.setTargetStart(LocalDate.of(2027, 1, 4));
            project.setTargetEnd(LocalDate.of(2027, 5, 28));
            project.moveTo(ProjectStatus.EXECUTING);
            return projects.save(project);
        });
    }

    /** An executing project whose plan of the given packages is approved as baseline v1, as the lifecycle leaves it. */
    protected Project executingProjectWithBaseline(List<WorkPackageSpec> packages) {
        Project project = transactions.execute(status -> {
            Project planning = projects.findById(executingProject().getId()).orElseThrow();
            planning.moveTo(ProjectStatus.PLANNING);
            return projects.save(planning);
        });
        planService.storeDraft(project.getKey(), packages);
        baselineService.buildDraft(project.getKey(), "pm");
        baselineService.approveBaseline(project.getKey());
        // As in the lifecycle: an approved baseline starts execution, and only then are changes accepted.
        return transactions.execute(status -> {
            Project approved = projects.findById(project.getId()).orElseThrow();
            approved.moveTo(ProjectStatus.EXECUTING);
            return approved;
        });
    }

    /**
     * A Saturday 22:00 UTC at least 30 days ahead and clear of the demo catalog's year-end freeze (December 15 to
     * January 6), with room for the windows that follow it, so that the impact analysis finds no window conflict
     * on the test items, which have no maintenance windows of their own.
     */
    static Instant quietWindowStart() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        if (day.getMonth() == Month.DECEMBER || day.getMonth() == Month.NOVEMBER && day.getDayOfMonth() >= 25
                || day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 6) {
            day = LocalDate.of(day.getMonth() == Month.DECEMBER ? day.getYear() + 1 : day.getYear(), 1, 7);
        }
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).atTime(22, 0).toInstant(ZoneOffset.UTC);
    }

    protected static ProposalBuilder proposal() {
        return new ProposalBuilder();
    }

    /** Registers the change request through the service and starts change control for it, as the lifecycle does. */
    protected ProcessInstance requestChange(Project project, ProposalBuilder proposal) {
        String changeRequestId = changeRequestService.register(project.getKey(), proposal.build()).getKey();
        return runtimeService.startProcessInstanceByKey(PROCESS_KEY, changeRequestId,
                Map.of(PROJECT_KEY, project.getKey(), CHANGE_REQUEST_ID, changeRequestId));
    }

    /** Runs the asynchronous steps the job executor would run (it is off in tests). */
    protected void runJobs(ProcessInstance instance) {
        AsyncSteps.runDue(engine.getManagementService(), instance.getId());
    }

    protected Task task(ProcessInstance instance, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    /** The requester's notice of the change's rejection or deferral, which runs apart from change control. */
    protected Task notice(ProcessInstance change) {
        return taskService.createTaskQuery().processDefinitionKey(NOTICE_PROCESS_KEY)
                .processInstanceBusinessKey(changeRequest(change).getKey())
                .taskDefinitionKey("Task_AcknowledgeDecision").singleResult();
    }

    protected List<Task> tasks(ProcessInstance instance, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).orderByTaskAssignee().asc().list();
    }

    /** Claims (when unassigned) and completes a task as the given user, the way Tasklist does. */
    protected void decide(Task task, String user, Object... nameValuePairs) {
        if (task.getAssignee() == null) {
            taskService.claim(task.getId(), user);
        }
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            variables.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        taskService.complete(task.getId(), variables);
    }

    protected ChangeRequest changeRequest(ProcessInstance instance) {
        String key = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getBusinessKey();
        return changeRequests.findByKey(key).orElseThrow();
    }

    protected Instant requestedStart(ProcessInstance instance) {
        return transactions.execute(status -> changeRequest(instance).proposal().windowStart());
    }

    protected Instant requestedEnd(ProcessInstance instance) {
        return transactions.execute(status -> changeRequest(instance).proposal().windowEnd());
    }

    protected List<ChangeEvent> story(ProcessInstance instance) {
        return changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(instance).getKey()).stream()
                .map(ChangeLogEntry::getEvent).toList();
    }

    /** The change's only log entry of this event. */
    protected ChangeLogEntry entry(ProcessInstance instance, ChangeEvent event) {
        return changeLog.findByChangeRequestKeyOrderByIdAsc(changeRequest(instance).getKey()).stream()
                .filter(entry -> entry.getEvent() == event).reduce((first, second) -> {
                    throw new AssertionError("more than one " + event);
                }).orElseThrow(() -> new AssertionError("no " + event));
    }

    /** Asserts that the engine refused the call with an exception of the given type whose message says why. */
    protected static void assertRefused(ThrowingCallable call, Class<? extends Throwable> type,
                                        String... expectedMessage) {
        Throwable thrown = Assertions.catchThrowable(call);
        Throwable cause = thrown;
        while (cause != null && !type.isInstance(cause)) {
            cause = cause.getCause();
        }
        Assertions.assertThat(cause).as("%s in %s", type.getSimpleName(), thrown).isNotNull();
        Assertions.assertThat(cause.getMessage()).contains(expectedMessage);
    }

    /** A valid proposal: a NORMAL change of 2 % of the budget, requested by 'requester', in a window next month. */
    public static class ProposalBuilder {
        /** Each proposal gets its own window, so changes of earlier tests never conflict with it. */
        private static final AtomicInteger WINDOWS = new AtomicInteger();

        private ChangeType type = ChangeType.NORMAL;
        private String requester = "requester";
        private BigDecimal budgetChange = new BigDecimal("2000");
        private final List<WorkPackageChange> workPackages = new ArrayList<>();
        private List<String> items = List.of();
        private String scopeChange;
        private Instant start = quietWindowStart().plus(Duration.ofHours(5L * WINDOWS.getAndIncrement()));

        public ProposalBuilder type(ChangeType type) {
            this.type = type;
            return this;
        }

        public ProposalBuilder requester(String requester) {
            this.requester = requester;
            return this;
        }

        public ProposalBuilder budgetChange(long amount) {
            this.budgetChange = BigDecimal.valueOf(amount);
            return this;
        }

        public ProposalBuilder add(String code, long hours, String skill, String... predecessors) {
            workPackages.add(new WorkPackageChange(WorkPackageAction.ADD, code, "Package " + code,
                    BigDecimal.valueOf(hours), skill, 3, List.of(predecessors)));
            return this;
        }

        public ProposalBuilder modify(String code, long hours) {
            workPackages.add(new WorkPackageChange(WorkPackageAction.MODIFY, code, null, BigDecimal.valueOf(hours),
                    null, null, null));
            return this;
        }

        public ProposalBuilder waitFor(String code, String... predecessors) {
            workPackages.add(new WorkPackageChange(WorkPackageAction.MODIFY, code, null, null, null, null,
                    List.of(predecessors)));
            return this;
        }

        public ProposalBuilder remove(String code) {
            workPackages.add(new WorkPackageChange(WorkPackageAction.REMOVE, code, null, null, null, null, null));
            return this;
        }

        public ProposalBuilder scope(String scopeChange) {
            this.scopeChange = scopeChange;
            return this;
        }

        public ProposalBuilder items(String... keys) {
            this.items = List.of(keys);
            return this;
        }

        public ChangeProposal build() {
            return new ChangeProposal("Add export of orders", "Export orders to the data warehouse",
                    "Controlling needs daily figures", type, requester, List.copyOf(workPackages), budgetChange,
                    scopeChange, items, start, start.plus(4, ChronoUnit.HOURS));
        }
    }
}
