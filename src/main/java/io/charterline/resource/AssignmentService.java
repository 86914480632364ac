package io.charterline.resource;

import io.charterline.platform.persistence.WriterLocks;
import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidVariablesException;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRepository;
import io.charterline.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffs a project's work packages from the resource pool, counting what every active project has booked, and
 * answers how loaded each person is per week. The choice itself is {@link AssignmentPlanner}'s; this class loads
 * its inputs and keeps its bookings.
 */
@Service
public class AssignmentService {

    /** Projects whose bookings take capacity. */
    static final List<ProjectStatus> ACTIVE = Arrays.stream(ProjectStatus.values())
            .filter(ProjectStatus::isActive).toList();

    private final AssignmentRepository assignments;
    private final ResourceRepository resources;
    private final ProjectRepository projects;
    private final StaffingDemandValidator validator;
    private final WriterLocks writerLocks;
    private final Clock clock;

    public AssignmentService(AssignmentRepository assignments, ResourceRepository resources,
                             ProjectRepository projects, StaffingDemandValidator validator, WriterLocks writerLocks,
                             Clock clock) {
        this.assignments = assignments;
        this.resources = resources;
        this.projects = projects;
        this.validator = validator;
        this.writerLocks = writerLocks;
        this.clock = clock;
    }

    /**
     * Picks one person per package and books their hours week by week; packages nobody can take in full come back
     * as gaps, with nothing booked. Staffing a project again first releases its earlier bookings, so a re-planned
     * project never counts against itself. Runs for different projects take turns, so two never book the same
     * free hours.
     *
     * @throws NotFoundException          for an unknown project
     * @throws ConflictException          for a project that is closed, rejected or terminated
     * @throws InvalidVariablesException  naming each bad demand field; nothing is booked or released then
     */
    @Transactional
    public AssignmentResult assign(String projectKey, List<StaffingDemand> demands) {
        requireActive(projectKey);
        requireValid(demands);
        writerLocks.lock(WriterLocks.RESOURCE_POOL);
        Instant now = clock.instant();
        assignments.release(projectKey, now);
        if (demands.isEmpty()) {
            return new AssignmentResult(projectKey, List.of(), List.of());
        }
        Set<String> skills = demands.stream().map(StaffingDemand::skill).collect(Collectors.toSet());
        List<Resource> people = resources.findActiveWithAnySkill(skills);
        LocalDate firstWeek = WorkWeeks.weekStart(demands.stream().map(StaffingDemand::plannedStart)
                .min(Comparator.naturalOrder()).orElseThrow());
        LocalDate lastWeek = WorkWeeks.weekStart(demands.stream().map(StaffingDemand::plannedFinish)
                .max(Comparator.naturalOrder()).orElseThrow());
        AssignmentPlan plan = new AssignmentPlanner(people.stream().map(PoolResource::of).toList(),
                assignments.sumBookedWeeks(ACTIVE, firstWeek, lastWeek)).plan(demands);
        assignments.saveAll(plan.bookings().stream()
                .map(booking -> new Assignment(projectKey, booking.packageCode(), booking.resourceId(),
                        booking.weekStart(), booking.hours(), now))
                .toList());
        return new AssignmentResult(projectKey, plan.assignments(), plan.gaps());
    }

    /**
     * Books a package on the person the PMO chose, whatever their free capacity or level: the way to resolve a
     * gap by hand. Replaces the package's earlier bookings.
     *
     * @return the person's load in the package's weeks, after booking, so any overload shows
     * @throws InvalidVariablesException for a bad demand or a user id that is not an active resource
     */
    @Transactional
    public List<WeeklyLoad> assignByHand(String projectKey, StaffingDemand demand, String userId) {
        requireActive(projectKey);
        requireValid(List.of(demand));
        Resource resource = resources.findByUserId(userId).filter(Resource::isActive)
                .orElseThrow(() -> new InvalidVariablesException("assignment", List.of(new InvalidField("userId",
                        "'" + userId + "' is not an active person of the resource pool"))));
        writerLocks.lock(WriterLocks.RESOURCE_POOL);
        Instant now = clock.instant();
        assignments.release(projectKey, demand.packageCode(), now);
        SortedMap<LocalDate, BigDecimal> spread = WorkWeeks.spread(demand.hours(), demand.plannedStart(),
                demand.plannedFinish());
        assignments.saveAll(spread.entrySet().stream()
                .map(week -> new Assignment(projectKey, demand.packageCode(), resource.getId(), week.getKey(),
                        week.getValue(), now))
                .toList());
        assignments.flush();
        return loadOf(resource, spread.firstKey(), spread.lastKey());
    }

    /**
     * Frees the capacity the project holds; its bookings remain as a record. Call it when a project closes or
     * ends early (inactive projects no longer count anyway) or before staffing it anew by hand.
     *
     * @return how many weekly bookings were released
     */
    @Transactional
    public int release(String projectKey) {
        return assignments.release(projectKey, clock.instant());
    }

