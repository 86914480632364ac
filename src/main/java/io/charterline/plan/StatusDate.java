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
     * Released, worked and done packages have begun; planned ones have not, nor cancelled ones (a change that brings
     * one back plans it anew) or packages the project does not hold yet.
     *
     * @param states the live packages' states by code
     */
    public static StatusDate of(LocalDate date, Map<String, WorkPackageState> states) {
        Set<String> started = new HashSet<>();
        states.forEach((code, state) -> {
            if (state != WorkPackageState.PLANNED && state != WorkPackageState.CANCELLED) {
                started.add(code);
            }
        });
        return new StatusDate(date, started);
    }
}
