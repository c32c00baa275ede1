package cn.duban.ui.spreadsheet;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.util.unit.DataSize;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Opens an uploaded workbook only when it is what an office clerk saves from Excel or WPS: an .xlsx of at most
 * {@code maxSize}, without macros, whose parts do not inflate past {@link #MAX_PART} or by more than 100 times
 * (POI's zip-bomb guard), with at most {@link #MAX_ROWS} rows a sheet. Anything else is refused with a clear
 * Chinese message before a single row is read. Formulas are refused cell by cell by {@link SheetReader}.
 */
public final class UploadedWorkbook {

    /** No plan or task list comes near: the largest real one has a few hundred rows. */
    public static final int MAX_ROWS = 5_000;
    /** The largest part (a sheet's XML, the shared strings) once inflated. */
    static final long MAX_PART = DataSize.ofMegabytes(20).toBytes();
    private static final Pattern MACROS = Pattern.compile("/xl/vbaProject\\.bin|/xl/macrosheets/.*",
            Pattern.CASE_INSENSITIVE);

    static {
        // JVM-wide in POI: no other code of ours opens zip packages with POI.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART);
        ZipSecureFile.setMaxTextSize(MAX_PART);
    }

    private UploadedWorkbook() {
    }

    /** The workbook, for the caller to close; or an {@link ImportRefusedException} saying why not. */
    public static XSSFWorkbook open(InputStream upload, long size, DataSize maxSize) throws IOException {
        if (size > maxSize.toBytes()) {
            throw new ImportRefusedException("文件超过 " + maxSize.toMegabytes() + " MB 上限");
        }
        InputStream in = new BufferedInputStream(upload);
        FileMagic magic = FileMagic.valueOf(in);
        if (magic == FileMagic.OLE2) {
            throw new ImportRefusedException("不接受旧版 .xls 或加密的文件，请在 Excel 或 WPS 中另存为 .xlsx 后再导入");
        }
        if (magic != FileMagic.OOXML) {
            throw new ImportRefusedException("不是 Excel 工作簿 (.xlsx)");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(in);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw refusal(e);
        }
        try {
            if (!pkg.getPartsByName(MACROS).isEmpty()
                    || !pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()) {
                throw new ImportRefusedException("不接受含宏的工作簿，请另存为不含宏的 .xlsx 后再导入");
            }
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                var sheet = workbook.getSheetAt(i);
                if (sheet.getLastRowNum() >= MAX_ROWS) {
                    throw new ImportRefusedException(
                            "工作表“" + sheet.getSheetName() + "”超过 " + MAX_ROWS + " 行上限");
                }
            }
            return workbook;
        } catch (ImportRefusedException e) {
            pkg.revert();
            throw e;
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw refusal(e);
        }
    }

    /** POI says "Zip bomb detected!" and the like in an exception somewhere down the causes. */
    private static ImportRefusedException refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the maximum")
                    || message.contains("max entry size") || message.contains("maximum text size")) {
                return new ImportRefusedException("文件解压后过大（疑似压缩炸弹），已拒绝");
            }
        }
        return new ImportRefusedException("文件已损坏或不是有效的 .xlsx 工作簿");
    }
}
