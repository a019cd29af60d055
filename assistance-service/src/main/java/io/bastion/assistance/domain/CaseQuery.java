package io.bastion.assistance.domain;

import io.bastion.platform.api.Paging;

/**
 * A page of the cases the caller reaches (row-level security: its division, or a county leader's or a
 * department's paired villages). {@code uncovered} finds open cases without a county-leader contact.
 */
public record CaseQuery(String township, String status, Boolean uncovered,
                        Paging.Keyed after, int limit) {
}
