package cn.duban.ui.evidence;

import cn.duban.audit.HashAlgorithm;
import java.util.HexFormat;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence round trip on PostgreSQL: upload, attach, a report that refers to it, download with the digest checked;
 * and every refusal (wrong content, too large, another unit, a tampered file) leaves no event and no file behind.
 * The files are in the database, the default store (StatusStreamIT downloads one through another node).
 */
class EvidenceIT extends PostgresIntegrationTest {

    private static final String UNIT = "gy-dev-zone";

    @Autowired
    EvidenceStore store;

    private String task;
    private String base;

    @BeforeEach
    void acknowledgedTask() {
        task = api.issueTaskList("S6", Map.of("wage_bargaining_enterprises", 20), LocalDate.of(2026, 12, 31), UNIT)
                .get(0);
        api.act(UNIT, task, "acknowledge", null);
        base = "/api/tasks/" + task + "/evidence";
    }

    @Test
    void an_evidence_file_round_trips_with_its_digest_checked() throws IOException {
        byte[] photo = EvidenceFiles.image("png");
        ResponseEntity<JsonNode> uploaded = api.upload(UNIT, base, "C:\\照片\\现场 1.png", photo);
        assertThat(uploaded.getStatusCode().value()).as("%s", uploaded.getBody()).isEqualTo(201);
        JsonNode file = uploaded.getBody();
        String key = file.get("storageKey").asText();
        assertThat(file.get("name").asText()).isEqualTo("现场 1.png");
        assertThat(file.get("type").asText()).isEqualTo("image/png");
        assertThat(file.get("size").asLong()).isEqualTo(photo.length);
        assertThat(file.get("digestAlgorithm").asText()).isEqualTo("SHA-256");
        assertThat(file.get("digest").asText()).isEqualTo(HexFormat.of().formatHex(
                HashAlgorithm.SHA_256.digest().digest(photo)));
        assertThat(key).doesNotContain("现场").doesNotContain("png");
        assertThat(jdbc.queryForObject("SELECT bytes FROM evidence_chunk WHERE storage_key = ? AND seq = 0",
                byte[].class, key)).as("the bytes are in the database").isEqualTo(photo);
        try (Stream<?> files = Files.list(EVIDENCE)) {
            assertThat(files.count()).as("and in no node's folder").isZero();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = 'cn.duban.api.EvidenceAttached' AND position(? in convert_from(payload, "
                + "'UTF8')) > 0", Long.class, task, "iVBOR")).as("the event holds no bytes of the file").isZero();

        JsonNode reported = api.act(UNIT, task, "reports", Map.of(
                "figures", Map.of("wage_bargaining_enterprises", 12), "narrative", "见现场照片",
                "evidence", List.of(key)));
        assertThat(reported.get("evidence").findValuesAsText("storageKey")).containsExactly(key);
        JsonNode history = api.ok(api.get("office", "/api/tasks/" + task + "/history"));
        assertThat(history.findValues("payload").stream().filter(p -> p.has("evidence") && p.has("narrative"))
                .findFirst().orElseThrow().get("evidence").get(0).asText()).isEqualTo(key);

        for (String reader : List.of("office", "auditor", UNIT)) {
            ResponseEntity<byte[]> download = api.download(reader, base + "/" + key);
            assertThat(download.getStatusCode().value()).as(reader).isEqualTo(200);
            assertThat(download.getBody()).isEqualTo(photo);
            assertThat(download.getHeaders().getContentType()).hasToString("image/png");
            assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
            assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("现场 1.png");
            assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void a_tampered_file_is_never_served() throws IOException {
        String key = api.upload(UNIT, base, "scan.pdf", EvidenceFiles.pdf(2000)).getBody().get("storageKey").asText();
        byte[] tampered = EvidenceFiles.pdf(2000);
        tampered[100] = 'X';
        jdbc.update("UPDATE evidence_chunk SET bytes = ? WHERE storage_key = ? AND seq = 0", tampered, key);

        ResponseEntity<JsonNode> refused = api.get("office", base + "/" + key);
        assertThat(refused.getStatusCode().value()).isEqualTo(500);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody().get("detail").asText()).contains("evidence corrupted");

        jdbc.update("DELETE FROM evidence_file WHERE storage_key = ?", key);
        assertThat(api.get("office", base + "/" + key).getStatusCode().value()).as("a lost file").isEqualTo(500);
    }

    @Test
    void content_that_does_not_match_its_name_is_refused_leaving_no_event_and_no_file() throws IOException {
        long events = eventCount();
        long files = storedFiles();
        ResponseEntity<JsonNode> refused = api.upload(UNIT, base, "report.pdf", EvidenceFiles.image("png"));
        assertThat(refused.getStatusCode().value()).isEqualTo(415);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody().get("detail").asText()).contains("image/png");
        assertThat(api.upload(UNIT, base, "photo.jpg", "<script>alert(1)</script>".getBytes())
                .getStatusCode().value()).isEqualTo(415);
        assertThat(api.upload(UNIT, base, "tool.exe", EvidenceFiles.pdf(100)).getStatusCode().value())
                .isEqualTo(415);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void an_oversized_file_is_refused_with_413_leaving_nothing() throws IOException {
        long events = eventCount();
        long files = storedFiles();
        ResponseEntity<JsonNode> refused = api.upload(UNIT, base, "huge.pdf", EvidenceFiles.pdf(20 * 1024 * 1024 + 1));
        assertThat(refused.getStatusCode().value()).isEqualTo(413);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void another_unit_may_neither_upload_nor_download() throws IOException {
        String key = api.upload(UNIT, base, "scan.pdf", EvidenceFiles.pdf(500)).getBody().get("storageKey").asText();
        long events = eventCount();
        long files = storedFiles();
        assertThat(api.upload("jieshou", base, "scan.pdf", EvidenceFiles.pdf(500)).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.get("jieshou", base + "/" + key).getStatusCode().value()).isEqualTo(403);
        assertThat(api.upload("office", base, "scan.pdf", EvidenceFiles.pdf(500)).getStatusCode().value())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(storedFiles()).isEqualTo(files);
    }

    @Test
    void a_report_may_refer_only_to_evidence_of_its_own_task() {
        long events = eventCount();
        ResponseEntity<JsonNode> refused = api.post(UNIT, "/api/tasks/" + task + "/reports", Map.of(
                "figures", Map.of("wage_bargaining_enterprises", 12), "narrative", "见附件",
                "evidence", List.of("00000000-0000-0000-0000-000000000000")));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("evidence[0]");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(api.get("office", base + "/00000000-0000-0000-0000-000000000000").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void a_withdrawn_task_takes_no_evidence_and_keeps_no_file() throws IOException {
        api.act("office", task, "withdraw", Map.of("reason", "撤销"));
        long events = eventCount();
        long files = storedFiles();
        assertThat(api.upload(UNIT, base, "scan.pdf", EvidenceFiles.pdf(500)).getStatusCode().value())
                .isEqualTo(409);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(storedFiles()).as("the refused command took the file with it").isEqualTo(files);
    }

    /**
     * The store itself, past the HTTP limit of 20 MB, on PostgreSQL: a file of 20 MiB is written and read one chunk at
     * a time, so the heap never holds it (DatabaseEvidenceStoreTest can measure only the reading, on H2).
     */
    @Test
    void a_large_file_is_stored_and_read_back_without_being_held_in_memory() throws IOException {
        long size = 20L * 1024 * 1024;
        var content = new LargeContent(size, HashAlgorithm.SHA_256);

        StoredEvidence stored = store.save(content, size);

        assertThat(stored.digest()).isEqualTo(content.digest());
        assertThat(content.heapGrowth()).as("heap held while saving").isLessThan(size / 2);
        try (InputStream in = store.open(stored.storageKey())) {
            LargeContent.Read read = LargeContent.read(in, size, HashAlgorithm.SHA_256);
            assertThat(read.digest()).isEqualTo(stored.digest());
            assertThat(read.heapGrowth()).as("heap held while reading").isLessThan(size / 2);
        }
        store.delete(stored.storageKey());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evidence_chunk WHERE storage_key = ?", Long.class,
                stored.storageKey())).isZero();
    }

    private long storedFiles() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evidence_file", Long.class);
    }
}
