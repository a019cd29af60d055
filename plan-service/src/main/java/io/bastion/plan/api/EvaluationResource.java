package io.bastion.plan.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.plan.domain.EvaluationDraft;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanJson;
import io.bastion.plan.domain.PlanReview;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/api/v1/plans/{id}/evaluations")
@Tag(name = "Plan review")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    PlanAccess access;

    @Inject
    PlanReview review;

    @Inject
    PlanJson json;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OPERATOR, Roles.COUNTY_LEADER, Roles.DEPARTMENT,
            Roles.INSPECTOR, Roles.CITY_VIEWER, Roles.PROVINCE_VIEWER, Roles.EXCHANGE_CLIENT})
    @Operation(operationId = "listEvaluations",
            summary = "List a plan's evaluations", description = "The county's evaluations, one per evaluated submission.")
    @APIResponse(responseCode = "200", description = "The evaluations")
    public List<EvaluationView> list(@PathParam("id") String id) {
        Plan plan = access.plan(id);
        return review.evaluations(plan.id).stream().map(e -> new EvaluationView(e.submission, e.feasibility, e.expectedEffect,
                json.read(e.suggestions, new TypeReference<List<EvaluationDraft.Suggestion>>() { }), e.evaluatedBy, e.evaluatedAt)).toList();
    }

    @Transactional
    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluatePlan",
            summary = "Evaluate a submitted plan (step two)", description = "The county organization department judges "
            + "feasibility and expected effect through the eight remedies (八治) and writes suggestions by remedy. Only for a "
            + "plan AWAITING_EVALUATION (otherwise 409); it then awaits the audit. County admins; `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "Evaluated; the plan")
    public RestResponse<PlanView> evaluate(@PathParam("id") String id, EvaluationDraft draft, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Plan current = access.plan(id);
        int version = Preconditions.requiredVersion(ifMatch);
        review.evaluate(current.id, version, PathAndBody.required(draft), caller.actor());
        return access.ok(current);
    }
}
