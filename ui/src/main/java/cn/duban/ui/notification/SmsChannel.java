package cn.duban.ui.notification;

import org.springframework.stereotype.Component;

/** SMS to a user's mobile number, through whichever {@link SmsGateway} the application has. */
@Component
class SmsChannel implements NotificationChannel {

    private final SmsGateway gateway;
    private final NotificationProperties properties;

    SmsChannel(SmsGateway gateway, NotificationProperties properties) {
        this.gateway = gateway;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean available() {
        return properties.sms();
    }

    @Override
    public void send(Outgoing message) throws Exception {
        gateway.send(message.address(), message.text());
    }
}
