package io.charterline.time;

import io.charterline.plan.WorkPackageService;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.resource.AssignmentRepository;
import java.util.Collection;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read a project's time entries and their corrections: they say who worked how long on what, so they are
 * for the project's people, not for everyone signed in. Those are the people on its team (booked on it, assigned
 * one of its work packages or with hours of their own on it), its manager and sponsor, the PMO and administrators.
 */
@Component
class TimeEntryAccess {

    private final ProjectRegistry projects;
    private final AssignmentRepository assignments;
    private final WorkPackageService workPackages;
    private final TimeEntryRepository entries;

    TimeEntryAccess(ProjectRegistry projects, AssignmentRepository assignments, WorkPackageService workPackages,
                    TimeEntryRepository entries) {
        this.projects = projects;
        this.assignments = assignments;
        this.workPackages = workPackages;
        this.entries = entries;
    }

    /**
     * @throws io.charterline.platform.web.NotFoundException for an unknown project
     * @throws AccessDeniedException unless the user is one of the project's people
     */
    void requireReader(String projectKey, String userId, Collection<String> groups) {
        Project project = projects.require(projectKey);
        if (groups.contains(CharterlineGroups.PMO) || groups.contains(CharterlineGroups.ADMINS)
                || userId.equals(project.getManagerId()) || userId.equals(project.getSponsorId())
                || onTeam(projectKey, userId)) {
            return;
        }
        throw new AccessDeniedException("User '" + userId + "' may not read the time entries of " + projectKey
                + ": only its team (the people booked on it or assigned its work), its project manager ("
                + project.getManagerId() + "), its sponsor (" + project.getSponsorId()
                + "), the PMO and administrators may");
    }

    private boolean onTeam(String projectKey, String userId) {
        return assignments.isBookedOn(projectKey, userId) || entries.hasEntries(projectKey, userId)
                || workPackages.list(projectKey).stream().anyMatch(wp -> userId.equals(wp.assignee()));
    }
}
