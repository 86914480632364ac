package io.charterline.platform.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import io.charterline.support.ProjectsOverHttp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks one project from charter to closed the way its people do in Tasklist: each round looks at what is open
 * now and does it as the person it belongs to. Nothing is remembered between rounds but the project key, so a walk
 * simply carries on after a node died under it, whatever the node did or did not commit.
 */
final class ProjectWalk {

    static final String CHARTER_LESSON = "Name the data owner before the charter review";
    static final String CLOSING_LESSON = "Book the pilot users early";

    /**
     * The hours each completion reports: the walks do a portfolio's work within minutes as a few pool people, and a
     * completion's hours must fit into its person's day beside their other completions of it.
     */
    private static final int WORK_HOURS = 1;
    private static final Pattern GAP_CODE = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern CLOSEST_CANDIDATE = Pattern.compile("closest candidate (?:[^(]*\\()?([^()\\s]+)\\)?$");

    private final String name;
    private final String planCsv;
    private final Map<String, Object> change;
    private final boolean statusReportEarly;
    private final String untilTask;
    private String key;
    private boolean statusReportPulled;

    /**
     * @param planCsv           the work packages the project manager plans
     * @param change            a change request body the requester submits once the first work package is done,
     *                          or null for none; the team holds further work until the change is closed
     * @param statusReportEarly whether the PMO asks for the first status report as soon as work starts
     * @param untilTask         the task at which the walk stops, or null to walk until the project is closed
     */
    ProjectWalk(String name, String planCsv, Map<String, Object> change, boolean statusReportEarly,
                String untilTask) {
        this.name = name;
        this.planCsv = planCsv;
        this.change = change;
        this.statusReportEarly = statusReportEarly;
        this.untilTask = untilTask;
    }

    String key() {
        return key;
    }

    /** The requester submits the charter; answers the project key. */
    String start(Api requester) {
        key = requester.as("requester").post("/api/projects", ProjectsOverHttp.smallCharter(name)).expect(201)
                .body().get("key").asText();
        return key;
    }

    /**
     * Does everything that is open for the project right now; answers whether the project has reached the
     * walk's goal (closed, or waiting for {@code untilTask} when one is given).
     */
    boolean advance(Api api) {
        String changeId = null;
        if (change != null) {
            changeId = submittedChange(api);
            if (changeId == null && anyWorkPackageDone(api)) {
                api.as("requester").post("/api/projects/" + key + "/change-requests", change).expect(201);
                return false;
            }
        }
        boolean holdWork = change != null && (changeId == null || isOpen(api, changeId));
        JsonNode tasks = api.as("admin").read("/engine-rest/task?processVariables=projectKey_eq_" + key
                + "&sortBy=created&sortOrder=asc");
        boolean worked = false;
        for (JsonNode task : tasks) {
            String definition = task.get("taskDefinitionKey").asText();
            if (definition.equals(untilTask)) {
                return true;
            }
            if (definition.equals("Task_PerformWorkPackage") && holdWork && anyWorkPackageDone(api)) {
                continue;
            }
            work(api, task);
            worked = true;
        }
        return !worked && untilTask == null
                && api.as("pmo").read("/api/projects/" + key).get("status").asText().equals("CLOSED");
    }

    private void work(Api api, JsonNode task) {
        String id = task.get("id").asText();
        String definition = task.get("taskDefinitionKey").asText();
        String assignee = task.get("assignee").isNull() ? null : task.get("assignee").asText();
        switch (definition) {
            case "Task_ReviewCharter" -> complete(api, id, assignee, assignee,
                    Map.of("charterDecision", "APPROVE", "gateLessons", CHARTER_LESSON));
            case "Task_PrepareScopeStatement" -> complete(api, id, assignee, assignee,
                    Map.of("inScope", "Order entry", "outOfScope", "Invoicing", "deliverables", "New order screens",
                            "acceptanceCriteria", "An order takes less than two minutes"));
            case "Task_PlanWork" -> complete(api, id, assignee, assignee, Map.of("workPackagesCsv", planCsv));
            case "Task_ResolveResourceGap" -> complete(api, id, assignee, "pmo",
                    Map.of("gapDecision", "ASSIGN", "manualAssignments", assignToManager(api, id)));
            case "Task_ApprovePlan" -> complete(api, id, assignee, "pmo",
                    Map.of("planDecision", "APPROVE", "planComment", "Fine"));
            case "Task_SponsorApprovePlan" -> complete(api, id, assignee, assignee,
                    Map.of("planDecision", "APPROVE", "planComment", "Signed"));
            case "Task_PerformWorkPackage" -> {
                if (statusReportEarly && !statusReported(api)) {
                    return;
                }
                complete(api, id, assignee, assignee,
                        Map.of("actualHours", WORK_HOURS, "completionNote", "Delivered"));
            }
            case "Task_DecideEscalation" -> complete(api, id, assignee, assignee,
                    Map.of("escalationDecision", "CONTINUE", "escalationComment", "The plan still holds"));
            case "Task_AcceptDeliverables" -> complete(api, id, assignee, assignee,
                    Map.of("acceptanceDecision", "ACCEPT", "gateLessons", CLOSING_LESSON));
            case "Task_ApproveChangeAsPm", "Task_ApproveChangeAsSponsor" -> complete(api, id, assignee,
                    assignee == null ? "pmo" : assignee,
                    Map.of("changeDecision", "APPROVE", "changeDecisionReason", "Worth it"));
            case "Task_VoteOnChange" -> complete(api, id, assignee, assignee,
                    Map.of("vote", "APPROVE", "voteReason", "Worth the risk"));
            case "Task_AcknowledgeDecision" -> complete(api, id, assignee, assignee, Map.of());
            case "Task_ImplementChange" -> complete(api, id, assignee, assignee,
                    Map.of("implementationNotes", "Deployed in the window"));
            case "Task_OverrideWindow" -> complete(api, id, assignee, "pmo", Map.of("windowDecision", "OVERRIDE",
                    "windowOverrideReason", "The services it touches are not in maintenance then"));
            case "Task_ReviewImplementation" -> complete(api, id, assignee, "pmo",
                    Map.of("implementationOutcome", "SUCCESS", "reviewComment", "Works"));
            default -> throw new IllegalStateException(key + " reached " + definition
                    + ", which this walk does not know how to do");
        }
    }

