package io.bastion.supervision.api;

import io.bastion.platform.api.PathAndBody;
import io.bastion.supervision.domain.Checklist;
import io.bastion.supervision.domain.ChecklistItem;
import io.bastion.supervision.security.CallerScope;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Authenticated
@Path("/api/v1/acceptance-checklist")
@Tag(name = "Acceptance and write-off")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    @Inject
    Checklist checklist;

    @Inject
    CallerScope scope;

    @Schema(name = "Checklist", description = "The acceptance checklist: items and the points each is worth, 100 in all")
    public record ChecklistView(List<Checklist.ItemDraft> items) {
        static ChecklistView of(List<ChecklistItem> items) {
            return new ChecklistView(items.stream().map(i -> new Checklist.ItemDraft(i.code, i.title, i.weight)).toList());
        }
    }

    @GET
    @Operation(summary = "Read the acceptance checklist")
    @APIResponse(responseCode = "200", description = "The checklist")
    public ChecklistView get() {
        scope.requireList();
        return ChecklistView.of(checklist.items());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the acceptance checklist", description = "Replaces the items; their weights must total 100 "
            + "(422 `weights-total-100` otherwise). Acceptances already scored keep their scores. County admins.")
    @APIResponse(responseCode = "200", description = "The new checklist")
    public ChecklistView replace(ChecklistView body) {
        scope.requireCountyAdmin();
        return ChecklistView.of(checklist.replace(PathAndBody.required(body).items(), scope.actor()));
    }
}
