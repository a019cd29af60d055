package io.bastion.plan.domain;

import io.bastion.platform.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TownshipMeetingsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final CommitteeMeeting ADOPTED = new CommitteeMeeting(DAY, List.of("张书记", "李镇长"), "ADOPTED", null);

    private static List<String> rules(CommitteeMeeting c, RepresentativesMeeting r) {
        return TownshipMeetings.submissionBlockers(c, r).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void bothMeetingsMustBeRecorded() {
        assertEquals(List.of("committeeMeeting:meeting-recorded", "representativesMeeting:meeting-recorded"), rules(null, null));
    }

    @Test
    void theCommitteeMustHaveAdoptedThePlan() {
        CommitteeMeeting rejected = new CommitteeMeeting(DAY, List.of("张书记"), "NOT_ADOPTED", "意见分歧，待修改");
        assertEquals(List.of("committeeMeeting.decision:adopted"),
                rules(rejected, new RepresentativesMeeting(DAY, 30, 25, 20, 3, 2, null)));
    }

    @Test
    void theRepresentativesMeetingMustBeQuorateThenPass() {
        assertEquals(List.of("representativesMeeting.present:quorum"),
                rules(ADOPTED, new RepresentativesMeeting(DAY, 30, 19, 19, 0, 0, null)));
        assertEquals(List.of("representativesMeeting.inFavour:majority"),
                rules(ADOPTED, new RepresentativesMeeting(DAY, 30, 20, 10, 6, 4, null)));
        assertEquals(List.of(), rules(ADOPTED, new RepresentativesMeeting(DAY, 30, 20, 11, 5, 4, null)));
    }

    @Test
    void aQuorumFailureNamesTheFigures() {
        Violation v = TownshipMeetings.submissionBlockers(ADOPTED, new RepresentativesMeeting(DAY, 30, 19, 19, 0, 0, null)).get(0);
        assertEquals(19, v.rejected());
        assertEquals(List.of(30), List.of(v.arguments()));
    }
}
