package io.bastion.village.domain;

import io.bastion.platform.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The day a case was identified: in its campaign year or the screening year before, never after today. */
class CaseDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static List<String> rules(int campaignYear, LocalDate identifiedOn) {
        CaseDraft draft = new CaseDraft("410423203201", campaignYear, List.of("TEAM_INCOMPLETE"), null, "书记长期缺职", "SCREENING",
                null, 0, 0, 0, List.of(), "CITY_B", null, identifiedOn);
        return draft.violations(Set.of("TEAM_INCOMPLETE"), TODAY).stream().map(Violation::rule).toList();
    }

    @Test
    void aDayOfTheCampaignOrOfTheScreeningBeforeItIsKept() {
        assertEquals(List.of(), rules(2026, null));
        assertEquals(List.of(), rules(2026, TODAY));
        assertEquals(List.of(), rules(2026, LocalDate.of(2025, 1, 1)));
        assertEquals(List.of(), rules(2025, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aDayAfterTodayOrOutsideTheCampaignIsRefused() {
        assertEquals(List.of("not-in-the-future"), rules(2026, TODAY.plusDays(1)));
        assertEquals(List.of("in-campaign"), rules(2026, LocalDate.of(2024, 12, 31)));
        assertEquals(List.of("in-campaign"), rules(2025, LocalDate.of(2026, 1, 1)));
    }
}
