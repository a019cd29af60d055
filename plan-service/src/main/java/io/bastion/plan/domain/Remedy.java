package io.bastion.plan.domain;

/** The eight remedies (八治): the county's lens for judging measures; each measure names one. */
public enum Remedy {
    /** 严惩腐败治贪 */
    CORRUPTION,
    /** 改进作风治假 */
    FALSITY,
    /** 考准实绩治懒 */
    SLOTH,
    /** 提质增效治庸 */
    MEDIOCRITY,
    /** 配强班子治软 */
    WEAKNESS,
    /** 发展经济治穷 */
    POVERTY,
    /** 维护稳定治乱 */
    DISORDER,
    /** 完善制度治散 */
    LAXITY
}
