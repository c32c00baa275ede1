package cn.duban.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Tells a Word (.docx) from an Excel (.xlsx) package by its parts: an Office Open XML package has
 * {@code [Content_Types].xml}, and {@code word/document.xml} or {@code xl/workbook.xml}. Reading stops after a bounded
 * number of entries and inflated bytes, so a zip bomb costs no more than a normal document.
 */
final class OfficePackage {

    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_INFLATED = 200L * 1024 * 1024;

    private OfficePackage() {
    }

    static Optional<String> kind(InputStream content) throws IOException {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        long inflated = 0;
        try (var zip = new ZipInputStream(content)) {
            ZipEntry entry;
            for (int count = 0; count < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; count++) {
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                word |= entry.getName().equals("word/document.xml");
                excel |= entry.getName().equals("xl/workbook.xml");
                inflated += drain(zip, MAX_INFLATED - inflated);
                if (inflated > MAX_INFLATED) {
                    return Optional.empty();
                }
            }
        } catch (ZipException e) {
            return Optional.empty();
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? EvidenceTypes.DOCX : EvidenceTypes.XLSX);
    }

    /** Reads the current entry to its end, or to one byte past {@code budget}: what it read. */
    private static long drain(ZipInputStream zip, long budget) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n; read <= budget && (n = zip.read(buffer)) > 0; ) {
            read += n;
        }
        return read;
    }
}
