package cn.duban.ui.notification;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The application's channels by kind, and whether each is configured: what is planned for and what sends. */
@Component
class Channels {

    private final Map<Channel, NotificationChannel> byKind;

    Channels(List<NotificationChannel> channels) {
        this.byKind = channels.stream().collect(Collectors.toMap(NotificationChannel::channel, Function.identity()));
    }

    boolean available(Channel channel) {
        return configured(channel).isPresent();
    }

    /** The channel, unless the application has none of that kind or it is not configured (anymore). */
    Optional<NotificationChannel> configured(Channel channel) {
        return Optional.ofNullable(byKind.get(channel)).filter(NotificationChannel::available);
    }
}
