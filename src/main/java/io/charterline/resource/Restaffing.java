package io.charterline.resource;

import io.charterline.plan.BaselineService;
import io.charterline.plan.WorkPackage;
import io.charterline.plan.WorkPackageService;
import io.charterline.plan.WorkPackageState;
import io.charterline.platform.persistence.WriterLocks;
import io.charterline.platform.web.ConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a project's bookings in line with its baseline after an approved change (or its back-out) changed the
 * plan, so the capacity other projects staff against is held only for work that still exists, in the weeks and
 * hours it is now planned for.
 *
 * <ul>
 *   <li>Bookings of DONE packages stay: they record who did the work.</li>
 *   <li>Bookings of packages the baseline dropped (their live package is CANCELLED, or gone) are released, like
 *       a closed project's: kept as a record, no longer taking capacity.</li>
 *   <li>An open package whose bookings still match its plan (same weeks and hours, a person who still holds its
 *       skill at its level) keeps them. One whose bookings no longer match, or that the change added, is booked
 *       anew, its old bookings released.</li>
 *   <li>Work already released to someone's Tasklist stays with that person, whatever their free capacity, as if
 *       the PMO had assigned it by hand: moving started work is a decision for people, not for the update; any
 *       overload shows in the resource load and in the outcome.</li>
 *   <li>Planned work is placed by the {@link AssignmentPlanner} as at planning, preferring the person who was
 *       booked on it when they still qualify and are free for the new weeks. Work nobody can take becomes a gap,
 *       with nothing booked, as at planning; it never fails the change.</li>
 * </ul>
 */
@Service
public class Restaffing {

    private final BaselineService baselines;
    private final WorkPackageService workPackages;
    private final AssignmentService assignmentService;
    private final AssignmentRepository assignments;
    private final ResourceRepository resources;
    private final WriterLocks writerLocks;
    private final Clock clock;

    public Restaffing(BaselineService baselines, WorkPackageService workPackages, AssignmentService assignmentService,
                      AssignmentRepository assignments, ResourceRepository resources, WriterLocks writerLocks,
                      Clock clock) {
        this.baselines = baselines;
        this.workPackages = workPackages;
        this.assignmentService = assignmentService;
        this.assignments = assignments;
        this.resources = resources;
        this.writerLocks = writerLocks;
        this.clock = clock;
    }

    /**
     * What happened to the project's bookings.
     *
     * @param released   packages whose bookings were released because the plan no longer holds their work
     * @param rebooked   packages booked anew, with the person now booked on them
     * @param overloaded released work kept by its person although it puts them over capacity: weeks over, by package
     * @param gaps       packages nobody could be booked on
     */
    public record Outcome(List<String> released, List<PackageAssignment> rebooked, Map<String, Integer> overloaded,
                          List<StaffingGap> gaps) {

        public Outcome {
            released = List.copyOf(released);
            rebooked = List.copyOf(rebooked);
            overloaded = Map.copyOf(overloaded);
            gaps = List.copyOf(gaps);
        }

        /** One sentence for the change log, e.g. "bookings: released for 1 package (B), re-booked 1 (A on dev1)". */
        public String summary() {
            StringBuilder text = new StringBuilder("bookings: released for %d package(s)%s, re-booked %d%s".formatted(
                    released.size(), released.isEmpty() ? "" : " (" + String.join(", ", released) + ")",
                    rebooked.size(), rebooked.isEmpty() ? "" : " (" + rebooked.stream()
                            .map(booked -> booked.packageCode() + " on " + booked.userId())
                            .collect(Collectors.joining(", ")) + ")"));
            overloaded.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(over -> text.append("; ")
                    .append(over.getKey()).append(" is under way and stays with its person, over capacity in ")
                    .append(over.getValue()).append(" week(s)"));
            gaps.forEach(gap -> text.append("; ").append(gap.packageCode()).append(" could not be staffed: ")
                    .append(gap.reason()));
            return text.toString();
        }
    }

