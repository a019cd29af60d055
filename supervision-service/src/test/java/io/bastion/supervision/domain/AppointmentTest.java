package io.bastion.supervision.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a tenure counts as (docs/figures.md): incumbents and the villagers' committee are no Party appointments. */
class AppointmentTest {

    private static VillageFacts.TeamMember member(String role, String committee, boolean incumbent) {
        return new VillageFacts.TeamMember("m1", "410423203201", role, committee, "FROM_VILLAGE", incumbent, LocalDate.of(2026, 3, 1),
                null, null, false, 0);
    }

    @Test
    void aNewSecretaryDeputyMemberOrReserveCadreIsAnAppointment() {
        assertEquals(Figure.SECRETARIES_APPOINTED, VillageFacts.appointment(member("SECRETARY", "PARTY_BRANCH", false)));
        assertEquals(Figure.MEMBERS_APPOINTED, VillageFacts.appointment(member("DEPUTY_SECRETARY", "PARTY_BRANCH", false)));
        assertEquals(Figure.MEMBERS_APPOINTED, VillageFacts.appointment(member("MEMBER", "PARTY_BRANCH", false)));
        assertEquals(Figure.RESERVE_CADRES, VillageFacts.appointment(member("RESERVE_CADRE", null, false)));
    }

    @Test
    void anIncumbentOrAVillagersCommitteeMemberIsNot() {
        assertNull(VillageFacts.appointment(member("SECRETARY", "PARTY_BRANCH", true)));
        assertNull(VillageFacts.appointment(member("MEMBER", "PARTY_BRANCH", true)));
        assertNull(VillageFacts.appointment(member("MEMBER", "VILLAGERS_COMMITTEE", false)));
    }
}
