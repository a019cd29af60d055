package io.bastion.assistance.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.assistance.domain.Envoy;
import io.bastion.assistance.domain.EnvoyDraft;
import io.bastion.assistance.domain.Partners;
import io.bastion.assistance.domain.Unit;
import io.bastion.platform.api.IdempotentCreate;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

@Path("/api/v1/units/{id}/envoys")
@Tag(name = "Registries")
@Produces(MediaType.APPLICATION_JSON)
public class EnvoyResource {

    @Inject
    Partners partners;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listEnvoys",
            summary = "List the people a unit sends", description = "Phones are masked for roles that may not see personal data.")
    @APIResponse(responseCode = "200", description = "The unit's envoys")
    public List<PartnerViews.EnvoyView> list(@PathParam("id") String id) {
        Unit unit = partners.unit(PathAndBody.id("unit", id));
        boolean personalData = caller.seesPersonalData() || unit.account.equals(caller.account());
        return partners.envoys(unit.id).stream().map(e -> PartnerViews.EnvoyView.of(e, personalData)).toList();
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerEnvoy",
            summary = "Register a person the unit sends", description = "Name, post and phone (personal data). County admins; "
            + "honours `Idempotency-Key`.")
    @APIResponseSchema(value = PartnerViews.EnvoyView.class, responseCode = "201", responseDescription = "The envoy")
    public RestResponse<PartnerViews.EnvoyView> register(@PathParam("id") String id, EnvoyDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        Unit unit = partners.unit(PathAndBody.id("unit", id));
        PathAndBody.required(draft);
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/units/" + unit.id + "/envoys", draft, () -> {
            Envoy envoy = partners.registerEnvoy(unit.id, draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/units/" + unit.id + "/envoys"), Preconditions.etag(envoy.version),
                    PartnerViews.EnvoyView.of(envoy, true));
        });
    }
}
