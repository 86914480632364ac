package io.charterline.change;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One step of a project's change log as our API shows it. */
public record ChangeLogEntryView(Instant at, String changeRequestId,
                                 @Schema(description = "Who took the step: a user id, or the board members' ids "
                                         + "separated by \", \" for a board decision; absent for an automatic step")
                                 String actor,
                                 @Schema(description = "The same people by their first and last names (\"Carla "
                                         + "Board, Chen Board\"), a user id where the identity service knows no "
                                         + "name; absent with actor")
                                 String actorNames,
                                 ChangeEvent event, String detail) {

    static ChangeLogEntryView of(ChangeLogEntry entry, Map<String, String> names) {
        String actor = entry.getActor();
        String actorNames = actor == null ? null : actorIds(actor).stream()
                .map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
        return new ChangeLogEntryView(entry.getLoggedAt(), entry.getChangeRequestKey(), actor, actorNames,
                entry.getEvent(), entry.getDetail());
    }

    /** The user ids in an entry's actor: one, or a board's members separated by commas. */
    static List<String> actorIds(String actor) {
        return actor == null ? List.of() : Arrays.stream(actor.split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
    }
}
