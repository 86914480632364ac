package io.charterline.project;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.BodyRequest;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.InvalidField;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules of a termination request with values of the wrong type or unknown fields, as
 * {@link ProjectService#terminate} refuses it, so that one answer names them all; only the project's sponsor or
 * an administrator hears them, anyone else is refused first.
 */
@Component
class TerminationBodyRules implements BodyRules<TerminationRequest> {

    private final ProjectService projectService;

    TerminationBodyRules(ProjectService projectService) {
        this.projectService = projectService;
    }

    @Override
    public Class<TerminationRequest> bodyType() {
        return TerminationRequest.class;
    }

    @Override
    public List<InvalidField> errorsOf(TerminationRequest body) {
        projectService.requireMayTerminate(BodyRequest.pathVariable("key").orElseThrow(), BodyRequest.callerId(),
                BodyRequest.callerInAny(CharterlineGroups.ADMINS));
        return ProjectService.terminationErrors(body);
    }
}
