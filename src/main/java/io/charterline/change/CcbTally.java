package io.charterline.change;

import org.springframework.stereotype.Component;

/** The completion condition of the board's vote: {@code ${ccbTally.decided(changeRequestId, nrOfInstances)}}. */
@Component("ccbTally")
public class CcbTally {

    private final ChangeControlService changeControl;

    public CcbTally(ChangeControlService changeControl) {
        this.changeControl = changeControl;
    }

    public boolean decided(String changeRequestId, int voters) {
        return changeControl.tally(changeRequestId, voters).decided();
    }
}
