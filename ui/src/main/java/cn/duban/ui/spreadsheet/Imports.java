package cn.duban.ui.spreadsheet;

import cn.duban.api.InvalidCommandException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The one way an upload becomes a command: open it safely, read it into a request (recording every cell's
 * problems), refuse it whole if any cell is wrong, else hand the request to the same path the JSON API takes, and
 * tell the refusals of that path (the aggregate's checks) at their cells too. Nothing is recorded unless all of it is.
 */
@Component
public class Imports {

    private final ImportProperties properties;
    private final TransactionTemplate dryRun;

    Imports(ImportProperties properties, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.dryRun = new TransactionTemplate(transactions);
    }

    /**
     * @param read   the request the workbook describes, its cells' problems recorded in the reading
     * @param action what the JSON API does with such a request; its {@link InvalidCommandException} is told by cell
     */
    public <R, T> T run(MultipartFile file, Function<WorkbookReading, R> read, Function<R, T> action)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new ImportRefusedException("请选择要导入的 .xlsx 文件");
        }
        try (InputStream in = file.getInputStream();
             XSSFWorkbook workbook = UploadedWorkbook.open(in, file.getSize(), properties.maxSize())) {
            WorkbookReading reading = new WorkbookReading(workbook);
            R request = read.apply(reading);
            if (reading.hasProblems()) {
                tellTheApisChecksToo(request, action, reading);
                reading.refuseIfAny();
            }
            try {
                return action.apply(request);
            } catch (InvalidCommandException e) {
                throw reading.refusal(e.errors());
            }
        }
    }

    /**
     * With problems in the cells, the request still goes the API's way, in a transaction that is always rolled
     * back, so that the clerk hears of every mistake at once (a wrong kind in one row, a percentage over 100 in
     * another) instead of one round of fixes at a time. Whatever else the dry run says (a plan not yet published)
     * waits until the cells are right.
     */
    private <R, T> void tellTheApisChecksToo(R request, Function<R, T> action, WorkbookReading reading) {
        try {
            dryRun.executeWithoutResult(status -> {
                status.setRollbackOnly();
                action.apply(request);
            });
        } catch (InvalidCommandException e) {
            throw reading.refusal(e.errors());
        } catch (RuntimeException e) {
            // the cell problems are the answer for now
        }
    }

    /** A workbook as a download named {@code fileName} (Chinese names are fine: RFC 6266 with UTF-8). */
    public static ResponseEntity<byte[]> download(byte[] workbook, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(WorkbookWriter.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }
}
