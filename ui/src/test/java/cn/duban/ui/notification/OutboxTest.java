package cn.duban.ui.notification;

import cn.duban.query.notification.Audience;
import cn.duban.query.notification.Notice;
import cn.duban.query.notification.NoticeKind;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox on an in-memory H2, the embedded default (NotificationIT drives it on PostgreSQL). */
class OutboxTest {

    private static final Instant NOW = Instant.parse("2026-04-01T02:00:00Z");
    private static final Notice URGED = new Notice("6f1c1d9e-0000-3000-8000-000000000001", NoticeKind.URGED, "t-1",
            "jieshou", Audience.UNIT, "催办", "请签收", NOW);

    private Outbox outbox;

    @BeforeEach
    void database() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        outbox = new Outbox(new JdbcTemplate(dataSource));
    }

    @Test
    void a_notice_has_one_message_per_recipient_and_channel_however_often_it_is_added() {
        outbox.add(URGED, "chen.wei", Channel.EMAIL, "chen.wei@example.cn", NOW, NOW);
        outbox.add(URGED, "chen.wei", Channel.EMAIL, "chen.wei@example.cn", NOW, NOW);
        outbox.add(URGED, "chen.wei", Channel.SMS, "13800000000", NOW, NOW);

        assertThat(outbox.records(null, "t-1", 10)).extracting(DeliveryRecord::channel)
                .containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
    }

    @Test
    void a_claimed_message_is_nobody_elses_until_its_lease_ends() {
        outbox.add(URGED, "chen.wei", Channel.EMAIL, "chen.wei@example.cn", NOW, NOW);
        long id = outbox.due(NOW, 10).get(0);

        assertThat(outbox.claim(id, NOW, NOW.plusSeconds(120))).get()
                .satisfies(claimed -> assertThat(claimed.message().address()).isEqualTo("chen.wei@example.cn"));
        assertThat(outbox.claim(id, NOW, NOW.plusSeconds(120))).as("a second node gets nothing").isEmpty();
        assertThat(outbox.due(NOW.plusSeconds(60), 10)).isEmpty();
        assertThat(outbox.due(NOW.plusSeconds(120), 10)).as("due again once the lease is over").containsExactly(id);
    }

    @Test
    void a_failure_waits_for_its_retry_and_the_last_one_is_recorded_failed() {
        outbox.add(URGED, "chen.wei", Channel.EMAIL, "chen.wei@example.cn", NOW, NOW);
        long id = outbox.due(NOW, 10).get(0);

        outbox.failed(id, "MailSendException: connection refused", NOW.plusSeconds(60), NOW);
        assertThat(outbox.due(NOW.plusSeconds(59), 10)).isEmpty();
        assertThat(outbox.due(NOW.plusSeconds(60), 10)).containsExactly(id);
        outbox.failed(id, "MailSendException: again", null, NOW.plusSeconds(60));

        assertThat(outbox.records(DeliveryStatus.FAILED, null, 10)).singleElement().satisfies(record -> {
            assertThat(record.attempts()).isEqualTo(2);
            assertThat(record.lastError()).isEqualTo("MailSendException: again");
            assertThat(record.sentAt()).isNull();
        });
        assertThat(outbox.due(NOW.plusSeconds(86_400), 10)).isEmpty();
    }
}
