package io.bastion.platform.api;

import io.bastion.platform.domain.VoidReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a record entered by mistake is voided: what every void operation takes. */
@Schema(name = "VoidRequest", description = "Why the record is voided; required, up to 2,000 characters")
public record VoidRequest(@Schema(example = "与另一条记录重复") String reason) {

    /** The reason given, trimmed; a missing body is a missing reason. */
    public static String of(VoidRequest request, String problem) {
        return VoidReason.required(request == null ? null : request.reason(), problem);
    }
}
