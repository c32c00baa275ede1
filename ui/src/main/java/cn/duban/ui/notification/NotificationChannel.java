package cn.duban.ui.notification;

/**
 * One way of sending notifications outward. An implementation sends or throws: the dispatcher records the failure and
 * tries again later, so a channel needs no retries of its own and must not swallow errors.
 */
interface NotificationChannel {

    Channel channel();

    /** Whether this channel is configured at all; an unconfigured one is not planned for. */
    default boolean available() {
        return true;
    }

    void send(Outgoing message) throws Exception;
}
