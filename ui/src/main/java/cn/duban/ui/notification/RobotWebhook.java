package cn.duban.ui.notification;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * Posts a text message to a group robot's webhook. 企业微信, 政务微信 and 钉钉 take the same body
 * ({@code {"msgtype":"text","text":{"content":...}}}) and all answer HTTP 200 with {@code errcode} 0 when the message
 * was taken; any other answer is a failure, and its {@code errmsg} goes into the record.
 */
@Component
class RobotWebhook {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final RestClient http;
    private final NotificationProperties properties;

    RobotWebhook(RestClient.Builder builder, NotificationProperties properties) {
        this.properties = properties;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        factory.setReadTimeout(READ_TIMEOUT);
        this.http = builder.requestFactory(factory).build();
    }

    void postText(URI webhook, String text) {
        JsonNode answer = http.post().uri(webhook).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("msgtype", "text", "text", Map.of("content", text)))
                .retrieve().body(JsonNode.class);
        if (answer == null || answer.path("errcode").asInt(-1) != 0) {
            throw new IllegalStateException("robot refused the message: " + answer);
        }
    }

    /** The robot of that name, or a failure the record names (a robot removed from the settings since). */
    NotificationProperties.Robot robot(String name, Channel kind) {
        NotificationProperties.Robot robot = properties.robots().get(name);
        if (robot == null || robot.kind() != kind) {
            throw new IllegalStateException("no " + kind + " robot named " + name + " in duban.notifications.robots");
        }
        return robot;
    }
}
