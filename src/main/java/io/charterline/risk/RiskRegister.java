package io.charterline.risk;

import io.charterline.platform.web.ConflictException;
import io.charterline.platform.web.InvalidField;
import io.charterline.platform.web.NotFoundException;
import io.charterline.project.Project;
import io.charterline.project.ProjectRegistry;
import io.charterline.project.ProjectStatus;
import io.charterline.risk.RegisterValidator.ValidIssue;
import io.charterline.risk.RegisterValidator.ValidRisk;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's risk and issue register, and the open part of it that feeds project health. */
@Service
public class RiskRegister {

    /** Who closed the entries still unsettled when their project ended: the closeout, not a person. */
    static final String CLOSEOUT = "closeout";
    /** The risks that close with their project: nobody settled them. */
    private static final List<RiskStatus> UNSETTLED_RISKS = List.of(RiskStatus.OPEN, RiskStatus.MITIGATED);
    /** A first risk from the scope statement is possible (3 of 5) until its owner scores it. */
    public static final int FIRST_RISK_PROBABILITY = 3;
    /** A first risk from the scope statement is moderate (3 of 5) until its owner scores it. */
    public static final int FIRST_RISK_IMPACT = 3;
    static final String FIRST_RISK_DESCRIPTION = "Named in the scope statement's first risks; probability and impact "
            + "are defaults until its owner scores it";

    private final ProjectRegistry projects;
    private final RiskRepository risks;
    private final ProjectIssueRepository issues;
    private final RegisterValidator validator;
    private final Clock clock;

    public RiskRegister(ProjectRegistry projects, RiskRepository risks, ProjectIssueRepository issues,
                        RegisterValidator validator, Clock clock) {
        this.projects = projects;
        this.risks = risks;
        this.issues = issues;
        this.validator = validator;
        this.clock = clock;
    }

    /** Most severe first. */
    @Transactional(readOnly = true)
    public List<RiskView> risks(String projectKey) {
        Project project = projects.require(projectKey);
        return risks.findByProjectIdOrderByScoreDescIdAsc(project.getId()).stream()
                .map(risk -> RiskView.of(projectKey, risk)).toList();
    }

    @Transactional(readOnly = true)
    public RiskView risk(String projectKey, long id) {
        return RiskView.of(projectKey, requireRisk(projects.require(projectKey), id));
    }

    @Transactional
    public RiskView addRisk(String projectKey, RiskInput input) {
        return addRisk(projectKey, input, List.of());
    }

    /** With the raiser's role's objection to the status, reported together with any other bad field. */
    @Transactional
    RiskView addRisk(String projectKey, RiskInput input, List<InvalidField> roleErrors) {
        Project project = requireActive(projectKey, "a new risk can be recorded");
        ValidRisk valid = validator.risk(input, null, roleErrors);
        Instant now = Instant.now(clock);
        Risk risk = new Risk(project.getId(), actingUser(), now);
        describe(risk, valid, now);
        return RiskView.of(projectKey, risks.save(risk));
    }

    /**
     * Opens a risk for each of the first risks a scope statement names, raised by its author and owned by the
     * project manager. Only a title is known yet: each starts at {@link #FIRST_RISK_PROBABILITY} ×
     * {@link #FIRST_RISK_IMPACT}, a medium risk that does not turn health red on a guess, until its owner scores it.
     */
    @Transactional
    public List<RiskView> openFirstRisks(String projectKey, List<String> titles, String raisedBy, String owner) {
        Project project = requireActive(projectKey, "a new risk can be recorded");
        Instant now = Instant.now(clock);
        return titles.stream().map(title -> {
            ValidRisk valid = validator.risk(new RiskInput(title, FIRST_RISK_DESCRIPTION,
                    BigDecimal.valueOf(FIRST_RISK_PROBABILITY), BigDecimal.valueOf(FIRST_RISK_IMPACT), owner, null,
                    null, null), null, List.of());
            Risk risk = new Risk(project.getId(), raisedBy, now);
            describe(risk, valid, now);
            return RiskView.of(projectKey, risks.save(risk));
        }).toList();
    }

