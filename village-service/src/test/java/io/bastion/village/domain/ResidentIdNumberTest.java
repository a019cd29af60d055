package io.bastion.village.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aNumberWithAProvinceARealBirthDateAndItsCheckCharacterIsValidInEitherCase() {
        assertTrue(ResidentIdNumber.valid("410423198001011238", TODAY));
        assertTrue(ResidentIdNumber.valid("11010519500101104X", TODAY));
        assertTrue(ResidentIdNumber.valid("11010519500101104x", TODAY));
        assertEquals("11010519500101104X", ResidentIdNumber.normalized(" 11010519500101104x "));
    }

    @Test
    void aWrongCheckCharacterRegionOrBirthDateIsNot() {
        assertFalse(ResidentIdNumber.valid("410423198001011239", TODAY), "check character");
        assertFalse(ResidentIdNumber.valid(withCheck("000000198001011"), TODAY), "no province 00");
        assertFalse(ResidentIdNumber.valid(withCheck("410000198001011"), TODAY), "no county 0000");
        assertFalse(ResidentIdNumber.valid(withCheck("410423198013401"), TODAY), "month 13, day 40");
        assertFalse(ResidentIdNumber.valid(withCheck("410423198002301"), TODAY), "30 February");
        assertFalse(ResidentIdNumber.valid(withCheck("410423209901011"), TODAY), "born in the future");
        assertFalse(ResidentIdNumber.valid(withCheck("410423189912311"), TODAY), "born before 1900");
        assertFalse(ResidentIdNumber.valid("41042319800101123", TODAY), "17 characters");
        assertFalse(ResidentIdNumber.valid(null, TODAY));
    }

    /** The number with the sequence digits 23 and its right check character: only the rule under test is broken. */
    private static String withCheck(String first15) {
        String body = first15 + "23";
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
