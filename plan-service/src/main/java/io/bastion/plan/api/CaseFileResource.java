package io.bastion.plan.api;

import io.bastion.cases.CaseFileStatus;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.cases.CaseFile;
import io.bastion.cases.CaseFiles;
import io.bastion.plan.domain.CaseQuery;
import io.bastion.plan.domain.WorkQueues;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.QueryParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "The cases plan-service knows from village-service's events")
@Produces(MediaType.APPLICATION_JSON)
public class CaseFileResource {

    @Inject
    CaseFiles cases;

    @Inject
    WorkQueues queues;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listCases",
            summary = "List cases and their plans", description = "Cases in the caller's division by village code, keyset "
            + "paged; `withoutPlan=true` is the townships' queue of cases still waiting for a plan. Cases arrive from "
            + "village-service's events, usually within a second of being identified there.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<CaseFileView> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "the case's lifecycle status",
                    schema = @Schema(implementation = CaseFileStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "true: cases without a plan; false: cases with one",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("withoutPlan") String withoutPlan,
            @Parameter(description = "1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        List<CaseFile> page = queues.cases(new CaseQuery(QueryParameters.township(township), CaseFileStatus.ofQuery(status),
                QueryParameters.bool("withoutPlan", withoutPlan), Paging.decode(cursor), size + 1));
        Map<UUID, UUID> plans = queues.planIds(page.stream().map(c -> c.caseId).toList());
        return Paging.page(page, size, c -> c.villageCode + "|" + c.caseId, c -> CaseFileView.of(c, plans.get(c.caseId)), uri);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getCase",
            summary = "Read a case and its plan")
    @APIResponse(responseCode = "200", description = "The case as plan-service knows it")
    public CaseFileView get(@PathParam("id") String id) {
        UUID caseId = PathAndBody.id("case", id);
        CaseFile c = cases.get(caseId);
        return CaseFileView.of(c, queues.planIds(List.of(caseId)).get(caseId));
    }
}
