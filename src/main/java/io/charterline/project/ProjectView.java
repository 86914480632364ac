package io.charterline.project;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A project as our API shows it.
 *
 * @param budget         the charter's budget
 * @param approvedBudget the charter's budget plus the budget changes of approved change requests; absent while the
 *                       charter waits for the sponsor and when it was rejected, as nobody approved any budget then
 * @param charterDecision the sponsor's latest decision on the charter and its reason; null before the first review
 * @param ending          how it ended; null while it runs, and in the list of all projects
 */
public record ProjectView(
        String key,
        String name,
        ProjectStatus status,
        String sponsor,
        String projectManager,
        BigDecimal budget,
        @Schema(description = "The charter's budget plus the budget changes of approved change requests; absent "
                + "until the sponsor approves the charter (CHARTERING) and for a rejected one (REJECTED)")
        BigDecimal approvedBudget,
        LocalDate targetStart,
        LocalDate targetEnd,
        boolean strategic,
        Set<String> relatedServices,
        Integer governanceTier,
        String statusCadence,
        String processInstanceId,
        Instant createdAt,
        CharterDecision charterDecision,
        @Schema(description = "When a closed, terminated or rejected project ended, who accepted its deliverables "
                + "and when, and its closeout report; null while it runs, and in the list of all projects")
        ProjectEnding ending) {

    static ProjectView of(Project project, CharterDecision charterDecision) {
        return of(project, charterDecision, null);
    }

    static ProjectView of(Project project, CharterDecision charterDecision, ProjectEnding ending) {
        return new ProjectView(project.getKey(), project.getName(), project.getStatus(), project.getSponsorId(),
                project.getManagerId(), project.getBudget(),
                project.isCharterApproved() ? project.getApprovedBudget() : null, project.getTargetStart(),
                project.getTargetEnd(), project.isStrategic(), Set.copyOf(project.getRelatedServices()), project.getGovernanceTier(),
                project.getStatusCadence(), project.getProcessInstanceId(), project.getCreatedAt(), charterDecision,
                ending);
    }
}
