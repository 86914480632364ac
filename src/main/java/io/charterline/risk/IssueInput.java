package io.charterline.risk;

/**
 * An issue as a client sends it, checked by {@link RegisterValidator}.
 *
 * @param severity LOW, MEDIUM, HIGH or CRITICAL
 * @param owner    user id of the person who resolves it
 * @param status   OPEN, RESOLVED or CLOSED (no longer pursued); a new issue without one is OPEN
 */
public record IssueInput(String title, String description, String severity, String owner, String status) {
}
