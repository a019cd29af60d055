package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.api.QueryParameters;
import io.bastion.supervision.domain.Dashboard;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/dashboard")
@Tag(name = "Statistics", description = "The campaign at a glance, counted from the records")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "getDashboard",
            summary = "The campaign dashboard", description = "In the caller's division (and campaign year, if given): cases by "
            + "status, grade and township; plans by stage and by rounds returned, those beyond the usual two; the weekly-report "
            + "duty over the last four weeks due; acceptances passed and failed; inspection findings open and overdue; measures "
            + "overdue. Every figure is counted from the records this service keeps from the others' events.")
    @APIResponse(responseCode = "200", description = "The figures")
    public Dashboard.Figures figures(@Parameter(description = "campaign year",
                                             schema = @Schema(type = SchemaType.INTEGER, format = "int32")) @QueryParam("year") String year) {
        return dashboard.figures(caller.divisionPrefix(), QueryParameters.year(year));
    }
}
