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
import io.bastion.platform.security.Roles;
import io.bastion.village.domain.CaseStatus;
import io.bastion.village.domain.KeyContactGrade;
import io.bastion.village.domain.Village;
import io.bastion.village.domain.VillageDraft;
import io.bastion.village.domain.VillageQuery;
import io.bastion.village.domain.VillageRegistry;
import io.bastion.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/villages")
@Tag(name = "Villages", description = "The register of villages by 12-digit division code")
@Produces(MediaType.APPLICATION_JSON)
public class VillageResource {


    @Inject
    VillageRegistry registry;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    ObjectMapper json;

    @Inject
    VillageViews views;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR,
            Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listVillages",
            summary = "List villages", description = "Villages the caller reaches (its division; a county leader's or a "
            + "department's paired villages), in code order, keyset paged. Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of villages; `next` is absent on the last page")
    public Page<VillageView> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "part of the name or code") @QueryParam("q") String text,
            @Parameter(description = "has a case in this status",
                    schema = @Schema(implementation = CaseStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "has a case of this key-contact grade: CITY_B, COUNTY_C or NONE",
                    schema = @Schema(implementation = KeyContactGrade.class)) @QueryParam("grade") String grade,
            @Parameter(description = "has a case with this weakness category code (see the campaign's categories)") @QueryParam("category") String category,
            @Parameter(description = "has a case in this campaign year",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32")) @QueryParam("year") String year,
            @Parameter(description = "page size, 1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @Parameter(description = "opaque cursor from a previous page's `next`") @QueryParam("cursor") String cursor) {
        QueryParameters.township(township);
        int size = Paging.limit(limit, 50, 500);
        List<Village> rows = registry.list(new VillageQuery(township, text,
                QueryParameters.enumValue("status", status, CaseStatus.class),
                QueryParameters.enumValue("grade", grade, KeyContactGrade.class), category, QueryParameters.year(year),
                Paging.decode(cursor), size + 1));
        return Paging.page(rows, size, v -> v.code, views.forAll(rows), uri);
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerVillage",
            summary = "Register a village", description = "The township (code's first 9 digits + 000) must exist. "
            + "With an `Idempotency-Key`, a retry answers as the first request did and creates nothing.")
    @APIResponseSchema(value = VillageView.class, responseCode = "201", responseDescription = "Registered; `Location` and `ETag` headers are set")
    public RestResponse<VillageView> register(VillageDraft draft,
                             @Parameter(description = "makes retries safe") @HeaderParam(IdempotentCreate.HEADER) String key) {
        VillageDraft body = requireBody(draft);
        caller.requireCovers(body.code());
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/villages", body, () -> {
            Village village = registry.register(body, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/villages/" + village.code),
                    Preconditions.etag(village.version), views.of(village));
        });
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR,
            Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "getVillage",
            summary = "Read a village", description = "The `ETag` is the version to send back in `If-Match`.")
    @APIResponse(responseCode = "200", description = "The village")
    public RestResponse<VillageView> get(@PathParam("code") String code) {
        Village village = villageInScope(code);
        return Preconditions.versioned(views.of(village), village.version);
    }

    @PATCH
    @Path("{code}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchVillage",
            summary = "Change a village", description = "A JSON merge patch (RFC 7386): fields present replace, "
            + "`null` clears an optional field, absent fields stay. `If-Match` with the version read is required.")
    @APIResponse(responseCode = "200", description = "Changed; the new `ETag` is set")
    public RestResponse<VillageView> patch(@PathParam("code") String code, @RequestBody(description = "The fields to change (a JSON merge patch of the record)",
            content = @Content(schema = @Schema(implementation = VillageDraft.class))) JsonNode patch,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Village current = villageInScope(code);
        int version = Preconditions.requiredVersion(ifMatch);
        VillageDraft draft = MergePatch.apply(json, current.toDraft(), patch, VillageDraft.class);
        Village village = registry.revise(code, version, draft, caller.actor());
        return Preconditions.versioned(views.of(village), village.version);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Operation(operationId = "removeVillage",
            summary = "Remove a village", description = "The village leaves the register; the changes feed carries "
            + "a tombstone. `If-Match` with the version read is required.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        villageInScope(code);
        registry.remove(code, Preconditions.requiredVersion(ifMatch), caller.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("changes")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listVillageChanges",
            summary = "Changes feed", description = "Upserts and tombstones in commit order after `since`. Store "
            + "`cursor` and ask again from it: no gaps, no repeats. A village comes again whenever it or its latest case "
            + "changes (identified, regraded, moved, relapsed): the entry carries the case's id, status, grade and version. "
            + "For mobile sync and provincial incremental pulls.")
    @APIResponse(responseCode = "200", description = "Changes after `since`; `more` says whether to ask again at once")
    public ChangesPage changes(
            @Parameter(description = "the `cursor` of the previous answer; 0 for everything",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", defaultValue = "0")) @QueryParam("since") String since,
            @Parameter(description = "1 to 1000 (default 500)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "500")) @QueryParam("limit") String limit) {
        long from = position(since);
        int size = Paging.limit(limit, 500, 1000);
        List<Village> rows = registry.changesSince(from, size + 1);
        boolean more = rows.size() > size;
        List<Village> shown = more ? rows.subList(0, size) : rows;
        String cursor = shown.isEmpty() ? Long.toString(from) : Long.toString(shown.get(shown.size() - 1).changeSeq);
        return new ChangesPage(views.changes(shown), cursor, more);
    }

    private Village villageInScope(String code) {
        VillagePaths.require(caller, code);
        return registry.get(code);
    }

    private static VillageDraft requireBody(VillageDraft draft) {
        return PathAndBody.required(draft);
    }

    private static long position(String since) {
        if (since == null || since.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(since.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiProblem(400, "malformed-request", List.of(new Violation("since", "cursor", since)));
    }
}
