package io.bastion.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Whether a failure is the database's passing state rather than anything wrong with the request or
 * the event: the server restarting or failing over, a connection lost (also when the transaction
 * manager finds it so, as the resource manager failing, or dooms the transaction for it:
 * {@link TransactionDoomed}), a deadlock or serialization conflict that the database resolved by
 * aborting one side. The same work succeeds when tried again,
 * so a request is answered 503 with Retry-After and an event is retried, never dead-lettered.
 */
public final class TransientFailure {

    /** SQLSTATE classes and codes: connection exceptions, transaction rollbacks, an operator's or a crash's shutdown. */
    private static final Set<String> CLASSES = Set.of("08", "40");
    private static final Set<String> CODES = Set.of("57P01", "57P02", "57P03", "53300", "55P03");

    private TransientFailure() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransactionDoomed || cause instanceof SQLTransientException || cause instanceof ConnectException
                    || resourceManagerFailed(cause)
                    || cause instanceof SQLException sql && passing(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean resourceManagerFailed(Throwable cause) {
        return cause instanceof XAException xa && (xa.errorCode == XAException.XAER_RMFAIL || xa.errorCode == XAException.XAER_RMERR);
    }

    private static boolean passing(String sqlState) {
        return sqlState != null && sqlState.length() >= 2 && (CODES.contains(sqlState) || CLASSES.contains(sqlState.substring(0, 2)));
    }
}
