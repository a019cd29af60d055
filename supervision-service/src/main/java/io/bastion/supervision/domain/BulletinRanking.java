package io.bastion.supervision.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How townships are ranked and named in a bulletin. First the share of cases transformed, then the
 * share of weekly reports on time, then the fewest reports missing, measures overdue and findings
 * overdue. A township whose reports due are all in, with no measure and no finding overdue, is
 * praised; one with a report missing or a measure overdue is criticised.
 */
public final class BulletinRanking {

    private static final Comparator<BulletinContent.TownshipStanding> ORDER =
            Comparator.comparingDouble(BulletinContent.TownshipStanding::progress).reversed()
                    .thenComparing(Comparator.comparingDouble(BulletinContent.TownshipStanding::onTimeRate).reversed())
                    .thenComparingInt(BulletinContent.TownshipStanding::reportsMissing)
                    .thenComparingInt(BulletinContent.TownshipStanding::measuresOverdue)
                    .thenComparingInt(BulletinContent.TownshipStanding::findingsOverdue)
                    .thenComparing(BulletinContent.TownshipStanding::townshipCode);

    private BulletinRanking() {
    }

    public static List<BulletinContent.TownshipStanding> rank(List<BulletinContent.TownshipStanding> standings) {
        List<BulletinContent.TownshipStanding> sorted = standings.stream().sorted(ORDER).toList();
        List<BulletinContent.TownshipStanding> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).ranked(i + 1));
        }
        return ranked;
    }

    /**
     * Every report due is in (on time or late; one not yet due is not in, so it is not praised for),
     * and nothing is overdue.
     */
    public static boolean praised(BulletinContent.TownshipStanding s) {
        return s.reportsExpected() > 0 && s.reportsOnTime() + s.reportsLate() == s.reportsExpected() && s.measuresOverdue() == 0
                && s.findingsOverdue() == 0;
    }

    public static boolean criticised(BulletinContent.TownshipStanding s) {
        return s.reportsMissing() > 0 || s.measuresOverdue() > 0;
    }

    /** Why a township is criticised, in the bulletin's words. */
    public static String criticism(BulletinContent.TownshipStanding s) {
        List<String> reasons = new ArrayList<>();
        if (s.reportsMissing() > 0) {
            reasons.add("周报逾期未报 " + s.reportsMissing() + " 份");
        }
        if (s.measuresOverdue() > 0) {
            reasons.add("整改措施逾期 " + s.measuresOverdue() + " 项");
        }
        return String.join("，", reasons);
    }

    /** Why a township is praised, in the bulletin's words. */
    public static String praise(BulletinContent.TownshipStanding s) {
        return "周报应报 " + s.reportsExpected() + " 份全部报送，按时 " + s.reportsOnTime() + " 份，无逾期整改措施";
    }
}
