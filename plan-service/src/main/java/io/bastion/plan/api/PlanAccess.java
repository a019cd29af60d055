package io.bastion.plan.api;

import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanRegistry;
import io.bastion.plan.security.CallerScope;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

/**
 * A plan named in a path, checked against the caller's scope, and the plan as the API shows it.
 * Resources that change a plan run in one transaction from reading it to answering, so the answer
 * shows what the change did.
 */
@RequestScoped
public class PlanAccess {

    public enum Need { READ, WRITE, COUNTY }

    @Inject
    PlanRegistry plans;

    @Inject
    CallerScope scope;

    @Inject
    EntityManager em;

    /** The plan, if it exists and the caller may do what it needs to; an id that is no UUID names nothing. */
    public Plan plan(String id, Need need) {
        Plan plan = plans.get(PathAndBody.id("plan", id));
        switch (need) {
            case READ -> scope.requireRead(plan.villageCode);
            case WRITE -> scope.requireWrite(plan.villageCode);
            case COUNTY -> scope.requireCounty(plan.villageCode);
        }
        return plan;
    }

    public PlanView view(Plan plan) {
        return PlanView.of(plan, plans.caseOf(plan), plans.draftOf(plan), plans.measures(plan.id));
    }

    /**
     * 200 with the plan and its ETag. Inside a write's transaction the change is flushed first, so the
     * version shown is the one it gets.
     */
    public Response ok(Plan plan) {
        if (QuarkusTransaction.isActive()) {
            em.flush();
        }
        return Response.ok(view(plan)).header(HttpHeaders.ETAG, Preconditions.etag(plan.version)).build();
    }
}
