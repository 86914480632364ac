package io.charterline.resource;

import static io.charterline.project.LifecycleVariables.*;

import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.process.FormLabels;
import io.charterline.platform.process.ProcessVariables;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Books the people the PMO chose by hand for the packages the assignment could not staff. The lines come from
 * the gap form as {@code CODE=user}; every unstaffed package needs one, and only those. A person below the level
 * the package asks for is the PMO's call to make; one without the package's skill at all is refused. The refusal
 * names the field as the gap form labels it and the people by name, as the PMO reads them there.
 */
@Component
public class RecordManualAssignmentsDelegate implements JavaDelegate {

    private final Staffing staffing;
    private final IdentityService identityService;
    private final FormLabels formLabels;
    private final PersonNames names;

    public RecordManualAssignmentsDelegate(Staffing staffing, IdentityService identityService, FormLabels formLabels,
                                           PersonNames names) {
        this.staffing = staffing;
        this.identityService = identityService;
        this.formLabels = formLabels;
        this.names = names;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = new ProcessVariables(execution);
        String projectKey = variables.string(PROJECT_KEY);
        Map<String, StaffingDemand> unstaffedDemands = staffing.unstaffed(projectKey).stream()
                .collect(Collectors.toMap(StaffingDemand::packageCode, demand -> demand, (a, b) -> a,
                        LinkedHashMap::new));
        List<String> unstaffed = List.copyOf(unstaffedDemands.keySet());
        List<InvalidField> errors = new ArrayList<>();
        Map<String, String> chosen = parse(variables.stringOrNull(MANUAL_ASSIGNMENTS), errors);
        chosen.forEach((code, userId) -> {
            if (!unstaffed.contains(code)) {
                errors.add(new InvalidField(MANUAL_ASSIGNMENTS, "work package " + code + " is not unstaffed; "
                        + "the unstaffed are " + unstaffed));
            } else if (identityService.createUserQuery().userId(userId).count() == 0) {
                errors.add(new InvalidField(MANUAL_ASSIGNMENTS, "work package " + code + ": '" + userId
                        + "' is not a known user"));
            } else {
                StaffingDemand demand = unstaffedDemands.get(code);
                staffing.skillsOf(userId).filter(skills -> !skills.contains(demand.skill())).ifPresent(skills ->
                        errors.add(new InvalidField(MANUAL_ASSIGNMENTS, "work package " + code + ": "
                                + names.withId(userId) + " has no " + demand.skill() + " skill, which " + code
                                + " needs (level " + demand.minLevel()
                                + "); choose someone with " + demand.skill() + ", at a lower level if need be")));
            }
        });
        unstaffed.stream().filter(code -> !chosen.containsKey(code)).forEach(code ->
                errors.add(new InvalidField(MANUAL_ASSIGNMENTS, "work package " + code + " needs a person (" + code
                        + "=user-id)")));
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("decision on the resource gap", errors,
                    formLabels.ofCompletedTask(execution));
        }
        List<String> overloads = staffing.assignByHand(projectKey, chosen);
        execution.setVariable(FULLY_STAFFED, true);
        // the plan gate shows the summary: whoever approves sees the overload the picks create before approving
        execution.setVariable(STAFFING_SUMMARY, "all work packages staffed, " + chosen.size() + " of them by hand"
                + (overloads.isEmpty() ? "" : "; over capacity, all projects counted: "
                + String.join("; ", overloads)));
    }

    private static Map<String, String> parse(String text, List<InvalidField> errors) {
        Map<String, String> chosen = new LinkedHashMap<>();
        if (text == null) {
            return chosen;
        }
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                errors.add(new InvalidField(MANUAL_ASSIGNMENTS, "line " + lineNumber + " must read CODE=user-id, got '"
                        + line.strip() + "'"));
            } else if (chosen.put(parts[0].strip(), parts[1].strip()) != null) {
                errors.add(new InvalidField(MANUAL_ASSIGNMENTS, "work package " + parts[0].strip()
                        + " is assigned twice"));
            }
        }
        return chosen;
    }
}
