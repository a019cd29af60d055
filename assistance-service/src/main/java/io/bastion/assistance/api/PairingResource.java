package io.bastion.assistance.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.assistance.domain.Pairing;
import io.bastion.assistance.domain.PairingDraft;
import io.bastion.assistance.domain.PairingForm;
import io.bastion.assistance.domain.PairingQuery;
import io.bastion.assistance.domain.Pairings;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
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
import java.util.List;

@Path("/api/v1/pairings")
@Tag(name = "Pairings", description = "County-leader contacts and department pairings; no unpairing before transformation")
@Produces(MediaType.APPLICATION_JSON)
public class PairingResource {

    @Inject
    Pairings pairings;

    @Inject
    CaseFiles cases;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    /** What ending a pairing says: why, if anything more than that the case was transformed. */
    public record EndRequest(String reason) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listPairings",
            summary = "List pairings", description = "In the caller's division by village code, keyset paged; a county leader or "
            + "a department sees only its own.")
    @APIResponse(responseCode = "200", description = "A page of pairings")
    public Page<PairingView> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "the case",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("caseId") String caseId,
            @Parameter(description = "the form of pairing",
                    schema = @Schema(implementation = PairingForm.class)) @QueryParam("form") String form,
            @Parameter(description = "a county leader's id",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("leaderId") String leaderId,
            @Parameter(description = "a unit's id",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("unitId") String unitId,
            @Parameter(description = "true: active only; false: ended only",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("active") String active,
            @Parameter(description = "1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        PairingQuery query = new PairingQuery(QueryParameters.township(township),
                QueryParameters.uuid("caseId", caseId), QueryParameters.enumValue("form", form, PairingForm.class), QueryParameters.uuid("leaderId", leaderId),
                QueryParameters.uuid("unitId", unitId), QueryParameters.bool("active", active), Paging.decodeKeyed(cursor), size + 1);
        return Paging.page(pairings.list(query), size, p -> p.villageCode + "|" + p.id, PairingView::of, uri);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "pairCase",
            summary = "Pair a case", description = "With a county leader as its contact (`COUNTY_LEADER_CONTACT`, `leaderId`): "
            + "exactly one per case, a second is 409 `contact-exists`, a leader may hold several cases. Or with a unit in a form of "
            + "help (`unitId`, `envoys` the unit sent: a work team's members, or the one instructor, stationed cadre or first "
            + "secretary; `jointBranchSecretary` marks a first secretary who heads an urban-rural paired joint branch). County "
            + "admins; honours `Idempotency-Key`. Publishes bastion.assistance.pairing-created.v1.")
    @APIResponseSchema(value = PairingView.class, responseCode = "201", responseDescription = "The pairing")
    public RestResponse<PairingView> pair(PairingDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        if (draft.caseId() != null) {
            // A case the caller does not reach is, to it, not there (404), before anything else is said of the draft.
            cases.get(draft.caseId());
        }
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/pairings", draft, () -> {
            Pairing p = pairings.pair(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/pairings/" + p.id), Preconditions.etag(p.version), PairingView.of(p));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getPairing",
            summary = "Read a pairing")
    @APIResponse(responseCode = "200", description = "The pairing; its ETag is the version for If-Match")
    public RestResponse<PairingView> get(@PathParam("id") String id) {
        Pairing p = pairings.get(PathAndBody.id("pairing", id));
        return Preconditions.versioned(PairingView.of(p), p.version);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endPairing",
            summary = "End a pairing", description = "No unpairing before transformation (不完成转化任务不能脱钩): only once the "
            + "case is CONSOLIDATING or WRITTEN_OFF; before that it is 409 `not-transformed`, and a handover is the way to change "
            + "the partner. County admins; `If-Match` is required. Publishes bastion.assistance.pairing-ended.v1.")
    @APIResponse(responseCode = "200", description = "Ended; the pairing")
    public RestResponse<PairingView> end(@PathParam("id") String id, EndRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Pairing current = pairings.get(PathAndBody.id("pairing", id));
        Pairing p = pairings.end(current.id, Preconditions.requiredVersion(ifMatch), request == null ? null : request.reason(), caller.actor());
        return Preconditions.versioned(PairingView.of(p), p.version);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Path("{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "handOverPairing",
            summary = "Hand a pairing over", description = "To another leader (`leaderId`) or unit (`unitId`, `envoys`), with a "
            + "reason, whatever the case's status: the old pairing ends and the new one starts at once, so coverage never "
            + "breaks. County admins; `If-Match` (the old pairing's ETag) is required. Publishes "
            + "bastion.assistance.pairing-handed-over.v1.")
    @APIResponseSchema(value = PairingView.class, responseCode = "201", responseDescription = "The new pairing")
    public RestResponse<PairingView> handOver(@PathParam("id") String id, PairingDraft draft, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @HeaderParam(IdempotentCreate.HEADER) String key) {
        Pairing current = pairings.get(PathAndBody.id("pairing", id));
        int version = Preconditions.requiredVersion(ifMatch);
        PairingDraft given = PathAndBody.required(draft);
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/pairings/" + current.id + "/handover", given, () -> {
            Pairing next = pairings.handOver(current.id, version, given, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/pairings/" + next.id), Preconditions.etag(next.version),
                    PairingView.of(next));
        });
    }
}
