package io.bastion.assistance.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which help records to list or sum, of those the caller reaches (row-level security: its division,
 * or a county leader's or a department's paired villages).
 */
public record HelpQuery(String villageCode, String township, UUID unitId, UUID leaderId,
                        HelpKind kind, LocalDate from, LocalDate to, LocalDate beforeDate, UUID beforeId,
                        int limit) {
}
