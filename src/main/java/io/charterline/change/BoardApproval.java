package io.charterline.change;

import java.util.List;

/** The board as the approver of a baseline version, named by the members who voted for the change. */
final class BoardApproval {

    /** What a baseline keeps of who created it. */
    static final int MAX_LENGTH = 64;
    private static final String BOARD = "the change control board";

    private BoardApproval() {
    }

    /**
     * "the change control board (ccb1, ccb2)"; with more members than fit, the first ones and how many more
     * ("(ccb1, ccb2 and 3 more)"); just the board when nobody voted for it.
     */
    static String describe(List<String> approvers) {
        if (approvers.isEmpty()) {
            return BOARD;
        }
        String members = listed(approvers, MAX_LENGTH - BOARD.length() - " ()".length());
        return BOARD + " (" + (members == null ? approvers.size() + " members" : members) + ")";
    }

    /**
     * The user ids, "ccb1, ccb2", or the first ones and how many more ("ccb1, ccb2 and 3 more") within
     * {@code maxLength}; null if not even one fits.
     */
    static String listed(List<String> userIds, int maxLength) {
        for (int shown = userIds.size(); shown > 0; shown--) {
            int more = userIds.size() - shown;
            String text = String.join(", ", userIds.subList(0, shown)) + (more == 0 ? "" : " and " + more + " more");
            if (text.length() <= maxLength) {
                return text;
            }
        }
        return null;
    }
}
