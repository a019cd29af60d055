package io.bastion.village.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.village.domain.IndicatorBook;
import io.bastion.village.domain.IndicatorDraft;
import io.bastion.village.domain.VillageIndicator;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

@Path("/api/v1/villages/{code}/indicators")
@Tag(name = "Village indicators", description = "Each village's figures per year, for the stage report")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    IndicatorBook book;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listIndicators",
            summary = "A village's figures, year by year")
    @APIResponse(responseCode = "200", description = "The years recorded")
    public List<IndicatorView> list(@PathParam("code") String code) {
        VillagePaths.require(caller, code);
        return book.of(code).stream().map(IndicatorView::of).toList();
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{year}")
    @Operation(operationId = "getIndicators",
            summary = "A village's figures for a year")
    @APIResponse(responseCode = "200", description = "The figures; the ETag is the version for If-Match")
    public RestResponse<IndicatorView> get(@PathParam("code") String code, @PathParam("year") String year) {
        VillagePaths.require(caller, code);
        VillageIndicator indicator = book.find(code, year(year)).orElseThrow(() -> new NotFound("indicators", code + "/" + year));
        return Preconditions.versioned(IndicatorView.of(indicator), indicator.version);
    }

    @PUT
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR})
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordIndicators",
            summary = "Record a village's figures for a year", description = "The whole record: a first one is "
            + "created (201) without If-Match; replacing one needs `If-Match` with the version read. A venue's area and "
            + "investment go with `venueBuilt: true`. The year cannot be in the future.")
    @APIResponse(responseCode = "200", description = "Replaced (or unchanged)")
    @APIResponseSchema(value = IndicatorView.class, responseCode = "201", responseDescription = "Recorded for the first time")
    public RestResponse<IndicatorView> record(@PathParam("code") String code, @PathParam("year") String year, IndicatorDraft draft,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        VillagePaths.require(caller, code);
        PathAndBody.required(draft);
        Integer expected = ifMatch == null ? null : Preconditions.requiredVersion(ifMatch);
        IndicatorBook.Recorded recorded = book.record(code, year(year), expected, draft, caller.actor());
        VillageIndicator indicator = recorded.indicator();
        RestResponse.ResponseBuilder<IndicatorView> answer = recorded.created()
                ? RestResponse.ResponseBuilder.created(URI.create("/api/v1/villages/" + code + "/indicators/" + indicator.year))
                : RestResponse.ResponseBuilder.ok();
        return answer.entity(IndicatorView.of(indicator)).header(HttpHeaders.ETAG, Preconditions.etag(indicator.version)).build();
    }


    private static int year(String year) {
        try {
            return Integer.parseInt(year);
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("year", "type", year, "integer")));
        }
    }
}
