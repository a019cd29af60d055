package io.bastion.village.api;

import io.bastion.platform.api.QueryParameters;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.problem.Messages;
import io.bastion.village.domain.CodeTableImport;
import io.bastion.village.domain.CodeTableRow;
import io.bastion.village.domain.CodeTableSummary;
import io.bastion.village.domain.Division;
import io.bastion.village.domain.DivisionCode;
import io.bastion.village.domain.DivisionDraft;
import io.bastion.village.domain.DivisionRegistry;
import io.bastion.platform.security.Caller;
import io.bastion.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

@Path("/api/v1/divisions")
@Tag(name = "Divisions", description = "Counties and townships, the parents of every village code")
@Produces(MediaType.APPLICATION_JSON)
public class DivisionResource {

    /** What an upload may weigh, however it is sent. */
    @ConfigProperty(name = "bastion.village.max-upload-size")
    MemorySize uploadLimit;

    @Inject
    DivisionRegistry registry;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CodeTableImport codeTable;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR,
            Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listDivisions",
            summary = "List divisions", description = "The townships of a county (`parent`), or the counties when no "
            + "parent is given: of the caller's county (or city, or province) and those above it.")
    @APIResponse(responseCode = "200", description = "A page of divisions")
    public Page<DivisionView> list(
            @Parameter(description = "12-digit code of the parent county",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.DIVISION_CODE)) @QueryParam("parent") String parent,
            @Parameter(description = "page size, 1 to 500 (default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 100, 500);
        List<Division> rows = registry.list(QueryParameters.division("parent", parent), Paging.decode(cursor), size + 1);
        return Paging.page(rows, size, d -> d.code, DivisionView::of, uri);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerDivision",
            summary = "Register a county or township", description = "A township's county must exist first. County "
            + "admins, for their own county and its townships.")
    @APIResponseSchema(value = DivisionView.class, responseCode = "201", responseDescription = "Registered")
    public RestResponse<DivisionView> register(DivisionDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        DivisionDraft body = draft == null ? new DivisionDraft(null, null) : draft;
        caller.requireCovers(body.code());
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/divisions", body, () -> {
            Division division = registry.register(body, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/divisions/" + division.code),
                    Preconditions.etag(division.version), DivisionView.of(division));
        });
    }

    @POST
    @Path("import")
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(VillageExchangeResource.CSV)
    @Operation(operationId = "importDivisions",
            summary = "Import the official division code table", description = "CSV with a header line: code, name and "
            + "urbanRuralClass (villages only), as in the statistical division and urban-rural classification code table; "
            + "UTF-8 unless the Content-Type names a charset. Counties and townships are registered or renamed, parents "
            + "first whatever the order of the lines; villages are registered or get their name and class updated, keeping "
            + "their other figures. Lines that break a rule are listed and skipped. `dryRun=true` checks it all and writes "
            + "nothing. County admins; lines outside their county are refused line by line.")
    @APIResponse(responseCode = "200", description = "The import summary, for divisions and villages")
    public CodeTableSummaryView importCodeTable(InputStream body, @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
                                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                                @Context HttpHeaders headers) {
        boolean checkOnly = Boolean.TRUE.equals(QueryParameters.bool("dryRun", dryRun));
        Iterator<ImportReader.CsvRow> lines = ImportReader.rows(ImportReader.reader(body, contentType, uploadLimit.asLongValue()),
                List.of("code", "name", "urbanRuralClass"), Set.of(), Set.of("code", "name"));
        List<CodeTableRow> rows = new ArrayList<>();
        lines.forEachRemaining(row -> rows.add(new CodeTableRow(row.line(), ImportReader.text(row.values().get("code")),
                ImportReader.text(row.values().get("name")), ImportReader.text(row.values().get("urbanRuralClass")))));
        CodeTableSummary summary = codeTable.run(rows, caller.divisionPrefix(), checkOnly, caller.actor());
        return CodeTableSummaryView.of(summary, Messages.localeOf(headers));
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR,
            Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "getDivision",
            summary = "Read a county or township", description = "One of the caller's county (or city, or province), "
            + "or one above it; any other is not found.")
    @APIResponse(responseCode = "200", description = "The division")
    public RestResponse<DivisionView> get(@PathParam("code") String code) {
        if (!DivisionCode.check("code", code).isEmpty()) {
            throw new NotFound("division", code);
        }
        Division division = registry.get(code);
        return Preconditions.versioned(DivisionView.of(division), division.version);
    }
}
