package io.charterline.work;

import static io.charterline.work.WorkPackageVariables.*;

import io.charterline.platform.process.FormLabels;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.resource.AssignmentService;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Books the actual hours (the assignee's total on the package) and the completion note when the assignee
 * completes a work package in Tasklist. It runs inside the completion, so hours the rules refuse (none, negative,
 * more than 24 h a working day or a day since release, less than the time entries already booked) refuse the
 * completion with 400 and the task stays open. A package finished before its planned finish frees its person's
 * bookings of the weeks after this one, so capacity-based staffing of other work sees them free. A refusal names
 * the fields as the task's form labels them ("Actual hours in total"), for the person at the form in Tasklist.
 */
@Component("bookWork")
public class BookWorkListener implements TaskListener {

    private final TimeEntryService timeEntries;
    private final AssignmentService assignments;
    private final FormLabels formLabels;

    public BookWorkListener(TimeEntryService timeEntries, AssignmentService assignments, FormLabels formLabels) {
        this.timeEntries = timeEntries;
        this.assignments = assignments;
        this.formLabels = formLabels;
    }

    @Override
    public void notify(DelegateTask task) {
        Object hours = task.getVariable(ACTUAL_HOURS);
        if (!(hours instanceof Number number)) {
            throw new InvalidVariablesException("work booking",
                    List.of(new InvalidField(ACTUAL_HOURS, "is required as a number of hours, got '" + hours + "'")),
                    formLabels.of(task));
        }
        Object note = task.getVariable(COMPLETION_NOTE);
        String projectKey = task.getVariable(PROJECT_KEY).toString();
        String code = task.getVariable(WORK_PACKAGE_CODE).toString();
        try {
            timeEntries.complete(projectKey, code, hours(task, number), note == null ? null : note.toString(),
                    task.getAssignee());
        } catch (InvalidInputException invalid) {
            throw new InvalidVariablesException("work booking", invalid.fields(), formLabels.of(task));
        } catch (ConflictException conflict) {
            throw new InvalidVariablesException("work booking",
                    List.of(new InvalidField(WORK_PACKAGE_CODE, conflict.getMessage())));
        }
        assignments.releaseAfterToday(projectKey, code);
    }

    /** A Double variable may be NaN or Infinity (engine-rest accepts both), which no amount of hours can be. */
    private BigDecimal hours(DelegateTask task, Number number) {
        if (!Double.isFinite(number.doubleValue())) {
            throw new InvalidVariablesException("work booking", List.of(new InvalidField(ACTUAL_HOURS,
                    "must be a number of hours more than 0, got '" + number + "'")), formLabels.of(task));
        }
        return new BigDecimal(number.toString());
    }
}
