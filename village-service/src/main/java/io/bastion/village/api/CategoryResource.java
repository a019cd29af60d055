package io.bastion.village.api;

import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.domain.CampaignYears;
import io.bastion.platform.domain.Now;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.security.Caller;
import io.bastion.platform.security.Roles;
import io.bastion.village.domain.CategoryCatalogue;
import io.bastion.village.domain.WeaknessCategory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/campaigns/{year}/categories")
@Tag(name = "Weakness categories", description = "The catalogue a case's categories come from, per campaign year")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CategoryCatalogue catalogue;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listCategories",
            summary = "The year's catalogue", description = "The national categories, then the county's own for the year.")
    @APIResponse(responseCode = "200", description = "The categories")
    public List<CategoryView> list(@PathParam("year") String year) {
        return catalogue.of(year(year)).stream().map(CategoryView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCategory",
            summary = "Add a county category for the year", description = "County admins. Codes are upper case "
            + "(`[A-Z][A-Z0-9_]+`) and unique within the year's catalogue, national list included.")
    @APIResponseSchema(value = CategoryView.class, responseCode = "201", responseDescription = "Added")
    public RestResponse<CategoryView> add(@PathParam("year") String year, NewCategory category, @HeaderParam(IdempotentCreate.HEADER) String key) {
        int campaignYear = year(year);
        NewCategory given = PathAndBody.required(category);
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/campaigns/" + campaignYear + "/categories", given, () -> {
            WeaknessCategory added = catalogue.add(campaignYear, given.code(), given.name(), given.nameEn(), caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/campaigns/" + added.campaignYear + "/categories"), null,
                    CategoryView.of(added));
        });
    }

    private static int year(String year) {
        LocalDate today = Now.today();
        try {
            int y = Integer.parseInt(year);
            if (CampaignYears.plausible(y, today)) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ApiProblem(400, "malformed-request", List.of(new Violation("year", "range", year, CampaignYears.FIRST,
                CampaignYears.last(today))));
    }
}
