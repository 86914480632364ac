package io.charterline.lessons;

import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two finished projects with the lessons they left, as the lessons search and the related lessons of a new
 * charter find them: a closed CRM project and a terminated data warehouse migration.
 */
final class LessonFixtures {

    static final String CRM_PROJECT = "CRM order entry renewal";
    static final String DWH_PROJECT = "Data warehouse migration";

    /** The stored lessons by label (a1..a4 of the CRM project, b1..b4 of the migration), in the order stored. */
    record Seeded(Project crm, Project dwh, Map<String, Lesson> lessons) {

        long id(String label) {
            return lessons.get(label).getId();
        }
    }

    private final ProjectRepository projects;
    private final LessonRepository lessons;
    private final BusinessKeys keys;
    private final TransactionTemplate transaction;

    LessonFixtures(ProjectRepository projects, LessonRepository lessons, BusinessKeys keys,
                   PlatformTransactionManager transactions) {
        this.projects = projects;
        this.lessons = lessons;
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
    }

    Seeded seed() {
        return transaction.execute(tx -> {
            Project crm = project(CRM_PROJECT, "Renew the CRM order entry and its billing interface",
                    Set.of("CRM", "BILLING"), ProjectStatus.CLOSED);
            Project dwh = project(DWH_PROJECT, "Move the reporting data warehouse to the new platform",
                    Set.of("DWH"), ProjectStatus.TERMINATED);
            Map<String, Lesson> stored = new LinkedHashMap<>();
            stored.put("a1", save(crm, Phase.EXECUTION, LessonCategory.ESTIMATING,
                    "JAVA work took 30% more hours than estimated: 208 h booked against 160 h estimated over 2 work "
                            + "packages (2.1 Implement order API, 2.2 Billing adapter).",
                    "48 h more JAVA effort than planned.",
                    "Estimate JAVA work about 30% higher in similar projects, or split it into smaller work "
                            + "packages and estimate them with the people who will do the work.",
                    "estimating,java,build,crm,billing", LessonSource.DERIVED, null));
            stored.put("a2", save(crm, Phase.EXECUTION, LessonCategory.CHANGE,
                    "4 change requests were raised: 2 approved, 1 rejected, 1 deferred. Causes: 3 missed "
                            + "requirement, 1 regulatory.",
                    "Every request needed an impact analysis and a decision; 2 approved changes altered the baseline.",
                    "The most frequent cause was 'missed requirement' (3 of 4): deal with it before the baseline of "
                            + "similar projects, for example in the scope statement and its review with the key users.",
                    "change,crm,billing", LessonSource.DERIVED, null));
            stored.put("a3", save(crm, Phase.CLOSING, LessonCategory.OBSERVATION,
                    "Involve the billing team in the scope review; they found the VAT rules late.", null, null,
                    "crm,billing", LessonSource.PERSON, "pm"));
            stored.put("a4", save(crm, Phase.CLOSING, LessonCategory.SCHEDULE,
                    "The work finished 12 days late: baseline finish 2026-06-30, actual finish 2026-07-12.",
                    "12 days of delay against the baseline.",
                    "Plan a schedule reserve for similar projects and watch the critical path from the first status "
                            + "cycle: a slip of this size shows in the SPI long before the finish.",
                    "schedule,crm,billing", LessonSource.DERIVED, null));
            stored.put("b1", save(dwh, Phase.EXECUTION, LessonCategory.ESTIMATING,
                    "MIGRATION work packages took 40% more hours than estimated: 140 h booked against 100 h "
                            + "estimated over 1 work package (3.1 Migrate customer data).",
                    "40 h more DATA effort than planned.",
                    "Estimate MIGRATION work packages about 40% higher in similar projects, or split it into "
                            + "smaller work packages and estimate them with the people who will do the work.",
                    "estimating,migration,data,dwh", LessonSource.DERIVED, null));
            stored.put("b2", save(dwh, Phase.PLANNING, LessonCategory.STAFFING,
                    "The resource pool could not staff the plan: DATA short of 150 h, SECURITY short of 40 h.",
                    "190 h of planned work had nobody with the required skill assigned from the pool.",
                    "Reserve DATA and SECURITY people before the plan gate of similar projects, or plan external "
                            + "support for them from the start.",
                    "staffing,data,security,dwh", LessonSource.DERIVED, null));
            stored.put("b3", save(dwh, Phase.CLOSING, LessonCategory.OBSERVATION,
                    "Test data migration with production volumes early; the first load took three days.", null, null,
                    "dwh", LessonSource.PERSON, "sponsor"));
            stored.put("b4", save(dwh, Phase.EXECUTION, LessonCategory.ESCALATION,
                    "The status turned RED and was escalated to the sponsor twice: 1 continue, 1 terminate.",
                    "The project needed a re-plan or was stopped: the baseline no longer held.",
                    "Act on AMBER status reports before they turn RED: agree with the sponsor in the charter which "
                            + "SPI and CPI values trigger a corrective action.",
                    "escalation,dwh", LessonSource.DERIVED, null));
            return new Seeded(crm, dwh, stored);
        });
    }

    /** One more finished project, in a transaction of its own. */
    Project finished(String name, String objectives, Collection<String> services, ProjectStatus status) {
        return transaction.execute(tx -> project(name, objectives, services, status));
    }

    private Project project(String name, String objectives, Collection<String> services, ProjectStatus status) {
        Project project = new Project(keys.next(BusinessKeys.PROJECT), "pmo");
        project.setName(name);
        project.setObjectives(objectives);
        project.setBusinessCase("Business case of " + name);
        project.setSponsorId("sponsor");
        project.setManagerId("pm");
        project.setBudget(new BigDecimal("120000"));
        project.setTargetStart(LocalDate.of(2026, 3, 2));
        project.setTargetEnd(LocalDate.of(2026, 6, 30));
        project.setRelatedServices(new LinkedHashSet<>(services));
        project.moveTo(status);
        return projects.save(project);
    }

    private Lesson save(Project project, Phase phase, LessonCategory category, String what, String impact,
                        String recommendation, String tags, LessonSource source, String author) {
        return lessons.save(new Lesson(project.getId(), phase, category, what, impact, recommendation, tags, source,
                author));
    }
}
