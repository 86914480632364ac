package io.charterline.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.charterline.cmdb.ImpactedService;
import io.charterline.cmdb.ServiceCatalog;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The V3 tables, the demo seed, the writer lock and the load queries on PostgreSQL, the production database:
 * the same migration must run there unchanged, Hibernate must validate against it, and two assignment runs must
 * take turns on the pool's row lock.
 */
@SpringBootTest
@ActiveProfiles("test")
class ResourcesOnPostgresTest {

    @TestConfiguration
    static class Postgres {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            return EmbeddedPostgres.start();
        }

        @Bean
        @Primary
        DataSource dataSource(EmbeddedPostgres postgres) {
            return postgres.getPostgresDatabase();
        }
    }

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    ServiceCatalog catalog;

    @Autowired
    ProjectRepository projects;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theDemoPoolIsStaffedAndLoadedOnPostgres() {
        // Half a year ahead, past every day away the demo seed plans.
        LocalDate monday = WorkWeeks.weekStart(LocalDate.now()).plusWeeks(26);
        String project = project("PG-0001", monday);

        AssignmentResult result = assignmentService.assign(project, List.of(
                new StaffingDemand("WP-1", "ARCHITECTURE", 5, new BigDecimal("60"), monday, monday.plusDays(11)),
                new StaffingDemand("WP-2", "SECURITY", 5, new BigDecimal("200"), monday, monday.plusDays(4))));

        // Two architects at level 5: 30 h a week is 75 % of Amelia's 40-hour week and 94 % of Helen's 32 hours.
        // Paula, the only level-5 security expert, has 40 h a week: 160 h of the 200 are missing.
        assertThat(result.assignees()).containsEntry("WP-1", "amelia.hughes");
        assertThat(result.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.closestCandidate()).isEqualTo("paula.novak");
            assertThat(gap.hoursMissing()).isEqualByComparingTo("160");
        });
        assertThat(assignmentService.portfolioLoad(monday, monday.plusDays(11)))
                .filteredOn(week -> week.userId().equals("amelia.hughes"))
                .extracting(WeeklyLoad::bookedHours)
                .containsExactly(new BigDecimal("30.00"), new BigDecimal("30.00"));
    }

    @Test
    void aSecondRunWaitsForTheFirstAndSeesItsBookings() throws Exception {
        LocalDate monday = WorkWeeks.weekStart(LocalDate.now()).plusWeeks(30);
        String first = project("PG-0002", monday);
        String second = project("PG-0003", monday);
        List<StaffingDemand> demand = List.of(
                new StaffingDemand("WP-1", "SECURITY", 5, new BigDecimal("30"), monday, monday.plusDays(4)));
        CountDownLatch firstHasBooked = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<AssignmentResult> firstRun = threads.submit(() -> transaction.execute(status -> {
                AssignmentResult result = assignmentService.assign(first, demand);
                firstHasBooked.countDown();
                awaitQuietly(firstMayCommit);
                return result;
            }));
            assertThat(firstHasBooked.await(30, TimeUnit.SECONDS)).isTrue();
            Future<AssignmentResult> secondRun = threads.submit(() -> assignmentService.assign(second, demand));

            assertThatThrownBy(() -> secondRun.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            firstMayCommit.countDown();

            assertThat(firstRun.get(30, TimeUnit.SECONDS).assignees()).containsEntry("WP-1", "paula.novak");
            assertThat(secondRun.get(30, TimeUnit.SECONDS).gaps()).singleElement()
                    .satisfies(gap -> assertThat(gap.hoursMissing()).isEqualByComparingTo("20"));
        } finally {
            firstMayCommit.countDown();
            threads.shutdown();
        }
    }

    @Test
    void theDemoCatalogGraphLoadsFromPostgres() {
        assertThat(catalog.graph().transitiveDependents(List.of("IAM"))).extracting(ImpactedService::key)
                .contains("CRM", "ECOMMERCE", "INTRANET");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private String project(String key, LocalDate start) {
        Project project = new Project(key, "pm");
        project.setName("Postgres staffing");
        project.setObjectives("Staff on PostgreSQL");
        project.setBusinessCase("Production database");
        project.setSponsorId("sponsor");
        project.setManagerId("pm");
        project.setBudget(new BigDecimal("50000"));
        project.setTargetStart(start);
        project.setTargetEnd(start.plusMonths(3));
        return projects.save(project).getKey();
    }
}
