package cn.duban.ui.paperwork;

import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paperwork agrees with the screens: the 台账, the board and the ranking workbooks hold the figures the API
 * shows, now and as of a past instant; the 交办单 and the 通报 PDFs carry their text in the shipped 宋体 on the
 * pages expected. The PDFs are also written to target/paperwork for a person to look at.
 */
class PaperworkIT extends PostgresIntegrationTest {

    private String jieshouTask;
    private String taskList;
    private String number;
    private Instant beforeReport;

    @BeforeEach
    void anIssuedListWithOneReport() {
        List<String> tasks = api.issueTaskList("S4", Map.of("love_stations", 3), LocalDate.now(clock).plusDays(30),
                "jieshou", "linze");
        jieshouTask = tasks.get(0);
        JsonNode task = api.ok(api.get("office", "/api/tasks/" + jieshouTask));
        if (!task.get("organization").asText().equals("jieshou")) {
            jieshouTask = tasks.get(1);
        }
        taskList = task.get("taskListId").asText();
        readSide.caughtUp();
        number = api.ok(api.get("office", "/api/task-lists/" + taskList)).get("number").asText();
        api.act("jieshou", jieshouTask, "acknowledge", null);
        beforeReport = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        api.act("jieshou", jieshouTask, "reports", Map.of("figures", Map.of("love_stations", 2),
                "narrative", "已建成2家"));
        readSide.caughtUp();
    }

