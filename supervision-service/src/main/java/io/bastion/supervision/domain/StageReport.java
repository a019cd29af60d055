package io.bastion.supervision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The stage report (阶段报告) for a date range: the county report's two parts, what was done (主要做法)
 * and what it achieved (取得的成效), every number counted from the records and linked to them, and a
 * closing table of every figure.
 */
public final class StageReport {

    private final Map<Figure, CountyFacts.Total> totals;
    private final LocalDate from;
    private final LocalDate to;
    private final String division;
    private final String divisionName;
    private final Function<Figure, String> label;
    private final int yearsNotRecorded;

    /** {@code yearsNotRecorded}: the case villages whose campaign year's figures never arrived, which the yearly figures leave out. */
    public StageReport(Map<Figure, CountyFacts.Total> totals, int yearsNotRecorded, LocalDate from, LocalDate to, String division,
                       String divisionName, Function<Figure, String> label) {
        this.totals = totals;
        this.yearsNotRecorded = yearsNotRecorded;
        this.divisionName = divisionName;
        this.label = label;
        this.from = from;
        this.to = to;
        this.division = division;
    }

    /** Where the records behind a figure (and one of its notes) are listed. */
    public static String records(Figure figure, String note, LocalDate from, LocalDate to, String township) {
        return "/api/v1/statistics/" + figure.key + "/records?from=" + from + "&to=" + to
                + (township == null ? "" : "&township=" + township) + (note == null ? "" : "&note=" + note);
    }

