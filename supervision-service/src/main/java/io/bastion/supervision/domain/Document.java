package io.bastion.supervision.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A text people read (a stage report, a bulletin), built from counted figures and written out as
 * Markdown or HTML. Each number keeps the link to the records it was counted from.
 */
public record Document(String title, List<Block> blocks) {

    public sealed interface Block permits Heading, Paragraph, Table {
    }

    public sealed interface Span permits Text, Number {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(List<Span> spans) implements Block {
    }

    public record Table(List<String> header, List<List<Span>> rows) implements Block {
    }

    public record Text(String text) implements Span {
    }

    /** A counted number, its unit, and where its records are listed ({@code null} where it is not a count of records). */
    public record Number(BigDecimal value, String unit, String href) implements Span {
    }

    /** Builds a paragraph from text and numbers in reading order. */
    public static final class Line {
        private final List<Span> spans = new ArrayList<>();

        public Line text(String text) {
            spans.add(new Text(text));
            return this;
        }

        public Line number(BigDecimal value, String unit, String href) {
            spans.add(new Number(value, unit, href));
            return this;
        }

        public Paragraph paragraph() {
            return new Paragraph(List.copyOf(spans));
        }
    }
}
