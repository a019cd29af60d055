package io.bastion.platform.persistence;

/**
 * The transaction a request or an event ran in can no longer commit, though nothing the work did
 * failed: the transaction manager doomed it underneath (a pooled connection that died with its server
 * could not be enlisted, a timeout). What the work concluded on the way is not to be trusted, since
 * Hibernate's {@code find} answers null in such a transaction rather than fail; so the outcome is the
 * database's passing failure, a 503 to try again or an event applied again. The work's own answer, when
 * it gave one by failing, is the cause.
 */
public class TransactionDoomed extends RuntimeException {

    TransactionDoomed(RuntimeException concluded) {
        super("the transaction was marked for rollback underneath the work"
                + (concluded == null ? "" : ", which concluded " + concluded.getClass().getSimpleName()), concluded);
    }
}
