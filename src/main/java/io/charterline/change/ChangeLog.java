package io.charterline.change;

import io.charterline.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the change log: who did what to which change, in words a project member understands. */
@Service
public class ChangeLog {

    static final int MAX_DETAIL = 4000;

    private final ChangeLogRepository entries;
    private final ChangeRequestRepository changeRequests;

    public ChangeLog(ChangeLogRepository entries, ChangeRequestRepository changeRequests) {
        this.entries = entries;
        this.changeRequests = changeRequests;
    }

    @Transactional
    public void record(String changeRequestKey, String actor, ChangeEvent event, String detail) {
        ChangeRequest changeRequest = changeRequests.findByKey(changeRequestKey)
                .orElseThrow(() -> new NotFoundException("No change request " + changeRequestKey));
        entries.save(new ChangeLogEntry(changeRequest.getProjectId(), changeRequestKey, actor, event,
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL)));
    }
}
