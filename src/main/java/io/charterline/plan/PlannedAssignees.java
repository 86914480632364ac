package io.charterline.plan;

import java.util.Map;

/**
 * Who the resource ledger books on each package, also before anyone has its task. Kept apart from a package's
 * assignee, who holds its task: the ledger may name someone else, or someone for work not released yet.
 */
public interface PlannedAssignees {

    /** Work package code to the user booked on it; packages nobody is booked on are missing. */
    Map<String, String> assigneesOf(String projectKey);
}
