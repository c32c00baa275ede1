package cn.duban.ui.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail through Spring Mail; Spring Boot makes the sender only when {@code spring.mail.host} is set. */
@Component
class MailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void send(Outgoing message) {
        var mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(message.address());
        mail.setSubject("【督办】" + message.title());
        mail.setText(message.text());
        sender.getObject().send(mail);
    }
}
