package io.bastion.supervision.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentWriterTest {

    private static final Document DOC = new Document("通报 <1>", List.of(
            new Document.Heading(1, "一、排名"),
            new Document.Line().text("发现问题").number(new BigDecimal("3"), "个", "/api/v1/x?a=1&b=2").text("，*注意*").paragraph(),
            new Document.Table(List.of("乡镇", "名次"), List.of(List.of(new Document.Text("熊背|乡"), new Document.Number(BigDecimal.ONE, null, null))))));

    @Test
    void markdownLinksNumbersAndEscapesWhatPeopleTyped() {
        assertEquals("# 通报 \\<1\\>\n\n## 一、排名\n\n发现问题[**3**](/api/v1/x?a=1&b=2) 个，\\*注意\\*\n\n| 乡镇 | 名次 |\n|---|---|\n"
                + "| 熊背\\|乡 | **1** |\n", DocumentWriter.markdown(DOC));
    }

    @Test
    void htmlEscapesTextAndLinks() {
        String html = DocumentWriter.html(DOC);
        assertTrue(html.contains("<title>通报 &lt;1&gt;</title>"), html);
        assertTrue(html.contains("<p>发现问题<a href=\"/api/v1/x?a=1&amp;b=2\"><strong>3</strong></a> 个，*注意*</p>"), html);
        assertTrue(html.contains("<tr><td>熊背|乡</td><td><strong>1</strong></td></tr>"), html);
    }
}
