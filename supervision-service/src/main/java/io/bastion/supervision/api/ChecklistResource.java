package io.bastion.supervision.api;

import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.domain.Violation;
import io.bastion.platform.problem.ApiProblem;
import io.bastion.platform.security.Caller;
import io.bastion.platform.security.Roles;
import io.bastion.supervision.domain.Checklist;
import io.bastion.supervision.domain.ChecklistItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/acceptance-checklist")
@Tag(name = "Acceptance and write-off")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    @Inject
    Checklist checklist;

    @Inject
    Caller caller;

    @Schema(name = "ChecklistDraft", description = "A county's acceptance checklist as it sets it: items and the points each is "
            + "worth, 100 in all")
    public record ChecklistDraft(List<Checklist.ItemDraft> items) {
    }

    @Schema(name = "Checklist", description = "An acceptance checklist: a county's own, or the national one a county uses until "
            + "it sets its own")
    public record ChecklistView(@Schema(description = "the county whose checklist this is; absent for the national one",
            example = "410423") String county,
                                @Schema(description = "true for the national checklist, which no county changes") boolean national,
                                List<Checklist.ItemDraft> items) {
        static ChecklistView of(List<ChecklistItem> items) {
            String division = items.isEmpty() ? Checklist.NATIONAL : items.get(0).division;
            return new ChecklistView(division.isEmpty() ? null : division, division.isEmpty(),
                    items.stream().map(i -> new Checklist.ItemDraft(i.code, i.title, i.weight)).toList());
        }
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT, Roles.INSPECTOR,
            Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "getChecklist",
            summary = "Read the acceptance checklist", description = "The checklist a county's acceptances are scored against: "
            + "its own once it has set one, the national one until then. The caller's county by default; a city or province "
            + "viewer names one of its counties with `county`, or reads the national checklist without it.")
    @APIResponse(responseCode = "200", description = "The checklist")
    public ChecklistView get(@Parameter(description = "6-digit code of a county in the caller's division",
                                     schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{6}$"))
                             @QueryParam("county") String county) {
        String division = caller.divisionPrefix();
        String chosen = county != null ? county : division.length() >= 6 ? division.substring(0, 6) : Checklist.NATIONAL;
        if (!chosen.isEmpty() && !chosen.matches("[0-9]{6}")) {
            throw new ApiProblem(400, "malformed-request", List.of(new Violation("county", "county-code", county)));
        }
        if (county != null && !division.startsWith(county)) {
            caller.requireCovers(county);
        }
        return ChecklistView.of(checklist.items(chosen));
    }

    @PUT
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceChecklist",
            summary = "Set the county's acceptance checklist", description = "Replaces the items of the caller's county's own "
            + "checklist (the national one and other counties' stay as they are); their weights must total 100 (422 "
            + "`weights-total-100` otherwise). Acceptances already scored keep their scores. County admins.")
    @APIResponse(responseCode = "200", description = "The county's new checklist")
    public ChecklistView replace(ChecklistDraft body) {
        return ChecklistView.of(checklist.replace(PathAndBody.required(body).items(), caller.actor()));
    }
}
