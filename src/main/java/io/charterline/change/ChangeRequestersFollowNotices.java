package io.charterline.change;

import io.charterline.notification.NoticeFollowers;
import io.charterline.project.ProjectRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change's requester follows its project's notices from the moment they submit it: the notices of its
 * analysis, vote and decision come later, and until then the place to follow the change must not refuse them.
 */
@Component
class ChangeRequestersFollowNotices implements NoticeFollowers {

    private final ProjectRepository projects;
    private final ChangeRequestRepository changeRequests;

    ChangeRequestersFollowNotices(ProjectRepository projects, ChangeRequestRepository changeRequests) {
        this.projects = projects;
        this.changeRequests = changeRequests;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean follows(String projectKey, String userId) {
        return projects.findByKey(projectKey).stream()
                .flatMap(project -> changeRequests.findByProjectIdOrderByCreatedAtAsc(project.getId()).stream())
                .anyMatch(changeRequest -> userId.equals(changeRequest.getRequesterId()));
    }
}
