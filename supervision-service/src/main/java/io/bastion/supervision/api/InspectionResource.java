package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
import io.bastion.supervision.domain.Finding;
import io.bastion.supervision.domain.Inspection;
import io.bastion.supervision.domain.InspectionDraft;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/inspections")
@Tag(name = "Inspections", description = "明察暗访: announced and unannounced inspections, their findings and the corrections they require")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    Inspections inspections;

    @Inject
    Queues queues;

    @Inject
    SupervisionCalendar calendar;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @Schema(name = "Inspection", description = "An inspection of a village with its findings")
    public record InspectionView(UUID id, @Schema(description = "ANNOUNCED or UNANNOUNCED") String kind, String villageCode,
                                 String townshipCode, UUID caseId, LocalDate inspectedOn, List<String> inspectors, String summary,
                                 String recordedBy, OffsetDateTime recordedAt, List<FindingView> findings) {
    }

    @Schema(name = "InspectionFinding", description = "A finding, the correction it requires by when, and where the correction stands")
    public record FindingView(UUID id, UUID inspectionId, String villageCode, String description,
                              @Schema(description = "MINOR, SERIOUS or CRITICAL") String severity, String correctionRequired,
                              LocalDate correctionDeadline, @Schema(description = "OPEN, CORRECTED or CLOSED") String status,
                              boolean overdue, String correctionNote, OffsetDateTime correctedAt, String verificationNote,
                              OffsetDateTime closedAt, int version) {
        static FindingView of(Finding f, LocalDate today) {
            return new FindingView(f.id, f.inspectionId, f.villageCode, f.description, f.severity.name(), f.correctionRequired,
                    f.correctionDeadline, f.status.name(), f.overdueOn(today), f.correctionNote, f.correctedAt, f.verificationNote,
                    f.closedAt, f.version);
        }
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listInspections",
            summary = "List inspections", description = "In the caller's division by village code, keyset paged.")
    @APIResponse(responseCode = "200", description = "A page of inspections")
    public Page<InspectionView> list(@Parameter(description = "9-digit township code",
                                             schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
                                     @Parameter(description = "12-digit village code",
                                             schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.DIVISION_CODE)) @QueryParam("villageCode") String villageCode,
                                     @Parameter(description = "1 to 500 (default 50)",
                                             schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        return Paging.page(queues.inspections(QueryParameters.township(township), QueryParameters.division("villageCode", villageCode),
                Paging.decodeKeyed(cursor), size + 1), size, i -> i.villageCode + "|" + i.id, this::view, uri);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.INSPECTOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordInspection",
            summary = "Record an inspection", description = "Announced or unannounced: the village, the day, the inspectors, "
            + "what they saw, and each finding with its severity and the correction it requires by a deadline. Inspectors and "
            + "county admins; honours `Idempotency-Key`. Publishes bastion.supervision.inspection-recorded.v1.")
    @APIResponseSchema(value = InspectionView.class, responseCode = "201", responseDescription = "The inspection")
    public RestResponse<InspectionView> record(InspectionDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        caller.requireCovers(draft.villageCode());
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/inspections", draft, () -> {
            Inspection i = inspections.record(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/inspections/" + i.id), null, view(i));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getInspection",
            summary = "Read an inspection")
    @APIResponse(responseCode = "200", description = "The inspection with its findings")
    public InspectionView get(@PathParam("id") String id) {
        Inspection i = inspections.get(PathAndBody.id("inspection", id));
        return view(i);
    }

    private InspectionView view(Inspection i) {
        LocalDate today = calendar.today();
        return new InspectionView(i.id, i.kind.name(), i.villageCode, i.townshipCode, i.caseId, i.inspectedOn, List.of(i.inspectors),
                i.summary, i.recordedBy, i.recordedAt, inspections.findingsOf(i.id).stream().map(f -> FindingView.of(f, today)).toList());
    }

    /** Used by the findings' own resource for the same shape and ETag. */
    static RestResponse<FindingView> finding(Finding f, LocalDate today) {
        return Preconditions.versioned(FindingView.of(f, today), f.version);
    }
}
