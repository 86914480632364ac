package io.charterline.change;

import java.time.Instant;

/**
 * One line of a project's list of change requests.
 *
 * @param route          the approval route taken, null until the change is classified
 * @param decision       APPROVE, REJECT or DEFER; null until decided (and for a withdrawn change)
 * @param scheduledStart the implementation window once settled, else null
 * @param updatedAt      when the change last moved (its decision, scheduling, closing, withdrawal)
 */
public record ChangeRequestListItem(String id, String title, ChangeStatus status, String requester, String route,
                                    ChangeDecision decision, Instant submittedAt, Instant updatedAt,
                                    Instant scheduledStart, Instant scheduledEnd) {

    static ChangeRequestListItem of(ChangeRequest changeRequest) {
        return new ChangeRequestListItem(changeRequest.getKey(), changeRequest.getTitle(), changeRequest.getStatus(),
                changeRequest.getRequesterId(), changeRequest.getApprovalRoute(), changeRequest.getDecision(),
                changeRequest.getCreatedAt(), changeRequest.getUpdatedAt(), changeRequest.getScheduledStart(),
                changeRequest.getScheduledEnd());
    }
}
