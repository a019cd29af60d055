package io.bastion.village.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the county counts of village teams over a period: secretaries and members newly appointed
 * (by where they came from), cadres adjusted, and reserve cadres taken on.
 */
public record TeamCounts(LocalDate from, LocalDate to, BySource newSecretaries, BySource newMembers, int adjusted,
                         int reserveCadres) {

    /** A total and its split by appointment source. */
    public record BySource(int total, Map<AppointmentSource, Integer> bySource) {
    }
}
