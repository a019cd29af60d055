package io.bastion.village.domain;

/** One line of the official code table (统计用区划代码和城乡划分代码): a county, township or village. */
public record CodeTableRow(long line, String code, String name, String urbanRuralClass) {
}