    /**
     * Claims the task first when it is offered to a group. A task can end while we look at it (a board vote
     * ends the other votes once a majority stands): then there is nothing left to do. A conflict with the engine
     * working on the same instance at the same moment is what a person sees as an error and tries again.
     */
    private void complete(Api api, String taskId, String assignee, String user, Map<String, Object> variables) {
        Api person = api.as(user);
        if (assignee == null) {
            Api.Response claimed = person.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
            if (claimed.status() != 204 && (gone(api, taskId) || conflict(claimed))) {
                return;
            }
            claimed.expect(204);
        }
        Api.Response completed = person.complete(taskId, variables);
        if (completed.status() != 204 && (gone(api, taskId) || conflict(completed))) {
            return;
        }
        completed.expect(204);
    }

    private static boolean conflict(Api.Response response) {
        return response.text().contains("OptimisticLockingException");
    }

    private static boolean gone(Api api, String taskId) {
        return api.as("admin").get("/engine-rest/task/" + taskId).status() == 404;
    }

    private String assignToManager(Api api, String taskId) {
        String gaps = api.as("admin").read("/engine-rest/task/" + taskId + "/variables/staffingGaps")
                .get("value").asText();
        StringBuilder assignments = new StringBuilder();
        for (String line : gaps.split("\n")) {
            Matcher code = GAP_CODE.matcher(line);
            Matcher closest = CLOSEST_CANDIDATE.matcher(line);
            if (code.find()) {
                // The closest candidate has the package's skill; the manager may not, and would be refused.
                assignments.append(code.group(1)).append('=').append(closest.find() ? closest.group(1) : "pm")
                        .append('\n');
            }
        }
        return assignments.toString();
    }

    private String submittedChange(Api api) {
        if (change == null) {
            return null;
        }
        for (JsonNode entry : api.as("pm").read("/api/projects/" + key + "/change-log")) {
            if (entry.get("event").asText().equals("SUBMITTED")) {
                return entry.get("changeRequestId").asText();
            }
        }
        return null;
    }

    private static boolean isOpen(Api api, String changeId) {
        return api.as("admin").read("/engine-rest/process-instance?processDefinitionKey=change-control&businessKey="
                + changeId).size() > 0;
    }

    private boolean anyWorkPackageDone(Api api) {
        for (JsonNode workPackage : api.as("pm").read("/api/projects/" + key + "/work-packages")) {
            if (workPackage.get("state").asText().equals("DONE")) {
                return true;
            }
        }
        return false;
    }

    /**
     * With an early status report, the PMO first moves the status timer to now; the team finishes its work once
     * the job executor has run the status cycle (finishing the work ends the cycle's scope, timer included).
     */
    private boolean statusReported(Api api) {
        String lifecycle = api.as("admin").read("/engine-rest/process-instance?processDefinitionKey="
                + "project-lifecycle&businessKey=" + key).get(0).get("id").asText();
        if (!statusReportPulled) {
            JsonNode timer = api.as("admin").read("/engine-rest/job?timers=true&activityId=StartEvent_StatusReportDue"
                    + "&processInstanceId=" + lifecycle).get(0);
            api.as("admin").put("/engine-rest/job/" + timer.get("id").asText() + "/duedate",
                    Map.of("duedate", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()
                            .replace("Z", ".000+0000"), "cascade", false)).expect(204);
            statusReportPulled = true;
            return false;
        }
        return api.as("admin").read("/engine-rest/history/activity-instance/count?activityId=Task_ComputeKpis"
                + "&finished=true&processInstanceId=" + lifecycle).get("count").asLong() > 0;
    }

    /**
     * A change adding a work package after WP-1, in a Tuesday night window {@code weeksAhead} weeks ahead (changes
     * of different projects in one window would conflict and need the PMO's decision).
     */
    static Map<String, Object> addingAWorkPackage(int weeksAhead) {
        Instant window = LocalDate.now(ZoneOffset.UTC).plusWeeks(weeksAhead)
                .with(TemporalAdjusters.next(DayOfWeek.TUESDAY))
                .atTime(2, 0).toInstant(ZoneOffset.UTC);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Order import from the web shop");
        body.put("description", "Import web shop orders into the new order entry");
        body.put("reason", "The web shop moves to the new system in the same quarter");
        body.put("requestedType", "NORMAL");
        body.put("workPackageChanges", List.of(Map.of("action", "ADD", "code", "WP-3", "name", "Build order import",
                "estimateHours", 8, "skill", "JAVA", "skillLevel", 2, "predecessors", List.of("WP-1"))));
        body.put("affectedItems", List.of());
        body.put("windowStart", window.toString());
        body.put("windowEnd", window.plus(1, ChronoUnit.HOURS).toString());
        return body;
    }
}
