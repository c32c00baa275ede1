package cn.duban.query.notification;

import cn.duban.api.ExtensionDenied;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.GapsReviewed;
import cn.duban.api.TaskEscalated;
import cn.duban.api.TaskLightChanged;
import cn.duban.api.TaskReminded;
import cn.duban.api.TaskUrged;
import cn.duban.query.Projection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps {@code notification}: the notices of {@link Notices}, one row each. A rebuild drops and refills it with the
 * same ids; the read marks in {@code notification_read} are not this projection's and stay. One handler per event
 * type, not one for every event: the handled types are what the reconciliation and the rebuild read from a
 * projection's handlers ({@code HandledTypes}), so a catch-all would claim every event of the store.
 */
@Component
@ProcessingGroup(NotificationProjection.NAME)
class NotificationProjection implements Projection {

    static final String NAME = "notifications";
    static final String TABLE = "notification";

    private final Notices notices;
    private final JdbcTemplate jdbc;

    NotificationProjection(Notices notices, JdbcTemplate jdbc) {
        this.notices = notices;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TaskReminded event, EventMessage<?> message) {
        record(message);
    }

    @EventHandler
    void on(TaskUrged event, EventMessage<?> message) {
        record(message);
    }

    @EventHandler
    void on(TaskEscalated event, EventMessage<?> message) {
        record(message);
    }

    @EventHandler
    void on(ExtensionGranted event, EventMessage<?> message) {
        record(message);
    }

    @EventHandler
    void on(ExtensionDenied event, EventMessage<?> message) {
        record(message);
    }

    @EventHandler
    void on(GapsReviewed event, EventMessage<?> message) {
        record(message);
    }

    @EventHandler
    void on(TaskLightChanged event, EventMessage<?> message) {
        record(message);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM " + TABLE);
    }

    private void record(EventMessage<?> message) {
        notices.of(message).forEach(notice -> jdbc.update("INSERT INTO " + TABLE
                        + " (id, kind, task_id, organization, audience, title, body, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                notice.id(), notice.kind().name(), notice.taskId(), notice.organization(), notice.audience().name(),
                notice.title(), notice.body(), notice.createdAt().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }
}
