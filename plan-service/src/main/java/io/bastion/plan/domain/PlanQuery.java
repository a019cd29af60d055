package io.bastion.plan.domain;

/**
 * A page of the county's plan work queues. {@code scopePrefix} is the caller's division, a filter the
 * client cannot widen; {@code after} is the keyset cursor ({@code villageCode|id}) of the page before.
 */
public record PlanQuery(String scopePrefix, String township, PlanStage stage, Integer campaignYear, Integer minReturns,
                        Boolean beyondUsualRounds, String after, int limit) {
}