    @Transactional
    public RiskView updateRisk(String projectKey, long id, RiskInput input) {
        Risk risk = requireRisk(requireActive(projectKey, "a risk can be changed"), id);
        describe(risk, validator.risk(input, risk.getStatus(), List.of()), Instant.now(clock));
        return RiskView.of(projectKey, risk);
    }

    /** Every rule the risk breaks, as {@link #addRisk} (no id, with the raiser's role errors) or an update would. */
    @Transactional(readOnly = true)
    List<InvalidField> riskErrors(String projectKey, Long id, RiskInput input, List<InvalidField> roleErrors) {
        Project project = requireActive(projectKey, id == null ? "a new risk can be recorded"
                : "a risk can be changed");
        RiskStatus current = id == null ? null : requireRisk(project, id).getStatus();
        return validator.riskErrors(input, current, roleErrors);
    }

    /** Most severe first. */
    @Transactional(readOnly = true)
    public List<IssueView> issues(String projectKey) {
        Project project = projects.require(projectKey);
        return issues.findByProjectIdOrderByIdAsc(project.getId()).stream()
                .sorted(Comparator.comparing(ProjectIssue::getSeverity).reversed())
                .map(issue -> IssueView.of(projectKey, issue)).toList();
    }

    @Transactional(readOnly = true)
    public IssueView issue(String projectKey, long id) {
        return IssueView.of(projectKey, requireIssue(projects.require(projectKey), id));
    }

    @Transactional
    public IssueView addIssue(String projectKey, IssueInput input) {
        return addIssue(projectKey, input, List.of());
    }

    /** With the raiser's role's objection to the status, reported together with any other bad field. */
    @Transactional
    IssueView addIssue(String projectKey, IssueInput input, List<InvalidField> roleErrors) {
        Project project = requireActive(projectKey, "a new issue can be recorded");
        ValidIssue valid = validator.issue(input, null, roleErrors);
        Instant now = Instant.now(clock);
        ProjectIssue issue = new ProjectIssue(project.getId(), actingUser(), now);
        describe(issue, valid, now);
        return IssueView.of(projectKey, issues.save(issue));
    }

    @Transactional
    public IssueView updateIssue(String projectKey, long id, IssueInput input) {
        ProjectIssue issue = requireIssue(requireActive(projectKey, "an issue can be changed"), id);
        describe(issue, validator.issue(input, issue.getStatus(), List.of()), Instant.now(clock));
        return IssueView.of(projectKey, issue);
    }

    /** The issue's broken rules, as {@link #addIssue} (no id, with the raiser's role errors) or an update finds. */
    @Transactional(readOnly = true)
    List<InvalidField> issueErrors(String projectKey, Long id, IssueInput input, List<InvalidField> roleErrors) {
        Project project = requireActive(projectKey, id == null ? "a new issue can be recorded"
                : "an issue can be changed");
        IssueStatus current = id == null ? null : requireIssue(project, id).getStatus();
        return validator.issueErrors(input, current, roleErrors);
    }

    /** Open risks (status OPEN; a mitigated risk no longer weighs on health) and open issues, by severity. */
    @Transactional(readOnly = true)
    public OpenItemCounts openItems(Long projectId) {
        return new OpenItemCounts(
                SeverityCounts.of(bySeverity(risks.countBySeverity(projectId, RiskStatus.OPEN))),
                SeverityCounts.of(bySeverity(issues.countBySeverity(projectId, IssueStatus.OPEN))));
    }

    /**
     * The risks and issues raised, and those settled (risks closed, issues resolved or closed), after {@code after},
     * by their severity today.
     */
    @Transactional(readOnly = true)
    public RegisterMoves movesAfter(Long projectId, Instant after) {
        return new RegisterMoves(
                counted(risks.findByProjectIdAndCreatedAtAfter(projectId, after).stream().map(Risk::getSeverity)),
                counted(risks.findByProjectIdAndSettlementClosedAtAfter(projectId, after).stream()
                        .map(Risk::getSeverity)),
                counted(issues.findByProjectIdAndCreatedAtAfter(projectId, after).stream()
                        .map(ProjectIssue::getSeverity)),
                counted(issues.findByProjectIdAndSettlementClosedAtAfter(projectId, after).stream()
                        .map(ProjectIssue::getSeverity)));
    }

