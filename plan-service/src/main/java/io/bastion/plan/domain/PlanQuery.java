package io.bastion.plan.domain;

/**
 * A page of the plan work queues, of the plans the caller's scope reaches (row-level security);
 * {@code after} is the keyset cursor ({@code villageCode|id}) of the page before.
 */
public record PlanQuery(String township, PlanStage stage, Integer campaignYear, Integer minReturns,
                        Boolean beyondUsualRounds, String after, int limit) {
}
