package io.charterline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.support.ProjectsOverHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Clients of a running application over HTTP, each in a loop: the requester submits a charter
 * ({@code POST /api/projects}), the sponsor looks up the project's "Review charter" task on engine-rest and
 * approves it. Every request is timed. The first seconds warm the server up and are not counted; the rest is cut
 * into rounds of equal length, each one sample of throughput and latency. Failures (any answer outside 2xx, no
 * answer, no task to approve) are all kept, those of the warm-up apart from the rest.
 */
final class RestLoad {

    enum Kind { SUBMIT, FIND_TASK, APPROVE }

    /** One answered request: what it was, when it ended, how long it took. */
    record Call(Kind kind, long endNanos, double millis) {
    }

    /** The calls that ended within one round. */
    record Round(List<Call> calls, double seconds) {

        double requestsPerSecond() {
            return calls.size() / seconds;
        }

        double approvalsPerSecond() {
            return calls.stream().filter(call -> call.kind() == Kind.APPROVE).count() / seconds;
        }

        /** The round's latencies of one kind of request, or of all when kind is null. */
        List<Double> millis(Kind kind) {
            return calls.stream().filter(call -> kind == null || call.kind() == kind).map(Call::millis).toList();
        }
    }

    /** A failed request: when it ended, what went wrong. */
    record Failure(long endNanos, String text) {
    }

    record Result(List<Round> rounds, List<String> warmUpFailures, List<String> failures) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final int clients;

    RestLoad(String baseUrl, int clients) {
        this.baseUrl = baseUrl;
        this.clients = clients;
    }

    Result run(Duration warmUp, Duration round, int rounds) throws Exception {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long end = measureFrom + round.toNanos() * rounds;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Client>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i);
            running.add(pool.submit(() -> client.loop(end), client));
        }
        List<Call> calls = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Future<Client> future : running) {
            Client client = future.get();
            calls.addAll(client.calls);
            failures.addAll(client.failures);
        }
        pool.shutdown();
        List<Round> measured = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long from = measureFrom + i * round.toNanos();
            long to = from + round.toNanos();
            measured.add(new Round(calls.stream().filter(call -> call.endNanos() >= from && call.endNanos() < to)
                    .toList(), round.toNanos() / 1e9));
        }
        return new Result(measured,
                failures.stream().filter(failure -> failure.endNanos() < measureFrom).map(Failure::text).toList(),
                failures.stream().filter(failure -> failure.endNanos() >= measureFrom).map(Failure::text).toList());
    }

    /** One client: its own connection (HttpClient), its own projects. */
    private final class Client {

        private final int number;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final List<Call> calls = new ArrayList<>();
        private final List<Failure> failures = new ArrayList<>();
        private int charters;

        Client(int number) {
            this.number = number;
        }

        void loop(long end) {
            while (System.nanoTime() < end) {
                JsonNode project = send(Kind.SUBMIT, "requester", post("/api/projects",
                        ProjectsOverHttp.smallCharter("Load client " + number + " charter " + (++charters))));
                if (project == null) {
                    continue;
                }
                String key = project.path("key").asText();
                JsonNode tasks = send(Kind.FIND_TASK, "sponsor", HttpRequest.newBuilder(URI.create(baseUrl
                        + "/engine-rest/task?processInstanceBusinessKey=" + key
                        + "&taskDefinitionKey=Task_ReviewCharter")).GET());
                if (tasks == null) {
                    continue;
                }
                if (tasks.size() != 1) {
                    failures.add(new Failure(System.nanoTime(),
                            "sponsor sees " + tasks.size() + " Review charter tasks for " + key + ", not 1"));
                    continue;
                }
                send(Kind.APPROVE, "sponsor", post("/engine-rest/task/" + tasks.get(0).path("id").asText()
                        + "/complete", Map.of("variables", Map.of("charterDecision", Map.of("value", "APPROVE")))));
            }
        }

        private HttpRequest.Builder post(String path, Object body) {
            try {
                return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } catch (IOException unwritable) {
                throw new IllegalStateException("cannot write request body " + body, unwritable);
            }
        }

        /** The answer's JSON (empty for 204), or null after recording the failure. */
        private JsonNode send(Kind kind, String user, HttpRequest.Builder builder) {
            HttpRequest request = builder.timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .build();
            String what = request.method() + " " + request.uri().getPath() + " as " + user;
            long begin = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long endNanos = System.nanoTime();
                if (response.statusCode() / 100 != 2) {
                    String body = response.body();
                    failures.add(new Failure(endNanos, what + " answered " + response.statusCode() + ": "
                            + body.substring(0, Math.min(300, body.length()))));
                    return null;
                }
                calls.add(new Call(kind, endNanos, Samples.millis(endNanos - begin)));
                return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            } catch (IOException noAnswer) {
                failures.add(new Failure(System.nanoTime(), what + " failed: " + noAnswer));
                return null;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
    }
}
