package io.bastion.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;

/**
 * Judges the outcome of every {@code @Transactional} method inside its transaction, before the
 * transaction interceptor (priority 200) commits, rolls back, or (for a method that joined) marks the
 * transaction for rollback on a failure: no method of any service can answer from a transaction doomed
 * underneath it ({@link TransactionOutcomes}). One subclass per kind that runs in a transaction, since
 * the kind is a binding member of {@code @Transactional}.
 */
public abstract class TransactionOutcomeGuard {

    @Inject
    TransactionOutcomes outcomes;

    @AroundInvoke
    Object judge(InvocationContext call) throws Exception {
        return outcomes.judge(call::proceed);
    }

    @Interceptor
    @Transactional
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
    public static class Required extends TransactionOutcomeGuard {
    }

    @Interceptor
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
    public static class RequiresNew extends TransactionOutcomeGuard {
    }

    @Interceptor
    @Transactional(Transactional.TxType.MANDATORY)
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
    public static class Mandatory extends TransactionOutcomeGuard {
    }

    @Interceptor
    @Transactional(Transactional.TxType.SUPPORTS)
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
    public static class Supports extends TransactionOutcomeGuard {
    }
}
