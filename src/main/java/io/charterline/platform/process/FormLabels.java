package io.charterline.platform.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The labels of the fields a task's form shows: a message for a person names a field as the form shows it
 * ("Comment"), not by the variable behind it ({@code charterComment}), which only an API caller knows.
 *
 * <p>The form is the one Tasklist shows for the task: the engine resolves the task's {@code camunda:formRef} with
 * its binding, so a form a process owner deployed from Camunda Modeler names its fields as edited, not as in
 * {@code forms/}. The engine has no public query of its form definitions; {@link FormService#getDeployedTaskForm}
 * is its public way to that resolution. The form is read anew for each message, as it is needed only when a
 * completion is refused, and the engine's own deployment cache keeps the form's definition: a cache here would
 * save one resource read per refusal and could only go stale. A task without a form of ours, or one the engine
 * cannot resolve, has no labels, and its message names the variables.
 */
@Component
public class FormLabels {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The labels of the task just completed, for the service task after it; never stored (transient). */
    private static final String COMPLETED_TASK_LABELS = "completedTaskFormLabels";
    /** Its choice fields' options by "variable=value", likewise. */
    private static final String COMPLETED_TASK_OPTIONS = "completedTaskFormOptions";

    private final FormService formService;

    public FormLabels(FormService formService) {
        this.formService = formService;
    }

    /** The labels, by variable, of the form of {@code task}; empty when it has none the engine can resolve. */
    public Map<String, String> of(DelegateTask task) {
        return read(task).labels();
    }

    /**
     * The labels, by variable, of the start form of the process definition: what the person who starts it in
     * Tasklist filled in. Empty when it has none the engine can resolve.
     */
    public Map<String, String> ofStartForm(String processDefinitionId) {
        return read(() -> formService.getDeployedStartForm(processDefinitionId)).labels();
    }

    /**
     * Hands the labels of {@code task}'s form, as it completes, to the service task after it that checks the
     * submission in the same transaction: by then the task is gone and the engine resolves its form no more. The
     * labels live only in that transaction, as a transient variable of the task's execution. Unlike a refusal of
     * the task's own listeners, this reads the form on every completion, refused or not.
     */
    public void keepForNextStep(DelegateTask task) {
        Form form = read(task);
        task.getExecution().setVariableLocal(COMPLETED_TASK_LABELS,
                Variables.objectValue(form.labels(), true).create());
        task.getExecution().setVariableLocal(COMPLETED_TASK_OPTIONS,
                Variables.objectValue(form.options(), true).create());
    }

    /**
     * The labels {@link #keepForNextStep} kept of the task just completed in this execution; empty when there are
     * none (the step runs without such a task before it, or in a later transaction).
     */
    @SuppressWarnings("unchecked")
    public Map<String, String> ofCompletedTask(DelegateExecution execution) {
        Object labels = execution.getVariable(COMPLETED_TASK_LABELS);
        return labels instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    /**
     * How the form of the task just completed showed this value of a choice field, as {@link #keepForNextStep} kept
     * it; else the value.
     */
    @SuppressWarnings("unchecked")
    public String optionOfCompletedTask(DelegateExecution execution, String variable, String value) {
        Object options = execution.getVariable(COMPLETED_TASK_OPTIONS);
        return options instanceof Map<?, ?> map
                ? ((Map<String, String>) map).getOrDefault(variable + "=" + value, value) : value;
    }

    /** How the task's form shows this value of a choice field ("Send back for rework" for REWORK), else the value. */
    public String option(DelegateTask task, String variable, String value) {
        return read(task).options().getOrDefault(variable + "=" + value, value);
    }

    /**
     * Reads the task's deployed form. Whoever may complete a task may read it (the engine grants its assignee and
     * candidates READ with the right to work on it), so the reader's authorization does not hide the form.
     */
    private Form read(DelegateTask task) {
        return read(() -> formService.getDeployedTaskForm(task.getId()));
    }

    private static Form read(Supplier<InputStream> deployedForm) {
        try (InputStream form = deployedForm.get()) {
            return Form.of(JSON.readTree(form));
        } catch (ProcessEngineException | IOException noForm) {
            return Form.NONE;
        }
    }

    /** The labels by variable and, for a choice field's options, by "variable=value". */
    private record Form(Map<String, String> labels, Map<String, String> options) {

        static final Form NONE = new Form(Map.of(), Map.of());
        /**
         * An option a field's {@code valuesExpression} offers as a literal FEEL context, {@code {label: "..", value:
         * ".."}}: a form that offers some options only in some cases (a FEEL if) still names each by its label.
         */
        private static final Pattern EXPRESSION_OPTION =
                Pattern.compile("\\{\\s*label:\\s*\"([^\"]*)\"\\s*,\\s*value:\\s*\"([^\"]*)\"\\s*}");

        static Form of(JsonNode root) {
            Form form = new Form(new HashMap<>(), new HashMap<>());
            form.collect(root.path("components"));
            return form;
        }

        /**
         * Groups and dynamic lists nest their fields; a date field has its label in {@code dateLabel}; a radio or
         * select field lists its options in {@code values}.
         */
        private void collect(JsonNode components) {
            for (JsonNode component : components) {
                String label = component.hasNonNull("label") ? component.get("label").asText()
                        : component.path("dateLabel").asText(null);
                if (component.hasNonNull("key") && label != null && !label.isBlank()) {
                    labels.put(component.get("key").asText(), label);
                }
                for (JsonNode option : component.path("values")) {
                    if (component.hasNonNull("key") && option.hasNonNull("value") && option.hasNonNull("label")) {
                        options.put(component.get("key").asText() + "=" + option.get("value").asText(),
                                option.get("label").asText());
                    }
                }
                Matcher option = EXPRESSION_OPTION.matcher(component.path("valuesExpression").asText(""));
                while (component.hasNonNull("key") && option.find()) {
                    options.putIfAbsent(component.get("key").asText() + "=" + option.group(2), option.group(1));
                }
                collect(component.path("components"));
            }
        }
    }
}
