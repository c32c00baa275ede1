package cn.duban.ui.paperwork;

import java.util.ArrayList;
import java.util.List;

/**
 * A paper to print (督查交办单, 督查通报) as its blocks in reading order: titles, headings, paragraphs, tables. The
 * one description of what is on it, laid out twice: as PDF by {@link PaperPdf}, and as the browser's print view by
 * the web UI from the same blocks, so both always say the same.
 */
public record Paper(String title, List<Block> blocks) {

    public enum Kind {
        /** The paper's name, such as 督查交办单. */
        TITLE,
        /** A centred line under it: the number, the period. */
        SUBTITLE,
        HEADING,
        /** A paragraph, its first line indented by two characters. */
        TEXT,
        TABLE,
        /** A table with tall empty cells to write in by hand (签收). */
        SIGNATURES,
        /** A line set to the right: the issuer, the date. */
        RIGHT,
        /** Small print at the end. */
        NOTE
    }

    /** {@code widths} are relative column widths; header, widths and rows are empty for the kinds of text. */
    public record Block(Kind kind, String text, List<String> header, List<Integer> widths, List<List<String>> rows) {
    }

    static Builder of(String title) {
        return new Builder(title);
    }

    /** Builds a paper block by block. */
    static final class Builder {

        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        Builder add(Kind kind, String text) {
            blocks.add(new Block(kind, text, List.of(), List.of(), List.of()));
            return this;
        }

        Builder table(List<String> header, List<Integer> widths, List<List<String>> rows) {
            return table(Kind.TABLE, header, widths, rows);
        }

        Builder signatures(List<String> header, List<Integer> widths, List<List<String>> rows) {
            return table(Kind.SIGNATURES, header, widths, rows);
        }

        Paper build() {
            return new Paper(title, List.copyOf(blocks));
        }

        private Builder table(Kind kind, List<String> header, List<Integer> widths, List<List<String>> rows) {
            blocks.add(new Block(kind, null, List.copyOf(header), List.copyOf(widths), List.copyOf(rows)));
            return this;
        }
    }
}
