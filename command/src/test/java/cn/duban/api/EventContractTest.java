package cn.duban.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.type.filter.TypeFilter;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: every event of the message API carries its {@link Revision} and survives Axon's
 * {@link JacksonSerializer} as the application configures it, field by field.
 * <p>
 * The events are found by a scan: every record of {@code cn.duban.api} that is not a command (commands name their
 * target aggregate) and not one of the few values messages carry. A new record therefore fails this test until it is
 * either given a sample here or named a value; a second scan checks that whatever the aggregates source is among them.
 */
class EventContractTest {

    /** Records carried inside messages, never sent or stored as messages of their own. */
    private static final Set<Class<?>> VALUES = Set.of(Actor.class, Assignment.class, EvidenceFile.class,
            FieldError.class, Gap.class, Indicator.class, IssuedTask.class, PlanItem.class, TaskTarget.class);

    private static final Map<Class<?>, Object> SAMPLES = EventSamples.byType();

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(productionObjectMapper())
            .build();

    /**
     * The application's serializer is Axon's auto-configured {@link JacksonSerializer} (axon.serializer.* = jackson)
     * over Spring Boot's ObjectMapper: Jackson2ObjectMapperBuilder's defaults (the JDK 8, java.time and parameter
     * name modules; unknown properties and view inclusion off) plus Boot's and application.yml's
     * write-dates-as-timestamps: false. This is that mapper, built without Spring.
     */
    static ObjectMapper productionObjectMapper() {
        return JsonMapper.builder()
                .addModules(new Jdk8Module(), new JavaTimeModule(), new ParameterNamesModule())
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .build();
    }

    static Set<Class<?>> events() {
        return scan("cn.duban.api", new AssignableTypeFilter(Record.class)).stream()
                .filter(type -> !VALUES.contains(type) && !isCommand(type))
                .collect(Collectors.toSet());
    }

    private static boolean isCommand(Class<?> type) {
        return Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)
                        || fieldOf(c).isAnnotationPresent(TargetAggregateIdentifier.class))
                || Arrays.stream(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(TargetAggregateIdentifier.class));
    }

    private static java.lang.reflect.Field fieldOf(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Class<?>> scan(String basePackage, TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents(basePackage).stream()
                .map(definition -> load(definition.getBeanClassName()))
                .collect(Collectors.toSet());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Named<Class<?>>> eventTypes() {
        return events().stream().map(type -> Named.of(type.getSimpleName(), type));
    }

    static Stream<Named<Object>> samples() {
        return SAMPLES.values().stream().map(sample -> Named.of(sample.getClass().getSimpleName(), sample));
    }

    @Test
    void the_scan_finds_the_events_and_not_the_commands_or_values() {
        assertThat(events()).contains(TaskIssued.class, UserRolesAssigned.class, TaskListIssued.class)
                .doesNotContain(IssueTask.class, RegisterUser.class, Gap.class, Actor.class)
                .hasSizeGreaterThanOrEqualTo(26);
    }

    @Test
    void every_event_has_a_sample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(events());
    }

    @Test
    void every_event_an_aggregate_sources_is_one_of_the_events() {
        Set<Class<?>> sourced = scan("cn.duban.command", new AnnotationTypeFilter(Aggregate.class)).stream()
                .flatMap(aggregate -> Arrays.stream(aggregate.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class))
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());
        assertThat(sourced).hasSizeGreaterThanOrEqualTo(15);
        assertThat(events()).containsAll(sourced);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_carries_its_revision(Class<?> event) {
        Revision revision = event.getAnnotation(Revision.class);
        assertThat(revision).as("@Revision on %s", event.getSimpleName()).isNotNull();
        assertThat(revision.value()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_sample_sets_every_field(Object sample) {
        assertEveryFieldSet(sample, sample.getClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void an_event_is_stored_under_its_revision(Object sample) {
        SerializedObject<byte[]> stored = SERIALIZER.serialize(sample, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo(sample.getClass().getName());
        assertThat(stored.getType().getRevision()).isEqualTo(sample.getClass().getAnnotation(Revision.class).value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void an_event_reads_back_equal_to_what_was_stored(Object sample) {
        SerializedObject<byte[]> stored = SERIALIZER.serialize(sample, byte[].class);
        Object read = SERIALIZER.deserialize(
                new SimpleSerializedObject<>(stored.getData(), byte[].class, stored.getType()));
        assertThat(read).isEqualTo(sample);
    }

    private static void assertEveryFieldSet(Object value, String path) {
        assertThat(value).as(path).isNotNull();
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                assertEveryFieldSet(read(component, record), path + "." + component.getName());
            }
        } else if (value instanceof Collection<?> collection) {
            assertThat(collection).as(path).isNotEmpty();
            collection.forEach(element -> assertEveryFieldSet(element, path + "[]"));
        } else if (value instanceof Map<?, ?> map) {
            assertThat(map).as(path).isNotEmpty();
            map.values().forEach(element -> assertEveryFieldSet(element, path + "{}"));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
