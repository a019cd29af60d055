package io.bastion.assistance.domain;

/** Who a helping unit is. */
public enum UnitKind {
    /** 县直部门 */
    COUNTY_DEPARTMENT,
    /** 机关事业单位 */
    AGENCY,
    /** 企业 */
    ENTERPRISE,
    /** 城市党组织 (urban Party organizations paired with villages) */
    URBAN_PARTY_ORGANIZATION
}
