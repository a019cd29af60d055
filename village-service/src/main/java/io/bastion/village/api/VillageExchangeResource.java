package io.bastion.village.api;

import io.bastion.platform.api.QueryParameters;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.problem.Messages;
import io.bastion.village.domain.ImportLine;
import io.bastion.village.domain.ImportSummary;
import io.bastion.village.domain.Village;
import io.bastion.village.domain.VillageImport;
import io.bastion.village.domain.VillageQuery;
import io.bastion.village.domain.VillageRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/villages")
@Tag(name = "Villages: bulk exchange", description = "Import and export of the register as CSV or NDJSON")
public class VillageExchangeResource {

    /** What an upload may weigh, however it is sent. */
    @ConfigProperty(name = "bastion.village.max-upload-size")
    MemorySize uploadLimit;

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";
    private static final int EXPORT_PAGE = 1000;

    @Inject
    VillageImport importer;

    @Inject
    VillageRegistry registry;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    VillageViews views;

    @POST
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Path("import")
    @Consumes({CSV, NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importVillages",
            summary = "Import villages", description = "CSV with a header line (columns code, name, urbanRuralClass, "
            + "households, population, partyMembers, partyOrganizationForm; an export's extra columns are ignored) or NDJSON, "
            + "one object a line; UTF-8 unless the Content-Type names a charset (e.g. `text/csv; charset=GBK`). Each line is "
            + "registered, updated, found unchanged or rejected with every rule it broke; the rest is imported. A file that "
            + "cannot be read is a 400 and changes nothing. `dryRun=true` checks everything and writes nothing.")
    @APIResponse(responseCode = "200", description = "The import summary")
    public ImportSummaryView importVillages(InputStream body,
                                            @Parameter(description = "check only, write nothing",
                                                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("dryRun") String dryRun,
                                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        boolean checkOnly = Boolean.TRUE.equals(QueryParameters.bool("dryRun", dryRun));
        Reader reader = ImportReader.reader(body, contentType, uploadLimit.asLongValue());
        Iterator<ImportLine> lines = MediaType.valueOf(contentType).isCompatible(MediaType.valueOf(NDJSON))
                ? ImportReader.ndjson(reader, json) : ImportReader.csv(reader);
        ImportSummary summary = importer.run(lines, caller.divisionPrefix(), checkOnly, caller.actor());
        return ImportSummaryView.of(summary, Messages.localeOf(headers));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER,
            Roles.EXCHANGE_CLIENT})
    @Path("export")
    @Produces({CSV, NDJSON})
    @Operation(operationId = "exportVillages",
            summary = "Export villages", description = "Every village in the caller's division, in code order, as CSV "
            + "(`Accept: text/csv`, the columns of an import and township, county, version, updatedAt) or NDJSON "
            + "(`Accept: application/x-ndjson`, one village as the API shows it a line). An export can be imported again.")
    @APIResponse(responseCode = "200", description = "The villages", content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "code,name,urbanRuralClass,households,population,partyMembers,partyOrganizationForm,township,county,version,updatedAt\n"
                            + "410423101201,张岗村,121,775,2724,38,BRANCH,410423101,410423,0,\"2026-11-30T06:32:31.438483+08:00\"\n"),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))})
    public Response export(@HeaderParam(HttpHeaders.ACCEPT) String accept,
                           @Parameter(description = "overrides Accept",
                                   schema = @Schema(enumeration = {"csv", "ndjson"})) @QueryParam("format") String format) {
        boolean ndjson = "ndjson".equals(format) || (format == null && accept != null && accept.contains(NDJSON));
        if (format != null && !format.equals("csv") && !format.equals("ndjson")) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("format", "one-of", format, "[csv, ndjson]")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             SequenceWriter rows = ndjson
                     ? json.writer().withRootValueSeparator("\n").writeValues(writer)
                     : new CsvMapper().writer(exportSchema()).writeValues(writer)) {
            String after = null;
            List<Village> page;
            do {
                page = registry.list(VillageQuery.all(after, EXPORT_PAGE));
                var view = views.forAll(page);
                for (Village village : page) {
                    rows.write(ndjson ? view.apply(village) : csvRow(view.apply(village)));
                }
                after = page.isEmpty() ? after : page.get(page.size() - 1).code;
            } while (page.size() == EXPORT_PAGE);
            if (ndjson) {
                writer.write("\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toByteArray(), (ndjson ? NDJSON : CSV) + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=villages." + (ndjson ? "ndjson" : "csv"))
                .build();
    }

    private static CsvSchema exportSchema() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        ImportReader.COLUMNS.forEach(schema::addColumn);
        List.of("township", "county", "version", "updatedAt").forEach(schema::addColumn);
        return schema.build();
    }

    private Map<String, Object> csvRow(VillageView view) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", view.code());
        row.put("name", view.name());
        row.put("urbanRuralClass", view.urbanRuralClass());
        row.put("households", view.households());
        row.put("population", view.population());
        row.put("partyMembers", view.partyMembers());
        row.put("partyOrganizationForm", view.partyOrganizationForm());
        row.put("township", view.township());
        row.put("county", view.county());
        row.put("version", view.version());
        // Through the JSON mapper, so the CSV shows times at the same offset as the JSON API.
        row.put("updatedAt", json.convertValue(view.updatedAt(), String.class));
        return row;
    }
}
