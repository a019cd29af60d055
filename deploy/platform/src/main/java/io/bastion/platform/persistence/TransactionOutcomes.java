package io.bastion.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Whether what work concluded inside a transaction may stand. It may not when the transaction was
 * doomed underneath it: then Hibernate's {@code find} answers null instead of failing (HHH-12472), so a
 * record that is there looks absent, and a method that returns normally is rolled back in silence by
 * the {@code @Transactional} interceptor, so a write would be acknowledged and not kept. Both become
 * {@link TransactionDoomed}. Failures of the database itself explain themselves and stay as they are;
 * so does a rollback the work asked for on purpose ({@link #rollBackOnPurpose()}, a dry run). A failure
 * is judged once, at the innermost {@code @Transactional} method it leaves: the transaction interceptor
 * of a method that joined the transaction marks it for rollback on the way out, which would otherwise
 * look, further out, like a transaction doomed underneath.
 */
@ApplicationScoped
public class TransactionOutcomes {

    private static final String ON_PURPOSE = TransactionOutcomes.class.getName() + ".on-purpose";
    private static final String JUDGED = TransactionOutcomes.class.getName() + ".judged";
    private static final Set<Integer> DOOMED = Set.of(Status.STATUS_MARKED_ROLLBACK, Status.STATUS_ROLLING_BACK, Status.STATUS_ROLLEDBACK);

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Rolls back everything the current transaction did, as the work means to (a dry run): no failure. */
    public void rollBackOnPurpose() {
        transaction.putResource(ON_PURPOSE, Boolean.TRUE);
        transaction.setRollbackOnly();
    }

    /** The work's result when its transaction can still commit; otherwise {@link TransactionDoomed}. */
    public <T> T judge(Callable<T> work) throws Exception {
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return work.call();
        }
        T result;
        try {
            result = work.call();
        } catch (RuntimeException failure) {
            if (failure == transaction.getResource(JUDGED)) {
                // Judged where it was thrown: the boundary it left since then marked the transaction for it.
                throw failure;
            }
            throw judged(doomed() && !fromTheDatabase(failure) ? new TransactionDoomed(failure) : failure);
        }
        if (doomed()) {
            throw judged(new TransactionDoomed(null));
        }
        return result;
    }

    /** The outcome, noted so that the methods further out pass it on as it is. */
    private RuntimeException judged(RuntimeException outcome) {
        transaction.putResource(JUDGED, outcome);
        return outcome;
    }

    private boolean doomed() {
        return DOOMED.contains(transaction.getTransactionStatus()) && transaction.getResource(ON_PURPOSE) == null;
    }

    private static boolean fromTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
