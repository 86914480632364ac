package io.charterline.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.JarProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A node killed with SIGKILL while people and the job executor are working: after a restart every project and
 * every change finishes, and Charterline's own tables hold each side effect exactly once.
 */
class CrashRecoveryIT {

    private static final int PROJECTS = 4;

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Build order screens,8,JAVA,2,
            WP-2,Test order screens,8,TESTING,2,WP-1
            """;

    @Test
    void projectsAndChangesKilledHalfWayFinishAfterRestartWithNothingLostOrDoneTwice() throws Exception {
        try (Database database = Database.start();
             // a dead node's job locks expire after this time; the restarted node then takes the jobs over
             AppNode node = AppNode.start("crash-node", database,
                     "--camunda.bpm.job-execution.lock-time-in-millis=15000")) {
            List<ProjectWalk> walks = new ArrayList<>();
            for (int i = 1; i <= PROJECTS; i++) {
                walks.add(new ProjectWalk("Order entry renewal " + i, PLAN, ProjectWalk.addingAWorkPackage(2 + i), false,
                        null));
            }
            Walkers people = new Walkers(walks, List.of(Api.as(node, "admin")));
            people.startAll(3);
            CompletableFuture<Void> working = CompletableFuture.runAsync(() -> walk(people));

            awaitChangesSubmitted(database, PROJECTS / 2, working);
            node.kill();
            long changesAtKill = database.number("SELECT count(*) FROM change_request");
            long closedAtKill = database.number("SELECT count(*) FROM project WHERE status = 'CLOSED'");
            node.restart();
            working.get(4, TimeUnit.MINUTES);

            assertThat(changesAtKill).as("changes submitted when the node died").isGreaterThanOrEqualTo(2);
            assertThat(closedAtKill).as("projects closed when the node died").isZero();
            Api admin = Api.as(node, "admin");
            assertThat(admin.read("/engine-rest/incident/count").get("count").asLong()).isZero();
            assertThat(admin.read("/engine-rest/process-instance/count").get("count").asLong()).isZero();
            for (ProjectWalk walk : walks) {
                assertNothingLostOrDoubled(database, walk.key());
            }
        }
    }

    private static void walk(Walkers people) {
        try {
            people.walkAll(3, Duration.ofMinutes(4));
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static void awaitChangesSubmitted(Database database, long changes, CompletableFuture<Void> working)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (database.number("SELECT count(*) FROM change_request") < changes) {
            if (working.isDone()) {
                working.get();
                throw new IllegalStateException("The walks ended before " + changes + " changes were submitted");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Fewer than " + changes + " changes submitted after 3 minutes");
            }
            JarProcesses.sleep(Duration.ofMillis(100));
        }
    }

    /**
     * Every project got the same charter, plan and change, so each must have the same rows: the baseline of the
     * plan and the one of the change, three work packages (the change adds the third), each one's hours booked
     * once, the typed lessons of the charter and closing gates, one change with its story told once, and one
     * closeout report.
     */
    private static void assertNothingLostOrDoubled(Database database, String project) {
        assertThat(database.rows("SELECT status FROM project WHERE project_key = ?", project))
                .as("status of %s", project).containsExactly(List.of("CLOSED"));
        assertThat(database.rows("SELECT version, status FROM baseline WHERE project_key = ? ORDER BY version",
                project)).as("baselines of %s", project)
                .containsExactly(List.of("1", "SUPERSEDED"), List.of("2", "APPROVED"));
        assertThat(database.rows("SELECT code, state FROM work_package WHERE project_key = ? ORDER BY code",
                project)).as("work packages of %s", project)
                .containsExactly(List.of("WP-1", "DONE"), List.of("WP-2", "DONE"), List.of("WP-3", "DONE"));
        assertThat(database.rows("SELECT package_code, sum(hours) FROM assignment WHERE project_key = ? "
                + "GROUP BY package_code ORDER BY package_code", project)).as("booked hours of %s", project)
                .containsExactly(List.of("WP-1", "8.00"), List.of("WP-2", "8.00"), List.of("WP-3", "8.00"));
        assertThat(database.number("SELECT count(*) FROM (SELECT package_code, resource_id, week_start "
                + "FROM assignment WHERE project_key = ? GROUP BY package_code, resource_id, week_start "
                + "HAVING count(*) > 1) doubled", project)).as("bookings of %s made twice", project).isZero();
        assertThat(database.rows("SELECT l.phase, l.what_happened FROM lesson l JOIN project p ON p.id = l.project_id "
                + "WHERE p.project_key = ? AND l.source = 'PERSON' ORDER BY l.id", project))
                .as("typed lessons of %s", project).containsExactly(
                        List.of("CHARTER", ProjectWalk.CHARTER_LESSON),
                        List.of("CLOSING", ProjectWalk.CLOSING_LESSON));
        assertThat(database.rows("SELECT c.event FROM change_log c JOIN project p ON p.id = c.project_id "
                + "WHERE p.project_key = ? ORDER BY c.id", project)).as("change log of %s", project)
                .extracting(row -> row.get(0)).startsWith("SUBMITTED", "ANALYSED", "CLASSIFIED").endsWith("CLOSED");
        assertThat(database.number("SELECT count(*) FROM (SELECT c.event, c.actor FROM change_log c "
                + "JOIN project p ON p.id = c.project_id WHERE p.project_key = ? GROUP BY c.event, c.actor "
                + "HAVING count(*) > 1) doubled", project)).as("change steps of %s logged twice", project).isZero();
        assertThat(database.number("SELECT count(*) FROM change_request c JOIN project p ON p.id = c.project_id "
                + "WHERE p.project_key = ?", project))
                .as("change requests of %s", project).isOne();
        assertThat(database.number("SELECT count(*) FROM closeout_report r JOIN project p ON p.id = r.project_id "
                + "WHERE p.project_key = ?", project)).as("closeout reports of %s", project).isOne();
    }
}
