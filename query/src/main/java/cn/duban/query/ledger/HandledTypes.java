package cn.duban.query.ledger;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The payload types in the store that a projection handles, decided by Axon's own handler inspection of the bean
 * (so supertypes and interfaces count as Axon counts them), never by a list someone must keep in step.
 */
@Component
public class HandledTypes {

    private final JdbcTemplate jdbc;
    private final Map<Object, AnnotationEventHandlerAdapter> handlers = new ConcurrentHashMap<>();
    private final Map<String, Optional<Class<?>>> classes = new ConcurrentHashMap<>();

    HandledTypes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fully qualified payload type names, as stored in {@code domain_event_entry.payload_type}. */
    public List<String> of(Object projection) {
        return jdbc.queryForList("SELECT DISTINCT payload_type FROM domain_event_entry", String.class).stream()
                .filter(type -> handles(projection, type)).sorted().toList();
    }

    /** Whether the projection handles events of that stored payload type. */
    public boolean handles(Object projection, String payloadType) {
        var adapter = handlers.computeIfAbsent(projection, AnnotationEventHandlerAdapter::new);
        return classes.computeIfAbsent(payloadType, HandledTypes::load).map(adapter::canHandleType).orElse(false);
    }

    private static Optional<Class<?>> load(String type) {
        try {
            return Optional.of(Class.forName(type, false, HandledTypes.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }
}
