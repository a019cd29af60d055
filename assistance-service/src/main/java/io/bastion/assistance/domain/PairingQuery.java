package io.bastion.assistance.domain;

import io.bastion.platform.api.Paging;

import java.util.UUID;

/**
 * A page of pairings in the caller's division ({@code scopePrefix}); for a county leader or a
 * department only its own ({@code pairedAccount}). Ordered by village code; {@code after} is the
 * cursor ({@code villageCode|id}).
 */
public record PairingQuery(String scopePrefix, String pairedAccount, String township, UUID caseId, PairingForm form, UUID leaderId,
                           UUID unitId, Boolean active, Paging.Keyed after, int limit) {
}
