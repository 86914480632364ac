package io.charterline.time;

import io.charterline.plan.WorkPackageService;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.resource.AssignmentRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read a person's hours, one rule wherever they appear. Within a project (its time entries and their
 * corrections, its assignments, its closeout report) they are for the project's people, not for everyone signed
 * in: the people on its team (booked on it, assigned one of its work packages or with hours of their own on it),
 * its manager and sponsor, the PMO and administrators. Across the portfolio (the resource load) they are for those
 * who plan people: the PMO, project managers and administrators.
 */
@Component
public class HoursAccess {

    private final ProjectRegistry projects;
    private final AssignmentRepository assignments;
    private final WorkPackageService workPackages;
    private final TimeEntryRepository entries;

    HoursAccess(ProjectRegistry projects, AssignmentRepository assignments, WorkPackageService workPackages,
                TimeEntryRepository entries) {
        this.projects = projects;
        this.assignments = assignments;
        this.workPackages = workPackages;
        this.entries = entries;
    }

    /**
     * @param what what the user asked for, as the refusal names it ("time entries", "closeout report")
     * @throws io.charterline.platform.web.NotFoundException for an unknown project
     * @throws AccessDeniedException unless the user is one of the project's people
     */
    public void requireProjectReader(String projectKey, String what, Authentication user) {
        Project project = projects.require(projectKey);
        String userId = user.getName();
        Collection<String> groups = groups(user);
        if (groups.contains(CharterlineGroups.PMO) || groups.contains(CharterlineGroups.ADMINS)
                || userId.equals(project.getManagerId()) || userId.equals(project.getSponsorId())
                || onTeam(projectKey, userId)) {
            return;
        }
        throw new AccessDeniedException("User '" + userId + "' may not read the " + what + " of " + projectKey
                + ": only its team (the people booked on it or assigned its work), its project manager ("
                + project.getManagerId() + "), its sponsor (" + project.getSponsorId()
                + "), the PMO and administrators may");
    }

    /**
     * @param what what the user asked for, as the refusal names it ("resource load")
     * @throws AccessDeniedException unless the user plans people: PMO, project managers, administrators
     */
    public void requirePlanner(String what, Authentication user) {
        Collection<String> groups = groups(user);
        if (groups.contains(CharterlineGroups.PMO) || groups.contains(CharterlineGroups.PROJECT_MANAGERS)
                || groups.contains(CharterlineGroups.ADMINS)) {
            return;
        }
        throw new AccessDeniedException("User '" + user.getName() + "' may not read the " + what
                + ": it shows people's booked hours across the portfolio, for those who plan people: the PMO ("
                + CharterlineGroups.PMO + "), project managers (" + CharterlineGroups.PROJECT_MANAGERS
                + ") and administrators (" + CharterlineGroups.ADMINS + ") may");
    }

    /** The user's groups: the engine's groups are the authorities of our API's users. */
    static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }

    private boolean onTeam(String projectKey, String userId) {
        return assignments.isBookedOn(projectKey, userId) || entries.hasEntries(projectKey, userId)
                || workPackages.list(projectKey).stream().anyMatch(wp -> userId.equals(wp.assignee()));
    }
}
