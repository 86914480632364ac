package io.charterline.project;

import static io.charterline.change.ChangeControlVariables.BACK_OUT_REFUSED_REASON;
import static io.charterline.change.ChangeControlVariables.CHANGE_DECISION_REASON;
import static io.charterline.change.ChangeControlVariables.CHANGE_DECISION_REASON_GIVEN;
import static io.charterline.change.ChangeControlVariables.CHANGE_QUESTION;
import static io.charterline.change.ChangeControlVariables.CHANGE_TITLE;
import static io.charterline.change.ChangeControlVariables.CLASSIFICATION_NOTE;
import static io.charterline.change.ChangeControlVariables.CLASSIFICATION_REASON;
import static io.charterline.change.ChangeControlVariables.IMPACT_REANALYSIS;
import static io.charterline.change.ChangeControlVariables.IMPACT_SUMMARY;
import static io.charterline.change.ChangeControlVariables.IMPLEMENTATION_NOTES;
import static io.charterline.change.ChangeControlVariables.SCHEDULE_SUMMARY;
import static io.charterline.monitoring.HealthVariables.ESCALATION_REGISTER;
import static io.charterline.project.LifecycleVariables.ACCEPTANCE_COMMENT;
import static io.charterline.project.LifecycleVariables.CHARTER_COMMENT;
import static io.charterline.project.LifecycleVariables.ESCALATION_COMMENT;
import static io.charterline.project.LifecycleVariables.GAP_COMMENT;
import static io.charterline.project.LifecycleVariables.OBJECTIVES;
import static io.charterline.project.LifecycleVariables.PLAN_COMMENT;
import static io.charterline.project.LifecycleVariables.PROJECT_NAME;
import static io.charterline.project.LifecycleVariables.REWORK_NOTE;
import static io.charterline.work.WorkPackageVariables.WORK_PACKAGE_NAME;

import io.charterline.platform.process.FormTextTwins;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The variables people type freely and a later form shows in a text component: the forms show their escaped
 * twins ({@code {{projectNameText}}}, ...). Summaries escape the user text they quote themselves, but for the impact
 * and schedule summaries (the API and the change log return them as well) and the register a RED escalation lists
 * (its notice and lesson quote it): they are kept plain and shown through their twins. Names of people, keys, codes,
 * dates and numbers are checked when they are given and need no twin.
 */
@Configuration
class FreeTextInForms {

    @Bean
    FormTextTwins formTextTwins() {
        return new FormTextTwins(Set.of(PROJECT_NAME, OBJECTIVES, WORK_PACKAGE_NAME, CHANGE_TITLE,
                CHARTER_COMMENT, PLAN_COMMENT, GAP_COMMENT, REWORK_NOTE, ACCEPTANCE_COMMENT, ESCALATION_COMMENT,
                CHANGE_DECISION_REASON, CHANGE_DECISION_REASON_GIVEN, IMPLEMENTATION_NOTES, BACK_OUT_REFUSED_REASON,
                CLASSIFICATION_NOTE, CLASSIFICATION_REASON, IMPACT_SUMMARY, SCHEDULE_SUMMARY, ESCALATION_REGISTER,
                CHANGE_QUESTION, IMPACT_REANALYSIS));
    }
}
