package io.charterline.platform.security;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.EngineApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only administrators delete deployments. The engine gives whoever makes a deployment the right to delete it, so a
 * process owner could delete their own, and with {@code cascade=true} the projects and changes running on it with
 * their history, or silently bring back the rule it replaced. Applies to engine-rest (Camunda Modeler) and the
 * webapps' engine API (Cockpit's deployments), with the caller's engine authentication as those APIs set it.
 */
public class DeploymentDeletionGuard extends OncePerRequestFilter {

    private static final Pattern DELETION = Pattern.compile("^" + EngineApiPaths.ROOT + "/deployment/[^/]+/?$");

    private final IdentityService identityService;

    public DeploymentDeletionGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"DELETE".equals(request.getMethod()) || !DELETION.matcher(EngineApiPaths.of(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() != null && caller.getGroupIds().contains(CharterlineGroups.ADMINS)) {
            chain.doFilter(request, response);
            return;
        }
        String message = "Only administrators delete deployments: deleting one removes its versions, and with "
                + "cascade=true the projects and changes running on them, with their history. Deploy a corrected "
                + "version instead; to remove one, ask an administrator.";
        EngineApiProblem.write(response,
                EngineApiProblem.of(HttpServletResponse.SC_FORBIDDEN, "about:blank", "Forbidden", message));
    }
}
