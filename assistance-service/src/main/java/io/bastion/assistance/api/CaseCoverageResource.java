package io.bastion.assistance.api;

import io.bastion.cases.CaseFileStatus;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.assistance.domain.CaseQuery;
import io.bastion.assistance.domain.Coverage;
import io.bastion.assistance.domain.HelpBook;
import io.bastion.assistance.domain.HelpQuery;
import io.bastion.assistance.domain.HelpTotals;
import io.bastion.assistance.domain.Pairing;
import io.bastion.assistance.domain.Pairings;
import io.bastion.cases.CaseFile;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.Now;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/cases")
@Tag(name = "Coverage", description = "Each case's contact and paired units; cases without a contact")
@Produces(MediaType.APPLICATION_JSON)
public class CaseCoverageResource {

    @Inject
    CaseFiles cases;

    @Inject
    Pairings pairings;

    @Inject
    Coverage coverage;

    @Inject
    HelpBook help;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @Schema(name = "CaseAssistance", description = "A case's coverage, every pairing it has had, and the help it received")
    public record CaseAssistance(CaseCoverageView coverage, List<PairingView> pairings, HelpTotals help) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listCases",
            summary = "List cases and their coverage", description = "Cases in the caller's division by village code, keyset paged, "
            + "each with its county-leader contact and paired units; `uncovered=true` lists the open cases without a contact and "
            + "how long they have gone without one. A county leader or a department sees only its paired cases.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    public Page<CaseCoverageView> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "the case's lifecycle status",
                    schema = @Schema(implementation = CaseFileStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "true: open cases without a county-leader contact",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("uncovered") String uncovered,
            @Parameter(description = "1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        OffsetDateTime now = Now.timestamp();
        List<CaseFile> page = coverage.list(new CaseQuery(QueryParameters.township(township), CaseFileStatus.ofQuery(status),
                QueryParameters.bool("uncovered", uncovered), Paging.decodeKeyed(cursor), size + 1));
        Map<UUID, List<Pairing>> pairingsOf = pairings.ofCases(page.stream().map(c -> c.caseId).toList());
        return Paging.page(page, size, c -> c.villageCode + "|" + c.caseId,
                c -> CaseCoverageView.of(c, pairingsOf.getOrDefault(c.caseId, List.of()), now), uri);
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getCase",
            summary = "A case's assistance", description = "Its coverage, every pairing it has had (handovers included) and the "
            + "totals of help its village received.")
    @APIResponse(responseCode = "200", description = "The case's assistance")
    public CaseAssistance get(@PathParam("id") String id) {
        CaseFile c = cases.get(PathAndBody.id("case", id));
        List<Pairing> all = pairings.ofCase(c.caseId);
        List<HelpTotals> totals = help.totals(HelpBook.By.VILLAGE, new HelpQuery(c.villageCode, null,
                null, null, null, null, null, null, null, 0));
        return new CaseAssistance(CaseCoverageView.of(c, all, Now.timestamp()),
                all.stream().map(PairingView::of).toList(), totals.isEmpty() ? HelpBook.nothing(c.villageCode) : totals.get(0));
    }
}
