package io.charterline.project;

import io.charterline.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
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

    @Transactional(readOnly = true)
    public Project require(String projectKey) {
        return projects.findByKey(projectKey)
                .orElseThrow(() -> new NotFoundException("No project with key " + projectKey));
    }
}
