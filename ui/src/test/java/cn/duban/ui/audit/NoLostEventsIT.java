package cn.duban.ui.audit;

import cn.duban.api.Actor;
import cn.duban.api.OrganizationRegistered;
import cn.duban.api.OrganizationType;
import cn.duban.api.RegisterOrganization;
import cn.duban.query.Projection;
import cn.duban.query.ledger.HandledTypes;
import cn.duban.query.ledger.ReadSideProgress;
import cn.duban.query.ledger.Reconciliation;
import cn.duban.ui.security.CurrentActor;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Holes in the global index on PostgreSQL (docs/PITFALLS.md): a rolled-back transaction leaves one for good, a slow one
 * fills it late. Projections must wait for the late one within the gap timeout (Axon's default of one minute would
 * give it up here), and the reconciliation must notice when a projection lacks an event it handled.
 */
class NoLostEventsIT extends PostgresIntegrationTest {

    private static final String ORGANIZATIONS = "organizations";

    @Autowired
    CommandGateway commands;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    HandledTypes handledTypes;


    @Autowired
    List<Projection> projections;

    @Value("${duban.event-store.gap-timeout}")
    Duration gapTimeout;

    @Autowired
    ReadSideProgress progress;

    @AfterEach
    void organizationsRunning() {
        StreamingEventProcessor processor = organizationsProcessor();
        if (!processor.isRunning()) {
            processor.start();
        }
    }

    @Test
    void the_projections_are_complete_and_the_health_check_says_so() {
        String code = register("health-" + System.nanoTime());
        await().until(() -> organizationCodes().contains(code));

        JsonNode projectionsHealth = projectionsHealth("auditor");
        assertThat(projectionsHealth.get("status").asText()).as("%s", projectionsHealth).isEqualTo("UP");
        assertThat(projectionsHealth.at("/details/" + ORGANIZATIONS + "/checkedUpTo").asLong()).isPositive();
        JsonNode anonymous = api.get(null, "/actuator/health").getBody();
        assertThat(anonymous.has("components")).as("details only for ADMIN and AUDITOR").isFalse();
        assertThat(api.get("office", "/actuator/health").getBody().has("components")).isFalse();
    }

