package io.charterline.platform.identity;

import java.util.List;

/** Group ids the models and the security rules refer to; candidate groups in BPMN use the same strings. */
public final class CharterlineGroups {

    public static final String SPONSORS = "sponsors";
    public static final String PMO = "pmo";
    public static final String PROJECT_MANAGERS = "project-managers";
    public static final String CCB = "ccb";
    public static final String TEAM_MEMBERS = "team-members";
    public static final String REQUESTERS = "requesters";
    public static final String PROCESS_OWNERS = "process-owners";
    public static final String ADMINS = "camunda-admin";

    /** Groups that start projects and change requests and work tasks in Tasklist. */
    public static final List<String> WORKING_GROUPS =
            List.of(SPONSORS, PMO, PROJECT_MANAGERS, CCB, TEAM_MEMBERS, REQUESTERS);

    /** Groups that watch the portfolio in Cockpit. */
    public static final List<String> MANAGING_GROUPS = List.of(SPONSORS, PMO, PROCESS_OWNERS);

    private CharterlineGroups() {
    }
}
