package io.charterline.plan;

import io.charterline.platform.text.Counted;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import io.charterline.platform.web.TwoDecimals;
import io.charterline.project.ProjectRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live work packages of a project: kept in step with the approved baseline, released to their assignees
 * once their predecessors are finished, and completed with the hours actually spent.
 */
@Service
public class WorkPackageService {

    static final int MAX_NOTE_LENGTH = 4000;
    private static final int MAX_HOURS_PER_DAY = 24;

    private final ProjectRegistry projects;
    private final BaselineRepository baselines;
    private final WorkPackageRepository workPackages;
    private final IdentityService identityService;
    private final BookedHours bookedHours;
    private final Clock clock;

    public WorkPackageService(ProjectRegistry projects, BaselineRepository baselines,
                              WorkPackageRepository workPackages, IdentityService identityService,
                              BookedHours bookedHours, Clock clock) {
        this.projects = projects;
        this.baselines = baselines;
        this.workPackages = workPackages;
        this.identityService = identityService;
        this.bookedHours = bookedHours;
        this.clock = clock;
    }

    /**
     * How many live packages a sync created, how many existing ones it changed (their name, estimate, skill,
     * predecessors or planned dates differ from the baseline's, or it revived them), and which open ones it cancelled:
     * their released tasks are the caller's to end. Packages the baseline leaves as they were do not count.
     */
    public record SyncResult(int created, int changed, List<String> cancelled) {
    }

    /**
     * Brings the live packages in line with the approved baseline: new packages are created PLANNED, existing
     * ones take the baseline's plan and keep their progress, open ones the baseline dropped are CANCELLED.
     *
     * @throws ConflictException if the project has no approved baseline
     */
    @Transactional
    public SyncResult syncFromBaseline(String projectKey) {
        projects.require(projectKey);
        Baseline approved = baselines.approved(projectKey).map(baselines::load)
                .orElseThrow(() -> new ConflictException("Project " + projectKey + " has no approved baseline"));
        Map<String, WorkPackage> live = workPackages.findByProject(projectKey).stream()
                .collect(Collectors.toMap(WorkPackage::code, p -> p));
        List<PlannedPackage> plan = approved.plan().packages();
        List<Integer> created = new ArrayList<>();
        List<Integer> updated = new ArrayList<>();
        int changed = 0;
        for (int position = 0; position < plan.size(); position++) {
            WorkPackage existing = live.remove(plan.get(position).code());
            (existing == null ? created : updated).add(position);
            changed += existing != null && differs(existing, plan.get(position)) ? 1 : 0;
        }
        List<String> cancelled = live.values().stream().filter(p -> !p.state().isFinished())
                .map(WorkPackage::code).toList();
        workPackages.insertPlanned(projectKey, plan, created);
        workPackages.updatePlanned(projectKey, plan, updated);
        workPackages.cancel(projectKey, cancelled);
        return new SyncResult(created.size(), changed, cancelled);
    }

    private static boolean differs(WorkPackage live, PlannedPackage planned) {
        WorkPackageSpec spec = planned.spec();
        return live.state() == WorkPackageState.CANCELLED || !live.name().equals(spec.name().strip())
                || live.estimateHours().compareTo(spec.estimateHours()) != 0 || !live.skill().equals(spec.skill())
                || live.skillLevel() != spec.skillLevel() || !live.predecessors().equals(spec.predecessors())
                || !live.plannedStart().equals(planned.schedule().plannedStart())
                || !live.plannedFinish().equals(planned.schedule().plannedFinish());
    }

    /** The project's DONE and CANCELLED packages by code: work that no change may alter any more. */
    @Transactional(readOnly = true)
    public Map<String, WorkPackageState> finished(String projectKey) {
        return workPackages.findByProject(projectKey).stream().filter(p -> p.state().isFinished())
                .collect(Collectors.toMap(WorkPackage::code, WorkPackage::state));
    }

    /** Where each of the project's live packages stands, by code, cancelled ones included. */
    @Transactional(readOnly = true)
    public Map<String, WorkPackageState> states(String projectKey) {
        return workPackages.findByProject(projectKey).stream()
                .collect(Collectors.toMap(WorkPackage::code, WorkPackage::state));
    }

    /** Every live package of the project in plan order. @throws io.charterline.platform.web.NotFoundException */
    @Transactional(readOnly = true)
    public List<WorkPackage> list(String projectKey) {
        projects.require(projectKey);
        return workPackages.findByProject(projectKey);
    }

    /** One live package of the project, if it has one by that code. */
    @Transactional(readOnly = true)
    public Optional<WorkPackage> find(String projectKey, String code) {
        return workPackages.find(projectKey, code);
    }

    /** PLANNED packages whose predecessors are all DONE or CANCELLED: ready to be released as tasks. */
    @Transactional(readOnly = true)
    public List<WorkPackage> releasable(String projectKey) {
        List<WorkPackage> all = workPackages.findByProject(projectKey);
        Map<String, WorkPackageState> states = new HashMap<>(all.size() * 2);
        all.forEach(p -> states.put(p.code(), p.state()));
        return all.stream()
                .filter(p -> p.state() == WorkPackageState.PLANNED)
                .filter(p -> p.predecessors().stream().allMatch(code -> finished(states.get(code))))
                .toList();
    }

