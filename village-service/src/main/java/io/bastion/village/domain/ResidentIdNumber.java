package io.bastion.village.domain;

import io.bastion.platform.domain.CalendarDays;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * A resident identity number (GB 11643-1999): six digits of the region where it was issued, whose
 * first two are a province's; the holder's birth date, a real day from 1900 and not in the future;
 * three digits of sequence; and a check character, {@code X} for ten. Written in upper case whatever
 * case it was typed in.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** The provinces' two-digit codes (GB/T 2260), Hong Kong, Macao and Taiwan's residence permits included. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71",
            "81", "82", "83");

    private ResidentIdNumber() {
    }

    /** The number as stored: trimmed, the check character upper case. */
    public static String normalized(String number) {
        return number == null ? null : number.trim().toUpperCase();
    }

    public static boolean valid(String number, LocalDate today) {
        String n = normalized(number);
        if (n == null || !n.matches("[0-9]{17}[0-9X]") || !PROVINCES.contains(n.substring(0, 2)) || n.startsWith("0000", 2)) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            if (!CalendarDays.sane(born) || born.isAfter(today)) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n.charAt(i) - '0') * WEIGHTS[i];
        }
        return n.charAt(17) == CHECK.charAt(sum % 11);
    }
}
