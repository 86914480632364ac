package io.charterline.work;

/** The variables of the {@code work-package} process; the form {@code perform-work-package} uses the same names. */
public final class WorkPackageVariables {

    public static final String PROCESS_KEY = "work-package";
    public static final String PROJECT_KEY = "projectKey";
    public static final String WORK_PACKAGE_CODE = "workPackageCode";
    public static final String WORK_PACKAGE_NAME = "workPackageName";
    public static final String ASSIGNEE = "assignee";
    public static final String ESTIMATE_HOURS = "estimateHours";
    public static final String PLANNED_START = "plannedStart";
    public static final String PLANNED_FINISH = "plannedFinish";
    /** When the task is due: the end of the planned finish day. The model's user task reads it. */
    public static final String DUE_DATE = "dueDate";
    /** Hours booked on the package as time entries so far; kept current by each booking. */
    public static final String BOOKED_HOURS = "bookedHours";
    public static final String ACTUAL_HOURS = "actualHours";
    public static final String COMPLETION_NOTE = "completionNote";
    /**
     * The change request that added the package ("CR-2026-0002"), on its task: the form says that added work starts
     * at the change's approval, not in the change's implementation window. Absent for planned work.
     */
    public static final String ADDED_BY_CHANGE = "addedByChange";

    public static final String MESSAGE_CANCELLED = "WorkPackageCancelled";

    private WorkPackageVariables() {
    }
}
