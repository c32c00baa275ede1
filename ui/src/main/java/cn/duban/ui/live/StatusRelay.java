package cn.duban.ui.live;

import cn.duban.api.TaskStream;
import cn.duban.query.ledger.ProjectionHandled;
import cn.duban.query.task.TaskOrganizations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.DomainEventMessage;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * Brings every committed task change to the status streams of every node. On PostgreSQL the node whose projection
 * committed a change announces it with {@code NOTIFY} on channel {@value #CHANNEL}, and every node, this one too,
 * listens on a connection of its own (outside the pool, so the pool keeps its size) and hands what it hears to its
 * streams: a browser hears every change it may see, whichever node it is connected to and whichever node holds the
 * projection's segments. The embedded H2 default is one node: changes go straight to its streams.
 * <p>
 * While the listening connection is lost (a database outage) changes are not heard; it reconnects by itself, and a
 * board that missed changes catches up when it reconnects its stream, as after any break.
 */
@Component
class StatusRelay {

    static final String CHANNEL = "duban_status";
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);
    /** Every so many polls the listening connection is asked whether it is still there. */
    private static final int PROBE_EVERY = 30;
    private static final Logger LOG = LoggerFactory.getLogger(StatusRelay.class);

    private final StatusStream stream;
    private final TaskOrganizations organizations;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final DataSourceProperties database;
    private final boolean postgres;
    private final ExecutorService announcer = StatusStream.daemon("status-relay");
    private final ExecutorService listener = StatusStream.daemon("status-listener");
    private volatile boolean running = true;

    StatusRelay(StatusStream stream, TaskOrganizations organizations, JdbcTemplate jdbc, ObjectMapper json,
                DataSourceProperties database) {
        this.stream = stream;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.json = json;
        this.database = database;
        this.postgres = database.determineUrl().startsWith("jdbc:postgresql:");
    }

    @PostConstruct
    void listen() {
        if (postgres) {
            listener.execute(this::listenUntilClosed);
        }
    }

    /** A projection committed a live event: the task's organization is looked up once, then the change goes out. */
    @EventListener
    void on(ProjectionHandled handled) {
        if (!(handled.event() instanceof DomainEventMessage<?> event) || !TaskStream.TYPE.equals(event.getType())) {
            return;
        }
        announcer.execute(() -> organizations.of(event.getAggregateIdentifier()).ifPresent(organization ->
                announce(new TaskChange(organization, event.getAggregateIdentifier(),
                        event.getPayloadType().getSimpleName(), handled.position(), handled.processingGroup()))));
    }

    private void announce(TaskChange change) {
        if (!postgres) {
            stream.deliver(change);
            return;
        }
        try {
            jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, json.writeValueAsString(change));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("could not announce the change of task {} to the status streams: {}", change.taskId(),
                    e.getMessage());
        }
    }

    private void listenUntilClosed() {
        Duration backOff = POLL;
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.determineUrl(),
                    database.determineUsername(), database.determinePassword())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                backOff = POLL;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                for (long polls = 1; running; polls++) {
                    PGNotification[] heard = notifications.getNotifications(Math.toIntExact(POLL.toMillis()));
                    for (PGNotification notification : heard == null ? new PGNotification[0] : heard) {
                        deliver(notification.getParameter());
                    }
                    if (polls % PROBE_EVERY == 0) {
                        // waiting for notifications never notices a connection the network dropped: ask
                        try (Statement probe = connection.createStatement()) {
                            probe.execute("SELECT 1");
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("the status streams are not hearing changes, trying again in {}: {}", backOff,
                        e.getMessage());
                if (!pause(backOff)) {
                    return;
                }
                backOff = backOff.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff.multipliedBy(2);
            }
        }
    }

    private void deliver(String payload) {
        try {
            stream.deliver(json.readValue(payload, TaskChange.class));
        } catch (JsonProcessingException e) {
            LOG.warn("ignored a status notification that is no task change: {}", e.getMessage());
        }
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @PreDestroy
    void close() {
        running = false;
        listener.shutdownNow();
        announcer.shutdownNow();
    }
}
