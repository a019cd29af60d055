package io.bastion.supervision.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Which figures each kind of help adds to (docs/figures.md). Projects are development projects; funds
 * are their money and funds given. Venue help marks its village among those that built a venue, whose
 * area and investment are the village's yearly figures, so no venue is counted twice. Roads and water
 * and biogas are counted on their own, money included, as the county report does; so are visits (by
 * county leaders only) and trainings.
 */
final class HelpFigures {

    private HelpFigures() {
    }

    static List<Fact> of(AssistanceFacts.Help h) {
        List<Fact> counted = new ArrayList<>();
        String id = h.helpId();
        String village = h.villageCode();
        String township = h.townshipCode();
        switch (h.kind()) {
            case "VISIT", "RESEARCH_TRIP" -> {
                if ("LEADER".equals(h.giverKind())) {
                    counted.add(Fact.once(Figure.LEADER_VISITS, id, village, township, h.date(), h.kind()));
                }
            }
            case "TRAINING" -> {
                counted.add(Fact.of(Figure.TRAINING_SESSIONS, id, village, township, h.date(), h.sessions(), null));
                counted.add(Fact.of(Figure.CADRES_TRAINED, id, village, township, h.date(), h.peopleTrained(), null));
            }
            case "PRACTICAL_MATTER" ->
                    counted.add(Fact.of(Figure.PETITION_RISKS_RESOLVED, id, village, township, h.date(), h.petitionRisksResolved(), null));
            case "PROJECT" -> {
                counted.add(Fact.once(Figure.PROJECTS, id, village, township, h.date(), h.kind()));
                counted.add(Fact.of(Figure.FUNDS, id, village, township, h.date(), orZero(h.amount()), h.kind()));
            }
            case "VENUE" -> {
                // The venue's area and money are the village's yearly figures, which include what was given for it.
                if (village != null) {
                    counted.add(Fact.once(Figure.VENUES_BUILT, village, village, township, h.date(), null));
                }
            }
            case "FUNDS" -> counted.add(Fact.of(Figure.FUNDS, id, village, township, h.date(), orZero(h.amount()), h.kind()));
            case "ROAD" -> {
                if (village != null) {
                    counted.add(Fact.once(Figure.ROAD_VILLAGES, village, village, township, h.date(), null));
                }
                counted.add(Fact.of(Figure.ROAD_KM, id, village, township, h.date(), orZero(h.lengthKm()), null));
                counted.add(Fact.of(Figure.ROAD_FUNDS, id, village, township, h.date(), orZero(h.amount()), null));
            }
            case "WATER", "BIOGAS" -> {
                counted.add(Fact.of(Figure.WATER_BIOGAS_HOUSEHOLDS, id, village, township, h.date(), h.households(), h.kind()));
                counted.add(Fact.of(Figure.WATER_BIOGAS_FUNDS, id, village, township, h.date(), orZero(h.amount()), h.kind()));
            }
            default -> {
                // a kind this service does not count
            }
        }
        return counted;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
