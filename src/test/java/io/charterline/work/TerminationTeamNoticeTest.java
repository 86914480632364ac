package io.charterline.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.plan.WorkPackageService;
import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** A terminated project's team, the people whose open work it stops, are told who terminated it and why. */
@CharterlineWebTest
class TerminationTeamNoticeTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WorkPackageService workPackages;
    @Autowired
    IdentityService identityService;

    @Test
    void thePeopleWithOpenWorkAreToldOnceWhoTerminatedTheProjectAndWhy() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.executing("Termination: team told");
        String builder = newUser("termination-team-builder");
        workPackages.assign(key, "WP-2", builder);

        assertThat(projects.as("sponsor").postForEntity("/api/projects/" + key + "/termination",
                Map.of("reason", "Budget moved to the ERP upgrade"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode notifications = projects.as(builder).getForObject("/api/projects/" + key + "/notifications",
                JsonNode.class);
        List<JsonNode> told = StreamSupport.stream(notifications.spliterator(), false)
                .filter(notification -> "PROJECT_TERMINATED".equals(notification.get("event").asText())).toList();
        assertThat(told).as("%s", notifications).hasSize(1);
        List<String> recipients = Arrays.asList(told.get(0).get("recipients").asText().split(","));
        assertThat(recipients).contains(builder).doesNotContain("pm", "sponsor").doesNotHaveDuplicates();
        assertThat(told.get(0).get("subject").asText()).isEqualTo(key + " (Termination: team told) was terminated "
                + "by Sofia Sponsor (Budget moved to the ERP upgrade); your open work on it is cancelled");
    }

    @Test
    void whoeverIsBookedOnItFromThisWeekOnIsToldToo() {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.executing("Termination: booked people told");
        // The charter starts in two weeks, so every booking the pool made is ahead.
        List<String> booked = StreamSupport.stream(projects.as("pmo").getForObject("/api/projects/" + key
                        + "/assignments", JsonNode.class).spliterator(), false)
                .map(assignment -> assignment.get("userId").asText()).distinct().toList();
        assertThat(booked).isNotEmpty();

        projects.as("sponsor").postForEntity("/api/projects/" + key + "/termination",
                Map.of("reason", "Merged into another programme"), JsonNode.class);

        assertThat(recipientsOfTheTeamNotice(projects, key)).containsAll(booked);
    }

    private static List<String> recipientsOfTheTeamNotice(ProjectsOverHttp projects, String key) {
        JsonNode notifications = projects.as("pmo").getForObject("/api/projects/" + key + "/notifications",
                JsonNode.class);
        return StreamSupport.stream(notifications.spliterator(), false)
                .filter(notification -> "PROJECT_TERMINATED".equals(notification.get("event").asText()))
                .map(notification -> notification.get("recipients").asText()).findFirst()
                .map(recipients -> Arrays.asList(recipients.split(","))).orElse(List.of());
    }

    /** A user whose password is their id. */
    private String newUser(String id) {
        User user = identityService.newUser(id);
        user.setFirstName("Bea");
        user.setLastName("Builder");
        user.setPassword(id);
        identityService.saveUser(user);
        return id;
    }
}
