package io.bastion.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bastion.platform.domain.AuditEntry;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Every write, for the county organization department")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Operation(operationId = "listAuditEntries",
            summary = "Read the audit log", description = "Newest first: the entries of records in the caller's county."
            + " ID-card and phone numbers are kept masked.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public Page<AuditView> list(
            @Parameter(description = "the kind of record, e.g. village, case, plan") @QueryParam("targetType") String targetType,
            @Parameter(description = "the record's key, e.g. a village code or a plan id") @QueryParam("targetKey") String targetKey,
            @Parameter(description = "1 to 500 (default 100)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500",
                    defaultValue = "100")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 100, 500);
        Long before = before(Paging.decode(cursor));
        var query = em.createQuery("from AuditEntry a where (:type is null or a.targetType = :type)"
                        + " and (:key is null or a.targetKey = :key) and (:before is null or a.id < :before) order by a.id desc",
                        AuditEntry.class)
                .setParameter("type", targetType)
                .setParameter("key", targetKey)
                .setParameter("before", before)
                .setMaxResults(size + 1);
        return Paging.page(query.getResultList(), size, a -> Long.toString(a.id), this::view, uri);
    }

    private AuditView view(AuditEntry entry) {
        try {
            return AuditView.of(entry, entry.details == null ? null : json.readValue(entry.details, DETAILS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + entry.id + " holds invalid JSON", e);
        }
    }

    private static Long before(String key) {
        if (key == null) {
            return null;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("cursor", "cursor", key)));
        }
    }
}
