package io.bastion.assistance.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.assistance.domain.PartnerDraft;
import io.bastion.assistance.domain.Partners;
import io.bastion.assistance.domain.Unit;
import io.bastion.assistance.domain.UnitKind;
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

@Path("/api/v1/units")
@Tag(name = "Registries")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    Partners partners;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listUnits",
            summary = "List helping units", description = "County departments, agencies, enterprises and urban Party organizations, keyset paged by id.")
    @APIResponse(responseCode = "200", description = "A page of units")
    public Page<PartnerViews.UnitView> list(
            @Parameter(description = "COUNTY_DEPARTMENT, AGENCY, ENTERPRISE or URBAN_PARTY_ORGANIZATION",
                    schema = @Schema(implementation = UnitKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "1 to 500 (default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 100, 500);
        return Paging.page(partners.units(QueryParameters.enumValue("kind", kind, UnitKind.class), Paging.decodeId(cursor), size + 1),
                size, u -> u.id.toString(), PartnerViews.UnitView::of, uri);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerUnit",
            summary = "Register a helping unit", description = "Name, kind, and the account its staff sign in with (the token's "
            + "subject). County admins; honours `Idempotency-Key`.")
    @APIResponseSchema(value = PartnerViews.UnitView.class, responseCode = "201", responseDescription = "The unit")
    public RestResponse<PartnerViews.UnitView> register(PartnerDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/units", draft, () -> {
            Unit unit = partners.registerUnit(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/units/" + unit.id), Preconditions.etag(unit.version),
                    PartnerViews.UnitView.of(unit));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getUnit",
            summary = "Read a helping unit")
    @APIResponse(responseCode = "200", description = "The unit")
    public RestResponse<PartnerViews.UnitView> get(@PathParam("id") String id) {
        Unit unit = partners.unit(PathAndBody.id("unit", id));
        return Preconditions.versioned(PartnerViews.UnitView.of(unit), unit.version);
    }
}
