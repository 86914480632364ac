package io.charterline.change;

import io.charterline.platform.web.NotFoundException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the change log: who did what to which change, in words a project member understands. */
@Service
public class ChangeLog {

    static final int MAX_DETAIL = 4000;

    private static final Set<ChangeEvent> DECISIONS = EnumSet.of(ChangeEvent.APPROVED, ChangeEvent.REJECTED,
            ChangeEvent.DEFERRED);

    private final ChangeLogRepository entries;
    private final ChangeRequestRepository changeRequests;

    public ChangeLog(ChangeLogRepository entries, ChangeRequestRepository changeRequests) {
        this.entries = entries;
        this.changeRequests = changeRequests;
    }

    /**
     * When each of the project's changes was decided (approved, rejected or deferred; the last decision if there
     * were several), by change request key. The change request itself only knows when it last changed.
     */
    @Transactional(readOnly = true)
    public Map<String, Instant> decisionTimes(Long projectId) {
        Map<String, Instant> decided = new HashMap<>();
        for (Object[] row : entries.lastLoggedAt(projectId, DECISIONS)) {
            decided.put((String) row[0], (Instant) row[1]);
        }
        return decided;
    }

    @Transactional
    public void record(String changeRequestKey, String actor, ChangeEvent event, String detail) {
        ChangeRequest changeRequest = changeRequests.findByKey(changeRequestKey)
                .orElseThrow(() -> new NotFoundException("No change request " + changeRequestKey));
        entries.save(new ChangeLogEntry(changeRequest.getProjectId(), changeRequestKey, actor, event,
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL)));
    }
}
