package io.bastion.village.domain;

/**
 * Which villages a list asks for, within what the caller's scope lets it see (row-level security);
 * {@code after} is the last code of the previous page. The case filters (status, grade, category,
 * campaign year) keep villages that have a case matching all of them.
 */
public record VillageQuery(String township, String text, CaseStatus status, KeyContactGrade grade, String category,
                           Integer campaignYear, String after, int limit) {

    /** Every village the caller sees, in code order: what an export walks through. */
    public static VillageQuery all(String after, int limit) {
        return new VillageQuery(null, null, null, null, null, null, after, limit);
    }

    boolean filtersByCase() {
        return status != null || grade != null || category != null || campaignYear != null;
    }
}
