package io.charterline.work;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.change.ExecutingProjects;
import io.charterline.demo.ProjectDriver;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.project.ProjectRepository;
import io.charterline.resource.AssignmentService;
import io.charterline.resource.ProjectAssignment;
import io.charterline.resource.WorkWeeks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Completing a work package through its Tasklist task, on the real lifecycle: WP-1 (160 h, four weeks) is released
 * as soon as the plan is approved, to the person booked on it.
 */
@SpringBootTest
@ActiveProfiles("test")
class WorkCompletionTest {

    @Autowired
    ProjectDriver driver;

    @Autowired
    ProjectRepository projects;

    @Autowired
    WorkPackageService workPackages;

    @Autowired
    AssignmentService assignments;

    String projectKey;
    WorkPackage planned;

    @BeforeEach
    void projectInExecution() {
        projectKey = ExecutingProjects.start(driver, projects);
        planned = workPackages.find(projectKey, "WP-1").orElseThrow();
    }

    @AfterEach
    void backToThePresent() {
        driver.present();
    }

    @Test
    void finishingEarlyReleasesThePackagesBookingsOfTheWeeksAfterTheCompletion() {
        LocalDate firstWeek = WorkWeeks.weekStart(planned.plannedStart());
        assertThat(weeksBooked("WP-1")).containsExactly(firstWeek, firstWeek.plusWeeks(1), firstWeek.plusWeeks(2),
                firstWeek.plusWeeks(3));

        driver.on(firstWeek.plusWeeks(1).plusDays(1));
        driver.finishPackage(projectKey, "WP-1", 70);

        assertThat(weeksBooked("WP-1")).containsExactly(firstWeek, firstWeek.plusWeeks(1));
    }

    private List<LocalDate> weeksBooked(String code) {
        return assignments.assignmentsOf(projectKey).stream()
                .filter(assignment -> assignment.packageCode().equals(code))
                .flatMap(assignment -> assignment.weeks().stream())
                .map(ProjectAssignment.Week::weekStart)
                .toList();
    }
}
