package io.charterline.time;

/** Someone corrected or withdrew one of the project's time entries, as recorded. */
record TimeEntryChanged(String projectKey, TimeEntryCorrection change) {
}
