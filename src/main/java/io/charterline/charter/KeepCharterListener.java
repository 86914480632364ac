package io.charterline.charter;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion guard of the lifecycle's tasks after the charter is recorded: only the charter's rework changes the
 * charter. The engine takes any variable with a task's completion, so without this guard the sponsor's review,
 * a plan gate or any later task could rename the project, move its budget or hand its later tasks to another
 * sponsor or project manager, while the project's record kept the charter. Values sent back unchanged, as
 * Tasklist does with a form's read-only fields, pass.
 */
@Component("keepCharter")
public class KeepCharterListener implements TaskListener {

    private final ProjectRegistry projects;

    public KeepCharterListener(ProjectRegistry projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        Project recorded = projects.require(String.valueOf(task.getVariable(PROJECT_KEY)));
        CharterVariables.Read read = CharterVariables.read(task.getVariables());
        Set<String> changed = read.errors().stream().map(InvalidField::field)
                .collect(Collectors.toCollection(TreeSet::new));
        changed.addAll(changedFields(read.charter(), recorded));
        // A lifecycle carries every charter variable from its start; one it does not carry was not changed here.
        changed.removeIf(name -> !task.hasVariable(name));
        if (!changed.isEmpty()) {
            List<InvalidField> errors = new ArrayList<>();
            changed.forEach(field -> errors.add(new InvalidField(field, "is the charter's and cannot change at '"
                    + task.getName() + "'; only the charter's rework changes it")));
            throw new InvalidVariablesException("completion of '" + task.getName() + "'", errors);
        }
    }

    private static List<String> changedFields(CharterInput charter, Project recorded) {
        List<String> changed = new ArrayList<>();
        compare(changed, PROJECT_NAME, stripped(charter.name()), recorded.getName());
        compare(changed, OBJECTIVES, stripped(charter.objectives()), recorded.getObjectives());
        compare(changed, BUSINESS_CASE, stripped(charter.businessCase()), recorded.getBusinessCase());
        compare(changed, SPONSOR, charter.sponsor(), recorded.getSponsorId());
        compare(changed, PROJECT_MANAGER, charter.projectManager(), recorded.getManagerId());
        if (!sameAmount(charter.budget(), recorded.getBudget())) {
            changed.add(BUDGET);
        }
        compare(changed, TARGET_START, charter.targetStart(), recorded.getTargetStart());
        compare(changed, TARGET_END, charter.targetEnd(), recorded.getTargetEnd());
        compare(changed, RELATED_SERVICES, new HashSet<>(charter.relatedServicesOrEmpty()),
                new HashSet<>(recorded.getRelatedServices()));
        compare(changed, STRATEGIC, charter.isStrategic(), recorded.isStrategic());
        return changed;
    }

    private static void compare(List<String> changed, String variable, Object given, Object recorded) {
        if (!Objects.equals(given, recorded)) {
            changed.add(variable);
        }
    }

    private static boolean sameAmount(BigDecimal given, BigDecimal recorded) {
        return given != null && recorded != null && given.compareTo(recorded) == 0;
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }
}
