package io.charterline.resource;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Picks one person for each work package: plain logic over a snapshot of the pool and of what every active
 * project has booked, so it runs and is tested without a database.
 * <p>
 * A person qualifies for a package when their level in its skill is at least the one required and, in every
 * week of the package, their free capacity (weekly hours, less 8 hours per working day away, less hours booked by
 * any project including packages placed earlier in this run) holds that week's share of the package. Among those
 * who qualify the planner prefers the lowest resulting peak utilisation over the package's weeks, then the lowest
 * hourly cost rate, then the lowest resource id. Packages are placed in order of planned start, then package code,
 * so the same input gives the same plan whatever the order of the list. A package nobody can take in full becomes
 * a {@link StaffingGap}; nothing is booked for it.
 * <p>
 * Cost: each package looks only at the people holding its skill at the required level (an index by skill and
 * level), and at each of them once per week of the package.
 */
public final class AssignmentPlanner {

    private final List<PoolResource> people = new ArrayList<>();
    private final Map<String, Holders> bySkill = new HashMap<>();
    private final Map<Long, Map<LocalDate, Long>> bookedElsewhere = new HashMap<>();

    /**
     * @param pool            the active people who may be assigned
     * @param alreadyBooked   hours booked per person and week by every active project (this one's earlier
     *                        bookings excluded when it is being re-planned)
     */
    public AssignmentPlanner(Collection<PoolResource> pool, Collection<BookedWeek> alreadyBooked) {
        for (BookedWeek booked : alreadyBooked) {
            bookedElsewhere.computeIfAbsent(booked.resourceId(), id -> new HashMap<>())
                    .merge(booked.weekStart(), WorkWeeks.toHundredths(booked.hours()), Long::sum);
        }
        Map<Long, Integer> personById = new HashMap<>();
        Map<String, List<Candidate>> candidatesBySkill = new HashMap<>();
        for (PoolResource resource : pool) {
            // One ledger per resource id, as bookings are per id.
            int person = personById.computeIfAbsent(resource.id(), id -> {
                people.add(resource);
                return people.size() - 1;
            });
            resource.skillLevels().forEach((skill, level) -> candidatesBySkill
                    .computeIfAbsent(skill, code -> new ArrayList<>()).add(new Candidate(resource, person, level)));
        }
        Comparator<Candidate> highestLevelFirst = Comparator.comparingInt(Candidate::level).reversed()
                .thenComparingLong(candidate -> candidate.resource().id());
        candidatesBySkill.forEach((skill, candidates) -> {
            candidates.sort(highestLevelFirst);
            bySkill.put(skill, new Holders(candidates.stream().map(Candidate::resource).toArray(PoolResource[]::new),
                    candidates.stream().mapToInt(Candidate::person).toArray(),
                    candidates.stream().mapToInt(Candidate::level).toArray()));
        });
    }

    /**
     * @param demands one project's packages; codes must be unique and every interval must hold a working day
     * @throws IllegalArgumentException for a repeated package code or an interval without working day
     */
    public AssignmentPlan plan(List<StaffingDemand> demands) {
        return plan(demands, Map.of());
    }

    /**
     * As {@link #plan(List)}, but a package's preferred person takes it whenever they qualify and fit it in full,
     * ahead of the usual order: re-staffing a package after a change keeps it with whoever was to do it, rather
     * than moving it for a slightly lower peak elsewhere.
     *
     * @param preferred resource id per package code; packages without one are placed as usual
     */
    public AssignmentPlan plan(List<StaffingDemand> demands, Map<String, Long> preferred) {
        List<StaffingDemand> ordered = demands.stream()
                .sorted(Comparator.comparing(StaffingDemand::plannedStart).thenComparing(StaffingDemand::packageCode))
                .toList();
        Set<String> codes = new HashSet<>();
        ordered.forEach(demand -> {
            if (!codes.add(demand.packageCode())) {
                throw new IllegalArgumentException("Work package " + demand.packageCode() + " is listed twice");
            }
        });
        Horizon horizon = Horizon.of(ordered);
        Run run = new Run(horizon);
        for (StaffingDemand demand : ordered) {
            run.place(demand, preferred.get(demand.packageCode()));
        }
        return new AssignmentPlan(run.assignments, run.gaps, run.bookings);
    }

