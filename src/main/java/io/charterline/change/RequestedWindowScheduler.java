package io.charterline.change;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Accepts the requested window as it is. The conflict search over maintenance windows, freezes and other changes
 * needs the service catalog's calendars; the scheduler that searches them replaces this bean.
 */
@Component
public class RequestedWindowScheduler implements ImplementationScheduler {

    @Override
    public WindowProposal schedule(String projectKey, String changeRequestId, ChangeProposal proposal,
                                   String implementer) {
        ImplementationWindow requested = new ImplementationWindow(proposal.windowStart(), proposal.windowEnd());
        return new WindowProposal(requested, List.of(), requested);
    }
}
