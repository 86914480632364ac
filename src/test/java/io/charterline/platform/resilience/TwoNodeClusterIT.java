package io.charterline.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.JarProcesses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL, both with their job executor on, as docker-compose.yml's cluster profile runs them,
 * and 500 lifecycle instances whose asynchronous steps the two job executors share.
 * <ul>
 *   <li>{@value #WALKED_DEFAULT} projects are walked over HTTP the way their people work, half on each node:
 *   chartered, scoped, planned and approved; once work starts the PMO moves the first status report to now (the
 *   status timer and Task_ComputeKpis run on the job executors), then the team finishes its work package
 *   (Task_ReleaseFollowOnWork tells the lifecycle that all work is done). The walk ends at the sponsor's acceptance.
 *   <li>The other instances are chartered over HTTP, then moved by process instance modification (as an operator
 *   does in Cockpit) straight to the closeout: Task_ProduceFinalReport and Task_NotifyStakeholders run on the job
 *   executors and the instance ends. A whole walk for each of them would take longer than a test suite should.
 * </ul>
 */
class TwoNodeClusterIT {

    private static final int INSTANCES = Integer.getInteger("charterline.cluster.instances", 500);
    private static final int WALKED_DEFAULT = 20;
    private static final int WALKED = Integer.getInteger("charterline.cluster.walked", WALKED_DEFAULT);
    private static final int MOVED = INSTANCES - WALKED;

    private static final String PLAN = """
            code,name,estimateHours,skill,skillLevel,predecessors
            WP-1,Build order screens,8,JAVA,2,
            """;

    /** The jobs each walked project runs. */
    private static final List<String> WALKED_STEPS = List.of("StartEvent_StatusReportDue", "Task_ComputeKpis",
            "Task_ReleaseFollowOnWork");

    /** The jobs each instance moved to the closeout runs. */
    private static final List<String> CLOSEOUT_STEPS = List.of("Task_ProduceFinalReport", "Task_NotifyStakeholders");

    @Test
    void everyJobOfFiveHundredLifecyclesRunsExactlyOnceOnEitherNodeWithoutIncidents() throws Exception {
        try (Database database = Database.start();
             // the second node starts once the first has created the schema and deployed, as in docker-compose.yml
             AppNode first = AppNode.start("node-a", database);
             AppNode second = AppNode.start("node-b", database)) {
            List<Api> nodes = List.of(Api.as(first, "admin"), Api.as(second, "admin"));
            List<ProjectWalk> walks = new ArrayList<>();
            for (int i = 1; i <= WALKED; i++) {
                walks.add(new ProjectWalk("Order entry " + i, PLAN, null, true, "Task_AcceptDeliverables"));
            }
            Walkers people = new Walkers(walks, nodes);
            people.startAll(6);
            moveToCloseout(nodes, 6);
            people.walkAll(6, Duration.ofMinutes(6));
            Api admin = nodes.get(0);
            awaitNoExecutableJobs(admin);

            assertThat(admin.read("/engine-rest/incident/count").get("count").asLong()).as("incidents").isZero();
            assertThat(admin.read("/engine-rest/job/count?withException=true").get("count").asLong())
                    .as("jobs waiting for a retry").isZero();
            Map<String, List<JsonNode>> successesByJob = successesByJob(admin);
            assertThat(successesByJob).as("jobs run")
                    .hasSize(WALKED * WALKED_STEPS.size() + MOVED * CLOSEOUT_STEPS.size());
            assertThat(successesByJob.values()).as("successful runs of each job").allSatisfy(runs ->
                    assertThat(runs).hasSize(1));
            Map<String, Integer> runsByStep = new HashMap<>();
            Map<String, Integer> runsByNode = new HashMap<>();
            successesByJob.values().stream().map(runs -> runs.get(0)).forEach(run -> {
                runsByStep.merge(run.get("activityId").asText(), 1, Integer::sum);
                runsByNode.merge(run.get("hostname").asText(), 1, Integer::sum);
            });
            Map<String, Integer> expectedRuns = new HashMap<>();
            WALKED_STEPS.forEach(step -> expectedRuns.put(step, WALKED));
            CLOSEOUT_STEPS.forEach(step -> expectedRuns.put(step, MOVED));
            assertThat(runsByStep).as("jobs run per step").isEqualTo(expectedRuns);
            assertThat(runsByNode).as("jobs run per node").containsOnlyKeys("node-a", "node-b");
            System.out.printf("%d jobs: %s; %d failed attempts retried%n", successesByJob.size(), runsByNode,
                    admin.read("/engine-rest/history/job-log/count?failureLog=true").get("count").asLong());

            assertThat(admin.read("/engine-rest/history/process-instance/count?processDefinitionKey="
                    + "project-lifecycle").get("count").asLong()).as("lifecycle instances").isEqualTo(INSTANCES);
            assertThat(database.number("SELECT count(*) FROM work_package WHERE state = 'DONE'")).isEqualTo(WALKED);
            assertThat(database.number("SELECT count(*) FROM status_report")).as("status reports, one per project")
                    .isEqualTo(WALKED);
            assertThat(database.number("SELECT count(DISTINCT project_id) FROM status_report")).isEqualTo(WALKED);
            assertThat(database.number("SELECT count(*) FROM baseline")).isEqualTo(WALKED);
            assertThat(admin.read("/engine-rest/task/count?taskDefinitionKey=Task_AcceptDeliverables")
                    .get("count").asLong()).as("projects waiting for acceptance").isEqualTo(WALKED);
            assertThat(database.number("SELECT count(*) FROM closeout_report")).as("final reports, one each")
                    .isEqualTo(MOVED);
            assertThat(database.number("SELECT count(*) FROM notification")).as("notifications, one each")
                    .isEqualTo(MOVED);
            assertThat(database.number("SELECT count(*) FROM project WHERE status = 'CLOSED'")).isEqualTo(MOVED);
        }
    }

    /**
     * Charters the instances that skip the walk and moves each, by process instance modification, from the
     * sponsor's review to the closeout's asynchronous steps; half are chartered and moved on each node.
     */
    private static void moveToCloseout(List<Api> nodes, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                running.add(pool.submit(() -> {
                    for (int i = next.incrementAndGet(); i <= MOVED; i = next.incrementAndGet()) {
                        Api node = nodes.get(i % nodes.size());
                        String key = new ProjectWalk("Closeout " + i, PLAN, null, false, null).start(node);
                        String instance = node.read("/engine-rest/process-instance?processDefinitionKey="
                                + "project-lifecycle&businessKey=" + key).get(0).get("id").asText();
                        node.post("/engine-rest/process-instance/" + instance + "/modification", Map.of(
                                "instructions", List.of(
                                        Map.of("type", "startBeforeActivity", "activityId", "Task_ProduceFinalReport"),
                                        Map.of("type", "cancel", "activityId", "Task_ReviewCharter")),
                                "annotation", "Cluster test: straight to the closeout")).expect(204);
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitNoExecutableJobs(Api admin) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (admin.read("/engine-rest/job/count?executable=true").get("count").asLong() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Jobs still due after 2 minutes");
            }
            JarProcesses.sleep(Duration.ofMillis(500));
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
