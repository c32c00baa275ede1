package cn.duban.ui.paperwork;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lays a {@link Paper} out as an A4 PDF in the layout of Chinese official papers (GB/T 9704): margins of 37, 35, 28
 * and 26 mm, a centred title at 二号 (22 pt), body text at 三号 (16 pt) with a line of about 28 pt, tables at 四号
 * and 小四, and the page number as "— 1 —" at the foot. One typeface throughout: the 宋体 that ships with Duban (fonts/README.md),
 * embedded as a subset, so the PDF prints the same on any machine.
 */
final class PaperPdf {

    private static final float MM = 72f / 25.4f;
    private static final BaseFont SONG = song();

    private static final Font TITLE = new Font(SONG, 22);
    private static final Font SUBTITLE = new Font(SONG, 16);
    private static final Font BODY = new Font(SONG, 16);
    private static final Font HEADING = new Font(SONG, 16, Font.BOLD);
    private static final Font TABLE = new Font(SONG, 12);
    private static final Font TABLE_HEADER = new Font(SONG, 12, Font.BOLD);
    private static final Font SMALL = new Font(SONG, 10.5f);

    private PaperPdf() {
    }

    static byte[] render(Paper paper) {
        return pdf(paper.title(), document -> paper.blocks().forEach(block -> document.add(element(block))));
    }

    private static Element element(Paper.Block block) {
        return switch (block.kind()) {
            case TITLE -> title(block.text());
            case SUBTITLE -> subtitle(block.text());
            case HEADING -> heading(block.text());
            case TEXT -> text(block.text());
            case RIGHT -> right(block.text());
            case NOTE -> note(block.text());
            case TABLE -> table(block, 0);
            case SIGNATURES -> table(block, 30);
        };
    }

    private static byte[] pdf(String title, Consumer<Document> content) {
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Duban 督办");
        HeaderFooter footer = new HeaderFooter(new Phrase("— ", SMALL), new Phrase(" —", SMALL));
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        content.accept(document);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph title(String text) {
        Paragraph p = new Paragraph(text, TITLE);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(12);
        return p;
    }

    private static Paragraph subtitle(String text) {
        Paragraph p = new Paragraph(text, SUBTITLE);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(8);
        return p;
    }

    /** A paragraph of body text, its first line indented by two characters as Chinese prose is. */
    private static Paragraph text(String text) {
        Paragraph p = new Paragraph(28, text, BODY);
        p.setFirstLineIndent(32);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    private static Paragraph heading(String text) {
        Paragraph p = new Paragraph(28, text, HEADING);
        p.setSpacingBefore(6);
        p.setSpacingAfter(4);
        return p;
    }

    /** The issuer and the date (落款), kept on one page together. */
    private static Paragraph right(String text) {
        Paragraph p = new Paragraph(28, text, BODY);
        p.setAlignment(Element.ALIGN_RIGHT);
        p.setKeepTogether(true);
        return p;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(20, text, SMALL);
        p.setSpacingBefore(12);
        return p;
    }

    /**
     * A table that fills the line: a bold header row repeated on every page, then the rows, each at least
     * {@code rowHeight} high (0: as high as its text).
     */
    private static PdfPTable table(Paper.Block block, float rowHeight) {
        float[] widths = new float[block.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = block.widths().get(i);
        }
        List<String> header = block.header();
        List<List<String>> rows = block.rows();
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        for (String h : header) {
            PdfPCell cell = cell(h, TABLE_HEADER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = cell(value, TABLE);
                cell.setMinimumHeight(rowHeight);
                table.addCell(cell);
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static BaseFont song() {
        try (InputStream in = PaperPdf.class.getResourceAsStream("/fonts/gbsn00lp.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the font fonts/gbsn00lp.ttf is missing from the class path");
            }
            return BaseFont.createFont("gbsn00lp.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
