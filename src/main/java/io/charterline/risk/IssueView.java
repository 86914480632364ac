package io.charterline.risk;

import java.time.Instant;

/**
 * An issue as our API shows it. A resolved or closed one says why (closingNote), by whom (closedBy, a user id, or
 * "closeout" when the project's end closed it) and when (closedAt).
 */
public record IssueView(Long id, String projectKey, String title, String description, Severity severity,
                        String owner, IssueStatus status, String closingNote, String closedBy, Instant closedAt,
                        String raisedBy, Instant createdAt, Instant updatedAt) {

    static IssueView of(String projectKey, ProjectIssue issue) {
        return new IssueView(issue.getId(), projectKey, issue.getTitle(), issue.getDescription(),
                issue.getSeverity(), issue.getOwnerId(), issue.getStatus(), issue.getClosingNote(),
                issue.getClosedBy(), issue.getClosedAt(), issue.getRaisedBy(), issue.getCreatedAt(),
                issue.getUpdatedAt());
    }
}
