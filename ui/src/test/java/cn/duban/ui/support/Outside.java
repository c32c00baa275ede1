package cn.duban.ui.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What notifications reach outside the application, started once for the whole suite on free ports: a real SMTP
 * server, and group-robot webhooks that take messages ({@code /wecom}, {@code /dingtalk}) or answer 500
 * ({@code /broken}). The robots are configured for two organizations the notification tests register.
 */
public final class Outside {

    /** The organization whose notices go to the working 企业微信 and 钉钉 robots. */
    public static final String ROBOTS_ORGANIZATION = "notify-robots";
    /** The organization whose robots fail: one answers 500, the other's port is closed. */
    public static final String BROKEN_ORGANIZATION = "notify-broken";
    public static final String DINGTALK_SECRET = "SECduban-test-secret";

    public static final GreenMail MAIL = mail();
    private static final HttpServer ROBOTS = robots();
    private static final List<Request> RECEIVED = new CopyOnWriteArrayList<>();

    /** A request a robot took: its path, its query and its body. */
    public record Request(String path, String query, String body) {
    }

    private Outside() {
    }

    public static List<Request> robotRequests() {
        return List.copyOf(RECEIVED);
    }

    /** The application's settings that point at these servers. */
    static Map<String, Object> properties() {
        String base = "http://127.0.0.1:" + ROBOTS.getAddress().getPort();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", MAIL.getSmtp().getPort());
        robot(properties, "wecom", "WECOM", base + "/wecom?key=test-key", null, ROBOTS_ORGANIZATION);
        robot(properties, "dingtalk", "DINGTALK", base + "/dingtalk?access_token=test-token", DINGTALK_SECRET,
                ROBOTS_ORGANIZATION);
        robot(properties, "broken", "WECOM", base + "/broken?key=test-key", null, BROKEN_ORGANIZATION);
        robot(properties, "closed", "DINGTALK", "http://127.0.0.1:" + closedPort() + "/robot/send?access_token=x",
                null, BROKEN_ORGANIZATION);
        return properties;
    }

    private static void robot(Map<String, Object> properties, String name, String kind, String url, String secret,
                              String organization) {
        String prefix = "duban.notifications.robots." + name + ".";
        properties.put(prefix + "kind", kind);
        properties.put(prefix + "url", url);
        properties.put(prefix + "organization", organization);
        if (secret != null) {
            properties.put(prefix + "secret", secret);
        }
    }

    private static GreenMail mail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    private static HttpServer robots() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/wecom", exchange -> answer(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
            server.createContext("/dingtalk", exchange -> answer(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
            server.createContext("/broken", exchange -> answer(exchange, 500, "{\"message\":\"服务异常\"}"));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        RECEIVED.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A port nothing listens on: taken from the system, then let go. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
