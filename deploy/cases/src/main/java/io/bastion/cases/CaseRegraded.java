package io.bastion.cases;

import java.time.OffsetDateTime;

/**
 * The county decided another key-contact grade for a case, as village-service's event said, fired
 * inside the transaction that applies the event, like {@link CaseMoved}: a duty that follows the
 * grade (weekly reports) starts or ends with it. {@code at} is when village-service recorded it.
 */
public record CaseRegraded(CaseFile caseFile, String from, String to, OffsetDateTime at) {
}
