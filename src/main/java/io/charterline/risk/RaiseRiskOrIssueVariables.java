package io.charterline.risk;

/**
 * The variables of Tasklist's "Raise a risk or issue" ({@code raise-risk-or-issue}): its start form's field keys,
 * the same names as the fields of {@code POST /api/projects/{key}/risks} and {@code .../issues}, and what the start
 * leaves behind.
 */
public final class RaiseRiskOrIssueVariables {

    public static final String PROCESS_KEY = "raise-risk-or-issue";

    public static final String PROJECT_KEY = "projectKey";
    /** {@link #RISK} or {@link #ISSUE}. */
    public static final String KIND = "kind";
    public static final String RISK = "RISK";
    public static final String ISSUE = "ISSUE";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String OWNER = "owner";
    /** A risk's: 1 to 5. */
    public static final String PROBABILITY = "probability";
    /** A risk's: 1 to 5. */
    public static final String IMPACT = "impact";
    /** An issue's: LOW, MEDIUM, HIGH or CRITICAL. */
    public static final String SEVERITY = "severity";

    /** Set by the start: the id of the recorded risk or issue (in the register of its kind). */
    public static final String REGISTER_ENTRY_ID = "registerEntryId";

    private RaiseRiskOrIssueVariables() {
    }
}