    /** The weeks a run can touch, so per-person load and capacity fit in arrays indexed by week. */
    private record Horizon(LocalDate firstWeek, int weeks) {

        static Horizon of(List<StaffingDemand> demands) {
            LocalDate first = demands.stream().map(StaffingDemand::plannedStart).min(Comparator.naturalOrder())
                    .map(WorkWeeks::weekStart).orElse(LocalDate.EPOCH);
            LocalDate last = demands.stream().map(StaffingDemand::plannedFinish).max(Comparator.naturalOrder())
                    .map(WorkWeeks::weekStart).orElse(first);
            return new Horizon(first, (int) ChronoUnit.WEEKS.between(first, last) + 1);
        }

        int index(LocalDate weekStart) {
            return (int) ChronoUnit.WEEKS.between(firstWeek, weekStart);
        }
    }

    private record Candidate(PoolResource resource, int person, int level) {
    }

    /**
     * The people holding one skill, highest level first, as parallel arrays of resource, ledger index and level:
     * the planner walks them for every package, and plain arrays keep that walk free of map lookups.
     */
    private record Holders(PoolResource[] resources, int[] people, int[] levels) {
    }

    /**
     * Capacity and load of every person over the horizon, in hundredths of an hour, in one array: a person's
     * weeks lie side by side, each as (capacity, booked), so checking one candidate reads one short stretch of
     * memory. A person's weeks are filled in when the run first looks at them.
     */
    private final class Ledgers {
        final Horizon horizon;
        final long[] hours;
        final boolean[] filled;

        Ledgers(Horizon horizon) {
            this.horizon = horizon;
            this.hours = new long[people.size() * horizon.weeks() * 2];
            this.filled = new boolean[people.size()];
        }

        /** Where the person's first week starts in {@link #hours}, after filling it in if needed. */
        int of(int person) {
            int offset = person * horizon.weeks() * 2;
            if (!filled[person]) {
                PoolResource resource = people.get(person);
                Map<LocalDate, Long> elsewhere = bookedElsewhere.getOrDefault(resource.id(), Map.of());
                for (int week = 0; week < horizon.weeks(); week++) {
                    LocalDate weekStart = horizon.firstWeek().plusWeeks(week);
                    hours[offset + 2 * week] = WorkWeeks.capacityInHundredths(resource.weeklyCapacityHours(),
                            resource.unavailability(), weekStart);
                    hours[offset + 2 * week + 1] = elsewhere.getOrDefault(weekStart, 0L);
                }
                filled[person] = true;
            }
            return offset;
        }
    }

    /** How one person would carry one package, in hundredths of an hour. */
    private record Fit(PoolResource resource, int ledger, boolean fitsInFull, long peakLoad, long peakCapacity,
                       long covered) {

        static Fit of(PoolResource resource, long[] hours, int ledger, int[] weeks, long[] need) {
            boolean fitsInFull = true;
            long peakLoad = 0;
            long peakCapacity = 1;
            long covered = 0;
            for (int i = 0; i < weeks.length; i++) {
                long capacity = hours[ledger + 2 * weeks[i]];
                long booked = hours[ledger + 2 * weeks[i] + 1];
                long free = capacity - booked;
                if (free >= need[i]) {
                    covered += need[i];
                } else {
                    fitsInFull = false;
                    covered += Math.max(0, free);
                }
                long load = booked + need[i];
                if (capacity > 0 && load * peakCapacity > peakLoad * capacity) {
                    peakLoad = load;
                    peakCapacity = capacity;
                }
            }
            return new Fit(resource, ledger, fitsInFull, peakLoad, peakCapacity, covered);
        }

        /** Lower peak utilisation (load / capacity, compared without rounding), then cheaper, then lower id. */
        boolean betterThan(Fit other) {
            int utilisation = Long.compare(peakLoad * other.peakCapacity, other.peakLoad * peakCapacity);
            return utilisation != 0 ? utilisation < 0 : cheaperThan(other);
        }

        /** More of the package covered, then cheaper, then lower id. */
        boolean coversMoreThan(Fit other) {
            return covered != other.covered ? covered > other.covered : cheaperThan(other);
        }

        long missingIn(long[] hours, int week, long needed) {
            long free = Math.max(0, hours[ledger + 2 * week] - hours[ledger + 2 * week + 1]);
            return Math.max(0, needed - free);
        }

        private boolean cheaperThan(Fit other) {
            int rate = resource.hourlyCostRate().compareTo(other.resource.hourlyCostRate());
            return rate != 0 ? rate < 0 : resource.id() < other.resource.id();
        }
    }

