package io.charterline.plan;

/**
 * Published inside the transaction that records an approved baseline version on top of the one before (a change
 * applied or backed out): the version is the project's current baseline from then on.
 */
public record BaselineVersionRecorded(String projectKey, int version, Plan plan) {
}
