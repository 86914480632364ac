package io.charterline.change;

import java.time.Instant;

/** One step of a project's change log as our API shows it. */
public record ChangeLogEntryView(Instant at, String changeRequestId, String actor, ChangeEvent event, String detail) {

    static ChangeLogEntryView of(ChangeLogEntry entry) {
        return new ChangeLogEntryView(entry.getLoggedAt(), entry.getChangeRequestKey(), entry.getActor(),
                entry.getEvent(), entry.getDetail());
    }
}
