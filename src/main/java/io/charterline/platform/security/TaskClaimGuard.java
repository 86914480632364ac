package io.charterline.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.EngineApiProblem;
import io.charterline.platform.web.ProblemType;
import io.charterline.platform.web.ProblemTypes;
import io.charterline.platform.web.ReadBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who holds a task decides who works it, through engine-rest and through the webapps' engine API (Tasklist) alike.
 * <ul>
 * <li>A claimed task is completed by the one who claimed it: the engine would let any candidate complete it, and
 * our records (the change's decider, the change log's actor) would name the one who claimed it.
 * Administrators may still complete any task.</li>
 * <li>The one who claimed a group task may hand it back. Task users get TASK_WORK, which does not cover unclaiming,
 * and the permission that does (TASK_ASSIGN) would also let them take a task from whoever claimed it; so the
 * application unclaims for them.</li>
 * <li>Working on a task that does not exist (completed already, say by a second click) is answered 404, and claiming
 * a task someone else holds 409, naming the task rather than answering the engine's 500.</li>
 * </ul>
 * Every group reads every task (see GroupAuthorizations), so naming the holder tells nobody anything new. Runs
 * where the engine knows the caller ({@link TaskClaimGuardRegistration}); a caller it does not know is left to
 * the engine.
 */
public class TaskClaimGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(TaskClaimGuard.class);

    private static final Pattern TASK_ACTION = Pattern.compile(
            "^" + EngineApiPaths.ROOT + "/task/([^/]+)/(complete|submit-form|resolve|claim"
                    + "|unclaim)/?$");

    private final TaskService taskService;
    private final IdentityService identityService;
    private final ObjectMapper json = new ObjectMapper();

    public TaskClaimGuard(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !TASK_ACTION.matcher(EngineApiPaths.of(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher action = TASK_ACTION.matcher(EngineApiPaths.of(request));
        action.matches();
        String taskId = action.group(1);
        Task task = asApplication(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            answer(response, ProblemTypes.NOT_FOUND, "No task " + taskId + "; it may have been completed already.");
            return;
        }
        var caller = identityService.getCurrentAuthentication();
        String assignee = task.getAssignee();
        boolean candidate = caller != null && isCandidate(caller.getUserId(), caller.getGroupIds(), taskId);
        switch (action.group(2)) {
            case "claim" -> {
                Optional<ReadBody> read = ReadBody.upTo(request, ExpressionQueryGuard.MAX_QUERY_BODY);
                if (read.isEmpty()) {
                    ExpressionQueryGuard.refuseTooLarge(request, response);
                    return;
                }
                if (assignee != null && !assignee.equals(claimant(read.get().body()))) {
                    answer(response, ProblemTypes.CONFLICT, "Task " + taskId
                            + " (" + task.getName() + ") is already claimed by " + assignee
                            + "; ask them to unclaim it.");
                    return;
                }
                chain.doFilter(read.get(), response);
            }
            case "unclaim" -> {
                if (candidate && caller.getUserId().equals(assignee)) {
                    asApplication(() -> {
                        taskService.setAssignee(taskId, null);
                        return null;
                    });
                    LOG.info("{} handed task {} ({}) back to its candidates", caller.getUserId(), taskId,
                            task.getName());
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
                chain.doFilter(request, response);
            }
            default -> {
                if (caller != null && assignee != null && !assignee.equals(caller.getUserId())
                        && !caller.getGroupIds().contains(CharterlineGroups.ADMINS)) {
                    answer(response, ProblemTypes.FORBIDDEN, candidate
                            ? "Task " + taskId + " (" + task.getName() + ") is claimed by " + assignee
                                    + "; only they may complete it. Ask them to unclaim it."
                            : "Task " + taskId + " (" + task.getName() + ") is assigned to " + assignee
                                    + "; only they may complete it.");
                    return;
                }
                chain.doFilter(request, response);
            }
        }
    }

    /** The user a claim is for; engine-rest and Tasklist both send {@code {"userId": ...}}. */
    private String claimant(byte[] body) {
        try {
            JsonNode userId = json.readTree(body).path("userId");
            return userId.isTextual() ? userId.asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private boolean isCandidate(String userId, List<String> groupIds, String taskId) {
        return asApplication(() -> taskService.getIdentityLinksForTask(taskId)).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> userId.equals(link.getUserId())
                        || (link.getGroupId() != null && groupIds.contains(link.getGroupId())));
    }

    /** Without the caller's engine identity, restored afterwards whoever had set it (our filter or the webapps'). */
    private <T> T asApplication(Supplier<T> work) {
        var caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller.getUserId(), caller.getGroupIds(), caller.getTenantIds());
            }
        }
    }

    private static void answer(HttpServletResponse response, ProblemType kind, String message) throws IOException {
        EngineApiProblem.write(response, EngineApiProblem.of(kind, message));
    }
}
