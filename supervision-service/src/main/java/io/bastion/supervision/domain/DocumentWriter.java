package io.bastion.supervision.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a {@link Document} as Markdown (numbers link to their records) or as a self-contained HTML page. */
public final class DocumentWriter {

    private DocumentWriter() {
    }

    public static String markdown(Document d) {
        StringBuilder out = new StringBuilder("# ").append(inline(d.title())).append("\n");
        for (Document.Block block : d.blocks()) {
            out.append("\n");
            if (block instanceof Document.Heading h) {
                out.append("#".repeat(h.level() + 1)).append(' ').append(inline(h.text())).append("\n");
            } else if (block instanceof Document.Paragraph p) {
                out.append(markdown(p.spans())).append("\n");
            } else if (block instanceof Document.Table t) {
                out.append("| ").append(t.header().stream().map(DocumentWriter::inline).collect(Collectors.joining(" | "))).append(" |\n");
                out.append("|").append("---|".repeat(t.header().size())).append("\n");
                t.rows().forEach(row -> out.append("| ").append(row.stream().map(s -> markdown(List.of(s)))
                        .collect(Collectors.joining(" | "))).append(" |\n"));
            }
        }
        return out.toString();
    }

    public static String html(Document d) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>")
                .append(escape(d.title())).append("</title></head>\n<body>\n<h1>").append(escape(d.title())).append("</h1>\n");
        for (Document.Block block : d.blocks()) {
            if (block instanceof Document.Heading h) {
                out.append("<h").append(h.level() + 1).append('>').append(escape(h.text())).append("</h").append(h.level() + 1).append(">\n");
            } else if (block instanceof Document.Paragraph p) {
                out.append("<p>").append(html(p.spans())).append("</p>\n");
            } else if (block instanceof Document.Table t) {
                out.append("<table>\n<thead><tr>");
                t.header().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
                out.append("</tr></thead>\n<tbody>\n");
                t.rows().forEach(row -> out.append("<tr>").append(row.stream().map(s -> "<td>" + html(List.of(s)) + "</td>")
                        .collect(Collectors.joining())).append("</tr>\n"));
                out.append("</tbody>\n</table>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String markdown(List<Document.Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Document.Span span : spans) {
            if (span instanceof Document.Text t) {
                out.append(inline(t.text()));
            } else if (span instanceof Document.Number n) {
                String value = "**" + n.value().toPlainString() + "**";
                out.append(n.href() == null ? value : "[" + value + "](" + n.href() + ")");
                if (n.unit() != null) {
                    out.append(' ').append(n.unit());
                }
            }
        }
        return out.toString();
    }

    private static String html(List<Document.Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Document.Span span : spans) {
            if (span instanceof Document.Text t) {
                out.append(escape(t.text()));
            } else if (span instanceof Document.Number n) {
                String value = "<strong>" + n.value().toPlainString() + "</strong>";
                out.append(n.href() == null ? value : "<a href=\"" + escape(n.href()) + "\">" + value + "</a>");
                if (n.unit() != null) {
                    out.append(' ').append(escape(n.unit()));
                }
            }
        }
        return out.toString();
    }

    /** Text people typed cannot start Markdown of its own, nor break a table row. */
    private static String inline(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
