package cn.duban.api;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: a rectification stored before evidence existed (revision 1) still reads, with none, and so
 * does a progress report stored without evidence; an evidence file stored with only its SHA-256 (revision 1) reads
 * with its digest named.
 */
class EvidenceRevisionTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void a_revision_1_rectification_reads_with_no_evidence() {
        String stored = "{\"taskId\":\"task-1\",\"figures\":{\"love_stations\":3},\"narrative\":\"补齐\"}";
        SerializedObject<byte[]> old = new SimpleSerializedObject<>(stored.getBytes(StandardCharsets.UTF_8),
                byte[].class, GapsRectified.class.getName(), "1");

        GapsRectified event = serializer.deserialize(old);

        assertThat(event).isEqualTo(new GapsRectified("task-1", Map.of("love_stations", new BigDecimal("3")), "补齐",
                List.of()));
    }

    @Test
    void a_revision_2_rectification_keeps_its_evidence() {
        var event = new GapsRectified("task-1", Map.of("love_stations", BigDecimal.ONE), "补齐", List.of("key-1"));
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat((GapsRectified) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void a_progress_report_stored_without_evidence_reads_with_none() {
        String stored = "{\"taskId\":\"task-1\",\"figures\":{\"love_stations\":3},\"narrative\":\"已建成\"}";
        SerializedObject<byte[]> old = new SimpleSerializedObject<>(stored.getBytes(StandardCharsets.UTF_8),
                byte[].class, ProgressReported.class.getName(), "1");

        ProgressReported event = serializer.deserialize(old);

        assertThat(event).isEqualTo(new ProgressReported("task-1", Map.of("love_stations", new BigDecimal("3")),
                "已建成", List.of()));
    }

    @Test
    void a_progress_report_keeps_its_evidence_as_revision_2() {
        var event = new ProgressReported("task-1", Map.of("love_stations", BigDecimal.ONE), "已建成", List.of("key-1"));
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"taskId\":\"task-1\",\"figures\":{\"love_stations\":1},\"narrative\":\"已建成\","
                        + "\"evidence\":[\"key-1\"]}");
        assertThat((ProgressReported) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void a_revision_1_evidence_file_reads_with_its_sha256_named_as_the_digest() {
        String stored = "{\"taskId\":\"task-1\",\"file\":{\"storageKey\":\"k-1\",\"name\":\"驿站.jpg\","
                + "\"type\":\"image/jpeg\",\"size\":2048,\"sha256\":\"" + "a".repeat(64) + "\"}}";
        var entry = new GenericDomainEventEntry<>(TaskStream.TYPE, "task-1", 3, "event-1", "2018-03-01T08:00:00Z",
                EvidenceAttached.class.getName(), "1", stored.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation upcast = new EvidenceAttachedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        EvidenceAttached event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(new EvidenceAttached("task-1", new EvidenceFile("k-1", "驿站.jpg", "image/jpeg",
                2048, "SHA-256", "a".repeat(64))));
    }

    @Test
    void a_revision_2_evidence_file_keeps_its_algorithm_and_is_left_alone_by_the_upcaster() {
        var event = new EvidenceAttached("task-1", new EvidenceFile("k-1", "驿站.jpg", "image/jpeg", 2048, "SM3",
                "b".repeat(64)));
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        var entry = new GenericDomainEventEntry<>(TaskStream.TYPE, "task-1", 3, "event-1", "2018-03-01T08:00:00Z",
                stored.getType().getName(), stored.getType().getRevision(), stored.getData(),
                "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation read = new EvidenceAttachedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat((EvidenceAttached) serializer.deserialize(read.getData())).isEqualTo(event);
    }

    @Test
    void a_file_as_a_read_model_kept_it_before_revision_2_reads_as_a_sha256_digest() throws Exception {
        String row = "{\"storageKey\":\"k-1\",\"name\":\"驿站.jpg\",\"type\":\"image/jpeg\",\"size\":2048,"
                + "\"sha256\":\"" + "a".repeat(64) + "\"}";

        EvidenceFile file = new com.fasterxml.jackson.databind.ObjectMapper().readValue(row, EvidenceFile.class);

        assertThat(file).isEqualTo(new EvidenceFile("k-1", "驿站.jpg", "image/jpeg", 2048, "SHA-256", "a".repeat(64)));
    }
}
