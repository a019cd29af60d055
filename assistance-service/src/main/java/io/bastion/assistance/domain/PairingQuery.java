package io.bastion.assistance.domain;

import io.bastion.platform.api.Paging;

import java.util.UUID;

/**
 * A page of the pairings the caller reaches (row-level security: its division, or a county leader's or
 * a department's paired villages). Ordered by village code; {@code after} is the cursor
 * ({@code villageCode|id}).
 */
public record PairingQuery(String township, UUID caseId, PairingForm form, UUID leaderId,
                           UUID unitId, Boolean active, Paging.Keyed after, int limit) {
}
