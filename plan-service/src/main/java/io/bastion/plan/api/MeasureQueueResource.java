package io.bastion.plan.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.plan.domain.CampaignCalendar;
import io.bastion.plan.domain.MeasureQuery;
import io.bastion.plan.domain.MeasureStatus;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanRegistry;
import io.bastion.plan.domain.WorkQueues;
import io.bastion.platform.api.Page;
import io.bastion.platform.api.Paging;
import io.bastion.platform.api.QueryParameters;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/measures")
@Tag(name = "Measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureQueueResource {

    @Inject
    WorkQueues queues;

    @Inject
    PlanRegistry plans;

    @Inject
    CampaignCalendar calendar;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listMeasures",
            summary = "List measures of approved plans", description = "In the caller's division, by deadline, keyset paged: "
            + "`overdue=true` for open measures past their deadline, `dueWithin=N` for open measures due in the next N days.")
    @APIResponse(responseCode = "200", description = "A page of measures")
    public Page<MeasureDetailView.Queued> list(
            @Parameter(description = "9-digit township code",
                    schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.TOWNSHIP_CODE)) @QueryParam("township") String township,
            @Parameter(description = "true: open and past the deadline; false: the others",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("overdue") String overdue,
            @Parameter(description = "open and due within this many days (0 to 366)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "366")) @QueryParam("dueWithin") String dueWithin,
            @Parameter(description = "OPEN or COMPLETED",
                    schema = @Schema(implementation = MeasureStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "1 to 500 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Paging.limit(limit, 50, 500);
        LocalDate today = calendar.today();
        MeasureQuery query = new MeasureQuery(QueryParameters.township(township),
                QueryParameters.bool("overdue", overdue), QueryParameters.count("dueWithin", dueWithin, 366),
                QueryParameters.enumValue("status", status, MeasureStatus.class), today, Paging.decode(cursor), size + 1);
        Map<UUID, Plan> byId = new HashMap<>();
        return Paging.page(queues.measures(query), size, m -> m.deadline + "|" + m.id,
                m -> MeasureDetailView.Queued.of(byId.computeIfAbsent(m.planId, plans::get), m, today), uri);
    }
}
