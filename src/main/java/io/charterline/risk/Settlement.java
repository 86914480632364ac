package io.charterline.risk;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Why, by whom and when a risk or an issue was settled (resolved, closed, mitigated...). Risks and issues keep it
 * alike; a register entry that is open has none, which Hibernate reads back as no settlement at all.
 */
@Embeddable
public class Settlement {

    private String closingNote;
    private String closedBy;
    private Instant closedAt;

    protected Settlement() {
    }

    private Settlement(String closingNote, String closedBy, Instant closedAt) {
        this.closingNote = closingNote;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    /**
     * The settlement after a change of the entry: who and when are kept from the first time its status settled it,
     * the note may be restated; a status that does not settle (a reopened entry) has none.
     */
    static Settlement after(Settlement before, boolean settles, String note, String userId, Instant now) {
        if (!settles) {
            return null;
        }
        if (before == null || before.closedAt == null) {
            return new Settlement(note, userId, now);
        }
        return new Settlement(note != null ? note : before.closingNote, before.closedBy, before.closedAt);
    }

    /** The settlement of an entry nobody settled, closed because its project ended. */
    static Settlement atCloseout(String note, Instant now) {
        return new Settlement(note, RiskRegister.CLOSEOUT, now);
    }

    String closingNote() {
        return closingNote;
    }

    String closedBy() {
        return closedBy;
    }

    Instant closedAt() {
        return closedAt;
    }
}
