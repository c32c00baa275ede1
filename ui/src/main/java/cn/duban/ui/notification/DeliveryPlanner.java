package cn.duban.ui.notification;

import cn.duban.api.ExtensionDenied;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.GapsReviewed;
import cn.duban.api.TaskEscalated;
import cn.duban.api.TaskLightChanged;
import cn.duban.api.TaskReminded;
import cn.duban.api.TaskUrged;
import cn.duban.query.notification.Notice;
import cn.duban.query.notification.Notices;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Turns each notice into outbox rows: one per person and personal channel (e-mail, SMS, where the person has an
 * address) and one per group robot of the audience. It runs in a processor of its own, after the action committed
 * and never inside it, which starts at the head of the store: a new node, or one whose token was lost, does not send
 * the past again; and it is no projection, so a rebuild never replays it.
 */
@Component
@ProcessingGroup(NotificationConfiguration.PLANNER)
@DisallowReplay
class DeliveryPlanner {

    private final Notices notices;
    private final Recipients recipients;
    private final Outbox outbox;
    private final Channels channels;
    private final NotificationProperties properties;
    private final QuietHours quietHours;
    private final Clock clock;

    DeliveryPlanner(Notices notices, Recipients recipients, Outbox outbox, Channels channels,
                    NotificationProperties properties, QuietHours quietHours, Clock clock) {
        this.notices = notices;
        this.recipients = recipients;
        this.outbox = outbox;
        this.channels = channels;
        this.properties = properties;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    // The types that can notify, as NotificationProjection handles them: a catch-all handler would make this
    // processor deserialize every event of the store. What each one says is still Notices' alone to decide.

    @EventHandler
    void on(TaskReminded event, EventMessage<?> message) {
        planAll(message);
    }

    @EventHandler
    void on(TaskUrged event, EventMessage<?> message) {
        planAll(message);
    }

    @EventHandler
    void on(TaskEscalated event, EventMessage<?> message) {
        planAll(message);
    }

    @EventHandler
    void on(ExtensionGranted event, EventMessage<?> message) {
        planAll(message);
    }

    @EventHandler
    void on(ExtensionDenied event, EventMessage<?> message) {
        planAll(message);
    }

    @EventHandler
    void on(GapsReviewed event, EventMessage<?> message) {
        planAll(message);
    }

    @EventHandler
    void on(TaskLightChanged event, EventMessage<?> message) {
        planAll(message);
    }

    private void planAll(EventMessage<?> message) {
        notices.of(message).forEach(this::plan);
    }

    void plan(Notice notice) {
        Instant now = clock.instant();
        Instant due = quietHours.release(now);
        for (Recipients.Person person : recipients.of(notice)) {
            if (person.email() != null && channels.available(Channel.EMAIL)) {
                outbox.add(notice, person.username(), Channel.EMAIL, person.email(), due, now);
            }
            if (person.mobile() != null && channels.available(Channel.SMS)) {
                outbox.add(notice, person.username(), Channel.SMS, person.mobile(), due, now);
            }
        }
        properties.robots().forEach((name, robot) -> {
            if (addressed(robot, notice)) {
                outbox.add(notice, "robot:" + name, robot.kind(), name, due, now);
            }
        });
    }

    private static boolean addressed(NotificationProperties.Robot robot, Notice notice) {
        return switch (notice.audience()) {
            case OFFICE -> robot.organization() == null;
            case UNIT -> notice.organization().equals(robot.organization());
        };
    }
}
