package io.charterline.monitoring;

import io.charterline.platform.identity.PersonNames;
import io.charterline.risk.IssueStatus;
import io.charterline.risk.IssueView;
import io.charterline.risk.RiskRegister;
import io.charterline.risk.RiskStatus;
import io.charterline.risk.RiskView;
import io.charterline.risk.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a RED status cycle tells beyond its figures: which open critical issues and high risks weigh on the project
 * (the entries the project-health decision counts), and in words why the cycle rated it RED. The sponsor's
 * escalation form, the project manager's notice and the closeout lesson read these texts, so they name the entries
 * rather than count them. Plain text: the forms show it through its escaped twin.
 */
@Component
public class EscalationBriefing {

    /** How a RED caused by open critical issues is worded; the closeout lesson recognises such a cause by it. */
    public static final String CRITICAL_ISSUE_CAUSE = "the open critical issue";

    private final RiskRegister register;
    private final PersonNames names;

    public EscalationBriefing(RiskRegister register, PersonNames names) {
        this.register = register;
        this.names = names;
    }

    /** Whether a cause written by {@link #cause} is an open critical issue rather than the indices. */
    public static boolean isCriticalIssue(String cause) {
        return cause != null && cause.startsWith(CRITICAL_ISSUE_CAUSE);
    }

    /**
     * One line per open critical issue, then per open high or critical risk, most severe first: "Critical issue
     * 'Build server down', owner Paul Manager" and "High risk 'Sandbox unstable', score 16, owner Nina Andersen;
     * response: Retry queue".
     */
    String register(String projectKey) {
        List<String> lines = criticalIssues(projectKey).stream()
                .map(issue -> "- Critical issue '%s', owner %s".formatted(issue.title(), owner(issue.owner())))
                .collect(Collectors.toList());
        register.risks(projectKey).stream()
                .filter(risk -> risk.status() == RiskStatus.OPEN && risk.severity().compareTo(Severity.HIGH) >= 0)
                .map(this::riskLine)
                .forEach(lines::add);
        return lines.isEmpty() ? "No open critical issue or high risk." : String.join("\n", lines);
    }

    /**
     * Why the cycle rated the project RED: a critical issue outweighs any index in the project-health decision, so
     * open critical issues are the cause whenever there are any ("the open critical issue 'Build server down'
     * (owner Paul Manager)"); otherwise the indices are ("SPI 0.62, CPI 0.95").
     */
    String cause(String projectKey, KpiFigures figures) {
        List<IssueView> issues = criticalIssues(projectKey);
        if (figures.openIssues().critical() > 0 && !issues.isEmpty()) {
            return CRITICAL_ISSUE_CAUSE + (issues.size() == 1 ? " " : "s ") + issues.stream()
                    .map(issue -> "'%s' (owner %s)".formatted(issue.title(), owner(issue.owner())))
                    .collect(Collectors.joining(", "));
        }
        return "SPI %s, CPI %s".formatted(index(figures.spi()), index(figures.cpi()));
    }

    /** An index as people read it, two decimals; the status report keeps its four. */
    private static String index(BigDecimal value) {
        return value == null ? "n/a" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private List<IssueView> criticalIssues(String projectKey) {
        return register.issues(projectKey).stream()
                .filter(issue -> issue.status() == IssueStatus.OPEN && issue.severity() == Severity.CRITICAL)
                .toList();
    }

    private String riskLine(RiskView risk) {
        String severity = risk.severity() == Severity.CRITICAL ? "Critical" : "High";
        return "- %s risk '%s', score %d, owner %s; %s".formatted(severity, risk.title(), risk.score(),
                owner(risk.owner()), risk.response() == null || risk.response().isBlank() ? "no response recorded"
                        : "response: " + risk.response().strip());
    }

    private String owner(String userId) {
        return userId == null ? "nobody" : names.of(userId);
    }
}
