package io.bastion.village.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.MergePatch;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.village.domain.CaseDraft;
import io.bastion.village.domain.CaseMoves;
import io.bastion.village.domain.CaseQuery;
import io.bastion.village.domain.CaseRegistry;
import io.bastion.village.domain.CaseStatus;
import io.bastion.village.domain.KeyContactGrade;
import io.bastion.village.domain.RectificationCase;
import io.bastion.village.domain.Trigger;
import io.bastion.platform.security.Caller;
import io.bastion.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Identification, grading and the lifecycle of each case")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseRegistry cases;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR,
            Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listCases",
            summary = "List cases", description = "Cases the caller reaches (its division; a county leader's or a "
            + "department's paired villages), ordered by village code, keyset paged.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<CaseView> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "lifecycle status",
                    schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "CITY_B, COUNTY_C or NONE",
                    schema = @Schema(implementation = KeyContactGrade.class)) @QueryParam("grade") String grade,
            @Parameter(description = "the grade a township proposed and the county has not yet decided: CITY_B or COUNTY_C",
                    schema = @Schema(implementation = KeyContactGrade.class))
            @QueryParam("proposedGrade") String proposedGrade,
            @Parameter(description = "a weakness category code (see the campaign's categories)") @QueryParam("category") String category,
            @Parameter(description = "campaign year",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32")) @QueryParam("year") String year,
            @Parameter(description = "1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        CaseQuery query = new CaseQuery(QueryParameters.township(township),
                QueryParameters.enumValue("status", status, CaseStatus.class),
                QueryParameters.enumValue("grade", grade, KeyContactGrade.class),
                QueryParameters.enumValue("proposedGrade", proposedGrade, KeyContactGrade.class), category, QueryParameters.year(year),
                Paging.decode(cursor), size + 1);
        return Paging.page(cases.list(query), size, c -> c.villageCode + "|" + c.id, CaseView::of, uri);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openCase",
            summary = "Identify a village as a case", description = "Opens a case for a registered village in a campaign "
            + "year, with its weakness categories from that year's catalogue, the basis and its source, the screening counts "
            + "and hard-case flags. The key-contact grade (`grade`) is the county's decision: a township operator leaves it "
            + "out (NONE) and may put its view in `proposedGrade`; any other grade from a township is 403 `grading-reserved`. "
            + "A village has at most one open case: a second is 409.")
    @APIResponseSchema(value = CaseView.class, responseCode = "201", responseDescription = "The case, IDENTIFIED")
    public RestResponse<CaseView> open(CaseDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        caller.requireCovers(draft.villageCode());
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/cases", draft, () -> {
            RectificationCase c = cases.open(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/cases/" + c.id), Preconditions.etag(c.version), CaseView.of(c));
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR,
            Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "getCase",
            summary = "Read a case")
    @APIResponse(responseCode = "200", description = "The case; its ETag is the version for If-Match")
    public RestResponse<CaseView> get(@PathParam("id") String id) {
        RectificationCase c = caseInScope(id);
        return Preconditions.versioned(CaseView.of(c), c.version);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchCase",
            summary = "Change what identification recorded", description = "A JSON merge patch of the day of "
            + "identification, categories, basis, source, screening counts, hard-case flags, grade or proposed grade; the "
            + "village and the campaign year cannot change. Only the county changes `grade` (a township's change is 403 "
            + "`grading-reserved`); deciding a grade settles the township's proposal. `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<CaseView> patch(@PathParam("id") String id, @RequestBody(description = "The fields to change (a JSON merge patch of the record)",
            content = @Content(schema = @Schema(implementation = CaseDraft.class))) JsonNode patch, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        RectificationCase current = caseInScope(id);
        int version = Preconditions.requiredVersion(ifMatch);
        RectificationCase c = cases.revise(current.id, version, MergePatch.apply(json, current.toDraft(), patch, CaseDraft.class),
                caller.actor());
        return Preconditions.versioned(CaseView.of(c), c.version);
    }

    /**
     * Kept in v1 so that a client that still moves cases by hand learns where each move is made; it
     * changes nothing and goes in v2.
     */
    @Deprecated
    @POST
    @Path("{id}/transitions")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveCase",
            summary = "Move a case by hand (no longer: each move is made by its step)", deprecated = true,
            description = "A case moves when the step of the campaign that decides the move is recorded: plan-service's "
                    + "drafting and audit, supervision-service's acceptance, assessment and write-off, this service's "
                    + "relapse. Moving it by hand would skip that step, so this answers 409 `decided-elsewhere` naming the "
                    + "service and the operation that make the move, or 409 `illegal-transition` with the moves the lifecycle "
                    + "has (`allowed`). Nothing is changed.")
    public Response move(@PathParam("id") String id, MoveRequest request) {
        RectificationCase current = caseInScope(id);
        if (request == null || request.to() == null) {
            throw new ApiProblem(422, "invalid-case", List.of(new Violation("to", "required", null)));
        }
        throw CaseMoves.refusal(current.status, QueryParameters.enumValue("to", request.to(), CaseStatus.class));
    }

    @GET
    @Path("{id}/transitions")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR,
            Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listCaseTransitions",
            summary = "A case's history", description = "Every move from identification on, oldest first, never overwritten.")
    @APIResponse(responseCode = "200", description = "The moves")
    public List<TransitionView> history(@PathParam("id") String id) {
        RectificationCase c = caseInScope(id);
        return cases.history(c.id).stream().map(TransitionView::of).toList();
    }

    @POST
    @Path("{id}/relapses")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordRelapse",
            summary = "Record a relapse", description = "For a case in consolidation or written off: the village slid back. "
            + "A consolidating case ends as RELAPSED and a new case opens for the village in the current year, linked to it. "
            + "County admins; supervision-service does the same with bastion.supervision.relapse-found.v1.")
    @APIResponseSchema(value = CaseView.class, responseCode = "201", responseDescription = "The new case")
    public RestResponse<CaseView> relapse(@PathParam("id") String id, RelapseRequest request, @HeaderParam(IdempotentCreate.HEADER) String key) {
        RectificationCase previous = caseInScope(id);
        if (request == null || request.basis() == null || request.basis().isBlank()) {
            throw new ApiProblem(422, "invalid-case", List.of(new Violation("basis", "required", null)));
        }
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/cases/" + previous.id + "/relapses", request, () -> {
            RectificationCase c = cases.relapse(previous.id, request.categories(), request.basis(), caller.actor(), Trigger.COMMAND);
            return new IdempotentCreate.Created<>(URI.create("/api/v1/cases/" + c.id), Preconditions.etag(c.version), CaseView.of(c));
        });
    }

    /** A case the caller reaches; one it does not is, to it, not there (404). */
    private RectificationCase caseInScope(String id) {
        return cases.get(PathAndBody.id("case", id));
    }
}
