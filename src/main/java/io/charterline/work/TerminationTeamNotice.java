package io.charterline.work;

import io.charterline.notification.NotificationMessage;
import io.charterline.notification.Notifications;
import io.charterline.notification.RecipientEmails;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.platform.identity.PersonNames;
import io.charterline.project.Project;
import io.charterline.resource.AssignmentRepository;
import io.charterline.resource.BookedPackageWeek;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Tells the people whose work a termination stops who terminated the project and why: those assigned one of its
 * packages still open and those booked on it from this week on. Its manager and sponsor are told at its closing, so
 * not here. Recorded as a notification, sent after the fact: a webhook that is down costs the notice, never the
 * termination.
 */
@Component
class TerminationTeamNotice {

    static final String EVENT = "PROJECT_TERMINATED";
    /** The notification table's subject column. */
    private static final int MAX_SUBJECT_LENGTH = 500;

    private final WorkPackageService workPackages;
    private final AssignmentRepository assignments;
    private final Notifications notifications;
    private final RecipientEmails emails;
    private final PersonNames names;
    private final Clock clock;

    TerminationTeamNotice(WorkPackageService workPackages, AssignmentRepository assignments,
                          Notifications notifications, RecipientEmails emails, PersonNames names, Clock clock) {
        this.workPackages = workPackages;
        this.assignments = assignments;
        this.notifications = notifications;
        this.emails = emails;
        this.names = names;
        this.clock = clock;
    }

    /**
     * The people with open work on the project, read before it is cancelled, without its manager and sponsor: the
     * assignees of its open packages, then whoever is booked on it for this week or later.
     */
    List<String> peopleWithOpenWork(Project project) {
        LocalDate today = LocalDate.now(clock);
        Set<String> people = new LinkedHashSet<>();
        workPackages.openPackages(project.getKey()).stream().map(WorkPackage::assignee).filter(Objects::nonNull)
                .forEach(people::add);
        assignments.findBookedWeeks(project.getKey()).stream()
                .filter(week -> !week.weekStart().plusDays(6).isBefore(today))
                .map(BookedPackageWeek::userId).filter(Objects::nonNull)
                .forEach(people::add);
        Stream.of(project.getManagerId(), project.getSponsorId()).forEach(people::remove);
        return List.copyOf(people);
    }

    /**
     * "PRJ-2026-0008 (CRM rollout) was terminated by Sofia Sponsor (reason); your open work on it is cancelled".
     *
     * @param terminatedBy null when the process does not know who terminated the project
     */
    void tell(Project project, List<String> people, String terminatedBy, String reason) {
        if (people.isEmpty()) {
            return;
        }
        String subject = "%s (%s) was terminated%s (%s); your open work on it is cancelled".formatted(
                project.getKey(), project.getName(), terminatedBy == null ? "" : " by " + names.of(terminatedBy),
                reason);
        notifications.sendAfterTheFact(new NotificationMessage(
                "project:%s:%s".formatted(project.getKey(), EVENT),
                EVENT,
                project.getKey(),
                project.getName(),
                "TERMINATED",
                subject.length() <= MAX_SUBJECT_LENGTH ? subject : subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…",
                people,
                emails.of(people),
                "/api/projects/" + project.getKey()));
    }
}