    @Test
    void the_register_holds_each_task_as_the_api_shows_it_now_and_as_of_before() {
        JsonNode shown = api.ok(api.get("office", "/api/tasks/" + jieshouTask));

        List<String> now = registerRow("/api/paperwork/register?workPlan=wp-2018&taskList=" + taskList, "界首镇");
        assertThat(now.get(1)).isEqualTo(number);
        assertThat(now.get(3)).isEqualTo("S4");
        assertThat(now.get(6)).isEqualTo("按“四有”标准建成爱心驿站 3个");
        assertThat(now.get(7)).isEqualTo("按“四有”标准建成爱心驿站 2个");
        assertThat(now.get(9)).isEqualTo(percent(shown.get("completion").decimalValue()));
        assertThat(now.get(10)).isEqualTo("推进中");
        assertThat(shown.get("status").asText()).isEqualTo("REPORTING");

        JsonNode then = api.ok(api.get("office", "/api/tasks/" + jieshouTask + "?asOf=" + beforeReport));
        List<String> past = registerRow("/api/paperwork/register?workPlan=wp-2018&taskList=" + taskList
                + "&asOf=" + beforeReport, "界首镇");
        assertThat(then.get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(past.get(7)).isEmpty();
        assertThat(past.get(10)).isEqualTo("已签收");
        assertThat(past.get(9)).isEqualTo(percent(then.get("completion").decimalValue()));
    }

    @Test
    void the_board_and_ranking_workbooks_hold_the_rows_of_the_screens() {
        List<List<String>> board = new ArrayList<>();
        for (JsonNode row : api.ok(api.get("office", "/api/status/organizations?workPlan=wp-2018"))) {
            board.add(List.of(row.get("name").asText(), row.get("tasks").asText(), row.get("closed").asText(),
                    row.get("overdue").asText(), row.get("openGaps").asText(),
                    percent(row.get("completion").decimalValue())));
        }
        try (XSSFWorkbook book = Workbooks.open(download("/api/paperwork/status?workPlan=wp-2018"))) {
            List<List<String>> rows = Workbooks.rows(book.getSheet("各单位进度"), 3);
            assertThat(rows.stream().map(r -> r.subList(0, 6)).toList()).isEqualTo(board);
            assertThat(Workbooks.rows(book.getSheet("全市汇总"), 3))
                    .hasSize(api.ok(api.get("office", "/api/status/plan-items?workPlan=wp-2018")).size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> ranking = new ArrayList<>();
        api.ok(api.get("office", "/api/assessment/ranking?workPlan=wp-2018")).forEach(r -> ranking.add(
                List.of(r.get("rank").asText(), r.get("name").asText())));
        try (XSSFWorkbook book = Workbooks.open(download("/api/paperwork/ranking?workPlan=wp-2018"))) {
            assertThat(Workbooks.rows(book.getSheet("排名"), 3).stream().map(r -> r.subList(0, 2)).toList())
                    .isEqualTo(ranking);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_task_list_prints_as_one_page_with_its_assignments_and_a_line_to_sign_for_each_unit() throws IOException {
        byte[] pdf = download("/api/paperwork/task-lists/" + taskList);
        keep("交办单.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("督查交办单", number, "测试交办单", "界首镇", "临泽镇", "S4建立“爱心驿站”",
                    "按“四有”标准建成爱心驿站3个", "签收人", "中共高邮市委办公室",
                    LocalDate.now(clock).getYear() + "年", "—1—");
            // the browser's print view lays out the same blocks: every text and cell of them is in the PDF
            JsonNode paper = api.ok(api.get("office", "/api/paperwork/task-lists/" + taskList + "/paper"));
            assertThat(paper.get("blocks").size()).isGreaterThan(8);
            for (JsonNode block : paper.get("blocks")) {
                if (!block.get("text").isNull()) {
                    assertThat(text).contains(flat(block.get("text").asText()));
                }
                block.get("header").forEach(h -> assertThat(text).contains(flat(h.asText())));
                block.get("rows").forEach(row -> row.forEach(c -> assertThat(text).contains(flat(c.asText()))));
            }
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            // the shipped AR PL SungtiL GB (PostScript name BousungEG-Light-GB), embedded as a subset (the prefix)
            assertThat(fontNames(document)).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+BousungEG-Light-GB"));
        }
    }

    @Test
    void the_bulletin_reports_the_period_its_lights_and_ranking_on_numbered_pages() throws IOException {
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = download("/api/paperwork/bulletin?workPlan=wp-2018&from=" + today.minusDays(7) + "&to=" + today);
        keep("通报.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("督查通报", "一、总体进展", "二、各单位进展", "三、红灯、黄灯任务", "四、考核排名",
                    "界首镇", "临泽镇");
            assertThat(text).contains("各单位平均完成率期初为");
            JsonNode paper = api.ok(api.get("office", "/api/paperwork/bulletin/paper?workPlan=wp-2018&from="
                    + today.minusDays(7) + "&to=" + today));
            for (JsonNode block : paper.get("blocks")) {
                if (!block.get("text").isNull()) {
                    assertThat(text).contains(flat(block.get("text").asText()));
                }
            }
            // other tests of this suite add organizations' tasks to the plan, so the length varies; each page counts
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(text).contains("—" + page + "—");
            }
            assertThat(text).doesNotContain("—" + (document.getNumberOfPages() + 1) + "—");
        }
    }

    @Test
    void the_bulletin_compares_the_periods_start_with_its_end_and_names_the_overdue_tasks() {
        clock.advance(Duration.ofDays(31));   // past the deadline: the list's tasks are red
        LocalDate today = LocalDate.now(clock);
        Instant start = today.atStartOfDay(clock.getZone()).toInstant();
        api.act("jieshou", jieshouTask, "reports", Map.of("figures", Map.of("love_stations", 3),
                "narrative", "已建成3家"));
        readSide.caughtUp();

        JsonNode paper = api.ok(api.get("office", "/api/paperwork/bulletin/paper?workPlan=wp-2018&from=" + today
                + "&to=" + today));

        String atStart = completionOf("界首镇", "/api/status/organizations?workPlan=wp-2018&asOf=" + start);
        String atEnd = completionOf("界首镇", "/api/status/organizations?workPlan=wp-2018");
        assertThat(atStart).as("the report of today moved 界首镇 on").isNotEqualTo(atEnd);
        assertThat(row(paper, "期初完成率", "界首镇")).containsSubsequence("界首镇", atStart + "%", atEnd + "%", "红灯");
        String due = api.ok(api.get("office", "/api/tasks/" + jieshouTask)).get("dueDate").asText();
        assertThat(rows(paper, "差距或原因")).as("the overdue tasks with why")
                .contains(List.of("界首镇", "S4 建立“爱心驿站”", "红灯", due, "已逾期"));
    }

    @Test
    void a_long_task_list_runs_over_pages_each_numbered_and_with_the_table_header_again() throws IOException {
        List<String> organizations = new ArrayList<>();
        api.ok(api.get("office", "/api/organizations")).forEach(o -> organizations.add(o.get("code").asText()));
        List<String> tasks = new ArrayList<>();
        for (String item : List.of("S4", "S7")) {
            tasks.addAll(api.issueTaskList(item, Map.of(item.equals("S4") ? "love_stations" : "mother_infant_rooms",
                    1), LocalDate.now(clock).plusDays(30), organizations.toArray(String[]::new)));
        }
        String list = api.ok(api.get("office", "/api/tasks/" + tasks.get(0))).get("taskListId").asText();
        readSide.caughtUp();
        byte[] pdf = download("/api/paperwork/task-lists/" + list);
        keep("长交办单.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("%s assignments", organizations.size()).isGreaterThanOrEqualTo(2);
            for (int page = 1; page <= pages; page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = flat(stripper.getText(document));
                assertThat(text).as("page %s", page).contains("—" + page + "—");
                if (page < pages) {
                    assertThat(text).as("page %s", page).contains("序号责任单位工作要点目标任务");
                }
            }
            assertThat(flat(new PDFTextStripper().getText(document)))
                    .contains(organizations.size() + api.ok(api.get("office", "/api/organizations")).get(
                            organizations.size() - 1).get("name").asText());
        }
    }

    @Test
    void bad_requests_are_refused_and_units_may_not_have_the_paperwork() {
        assertThat(api.get("office", "/api/paperwork/register?workPlan=wp-2018&asOf="
                + clock.instant().plusSeconds(3600)).getStatusCode().value()).isEqualTo(400);
        assertThat(api.get("office", "/api/paperwork/bulletin?workPlan=wp-2018&from=2018-06-30&to=2018-06-01")
                .getStatusCode().value()).isEqualTo(400);
        assertThat(api.get("office", "/api/paperwork/status?workPlan=no-such-plan").getStatusCode().value())
                .isEqualTo(404);
        assertThat(api.get("office", "/api/paperwork/task-lists/no-such-list").getStatusCode().value())
                .isEqualTo(404);
        assertThat(api.get("office", "/api/paperwork/register?workPlan=wp-2018&taskList=no-such-list")
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.get("jieshou", "/api/paperwork/register?workPlan=wp-2018").getStatusCode().value())
                .isEqualTo(403);
    }

    /** The rows of the paper's table that has that header. */
    private static List<List<String>> rows(JsonNode paper, String header) {
        for (JsonNode block : paper.get("blocks")) {
            if (hasHeader(block, header)) {
                List<List<String>> rows = new ArrayList<>();
                block.get("rows").forEach(row -> {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell.asText()));
                    rows.add(cells);
                });
                return rows;
            }
        }
        throw new AssertionError("no table with the header " + header);
    }

    private static boolean hasHeader(JsonNode block, String header) {
        for (JsonNode h : block.get("header")) {
            if (h.asText().equals(header)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> row(JsonNode paper, String header, String organization) {
        return rows(paper, header).stream().filter(r -> r.get(0).equals(organization)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + organization));
    }

    private String completionOf(String name, String path) {
        for (JsonNode row : api.ok(api.get("office", path))) {
            if (row.get("name").asText().equals(name)) {
                return percent(row.get("completion").decimalValue());
            }
        }
        throw new AssertionError("no board row of " + name);
    }

    private List<String> registerRow(String path, String organization) {
        try (XSSFWorkbook book = Workbooks.open(download(path))) {
            return Workbooks.rows(book.getSheet("台账"), 3).stream()
                    .filter(row -> row.get(2).equals(organization))
                    .findFirst().orElseThrow(() -> new AssertionError("no row of " + organization));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] download(String path) {
        var response = api.download("office", path);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** The text without the spaces and line breaks that table cells and line wrapping put into it. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static List<String> fontNames(PDDocument document) throws IOException {
        List<String> names = new ArrayList<>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                names.add(page.getResources().getFont(name).getName());
            }
        }
        return names;
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Path.of("target", "paperwork");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
    }
}
