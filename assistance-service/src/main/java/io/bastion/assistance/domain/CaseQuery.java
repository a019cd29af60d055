package io.bastion.assistance.domain;

import io.bastion.platform.api.Paging;

/**
 * A page of cases in the caller's division; for a county leader or a department only those it is
 * paired with. {@code uncovered} finds open cases without a county-leader contact.
 */
public record CaseQuery(String scopePrefix, String pairedAccount, String township, String status, Boolean uncovered,
                        Paging.Keyed after, int limit) {
}
