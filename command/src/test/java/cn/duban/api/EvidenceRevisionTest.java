package cn.duban.api;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: a rectification stored before evidence existed (revision 1) still reads, with none, and so
 * does a progress report stored without evidence.
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
    void a_progress_report_keeps_its_evidence_and_its_revision() {
        var event = new ProgressReported("task-1", Map.of("love_stations", BigDecimal.ONE), "已建成", List.of("key-1"));
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"taskId\":\"task-1\",\"figures\":{\"love_stations\":1},\"narrative\":\"已建成\","
                        + "\"evidence\":[\"key-1\"]}");
        assertThat((ProgressReported) serializer.deserialize(stored)).isEqualTo(event);
    }
}
