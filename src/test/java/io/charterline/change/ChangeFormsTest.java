package io.charterline.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the change forms tell the person at them, read from the forms Tasklist shows. */
class ChangeFormsTest {

    @Test
    void theVoteFormSaysMembersVoteIndependentlyRatherThanThatNobodyHasDecided() throws IOException {
        assertThat(component("change-vote", "Text_EarlierDecisions").path("text").asText())
                .contains("Board members vote independently: the other members' votes are not shown here")
                .doesNotContain("Decisions so far");
    }

    @Test
    void theWindowFormOffersRejectingOnlyWhenNoFreeWindowWasProposed() throws IOException {
        String options = component("change-window-override", "Field_WindowDecision").path("valuesExpression").asText();
        String whenNoneProposed = options.substring(0, options.indexOf(" else "));
        String whenProposed = options.substring(options.indexOf(" else "));

        assertThat(whenNoneProposed).startsWith("=if proposedWindowStart = null then ")
                .contains("value: \"OVERRIDE\"", "value: \"REJECT\"").doesNotContain("ACCEPT_PROPOSED");
        assertThat(whenProposed).contains("value: \"ACCEPT_PROPOSED\"", "value: \"OVERRIDE\"")
                .doesNotContain("REJECT");
    }

    @Test
    void theWindowFieldsSayTimesAreRoundedDownToQuarterHours() throws IOException {
        for (String field : new String[] {"Field_WindowStart", "Field_WindowEnd"}) {
            JsonNode window = component("change-request-start", field);
            assertThat(window.path("timeInterval").asInt()).isEqualTo(15);
            assertThat(window.path("description").asText()).contains("the time is UTC, in quarter hours: a time typed"
                    + " between them is rounded down to the quarter hour before it");
        }
    }

    @Test
    void theImplementerIsToldTheWindowIsForTheServicesAndAddedWorkStartedAtApproval() throws IOException {
        assertThat(component("change-implementation", "Text_Intro").path("text").asText())
                .contains("is for the change to the IT services it touches")
                .contains("released to their assignees when the change was approved");
        assertThat(component("change-implementation", "Text_ImplementingEarly").path("text").asText())
                .contains("{{implementingEarly}}");
        assertThat(component("change-implementation", "Text_EarlierDecisions").path("text").asText())
                .contains("{{earlierDecisions}}");
    }

    @Test
    void theReviewerSeesTheImpactAndWhoImplementedTheChange() throws IOException {
        assertThat(component("change-implementation-review", "Text_Intro").path("text").asText())
                .contains("Implemented by **{{implementedBy}}**");
        assertThat(component("change-implementation-review", "Text_Impact").path("text").asText())
                .contains("{{impactSummaryText}}");
    }

    @Test
    void theAssigneeOfAddedWorkReadsThatItStartsAtApprovalNotInTheWindow() throws IOException {
        JsonNode added = component("perform-work-package", "Text_AddedByChange");
        assertThat(added.path("text").asText()).contains("start it now")
                .contains("The change's implementation window is for its change to the IT services, not for this work");
        assertThat(added.path("conditional").path("hide").asText()).isEqualTo("=addedByChange = null");
    }

    @Test
    void bothApproversMayAskTheRequesterAQuestionInsteadOfGivingAReason() throws IOException {
        for (String form : new String[] {"change-review-pm", "change-review-sponsor"}) {
            assertThat(component(form, "Field_ChangeDecision").path("values").findValuesAsText("value"))
                    .containsExactly("APPROVE", "REJECT", "DEFER", "ASK");
            JsonNode question = component(form, "Field_ChangeQuestion");
            assertThat(question.path("key").asText()).isEqualTo(ChangeControlVariables.CHANGE_QUESTION);
            assertThat(question.path("validate").path("required").asBoolean()).isTrue();
            assertThat(question.path("conditional").path("hide").asText()).isEqualTo("=changeDecision != \"ASK\"");
            assertThat(component(form, "Field_ChangeDecisionReason").path("conditional").path("hide").asText())
                    .isEqualTo("=changeDecision = \"ASK\"");
        }
    }

    @Test
    void theApprovalThatComesBackShowsTheQuestionsAndAnswersSoFar() throws IOException {
        for (String form : new String[] {"change-review-pm", "change-review-sponsor"}) {
            JsonNode soFar = component(form, "Text_QuestionsAndAnswers");
            assertThat(soFar.path("text").asText()).contains("{{questionsAndAnswers}}");
            assertThat(soFar.path("conditional").path("hide").asText()).isEqualTo("=questionsAndAnswers = null");
        }
    }

    @Test
    void theRequesterSeesTheQuestionWhoAskedAndTheirChangeAndMustAnswer() throws IOException {
        assertThat(component("change-question", "Text_Intro").path("text").asText())
                .contains("**{{questionAskedByName}}** asks you a question about your change")
                .contains("/api/change-requests/{{changeRequestId}}/withdrawal");
        assertThat(component("change-question", "Text_Question").path("text").asText())
                .contains("{{changeQuestionText}}");
        assertThat(component("change-question", "Text_Change").path("text").asText()).contains("{{changeSummary}}");
        JsonNode answer = component("change-question", "Field_QuestionAnswer");
        assertThat(answer.path("key").asText()).isEqualTo(ChangeControlVariables.QUESTION_ANSWER);
        assertThat(answer.path("label").asText()).isEqualTo("Your answer");
        assertThat(answer.path("validate").path("required").asBoolean()).isTrue();
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
