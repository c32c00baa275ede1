package cn.duban.api;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever, across a rename: the type of a target's {@code comparator} was {@code Comparator} when these
 * events were stored and is {@link Bound} now. Jackson writes an enum as its constant's name, never its class, so the
 * stored events read unchanged and a new one is written as the old ones were.
 */
class StoredBoundTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(EventContractTest.productionObjectMapper())
            .build();

    @Test
    void a_task_issued_stored_before_the_rename_reads_its_ceiling_and_its_floor() {
        String stored = """
                {"taskId":"task-1","taskListId":"list-1","workPlanId":"wp-2018","itemCode":"10",\
                "organization":"jieshou","targets":[\
                {"indicator":"accidents","kind":"COUNT","comparator":"AT_MOST","target":0},\
                {"indicator":"love_stations","kind":"COUNT","comparator":"AT_LEAST","target":30}],\
                "weight":0.6,"dueDate":"2018-12-31"}""";

        TaskIssued issued = SERIALIZER.deserialize(stored(stored, TaskIssued.class));

        assertThat(issued).isEqualTo(new TaskIssued("task-1", "list-1", "wp-2018", "10", "jieshou", List.of(
                new TaskTarget("accidents", IndicatorKind.COUNT, Bound.AT_MOST, new BigDecimal("0")),
                new TaskTarget("love_stations", IndicatorKind.COUNT, Bound.AT_LEAST, new BigDecimal("30"))),
                new BigDecimal("0.6"), LocalDate.of(2018, 12, 31)));
    }

    @Test
    void a_work_plan_drafted_before_the_rename_reads_its_ceiling() {
        String stored = """
                {"workPlanId":"wp-2018","year":2018,"title":"全市工会工作要点","issuer":"市总工会","framework":"一二三四十",\
                "items":[{"code":"10","category":"十件实事","title":"安全生产","indicators":[\
                {"code":"accidents","name":"较大事故","unit":"起","kind":"COUNT","comparator":"AT_MOST","target":0,\
                "rollup":"SUM","checklist":[]}]}]}""";

        WorkPlanDrafted drafted = SERIALIZER.deserialize(stored(stored, WorkPlanDrafted.class));

        assertThat(drafted.items().get(0).indicators().get(0).comparator()).isEqualTo(Bound.AT_MOST);
    }

    @Test
    void a_target_is_written_under_comparator_by_its_constant_as_before() {
        var issued = new TaskIssued("task-1", "list-1", "wp-2018", "10", "jieshou",
                List.of(new TaskTarget("accidents", IndicatorKind.COUNT, Bound.AT_MOST, BigDecimal.ZERO)),
                new BigDecimal("0.6"), LocalDate.of(2018, 12, 31));

        String written = new String(SERIALIZER.serialize(issued, byte[].class).getData(), StandardCharsets.UTF_8);

        assertThat(written).contains("\"comparator\":\"AT_MOST\"").doesNotContain("Bound");
    }

    private static SerializedObject<byte[]> stored(String json, Class<?> type) {
        return new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class, type.getName(), "1");
    }
}
