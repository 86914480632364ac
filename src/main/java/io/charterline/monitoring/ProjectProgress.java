package io.charterline.monitoring;

import io.charterline.plan.Baseline;
import io.charterline.plan.PlannedPackage;
import io.charterline.plan.ScheduleForecast;
import io.charterline.plan.StatusDate;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.web.ConflictException;
import io.charterline.record.ProjectRecord;
import io.charterline.record.ProjectRecords;
import io.charterline.resource.AssignmentService;
import io.charterline.resource.WeeklyLoad;
import io.charterline.resource.WorkWeeks;
import io.charterline.time.TimeEntryService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a status cycle measures, read from the project's record: the current baseline (planned value), the live
 * work packages with their booked hours (costed at each package's planned rate), including packages a change has
 * removed since, and the bookings of its people this week (utilisation across the portfolio). At closeout, when its
 * bookings are released, the hours its people worked over the project's life stand in for that week's bookings.
 */
@Service
public class ProjectProgress {

    private final ProjectRecords records;
    private final AssignmentService assignments;
    private final TimeEntryService timeEntries;
    private final Clock clock;

    public ProjectProgress(ProjectRecords records, AssignmentService assignments, TimeEntryService timeEntries,
                           Clock clock) {
        this.records = records;
        this.assignments = assignments;
        this.timeEntries = timeEntries;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public KpiInputs inputs(String projectKey) {
        return inputs(records.of(projectKey), LocalDate.now(clock));
    }

    /** What a status cycle records: the KPI inputs and the forecast finish, both from one read of the project. */
    public record StatusMeasurement(KpiInputs inputs, ScheduleForecast forecast) {
    }

    @Transactional(readOnly = true)
    public StatusMeasurement statusMeasurement(String projectKey) {
        ProjectRecord record = records.of(projectKey);
        LocalDate today = LocalDate.now(clock);
        return new StatusMeasurement(inputs(record, today), forecast(record, today));
    }

    /**
     * The current baseline's forecast finish on {@code statusDate}, as the change impact analysis forecasts it: work
     * not begun by then (READY work nobody took up included) scheduled from that day on.
     */
    private ScheduleForecast forecast(ProjectRecord record, LocalDate statusDate) {
        Map<String, WorkPackageState> states = new HashMap<>();
        record.workPackages().forEach(wp -> states.put(wp.code(), wp.state()));
        return ScheduleForecast.of(measuredBaseline(record).plan(), StatusDate.of(statusDate, states));
    }

    /** The inputs on {@code statusDate} from a record already read (the final report reads one anyway). */
    @Transactional(readOnly = true)
    public KpiInputs inputs(ProjectRecord record, LocalDate statusDate) {
        Baseline current = measuredBaseline(record);
        Baseline first = record.firstBaseline() == null ? current : record.firstBaseline();
        Map<String, PlannedPackage> planned = current.plan().packages().stream()
                .collect(Collectors.toMap(PlannedPackage::code, Function.identity()));
        List<KpiInputs.PlannedPackage> packages = planned.values().stream()
                .map(p -> new KpiInputs.PlannedPackage(p.code(), p.plannedCost(), p.schedule().plannedStart(),
                        p.schedule().plannedFinish(), p.spec().estimateHours()))
                .toList();
        // Every live package, those a change removed included: their hours were spent (the budget they keep is earned).
        List<KpiInputs.PackageProgress> progress = record.workPackages().stream()
                .map(wp -> progress(wp, record.actualHoursOf(wp.code()), record.hoursBeyondTimeEntriesOf(wp.code()),
                        record.hourlyRateOf(wp.code())))
                .toList();
        return new KpiInputs(packages, progress, statusDate, current.plan().budgetAtCompletion(),
                current.plan().cancelledWorkBudget(), record.project().getApprovedBudget(), first.plan().totalHours(),
                record.changesInEffect(), utilisation(record, statusDate));
    }

    private static Baseline measuredBaseline(ProjectRecord record) {
        if (record.currentBaseline() == null) {
            throw new ConflictException(
                    "Project " + record.project().getKey() + " has no baseline to measure against");
        }
        return record.currentBaseline();
    }

    private static KpiInputs.PackageProgress progress(WorkPackage wp, BigDecimal hours, BigDecimal beyondEntries,
                                                      BigDecimal rate) {
        KpiInputs.PackageState state = switch (wp.state()) {
            case DONE -> KpiInputs.PackageState.DONE;
            case CANCELLED -> KpiInputs.PackageState.CANCELLED;
            case READY, IN_PROGRESS -> KpiInputs.PackageState.IN_PROGRESS;
            case PLANNED -> KpiInputs.PackageState.NOT_STARTED;
        };
        return new KpiInputs.PackageProgress(wp.code(), state, hours, hours.multiply(rate), beyondEntries);
    }

    /** Booked over available hours this week for the project's people, all their projects counted. */
    private BigDecimal utilisation(ProjectRecord record, LocalDate today) {
        BigDecimal capacity = BigDecimal.ZERO;
        BigDecimal booked = BigDecimal.ZERO;
        for (String person : new HashSet<>(record.assignees().values())) {
            for (WeeklyLoad week : assignments.loadOf(person, today, today)) {
                capacity = capacity.add(week.capacityHours());
                booked = booked.add(week.bookedHours());
            }
        }
        return capacity.signum() == 0 ? BigDecimal.ZERO : booked.divide(capacity, 4, RoundingMode.HALF_UP);
    }

    /**
     * The resource utilisation over the project's life, for its closeout: the hours the people of the resource pool
     * who booked time on it booked on all projects (time entries), over their available hours, in the weeks from
     * the one its first work package was released in to the closeout week. Null when no such person booked any: no
     * work, or only people outside the pool, whose capacity is unknown. The closeout week's bookings would read 0,
     * as the project's are released by then.
     */
    @Transactional(readOnly = true)
    public BigDecimal utilisationOverLife(ProjectRecord record, LocalDate closingDate) {
        LocalDate start = record.actualStart();
        if (start == null) {
            return null;
        }
        LocalDate from = WorkWeeks.weekStart(start);
        LocalDate to = WorkWeeks.weekStart(closingDate).plusDays(6);
        BigDecimal capacity = BigDecimal.ZERO;
        BigDecimal worked = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> person
                : timeEntries.hoursOfItsPeople(record.project().getKey(), from, to).entrySet()) {
            Optional<BigDecimal> available = assignments.capacityOf(person.getKey(), from, to);
            if (available.isPresent()) {
                capacity = capacity.add(available.get());
                worked = worked.add(person.getValue());
            }
        }
        return capacity.signum() == 0 ? null : worked.divide(capacity, 4, RoundingMode.HALF_UP);
    }
}
