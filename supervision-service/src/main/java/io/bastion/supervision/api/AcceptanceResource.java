package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.Violation;
import io.bastion.supervision.domain.Acceptance;
import io.bastion.supervision.domain.Acceptances;
import io.bastion.supervision.domain.AssessmentDraft;
import io.bastion.supervision.domain.Queues;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/acceptances")
@Tag(name = "Acceptance and write-off", description = "盘点销号: acceptance against the checklist and the survey, write-off, follow-up visits")
@Produces(MediaType.APPLICATION_JSON)
public class AcceptanceResource {

    @Inject
    Acceptances acceptances;

    @Inject
    Queues queues;

    @Inject
    CaseFiles cases;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    /** A township's request for its case's acceptance. */
    public record AcceptanceRequest(UUID caseId, String note) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listAcceptances",
            summary = "List acceptances", description = "In the caller's division by village code, keyset paged; "
            + "`status=REQUESTED` is the inspectors' queue.")
    @APIResponse(responseCode = "200", description = "A page of acceptances")
    public Page<AcceptanceView> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "REQUESTED, PASSED or FAILED",
                    schema = @Schema(implementation = Acceptance.Status.class)) @QueryParam("status") String status,
            @Parameter(description = "the case",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("caseId") String caseId,
            @Parameter(description = "1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        return Paging.page(queues.acceptances(QueryParameters.township(township),
                        QueryParameters.enumValue("status", status, Acceptance.Status.class), QueryParameters.uuid("caseId", caseId),
                        Paging.decodeKeyed(cursor), size + 1),
                size, a -> a.villageCode + "|" + a.id, this::view, uri);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestAcceptance",
            summary = "Ask for a case's acceptance", description = "For a RECTIFYING case, by its township or the county; one "
            + "acceptance at a time. village-service moves the case to ACCEPTANCE (bastion.supervision.acceptance-requested.v1). "
            + "Honours `Idempotency-Key`.")
    @APIResponseSchema(value = AcceptanceView.class, responseCode = "201", responseDescription = "The acceptance, REQUESTED")
    public RestResponse<AcceptanceView> request(AcceptanceRequest request, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(request);
        if (request.caseId() == null) {
            throw new InvalidInput("invalid-acceptance", new Violation("caseId", "required", null));
        }
        // A case the caller does not reach is, to it, not there (404), before anything else is said of the request.
            cases.get(request.caseId());
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/acceptances", request, () -> {
            Acceptance a = acceptances.request(request.caseId(), request.note(), caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/acceptances/" + a.id), Preconditions.etag(a.version), view(a));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getAcceptance",
            summary = "Read an acceptance")
    @APIResponse(responseCode = "200", description = "The acceptance; its ETag is the version for If-Match")
    public RestResponse<AcceptanceView> get(@PathParam("id") String id) {
        Acceptance a = acceptances.get(PathAndBody.id("acceptance", id));
        return Preconditions.versioned(view(a), a.version);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.INSPECTOR})
    @Path("{id}/assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessAcceptance",
            summary = "Score an acceptance", description = "The inspectors score every checklist item (up to its weight) and "
            + "record the satisfaction survey of Party members and villager representatives. It passes with at least 70 of 100 "
            + "and no more than half dissatisfied: village-service moves the case to CONSOLIDATING. Otherwise it fails, with a "
            + "new deadline: back to RECTIFYING. Inspectors and county admins; `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "Scored; the acceptance, PASSED or FAILED")
    public RestResponse<AcceptanceView> assess(@PathParam("id") String id, AssessmentDraft draft, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Acceptance current = acceptances.get(PathAndBody.id("acceptance", id));
        Acceptance a = acceptances.assess(current.id, Preconditions.requiredVersion(ifMatch), PathAndBody.required(draft), caller.actor());
        return Preconditions.versioned(view(a), a.version);
    }

    private AcceptanceView view(Acceptance a) {
        return AcceptanceView.of(a, json);
    }
}
