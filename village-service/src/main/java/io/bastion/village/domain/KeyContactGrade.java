package io.bastion.village.domain;

/** Whether a case is a key-contact village (重点联系村), and of which level. */
public enum KeyContactGrade {
    /** 市级重点联系村 (B类). */
    CITY_B,
    /** 县级重点联系村 (C类). */
    COUNTY_C,
    NONE
}
