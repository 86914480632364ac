package io.charterline.platform.rest;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.EngineApiProblem;
import io.charterline.platform.web.ProblemTypes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Only administrators delete deployments. The engine gives whoever makes a deployment the right to delete it, so a
 * process owner could delete their own, and with {@code cascade=true} the projects and changes running on it with
 * their history, or silently bring back the rule it replaced. A request filter of the engine's APIs themselves,
 * engine-rest (Camunda Modeler) and the webapps' copy (Cockpit's deployments): inside them the caller's engine
 * authentication is set, by our HTTP Basic filter and by the webapps' login alike, which a servlet filter in front
 * of the webapps' API does not see.
 */
@Provider
public class DeploymentDeletionGuard implements ContainerRequestFilter {

    private static final Pattern DELETION = Pattern.compile("^/?(engine/[^/]+/)?deployment/[^/]+/?$");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"DELETE".equals(request.getMethod()) || !DELETION.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        // the engine as the engine's APIs themselves look it up
        var caller = EngineUtil.lookupProcessEngine(null).getIdentityService().getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() != null && caller.getGroupIds().contains(CharterlineGroups.ADMINS)) {
            return;
        }
        String message = "Only administrators delete deployments: deleting one removes its versions, and with "
                + "cascade=true the projects and changes running on them, with their history. Deploy a corrected "
                + "version instead; to remove one, ask an administrator.";
        request.abortWith(Response.status(Response.Status.FORBIDDEN).type(BadInputRestExceptionMapper.PROBLEM_JSON)
                .entity(EngineApiProblem.of(ProblemTypes.FORBIDDEN, message))
                .build());
    }
}
