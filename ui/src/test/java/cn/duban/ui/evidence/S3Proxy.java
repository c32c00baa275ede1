package cn.duban.ui.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * S3Proxy (org.gaul:s3proxy, from Maven Central), a real S3 server over a local folder, run as a child JVM from its
 * self-contained jar, which the build copies to {@code target/s3proxy} (ui/pom.xml): on this JVM's classpath its
 * Jetty, Jackson and Logback would meet Spring Boot's. It speaks S3's REST API with AWS signatures, so the store's
 * requests are the ones a production server gets.
 */
final class S3Proxy implements AutoCloseable {

    static final String IDENTITY = "duban-test";
    static final String CREDENTIAL = "duban-test-secret";

    private static final Path JAR = Path.of("target/s3proxy/s3proxy.jar");

    private final Process process;
    private final URI endpoint;

    private S3Proxy(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts a server over a fresh folder under {@code work} and waits until it takes connections. */
    static S3Proxy start(Path work) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests through Maven, whose "
                    + "process-test-resources phase copies S3Proxy there");
        }
        int port = freePort();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        Path blobs = Files.createDirectories(work.resolve("blobs"));
        Path properties = Files.writeString(work.resolve("s3proxy.properties"), String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + IDENTITY,
                "s3proxy.credential=" + CREDENTIAL,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + blobs,
                "jclouds.identity=" + IDENTITY,
                "jclouds.credential=" + CREDENTIAL));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-jar", JAR.toAbsolutePath().toString(),
                "--properties", properties.toString()))
                .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
        var server = new S3Proxy(process, endpoint);
        server.awaitListening(port, work.resolve("s3proxy.log"));
        return server;
    }

    URI endpoint() {
        return endpoint;
    }

    /** The store's bucket settings for this server. */
    EvidenceProperties.S3 bucket(String name) {
        return new EvidenceProperties.S3(endpoint, "us-east-1", name, IDENTITY, CREDENTIAL, true);
    }

    private void awaitListening(int port, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy stopped: " + Files.readString(log));
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not listen on " + port + " within 60 s: " + Files.readString(log));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
