package io.charterline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.ProblemTypes;
import io.charterline.support.CharterlineWebTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Attacks the two critical 2026 advisories of Camunda 7.24 CE and shows Charterline refuses them. */
@CharterlineWebTest
public class CamundaAdvisoriesTest {

    /** If it were evaluated, this expression would delete a demo user. */
    private static final String HARMFUL = "${identityService.deleteUser('dev3')}";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identityService;

    @Test
    void cve202677226AnonymousSetupCannotCreateAnAdministratorEvenWithNoDirectAdminMember() {
        List<User> admins = identityService.createUserQuery().memberOfGroup(CharterlineGroups.ADMINS).list();
        admins.forEach(admin -> identityService.deleteMembership(admin.getId(), CharterlineGroups.ADMINS));
        try {
            WebappSession anonymous = WebappSession.anonymous(rest);
            ResponseEntity<String> response = anonymous.post("/camunda/api/admin/setup/default/user/create",
                    "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.x\"},"
                            + "\"credentials\":{\"password\":\"intruder-password\"}}");

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        } finally {
            admins.forEach(admin -> identityService.createMembership(admin.getId(), CharterlineGroups.ADMINS));
        }
    }

    @Test
    void cve2026109432ExpressionInOrQueriesOfEngineRestIsRefusedAndNotEvaluated() {
        ResponseEntity<String> response = rest.withBasicAuth("pm", "pm").exchange("/engine-rest/task",
                HttpMethod.POST, json("{\"orQueries\":[{\"assigneeExpression\":\"" + HARMFUL + "\"}]}"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Expressions").contains("not allowed");
        assertThat(identityService.createUserQuery().userId("dev3").count()).isOne();
    }

    @Test
    void cve2026109432ExpressionHiddenBehindJsonEscapesIsRefusedAndNotEvaluated() {
        String escaped = HARMFUL.replace("$", "\\u0024").replace("{", "\\u007b");
        for (String body : List.of("{\"orQueries\":[{\"assigneeExpression\":\"" + escaped + "\"}]}",
                "{\"orQueries\":[{\"assigneeLikeExpression\":\"\\u0024{\\\"dev\\\".concat(\\\"%\\\")}\"}]}")) {
            ResponseEntity<String> response = rest.withBasicAuth("pm", "pm").exchange("/engine-rest/task/count",
                    HttpMethod.POST, json(body), String.class);

            assertThat(response.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
        }
        assertThat(identityService.createUserQuery().userId("dev3").count()).isOne();
    }

    @Test
    void cve2026109432ExpressionInAQueryParameterIsRefusedNamingTheParameter() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("pm", "pm")
                .getForEntity("/engine-rest/task?candidateGroupsExpression={e}", JsonNode.class, HARMFUL);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        JsonNode problem = response.getBody();
        assertThat(problem.path("type").asText()).isEqualTo(ProblemTypes.INVALID_INPUT.type());
        assertThat(problem.path("detail").asText()).isEqualTo("Expressions (${...} or #{...}) are not allowed in "
                + "queries; found one in the query parameter 'candidateGroupsExpression'.");
        assertThat(problem.path("message").asText()).as("what Tasklist shows")
                .isEqualTo(problem.path("detail").asText());
        assertThat(problem.path("errors").path(0).path("field").asText()).isEqualTo("candidateGroupsExpression");
        assertThat(identityService.createUserQuery().userId("dev3").count()).isOne();
    }

    @Test
    void aQueryBodyOverOneMegabyteIsRefusedNamingTheLimit() {
        ResponseEntity<JsonNode> response = rest.withBasicAuth("pm", "pm").exchange("/engine-rest/task",
                HttpMethod.POST, json("{\"nameLike\":\"" + "x".repeat(ExpressionQueryGuard.MAX_QUERY_BODY) + "\"}"),
                JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody().path("type").asText()).isEqualTo(ProblemTypes.PAYLOAD_TOO_LARGE.type());
        assertThat(response.getBody().path("detail").asText()).isEqualTo("The request body has more than 1048576 "
                + "bytes; it must be at most 1 MB (1048576 bytes). Nothing was stored.");
    }

    @Test
    void cve2026109432ExpressionThroughTheWebappsEngineApiIsRefusedAndNotEvaluated() {
        WebappSession session = WebappSession.login(rest, "pm", "tasklist");
        ResponseEntity<String> response = session.post("/camunda/api/engine/engine/default/task",
                "{\"orQueries\":[{\"assigneeExpression\":\"" + HARMFUL + "\"}]}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(identityService.createUserQuery().userId("dev3").count()).isOne();
    }

    @Test
    void ordinaryQueriesStillWork() {
        ResponseEntity<String> rest1 = rest.withBasicAuth("pm", "pm").exchange("/engine-rest/task", HttpMethod.POST,
                json("{\"orQueries\":[{\"assignee\":\"pm\",\"candidateGroup\":\"project-managers\"}]}"), String.class);
        assertThat(rest1.getStatusCode()).isEqualTo(HttpStatus.OK);

        WebappSession session = WebappSession.login(rest, "pm", "tasklist");
        assertThat(session.post("/camunda/api/engine/engine/default/task", "{\"assignee\":\"pm\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** A browser session on the webapps: session cookie plus the CSRF token Camunda's own filter demands. */
    public record WebappSession(TestRestTemplate rest, String cookies, String csrfToken) {

        static WebappSession anonymous(TestRestTemplate rest) {
            ResponseEntity<String> page = rest.getForEntity("/camunda/app/admin/default/", String.class);
            return new WebappSession(rest, cookies(page.getHeaders()), csrf(page.getHeaders()));
        }

        public static WebappSession login(TestRestTemplate rest, String user, String app) {
            WebappSession start = anonymous(rest);
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("username", user);
            form.add("password", user);
            HttpHeaders headers = start.headers();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
                    HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
            assertThat(login.getStatusCode()).as("webapp login").isEqualTo(HttpStatus.OK);
            // The login starts a new session; its CSRF token comes with the next request, as in the browser.
            HttpHeaders session = new HttpHeaders();
            session.add(HttpHeaders.COOKIE, cookies(login.getHeaders()));
            ResponseEntity<String> next = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                    new HttpEntity<>(session), String.class);
            return new WebappSession(rest, cookies(login.getHeaders()) + "; " + cookies(next.getHeaders()),
                    csrf(next.getHeaders()));
        }

        /** A read as the browser sends it: the session's cookies only, no CSRF token. */
        public ResponseEntity<String> get(String path) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookies);
            return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        }

        public ResponseEntity<String> post(String path, String jsonBody) {
            HttpHeaders headers = headers();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(jsonBody, headers), String.class);
        }

        public ResponseEntity<String> delete(String path) {
            return rest.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers()), String.class);
        }

        private HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookies);
            if (csrfToken != null) {
                headers.add("X-XSRF-TOKEN", csrfToken);
            }
            return headers;
        }

        private static String cookies(HttpHeaders headers) {
            return String.join("; ", headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                    .map(cookie -> cookie.split(";", 2)[0]).toList());
        }

        private static String csrf(HttpHeaders headers) {
            String token = headers.getFirst("X-XSRF-TOKEN");
            if (token != null) {
                return token;
            }
            return headers.getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                    .filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                    .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";", 2)[0])
                    .findFirst().orElse(null);
        }
    }
}
