package io.bastion.plan.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanDiff;
import io.bastion.plan.domain.PlanDraft;
import io.bastion.plan.domain.PlanJson;
import io.bastion.plan.domain.PlanReview;
import io.bastion.plan.domain.Submission;
import io.bastion.platform.api.QueryParameters;
import io.bastion.platform.domain.NotFound;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/plans/{id}/submissions")
@Tag(name = "Plan review", description = "The county's evaluation and audit rounds, and every submitted version")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    @Inject
    PlanAccess access;

    @Inject
    PlanReview review;

    @Inject
    PlanJson json;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listSubmissions",
            summary = "List a plan's submissions", description = "Every time the township submitted it, oldest first.")
    @APIResponse(responseCode = "200", description = "The submissions, without their text")
    public List<SubmissionView> list(@PathParam("id") String id) {
        Plan plan = access.plan(id);
        return review.submissions(plan.id).stream().map(s -> new SubmissionView(s.number, s.submittedBy, s.submittedAt, null)).toList();
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{number}")
    @Operation(operationId = "getSubmission",
            summary = "Read a submitted version", description = "The plan exactly as it was submitted that time; it never changes.")
    @APIResponse(responseCode = "200", description = "The submission with the plan's text")
    public SubmissionView get(@PathParam("id") String id, @PathParam("number") String number) {
        Plan plan = access.plan(id);
        Submission s = submission(plan, number);
        return new SubmissionView(s.number, s.submittedBy, s.submittedAt, json.read(s.snapshot, PlanDraft.class));
    }

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Path("{number}/diff")
    @Operation(operationId = "diffSubmission",
            summary = "What changed since an earlier submission", description = "Goals, meetings, and each problem and "
            + "measure by key (added, removed, changed field by field) between submission `from` (default: the one before) "
            + "and this one.")
    @APIResponse(responseCode = "200", description = "The differences")
    public DiffView diff(@PathParam("id") String id, @PathParam("number") String number,
                         @Parameter(description = "the earlier submission's number",
                                 schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000")) @QueryParam("from") String from) {
        Plan plan = access.plan(id);
        Submission after = submission(plan, number);
        Submission before = from == null ? submission(plan, String.valueOf(after.number - 1))
                : submission(plan, String.valueOf(QueryParameters.count("from", from, 1000)));
        PlanDiff diff = PlanDiff.between(json.read(before.snapshot, PlanDraft.class), json.read(after.snapshot, PlanDraft.class));
        return new DiffView(before.number, after.number, diff.isEmpty(), diff);
    }

    private Submission submission(Plan plan, String number) {
        return review.submissions(plan.id).stream().filter(s -> String.valueOf(s.number).equals(number)).findFirst()
                .orElseThrow(() -> new NotFound("submission", plan.id + "/" + number));
    }
}