    /**
     * Records that a task (process instance) now carries the package: PLANNED becomes READY.
     *
     * @throws ConflictException if the package is not PLANNED
     */
    @Transactional
    public WorkPackage markReleased(String projectKey, String code, String processInstanceId) {
        WorkPackage wp = require(projectKey, code);
        if (wp.state() != WorkPackageState.PLANNED) {
            throw new ConflictException("Work package " + code + " of " + projectKey + " is " + wp.state()
                    + "; only a PLANNED package can be released");
        }
        return save(wp.released(processInstanceId, clock.instant()));
    }

    /**
     * Gives an open package to a user. Released (READY) work that gets an assignee is IN_PROGRESS.
     *
     * @throws InvalidInputException if the user does not exist
     * @throws ConflictException if the package is DONE or CANCELLED
     */
    @Transactional
    public WorkPackage assign(String projectKey, String code, String userId) {
        WorkPackage wp = require(projectKey, code);
        if (userId == null || userId.isBlank()
                || identityService.createUserQuery().userId(userId).count() == 0) {
            throw new InvalidInputException("assignee", "'" + userId + "' is not a known user");
        }
        if (wp.state().isFinished()) {
            throw new ConflictException("Work package " + code + " of " + projectKey + " is " + wp.state()
                    + "; only open packages can be assigned");
        }
        return save(wp.assignedTo(userId));
    }

