package io.charterline.risk;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.InvalidField;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.resource.AssignmentRepository;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may write a project's register through the API. The people accountable for the project (its manager and
 * sponsor), the PMO and administrators keep it; the people booked on the project may also raise a new risk or
 * issue, because those who do the work often see one first, but only as open: deciding that it is mitigated,
 * resolved or closed stays with those accountable. Everyone signed in may read it. Code inside the lifecycle
 * calls {@link RiskRegister} directly and is not subject to this check.
 */
@Component
class RegisterAccess {

    private static final String OPEN = "OPEN";

    private final ProjectRegistry projects;
    private final AssignmentRepository assignments;

    RegisterAccess(ProjectRegistry projects, AssignmentRepository assignments) {
        this.projects = projects;
        this.assignments = assignments;
    }

    /**
     * For a new entry: the keepers, or someone booked on the project recording it as open. A team member's
     * other status is returned rather than thrown, so that it is reported with the entry's other bad fields.
     */
    List<InvalidField> requireRaiser(String projectKey, String status) {
        Project project = projects.require(projectKey);
        String userId = userId();
        if (keeps(project, userId)) {
            return List.of();
        }
        if (userId == null || !assignments.isBookedOn(projectKey, userId)) {
            throw refusal(project, userId, "its project manager (" + project.getManagerId() + "), its sponsor ("
                    + project.getSponsorId() + "), the PMO, administrators and, for a new open entry, the people "
                    + "booked on the project may");
        }
        if (status != null && !status.isBlank() && !OPEN.equalsIgnoreCase(status.strip())) {
            return List.of(new InvalidField("status", "must be OPEN or left out when a team member raises it; its "
                    + "project manager (" + project.getManagerId() + ") decides when it is settled"));
        }
        return List.of();
    }

    /** For changing an entry: only the keepers. */
    void requireWriter(String projectKey) {
        Project project = projects.require(projectKey);
        String userId = userId();
        if (!keeps(project, userId)) {
            throw refusal(project, userId, "only its project manager (" + project.getManagerId() + "), its sponsor ("
                    + project.getSponsorId() + "), the PMO or administrators may");
        }
    }

    private static boolean keeps(Project project, String userId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> groups = authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        boolean accountable = userId != null
                && (userId.equals(project.getManagerId()) || userId.equals(project.getSponsorId()));
        return accountable || groups.contains(CharterlineGroups.PMO) || groups.contains(CharterlineGroups.ADMINS);
    }

    private static String userId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static AuthorizationException refusal(Project project, String userId, String who) {
        return new AuthorizationException("User '" + userId + "' may not change the risk and issue register of "
                + project.getKey() + ": " + who);
    }
}
