package io.charterline.platform.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Charterline's API and engine-rest over HTTP, as one user (HTTP Basic, the demo users' password is their id). */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String baseUrl;
    private final String user;
    private final String password;

    Api(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    static Api as(AppNode node, String user) {
        return new Api(node.baseUrl(), user, user.equals("admin") ? AppNode.ADMIN_PASSWORD : user);
    }

    Api as(String otherUser) {
        return new Api(baseUrl, otherUser, otherUser.equals("admin") ? AppNode.ADMIN_PASSWORD : otherUser);
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    /** The JSON of a GET that must succeed. */
    JsonNode read(String path) {
        Response response = get(path);
        response.expect(200);
        return response.body();
    }

    /** Completes a task with engine-rest's typed-value variables. */
    Response complete(String taskId, Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
    }

    private HttpRequest.Builder request(String path) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
    }

    private Response send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? MissingNode.getInstance() : parse(response.body());
            return new Response(built.method() + " " + built.uri() + " as " + user, response.statusCode(), body,
                    response.body());
        } catch (IOException unreachable) {
            throw new NodeUnreachable(built.method() + " " + built.uri(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    record Response(String request, int status, JsonNode body, String text) {

        Response expect(int... expected) {
            for (int one : expected) {
                if (status == one) {
                    return this;
                }
            }
            throw new IllegalStateException(request + " answered " + status + ": " + text);
        }
    }

    /** The node did not answer at all: killed, or not up yet. */
    static final class NodeUnreachable extends RuntimeException {
        NodeUnreachable(String request, IOException cause) {
            super(request + " found no node listening: " + cause, cause);
        }
    }
}
