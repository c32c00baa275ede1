package cn.duban.ui.cluster;

import cn.duban.DubanApplication;
import cn.duban.ui.support.Api;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Duban node as a process of its own (the test's classpath, PostgreSQL profile), so that it can be killed with
 * {@code kill -9} as an operating system would: no shutdown hook runs, no claim is released, no heartbeat is taken
 * back. Its output goes to a log file, printed when it does not become ready.
 */
final class Node implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private Node(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node on the database, with the given settings after the common ones; returns once it is ready. */
    static Node start(String name, String databaseUrl, Path home, List<String> settings) throws Exception {
        int port = freePort();
        Path log = Files.createDirectories(home.resolve("logs")).resolve(name + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                DubanApplication.class.getName(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.hikari.connection-timeout=1000",
                "--duban.data-dir=" + home.resolve(name),
                // the nodes sign checkpoints with one key, as an office's nodes share one (README "Several nodes")
                "--duban.history.signing-key=" + home.resolve("keys/signing.pem"),
                "--duban.history.public-key=" + home.resolve("keys/signing.pub.pem"),
                "--duban.history.checkpoint-directory=" + home.resolve("checkpoints"),
                "--logging.level.root=WARN"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Node node = new Node(name, port, process, log);
        node.awaitReady(Duration.ofSeconds(150));
        return node;
    }

    /** Waits until the node's readiness probe answers UP (it asks the database too). */
    void awaitReady(Duration limit) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited: " + tail());
            }
            if (ready()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node " + name + " not ready within " + limit + ": " + tail());
    }

    boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Api api() {
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri(base())
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(30))));
    }

    /** The owner prefix of this node's segment claims: the token store's node id starts with pid@host. */
    String owner() {
        return process.pid() + "@";
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
