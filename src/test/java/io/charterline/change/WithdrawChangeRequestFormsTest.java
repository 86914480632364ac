package io.charterline.change;

import static io.charterline.change.WithdrawChangeRequestVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What "Withdraw a change request" asks and answers, read from the forms Tasklist shows and the README. */
class WithdrawChangeRequestFormsTest {

    @Test
    void theStartFormAsksForTheChangeRequestsIdAndAReasonWithinTheApisLimit() throws IOException {
        JsonNode id = component("withdraw-change-request-start", "Field_ChangeRequestId");
        assertThat(id.path("key").asText()).isEqualTo(CHANGE_REQUEST_ID);
        assertThat(id.path("validate").path("required").asBoolean()).isTrue();
        String pattern = id.path("validate").path("pattern").asText();
        assertThat(" CR-2026-0004 ").matches(pattern);
        assertThat("PRJ-2026-0004").doesNotMatch(pattern);

        JsonNode reason = component("withdraw-change-request-start", "Field_Reason");
        assertThat(reason.path("key").asText()).isEqualTo(REASON);
        assertThat(reason.path("validate").path("required").asBoolean()).isTrue();
        assertThat(reason.path("validate").path("maxLength").asInt()).isEqualTo(ChangeWithdrawals.MAX_REASON);
    }

    @Test
    void aMalformedChangeRequestIdIsExplainedByTheFieldsLabelWhereThePatternRefusesIt() throws IOException {
        String pattern = component("withdraw-change-request-start", "Field_ChangeRequestId").path("validate")
                .path("pattern").asText();
        JsonNode explanation = component("withdraw-change-request-start", "Text_ChangeRequestIdFormat");
        // Tasklist's FEEL (feelin) has no matches(): a well-formed id is one the pattern replaces as a whole.
        Matcher shownUnless = Pattern.compile("replace\\(" + CHANGE_REQUEST_ID + ", \"([^\"]+)\", \"\"\\) = \"\"")
                .matcher(explanation.path("conditional").path("hide").asText());
        assertThat(shownUnless.find()).as("the explanation is hidden for an id its pattern takes").isTrue();

        for (String id : List.of("CR-2026-0004", " CR-2026-12345 ", "hello", "PRJ-2026-0004", "CR-26-0004")) {
            assertThat(id.matches(shownUnless.group(1))).as(id).isEqualTo(id.matches(pattern));
        }
        assertThat(explanation.path("text").asText()).startsWith("**Change request must be the id of a change "
                + "request, such as CR-2026-0004");
    }

    @Test
    void theRefusalTaskShowsTheChangeAndWhyItWasNotWithdrawn() throws IOException {
        assertThat(component("withdraw-change-request-refused", "Text_Intro").path("text").asText())
                .contains("{{" + ChangeControlVariables.CHANGE_REQUEST_ID + "}} was not withdrawn")
                .contains("{{" + WITHDRAWAL_REFUSAL + "}}").contains("The change goes on as before");
    }

    @Test
    void theReadmeNamesTheStartFormWhereItTellsWhatToStartInTasklist() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String whereToClick = readme.substring(readme.indexOf("## Where to click"), readme.indexOf("## Run on"));

        assertThat(whereToClick).contains("\"Start process\" → \"Withdraw a change request\"");
        assertThat(readme).contains("| `withdraw-change-request.bpmn` |");
    }

    private static JsonNode component(String form, String id) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
        for (JsonNode component : root.path("components")) {
            if (id.equals(component.path("id").asText())) {
                return component;
            }
        }
        throw new AssertionError(form + " has no " + id);
    }
}
