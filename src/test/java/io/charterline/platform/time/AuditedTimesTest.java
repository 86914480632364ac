package io.charterline.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.assertj.core.data.TemporalUnitOffset;
import org.assertj.core.data.TemporalUnitWithinOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Entities take their created and modified times from the application's clock, not from the system's. */
@SpringBootTest
@ActiveProfiles("test")
class AuditedTimesTest {

    private static final Instant REGISTERED = Instant.parse("2025-03-03T09:00:00Z");
    private static final Instant CLOSED = Instant.parse("2025-05-30T16:00:00Z");

    @Autowired
    ReplayClock clock;

    @Autowired
    ProjectRepository projects;

    @AfterEach
    void backToThePresent() {
        clock.present();
    }

    @Test
    void createdAndModifiedTimesFollowTheClock() {
        clock.replayFrom(REGISTERED);
        Project project = projects.saveAndFlush(newProject());

        assertThat(project.getCreatedAt()).isCloseTo(REGISTERED, within());
        assertThat(project.getUpdatedAt()).isEqualTo(project.getCreatedAt());

        clock.replayFrom(CLOSED);
        project.moveTo(ProjectStatus.CLOSED);
        project = projects.saveAndFlush(project);

        Project stored = projects.findById(project.getId()).orElseThrow();
        assertThat(stored.getCreatedAt()).isCloseTo(REGISTERED, within());
        assertThat(stored.getUpdatedAt()).isCloseTo(CLOSED, within());
    }

    private static TemporalUnitOffset within() {
        return new TemporalUnitWithinOffset(1, ChronoUnit.MINUTES);
    }

    private static Project newProject() {
        Project project = new Project("AUD-" + System.nanoTime() % 100_000_000, "pm");
        project.setName("Audited project");
        project.setObjectives("Objectives");
        project.setBusinessCase("Business case");
        project.setSponsorId("sponsor");
        project.setManagerId("pm");
        project.setBudget(BigDecimal.TEN);
        project.setTargetStart(LocalDate.of(2025, 3, 10));
        project.setTargetEnd(LocalDate.of(2025, 5, 30));
        project.setStrategic(false);
        return project;
    }
}
