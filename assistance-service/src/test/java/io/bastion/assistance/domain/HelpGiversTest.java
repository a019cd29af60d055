package io.bastion.assistance.domain;

import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.Refused;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HelpGiversTest {

    private static final UUID SELF = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    private static Actor as(String role) {
        return new Actor(role + "@410423", Set.of(role), "r", "410423");
    }

    private static HelpDraft help(String kind, UUID leader, UUID unit) {
        return new HelpDraft(kind, "410423203201", null, leader, unit, LocalDate.of(2026, 11, 20), "帮扶", null, null, null, null, null,
                null, null, null, null);
    }

    private static Leader leader() {
        Leader l = new Leader();
        l.id = SELF;
        return l;
    }

    private static Unit unit() {
        Unit u = new Unit();
        u.id = SELF;
        return u;
    }

    @Test
    void theCountyRecordsAnyHelp() {
        assertDoesNotThrow(() -> HelpGivers.check(as("county-admin"), help("FUNDS", null, OTHER), Optional::empty, Optional::empty));
    }

    @Test
    void aTownshipRecordsItsTrainingsAndPracticalMattersGivenByNobodyElse() {
        assertDoesNotThrow(() -> HelpGivers.check(as("township-operator"), help("TRAINING", null, null), Optional::empty, Optional::empty));
        assertDoesNotThrow(() -> HelpGivers.check(as("township-operator"), help("PRACTICAL_MATTER", null, null), Optional::empty,
                Optional::empty));
        assertEquals("own-help-only", assertThrows(Refused.class, () -> HelpGivers.check(as("township-operator"),
                help("ROAD", null, null), Optional::empty, Optional::empty)).problemType());
        assertThrows(Refused.class, () -> HelpGivers.check(as("township-operator"), help("TRAINING", null, OTHER), Optional::empty,
                Optional::empty));
    }

    @Test
    void aLeaderRecordsItsOwnVisitsOnceRegistered() {
        assertDoesNotThrow(() -> HelpGivers.check(as("county-leader"), help("VISIT", SELF, null), () -> Optional.of(leader()), Optional::empty));
        assertThrows(Refused.class, () -> HelpGivers.check(as("county-leader"), help("VISIT", OTHER, null), () -> Optional.of(leader()),
                Optional::empty));
        assertThrows(Refused.class, () -> HelpGivers.check(as("county-leader"), help("FUNDS", SELF, null), () -> Optional.of(leader()),
                Optional::empty));
        assertEquals("not-registered", assertThrows(Refused.class, () -> HelpGivers.check(as("county-leader"), help("VISIT", SELF, null),
                Optional::empty, Optional::empty)).problemType());
    }

    @Test
    void aDepartmentRecordsWhatItsOwnUnitGave() {
        assertDoesNotThrow(() -> HelpGivers.check(as("department"), help("ROAD", null, SELF), Optional::empty, () -> Optional.of(unit())));
        assertThrows(Refused.class, () -> HelpGivers.check(as("department"), help("ROAD", null, OTHER), Optional::empty,
                () -> Optional.of(unit())));
        assertThrows(Refused.class, () -> HelpGivers.check(as("department"), help("ROAD", SELF, SELF), Optional::empty,
                () -> Optional.of(unit())));
    }

    @Test
    void noOtherRoleRecordsHelp() {
        assertThrows(Refused.class, () -> HelpGivers.check(as("inspector"), help("VISIT", null, null), Optional::empty, Optional::empty));
    }
}
