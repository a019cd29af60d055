package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
import io.bastion.supervision.domain.Finding;
import io.bastion.supervision.domain.Inspections;
import io.bastion.supervision.domain.Queues;
import io.bastion.supervision.domain.SupervisionCalendar;
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

import java.time.LocalDate;

@Path("/api/v1/inspection-findings")
@Tag(name = "Inspections")
@Produces(MediaType.APPLICATION_JSON)
public class FindingResource {

    @Inject
    Inspections inspections;

    @Inject
    Queues queues;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    /** The township's report of a correction. */
    public record Correction(String note) {
    }

    /** The inspectors' verdict on a correction. */
    public record Verification(Boolean accepted, String note) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listFindings",
            summary = "List findings", description = "In the caller's division by village code, keyset paged; `overdue=true` "
            + "lists corrections not closed by their deadline.")
    @APIResponse(responseCode = "200", description = "A page of findings")
    public Page<InspectionResource.FindingView> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "OPEN, CORRECTED or CLOSED",
                    schema = @Schema(implementation = Finding.Status.class)) @QueryParam("status") String status,
            @Parameter(description = "true: not closed and past the deadline",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        LocalDate today = calendar.today();
        return Paging.page(queues.findings(QueryParameters.township(township),
                        QueryParameters.enumValue("status", status, Finding.Status.class), QueryParameters.bool("overdue", overdue), today,
                        Paging.decodeKeyed(cursor), size + 1),
                size, f -> f.villageCode + "|" + f.id, f -> InspectionResource.FindingView.of(f, today), uri);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getFinding",
            summary = "Read a finding")
    @APIResponse(responseCode = "200", description = "The finding; its ETag is the version for If-Match")
    public RestResponse<InspectionResource.FindingView> get(@PathParam("id") String id) {
        Finding f = inspections.finding(PathAndBody.id("finding", id));
        return InspectionResource.finding(f, calendar.today());
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Path("{id}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctFinding",
            summary = "Report a correction", description = "The township says what it corrected. Township operators of the "
            + "village's township and county admins; `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "The finding, CORRECTED")
    public RestResponse<InspectionResource.FindingView> correct(@PathParam("id") String id, Correction body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Finding current = inspections.finding(PathAndBody.id("finding", id));
        Finding f = inspections.correct(current.id, Preconditions.requiredVersion(ifMatch), PathAndBody.required(body).note(), caller.actor());
        return InspectionResource.finding(f, calendar.today());
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.INSPECTOR})
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verifyFinding",
            summary = "Verify a correction", description = "The inspectors accept it (the finding is closed; "
            + "bastion.supervision.correction-closed.v1) or send it back (open again). Inspectors and county admins; `If-Match` "
            + "is required.")
    @APIResponse(responseCode = "200", description = "The finding, CLOSED or OPEN")
    public RestResponse<InspectionResource.FindingView> verify(@PathParam("id") String id, Verification body, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Finding current = inspections.finding(PathAndBody.id("finding", id));
        Verification v = PathAndBody.required(body);
        Finding f = inspections.verify(current.id, Preconditions.requiredVersion(ifMatch), v.accepted(), v.note(), caller.actor());
        return InspectionResource.finding(f, calendar.today());
    }
}
