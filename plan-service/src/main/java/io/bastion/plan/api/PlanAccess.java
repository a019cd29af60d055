package io.bastion.plan.api;

import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanRegistry;
import io.bastion.platform.api.PathAndBody;
import io.bastion.platform.api.Preconditions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/**
 * A plan named in a path, and the plan as the API shows it.
 * Resources that change a plan run in one transaction from reading it to answering, so the answer
 * shows what the change did.
 */
@RequestScoped
public class PlanAccess {

    @Inject
    PlanRegistry plans;

    @Inject
    EntityManager em;

    /**
     * The plan, if the caller reaches it (its scope, by row-level security); any other, like an id that
     * is no UUID, names nothing (404). What the caller may do with it is its role's, per operation.
     */
    public Plan plan(String id) {
        return plans.get(PathAndBody.id("plan", id));
    }

    public PlanView view(Plan plan) {
        return PlanView.of(plan, plans.caseOf(plan), plans.draftOf(plan), plans.measures(plan.id));
    }

    /**
     * 200 with the plan and its ETag. Inside a write's transaction the change is flushed first, so the
     * version shown is the one it gets.
     */
    public RestResponse<PlanView> ok(Plan plan) {
        if (QuarkusTransaction.isActive()) {
            em.flush();
        }
        return Preconditions.versioned(view(plan), plan.version);
    }
}
