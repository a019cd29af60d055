package io.bastion.assistance.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.assistance.domain.Leader;
import io.bastion.assistance.domain.PartnerDraft;
import io.bastion.assistance.domain.Partners;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
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

@Path("/api/v1/leaders")
@Tag(name = "Registries", description = "County leaders, helping units and the people units send")
@Produces(MediaType.APPLICATION_JSON)
public class LeaderResource {

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
    @Operation(operationId = "listLeaders",
            summary = "List county leaders", description = "Keyset paged by id.")
    @APIResponse(responseCode = "200", description = "A page of leaders")
    public Page<PartnerViews.LeaderView> list(@Parameter(description = "1 to 500 (default 100)",
                                                      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "100")) @QueryParam("limit") String limit,
                                             @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 100, 500);
        return Paging.page(partners.leaders(Paging.decodeId(cursor), size + 1), size, l -> l.id.toString(), PartnerViews.LeaderView::of, uri);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerLeader",
            summary = "Register a county leader", description = "Name, post, and the account the leader signs in with "
            + "(the token's subject), by which pairings limit what the leader reads. County admins; honours `Idempotency-Key`.")
    @APIResponseSchema(value = PartnerViews.LeaderView.class, responseCode = "201", responseDescription = "The leader")
    public RestResponse<PartnerViews.LeaderView> register(PartnerDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/leaders", draft, () -> {
            Leader leader = partners.registerLeader(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/leaders/" + leader.id), Preconditions.etag(leader.version),
                    PartnerViews.LeaderView.of(leader));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getLeader",
            summary = "Read a county leader")
    @APIResponse(responseCode = "200", description = "The leader")
    public RestResponse<PartnerViews.LeaderView> get(@PathParam("id") String id) {
        Leader leader = partners.leader(PathAndBody.id("leader", id));
        return Preconditions.versioned(PartnerViews.LeaderView.of(leader), leader.version);
    }
}
