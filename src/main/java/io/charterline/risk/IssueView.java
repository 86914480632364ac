package io.charterline.risk;

import java.time.Instant;

/** An issue as our API shows it. */
public record IssueView(Long id, String projectKey, String title, String description, Severity severity,
                        String owner, IssueStatus status, String closingNote, String raisedBy,
                        Instant createdAt, Instant updatedAt) {

    static IssueView of(String projectKey, ProjectIssue issue) {
        return new IssueView(issue.getId(), projectKey, issue.getTitle(), issue.getDescription(),
                issue.getSeverity(), issue.getOwnerId(), issue.getStatus(), issue.getClosingNote(),
                issue.getRaisedBy(), issue.getCreatedAt(),
                issue.getUpdatedAt());
    }
}
