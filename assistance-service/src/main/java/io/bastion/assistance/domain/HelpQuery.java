package io.bastion.assistance.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which help records to list or sum: always within the caller's division ({@code scopePrefix}), for a
 * county leader or a department only in the villages it is paired with ({@code pairedAccount}).
 */
public record HelpQuery(String scopePrefix, String pairedAccount, String villageCode, String township, UUID unitId, UUID leaderId,
                        HelpKind kind, LocalDate from, LocalDate to, LocalDate beforeDate, UUID beforeId,
                        int limit) {
}
