package cn.duban.ui.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends what the outbox holds due, on every node: each message is claimed for a lease, sent outside any transaction,
 * and its outcome recorded. A failure waits as {@link RetryPolicy} says (and for the quiet hours to end) and is
 * FAILED once its attempts are used up; it never reaches back to the action that caused the notice.
 */
@Component
class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final int BATCH = 50;
    /** Longer than any channel's timeouts, so a message is never sent twice by two nodes in turn. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final Channels channels;
    private final RetryPolicy retries;
    private final QuietHours quietHours;
    private final Clock clock;

    Dispatcher(Outbox outbox, Channels channels, RetryPolicy retries, QuietHours quietHours,
               Clock clock) {
        this.outbox = outbox;
        this.channels = channels;
        this.retries = retries;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${duban.notifications.dispatch-interval}",
            initialDelayString = "${duban.notifications.dispatch-interval}")
    void scheduled() {
        try {
            dispatchDue();
        } catch (RuntimeException e) {
            LOG.warn("Notifications not dispatched this round (tried again at the next): {}", e.toString());
        }
    }

    /** Attempts every message due now, batch after batch; the number of attempts made. */
    int dispatchDue() {
        Instant start = clock.instant();
        if (quietHours.release(start).isAfter(start)) {
            // what fell due before the quiet hours waits too: a row due at 21:59, a backlog after an outage at 02:00
            return 0;
        }
        int attempts = 0;
        List<Long> due;
        do {
            Instant now = clock.instant();
            due = outbox.due(now, BATCH);
            for (long id : due) {
                attempts += outbox.claim(id, now, now.plus(LEASE)).map(this::attempt).orElse(0);
            }
        } while (due.size() == BATCH);
        return attempts;
    }

    private int attempt(Outbox.Claimed claimed) {
        try {
            channels.configured(claimed.channel()).orElseThrow(() -> new IllegalStateException(
                    "channel " + claimed.channel() + " is not configured")).send(claimed.message());
            outbox.sent(claimed.id(), clock.instant());
        } catch (Exception e) {
            Instant now = clock.instant();
            Instant retry = retries.next(claimed.attempts() + 1, now).map(quietHours::release).orElse(null);
            outbox.failed(claimed.id(), describe(e), retry, now);
            LOG.info("Notification {} by {} failed ({}): {}", claimed.id(), claimed.channel(),
                    retry == null ? "given up" : "again at " + retry, describe(e));
        }
        return 1;
    }

    /**
     * The error and its causes: a refused connection shows only there (JDK's client reports it as a ConnectException
     * caused by a ClosedChannelException, both without a message).
     */
    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(text(e));
        String separator = " (caused by ";
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(separator).append(text(cause));
            separator = ", by ";
        }
        return e.getCause() == null ? text.toString() : text.append(")").toString();
    }

    private static String text(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
