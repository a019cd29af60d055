package io.bastion.supervision.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulletinRankingTest {

    private static BulletinContent.TownshipStanding township(String code, int cases, int transformed, int expected, int onTime,
                                                             int missing, int overdue, int findingsOverdue) {
        return new BulletinContent.TownshipStanding(0, code, code, cases, transformed, cases - transformed, expected, onTime,
                expected - onTime - missing, missing, overdue, 0, findingsOverdue);
    }

    @Test
    void progressFirstThenReportsOnTimeThenFewestFailings() {
        List<BulletinContent.TownshipStanding> ranked = BulletinRanking.rank(List.of(
                township("410423201", 4, 1, 4, 4, 0, 0, 0),
                township("410423202", 4, 2, 4, 0, 2, 0, 0),
                township("410423203", 4, 1, 4, 2, 0, 0, 0),
                township("410423204", 4, 1, 4, 2, 0, 1, 0)));
        assertEquals(List.of("410423202", "410423201", "410423203", "410423204"),
                ranked.stream().map(BulletinContent.TownshipStanding::townshipCode).toList());
        assertEquals(List.of(1, 2, 3, 4), ranked.stream().map(BulletinContent.TownshipStanding::rank).toList());
    }

    @Test
    void aTieKeepsTheCodeOrder() {
        List<BulletinContent.TownshipStanding> ranked = BulletinRanking.rank(List.of(
                township("410423209", 2, 0, 0, 0, 0, 0, 0), township("410423201", 2, 0, 0, 0, 0, 0, 0)));
        assertEquals("410423201", ranked.get(0).townshipCode());
    }

    @Test
    void praiseNeedsReportsDueAndNothingMissingOrOverdue() {
        assertTrue(BulletinRanking.praised(township("410423201", 2, 0, 2, 1, 0, 0, 0)), "late is not missing");
        assertFalse(BulletinRanking.praised(township("410423201", 2, 0, 0, 0, 0, 0, 0)), "nothing due, nothing to praise");
        assertFalse(BulletinRanking.praised(township("410423201", 2, 0, 2, 2, 0, 0, 1)), "a finding overdue");
        BulletinContent.TownshipStanding pending = new BulletinContent.TownshipStanding(0, "410423201", "x", 2, 0, 2, 1, 0, 0, 0, 0, 0, 0);
        assertFalse(BulletinRanking.praised(pending), "a report not yet due is not in: 应报 1 份全部报送，按时 0 份 would be false");
    }

    @Test
    void criticismNamesEachFailing() {
        BulletinContent.TownshipStanding both = township("410423201", 2, 0, 2, 0, 2, 3, 0);
        assertTrue(BulletinRanking.criticised(both));
        assertEquals("周报逾期未报 2 份，整改措施逾期 3 项", BulletinRanking.criticism(both));
        assertFalse(BulletinRanking.criticised(township("410423201", 2, 0, 2, 0, 0, 0, 1)));
    }
}
