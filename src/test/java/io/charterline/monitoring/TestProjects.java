package io.charterline.monitoring;

import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Registers projects directly in our tables, as the lifecycle's charter step would, without running it. */
public final class TestProjects {

    private final ProjectRepository projects;
    private final BusinessKeys keys;
    private final TransactionTemplate transaction;

    public TestProjects(ProjectRepository projects, BusinessKeys keys, PlatformTransactionManager transactions) {
        this.projects = projects;
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** An executing project managed by {@code pm} and sponsored by {@code sponsor}. */
    public Project executing(String name) {
        return create(name, "pm", "sponsor", new BigDecimal("100000"), ProjectStatus.EXECUTING);
    }

    public Project create(String name, String manager, String sponsor, BigDecimal budget, ProjectStatus status) {
        return transaction.execute(tx -> {
            Project project = new Project(keys.next(BusinessKeys.PROJECT), "pmo");
            project.setName(name);
            project.setObjectives("Objectives of " + name);
            project.setBusinessCase("Business case of " + name);
            project.setManagerId(manager);
            project.setSponsorId(sponsor);
            project.setBudget(budget);
            project.setTargetStart(LocalDate.of(2026, 3, 2));
            project.setTargetEnd(LocalDate.of(2026, 6, 30));
            project.moveTo(status);
            return projects.save(project);
        });
    }
}
