package io.bastion.plan.domain;

import io.bastion.platform.domain.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Step one's gate: a plan goes to the county only when the township committee adopted it and a
 * valid village representatives' meeting approved it.
 */
public final class TownshipMeetings {

    private TownshipMeetings() {
    }

    /** What stands in the way of submitting; empty when both meetings are recorded and passed. */
    public static List<Violation> submissionBlockers(CommitteeMeeting committee, RepresentativesMeeting representatives) {
        List<Violation> v = new ArrayList<>();
        if (committee == null) {
            v.add(new Violation("committeeMeeting", "meeting-recorded", null));
        } else if (!committee.adopted()) {
            v.add(new Violation("committeeMeeting.decision", "adopted", committee.decision()));
        }
        if (representatives == null) {
            v.add(new Violation("representativesMeeting", "meeting-recorded", null));
        } else if (!representatives.quorate()) {
            v.add(new Violation("representativesMeeting.present", "quorum", representatives.present(),
                    representatives.representativesTotal()));
        } else if (!representatives.passed()) {
            v.add(new Violation("representativesMeeting.inFavour", "majority", representatives.inFavour(),
                    representatives.present()));
        }
        return v;
    }
}
