package cn.duban.ui.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How notifications go out (README "Notifications").
 *
 * @param quietHours       {@code HH:mm-HH:mm} in {@code duban.time-zone} (may span midnight), during which nothing
 *                         goes out; what falls due then waits for their end. Empty: no quiet hours. In-app messages
 *                         always appear at once.
 * @param dispatchInterval how often the outbox is looked at
 * @param maxAttempts      attempts per message and channel before it is recorded FAILED
 * @param firstRetry       the wait after the first failure, doubled after each further one ...
 * @param maxRetry         ... up to this
 * @param sms              whether SMS goes to users with a mobile number (through the {@code SmsGateway} bean)
 * @param mailFrom         the sender of e-mail, which goes out whenever {@code spring.mail.host} is set
 * @param robots           group robots by name: each posts to its webhook for one organization, or for the office
 */
@ConfigurationProperties("duban.notifications")
record NotificationProperties(String quietHours, Duration dispatchInterval, int maxAttempts, Duration firstRetry,
                              Duration maxRetry, boolean sms, String mailFrom, Map<String, Robot> robots) {

    NotificationProperties {
        robots = robots == null ? Map.of() : Map.copyOf(robots);
    }

    /**
     * A group robot's webhook.
     *
     * @param kind         {@code WECOM} (企业微信, and 政务微信 with its own host) or {@code DINGTALK} (钉钉)
     * @param url          the webhook with its access token
     * @param secret       钉钉's signing secret ({@code SEC...}), when the robot has 加签 switched on
     * @param organization the organization whose notices it posts; none: the office's
     */
    record Robot(Channel kind, URI url, String secret, String organization) {
    }
}