    private final class Run {
        final Horizon horizon;
        final Ledgers ledgers;
        final List<PackageAssignment> assignments = new ArrayList<>();
        final List<StaffingGap> gaps = new ArrayList<>();
        final List<Booking> bookings = new ArrayList<>();

        Run(Horizon horizon) {
            this.horizon = horizon;
            this.ledgers = new Ledgers(horizon);
        }

        void place(StaffingDemand demand, Long preferredId) {
            SortedMap<LocalDate, Long> spread = WorkWeeks.spreadInHundredths(
                    WorkWeeks.toHundredths(demand.hours()), demand.plannedStart(), demand.plannedFinish());
            int[] weeks = spread.keySet().stream().mapToInt(horizon::index).toArray();
            long[] need = spread.values().stream().mapToLong(Long::longValue).toArray();

            Fit best = null;
            Fit preferred = null;
            Fit closest = null;
            Holders holders = bySkill.getOrDefault(demand.skill(), new Holders(new PoolResource[0], new int[0],
                    new int[0]));
            for (int i = 0; i < holders.people().length; i++) {
                if (holders.levels()[i] < demand.minLevel()) {
                    break;
                }
                int person = holders.people()[i];
                Fit fit = Fit.of(holders.resources()[i], ledgers.hours, ledgers.of(person), weeks, need);
                if (fit.fitsInFull()) {
                    if (preferredId != null && fit.resource().id() == preferredId) {
                        preferred = fit;
                    }
                    if (best == null || fit.betterThan(best)) {
                        best = fit;
                    }
                } else if (best == null && (closest == null || fit.coversMoreThan(closest))) {
                    closest = fit;
                }
            }
            if (preferred != null) {
                best = preferred;
            }
            if (best != null) {
                book(demand, best, spread.keySet().toArray(LocalDate[]::new), weeks, need);
            } else {
                gaps.add(gap(demand, closest, spread));
            }
        }

        private void book(StaffingDemand demand, Fit fit, LocalDate[] weekStarts, int[] weeks, long[] need) {
            for (int i = 0; i < weeks.length; i++) {
                ledgers.hours[fit.ledger() + 2 * weeks[i] + 1] += need[i];
                bookings.add(new Booking(demand.packageCode(), fit.resource().id(), weekStarts[i],
                        WorkWeeks.fromHundredths(need[i])));
            }
            assignments.add(new PackageAssignment(demand.packageCode(), fit.resource().userId(),
                    WorkWeeks.fromHundredths(WorkWeeks.toHundredths(demand.hours()))));
        }

        private StaffingGap gap(StaffingDemand demand, Fit closest, SortedMap<LocalDate, Long> spread) {
            List<StaffingGap.Week> weeks = new ArrayList<>();
            long missingTotal = 0;
            for (Map.Entry<LocalDate, Long> week : spread.entrySet()) {
                long needed = week.getValue();
                long missing = closest == null ? needed : closest.missingIn(ledgers.hours,
                        horizon.index(week.getKey()), needed);
                if (missing > 0) {
                    weeks.add(new StaffingGap.Week(week.getKey(), WorkWeeks.fromHundredths(needed),
                            WorkWeeks.fromHundredths(missing)));
                    missingTotal += missing;
                }
            }
            String requirement = demand.skill() + " at level " + demand.minLevel() + " or above";
            String reason = closest == null
                    ? "Nobody active in the pool has " + requirement + "."
                    : "Nobody with " + requirement + " is free for the whole package; the closest, "
                            + closest.resource().userId() + ", lacks " + WorkWeeks.fromHundredths(missingTotal)
                            + " h in " + weeks.size() + " week(s).";
            return new StaffingGap(demand.packageCode(), demand.skill(), demand.minLevel(),
                    WorkWeeks.fromHundredths(spread.values().stream().mapToLong(Long::longValue).sum()),
                    WorkWeeks.fromHundredths(missingTotal), weeks, closest == null ? null : closest.resource().userId(), reason);
        }
    }
}
