package io.charterline.change;

import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved and scheduled changes of every project, as window checks see them. An approved change not yet
 * scheduled counts in its requested window; its implementer is its project's manager, as change control sets it.
 */
@Component
class ScheduledChanges {

    private static final List<ChangeStatus> COMING = List.of(ChangeStatus.APPROVED, ChangeStatus.SCHEDULED);

    private final ChangeRequestRepository changeRequests;
    private final ProjectRepository projects;

    ScheduledChanges(ChangeRequestRepository changeRequests, ProjectRepository projects) {
        this.changeRequests = changeRequests;
        this.projects = projects;
    }

    /** @param except the change being checked, or null */
    @Transactional(readOnly = true)
    List<ScheduledChange> otherThan(String except) {
        List<ChangeRequest> coming = changeRequests.findByStatusIn(COMING).stream()
                .filter(change -> !change.getKey().equals(except))
                .toList();
        Map<Long, Project> byId = projects.findAllById(new HashSet<>(coming.stream()
                        .map(ChangeRequest::getProjectId).toList())).stream()
                .collect(Collectors.toMap(Project::getId, Function.identity()));
        return coming.stream().map(change -> {
            ChangeProposal proposal = change.proposal();
            ImplementationWindow window = change.getScheduledStart() != null
                    ? new ImplementationWindow(change.getScheduledStart(), change.getScheduledEnd())
                    : new ImplementationWindow(proposal.windowStart(), proposal.windowEnd());
            return new ScheduledChange(change.getKey(), new HashSet<>(proposal.affectedItemsOrEmpty()), window,
                    byId.get(change.getProjectId()).getManagerId());
        }).toList();
    }
}
