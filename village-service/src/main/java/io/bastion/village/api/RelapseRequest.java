package io.bastion.village.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Relapse", description = "A relapse found at a follow-up visit; the new case takes the old one's categories unless others are given.")
public record RelapseRequest(
        @Schema(example = "[\"TEAM_DISUNITED\"]") List<String> categories,
        @Schema(example = "回头看发现班子内耗再次出现") String basis) {
}
