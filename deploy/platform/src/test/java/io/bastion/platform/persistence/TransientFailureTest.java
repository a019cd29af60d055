package io.bastion.platform.persistence;

import io.bastion.platform.domain.NotFound;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailureTest {

    @Test
    void theDatabaseGoingAwayOrAbortingOneSideIsTransientWhereverItSitsInTheChain() {
        assertTrue(TransientFailure.isTransient(new IllegalStateException("commit failed", new SQLException("refused", "08001"))));
        assertTrue(TransientFailure.isTransient(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(TransientFailure.isTransient(new SQLException("could not serialize access", "40001")));
        assertTrue(TransientFailure.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailure.isTransient(new RuntimeException(new SQLTransientConnectionException("acquisition timeout"))));
        assertTrue(TransientFailure.isTransient(new RuntimeException(new ConnectException("Connection refused"))));
        XAException closed = new XAException("Error trying to start local transaction: This connection has been closed.");
        closed.errorCode = XAException.XAER_RMERR;
        assertTrue(TransientFailure.isTransient(new IllegalStateException(new SQLException("Exception in association", closed))));
    }

    @Test
    void whatWorkConcludedInATransactionDoomedUnderneathItIsTransientToo() {
        assertTrue(TransientFailure.isTransient(new TransactionDoomed(new NotFound("plan", "03ab14d9-edc8-4328-bceb-0a8b32da5241"))));
        assertTrue(TransientFailure.isTransient(new TransactionDoomed(null)));
        assertFalse(TransientFailure.isTransient(new NotFound("plan", "03ab14d9-edc8-4328-bceb-0a8b32da5241")));
    }

    @Test
    void whatTheRequestOrTheDataGotWrongIsNot() {
        assertFalse(TransientFailure.isTransient(new SQLException("duplicate key value", "23505")));
        assertFalse(TransientFailure.isTransient(new SQLException("new row violates row-level security policy", "42501")));
        assertFalse(TransientFailure.isTransient(new SQLException("no state")));
        assertFalse(TransientFailure.isTransient(new IllegalArgumentException("bad event")));
    }
}
