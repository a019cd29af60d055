package io.bastion.assistance.domain;

import java.util.Set;

/** The kinds of help the county counts, and the figures each one carries. */
public enum HelpKind {
    /** A leader's or unit's visit to the village (到村走访). */
    VISIT(Set.of()),
    /** A research trip (到村调研). */
    RESEARCH_TRIP(Set.of()),
    /** A development project: its kind and amount. */
    PROJECT(Set.of("projectKind", "amount")),
    /** Funds given. */
    FUNDS(Set.of("amount")),
    /** A road built or hardened: km and amount. */
    ROAD(Set.of("lengthKm", "amount")),
    /** Drinking-water works: households and amount. */
    WATER(Set.of("households", "amount")),
    /** Biogas pits: households and amount. */
    BIOGAS(Set.of("households", "amount")),
    /** An activity venue built: m² and amount. */
    VENUE(Set.of("areaM2", "amount")),
    /** A training for village cadres: sessions and people trained, for a village or a whole township. */
    TRAINING(Set.of("sessions", "peopleTrained")),
    /** A practical matter done for villagers (办实事), possibly resolving petition risks (化解信访隐患). */
    PRACTICAL_MATTER(Set.of());

    /** The figures this kind requires; a figure of another kind is refused. */
    private final Set<String> figures;

    HelpKind(Set<String> figures) {
        this.figures = figures;
    }

    public Set<String> figures() {
        return figures;
    }

    /** Help that someone brings: a leader or a unit must be named. */
    public boolean needsGiver() {
        return this != TRAINING && this != PRACTICAL_MATTER;
    }

    public boolean isVisit() {
        return this == VISIT || this == RESEARCH_TRIP;
    }
}
