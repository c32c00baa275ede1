package cn.duban.api;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: a gap review stored before it recorded its routing facts (revision 1) still reads, with both
 * facts unknown; a revision 2 review keeps them and the upcaster leaves it alone.
 */
class GapsReviewedRevisionTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void a_revision_1_review_reads_with_its_gaps_and_the_facts_it_did_not_record_unknown() {
        String stored = "{\"taskId\":\"task-1\",\"gaps\":[{\"indicator\":\"love_stations\",\"target\":30,"
                + "\"reported\":23,\"shortfall\":7}]}";

        IntermediateEventRepresentation upcast = upcast(stored, "1");

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        assertThat((GapsReviewed) serializer.deserialize(upcast.getData())).isEqualTo(new GapsReviewed("task-1",
                List.of(new Gap("love_stations", new BigDecimal("30"), new BigDecimal("23"), new BigDecimal("7"))),
                null, null));
    }

    @Test
    void a_revision_2_review_keeps_its_facts_and_is_left_alone_by_the_upcaster() {
        var review = new GapsReviewed("task-1", List.of(), new BigDecimal("1.0000"), 3);
        SerializedObject<byte[]> stored = serializer.serialize(review, byte[].class);

        IntermediateEventRepresentation read = upcast(new String(stored.getData(), StandardCharsets.UTF_8),
                stored.getType().getRevision());

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat((GapsReviewed) serializer.deserialize(read.getData())).isEqualTo(review);
        assertThat(review.gapsFound()).isFalse();
    }

    private IntermediateEventRepresentation upcast(String payload, String revision) {
        var entry = new GenericDomainEventEntry<>(TaskStream.TYPE, "task-1", 4, "event-1", "2018-06-01T08:00:00Z",
                GapsReviewed.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return new GapsReviewedUpcaster().upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .findFirst().orElseThrow();
    }
}
