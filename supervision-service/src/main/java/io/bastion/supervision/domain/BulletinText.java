package io.bastion.supervision.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A bulletin as people read it: opening, overview, the ranking, who is named and why, closing. */
final class BulletinText {

    private BulletinText() {
    }

    static Document of(Bulletin b) {
        BulletinContent c = b.content;
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Line().text("通报期间：" + b.periodFrom + " 至 " + b.periodTo + "。").paragraph());
        if (b.preface != null) {
            blocks.add(new Document.Line().text(b.preface).paragraph());
        }
        int cases = c.ranking().stream().mapToInt(BulletinContent.TownshipStanding::cases).sum();
        blocks.add(new Document.Heading(1, "一、总体进展"));
        blocks.add(new Document.Line().text("纳入整顿的村").number(count(cases), "个", null).text("，其中已转入巩固提升或销号")
                .number(count(c.ranking().stream().mapToInt(BulletinContent.TownshipStanding::transformed).sum()), "个", null)
                .text("、整顿中").number(count(c.ranking().stream().mapToInt(BulletinContent.TownshipStanding::rectifying).sum()), "个", null)
                .text("。重点联系村应报周报").number(count(c.ranking().stream().mapToInt(BulletinContent.TownshipStanding::reportsExpected).sum()), "份", null)
                .text("，逾期未报").number(count(c.ranking().stream().mapToInt(BulletinContent.TownshipStanding::reportsMissing).sum()), "份", null)
                .text("；整改措施逾期").number(count(c.ranking().stream().mapToInt(BulletinContent.TownshipStanding::measuresOverdue).sum()), "项", null)
                .text("；明察暗访发现问题").number(count(c.ranking().stream().mapToInt(BulletinContent.TownshipStanding::findings).sum()), "个", null)
                .text("，逾期未整改").number(count(c.ranking().stream().mapToInt(BulletinContent.TownshipStanding::findingsOverdue).sum()), "个", null)
                .text("。").paragraph());
        blocks.add(new Document.Heading(1, "二、乡镇排名"));
        List<List<Document.Span>> rows = new ArrayList<>();
        for (BulletinContent.TownshipStanding s : c.ranking()) {
            rows.add(List.of(num(s.rank()), new Document.Text(s.townshipName()), num(s.cases()), num(s.transformed()), num(s.rectifying()),
                    num(s.reportsExpected()), num(s.reportsOnTime()), num(s.reportsLate()), num(s.reportsMissing()), num(s.measuresOverdue()),
                    num(s.findings()), num(s.findingsOverdue())));
        }
        blocks.add(new Document.Table(List.of("名次", "乡镇", "整顿村", "已转化", "整顿中", "应报周报", "按时", "迟报", "未报", "逾期措施",
                "发现问题", "逾期未改"), rows));
        blocks.add(new Document.Heading(1, "三、通报表扬"));
        named(blocks, c.praised(), "本期无通报表扬。");
        blocks.add(new Document.Heading(1, "四、通报批评"));
        named(blocks, c.criticized(), "本期无通报批评。");
        if (b.closing != null) {
            blocks.add(new Document.Line().text(b.closing).paragraph());
        }
        return new Document(b.title, blocks);
    }

    private static void named(List<Document.Block> blocks, List<BulletinContent.Named> names, String none) {
        if (names.isEmpty()) {
            blocks.add(new Document.Line().text(none).paragraph());
            return;
        }
        List<List<Document.Span>> rows = new ArrayList<>();
        for (BulletinContent.Named n : names) {
            rows.add(List.of(new Document.Text(BulletinContent.Named.TOWNSHIP.equals(n.kind()) ? "乡镇" : "村"), new Document.Text(n.name()),
                    new Document.Text(n.code()), new Document.Text(n.reason())));
        }
        blocks.add(new Document.Table(List.of("类别", "名称", "代码", "事由"), rows));
    }

    private static Document.Number num(int value) {
        return new Document.Number(count(value), null, null);
    }

    private static BigDecimal count(int value) {
        return BigDecimal.valueOf(value);
    }
}
