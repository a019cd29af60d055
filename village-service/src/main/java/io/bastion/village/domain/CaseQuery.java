package io.bastion.village.domain;

/**
 * Which cases a list asks for, within what the caller's scope lets it see (row-level security);
 * {@code after} is the sort key ({@code villageCode|id}) of the previous page's last case.
 */
public record CaseQuery(String township, CaseStatus status, KeyContactGrade grade, KeyContactGrade proposedGrade,
                        String category, Integer campaignYear, String after, int limit) {
}
