package io.bastion.platform.api;

import io.bastion.platform.domain.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@Schema(name = "AuditEntry", description = "One write: who, when, what, from which request.")
public record AuditView(long id, OffsetDateTime at, String actor, List<String> roles, String action,
                        String targetType, String targetKey,
                        @Schema(description = "the division of the record written", example = "410423203201") String division,
                        String requestId,
                        @Schema(description = "what the request carried, field by field as the operation that `action` "
                                + "names takes its body; ID-card and phone numbers masked") Map<String, Object> details) {

    public static AuditView of(AuditEntry e, Map<String, Object> details) {
        return new AuditView(e.id, e.at, e.actor, e.roles.isEmpty() ? List.of() : Arrays.asList(e.roles.split(",")),
                e.action, e.targetType, e.targetKey, e.division, e.requestId, details);
    }
}
