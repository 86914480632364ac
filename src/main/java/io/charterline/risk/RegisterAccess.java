package io.charterline.risk;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change a project's register through the API: the people accountable for the project (its manager
 * and sponsor), the PMO and administrators. Everyone signed in may read it. Code inside the lifecycle calls
 * {@link RiskRegister} directly and is not subject to this check.
 */
@Component
class RegisterAccess {

    private final ProjectRegistry projects;

    RegisterAccess(ProjectRegistry projects) {
        this.projects = projects;
    }

    void requireWriter(String projectKey) {
        Project project = projects.require(projectKey);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String userId = authentication == null ? null : authentication.getName();
        Set<String> groups = authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        boolean accountable = userId != null
                && (userId.equals(project.getManagerId()) || userId.equals(project.getSponsorId()));
        if (accountable || groups.contains(CharterlineGroups.PMO) || groups.contains(CharterlineGroups.ADMINS)) {
            return;
        }
        throw new AuthorizationException("User '" + userId + "' may not change the risk and issue register of "
                + projectKey + ": only its project manager (" + project.getManagerId() + "), its sponsor ("
                + project.getSponsorId() + "), the PMO or administrators may");
    }
}
