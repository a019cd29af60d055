package io.bastion.supervision.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HelpFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    private static Map<Figure, BigDecimal> figures(String kind, String giver, String village) {
        List<Fact> facts = HelpFigures.of(new AssistanceFacts.Help("h1", kind, village, "410423203", giver, DAY, new BigDecimal("30.5"),
                new BigDecimal("2.5"), 120, 2, 40, 3, 0));
        return facts.stream().collect(Collectors.toMap(Fact::figure, Fact::quantity));
    }

    @Test
    void eachKindAddsToItsOwnFigures() {
        assertEquals(Map.of(Figure.ROAD_VILLAGES, BigDecimal.ONE, Figure.ROAD_KM, new BigDecimal("2.5"), Figure.ROAD_FUNDS,
                new BigDecimal("30.5")), figures("ROAD", "UNIT", "410423203201"));
        assertEquals(Map.of(Figure.WATER_BIOGAS_HOUSEHOLDS, new BigDecimal("120"), Figure.WATER_BIOGAS_FUNDS, new BigDecimal("30.5")),
                figures("BIOGAS", "UNIT", "410423203201"));
        assertEquals(Map.of(Figure.PROJECTS, BigDecimal.ONE, Figure.FUNDS, new BigDecimal("30.5")), figures("PROJECT", "UNIT", "410423203201"));
        // A venue is the village's venue, its area and money the village's yearly figures: not a project, not funds again.
        assertEquals(Map.of(Figure.VENUES_BUILT, BigDecimal.ONE), figures("VENUE", "UNIT", "410423203201"));
        assertEquals(Map.of(Figure.FUNDS, new BigDecimal("30.5")), figures("FUNDS", "LEADER", "410423203201"));
        assertEquals(Map.of(Figure.TRAINING_SESSIONS, new BigDecimal("2"), Figure.CADRES_TRAINED, new BigDecimal("40")),
                figures("TRAINING", "UNIT", null));
        assertEquals(Map.of(Figure.PETITION_RISKS_RESOLVED, new BigDecimal("3")), figures("PRACTICAL_MATTER", "UNIT", "410423203201"));
    }

    @Test
    void onlyCountyLeadersVisitsCount() {
        assertEquals(Map.of(Figure.LEADER_VISITS, BigDecimal.ONE), figures("RESEARCH_TRIP", "LEADER", "410423203201"));
        assertEquals(Map.of(), figures("VISIT", "UNIT", "410423203201"));
    }
}
