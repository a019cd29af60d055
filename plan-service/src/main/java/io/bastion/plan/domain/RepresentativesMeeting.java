package io.bastion.plan.domain;

import java.time.LocalDate;

/**
 * The village representatives' meeting (村民代表会议) that reviewed the draft. The law sets the bar:
 * it may decide only with at least two-thirds of all representatives present, and a decision needs
 * more than half of those present.
 */
public record RepresentativesMeeting(LocalDate date, Integer representativesTotal, Integer present, Integer inFavour,
                                     Integer against, Integer abstain, String opinions) {

    /** At least two-thirds present, counted in whole numbers: 3 × present ≥ 2 × total. */
    public boolean quorate() {
        return present != null && representativesTotal != null && representativesTotal > 0
                && 3L * present >= 2L * representativesTotal;
    }

    /** A valid meeting in which more than half of those present voted for: exactly half is not enough. */
    public boolean passed() {
        return quorate() && inFavour != null && 2L * inFavour > present;
    }
}
