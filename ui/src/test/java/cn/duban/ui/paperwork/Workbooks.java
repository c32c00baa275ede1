package cn.duban.ui.paperwork;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Workbooks as a clerk edits them, and the hostile files an import must refuse, for the tests. */
public final class Workbooks {

    private Workbooks() {
    }

    /** {@code xlsx} opened, changed by {@code edit} and saved again. */
    public static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> edit) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); var out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Cell cell(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
    }

    /** The sheet's rows below its header rows, as text a reader sees (numbers without trailing zeros). */
    static List<List<String>> rows(Sheet sheet, int from) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                values.add(cell == null ? "" : switch (cell.getCellType()) {
                    case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                            ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                            : java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                            .toPlainString();
                    case STRING -> cell.getStringCellValue();
                    default -> "";
                });
            }
            rows.add(values);
        }
        return rows;
    }

    /**
     * A workbook with Excel's macro part, its content type declared as a .xlsm declares it, saved under the name
     * .xlsx.
     */
    static byte[] withMacros(byte[] xlsx) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out); var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("<Default ",
                            "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ");
                    zip.write(types.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            zip.write(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A few hundred kB that inflate to a sheet of {@code megabytes} MB: the zip bomb, and the 100 MB sheet, an
     * import must refuse before it reads it.
     */
    static byte[] inflatingTo(byte[] xlsx, int megabytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out); var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] row = "<row><c t=\"inlineStr\"><is><t>0000000000</t></is></c></row>".repeat(1000)
                            .getBytes(StandardCharsets.UTF_8);
                    zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    for (long written = 0; written < megabytes * 1024L * 1024L; written += row.length) {
                        zip.write(row);
                    }
                    zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
