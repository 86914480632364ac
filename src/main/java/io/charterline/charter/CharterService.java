package io.charterline.charter;

import static io.charterline.platform.process.FormText.escape;

import io.charterline.cmdb.ConfigurationItemRepository;
import io.charterline.cmdb.Criticality;
import io.charterline.platform.identity.PersonNames;
import io.charterline.platform.text.Counted;
import io.charterline.platform.text.Money;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.project.BusinessKeys;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.text.NumberFormat;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a project from its charter, or records the reworked charter of a project in chartering. */
@Service
public class CharterService {

    private final CharterValidator validator;
    private final ProjectRepository projects;
    private final ConfigurationItemRepository configurationItems;
    private final BusinessKeys businessKeys;
    private final PersonNames names;

    public CharterService(CharterValidator validator, ProjectRepository projects,
                          ConfigurationItemRepository configurationItems, BusinessKeys businessKeys,
                          PersonNames names) {
        this.validator = validator;
        this.projects = projects;
        this.configurationItems = configurationItems;
        this.businessKeys = businessKeys;
        this.names = names;
    }

    /** What the governance decision needs to know about a recorded charter. */
    public record RecordedCharter(String projectKey, long durationDays, int criticalServiceCount, String summary) {
    }

    /**
     * @param projectKey the key of a project in chartering (rework), or null for a new project
     * @param labels     the charter form's label of each variable, which the refusal names for the person at the form
     * @throws InvalidVariablesException naming every bad field; nothing is stored then
     */
    @Transactional
    public RecordedCharter record(String projectKey, CharterVariables.Read read, String author,
                                  String processInstanceId, Map<String, String> labels) {
        List<InvalidField> errors = new ArrayList<>(read.errors());
        CharterInput charter = read.charter();
        Set<String> unreadable = errors.stream().map(InvalidField::field).collect(Collectors.toSet());
        validator.validate(charter).stream()
                .map(CharterVariables::asVariable)
                .filter(error -> !unreadable.contains(error.field()))
                .forEach(errors::add);
        Project project = null;
        if (projectKey != null && !projectKey.isBlank()) {
            project = projects.findByKey(projectKey).orElse(null);
            if (project == null) {
                errors.add(new InvalidField("businessKey",
                        "is assigned by Charterline (PRJ-<year>-<number>); leave it empty when starting a project"));
            } else if (project.getStatus() != ProjectStatus.CHARTERING) {
                errors.add(new InvalidField("businessKey", "project " + projectKey + " is "
                        + project.getStatus() + ", its charter can no longer change"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("charter", errors, labels);
        }
        if (project == null) {
            project = new Project(businessKeys.next(BusinessKeys.PROJECT), author);
            project.setProcessInstanceId(processInstanceId);
        }
        apply(charter, project);
        projects.save(project);
        int critical = (int) configurationItems.findByKeyIn(charter.relatedServicesOrEmpty()).stream()
                .filter(item -> item.getCriticality() == Criticality.CRITICAL)
                .count();
        long days = ChronoUnit.DAYS.between(charter.targetStart(), charter.targetEnd());
        return new RecordedCharter(project.getKey(), days, critical, summary(project, days, critical));
    }

    private static void apply(CharterInput charter, Project project) {
        project.setName(charter.name().strip());
        project.setObjectives(charter.objectives().strip());
        project.setBusinessCase(charter.businessCase().strip());
        project.setSponsorId(charter.sponsor());
        project.setManagerId(charter.projectManager());
        project.setBudget(charter.budget());
        project.setTargetStart(charter.targetStart());
        project.setTargetEnd(charter.targetEnd());
        project.setStrategic(charter.isStrategic());
        project.setRelatedServices(new LinkedHashSet<>(charter.relatedServicesOrEmpty()));
    }

    /** Markdown for the sponsor's review form, people by name as Tasklist greets them; the requester's text escaped. */
    private String summary(Project project, long days, int critical) {
        NumberFormat money = Money.format();
        return """
                %s (%s), sponsor %s, project manager %s.
                Budget %s; %s to %s (%s); %s; %s, %d of them critical."""
                .formatted(escape(project.getName()), project.getKey(), escape(names.of(project.getSponsorId())),
                        escape(names.of(project.getManagerId())),
                        money.format(project.getBudget()), project.getTargetStart(), project.getTargetEnd(),
                        Counted.of(days, "day"),
                        project.isStrategic() ? "strategic" : "not strategic",
                        Counted.of(project.getRelatedServices().size(), "related service"), critical);
    }
}
