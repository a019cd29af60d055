package io.bastion.assistance.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.assistance.domain.HelpBook;
import io.bastion.assistance.domain.HelpDraft;
import io.bastion.assistance.domain.HelpKind;
import io.bastion.assistance.domain.HelpQuery;
import io.bastion.assistance.domain.HelpRecord;
import io.bastion.assistance.domain.HelpTotals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.MergePatch;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.api.VoidRequest;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/help")
@Tag(name = "Help given", description = "Visits, projects, funds, infrastructure, trainings and practical matters, and their totals")
@Produces(MediaType.APPLICATION_JSON)
public class HelpResource {

    @Inject
    HelpBook book;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    /** The filters every read of help takes, within what the caller reaches. */
    public static final class Filters {
        @QueryParam("villageCode") @Parameter(description = "12-digit village code",
                schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.DIVISION_CODE)) String villageCode;
        @QueryParam("township") @Parameter(description = "9-digit township code",
                schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) String township;
        @QueryParam("unitId") @Parameter(description = "a unit's id",
                schema = @Schema(type = SchemaType.STRING, format = "uuid")) String unitId;
        @QueryParam("leaderId") @Parameter(description = "a county leader's id",
                schema = @Schema(type = SchemaType.STRING, format = "uuid")) String leaderId;
        @QueryParam("kind") @Parameter(description = "the kind of help", schema = @Schema(implementation = HelpKind.class))
        String kind;
        @QueryParam("from") @Parameter(description = "first day", schema = @Schema(type = SchemaType.STRING, format = "date")) String from;
        @QueryParam("to") @Parameter(description = "last day", schema = @Schema(type = SchemaType.STRING, format = "date")) String to;
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listHelp",
            summary = "List help given", description = "Newest first, keyset paged, in the caller's division; a county leader or a "
            + "department sees only the villages it is paired with.")
    @APIResponse(responseCode = "200", description = "A page of help records")
    public Page<HelpView> list(@BeanParam Filters filters,
                               @Parameter(description = "1 to 500 (default 50)",
                                       schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
                               @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        Paging.Keyed before = Paging.decodeKeyed(cursor);
        return Paging.page(book.list(query(filters, before == null ? null : QueryParameters.date("cursor", before.sort()), before == null ? null : before.id(),
                size + 1)), size, h -> h.happenedOn + "|" + h.id, HelpView::of, uri);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("totals")
    @Operation(operationId = "getHelpTotals",
            summary = "Totals of help given", description = "Every figure the county counts, summed per village, township or unit "
            + "(`by`), for the filters given: visits and research trips; projects and funds (万元); roads (km, 万元); water and "
            + "biogas (households, 万元); venues (count, m², 万元); training sessions and cadres trained; practical matters and "
            + "petition risks resolved.")
    @APIResponse(responseCode = "200", description = "One row per village, township or unit, ordered by its key")
    public List<HelpTotals> totals(@Parameter(description = "what to sum per",
                                           schema = @Schema(implementation = HelpBook.By.class, defaultValue = "VILLAGE")) @QueryParam("by") String by,
                                   @BeanParam Filters filters) {
        HelpBook.By grouping = QueryParameters.enumValue("by", by == null ? "VILLAGE" : by, HelpBook.By.class);
        return book.totals(grouping, query(filters, null, null, 0));
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordHelp",
            summary = "Record help given", description = "A visit or research trip (by a leader or a unit), a project, funds, a "
            + "road, water or biogas works, a venue (each with its figures; money in 万元 with two decimals), a training for a "
            + "village or a whole township, or a practical matter done for villagers with the petition risks it resolved. County "
            + "admins anything; a county leader its own visits to its paired villages; a department what its unit gave to its "
            + "paired villages; a township operator its trainings and practical matters. Honours `Idempotency-Key`.")
    @APIResponseSchema(value = HelpView.class, responseCode = "201", responseDescription = "The record")
    public RestResponse<HelpView> record(HelpDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        caller.requireReaches(draft.villageCode() != null ? draft.villageCode() : draft.township());
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/help", draft, () -> {
            HelpRecord h = book.record(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/help/" + h.id), Preconditions.etag(h.version), HelpView.of(h));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getHelp",
            summary = "Read a help record", description = "As recorded and corrected since, voided or not.")
    @APIResponse(responseCode = "200", description = "The record; its ETag is the version for If-Match")
    public RestResponse<HelpView> get(@PathParam("id") String id) {
        return withEtag(book.get(PathAndBody.id("help", id)));
    }

    @PATCH
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT})
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "correctHelp",
            summary = "Correct a help record", description = "A JSON merge patch of the record, checked as a new record is. "
            + "Whoever may record the help as it was and as it becomes may correct it (a county leader its own visits, a "
            + "department its unit's help, a township operator its trainings and practical matters, county admins anything). "
            + "`If-Match` is required; a voided record is 409 `help-voided`. Publishes bastion.assistance.help-corrected.v1, and "
            + "every figure follows the corrected record.")
    @APIResponse(responseCode = "200", description = "Corrected; the record")
    public RestResponse<HelpView> correct(@PathParam("id") String id,
                            @RequestBody(description = "The fields to change (a JSON merge patch of the record)",
                                    content = @Content(schema = @Schema(implementation = HelpDraft.class))) JsonNode patch,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        HelpRecord current = book.get(PathAndBody.id("help", id));
        int version = Preconditions.requiredVersion(ifMatch);
        HelpDraft draft = MergePatch.apply(json, current.toDraft(), patch, HelpDraft.class);
        caller.requireReaches(draft.villageCode() != null ? draft.villageCode() : draft.township());
        return withEtag(book.correct(current.id, version, draft, caller.actor()));
    }

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT})
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "voidHelp",
            summary = "Void a help record", description = "For a record entered by mistake: it stays to be read, with who "
            + "voided it, when and why (`reason`, required), and counts nowhere. The same callers as a correction; `If-Match` "
            + "is required. Publishes bastion.assistance.help-voided.v1.")
    @APIResponse(responseCode = "200", description = "Voided; the record")
    public RestResponse<HelpView> voidRecord(@PathParam("id") String id, VoidRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        HelpRecord current = book.get(PathAndBody.id("help", id));
        int version = Preconditions.requiredVersion(ifMatch);
        return withEtag(book.voidRecord(current.id, version, VoidRequest.of(request, "invalid-help"), caller.actor()));
    }

    private static RestResponse<HelpView> withEtag(HelpRecord h) {
        return Preconditions.versioned(HelpView.of(h), h.version);
    }

    private HelpQuery query(Filters f, LocalDate beforeDate, UUID beforeId, int limit) {
        return new HelpQuery(village(f.villageCode),
                QueryParameters.township(f.township), QueryParameters.uuid("unitId", f.unitId), QueryParameters.uuid("leaderId", f.leaderId),
                QueryParameters.enumValue("kind", f.kind, HelpKind.class), QueryParameters.date("from", f.from), QueryParameters.date("to", f.to), beforeDate, beforeId, limit);
    }

    private static String village(String code) {
        if (code != null && !code.matches("[0-9]{12}")) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("villageCode", "village-code", code)));
        }
        return code;
    }
}
