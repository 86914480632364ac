package io.charterline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.support.CharterlineWebTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A call without a valid password is answered as a problem like every other refusal, and still asks for one. (The
 * tests' engine does not delay sign-ins after a wrong password, so that one test's failure locks out no other.)
 */
@CharterlineWebTest
class UnauthorizedProblemTest {

    @Autowired
    TestRestTemplate rest;

    @ParameterizedTest
    @CsvSource(value = {"NONE", "pm"}, nullValues = "NONE")
    void noPasswordOrAWrongOneIsAProblemThatStillAsksForBasicSignIn(String user) throws IOException {
        TestRestTemplate caller = user == null ? rest : rest.withBasicAuth(user, "not-" + user);

        ResponseEntity<String> answer = caller.getForEntity("/api/projects", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode problem = new ObjectMapper().readTree(answer.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/unauthorized");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/projects");
        assertThat(problem.get("detail").asText()).contains("HTTP Basic")
                .contains("After a wrong password, even the right one is refused for a few seconds")
                .endsWith("the user is locked until an administrator unlocks it in Admin.");
    }

    @Test
    void aScriptThatSaysSoGetsTheProblemWithoutAPasswordChallenge() {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Requested-With", "XMLHttpRequest");

        ResponseEntity<String> answer = rest.exchange("/api/projects", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat(answer.getBody()).contains("/problems/unauthorized");
    }
}
