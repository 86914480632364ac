package io.charterline.time;

import static io.charterline.time.BookHoursVariables.*;

import io.charterline.platform.process.AsStarter;
import io.charterline.platform.process.FormLabels;
import io.charterline.platform.process.FormValues;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.platform.web.NotFoundException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Books the hours of Tasklist's "Book hours" start form as {@code POST .../time-entries} books its body, with all
 * its rules, and names the start by the project's key. The person is the user who starts the process, taken from
 * the engine's authentication rather than from a variable, so a form books only its user's own hours. A refusal
 * names the fields by the start form's labels; nothing is stored then.
 */
@Component
public class BookHoursDelegate implements JavaDelegate {

    private final TimeEntryService timeEntries;
    private final IdentityService identityService;
    private final FormLabels formLabels;

    public BookHoursDelegate(TimeEntryService timeEntries, IdentityService identityService, FormLabels formLabels) {
        this.timeEntries = timeEntries;
        this.identityService = identityService;
        this.formLabels = formLabels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var starter = identityService.getCurrentAuthentication();
        if (starter == null || starter.getUserId() == null) {
            throw new AuthorizationException("Book hours books the hours of the signed-in user who starts it; "
                    + "this start has no user");
        }
        Map<String, Object> form = execution.getVariables();
        List<InvalidField> errors = new ArrayList<>();
        String projectKey = FormValues.text(form, PROJECT_KEY);
        projectKey = projectKey == null ? null : projectKey.strip();
        TimeEntryInput input = new TimeEntryInput(strip(FormValues.text(form, WORK_PACKAGE)), date(form, errors),
                FormValues.decimal(form, HOURS, errors), FormValues.text(form, NOTE), null);
        TimeEntry entry = null;
        if (projectKey == null || projectKey.isEmpty()) {
            errors.add(new InvalidField(PROJECT_KEY, "is required: the key of your project, such as PRJ-2026-0004"));
        } else {
            String key = projectKey;
            List<String> groups = starter.getGroupIds() == null ? List.of() : starter.getGroupIds();
            try {
                entry = AsStarter.call(starter.getUserId(), groups,
                        () -> timeEntries.book(key, input, starter.getUserId(), groups));
            } catch (NotFoundException unknown) {
                errors.add(new InvalidField(PROJECT_KEY, "'" + key + "' is no project: give the key of your "
                        + "project, such as PRJ-2026-0004"));
            } catch (InvalidInputException refused) {
                // a field the form could not read is named once, as the form shows it
                Set<String> named = errors.stream().map(InvalidField::field).collect(Collectors.toSet());
                refused.fields().stream().map(BookHoursDelegate::asFormField)
                        .filter(field -> !named.contains(field.field())).forEach(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("time entry", errors,
                    formLabels.ofStartForm(execution.getProcessDefinitionId()));
        }
        execution.setProcessBusinessKey(projectKey);
        execution.setVariable(TIME_ENTRY_ID, entry.id());
    }

    /** The form has no person: the starter books for themselves, so a package that is not theirs is the field. */
    private static InvalidField asFormField(InvalidField field) {
        return "person".equals(field.field()) ? new InvalidField(WORK_PACKAGE, field.message()) : field;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /** The form's date field sends YYYY-MM-DD; engine-rest may send a Date. */
    private static LocalDate date(Map<String, Object> form, List<InvalidField> errors) {
        Object value = form.get(DATE);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidField(DATE, "must be a day such as 2026-11-24, got '" + value + "'"));
            return null;
        }
    }
}
