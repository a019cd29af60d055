package io.bastion.cases;

import java.time.OffsetDateTime;

/**
 * A case moved in its lifecycle, as village-service's event said, fired inside the transaction that
 * applies the event, so a service that keeps more than the projection (supervision's reporting
 * duties) changes it together with the projection, exactly once. {@code at} is when the case moved
 * in village-service.
 */
public record CaseMoved(CaseFile caseFile, String from, String to, OffsetDateTime at) {
}
