package io.bastion.plan.api;

import jakarta.annotation.security.RolesAllowed;
import io.bastion.platform.security.Roles;
import io.bastion.platform.security.Caller;
import io.bastion.plan.domain.AuditDecision;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanJson;
import io.bastion.plan.domain.PlanReview;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import com.fasterxml.jackson.core.type.TypeReference;
import io.bastion.plan.domain.AuditRule;
import io.bastion.plan.domain.Finding;
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
import java.util.Map;

@Path("/api/v1/plans/{id}/audits")
@Tag(name = "Plan review")
@Produces(MediaType.APPLICATION_JSON)
public class PlanAuditResource {

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
    @Operation(operationId = "listAuditRounds",
            summary = "List a plan's audit rounds", description = "Every round, numbered from 1, as it was recorded: the "
            + "machine check's findings, the auditor's judgement per rule, the decision and the reasons for a return.")
    @APIResponse(responseCode = "200", description = "The rounds, oldest first")
    public List<AuditRoundView> list(@PathParam("id") String id) {
        Plan plan = access.plan(id);
        return review.rounds(plan.id).stream().map(a -> new AuditRoundView(a.round, a.submission, a.decision,
                json.read(a.findings, new TypeReference<Map<AuditRule, List<Finding>>>() { }),
                json.read(a.judgements, new TypeReference<List<AuditDecision.Judgement>>() { }),
                json.read(a.reasons, new TypeReference<List<String>>() { }),
                a.auditedBy, a.auditedAt)).toList();
    }

    @Transactional
    @POST
    @RolesAllowed(Roles.COUNTY_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "auditPlan",
            summary = "Audit a plan (step three)", description = "Records a numbered round: the auditor's judgement on each "
            + "of the three no-pass rules, and `RETURN` with reasons (the plan goes back to the township for refinement) or "
            + "`APPROVE`, which needs all three rules passed by the machine check and by the auditor (otherwise 422 "
            + "`approval-blocked`). Approval starts the measures and moves the case to RECTIFYING in village-service "
            + "(bastion.plan.approved.v1). Only for a plan AWAITING_AUDIT. County admins; `If-Match` is required.")
    @APIResponse(responseCode = "200", description = "Audited; the plan")
    public RestResponse<PlanView> audit(@PathParam("id") String id, AuditDecision decision, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Plan current = access.plan(id);
        int version = Preconditions.requiredVersion(ifMatch);
        review.audit(current.id, version, PathAndBody.required(decision), caller.actor());
        return access.ok(current);
    }
}