    /**
     * Books the package's total hours and closes it; {@code TimeEntryService#complete} first checks the total
     * against the hours booked on it as time entries.
     *
     * @throws InvalidInputException for hours of 0 or less, or over any of their limits (24 h for each of the
     *         package's working days, 24 h for each calendar day since its release, what fits beside the user's
     *         reported hours of those days), named together; a note over 4000 characters; or a code that is no
     *         package of the project
     * @throws ConflictException if the package is not READY or IN_PROGRESS, or the user is not its assignee
     */
    @Transactional
    public WorkPackage complete(String projectKey, String code, BigDecimal actualHours, String note,
                                String userId) {
        WorkPackage wp = require(projectKey, code);
        List<InvalidField> errors = new ArrayList<>();
        if (actualHours == null) {
            errors.add(new InvalidField("actualHours", "is required"));
        } else if (actualHours.signum() <= 0) {
            errors.add(new InvalidField("actualHours", "must be more than 0 h, got " + actualHours.toPlainString()));
        } else {
            hourLimitsBroken(wp, actualHours, userId).ifPresent(message ->
                    errors.add(new InvalidField("actualHours", message)));
            if (errors.isEmpty() && TwoDecimals.exceeded(actualHours)) {
                errors.add(new InvalidField("actualHours", "may have at most 2 decimals"));
            }
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            errors.add(new InvalidField("completionNote", "must have at most " + MAX_NOTE_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!Set.of(WorkPackageState.READY, WorkPackageState.IN_PROGRESS).contains(wp.state())) {
            throw new ConflictException("Work package " + code + " of " + projectKey + " is " + wp.state()
                    + "; only READY or IN_PROGRESS work can be completed");
        }
        if (wp.assignee() == null || !wp.assignee().equals(userId)) {
            throw new ConflictException("Work package " + code + " of " + projectKey + " is assigned to "
                    + (wp.assignee() == null ? "nobody" : wp.assignee()) + ", so " + userId + " cannot complete it");
        }
        return save(wp.completed(actualHours, note == null || note.isBlank() ? null : note.strip(), userId,
                clock.instant()));
    }

    /** One bound on a completion's hours and why it holds. */
    private record HourLimit(BigDecimal hours, String reason) {
    }

    /**
     * The limits the hours break, in one message that leads with the binding (smallest) one, so that hours
     * corrected to the first limit named are not refused again by another. A limit no smaller than one named before
     * it adds nothing and is left out. Empty when the hours fit.
     */
    private Optional<String> hourLimitsBroken(WorkPackage wp, BigDecimal actualHours, String userId) {
        List<HourLimit> broken = new ArrayList<>();
        Stream.of(sinceRelease(wp), personsDays(wp, userId), packageDays(wp))
                .flatMap(Optional::stream)
                .filter(limit -> actualHours.compareTo(limit.hours()) > 0)
                .sorted(Comparator.comparing(HourLimit::hours))
                .forEach(limit -> {
                    if (broken.isEmpty() || limit.hours().compareTo(broken.get(broken.size() - 1).hours()) > 0) {
                        broken.add(limit);
                    }
                });
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(broken.stream().map(limit -> "at most " + plain(limit.hours()) + " h: " + limit.reason())
                .collect(Collectors.joining("; and ", "must be ", "; got " + actualHours.toPlainString())));
    }

    /** A package's hours fit its planned working days. */
    private static Optional<HourLimit> packageDays(WorkPackage wp) {
        return Optional.of(new HourLimit(BigDecimal.valueOf((long) MAX_HOURS_PER_DAY * wp.durationDays()),
                "24 h for each of the package's " + Counted.of(wp.durationDays(), "working day")));
    }

    /**
     * Work on a package starts when it is released, as time entries do: its total can hold at most 24 h for each
     * calendar day from its release to today, both included. Empty while it is not released.
     */
    private Optional<HourLimit> sinceRelease(WorkPackage wp) {
        if (wp.releasedAt() == null) {
            return Optional.empty();
        }
        LocalDate released = LocalDate.ofInstant(wp.releasedAt(), clock.getZone());
        LocalDate today = LocalDate.now(clock);
        long days = Math.max(1, ChronoUnit.DAYS.between(released, today) + 1);
        return Optional.of(new HourLimit(BigDecimal.valueOf(MAX_HOURS_PER_DAY * days), "24 h for each of the "
                + Counted.of(days, "calendar day") + " from " + wp.code() + "'s release on " + released + " to today ("
                + today + "), as work on a package starts with its release"));
    }

    /**
     * A completion reports the person's work as time entries do, so its hours beyond those booked on the package
     * must fit into their days since its release: 24 h for each, less their entries of those days across all
     * projects and what their packages released and completed in those days hold beyond their own entries. Only
     * the assignee's completion of open work is bounded here; anyone else's is refused as a conflict.
     */
    private Optional<HourLimit> personsDays(WorkPackage wp, String userId) {
        if (wp.releasedAt() == null || !userId.equals(wp.assignee()) || wp.state().isFinished()) {
            return Optional.empty();
        }
        LocalDate released = LocalDate.ofInstant(wp.releasedAt(), clock.getZone());
        LocalDate today = LocalDate.now(clock);
        ReportedHours since = reportedBy(userId, released, today, BookedHours.EVERY_ENTRY);
        BigDecimal booked = bookedHours.onPackage(wp.projectKey(), wp.code());
        return Optional.of(new HourLimit(booked.add(since.free()), userId + " already reported "
                + plain(since.reported()) + " h from " + wp.code() + "'s release on " + released + " to today ("
                + today + ") across all projects, as time entries and completed work, of 24 h for each of those "
                + Counted.of(since.days(), "calendar day") + (booked.signum() > 0 ? ", the " + plain(booked)
                + " h booked on " + wp.code() + " among them" : "")));
    }

    /**
     * What the person reported in these days, both included, across all projects: their time entries but the one
     * with id {@code exceptEntry}, and what their packages released and completed in those days hold beyond their
     * own entries; and what is left of 24 h a day. A completion and a time entry are both bounded by it.
     */
    @Transactional(readOnly = true)
    public ReportedHours reportedBy(String person, LocalDate from, LocalDate to, long exceptEntry) {
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        BigDecimal reported = bookedHours.byPerson(person, from, to, exceptEntry)
                .add(unbookedOfCompletions(person, from, to));
        BigDecimal free = BigDecimal.valueOf(MAX_HOURS_PER_DAY * days).subtract(reported).max(BigDecimal.ZERO);
        return new ReportedHours(days, reported, free);
    }

    /**
     * The person's completed packages whose days, from release to completion, hold this day: their hours beyond
     * their entries lie somewhere in those days, so an entry on this day must leave room for them.
     */
    @Transactional(readOnly = true)
    public List<WorkPackage> completedOver(String person, LocalDate day) {
        return workPackages.findCompletedOver(person, day.atStartOfDay(clock.getZone()).toInstant(),
                day.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    /** What the person's packages released and completed in these days, both included, hold beyond their entries. */
    private BigDecimal unbookedOfCompletions(String person, LocalDate from, LocalDate to) {
        return workPackages.completedBeyondEntries(person, from.atStartOfDay(clock.getZone()).toInstant(),
                        to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()).stream()
                .map(unbooked -> unbooked.max(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    /** PLANNED, READY and IN_PROGRESS packages in plan order: all work still open. */
    @Transactional(readOnly = true)
    public List<WorkPackage> openPackages(String projectKey) {
        return workPackages.findByProjectAndStates(projectKey, WorkPackageState.OPEN);
    }

    /** True once the project has packages and none of them is open. */
    @Transactional(readOnly = true)
    public boolean allDone(String projectKey) {
        return workPackages.count(projectKey) > 0 && workPackages.countOpen(projectKey) == 0;
    }

    /** Cancels every open package, e.g. when the project is terminated; answers how many. */
    @Transactional
    public int cancelOpen(String projectKey) {
        return workPackages.cancelOpen(projectKey);
    }

    /** A predecessor the live plan does not hold cannot hold work back. */
    private static boolean finished(WorkPackageState state) {
        return state == null || state.isFinished();
    }

    private WorkPackage require(String projectKey, String code) {
        return workPackages.find(projectKey, code).orElseThrow(() -> new InvalidInputException("code",
                "project " + projectKey + " has no work package '" + code + "'"));
    }

    private WorkPackage save(WorkPackage changed) {
        if (!workPackages.update(changed)) {
            throw new ConflictException("Work package " + changed.code() + " of " + changed.projectKey()
                    + " was changed at the same time by someone else; reload it and try again");
        }
        return workPackages.find(changed.projectKey(), changed.code()).orElseThrow();
    }
}
