package io.bastion.village.domain;

/** How the village came to be identified. */
public enum IdentificationSource {
    /** 逐一过筛子: the township's screening of every village. */
    SCREENING,
    /** Referred by the discipline inspection body (纪检监察). */
    REFERRAL_DISCIPLINE,
    /** Referred from petitions (信访). */
    REFERRAL_PETITION,
    /** Referred by the political-legal committee (政法). */
    REFERRAL_POLITICAL_LEGAL,
    /** A direct criterion, e.g. the secretary's post vacant for more than three months. */
    DIRECT_CRITERION,
    /** A relapse found at a follow-up visit (回头看) to a transformed village. */
    FOLLOW_UP_VISIT
}
