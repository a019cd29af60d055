package io.bastion.village.domain;

import io.bastion.platform.domain.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VillageDraftTest {

    private static VillageDraft draft(String name, String urbanRuralClass, Integer population, Integer partyMembers, String form) {
        return new VillageDraft("410423203201", name, urbanRuralClass, 512, population, partyMembers, form);
    }

    private static List<String> rules(VillageDraft draft) {
        return draft.violations().stream().map(Violation::rule).toList();
    }

    @Test
    void aCompleteDraftBreaksNoRule() {
        assertEquals(List.of(), rules(draft("熊背村", "220", 2046, 47, "BRANCH")));
        assertEquals(List.of(), rules(new VillageDraft("410423203201", "熊背村", "111", null, null, null, null)),
                "counts and form are optional");
    }

    @Test
    void partyMembersMayEqualButNotExceedThePopulation() {
        assertEquals(List.of(), rules(draft("熊背村", "220", 47, 47, null)));
        assertEquals(List.of("party-members-within-population"), rules(draft("熊背村", "220", 46, 47, null)));
    }

    @Test
    void theNameIsRequiredAndAtMostAHundredCharacters() {
        assertEquals(List.of(), rules(draft("村".repeat(100), "220", null, null, null)));
        assertEquals(List.of("max-length"), rules(draft("村".repeat(101), "220", null, null, null)));
        assertEquals(List.of("required"), rules(draft("  ", "220", null, null, null)));
        assertEquals(List.of("required"), rules(draft(null, "220", null, null, null)));
    }

    @Test
    void countsCannotBeNegativeButZeroIsFine() {
        assertEquals(List.of(), rules(new VillageDraft("410423203201", "村", "220", 0, 0, 0, null)));
        assertEquals(List.of("not-negative", "not-negative", "not-negative"),
                rules(new VillageDraft("410423203201", "村", "220", -1, -1, -1, null)));
    }

    @Test
    void classAndFormComeFromTheirLists() {
        assertEquals(List.of("urban-rural-class"), rules(draft("村", "230", null, null, null)));
        assertEquals(List.of("required"), rules(draft("村", null, null, null, null)));
        assertEquals(List.of("one-of"), rules(draft("村", "220", null, null, "branch")));
        assertEquals(List.of(), rules(draft("村", "220", null, null, "GENERAL_BRANCH")));
    }
}
