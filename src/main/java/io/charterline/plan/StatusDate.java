package io.charterline.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The day a running project's plan is scheduled again on (today, on the application's clock), and the packages
 * whose work has begun by then. Work that has not begun cannot be planned before that day: a package a change adds
 * after its predecessor finished weeks ago starts today, not the day after that predecessor's planned finish.
 * Begun work keeps its planned dates.
 */
public record StatusDate(LocalDate date, Set<String> started) {

    public StatusDate {
        started = Set.copyOf(started);
    }

    /**
     * Packages being worked (IN_PROGRESS: released and given to their assignee) and done ones have begun. Planned
     * ones have not, nor released ones nobody has taken up yet (READY): a task waiting in a Tasklist is no work
     * done, and a READY package whose planned start has passed is as late as a PLANNED one. Nor have cancelled ones
     * (a change that brings one back plans it anew) or packages the project does not hold yet.
     *
     * @param states the live packages' states by code
     */
    public static StatusDate of(LocalDate date, Map<String, WorkPackageState> states) {
        Set<String> started = new HashSet<>();
        states.forEach((code, state) -> {
            if (state == WorkPackageState.IN_PROGRESS || state == WorkPackageState.DONE) {
                started.add(code);
            }
        });
        return new StatusDate(date, started);
    }
}
