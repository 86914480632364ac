package io.charterline.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of staffing one project: who takes which package and what could not be staffed. Both lists are in
 * the order the packages were placed (planned start, then package code).
 */
public record AssignmentResult(String projectKey, List<PackageAssignment> assignments, List<StaffingGap> gaps) {

    public AssignmentResult {
        assignments = List.copyOf(assignments);
        gaps = List.copyOf(gaps);
    }

    /** Package code to the user id of its Tasklist assignee, for the staffed packages. */
    public Map<String, String> assignees() {
        Map<String, String> assignees = new LinkedHashMap<>();
        assignments.forEach(assignment -> assignees.put(assignment.packageCode(), assignment.userId()));
        return assignees;
    }

    public boolean fullyStaffed() {
        return gaps.isEmpty();
    }
}
