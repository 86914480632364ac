package io.charterline.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.charterline.platform.web.EngineApiProblem;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.ReadBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task's completion may set only the fields of the task's form. The engine takes any variable with a completion
 * and writes it where the process already keeps a variable of that name, so whoever completes a task could
 * otherwise rewrite what steers the process: the change request a vote is recorded for, the board its tally
 * counts, the person a later task goes to. Applies to completions through engine-rest and through the webapps'
 * engine API (Tasklist). A task whose form cannot be read (no Camunda Form, or not the caller's to read) is left
 * to the engine, which answers such a caller itself; a task that does not exist (any more) to {@link TaskClaimGuard},
 * which answers 404.
 */
public class TaskFormFieldsGuard extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "^" + EngineApiPaths.ROOT + "/task/([^/]+)/(?:complete|submit-form|resolve)/?$");

    private final FormService formService;
    private final TaskService taskService;
    private final ObjectMapper json = new ObjectMapper();

    public TaskFormFieldsGuard(FormService formService, TaskService taskService) {
        this.formService = formService;
        this.taskService = taskService;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !COMPLETION.matcher(EngineApiPaths.of(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ReadBody> read = ReadBody.upTo(request, ExpressionQueryGuard.MAX_QUERY_BODY);
        if (read.isEmpty()) {
            ExpressionQueryGuard.refuseTooLarge(request, response);
            return;
        }
        Matcher completion = COMPLETION.matcher(EngineApiPaths.of(request));
        completion.matches();
        List<String> foreign = foreignVariables(completion.group(1), read.get().body());
        if (!foreign.isEmpty()) {
            // The same problem as every other refusal of bad input, engine-rest's and ours alike
            String message = "Not fields of this task's form, so a completion may not set them: "
                    + String.join(", ", foreign) + ". Send the form's fields only.";
            EngineApiProblem.write(response, EngineApiProblem.invalidInput(message, foreign.stream()
                    .map(name -> new InvalidField(name, "is not a field of this task's form")).toList()));
            return;
        }
        chain.doFilter(read.get(), response);
    }

    /** The variables of the completion that its task's form does not have; empty when that cannot be told. */
    private List<String> foreignVariables(String taskId, byte[] body) {
        JsonNode variables;
        try {
            variables = json.readTree(body).path("variables");
        } catch (IOException notJson) {
            return List.of();
        }
        if (!variables.isObject() || variables.isEmpty()
                || taskService.createTaskQuery().taskId(taskId).count() == 0) {
            return List.of();
        }
        Set<String> fields;
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            fields = fieldKeys(json.readTree(form));
        } catch (ProcessEngineException | IOException unreadable) {
            return List.of();
        }
        List<String> foreign = new ArrayList<>();
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                foreign.add(name);
            }
        }
        return foreign;
    }

    /** The keys of a Camunda Form's fields, also inside groups. */
    static Set<String> fieldKeys(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        collect(form.path("components"), keys);
        return keys;
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            collect(component.path("components"), keys);
        }
    }
}
