package io.bastion.plan.domain;

/**
 * A page of the cases plan-service knows, of those the caller reaches; {@code withoutPlan} finds the
 * ones still waiting for a plan. {@code after} is the cursor ({@code villageCode|caseId}).
 */
public record CaseQuery(String township, String status, Boolean withoutPlan, String after, int limit) {
}
