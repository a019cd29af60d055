package io.bastion.village.domain;

import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DivisionCodeTest {

    @ParameterizedTest(name = "{0} as a village -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "410423203201 | ",
            "410423001001 | ",
            "410423399399 | ",
            "410423203000 | village-segment-not-zero",
            "410423000000 | village-segment-not-zero township-segment-not-zero",
            "41042320300  | length-12",
            "4104232032011 | length-12",
            "41042320320A | length-12",
            "NULL         | length-12",
            "'          ' | length-12",
            "000423203201 | province-segment-not-zero",
            "410023203201 | prefecture-segment-not-zero",
            "410400203201 | county-segment-not-zero",
            "410423400201 | township-segment-range",
            "410423203400 | village-segment-range",
            "410423000201 | township-segment-not-zero",
            "000000000000 | province-segment-not-zero prefecture-segment-not-zero county-segment-not-zero village-segment-not-zero township-segment-not-zero",
    })
    void villageCodeRules(String code, String expectedRules) {
        List<String> expected = expectedRules == null ? List.of() : Arrays.asList(expectedRules.trim().split(" "));
        assertEquals(expected, DivisionCode.checkVillage("code", code).stream().map(Violation::rule).toList());
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "410423000000, COUNTY, ",
            "410423203000, TOWNSHIP, 410423000000",
            "410423203201, VILLAGE, 410423203000",
    })
    void levelAndParentFollowFromTheTrailingSegments(String code, DivisionLevel level, String parent) {
        DivisionCode division = new DivisionCode(code);
        assertEquals(level, division.level());
        assertEquals(parent, division.parent().map(DivisionCode::value).orElse(null));
    }

    @Test
    void prefixIsWhatScopesAndFiltersMatchOn() {
        assertEquals("410423", new DivisionCode("410423000000").prefix());
        assertEquals("410423203", new DivisionCode("410423203000").prefix());
        assertEquals("410423203201", new DivisionCode("410423203201").prefix());
        assertEquals("410423203", new DivisionCode("410423203201").townshipPrefix());
    }

    @Test
    void anInvalidCodeCannotBeConstructedAndSaysWhy() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> DivisionCode.ofVillage("code", "410423203000"));
        assertEquals(DivisionCode.PROBLEM, e.problemType());
        assertEquals("village-segment-not-zero", e.violations().get(0).rule());
        assertEquals("410423203000", e.violations().get(0).rejected());
    }

    @Test
    void urbanRuralClassIsOneOfTheSeven() {
        assertEquals(7, UrbanRuralClass.values().length);
        assertEquals(UrbanRuralClass.VILLAGE, UrbanRuralClass.fromCode("220").orElseThrow());
        assertEquals(true, UrbanRuralClass.fromCode("230").isEmpty());
    }
}
