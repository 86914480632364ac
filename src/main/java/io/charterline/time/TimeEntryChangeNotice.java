package io.charterline.time;

import io.charterline.notification.NotificationMessage;
import io.charterline.notification.Notifications;
import io.charterline.notification.RecipientEmails;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a person that someone else corrected or withdrew one of their time entries: which one, the day and hours
 * before and after, and why. Sent once the change is committed, outside its transaction: a webhook that is down
 * costs the notice, never the change, and a change that is rolled back tells nobody.
 */
@Component
class TimeEntryChangeNotice {

    static final String CORRECTED = "TIME_ENTRY_CORRECTED";
    static final String WITHDRAWN = "TIME_ENTRY_WITHDRAWN";
    /** The width of {@code notification.subject}. */
    private static final int MAX_SUBJECT_LENGTH = 500;

    private final Notifications notifications;
    private final ProjectRegistry projects;
    private final RecipientEmails emails;

    TimeEntryChangeNotice(Notifications notifications, ProjectRegistry projects, RecipientEmails emails) {
        this.notifications = notifications;
        this.projects = projects;
        this.emails = emails;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void tellPerson(TimeEntryChanged changed) {
        TimeEntryCorrection change = changed.change();
        if (!change.byAnother()) {
            return;
        }
        String projectKey = changed.projectKey();
        Project project = projects.require(projectKey);
        boolean withdrawn = TimeEntryCorrection.WITHDRAWN.equals(change.action());
        NotificationMessage message = new NotificationMessage(
                "time-entry-correction:%s:%d".formatted(projectKey, change.id()),
                withdrawn ? WITHDRAWN : CORRECTED,
                projectKey,
                project.getName(),
                change.action(),
                subject(projectKey, change, withdrawn),
                List.of(change.person()),
                emails.of(List.of(change.person())),
                "/api/projects/%s/time-entries/corrections".formatted(projectKey));
        notifications.sendAfterTheFact(message);
    }

    /** As "pm corrected your time entry 12 on PRJ-2026-0004 (work package A): 2026-03-02 7 h → 2026-03-02 6 h…". */
    private static String subject(String projectKey, TimeEntryCorrection change, boolean withdrawn) {
        String old = change.oldDate() + " " + hours(change.oldHours());
        String what = withdrawn ? old : old + " → " + change.newDate() + " " + hours(change.newHours())
                + (change.oldNote() != null || change.newNote() != null ? ", note changed" : "");
        String subject = "%s %s your time entry %d on %s (work package %s): %s. Reason: %s".formatted(
                change.changedBy(), withdrawn ? "withdrew" : "corrected", change.entryId(), projectKey,
                change.workPackage(), what, change.reason());
        // the whole reason is kept with the correction, which the notice links to
        return subject.length() <= MAX_SUBJECT_LENGTH ? subject : subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…";
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString() + " h";
    }
}
