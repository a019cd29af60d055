package io.bastion.village.domain;

/**
 * Which villages a list asks for. {@code scopePrefix} is the caller's division, which a query can
 * never widen; {@code pairedWith}, when present, keeps only the villages paired with that account; {@code after} is the last code of the previous page. The case filters (status, grade,
 * category, campaign year) keep villages that have a case matching all of them.
 */
public record VillageQuery(String scopePrefix, String pairedWith, String township, String text, CaseStatus status,
                           KeyContactGrade grade, String category, Integer campaignYear, String after, int limit) {

    /** Every village of the division, in code order: what an export walks through. */
    public static VillageQuery all(String scopePrefix, String after, int limit) {
        return new VillageQuery(scopePrefix, null, null, null, null, null, null, null, after, limit);
    }

    boolean filtersByCase() {
        return status != null || grade != null || category != null || campaignYear != null;
    }
}