    private static SeverityCounts counted(Stream<Severity> severities) {
        return SeverityCounts.of(severities.collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
    }

    /**
     * Closes the entries still unsettled when the project ends (open or mitigated risks, open issues): nobody is
     * left to act on them, and an ended project's register can no longer be changed. Each keeps a note of how it
     * stood. Runs after the final report, whose KPI snapshot still counts them as open at closeout and whose
     * register shows them as closed here, with the same notes.
     */
    @Transactional
    public void closeWithProject(String projectKey, ProjectStatus outcome) {
        Project project = projects.require(projectKey);
        Instant now = Instant.now(clock);
        risks.findByProjectIdAndStatusIn(project.getId(), UNSETTLED_RISKS)
                .forEach(risk -> risk.closeWithProject(closedWithProject(risk.getStatus(), outcome), now));
        issues.findByProjectIdAndStatus(project.getId(), IssueStatus.OPEN)
                .forEach(issue -> issue.closeWithProject(closedWithProject(outcome), now));
    }

    /** Whether a risk in this status closes with the project ({@link #closeWithProject}). */
    public static boolean closesWithProject(RiskStatus status) {
        return UNSETTLED_RISKS.contains(status);
    }

    /** Whether an issue in this status closes with the project ({@link #closeWithProject}). */
    public static boolean closesWithProject(IssueStatus status) {
        return status == IssueStatus.OPEN;
    }

    /** The closing note of a risk, still in the given status, that closes with a project ending so. */
    public static String closedWithProject(RiskStatus status, ProjectStatus outcome) {
        return "Still " + status + " when the project was " + ended(outcome) + "; closed with the project at closeout";
    }

    /** The closing note of an issue still open that closes with a project ending so. */
    public static String closedWithProject(ProjectStatus outcome) {
        return "Still OPEN when the project was " + ended(outcome) + "; closed unresolved with the project at closeout";
    }

    private static String ended(ProjectStatus outcome) {
        return outcome == ProjectStatus.TERMINATED ? "terminated" : "closed";
    }

    private static Map<Severity, Long> bySeverity(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (Severity) row[0], row -> (Long) row[1]));
    }

    /**
     * Who raises an entry: the user of the current request. Tasklist and engine-rest authenticate every call, so
     * lifecycle code run by a user's action records that user; a step run by the job executor records nobody.
     */
    private static String actingUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }

    private static void describe(Risk risk, ValidRisk valid, Instant now) {
        risk.describe(valid.title(), valid.description(), valid.probability(), valid.impact(), valid.owner(),
                valid.response(), valid.status(), now);
        risk.settle(valid.closingNote(), actingUser(), now);
    }

    private static void describe(ProjectIssue issue, ValidIssue valid, Instant now) {
        issue.describe(valid.title(), valid.description(), valid.severity(), valid.owner(), valid.status(), now);
        issue.settle(valid.closingNote(), actingUser(), now);
    }

    /**
     * A project that has ended (closed, terminated or rejected) has nobody to act on its register, which stays
     * as it was at the end: readable, but neither added to nor changed.
     */
    private Project requireActive(String projectKey, String refused) {
        Project project = projects.require(projectKey);
        if (!project.getStatus().isActive()) {
            throw new ConflictException("Project " + projectKey + " is " + project.getStatus() + "; " + refused
                    + " only while a project is active (not CLOSED, TERMINATED or REJECTED)");
        }
        return project;
    }

    private Risk requireRisk(Project project, long id) {
        return risks.findByIdAndProjectId(id, project.getId()).orElseThrow(
                () -> new NotFoundException("Project " + project.getKey() + " has no risk with id " + id));
    }

    private ProjectIssue requireIssue(Project project, long id) {
        return issues.findByIdAndProjectId(id, project.getId()).orElseThrow(
                () -> new NotFoundException("Project " + project.getKey() + " has no issue with id " + id));
    }
}
