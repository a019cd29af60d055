package io.bastion.village.domain;

/**
 * Which cases a list asks for; {@code scopePrefix} is the caller's division and cannot be widened; {@code pairedWith}, when present,
 * keeps the cases of the villages paired with that account;
 * {@code after} is the sort key ({@code villageCode|id}) of the previous page's last case.
 */
public record CaseQuery(String scopePrefix, String pairedWith, String township, CaseStatus status, KeyContactGrade grade,
                        String category, Integer campaignYear, String after, int limit) {
}
