package io.charterline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.platform.security.CamundaAdvisoriesTest.WebappSession;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Someone signed in to Cockpit reads Charterline's API with that session, as Cockpit's Projects view does. */
@CharterlineWebTest
class WebappSessionApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void someoneSignedInToCockpitReadsAProjectsKpisAndChangeLogWithoutAPassword() {
        String key = new ProjectsOverHttp(rest).chartering("Session reading");
        WebappSession cockpit = WebappSession.login(rest, "pmo", "cockpit");

        ResponseEntity<String> kpis = cockpit.get("/api/projects/" + key + "/kpis");
        ResponseEntity<String> changeLog = cockpit.get("/api/projects/" + key + "/change-log");

        assertThat(kpis.getStatusCode()).as("KPIs: %s", kpis.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(kpis.getBody()).contains("\"projectKey\":\"" + key + "\"");
        assertThat(kpis.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the Cockpit session keeps its id").isNull();
        assertThat(changeLog.getStatusCode()).as("change log: %s", changeLog.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(changeLog.getBody()).isEqualTo("[]");
    }

    @Test
    void theWebappSessionWritesNothingThroughTheApi() {
        WebappSession cockpit = WebappSession.login(rest, "requester", "tasklist");

        ResponseEntity<String> answer = cockpit.post("/api/projects",
                "{\"name\":\"Session writing\",\"objectives\":\"none\"}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aSignedOutSessionReadsNothing() {
        WebappSession anonymous = WebappSession.anonymous(rest);

        assertThat(anonymous.get("/api/projects").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
