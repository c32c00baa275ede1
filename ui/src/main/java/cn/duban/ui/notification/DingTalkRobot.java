package cn.duban.ui.notification;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;

/**
 * 钉钉 group robots. With 加签 on, each request carries {@code timestamp} (milliseconds) and {@code sign}, the
 * Base64 HMAC-SHA256 of {@code timestamp + "\n" + secret} keyed with the secret; 钉钉 refuses one more than an hour off.
 */
@Component
class DingTalkRobot implements NotificationChannel {

    private final RobotWebhook webhook;
    private final Clock clock;

    DingTalkRobot(RobotWebhook webhook, Clock clock) {
        this.webhook = webhook;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.DINGTALK;
    }

    @Override
    public void send(Outgoing message) throws GeneralSecurityException {
        NotificationProperties.Robot robot = webhook.robot(message.address(), Channel.DINGTALK);
        webhook.postText(signed(robot.url(), robot.secret(), clock.millis()), message.text());
    }

    static URI signed(URI url, String secret, long timestamp) throws GeneralSecurityException {
        if (secret == null || secret.isBlank()) {
            return url;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        String separator = url.getRawQuery() == null ? "?" : "&";
        return URI.create(url + separator + "timestamp=" + timestamp + "&sign="
                + URLEncoder.encode(sign, StandardCharsets.UTF_8));
    }
}
