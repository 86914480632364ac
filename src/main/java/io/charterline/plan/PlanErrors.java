package io.charterline.plan;

import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects the errors of one plan. A broken 50,000-line upload could produce as many errors; the first hundred
 * tell the author what to fix, the rest only make the answer unreadable.
 */
final class PlanErrors {

    static final String FIELD = "workPackages";
    static final int MAX_REPORTED = 100;

    private final List<InvalidField> fields = new ArrayList<>();
    private int suppressed;

    static String field(int index) {
        return FIELD + "[" + index + "]";
    }

    static String field(int index, String property) {
        return field(index) + "." + property;
    }

    void add(String field, String message) {
        if (fields.size() < MAX_REPORTED) {
            fields.add(new InvalidField(field, message));
        } else {
            suppressed++;
        }
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The fields named so far. */
    Set<String> fields() {
        return fields.stream().map(InvalidField::field).collect(Collectors.toSet());
    }

    void throwIfAny() {
        if (!fields.isEmpty()) {
            throw toException();
        }
    }

    InvalidInputException toException() {
        List<InvalidField> reported = new ArrayList<>(fields);
        if (suppressed > 0) {
            reported.add(new InvalidField(FIELD, suppressed + " more error(s) not shown; fix the ones above first"));
        }
        return new InvalidInputException(reported);
    }
}
