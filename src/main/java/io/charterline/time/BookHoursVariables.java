package io.charterline.time;

/**
 * The variables of Tasklist's "Book hours" ({@code book-hours}): its start form's field keys, the same names as
 * the fields of {@code POST /api/projects/{key}/time-entries}, and what the start leaves behind.
 */
public final class BookHoursVariables {

    public static final String PROCESS_KEY = "book-hours";

    public static final String PROJECT_KEY = "projectKey";
    public static final String WORK_PACKAGE = "workPackage";
    /** The day worked: YYYY-MM-DD as the form's date field sends it. */
    public static final String DATE = "date";
    public static final String HOURS = "hours";
    public static final String NOTE = "note";

    /** Set by the start: the id of the stored time entry. */
    public static final String TIME_ENTRY_ID = "timeEntryId";

    private BookHoursVariables() {
    }
}