    /**
     * Call it inside the transaction that holds the project's lock (the baseline update's), so no other writer
     * changes this project's bookings meanwhile.
     *
     * @param addedByChange codes of the packages the new baseline added: only those are staffed when nobody is
     *                      booked on them; an older package without bookings was left unstaffed before the change
     * @throws ConflictException if the project has no baseline or is no longer active
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome followBaseline(String projectKey, Set<String> addedByChange) {
        Map<String, StaffingDemand> demands = Staffing.demands(baselines.currentBaseline(projectKey).orElseThrow(
                () -> new ConflictException("Project " + projectKey + " has no baseline to staff")));
        Map<String, WorkPackage> live = workPackages.list(projectKey).stream()
                .collect(Collectors.toMap(WorkPackage::code, Function.identity()));
        Map<String, List<BookedPackageWeek>> booked = assignments.findBookedWeeks(projectKey).stream()
                .collect(Collectors.groupingBy(BookedPackageWeek::packageCode, LinkedHashMap::new,
                        Collectors.toList()));
        Map<String, PoolResource> qualified = pool(demands.values());
        Instant now = clock.instant();

        List<String> released = new ArrayList<>();
        booked.keySet().stream()
                .filter(code -> state(live, code) != WorkPackageState.DONE)
                .filter(code -> !demands.containsKey(code) || state(live, code) == WorkPackageState.CANCELLED)
                .sorted()
                .forEach(code -> {
                    assignments.release(projectKey, code, now);
                    released.add(code);
                });

        List<StaffingDemand> toBook = new ArrayList<>();
        Map<String, String> incumbents = new HashMap<>();
        for (StaffingDemand demand : demands.values()) {
            WorkPackageState state = state(live, demand.packageCode());
            List<BookedPackageWeek> weeks = booked.get(demand.packageCode());
            if (state == WorkPackageState.DONE || state == WorkPackageState.CANCELLED
                    || weeks == null && !addedByChange.contains(demand.packageCode())
                    || weeks != null && stillFits(weeks, demand, qualified, started(state))) {
                continue;
            }
            toBook.add(demand);
            String incumbent = incumbent(live.get(demand.packageCode()), weeks);
            if (incumbent != null) {
                incumbents.put(demand.packageCode(), incumbent);
            }
            if (weeks != null) {
                assignments.release(projectKey, demand.packageCode(), now);
            }
        }

        List<PackageAssignment> rebooked = new ArrayList<>();
        Map<String, Integer> overloaded = new HashMap<>();
        List<StaffingDemand> planned = new ArrayList<>();
        for (StaffingDemand demand : toBook) {
            String incumbent = incumbents.get(demand.packageCode());
            if (started(state(live, demand.packageCode())) && incumbent != null && isActive(incumbent)) {
                long weeksOver = assignmentService.assignByHand(projectKey, demand, incumbent).stream()
                        .filter(week -> week.overloadHours().signum() > 0).count();
                if (weeksOver > 0) {
                    overloaded.put(demand.packageCode(), (int) weeksOver);
                }
                rebooked.add(new PackageAssignment(demand.packageCode(), incumbent, demand.hours()));
            } else {
                planned.add(demand);
            }
        }
        AssignmentPlan plan = plan(planned, incumbents, qualified);
        assignments.saveAll(plan.bookings().stream()
                .map(booking -> new Assignment(projectKey, booking.packageCode(), booking.resourceId(),
                        booking.weekStart(), booking.hours(), now))
                .toList());
        assignments.flush();
        rebooked.addAll(plan.assignments());
        rebooked.sort(Comparator.comparing(PackageAssignment::packageCode));
        return new Outcome(released, rebooked, overloaded, plan.gaps());
    }

    /** Places planned work as at planning, counting every active project's bookings, including those just made. */
    private AssignmentPlan plan(List<StaffingDemand> demands, Map<String, String> incumbents,
                                Map<String, PoolResource> qualified) {
        if (demands.isEmpty()) {
            return new AssignmentPlan(List.of(), List.of(), List.of());
        }
        // Only booking needs the pool to itself; releasing frees capacity, and the caller holds the project's lock,
        // so most baseline updates (nothing to book) do not queue behind other projects' staffing.
        writerLocks.lock(WriterLocks.RESOURCE_POOL);
        assignments.flush();
        LocalDate firstWeek = WorkWeeks.weekStart(demands.stream().map(StaffingDemand::plannedStart)
                .min(Comparator.naturalOrder()).orElseThrow());
        LocalDate lastWeek = WorkWeeks.weekStart(demands.stream().map(StaffingDemand::plannedFinish)
                .max(Comparator.naturalOrder()).orElseThrow());
        Map<String, Long> preferred = new HashMap<>();
        incumbents.forEach((code, userId) -> {
            PoolResource person = qualified.get(userId);
            if (person != null) {
                preferred.put(code, person.id());
            }
        });
        return new AssignmentPlanner(qualified.values(), assignments.sumBookedWeeks(AssignmentService.ACTIVE,
                firstWeek, lastWeek)).plan(demands, preferred);
    }

    /**
     * Bookings match their package when they hold its hours in its weeks, and, for work not yet started, the
     * person still holds its skill at its level: a change of skill puts planned work up for staffing again.
     */
    private static boolean stillFits(List<BookedPackageWeek> weeks, StaffingDemand demand,
                                     Map<String, PoolResource> pool, boolean started) {
        SortedMap<LocalDate, BigDecimal> planned = WorkWeeks.spread(demand.hours(), demand.plannedStart(),
                demand.plannedFinish());
        if (weeks.size() != planned.size() || weeks.stream().map(BookedPackageWeek::userId).distinct().count() != 1) {
            return false;
        }
        for (BookedPackageWeek week : weeks) {
            BigDecimal hours = planned.get(week.weekStart());
            if (hours == null || hours.compareTo(week.hours()) != 0) {
                return false;
            }
        }
        PoolResource person = pool.get(weeks.get(0).userId());
        return started || person != null && person.skillLevels().getOrDefault(demand.skill(), 0) >= demand.minLevel();
    }

    /** The active people holding any skill the plan needs, by user id. */
    private Map<String, PoolResource> pool(Iterable<StaffingDemand> demands) {
        Set<String> skills = new HashSet<>();
        demands.forEach(demand -> skills.add(demand.skill()));
        if (skills.isEmpty()) {
            return Map.of();
        }
        return resources.findActiveWithAnySkill(skills).stream().map(PoolResource::of)
                .collect(Collectors.toMap(PoolResource::userId, Function.identity(), (a, b) -> a));
    }

    /**
     * Who the package is with now: for released work its Tasklist assignee, else whoever is booked on it, else
     * the person it was pre-assigned to.
     */
    private static String incumbent(WorkPackage wp, List<BookedPackageWeek> weeks) {
        String assignee = wp == null ? null : wp.assignee();
        if (wp != null && started(wp.state()) && assignee != null) {
            return assignee;
        }
        return weeks != null ? weeks.get(0).userId() : assignee;
    }

    private boolean isActive(String userId) {
        return resources.findByUserId(userId).filter(Resource::isActive).isPresent();
    }

    private static WorkPackageState state(Map<String, WorkPackage> live, String code) {
        WorkPackage wp = live.get(code);
        return wp == null ? null : wp.state();
    }

    /** Released to someone's Tasklist: the work is theirs. */
    private static boolean started(WorkPackageState state) {
        return state == WorkPackageState.READY || state == WorkPackageState.IN_PROGRESS;
    }
}
