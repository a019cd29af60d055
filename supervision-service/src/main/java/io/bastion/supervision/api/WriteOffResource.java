package io.bastion.supervision.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.cases.CaseFiles;
import io.bastion.platform.api.IdempotentCreate;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.bastion.platform.domain.InvalidInput;
import io.bastion.platform.domain.Violation;
import io.bastion.supervision.domain.FollowUp;
import io.bastion.supervision.domain.WriteOffs;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/write-offs")
@Tag(name = "Acceptance and write-off")
@Produces(MediaType.APPLICATION_JSON)
public class WriteOffResource {

    @Inject
    WriteOffs writeOffs;

    @Inject
    CaseFiles cases;

    @Inject
    Caller caller;

    @Inject
    IdempotentCreate idempotent;

    /** The county's decision to strike a case off. */
    public record WriteOffRequest(UUID caseId, String note) {
    }

    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeOffCase",
            summary = "Write a case off", description = "销号: for a CONSOLIDATING case whose consolidation period since its "
            + "passed acceptance is over (otherwise 409 `consolidation-not-over`, naming the first possible day). village-service "
            + "moves the case to WRITTEN_OFF (bastion.supervision.case-written-off.v1); a follow-up visit (回头看) is scheduled "
            + "and answered here. County admins; honours `Idempotency-Key`.")
    @APIResponseSchema(value = FollowUpView.class, responseCode = "201", responseDescription = "Written off; the follow-up visit it scheduled")
    public RestResponse<FollowUpView> writeOff(WriteOffRequest request, @HeaderParam(IdempotentCreate.HEADER) String key) {
        PathAndBody.required(request);
        if (request.caseId() == null) {
            throw new InvalidInput("invalid-write-off", new Violation("caseId", "required", null));
        }
        // A case the caller does not reach is, to it, not there (404), before anything else is said of the request.
            cases.get(request.caseId());
        return idempotent.create(caller.actor().name(), key, "POST /api/v1/write-offs", request, () -> {
            FollowUp f = writeOffs.writeOff(request.caseId(), request.note(), caller.actor());
            return new IdempotentCreate.Created<>(URI.create("/api/v1/follow-ups/" + f.id), Preconditions.etag(f.version), FollowUpView.of(f));
        });
    }
}
