package io.bastion.supervision.api;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.QueryParameters;
import io.bastion.supervision.domain.Accountability;
import io.bastion.supervision.domain.AccountabilityDraft;
import io.bastion.supervision.domain.AccountabilityRecord;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/accountability")
@Tag(name = "Interviews and accountability")
@Produces(MediaType.APPLICATION_JSON)
public class AccountabilityResource {

    @Inject
    Accountability accountability;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @Schema(name = "Accountability", description = "Who was held to account for which failed task, on what ground, and how")
    public record AccountabilityView(UUID id, String townshipCode, String villageCode, String failedTask,
                                     @Schema(description = "WEEKLY_REPORTS, OVERDUE_MEASURES, FAILED_ACCEPTANCE, INSPECTION_FINDING, INTERVIEW_NOT_KEPT or OTHER")
                                     String ground, String reference, List<AccountabilityDraft.Person> persons,
                                     LocalDate decidedOn, String decidedBy, String recordedBy, OffsetDateTime recordedAt) {
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listAccountability",
            summary = "List accountability decisions", description = "In the caller's division, keyset paged by id.")
    @APIResponse(responseCode = "200", description = "A page of decisions")
    public Page<AccountabilityView> list(@Parameter(description = "9-digit township code",
                                                 schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
                                         @Parameter(description = "1 to 500 (default 50)",
                                                 schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
                                         @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        return Paging.page(accountability.list(QueryParameters.township(township), Paging.decodeId(cursor),
                size + 1), size, a -> a.id.toString(), this::view, uri);
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAccountability",
            summary = "Record an accountability decision", description = "The failed task, the ground it rests on and the record "
            + "behind it, the people held to account with their sanctions, when and by whom it was decided. County admins; "
            + "honours `Idempotency-Key`. Publishes bastion.supervision.accountability-recorded.v1 (without names).")
    @APIResponseSchema(value = AccountabilityView.class, responseCode = "201", responseDescription = "The decision")
    public RestResponse<AccountabilityView> record(AccountabilityDraft draft, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(draft);
        if (draft.township() != null) {
            caller.requireCovers(draft.township());
        }
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/accountability", draft, () -> {
            AccountabilityRecord a = accountability.record(draft, caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/accountability/" + a.id), null, view(a));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.INSPECTOR, Roles.CITY_VIEWER,
            Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{id}")
    @Operation(operationId = "getAccountability",
            summary = "Read an accountability decision")
    @APIResponse(responseCode = "200", description = "The decision")
    public AccountabilityView get(@PathParam("id") String id) {
        AccountabilityRecord a = accountability.get(PathAndBody.id("accountability", id));
        return view(a);
    }

    private AccountabilityView view(AccountabilityRecord a) {
        try {
            return new AccountabilityView(a.id, a.townshipCode, a.villageCode, a.failedTask, a.ground, a.reference,
                    json.readValue(a.persons, new TypeReference<List<AccountabilityDraft.Person>>() { }), a.decidedOn, a.decidedBy, a.recordedBy, a.recordedAt);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
