package io.charterline.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL, both with their job executor on, as docker-compose.yml's cluster profile runs them.
 * Each of 500 projects is chartered, scoped, planned and approved over HTTP, half of them on each node. Once work
 * starts the PMO moves the first status report to now (the status timer and Task_ComputeKpis run on the job
 * executors), then the team finishes its work package (Task_ReleaseFollowOnWork tells the lifecycle that all work
 * is done). The walk ends with the sponsor's acceptance task open.
 */
class TwoNodeClusterIT {

    private static final int PROJECTS = Integer.getInteger("charterline.cluster.projects", 500);

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Build order screens,8,JAVA,2,
            """;

    /** The jobs each project runs: status timer, Task_ComputeKpis, Task_ReleaseFollowOnWork. */
    private static final List<String> ASYNC_STEPS = List.of("StartEvent_StatusReportDue", "Task_ComputeKpis",
            "Task_ReleaseFollowOnWork");

    @Test
    void everyJobOfFiveHundredProjectsRunsExactlyOnceOnEitherNodeWithoutIncidents() throws Exception {
        try (Database database = Database.start();
             // the second node starts once the first has created the schema and deployed, as in docker-compose.yml
             AppNode first = AppNode.start("node-a", database);
             AppNode second = AppNode.start("node-b", database)) {
            List<ProjectWalk> walks = new ArrayList<>();
            for (int i = 1; i <= PROJECTS; i++) {
                walks.add(new ProjectWalk("Order entry " + i, PLAN, null, true, "Task_AcceptDeliverables"));
            }
            Walkers people = new Walkers(walks, List.of(Api.as(first, "admin"), Api.as(second, "admin")));
            people.startAll(6);
            people.walkAll(6, Duration.ofMinutes(6));
            Api admin = Api.as(first, "admin");
            awaitNoExecutableJobs(admin);

            assertThat(admin.read("/engine-rest/incident/count").get("count").asLong()).as("incidents").isZero();
            assertThat(admin.read("/engine-rest/job/count?withException=true").get("count").asLong())
                    .as("jobs waiting for a retry").isZero();
            Map<String, List<JsonNode>> successesByJob = successesByJob(admin);
            assertThat(successesByJob).as("jobs run").hasSize(PROJECTS * ASYNC_STEPS.size());
            assertThat(successesByJob.values()).as("successful runs of each job").allSatisfy(runs ->
                    assertThat(runs).hasSize(1));
            Map<String, Integer> runsByStep = new HashMap<>();
            Map<String, Integer> runsByNode = new HashMap<>();
            successesByJob.values().stream().map(runs -> runs.get(0)).forEach(run -> {
                runsByStep.merge(run.get("activityId").asText(), 1, Integer::sum);
                runsByNode.merge(run.get("hostname").asText(), 1, Integer::sum);
            });
            assertThat(runsByStep).as("jobs run per step").containsOnlyKeys(ASYNC_STEPS)
                    .allSatisfy((step, runs) -> assertThat(runs).as(step).isEqualTo(PROJECTS));
            assertThat(runsByNode).as("jobs run per node").containsOnlyKeys("node-a", "node-b");
            System.out.printf("%d jobs: %s; %d failed attempts retried%n", successesByJob.size(), runsByNode,
                    admin.read("/engine-rest/history/job-log/count?failureLog=true").get("count").asLong());

            assertThat(database.number("SELECT count(*) FROM work_package WHERE state = 'DONE'")).isEqualTo(PROJECTS);
            assertThat(database.number("SELECT count(DISTINCT project_id) FROM status_report")).isEqualTo(PROJECTS);
            assertThat(database.number("SELECT count(*) FROM status_report")).as("status reports, one per project")
                    .isEqualTo(PROJECTS);
            assertThat(database.number("SELECT count(*) FROM baseline")).isEqualTo(PROJECTS);
            assertThat(admin.read("/engine-rest/task/count?taskDefinitionKey=Task_AcceptDeliverables")
                    .get("count").asLong()).as("projects waiting for acceptance").isEqualTo(PROJECTS);
        }
    }

    private static void awaitNoExecutableJobs(Api admin) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (admin.read("/engine-rest/job/count?executable=true").get("count").asLong() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Jobs still due after 2 minutes");
            }
            AppNode.sleep(Duration.ofMillis(500));
        }
    }

    /** The successful runs in the job log, by job id, read page by page. */
    private static Map<String, List<JsonNode>> successesByJob(Api admin) {
        Map<String, List<JsonNode>> byJob = new HashMap<>();
        int page = 500;
        for (int first = 0; ; first += page) {
            JsonNode runs = admin.read("/engine-rest/history/job-log?successLog=true&sortBy=timestamp&sortOrder=asc"
                    + "&firstResult=" + first + "&maxResults=" + page);
            runs.forEach(run -> byJob.computeIfAbsent(run.get("jobId").asText(), id -> new ArrayList<>()).add(run));
            if (runs.size() < page) {
                return byJob;
            }
        }
    }
}
