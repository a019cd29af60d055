package io.bastion.plan.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The law's bar for the village representatives' meeting, at its edges. */
class RepresentativesMeetingTest {

    private static RepresentativesMeeting meeting(int total, int present, int inFavour) {
        return new RepresentativesMeeting(LocalDate.of(2026, 11, 2), total, present, inFavour, 0, present - inFavour, null);
    }

    @ParameterizedTest(name = "{1} of {0} present: quorate {2}")
    @CsvSource({
            "30, 20, true",   // exactly two-thirds
            "30, 19, false",  // one short
            "30, 30, true",
            "31, 21, true",   // 63 >= 62
            "31, 20, false",  // 60 < 62: two-thirds of 31 is 20.67, so 20 is not enough
            "3, 2, true",
            "3, 1, false",
            "1, 1, true",
            "1, 0, false"})
    void quorumIsAtLeastTwoThirdsOfAllRepresentatives(int total, int present, boolean quorate) {
        assertEquals(quorate, meeting(total, present, present).quorate());
    }

    @ParameterizedTest(name = "{1} for of {0} present: passed {2}")
    @CsvSource({
            "20, 10, false",  // exactly half is not a majority
            "20, 11, true",
            "21, 10, false",
            "21, 11, true",   // 22 > 21
            "1, 1, true",
            "1, 0, false"})
    void aDecisionNeedsMoreThanHalfOfThosePresent(int present, int inFavour, boolean passed) {
        assertEquals(passed, meeting(present, present, inFavour).passed());
    }

    @Test
    void anInquorateMeetingPassesNothingEvenUnanimously() {
        assertFalse(meeting(30, 19, 19).passed());
    }

    @Test
    void missingFiguresNeitherMakeAQuorumNorPass() {
        RepresentativesMeeting blank = new RepresentativesMeeting(LocalDate.of(2026, 11, 2), null, null, null, null, null, null);
        assertFalse(blank.quorate());
        assertFalse(blank.passed());
        assertFalse(new RepresentativesMeeting(LocalDate.of(2026, 11, 2), 0, 0, 0, 0, 0, null).quorate());
    }
}
