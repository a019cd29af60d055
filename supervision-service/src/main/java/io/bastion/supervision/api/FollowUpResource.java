package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
import io.bastion.supervision.domain.FollowUp;
import io.bastion.supervision.domain.Queues;
import io.bastion.supervision.domain.WriteOffs;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/follow-ups")
@Tag(name = "Acceptance and write-off")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    @Inject
    WriteOffs writeOffs;

    @Inject
    Queues queues;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listFollowUps",
            summary = "List follow-up visits", description = "In the caller's division by village code, keyset paged; "
            + "`status=SCHEDULED&dueBy=` is the inspectors' plan.")
    @APIResponse(responseCode = "200", description = "A page of follow-up visits")
    public Page<FollowUpView> list(@Parameter(description = "SCHEDULED or DONE",
                                           schema = @Schema(implementation = FollowUp.Status.class)) @QueryParam("status") String status,
                                   @Parameter(description = "due on or before, YYYY-MM-DD",
                                           schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("dueBy") String dueBy,
                                   @Parameter(description = "1 to 500 (default 50)",
                                           schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        return Paging.page(queues.followUps(QueryParameters.enumValue("status", status, FollowUp.Status.class),
                QueryParameters.date("dueBy", dueBy), Paging.decodeKeyed(cursor), size + 1), size, f -> f.villageCode + "|" + f.id, FollowUpView::of, uri);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getFollowUp",
            summary = "Read a follow-up visit")
    @APIResponse(responseCode = "200", description = "The visit; its ETag is the version for If-Match")
    public RestResponse<FollowUpView> get(@PathParam("id") String id) {
        FollowUp f = writeOffs.followUp(PathAndBody.id("follow-up", id));
        return Preconditions.versioned(FollowUpView.of(f), f.version);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.INSPECTOR})
    @Path("{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordFollowUpResult",
            summary = "Record what a follow-up visit found", description = "回头看: the day of the visit and whether the village "
            + "slid back. A relapse names its weakness categories and basis; village-service then opens a new case linked to the "
            + "old one (bastion.supervision.relapse-found.v1). Inspectors and county admins; `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "Recorded; the visit")
    public RestResponse<FollowUpView> record(@PathParam("id") String id, WriteOffs.FollowUpResult result, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        FollowUp current = writeOffs.followUp(PathAndBody.id("follow-up", id));
        FollowUp f = writeOffs.record(current.id, Preconditions.requiredVersion(ifMatch), PathAndBody.required(result), caller.actor());
        return Preconditions.versioned(FollowUpView.of(f), f.version);
    }
}
