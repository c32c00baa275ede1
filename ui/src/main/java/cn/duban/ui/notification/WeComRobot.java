package cn.duban.ui.notification;

import org.springframework.stereotype.Component;

/** 企业微信 and 政务微信 group robots: the webhook URL carries the robot's key, nothing else is signed. */
@Component
class WeComRobot implements NotificationChannel {

    private final RobotWebhook webhook;

    WeComRobot(RobotWebhook webhook) {
        this.webhook = webhook;
    }

    @Override
    public Channel channel() {
        return Channel.WECOM;
    }

    @Override
    public void send(Outgoing message) {
        webhook.postText(webhook.robot(message.address(), Channel.WECOM).url(), message.text());
    }
}
