package io.charterline.change;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.web.NotFoundException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the change log: who did what to which change, in words a project member understands. */
@Service
public class ChangeLog {

    static final int MAX_DETAIL = 4000;
    /** What an entry keeps of who acted. */
    static final int MAX_ACTOR = 64;

    /** The entries of a change that moved the project's baseline or approved budget (or restored them). */
    private static final Set<ChangeEvent> PLAN_MOVES = EnumSet.of(ChangeEvent.BASELINE_UPDATED,
            ChangeEvent.BASELINE_RESTORED);

    /** The entries of a change that analysed it, or said why its analysis was not renewed. */
    private static final Set<ChangeEvent> ANALYSES = EnumSet.of(ChangeEvent.ANALYSED, ChangeEvent.REANALYSED);

    private static final Set<ChangeEvent> DECISIONS = EnumSet.of(ChangeEvent.APPROVED, ChangeEvent.REJECTED,
            ChangeEvent.DEFERRED);

    private final ChangeLogRepository entries;
    private final ChangeRequestRepository changeRequests;
    private final ChangeVoteRepository votes;

    public ChangeLog(ChangeLogRepository entries, ChangeRequestRepository changeRequests,
                     ChangeVoteRepository votes) {
        this.entries = entries;
        this.changeRequests = changeRequests;
        this.votes = votes;
    }

    /**
     * When and by whom each of the project's changes was decided (approved, rejected or deferred; the last decision
     * if there were several), by change request key. The change request itself only knows when it last changed,
     * and names the board by its group id.
     */
    @Transactional(readOnly = true)
    public Map<String, LoggedDecision> decisions(Long projectId) {
        Map<String, LoggedDecision> decided = new HashMap<>();
        entries.findByProjectIdAndEventInOrderByIdAsc(projectId, DECISIONS).forEach(entry -> decided.put(
                entry.getChangeRequestKey(), new LoggedDecision(entry.getLoggedAt(), entry.getActor())));
        return decided;
    }

    /**
     * The changes of the project applied to its baseline or approved budget (or backed out) after {@code since},
     * in the order they were, each named once: what a status report recorded then does not measure yet.
     */
    @Transactional(readOnly = true)
    public List<String> plansMovedAfter(Long projectId, Instant since) {
        return entries.findByProjectIdAndEventInOrderByIdAsc(projectId, PLAN_MOVES).stream()
                .filter(e -> e.getLoggedAt().isAfter(since) && e.getChangeRequestKey() != null)
                .map(ChangeLogEntry::getChangeRequestKey).distinct().toList();
    }

    /**
     * The other changes of the project that moved its baseline or approved budget (or restored them) after the last
     * analysis of {@code changeRequest} or the last note on it, in the order they did, each named once: the figures
     * its approvers were shown do not know these moves yet. Entry ids, not times, order them: the project's lock
     * serialises the moves and the analyses, and two of them may share a timestamp.
     */
    @Transactional(readOnly = true)
    public List<String> plansMovedSinceAnalysisOf(ChangeRequest changeRequest) {
        long analysed = entries.findByChangeRequestKeyOrderByIdAsc(changeRequest.getKey()).stream()
                .filter(e -> ANALYSES.contains(e.getEvent())).mapToLong(ChangeLogEntry::getId).max().orElse(0);
        return entries.findByProjectIdAndEventInOrderByIdAsc(changeRequest.getProjectId(), PLAN_MOVES).stream()
                .filter(e -> e.getId() > analysed && e.getChangeRequestKey() != null
                        && !e.getChangeRequestKey().equals(changeRequest.getKey()))
                .map(ChangeLogEntry::getChangeRequestKey).distinct().toList();
    }

    /**
     * @param by who decided as the entry names them: one user id (the project manager, the sponsor), the user ids
     *           of the board members who voted for it ("ccb1, ccb2", or "ccb1, ccb2 and 3 more" when they do not
     *           all fit), the board's group id when no member voted for it, or null for a pre-approved standard
     *           change
     */
    public record LoggedDecision(Instant at, String by) {
    }

    /**
     * @param actor who acted: a user id, or the board ({@link CharterlineGroups#CCB}) for its vote, which the entry
     *              names by the members who voted for its decision, as the baseline version does
     */
    @Transactional
    public void record(String changeRequestKey, String actor, ChangeEvent event, String detail) {
        ChangeRequest changeRequest = changeRequests.findByKey(changeRequestKey)
                .orElseThrow(() -> new NotFoundException("No change request " + changeRequestKey));
        entries.save(new ChangeLogEntry(changeRequest.getProjectId(), changeRequestKey,
                CharterlineGroups.CCB.equals(actor) ? boardMembers(changeRequest) : actor, event,
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL)));
    }

    /**
     * The user ids of the members who voted for the board's decision, "ccb1, ccb2" (the first ones and how many
     * more if they do not all fit); the board's id while it has no decision that a member voted for.
     */
    private String boardMembers(ChangeRequest changeRequest) {
        List<String> voters = changeRequest.getDecision() == null ? List.of()
                : votes.findByChangeRequestIdOrderByVotedAtAscIdAsc(changeRequest.getId()).stream()
                        .filter(vote -> vote.getVote() == changeRequest.getDecision()).map(ChangeVote::getVoterId)
                        .toList();
        String members = BoardApproval.listed(voters, MAX_ACTOR);
        return members == null ? CharterlineGroups.CCB : members;
    }
}
