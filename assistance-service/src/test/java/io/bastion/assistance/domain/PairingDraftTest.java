package io.bastion.assistance.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PairingDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private static List<String> rules(PairingForm form, UUID leader, UUID unit, List<UUID> envoys, Boolean joint) {
        return new PairingDraft(UUID.randomUUID(), form.name(), leader, unit, envoys, joint, null, null)
                .partnerViolations(form, TODAY).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aContactIsALeaderAlone() {
        assertEquals(List.of(), rules(PairingForm.COUNTY_LEADER_CONTACT, A, null, null, null));
        assertEquals(List.of("leaderId:required", "unitId:not-for-form", "envoys:not-for-form"),
                rules(PairingForm.COUNTY_LEADER_CONTACT, null, B, List.of(A), null));
    }

    @Test
    void aWorkTeamHasMembersTheOtherFormsOnePerson() {
        assertEquals(List.of(), rules(PairingForm.WORK_TEAM, null, B, List.of(A, UUID.randomUUID()), null));
        assertEquals(List.of("envoys:team-members"), rules(PairingForm.WORK_TEAM, null, B, List.of(), null));
        assertEquals(List.of("envoys:one-envoy"), rules(PairingForm.STATIONED_CADRE, null, B, List.of(A, A), null).subList(0, 1));
        assertEquals(List.of(), rules(PairingForm.PARTY_BUILDING_INSTRUCTOR, null, B, List.of(A), null));
    }

    @Test
    void onlyAFirstSecretaryHeadsAJointBranch() {
        assertEquals(List.of(), rules(PairingForm.FIRST_SECRETARY, null, B, List.of(A), true));
        assertEquals(List.of("jointBranchSecretary:first-secretary-only"), rules(PairingForm.STATIONED_CADRE, null, B, List.of(A), true));
    }
}