    public Document document() {
        List<Document.Block> b = new ArrayList<>();
        b.add(line().text("统计期间：" + from + " 至 " + to + "；范围：" + (division.isEmpty() ? "全部" : divisionName.equals(division) ? "区划 " + division
                : divisionName + "（" + division + "）")
                + "。文中数字均由系统记录计算，点击可查看所依据的记录。").paragraph());
        b.add(new Document.Heading(1, "一、主要做法"));
        b.add(new Document.Heading(2, "（一）摸清底数，确定整顿对象"));
        b.add(line().text("本期认定软弱涣散村党组织整顿对象").n(Figure.CASES_IDENTIFIED).text("，其中市级（B类）重点联系村")
                .n(Figure.CASES_IDENTIFIED, "CITY_B").text("、县级（C类）重点联系村").n(Figure.CASES_IDENTIFIED, "COUNTY_C")
                .text("。研判中与村干部谈心谈话").n(Figure.TALKS_HELD).text("，征求党员群众意见建议").n(Figure.SUGGESTIONS_COLLECTED).text("。")
                .paragraph());
        b.add(new Document.Heading(2, "（二）一村一策，三道程序审核把关"));
        b.add(line().text("经镇党委提方案、县委组织部评估建议和逐级审核，本期批准整改方案").n(Figure.PLANS_APPROVED)
                .text("；审核中发回乡镇细化完善").n(Figure.PLAN_RETURNS).text("。").paragraph());
        b.add(new Document.Heading(2, "（三）分级联系，压实工作责任"));
        b.add(line().n(Figure.LEADER_CONTACTS).text("县级领导干部担任整顿村联系人；县直部门单位结对帮扶").n(Figure.DEPARTMENT_PAIRINGS)
                .text("（其中派驻工作组").n(Figure.DEPARTMENT_PAIRINGS, "WORK_TEAM").text("、选派党建指导员")
                .n(Figure.DEPARTMENT_PAIRINGS, "PARTY_BUILDING_INSTRUCTOR").text("、机关干部驻村指导").n(Figure.DEPARTMENT_PAIRINGS, "STATIONED_CADRE")
                .text("、选派第一书记").n(Figure.DEPARTMENT_PAIRINGS, "FIRST_SECRETARY").text("），派出人员").n(Figure.ENVOYS_SENT)
                .text("；县领导到村调研走访").n(Figure.LEADER_VISITS).text("。").paragraph());
        b.add(line().text("重点联系村报送周报").n(Figure.WEEKLY_REPORTS).text("（按时").n(Figure.WEEKLY_REPORTS, "ON_TIME").text("、迟报")
                .n(Figure.WEEKLY_REPORTS, "LATE").text("），逾期未报").n(Figure.WEEKLY_REPORTS_MISSED).text("。开展明察暗访")
                .n(Figure.INSPECTIONS).text("，发现问题").n(Figure.INSPECTION_FINDINGS).text("；发布定期通报").n(Figure.BULLETINS_PUBLISHED)
                .text("；约谈乡镇党委主要负责同志").n(Figure.INTERVIEWS_HELD).text("；追究责任").n(Figure.PEOPLE_HELD_ACCOUNTABLE).text("。")
                .paragraph());
        b.add(new Document.Heading(2, "（四）整顿帮扶并举，标本兼治"));
        b.add(line().text("新配村党组织书记").n(Figure.SECRETARIES_APPOINTED).text("（本村选拔").n(Figure.SECRETARIES_APPOINTED, "FROM_VILLAGE")
                .text("、跨村任职").n(Figure.SECRETARIES_APPOINTED, "FROM_OTHER_VILLAGE").text("、机关选派")
                .n(Figure.SECRETARIES_APPOINTED, "SENT_BY_AGENCY").text("、企业选派").n(Figure.SECRETARIES_APPOINTED, "SENT_BY_ENTERPRISE")
                .text("），新配党组织班子成员").n(Figure.MEMBERS_APPOINTED).text("，培养村级后备干部").n(Figure.RESERVE_CADRES)
                .text("，调整村党组织书记和其他村干部").n(Figure.CADRES_ADJUSTED).text("。").paragraph());
        b.add(line().text("举办村干部培训班").n(Figure.TRAINING_SESSIONS).text("，培训村干部").n(Figure.CADRES_TRAINED).text("；化解信访隐患")
                .n(Figure.PETITION_RISKS_RESOLVED).text("；支持村里发展项目").n(Figure.PROJECTS).text("，扶持资金").n(Figure.FUNDS)
                .text("；对").n(Figure.VILLAGES_AUDITED).text("村进行财务审计，规范村级工作制度").n(Figure.RULES_ESTABLISHED).text("。")
                .paragraph());
        b.add(new Document.Heading(1, "二、取得的成效"));
        b.add(new Document.Heading(2, "（一）基层组织建设得到加强"));
        b.add(line().text("整顿村发展党员").n(Figure.PARTY_MEMBERS_DEVELOPED).text("，培养入党积极分子").n(Figure.ACTIVISTS_DEVELOPED).text("；")
                .n(Figure.VENUES_BUILT).text("村新建村级组织活动场所，面积").n(Figure.VENUE_AREA).text("，投入资金").n(Figure.VENUE_INVESTMENT)
                .text("。").paragraph());
        if (yearsNotRecorded > 0) {
            b.add(line().text("另有 " + yearsNotRecorded + " 村次尚未填报整顿年度的村级数据，以上年度数字不含这些村。").paragraph());
        }
        b.add(new Document.Heading(2, "（二）农村经济社会加快发展"));
        b.add(line().n(Figure.ROAD_VILLAGES).text("村新修或硬化村组公路").n(Figure.ROAD_KM).text("，投资").n(Figure.ROAD_FUNDS)
                .text("；完成农饮水工程和沼气池建设").n(Figure.WATER_BIOGAS_HOUSEHOLDS).text("，投资").n(Figure.WATER_BIOGAS_FUNDS).text("。")
                .paragraph());
        b.add(new Document.Heading(2, "（三）整顿转化和巩固提升"));
        b.add(line().text("验收通过").n(Figure.ACCEPTANCES_PASSED).text("、未通过").n(Figure.ACCEPTANCES_FAILED).text("；")
                .n(Figure.CASES_TRANSFORMED).text("村完成整顿转入巩固提升，").n(Figure.CASES_WRITTEN_OFF).text("村盘点销号，")
                .n(Figure.CASES_RELAPSED).text("村出现反复、重新列为整顿对象；").n(Figure.BACKWARD_TO_ADVANCED).text("村由“后进”变“先进”，")
                .n(Figure.INCOME_ZERO_TO_FIVE).text("集体经济空白村达到 5 万元以上。").paragraph());
        b.add(new Document.Heading(1, "数据来源"));
        List<List<Document.Span>> rows = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            rows.add(List.of(new Document.Text(label.apply(figure)), new Document.Number(value(figure, null), figure.unit,
                    records(figure, null, from, to, township()))));
        }
        b.add(new Document.Table(List.of("指标", "数值"), rows));
        return new Document("软弱涣散村党组织整顿工作阶段报告（" + from + " 至 " + to + "）", b);
    }

    private String township() {
        return division.length() == 9 ? division : null;
    }

    private BigDecimal value(Figure figure, String note) {
        CountyFacts.Total total = totals.get(figure);
        return note == null ? total.value() : total.byNote().getOrDefault(note, BigDecimal.ZERO);
    }

    private Sentence line() {
        return new Sentence();
    }

    /** A paragraph whose numbers are figures of this report. */
    private final class Sentence {
        private final Document.Line line = new Document.Line();

        Sentence text(String text) {
            line.text(text);
            return this;
        }

        Sentence n(Figure figure) {
            return n(figure, null);
        }

        Sentence n(Figure figure, String note) {
            line.number(value(figure, note), figure.unit, records(figure, note, from, to, township()));
            return this;
        }

        Document.Paragraph paragraph() {
            return line.paragraph();
        }
    }
}
