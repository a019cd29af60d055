package io.bastion.assistance.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each kind of help carries its own figures, and only those. */
class HelpDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final UUID UNIT = UUID.randomUUID();
    private static final String VILLAGE = "410423203201";

    private static List<String> rules(HelpDraft draft) {
        return draft.violations(TODAY).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    private static HelpDraft help(String kind, BigDecimal amount, BigDecimal km, Integer households, BigDecimal area, Integer sessions,
                                  Integer people, Integer risks) {
        return new HelpDraft(kind, VILLAGE, null, null, UNIT, TODAY, "帮扶", null, kind.equals("PROJECT") ? "特色种植" : null, amount, km,
                households, area, sessions, people, risks);
    }

    @Test
    void everyKindWithItsFiguresIsAccepted() {
        assertEquals(List.of(), rules(help("VISIT", null, null, null, null, null, null, null)));
        assertEquals(List.of(), rules(help("PROJECT", new BigDecimal("120.50"), null, null, null, null, null, null)));
        assertEquals(List.of(), rules(help("FUNDS", new BigDecimal("30"), null, null, null, null, null, null)));
        assertEquals(List.of(), rules(help("ROAD", new BigDecimal("80"), new BigDecimal("6.5"), null, null, null, null, null)));
        assertEquals(List.of(), rules(help("WATER", new BigDecimal("70"), null, 900, null, null, null, null)));
        assertEquals(List.of(), rules(help("BIOGAS", new BigDecimal("12"), null, 60, null, null, null, null)));
        assertEquals(List.of(), rules(help("VENUE", new BigDecimal("35"), null, null, new BigDecimal("300"), null, null, null)));
        assertEquals(List.of(), rules(help("TRAINING", null, null, null, null, 2, 45, null)));
        assertEquals(List.of(), rules(help("PRACTICAL_MATTER", null, null, null, null, null, null, 3)));
    }

    @Test
    void aKindsFiguresAreRequiredAndOtherKindsFiguresRefused() {
        assertEquals(List.of("lengthKm:required", "households:not-for-kind"),
                rules(help("ROAD", new BigDecimal("80"), null, 12, null, null, null, null)));
        assertEquals(List.of("sessions:required", "peopleTrained:required", "petitionRisksResolved:not-for-kind"),
                rules(help("TRAINING", null, null, null, null, null, null, 1)));
    }

    @Test
    void moneyHasTwoDecimalsAndFiguresArePositive() {
        assertEquals(List.of("amount:decimal-places"), rules(help("FUNDS", new BigDecimal("12.345"), null, null, null, null, null, null)));
        assertEquals(List.of("amount:not-negative"), rules(help("FUNDS", new BigDecimal("-1"), null, null, null, null, null, null)));
        assertEquals(List.of("lengthKm:positive"), rules(help("ROAD", new BigDecimal("1"), BigDecimal.ZERO, null, null, null, null, null)));
        assertEquals(List.of("households:positive"), rules(help("WATER", new BigDecimal("1"), null, 0, null, null, null, null)));
    }

    @Test
    void whereWhoAndWhen() {
        assertEquals(List.of("leaderId:giver-required"), rules(new HelpDraft("VISIT", VILLAGE, null, null, null, TODAY, "走访", null,
                null, null, null, null, null, null, null, null)));
        assertEquals(List.of("unitId:one-giver", "date:not-in-the-future"), rules(new HelpDraft("VISIT", VILLAGE, null, UUID.randomUUID(),
                UNIT, TODAY.plusDays(1), "走访", null, null, null, null, null, null, null, null, null)));
        assertEquals(List.of(), rules(new HelpDraft("TRAINING", null, "410423203", null, null, TODAY, "村干部培训班", null, null, null, null,
                null, null, 1, 40, null)), "a township-wide training needs no village and no giver");
        assertEquals(List.of("villageCode:required"), rules(new HelpDraft("FUNDS", null, "410423203", null, UNIT, TODAY, "资金", null, null,
                BigDecimal.TEN, null, null, null, null, null, null)));
        assertEquals(List.of("townshipCode:village-in-township"), rules(new HelpDraft("TRAINING", VILLAGE, "410423204", null, null, TODAY,
                "培训", null, null, null, null, null, null, 1, 5, null)));
        assertEquals(List.of("kind:one-of"), rules(new HelpDraft("PARTY", VILLAGE, null, null, UNIT, TODAY, "x", null, null, null, null,
                null, null, null, null, null)));
    }

    @Test
    void figuresAreWhatOneRecordOfHelpCanCarry() {
        assertEquals(List.of(), rules(help("FUNDS", new BigDecimal("1000"), null, null, null, null, null, null)));
        assertEquals(List.of("amount:at-most"), rules(help("FUNDS", new BigDecimal("1000.01"), null, null, null, null, null, null)));
        assertEquals(List.of("amount:at-most"), rules(help("FUNDS", new BigDecimal("9E+40"), null, null, null, null, null, null)));
        assertEquals(List.of("sessions:at-most"), rules(help("TRAINING", null, null, null, null, Integer.MAX_VALUE, 45, null)));
        assertEquals(List.of("peopleTrained:at-most"), rules(help("TRAINING", null, null, null, null, 2, 10_001, null)));
        assertEquals(List.of("lengthKm:at-most"), rules(help("ROAD", new BigDecimal("80"), new BigDecimal("100.5"), null, null, null, null,
                null)));
        assertEquals(List.of("households:at-most"), rules(help("WATER", new BigDecimal("1"), null, 10_001, null, null, null, null)));
        assertEquals(List.of("petitionRisksResolved:at-most"), rules(help("PRACTICAL_MATTER", null, null, null, null, null, null, 101)));
    }

    @Test
    void helpLiesInACampaignAndAnUnknownKindHidesNoOtherProblem() {
        assertEquals(List.of("date:in-a-campaign"), rules(new HelpDraft("VISIT", VILLAGE, null, null, UNIT, LocalDate.of(1900, 1, 1), "走访",
                null, null, null, null, null, null, null, null, null)));
        assertEquals(List.of("kind:one-of", "title:max-length", "amount:at-most"), rules(new HelpDraft("PARTY", VILLAGE, null, null, UNIT,
                TODAY, "x".repeat(201), null, null, new BigDecimal("5000"), null, null, null, null, null, null)));
    }
}
