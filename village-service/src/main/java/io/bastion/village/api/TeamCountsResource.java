package io.bastion.village.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.village.domain.TeamCounts;
import io.bastion.village.domain.TeamRoster;
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


@Path("/api/v1/teams")
@Tag(name = "Village teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamCountsResource {

    @Inject
    TeamRoster roster;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("counts")
    @Operation(operationId = "getTeamCounts",
            summary = "Team counts over a period", description = "New secretaries and new members by where they came "
            + "from, cadres adjusted (left as ADJUSTED or DISMISSED) and reserve cadres taken on, between `from` and `to` "
            + "(both included), in the caller's division or one township of it.")
    @APIResponse(responseCode = "200", description = "The counts")
    public TeamCounts counts(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
                             @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
                             @Parameter(description = "9-digit township code",
                                     schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township) {
        String prefix = QueryParameters.township(township) == null ? caller.divisionPrefix() : township;
        if (!prefix.startsWith(caller.divisionPrefix()) && !caller.divisionPrefix().startsWith(prefix)) {
            throw new ApiProblem(403, "out-of-scope", prefix, caller.divisionPrefix());
        }
        String narrowest = prefix.length() >= caller.divisionPrefix().length() ? prefix : caller.divisionPrefix();
        return roster.counts(narrowest, QueryParameters.requiredDate("from", from), QueryParameters.requiredDate("to", to));
    }
}
