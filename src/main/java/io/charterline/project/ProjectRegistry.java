package io.charterline.project;

import io.charterline.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Status and governance changes that the lifecycle makes to a registered project. */
@Service
public class ProjectRegistry {

    private final ProjectRepository projects;

    public ProjectRegistry(ProjectRepository projects) {
        this.projects = projects;
    }

    @Transactional
    public void moveTo(String projectKey, ProjectStatus status) {
        require(projectKey).moveTo(status);
    }

    @Transactional
    public void applyGovernance(String projectKey, int tier, String statusCadence) {
        require(projectKey).setGovernance(tier, statusCadence);
    }

    /**
     * Locks the project's row until the caller's transaction ends, so that writers of the same project's records
     * (its baseline versions, say) take turns, each seeing what the one before committed, instead of failing on
     * each other's row versions. Other projects are not held up.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Project lock(String projectKey) {
        return projects.findLockedByKey(projectKey)
                .orElseThrow(() -> new NotFoundException("No project with key " + projectKey));
    }

    @Transactional(readOnly = true)
    public Project require(String projectKey) {
        return projects.findByKey(projectKey)
                .orElseThrow(() -> new NotFoundException("No project with key " + projectKey));
    }
}
