package io.charterline.change;

import io.charterline.platform.identity.PersonNames;
import io.charterline.project.Project;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells the requester that an approver asked them a question about their change, and the approver who asked that
 * the requester answered. Recorded as notifications, sent after the fact: a webhook that is down costs the notice,
 * never the question or the answer. Each question is its own notice, numbered in its idempotency key.
 */
@Component
class QuestionNotice {

    static final String ASKED = "CHANGE_QUESTION_ASKED";
    static final String ANSWERED = "CHANGE_QUESTION_ANSWERED";

    private final ChangeNoticeSender sender;
    private final PersonNames names;

    QuestionNotice(ChangeNoticeSender sender, PersonNames names) {
        this.sender = sender;
        this.names = names;
    }

    /**
     * "CR-2026-0005 (Upgrade CRM) on PRJ-2026-0004 has a question from Priya Manager before it is decided (Why now?);
     * answer it in Tasklist ("Answer question on change CR-2026-0005"), due 2026-11-27 22:00 UTC".
     *
     * @param number which question on the change this is, from 1
     */
    void asked(ChangeRequest changeRequest, Project project, int number, String askedBy, String question,
               String due) {
        sender.send(changeRequest, project, ASKED, Integer.toString(number), "QUESTION_ASKED", "has a question from "
                + names.of(askedBy) + " before it is decided (" + question + "); answer it in Tasklist (\"Answer "
                + "question on change " + changeRequest.getKey() + "\"), due " + due,
                List.of(changeRequest.getRequesterId()));
    }

    /**
     * "CR-2026-0005 (Upgrade CRM) on PRJ-2026-0004 has an answer from Rita Requester to your question (Why now?):
     * The vendor ends support in March. Your approval waits for you in Tasklist again".
     */
    void answered(ChangeRequest changeRequest, Project project, int number, String answeredBy, String askedBy,
                  String question, String answer) {
        sender.send(changeRequest, project, ANSWERED, Integer.toString(number), "QUESTION_ANSWERED",
                "has an answer from " + names.of(answeredBy) + " to your question (" + question
                        + "): " + sentence(answer) + " Your approval waits for you in Tasklist again",
                List.of(askedBy));
    }

    /** The answer as a sentence of its own: one full stop, not a second after the requester's own. */
    private static String sentence(String answer) {
        String text = answer.strip();
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }
}
