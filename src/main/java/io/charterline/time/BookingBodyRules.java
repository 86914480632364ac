package io.charterline.time;

import io.charterline.platform.web.BodyRequest;
import io.charterline.platform.web.BodyRules;
import io.charterline.platform.web.InvalidField;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules of a new booking's body with values of the wrong type, as {@link TimeEntryService#book} refuses it,
 * so that one answer names them all; whoever books for someone else without the right to is refused first.
 */
@Component
class BookingBodyRules implements BodyRules<TimeEntryInput> {

    private final TimeEntryService timeEntries;

    BookingBodyRules(TimeEntryService timeEntries) {
        this.timeEntries = timeEntries;
    }

    @Override
    public Class<TimeEntryInput> bodyType() {
        return TimeEntryInput.class;
    }

    @Override
    public List<InvalidField> errorsOf(TimeEntryInput body) {
        return timeEntries.bookingErrors(BodyRequest.pathVariable("key").orElseThrow(), body,
                BodyRequest.callerId(), BodyRequest.callerGroups());
    }
}
