package io.charterline.change;

import static io.charterline.platform.process.FormText.escape;

import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A question an approver (project manager or sponsor) asks the requester before deciding, and the requester's
 * answer: each goes into the change log ({@link ChangeEvent#QUESTION_ASKED}, {@link ChangeEvent#QUESTION_ANSWERED})
 * and, as a notice, to the other person. The change stays undecided meanwhile. The approvals, and the requester's
 * task from the second question on, list every question and answer so far, read from the change log.
 */
@Service
public class ChangeQuestions {

    private static final Map<ChangeEvent, String> SAID = Map.of(
            ChangeEvent.QUESTION_ASKED, "asked",
            ChangeEvent.QUESTION_ANSWERED, "answered");

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ChangeRequestRepository changeRequests;
    private final ProjectRepository projects;
    private final ChangeLog changeLog;
    private final ChangeLogRepository entries;
    private final QuestionNotice notice;
    private final PersonNames names;

    public ChangeQuestions(ChangeRequestRepository changeRequests, ProjectRepository projects, ChangeLog changeLog,
                           ChangeLogRepository entries, QuestionNotice notice, PersonNames names) {
        this.changeRequests = changeRequests;
        this.projects = projects;
        this.changeLog = changeLog;
        this.entries = entries;
        this.notice = notice;
        this.names = names;
    }

    /** @param due when the requester's answer is due, as their notice says it */
    @Transactional
    public void ask(String changeRequestId, String askedBy, String question, String due) {
        ChangeRequest changeRequest = require(changeRequestId);
        changeLog.record(changeRequestId, askedBy, ChangeEvent.QUESTION_ASKED, question);
        notice.asked(changeRequest, project(changeRequest), logged(changeRequestId, ChangeEvent.QUESTION_ASKED).size(),
                askedBy, question, due);
    }

    /** @param askedBy who asked the question, the one who is told the answer */
    @Transactional
    public void answer(String changeRequestId, String answeredBy, String askedBy, String answer) {
        ChangeRequest changeRequest = require(changeRequestId);
        List<ChangeLogEntry> questions = logged(changeRequestId, ChangeEvent.QUESTION_ASKED);
        changeLog.record(changeRequestId, answeredBy, ChangeEvent.QUESTION_ANSWERED, answer);
        notice.answered(changeRequest, project(changeRequest), questions.size(), answeredBy, askedBy,
                questions.get(questions.size() - 1).getDetail(), answer);
    }

    /**
     * Every question and answer on the change, oldest first, as a Markdown list that names who asked or answered,
     * when, and what (escaped); null while nobody asked anything.
     */
    @Transactional(readOnly = true)
    public String soFar(String changeRequestId) {
        List<String> said = entries.findByChangeRequestKeyOrderByIdAsc(changeRequestId).stream()
                .filter(entry -> SAID.containsKey(entry.getEvent()))
                .map(entry -> "- **" + escape(names.of(entry.getActor())) + "** " + SAID.get(entry.getEvent())
                        + (entry.getLoggedAt() == null ? "" : " on " + WHEN.format(entry.getLoggedAt())) + ": "
                        + escape(entry.getDetail().strip().replaceAll("\\s+", " ")))
                .toList();
        return said.isEmpty() ? null : String.join("\n", said);
    }

    private List<ChangeLogEntry> logged(String changeRequestId, ChangeEvent event) {
        return entries.findByChangeRequestKeyOrderByIdAsc(changeRequestId).stream()
                .filter(entry -> entry.getEvent() == event).toList();
    }

    private ChangeRequest require(String changeRequestId) {
        return changeRequests.findByKey(changeRequestId)
                .orElseThrow(() -> new NotFoundException("No change request " + changeRequestId));
    }

    private Project project(ChangeRequest changeRequest) {
        return projects.findById(changeRequest.getProjectId()).orElseThrow();
    }
}
