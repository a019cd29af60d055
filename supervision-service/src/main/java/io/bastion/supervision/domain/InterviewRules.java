package io.bastion.supervision.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * When an admonitory interview (约谈) of a township's principal leaders is proposed: progress is slow
 * when, in the window, at least a threshold of weekly reports went missing, of measures stand overdue,
 * or of acceptances failed. Each ground met is named with its count and threshold; a township
 * interviewed within the window is not proposed again.
 */
public final class InterviewRules {

    public enum Rule { MISSED_REPORTS, OVERDUE_MEASURES, FAILED_ACCEPTANCES }

    /** The thresholds the county set. */
    public record Thresholds(int missedReports, int overdueMeasures, int failedAcceptances) {
    }

    /** A rule met: how many, against what threshold. */
    public record Ground(Rule rule, long count, int threshold) {
    }

    private InterviewRules() {
    }

    /**
     * A township is proposed when a ground is met, unless it was interviewed within the window: the
     * interview's follow-up is where it is now watched, not a second proposal.
     */
    public static boolean proposes(List<Ground> grounds, boolean interviewedInWindow) {
        return !grounds.isEmpty() && !interviewedInWindow;
    }

    public static List<Ground> grounds(long missedReports, long overdueMeasures, long failedAcceptances, Thresholds t) {
        List<Ground> grounds = new ArrayList<>();
        if (missedReports >= t.missedReports()) {
            grounds.add(new Ground(Rule.MISSED_REPORTS, missedReports, t.missedReports()));
        }
        if (overdueMeasures >= t.overdueMeasures()) {
            grounds.add(new Ground(Rule.OVERDUE_MEASURES, overdueMeasures, t.overdueMeasures()));
        }
        if (failedAcceptances >= t.failedAcceptances()) {
            grounds.add(new Ground(Rule.FAILED_ACCEPTANCES, failedAcceptances, t.failedAcceptances()));
        }
        return grounds;
    }
}
