package io.bastion.supervision.domain;

import java.util.List;

/**
 * What a bulletin says: the townships ranked by their standing over the period, and the townships
 * and villages named for praise or criticism with the reason.
 */
public record BulletinContent(List<TownshipStanding> ranking, List<Named> praised, List<Named> criticized) {

    /** A township over the period: its cases and how far they came, its weekly reports, measures overdue, inspection findings. */
    public record TownshipStanding(int rank, String townshipCode, String townshipName, int cases, int transformed, int rectifying, int reportsExpected,
                                   int reportsOnTime, int reportsLate, int reportsMissing, int measuresOverdue, int findings,
                                   int findingsOverdue) {

        /** The share of cases transformed, the first ground of the ranking. */
        double progress() {
            return cases == 0 ? 0 : (double) transformed / cases;
        }

        double onTimeRate() {
            return reportsExpected == 0 ? 1 : (double) reportsOnTime / reportsExpected;
        }

        TownshipStanding ranked(int position) {
            return new TownshipStanding(position, townshipCode, townshipName, cases, transformed, rectifying, reportsExpected, reportsOnTime,
                    reportsLate, reportsMissing, measuresOverdue, findings, findingsOverdue);
        }
    }

    /** A township or village named, and why. */
    public record Named(String kind, String code, String name, String reason) {

        public static final String TOWNSHIP = "TOWNSHIP";
        public static final String VILLAGE = "VILLAGE";
    }
}