    /**
     * Frees the capacity a package finished today still holds in the weeks after this one, so other work can be
     * booked on its person there. The weeks up to this one stay booked: they record who worked on it when.
     *
     * @return how many weekly bookings were released
     */
    @Transactional
    public int releaseAfterToday(String projectKey, String packageCode) {
        return assignments.releaseAfter(projectKey, packageCode, WorkWeeks.weekStart(LocalDate.now(clock)),
                clock.instant());
    }

    /**
     * Every person-week with hours booked by active projects in the weeks that hold {@code from} to {@code to},
     * by person and week: what change control needs to see overload per person per week.
     */
    @Transactional(readOnly = true)
    public List<WeeklyLoad> portfolioLoad(LocalDate from, LocalDate to) {
        List<BookedWeek> booked = assignments.sumBookedWeeks(ACTIVE, WorkWeeks.weekStart(from),
                WorkWeeks.weekStart(to));
        if (booked.isEmpty()) {
            return List.of();
        }
        Map<Long, Resource> byId = resources.findWithCalendarByIdIn(
                        booked.stream().map(BookedWeek::resourceId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Resource::getId, Function.identity()));
        return booked.stream()
                .map(week -> load(byId.get(week.resourceId()), week.weekStart(), week.hours()))
                .sorted(Comparator.comparing(WeeklyLoad::userId).thenComparing(WeeklyLoad::weekStart))
                .toList();
    }

    /**
     * One person's every week that holds a day from {@code from} to {@code to}, booked or not: capacity for
     * what-if checks such as a change adding work.
     *
     * @throws NotFoundException for a user without a resource
     */
    @Transactional(readOnly = true)
    public List<WeeklyLoad> loadOf(String userId, LocalDate from, LocalDate to) {
        Resource resource = resources.findByUserId(userId)
                .orElseThrow(() -> new NotFoundException("No resource for user " + userId));
        return loadOf(resource, from, to);
    }

    /**
     * The hours a person of the pool was available in the weeks that hold {@code from} to {@code to}, as their
     * calendar says today; empty for a user who is not in the pool.
     */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> capacityOf(String userId, LocalDate from, LocalDate to) {
        return resources.findByUserId(userId).map(resource -> {
            BigDecimal capacity = BigDecimal.ZERO;
            for (LocalDate week = WorkWeeks.weekStart(from); !week.isAfter(to); week = week.plusWeeks(1)) {
                capacity = capacity.add(WorkWeeks.capacity(resource.getWeeklyCapacityHours(),
                        resource.getUnavailability(), week));
            }
            return capacity;
        });
    }

    /** The project's current bookings per package: who, how many hours in total and per week. */
    @Transactional(readOnly = true)
    public List<ProjectAssignment> assignmentsOf(String projectKey) {
        if (projects.findByKey(projectKey).isEmpty()) {
            throw new NotFoundException("No project with key " + projectKey);
        }
        Map<String, List<BookedPackageWeek>> byPackage = assignments.findBookedWeeks(projectKey).stream()
                .collect(Collectors.groupingBy(BookedPackageWeek::packageCode, LinkedHashMap::new,
                        Collectors.toList()));
        List<ProjectAssignment> result = new ArrayList<>();
        byPackage.forEach((code, weeks) -> result.add(new ProjectAssignment(code, weeks.get(0).userId(),
                weeks.stream().map(BookedPackageWeek::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                weeks.stream().map(week -> new ProjectAssignment.Week(week.weekStart(), week.hours())).toList())));
        return result;
    }

    private List<WeeklyLoad> loadOf(Resource resource, LocalDate from, LocalDate to) {
        LocalDate firstWeek = WorkWeeks.weekStart(from);
        LocalDate lastWeek = WorkWeeks.weekStart(to);
        Map<LocalDate, BigDecimal> booked = new HashMap<>();
        assignments.sumBookedWeeksOf(resource.getId(), ACTIVE, firstWeek, lastWeek)
                .forEach(week -> booked.put(week.weekStart(), week.hours()));
        List<WeeklyLoad> load = new ArrayList<>();
        for (LocalDate week = firstWeek; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
            load.add(load(resource, week, booked.getOrDefault(week, BigDecimal.ZERO)));
        }
        return load;
    }

    private static WeeklyLoad load(Resource resource, LocalDate weekStart, BigDecimal booked) {
        return WeeklyLoad.of(resource.getUserId(), weekStart,
                WorkWeeks.capacity(resource.getWeeklyCapacityHours(), resource.getUnavailability(), weekStart),
                booked);
    }

    private void requireActive(String projectKey) {
        Project project = projects.findByKey(projectKey)
                .orElseThrow(() -> new NotFoundException("No project with key " + projectKey));
        if (!project.getStatus().isActive()) {
            throw new ConflictException("Project " + projectKey + " is " + project.getStatus()
                    + "; only active projects can book people");
        }
    }

    private void requireValid(List<StaffingDemand> demands) {
        List<InvalidField> errors = validator.validate(demands);
        if (!errors.isEmpty()) {
            throw new InvalidVariablesException("staffing demands", errors);
        }
    }
}
