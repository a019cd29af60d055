package io.bastion.plan;

import io.bastion.devstack.infra.TestInfrastructure;
import io.bastion.plan.domain.Plan;
import io.bastion.plan.domain.PlanRegistry;
import io.bastion.platform.domain.Actor;
import io.bastion.platform.domain.NotFound;
import io.bastion.platform.persistence.TransactionDoomed;
import io.bastion.platform.persistence.TransactionOutcomes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import org.hibernate.exception.ConstraintViolationException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import static io.bastion.plan.Callers.countyAdmin;
import static io.bastion.plan.Callers.identify;
import static io.bastion.plan.Callers.township;
import static io.bastion.plan.PlanBodies.measure;
import static io.bastion.plan.PlanBodies.plan;
import static io.bastion.plan.PlanBodies.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The transaction manager dooms a transaction underneath the work when it cannot enlist a pooled
 * connection that died with a restarting server (found by the fault drill: a plan that was there was
 * answered 404). In such a transaction Hibernate's {@code find} answers null instead of failing, and a
 * method that returns is rolled back in silence. Every {@code @Transactional} method's outcome is
 * judged by the platform: both become {@link TransactionDoomed}, which the API answers 503.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class DoomedTransactionTest {

    private static final String VILLAGE = "410423203392";
    private static final String GOALS = "一年内配齐配强班子，规范村务公开";

    @Inject
    Work work;

    /** One plan for every test: none of them changes it for good. */
    private static UUID planId;

    @BeforeEach
    void aPlan() {
        if (planId == null) {
            String caseId = identify(VILLAGE, "TEAM_INCOMPLETE");
            Response drafted = township().body(plan(caseId, problem("P1", "TEAM_INCOMPLETE"), measure("M1", "P1"))).post("/api/v1/plans");
            planId = UUID.fromString(drafted.then().statusCode(201).extract().path("id"));
        }
    }

    @Test
    void aPlanReadAfterTheSessionDiedInADoomedTransactionIsNotAnsweredAbsent() {
        TransactionDoomed doomed = assertThrows(TransactionDoomed.class, () -> work.readAfterTheSessionDied(planId));
        assertInstanceOf(NotFound.class, doomed.getCause(), "what the work concluded from Hibernate's null");
        countyAdmin().get("/api/v1/plans/" + planId).then().statusCode(200);
    }

    @Test
    void aChangeInADoomedTransactionIsNotAcknowledged() {
        assertThrows(TransactionDoomed.class, () -> work.changeAndDoom(planId));
        countyAdmin().get("/api/v1/plans/" + planId).then().statusCode(200).body("goals", equalTo(GOALS));
    }

    @Test
    void aRollbackOnPurposeIsNoFailure() {
        assertEquals("dry run", work.changeAndRollBackOnPurpose(planId));
        countyAdmin().get("/api/v1/plans/" + planId).then().statusCode(200).body("goals", equalTo(GOALS));
    }

    @Test
    void aRefusalFromAMethodThatJoinedTheTransactionStaysARefusal() {
        // The joined method's transaction interceptor marks the transaction on the way out; that is not a doom.
        NotFound missing = assertThrows(NotFound.class, () -> work.reviseAPlanThatIsNot());
        assertEquals("plan", missing.kind());
    }

    @Test
    void aFailureOfTheDatabaseItselfStaysWhatItIs() {
        PersistenceException duplicate = assertThrows(PersistenceException.class, () -> work.claimTwice("doomed-test-" + UUID.randomUUID()));
        assertInstanceOf(ConstraintViolationException.class, duplicate);
    }

    @ApplicationScoped
    static class Work {

        @Inject
        EntityManager em;

        @Inject
        TransactionManager transactions;

        @Inject
        TransactionOutcomes outcomes;

        @Inject
        PlanRegistry plans;

        /** What happens when the pool hands out a connection its server ended: no enlistment, then no session. */
        @Transactional
        public Plan readAfterTheSessionDied(UUID id) throws SystemException, SQLException {
            int session = ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
            transactions.setRollbackOnly();
            end(session);
            return plans.get(id);
        }

        @Transactional
        public String changeAndDoom(UUID id) throws SystemException {
            plans.get(id).goals = "不该留下的目标";
            em.flush();
            transactions.setRollbackOnly();
            return "done";
        }

        @Transactional
        public String changeAndRollBackOnPurpose(UUID id) {
            plans.get(id).goals = "试算的目标";
            em.flush();
            outcomes.rollBackOnPurpose();
            return "dry run";
        }

        @Transactional
        public Plan reviseAPlanThatIsNot() {
            return plans.revise(UUID.randomUUID(), 0, null, Actor.system("test", "doomed-transaction-test", VILLAGE));
        }

        @Transactional
        public void claimTwice(String key) {
            for (int i = 0; i < 2; i++) {
                em.createNativeQuery("insert into idempotency_record (caller, idempotency_key, request_hash, status, created_at)"
                        + " values ('doomed-test', ?1, 'h', 0, now())").setParameter(1, key).executeUpdate();
            }
        }

        /** Ends a session from outside, as a server's shutdown does, and waits until it is gone. */
        private static void end(int session) throws SQLException {
            Config config = ConfigProvider.getConfig();
            try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
                 PreparedStatement terminate = c.prepareStatement("select pg_terminate_backend(?)");
                 PreparedStatement alive = c.prepareStatement("select 1 from pg_stat_activity where pid = ?")) {
                terminate.setInt(1, session);
                terminate.execute();
                alive.setInt(1, session);
                Instant deadline = Instant.now().plusSeconds(10);
                while (alive.executeQuery().next()) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("session " + session + " did not end");
                    }
                    Thread.onSpinWait();
                }
            }
        }
    }
}
