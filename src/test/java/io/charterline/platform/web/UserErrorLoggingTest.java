package io.charterline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.charterline.support.CharterlineWebTest;
import io.charterline.support.ProjectsOverHttp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** A user's bad input is answered with 400, not logged as an error; the engine's real failures still are. */
@CharterlineWebTest
@ExtendWith(OutputCaptureExtension.class)
class UserErrorLoggingTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aCompletionRefusedForBadInputLeavesNoErrorInTheLog(CapturedOutput output) {
        ProjectsOverHttp projects = new ProjectsOverHttp(rest);
        String key = projects.chartering("Logging: bad decision");
        String review = projects.openTask(key, "Task_ReviewCharter").get("id").asText();

        assertThat(projects.complete("sponsor", review, Map.of("charterDecision", "MAYBE")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(output.getOut()).doesNotContain(UserErrorLogFilter.COMMAND_FAILED)
                .doesNotContain(InvalidVariablesException.class.getName());
    }

    @Test
    void aFailedCommandThatIsNotTheUsersFaultIsStillLoggedWithItsStackTrace(CapturedOutput output) {
        LoggerFactory.getLogger(UserErrorLogFilter.ENGINE_CONTEXT_LOGGER).error(UserErrorLogFilter.COMMAND_FAILED
                + " Exception while closing command context: {}", "boom", new IllegalStateException("boom",
                new NullPointerException("delegate bug")));

        assertThat(output.getOut()).contains(UserErrorLogFilter.COMMAND_FAILED).contains("delegate bug");
    }

    @Test
    void aFailedCommandCausedByBadInputIsNotLogged(CapturedOutput output) {
        LoggerFactory.getLogger(UserErrorLogFilter.ENGINE_CONTEXT_LOGGER).error(UserErrorLogFilter.COMMAND_FAILED
                + " Exception while closing command context: {}", "bad", new IllegalStateException("listener",
                new InvalidVariablesException("Task x", List.of(new InvalidField("x", "is wrong")))));

        assertThat(output.getOut()).doesNotContain(UserErrorLogFilter.COMMAND_FAILED);
    }
}
