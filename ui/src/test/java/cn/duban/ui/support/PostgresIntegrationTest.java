package cn.duban.ui.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The application on a real PostgreSQL, served on a random port, with demo data and a movable clock. Every subclass
 * shares this one Spring context (same annotations, same properties), so the suite starts it once. The job executor
 * is off: tests run the due jobs themselves ({@link Jobs}) after moving the clock, and dispatch the due notifications
 * themselves too, to the servers of {@link Outside}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
@Import({TestClockConfiguration.class, Jobs.class, ReadSide.class})
public abstract class PostgresIntegrationTest {

    private static final String URL = TestDatabase.fresh("duban_it");

    /** Evidence files of this run, in a fresh folder outside the checkout. */
    protected static final Path EVIDENCE = temporaryFolder("duban-evidence");

    /** The checkpoint key pair (generated at start-up) and the checkpoint files of this run. */
    protected static final Path HISTORY = temporaryFolder("duban-history");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("duban.evidence.directory", EVIDENCE::toString);
        registry.add("duban.history.signing-key", () -> HISTORY.resolve("keys/signing.pem").toString());
        registry.add("duban.history.public-key", () -> HISTORY.resolve("keys/signing.pub.pem").toString());
        registry.add("duban.history.checkpoint-directory", () -> HISTORY.resolve("checkpoints").toString());
        // notifications reach a real SMTP server and local robots; tests dispatch them as they run the due jobs
        Outside.properties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("duban.notifications.dispatch-interval", () -> "PT1H");
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected Jobs jobs;

    @Autowired
    protected ReadSide readSide;

    protected Api api;

    @BeforeEach
    void api() {
        clock.set(Instant.now());
        api = new Api(http);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    /** The login records (等保 2.0): events too, written by the security layer around each login. */
    protected static final List<String> LOGIN_RECORDS = List.of("cn.duban.api.UserLoggedIn",
            "cn.duban.api.LoginFailed", "cn.duban.api.UserLoggedOut", "cn.duban.api.AccountLocked");

    /**
     * The events of the domain: every event but the login records. "A refused request records nothing" is about
     * these; a request with wrong credentials now leaves a LoginFailed, and a first call of the hour a UserLoggedIn.
     */
    protected long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type NOT IN (?, ?, ?, ?)",
                Long.class, LOGIN_RECORDS.toArray());
    }

    /** Every event in the store, login records included. */
    protected long allEventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }
}
