package io.charterline.plan;

import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Projects registered straight in the repository, each with its own key, so tests sharing a context stay apart. */
final class TestProjects {

    /** A Monday, so hand-checked dates start on the target start. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestProjects() {
    }

    static Project planning(ProjectRepository projects, BigDecimal budget) {
        return create(projects, ProjectStatus.PLANNING, budget);
    }

    static Project create(ProjectRepository projects, ProjectStatus status, BigDecimal budget) {
        Project project = new Project("PRJ-2099-%04d".formatted(SEQUENCE.incrementAndGet()), "pm");
        project.setName("Plan test project");
        project.setObjectives("Objectives");
        project.setBusinessCase("Business case");
        project.setSponsorId("sponsor");
        project.setManagerId("pm");
        project.setBudget(budget);
        project.setTargetStart(START);
        project.setTargetEnd(START.plusDays(30));
        project.setStrategic(false);
        project.moveTo(status);
        return projects.save(project);
    }
}
