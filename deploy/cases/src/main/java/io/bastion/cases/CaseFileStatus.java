package io.bastion.cases;

import io.bastion.platform.api.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lifecycle statuses a case file carries, as village-service's events name them: what a filter
 * on a case file's status may ask for.
 */
@Schema(name = "CaseStatus", description = "A case's lifecycle status in village-service")
public enum CaseFileStatus {
    IDENTIFIED,
    PLANNING,
    RECTIFYING,
    ACCEPTANCE,
    CONSOLIDATING,
    WRITTEN_OFF,
    RELAPSED;

    /** The status a query's {@code status} parameter names, or none; anything else is a 400 naming it. */
    public static String ofQuery(String status) {
        CaseFileStatus chosen = QueryParameters.enumValue("status", status, CaseFileStatus.class);
        return chosen == null ? null : chosen.name();
    }
}
