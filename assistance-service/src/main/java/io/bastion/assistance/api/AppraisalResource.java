package io.bastion.assistance.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.assistance.domain.Partners;
import io.bastion.assistance.domain.Unit;
import io.bastion.assistance.domain.UnitAppraisal;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.problem.ApiProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

@Path("/api/v1/appraisal")
@Tag(name = "Appraisal", description = "The county's appraisal of helping units")
@Produces(MediaType.APPLICATION_JSON)
public class AppraisalResource {

    @Inject
    UnitAppraisal appraisal;

    @Inject
    Partners partners;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Schema(name = "UnitAppraisal", description = "A unit's paired cases, how far each has come, and which are past their deadline")
    public record UnitView(PartnerViews.UnitView unit, int activePairings, int transformed, int overdue,
                           @Schema(description = "the unit's cases by status") Map<String, Long> byStatus,
                           List<UnitAppraisal.PairedCase> cases) {

        static UnitView of(Unit unit, List<UnitAppraisal.PairedCase> cases) {
            List<UnitAppraisal.PairedCase> active = cases.stream().filter(UnitAppraisal.PairedCase::active).toList();
            return new UnitView(PartnerViews.UnitView.of(unit), active.size(),
                    (int) active.stream().filter(UnitAppraisal.PairedCase::transformed).count(),
                    (int) active.stream().filter(UnitAppraisal.PairedCase::overdue).count(),
                    active.stream().collect(Collectors.groupingBy(UnitAppraisal.PairedCase::status,
                            TreeMap::new, Collectors.counting())),
                    cases);
        }
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("units/{id}")
    @Operation(operationId = "appraiseUnit",
            summary = "Appraise a unit", description = "Every case the unit is or was paired with, each case's status and "
            + "transformation deadline, and which of its active ones are past the deadline untransformed, of the cases the caller "
            + "reaches. County roles, and the unit itself.")
    @APIResponse(responseCode = "200", description = "The unit's appraisal")
    public UnitView unit(@PathParam("id") String id) {
        Unit unit = partners.unit(PathAndBody.id("unit", id));
        if (caller.paired() && !unit.account.equals(caller.account())) {
            // A department appraises itself, not the other units.
            throw new ApiProblem(403, "forbidden");
        }
        return UnitView.of(unit, appraisal.casesOf(unit.id));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("units-behind")
    @Operation(operationId = "listUnitsBehind",
            summary = "Units behind", description = "Units still paired with a case past its transformation deadline and not "
            + "transformed, for the county's appraisal of departments; keyset paged by unit.")
    @APIResponse(responseCode = "200", description = "A page of units, each with its appraisal")
    public Page<UnitView> behind(@Parameter(description = "1 to 100 (default 20)",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 20, 100);
        return Paging.page(appraisal.unitsBehind(Paging.decodeId(cursor), size + 1), size, u -> u.id.toString(),
                u -> UnitView.of(u, appraisal.casesOf(u.id)), uri);
    }
}
