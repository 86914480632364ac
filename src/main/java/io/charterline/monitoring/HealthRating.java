package io.charterline.monitoring;

/** What the {@code project-health} decision said about a status cycle. */
public record HealthRating(Health health, String recommendedAction) {
}
