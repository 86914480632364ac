package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.demo.ProjectDriver;
import io.charterline.project.ProjectRepository;
import io.charterline.support.PostgresSpringTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue #8: 50 people at once request and approve changes to one executing project for a minute, over HTTP, on
 * PostgreSQL, with the job executor running the asynchronous steps as in production. Every change is small
 * (a 2-hour package, no IT service, a window of its own), so the change-classification decision routes it to
 * the project manager, who approves it in engine-rest, until the added packages have filled the JAVA people's
 * weeks; from then on a change overloads someone and goes to the board, where the clients leave it. Nothing may
 * answer 5xx, and no baseline update may be lost.
 *
 * <p>Each baseline update tells the changes still waiting for the project manager that the plan moved, and each of
 * those is analysed again in a step of its own. When that meets the project manager completing the same change's
 * task, whoever comes second loses on the engine's optimistic locking: the project manager is answered 409 ("Reload
 * and try again") and decides again, as a person would; the step is retried seconds later. Only those two steps
 * may fail and be retried; every job has run by the end.
 *
 * <p>The duration is {@code -Dcharterline.concurrency.seconds} (60 by default, as the issue asks).
 */
@PostgresSpringTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class ConcurrentChangeRequestsPostgresTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChangeRequestsPostgresTest.class);
    private static final int CLIENTS = 50;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("charterline.concurrency.seconds", 60));
    /** How long a client waits for the approval task of its change, and the test for the last changes to land. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final List<String> REQUESTERS = List.of("requester", "dev1", "dev2", "dev3", "ccb1", "ccb2",
            "ccb3", "sponsor", "pmo");

    @LocalServerPort
    int port;

    @Autowired
    ProjectDriver driver;

    @Autowired
    ProjectRepository projects;

    @Autowired
    ChangeRequestRepository changeRequests;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final Problems problems = new Problems();
    /** Completions answered 409 because the change was re-analysed at that moment; the client decided again. */
    private final LongAdder decidedAgain = new LongAdder();
    /** Changes the classification sent past the project manager, with their route. */
    private final Map<String, String> routedElsewhere = new ConcurrentHashMap<>();

    @Test
    void fiftyClientsRequestingAndApprovingChangesForAMinuteLoseNoBaselineUpdateAndNeverSee5xx() throws Exception {
        String projectKey = ExecutingProjects.start(driver, projects);
        Windows windows = new Windows(ChangeControlTestSupport.quietWindowStart());
        AtomicInteger numbers = new AtomicInteger();
        Map<String, String> addedPackageByChange = new ConcurrentHashMap<>();
        Set<String> submitted = addedPackageByChange.keySet();
        Set<String> approved = ConcurrentHashMap.newKeySet();

        Instant started = Instant.now();
        Instant end = started.plus(RUN);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            String requester = REQUESTERS.get(client % REQUESTERS.size());
            running.add(clients.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    String code = "CC-%04d".formatted(numbers.incrementAndGet());
                    String changeId = submit(projectKey, requester, code, windows.next());
                    if (changeId != null) {
                        addedPackageByChange.put(changeId, code);
                        if (approveAsProjectManager(changeId)) {
                            approved.add(changeId);
                        }
                    }
                }
                return null;
            }));
        }
        clients.shutdown();
        for (Future<?> client : running) {
            client.get(RUN.plus(PATIENCE).toSeconds(), TimeUnit.SECONDS);
        }
        Duration clientTime = Duration.between(started, Instant.now());
        waitForBaselineUpdates(approved);
        Duration total = Duration.between(started, Instant.now());

        List<JsonNode> versions = list(get("pm", "/api/projects/" + projectKey + "/baselines"));
        List<JsonNode> changeLog = list(get("pm", "/api/projects/" + projectKey + "/change-log"));
        Set<String> applied = new TreeSet<>();
        for (String changeId : submitted) {
            if (changeRequests.findByKey(changeId).orElseThrow().getAppliedBaselineVersion() != null) {
                applied.add(changeId);
            }
        }
        LOG.info("{} clients for {} s: {} change requests submitted, {} approved, {} applied as baseline versions "
                        + "in {} s ({} applied per second); answers by status: {}", CLIENTS, RUN.toSeconds(),
                submitted.size(), approved.size(), applied.size(), total.toSeconds(),
                "%.1f".formatted(applied.size() * 1000.0 / total.toMillis()), statusCounts());
        List<HistoricJobLog> retried = historyService.createHistoricJobLogQuery().failureLog().list();
        LOG.info("Clients stopped after {} s; problems seen: {}; routed past the project manager: {}; decided again "
                        + "after a 409: {}; job attempts that failed and were retried: {}", clientTime.toSeconds(),
                problems.summary(), routedElsewhere.size(), decidedAgain.sum(), retried.size());

        assertThat(statusCounts().keySet()).as("HTTP answers by status (problems: %s)", problems.summary())
                .allMatch(status -> status < 500);
        assertThat(problems.all()).as("requests that did not go as a person expects").isEmpty();
        // Every added package is booked, so once the JAVA people's weeks are full a further change overloads
        // someone, and the classification rightly sends it to the board: a business outcome, not a failure.
        for (String changeId : routedElsewhere.keySet()) {
            JsonNode impact = json.readTree(changeRequests.findByKey(changeId).orElseThrow().getImpactJson());
            assertThat(impact.get("resourceOverloads")).as("why %s went to %s", changeId,
                    routedElsewhere.get(changeId)).isNotEmpty();
        }
        assertThat(submitted).as("changes submitted in %s", RUN).isNotEmpty();
        Set<String> decided = new TreeSet<>(approved);
        decided.addAll(routedElsewhere.keySet());
        assertThat(decided).as("approved by the project manager or routed past them")
                .containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(approved).as("approved by the project manager").isNotEmpty();
        assertThat(applied).as("approved changes written into the baseline").containsExactlyInAnyOrderElementsOf(approved);
        assertThat(versions).as("baseline versions: v1 and one per applied change").hasSize(1 + applied.size());
        assertThat(versions).extracting(v -> v.get("status").asText()).filteredOn("APPROVED"::equals).hasSize(1);
        assertThat(versions.stream().skip(1).map(v -> v.get("changeRequestId").asText()))
                .containsExactlyInAnyOrderElementsOf(applied);
        Set<String> updatedInLog = changeLog.stream()
                .filter(entry -> entry.get("event").asText().equals(ChangeEvent.BASELINE_UPDATED.name()))
                .map(entry -> entry.get("changeRequestId").asText())
                .collect(Collectors.toSet());
        assertThat(updatedInLog).as("changes with BASELINE_UPDATED in the change log").containsExactlyInAnyOrderElementsOf(applied);
        JsonNode current = get("pm", "/api/projects/" + projectKey + "/baselines/" + versions.size());
        assertThat(current.get("status").asText()).isEqualTo("APPROVED");
        Set<String> packages = new TreeSet<>();
        current.get("packages").forEach(p -> packages.add(p.get("code").asText()));
        Set<String> addedCodes = applied.stream().map(addedPackageByChange::get)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).as("packages of the final baseline").containsAll(addedCodes)
                .hasSize(3 + addedCodes.size());
        assertThat(runtimeService.createIncidentQuery().list()).as("incidents").isEmpty();
        assertThat(managementService.createJobQuery().withException().list()).as("jobs that failed").isEmpty();
        assertThat(retried).extracting(HistoricJobLog::getActivityId).as("steps that failed and were retried")
                .allMatch(Set.of("Event_PlanMovedSent", "Task_ReanalyseImpact")::contains);
    }

    /** Submits one change; answers its id, or null when the API refused it (counted, and kept as a problem). */
    private String submit(String projectKey, String requester, String code, Instant windowStart) throws IOException {
        Map<String, Object> body = Map.of(
                "title", "Label step " + code,
                "description", "Print a label for the packing step " + code,
                "reason", "The stations asked for it",
                "requestedType", "NORMAL",
                "workPackageChanges", List.of(Map.of("action", "ADD", "code", code, "name", "Label step " + code,
                        "estimateHours", 2, "skill", "JAVA", "skillLevel", 1)),
                "windowStart", windowStart.toString(),
                "windowEnd", windowStart.plus(1, ChronoUnit.HOURS).toString());
        HttpResponse<String> answer = send(requester, "POST", "/api/projects/" + projectKey + "/change-requests",
                body);
        if (answer.statusCode() != 201) {
            problems.add("POST change request " + code + " as " + requester, answer);
            return null;
        }
        return json.readTree(answer.body()).get("id").asText();
    }

    /** Waits for the change's approval task, which appears once the job executor has analysed the change. */
    private boolean approveAsProjectManager(String changeId) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            HttpResponse<String> answer = send("pm", "GET", "/engine-rest/task?taskDefinitionKey="
                    + "Task_ApproveChangeAsPm&processInstanceBusinessKey=" + encode(changeId), null);
            if (answer.statusCode() != 200) {
                problems.add("GET approval task of " + changeId, answer);
                return false;
            }
            JsonNode tasks = json.readTree(answer.body());
            if (!tasks.isEmpty()) {
                HttpResponse<String> completed = send("pm", "POST",
                        "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
                        Map.of("variables", Map.of(
                                ChangeControlVariables.CHANGE_DECISION, Map.of("value", "APPROVE"),
                                ChangeControlVariables.CHANGE_DECISION_REASON, Map.of("value", "Fits the plan"))));
                if (completed.statusCode() == 409) {
                    // The change was re-analysed at that moment: reload the task and decide again.
                    decidedAgain.increment();
                    continue;
                }
                if (completed.statusCode() != 204) {
                    problems.add("complete approval task of " + changeId, completed);
                    return false;
                }
                return true;
            }
            String route = changeRequests.findByKey(changeId).map(ChangeRequest::getApprovalRoute).orElse(null);
            if (route != null && !route.equals("PM")) {
                routedElsewhere.put(changeId, route);
                return false;
            }
            // A client checks back now and then, as a person refreshing Tasklist would.
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
        problems.add("no approval task for " + changeId + " within " + PATIENCE.toSeconds() + " s (route "
                + changeRequests.findByKey(changeId).map(ChangeRequest::getApprovalRoute).orElse("?") + ")");
        return false;
    }

    /** Until every approved change is applied and every failed job was retried, or a job has no retries left. */
    private void waitForBaselineUpdates(Set<String> approved) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            boolean retrying = managementService.createJobQuery().withException().count() > 0;
            boolean exhausted = managementService.createJobQuery().noRetriesLeft().count() > 0;
            long pending = approved.stream().filter(id -> changeRequests.findByKey(id).orElseThrow()
                    .getAppliedBaselineVersion() == null).count();
            if (pending == 0 && !retrying || exhausted) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        }
    }

    private HttpResponse<String> send(String user, String method, String path, Object body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answers.computeIfAbsent(method + " " + answer.statusCode(), key -> new LongAdder()).increment();
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while calling " + path, e);
        }
    }

    private JsonNode get(String user, String path) throws IOException {
        HttpResponse<String> answer = send(user, "GET", path, null);
        assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private Map<Integer, Long> statusCounts() {
        Map<Integer, Long> byStatus = new TreeMap<>();
        answers.forEach((key, count) -> byStatus.merge(Integer.parseInt(key.substring(key.indexOf(' ') + 1)),
                count.sum(), Long::sum));
        return byStatus;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Hands out one-hour implementation windows back to back, so that no two changes of the same implementer
     * overlap, skipping the demo catalog's global year-end freeze (December 15 to January 6).
     */
    private static final class Windows {

        private Instant next;

        Windows(Instant first) {
            this.next = first;
        }

        synchronized Instant next() {
            while (frozen(next)) {
                next = next.plus(1, ChronoUnit.HOURS);
            }
            Instant window = next;
            next = next.plus(1, ChronoUnit.HOURS);
            return window;
        }

        private static boolean frozen(Instant start) {
            MonthDay day = MonthDay.from(start.atOffset(ZoneOffset.UTC));
            return !day.isBefore(MonthDay.of(Month.DECEMBER, 15)) || !day.isAfter(MonthDay.of(Month.JANUARY, 6));
        }
    }

    /** What went wrong, in the words of the request and the answer, for the assertion message. */
    private static final class Problems {

        private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

        void add(String what, HttpResponse<String> answer) {
            add(what + " answered " + answer.statusCode() + ": " + answer.body());
        }

        void add(String problem) {
            problems.add(problem);
        }

        List<String> all() {
            return List.copyOf(problems);
        }

        String summary() {
            List<String> all = all();
            return all.size() + (all.isEmpty() ? "" : ", first ones: " + all.subList(0, Math.min(5, all.size())));
        }
    }
}