    @Test
    void a_rolled_back_transaction_leaves_a_hole_that_later_events_pass() {
        String rolledBack = "rolled-back-" + System.nanoTime();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            sendRegistration(rolledBack);
            status.setRollbackOnly();
        });
        String later = register("after-hole-" + System.nanoTime());

        long position = position(later);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE global_index = ?", Long.class,
                position - 1)).as("the rolled-back event's position stays empty").isZero();
        await().until(() -> organizationCodes().contains(later));
        assertThat(organizationCodes()).doesNotContain(rolledBack);
        assertThat(projectionsHealth("auditor").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void an_event_committed_minutes_after_later_ones_is_still_handled_within_the_gap_timeout() throws Exception {
        assertThat(gapTimeout).as("longer than Axon's default of one minute").isGreaterThan(Duration.ofMinutes(2));
        String slow = "slow-" + System.nanoTime();

        lateCommit(slow, Duration.ofMinutes(2));

        await().until(() -> organizationCodes().contains(slow));
        assertThat(projectionsHealth("auditor").get("status").asText()).isEqualTo("UP");
        // and the projections replay to the same rows (which also leaves their tokens fresh for the next test)
        assertThat(api.ok(api.post("auditor", "/api/audit/rebuild", null)).get("projections")
                .findValuesAsText("identical")).containsOnly("true");
    }

    @Test
    void a_handled_event_missing_from_a_projections_ledger_turns_the_check_down() {
        String code = register("ledger-" + System.nanoTime());
        await().until(() -> organizationCodes().contains(code));
        long position = position(code);
        jdbc.update("DELETE FROM projection_ledger WHERE processing_group = ? AND global_index = ?",
                ORGANIZATIONS, position);
        try {
            JsonNode health = projectionsHealth("admin");
            assertThat(health.get("status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/details/" + ORGANIZATIONS + "/missing").asLong()).isEqualTo(1);
            assertThat(health.at("/details/" + ORGANIZATIONS + "/firstMissing/0").asLong()).isEqualTo(position);
            assertThat(health.at("/details/task-progress/missing").isMissingNode()).isTrue();
        } finally {
            jdbc.update("INSERT INTO projection_ledger (processing_group, global_index) VALUES (?, ?)",
                    ORGANIZATIONS, position);
        }
        assertThat(projectionsHealth("admin").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void the_check_resumes_where_it_got_to_and_compares_only_what_was_stored_since() {
        register("checked-" + System.nanoTime());
        readSide.caughtUp();
        long first = projectionsHealth("auditor").at("/details/" + ORGANIZATIONS + "/checkedUpTo").asLong();
        assertThat(checkpoint()).as("kept in the database, for the next call and the next node").isEqualTo(first);

        String code = register("resumed-" + System.nanoTime());
        readSide.caughtUp();
        long second = projectionsHealth("auditor").at("/details/" + ORGANIZATIONS + "/checkedUpTo").asLong();
        assertThat(second).isGreaterThanOrEqualTo(position(code)).isEqualTo(checkpoint());

        // an event below the checkpoint is not compared again: deleting its ledger row now goes unseen
        jdbc.update("DELETE FROM projection_ledger WHERE processing_group = ? AND global_index = ?",
                ORGANIZATIONS, position(code));
        try {
            assertThat(projectionsHealth("auditor").get("status").asText()).isEqualTo("UP");
        } finally {
            jdbc.update("INSERT INTO projection_ledger (processing_group, global_index) VALUES (?, ?)",
                    ORGANIZATIONS, position(code));
        }
    }

    /**
     * A transaction still open when later writes are read leaves a hole in the store: once it commits, a read after it
     * waits for the projections to apply its event, though the check had passed that position before.
     */
    /** Whoever resets a projection's tokens (not only the rebuild), the reconciliation forgets the old ledger. */
    @Test
    void a_token_reset_makes_the_reconciliation_start_over() {
        readSide.caughtUp();
        projectionsHealth("auditor");
        jdbc.update("INSERT INTO reconciliation_missing (processing_group, global_index) VALUES (?, ?)",
                ORGANIZATIONS, Long.MAX_VALUE);
        StreamingEventProcessor organizations = organizationsProcessor();
        organizations.shutDown();
        organizations.resetTokens();
        organizations.start();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reconciliation_missing WHERE processing_group = ?",
                Long.class, ORGANIZATIONS)).isZero();
        await().untilAsserted(() -> assertThat(projectionsHealth("auditor").get("status").asText())
                .isEqualTo("UP"));
    }

    @Test
    void a_read_after_a_transaction_that_committed_late_waits_for_its_event() throws Exception {
        String slow = "late-" + System.nanoTime();
        OpenRegistration open = new OpenRegistration(slow);
        long later = position(register("early-" + System.nanoTime()));
        assertThat(progress.await(later, Duration.ofSeconds(10))).as("the later write is read").isTrue();

        StreamingEventProcessor organizations = organizationsProcessor();
        organizations.shutDown();
        open.commit();
        long late = position(slow);
        assertThat(late).isLessThan(later);
        assertThat(progress.await(late, Duration.ofMillis(500))).as("not applied while its projection stands still")
                .isFalse();

        organizations.start();
        assertThat(progress.await(late, Duration.ofSeconds(10))).isTrue();
        assertThat(organizationCodes()).contains(slow);
    }

    /**
     * A position the check passed while it was empty (its transaction still open) is looked at again when its event
     * comes, however late: an event that then lacks its ledger row (as one skipped after the gap timeout does; here
     * the row is deleted) is reported missing, though the check had moved past its position.
     */
    @Test
    void an_event_that_came_after_the_check_passed_its_position_is_still_compared() throws Exception {
        String late = "behind-hole-" + System.nanoTime();
        OpenRegistration open = new OpenRegistration(late);
        String later = register("past-hole-" + System.nanoTime());
        readSide.caughtUp();
        assertThat(projectionsHealth("auditor").at("/details/" + ORGANIZATIONS + "/checkedUpTo").asLong())
                .as("the check passed the empty position").isGreaterThanOrEqualTo(position(later));

        open.commit();
        long position = position(late);
        await().until(() -> organizationCodes().contains(late));
        jdbc.update("DELETE FROM projection_ledger WHERE processing_group = ? AND global_index = ?",
                ORGANIZATIONS, position);
        try {
            JsonNode health = projectionsHealth("admin");
            assertThat(health.get("status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/details/" + ORGANIZATIONS + "/firstMissing/0").asLong()).isEqualTo(position);
        } finally {
            jdbc.update("INSERT INTO projection_ledger (processing_group, global_index) VALUES (?, ?)",
                    ORGANIZATIONS, position);
        }
        assertThat(projectionsHealth("admin").get("status").asText()).isEqualTo("UP");
    }

    private long checkpoint() {
        return jdbc.queryForObject("SELECT checked_up_to FROM reconciliation_checkpoint WHERE processing_group = ?",
                Long.class, ORGANIZATIONS);
    }

    /**
     * A registration whose transaction (on a thread of its own) stays open while another one commits after it, and
     * while the organizations projection, stopped meanwhile, catches up only once the clock has moved on by
     * {@code delay}: its position is a hole for that long. Answers the slow event's position.
     */
    private long lateCommit(String code, Duration delay) throws Exception {
        StreamingEventProcessor processor = organizationsProcessor();
        processor.shutDown();
        OpenRegistration slow = new OpenRegistration(code);
        String later = register("later-" + System.nanoTime());
        long laterPosition = position(later);
        othersHaveHandled(laterPosition);
        clock.advance(delay);
        processor.start();
        await().until(() -> organizationCodes().contains(later));
        slow.commit();
        assertThat(position(code)).isEqualTo(laterPosition - 1);
        return laterPosition - 1;
    }

    /**
     * A registration whose transaction, on a thread of its own, has stored its event and stays open until
     * {@link #commit()}: its position is a hole in the store meanwhile.
     */
    private final class OpenRegistration {

        private final CountDownLatch commit = new CountDownLatch(1);
        private final CompletableFuture<Void> done;

        OpenRegistration(String code) throws InterruptedException {
            CountDownLatch inserted = new CountDownLatch(1);
            done = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(
                    status -> {
                        sendRegistration(code);
                        inserted.countDown();
                        await().atMost(Duration.ofMinutes(1)).until(() -> commit.getCount() == 0);
                    }));
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        }

        void commit() throws Exception {
            commit.countDown();
            done.get(30, TimeUnit.SECONDS);
        }
    }

    /** Other projections of organizations read the later event while it is fresh: only one is delayed here. */
    private void othersHaveHandled(long position) {
        projections.stream()
                .filter(projection -> !ORGANIZATIONS.equals(projection.processingGroup()))
                .filter(projection -> handledTypes.of(projection).contains(OrganizationRegistered.class.getName()))
                .forEach(projection -> await().until(() -> reconciliation.behind(projection.processingGroup(),
                        List.of(OrganizationRegistered.class.getName()), position) == 0));
    }

    private void sendRegistration(String code) {
        CurrentActor.runAs(Actor.SYSTEM, () -> commands.sendAndWait(
                new RegisterOrganization(code, "测试单位", OrganizationType.GRASSROOTS_UNION, null)));
    }

    private String register(String code) {
        api.ok(api.post("office", "/api/organizations",
                Map.of("code", code, "name", "测试单位", "type", "GRASSROOTS_UNION")));
        return code;
    }

    private long position(String aggregateId) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    private List<String> organizationCodes() {
        return jdbc.queryForList("SELECT code FROM organization", String.class);
    }

    private JsonNode projectionsHealth(String user) {
        return api.get(user, "/actuator/health").getBody().at("/components/projections");
    }

    private StreamingEventProcessor organizationsProcessor() {
        return processing.eventProcessor(ORGANIZATIONS, StreamingEventProcessor.class).orElseThrow();
    }
}
