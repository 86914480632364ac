package io.charterline.lessons;

/**
 * What a lesson is about. People's own lines from the gate forms are {@link #OBSERVATION}s; the others are
 * the areas in which {@link LessonDeriver} reads the project's data.
 */
public enum LessonCategory {
    OBSERVATION, ESTIMATING, CHANGE, SCHEDULE, BUDGET, ESCALATION, STAFFING, GOVERNANCE
}
