package cn.duban.query.notification;

import cn.duban.query.QueryDatabase;
import cn.duban.api.Actor;
import cn.duban.api.Bound;
import cn.duban.api.ExtensionDenied;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.Gap;
import cn.duban.api.GapsReviewed;
import cn.duban.api.Indicator;
import cn.duban.api.IndicatorKind;
import cn.duban.api.Light;
import cn.duban.api.Role;
import cn.duban.api.Rollup;
import cn.duban.api.TaskEscalated;
import cn.duban.api.TaskLightChanged;
import cn.duban.api.TaskReminded;
import cn.duban.api.TaskUrged;
import cn.duban.query.TaskEvents;
import cn.duban.query.task.TaskOrganizations;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The handlers called directly on an in-memory H2 (the embedded default) with the query module's migrations. */
class NotificationProjectionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Reader CHEN = reader("chen.wei", "jieshou");
    private static final Reader LI = reader("li.na", "jieshou");
    private static final Reader LINZE = reader("linze", "linze");
    private static final Reader OFFICE = Reader.of(new Actor("office", null, Set.of(Role.OFFICE))).orElseThrow();

    private final TaskEvents task = new TaskEvents("t-1");
    private JdbcTemplate jdbc;
    private NotificationProjection projection;
    private MessageCentre centre;

    @BeforeEach
    void database() {
        jdbc = QueryDatabase.migrated();
        TaskOrganizations organizations = mock(TaskOrganizations.class);
        when(organizations.of("t-1")).thenReturn(Optional.of("jieshou"));
        TaskIndicators indicators = mock(TaskIndicators.class);
        when(indicators.of(eq("t-1"), any())).thenReturn(Map.of("love_stations", new Indicator("love_stations",
                "按“四有”标准建成爱心驿站", "个", IndicatorKind.COUNT, Bound.AT_LEAST, BigDecimal.valueOf(30),
                Rollup.SUM, List.of())));
        projection = new NotificationProjection(new Notices(organizations, indicators), jdbc);
        centre = new MessageCentre(jdbc, CLOCK);
    }

    @Test
    void an_urge_is_a_message_for_the_unit_and_not_for_the_office_nor_another_unit() {
        handle(task.at("2026-04-02T02:00:00Z", new TaskUrged("t-1", " 请加快进度 ")));

        assertThat(centre.page(CHEN, false, 20, 0)).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(NoticeKind.URGED);
            assertThat(message.title()).isEqualTo("催办");
            assertThat(message.body()).isEqualTo("请加快进度");
            assertThat(message.organization()).isEqualTo("jieshou");
            assertThat(message.createdAt()).isEqualTo("2026-04-02T02:00:00Z");
            assertThat(message.read()).isFalse();
        });
        assertThat(centre.page(OFFICE, false, 20, 0)).isEmpty();
        assertThat(centre.page(LINZE, false, 20, 0)).isEmpty();
    }

    @Test
    void an_escalation_is_for_the_office_and_a_green_or_blue_light_for_nobody() {
        handle(task.at("2026-04-02T02:00:00Z", new TaskEscalated("t-1", "任务已逾期")));
        handle(task.at("2026-04-03T02:00:00Z", new TaskLightChanged("t-1", Light.GREEN, Light.BLUE)));
        handle(task.at("2026-04-04T02:00:00Z", new TaskLightChanged("t-1", Light.YELLOW, Light.GREEN)));
        handle(task.at("2026-04-05T02:00:00Z", new GapsReviewed("t-1", List.of(), BigDecimal.ONE, 0)));

        assertThat(centre.page(OFFICE, false, 20, 0)).extracting(NotificationView::title).containsExactly("督办升级");
        assertThat(centre.page(CHEN, false, 20, 0)).isEmpty();
    }

    @Test
    void messages_come_newest_first_in_pages_and_say_what_happened_in_chinese() {
        handle(task.at("2026-04-02T02:00:00Z", new GapsReviewed("t-1", List.of(new Gap("love_stations",
                BigDecimal.valueOf(30), BigDecimal.valueOf(23), new BigDecimal("7.000")), new Gap("station_measures",
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE)), new BigDecimal("0.5"), 0)));
        handle(task.at("2026-04-03T02:00:00Z", new TaskLightChanged("t-1", Light.BLUE, Light.RED)));
        handle(task.at("2026-04-04T02:00:00Z", new ExtensionGranted("t-1", LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 7, 31), null)));

        assertThat(centre.page(CHEN, false, 2, 0)).extracting(m -> m.title() + "|" + m.body()).containsExactly(
                "延期申请已批准，新期限 2026-07-31|", "任务已逾期（红灯）|已过期限，请尽快办结或申请延期");
        assertThat(centre.page(CHEN, false, 2, 2)).extracting(m -> m.title() + "|" + m.body()).containsExactly(
                "查漏补缺：发现 2 项差距|按“四有”标准建成爱心驿站：目标 30 个，已报 23 个，差 7 个；station_measures：目标 1，"
                        + "已报 0，差 1。请及时整改");
    }

    @Test
    void a_reminder_and_a_refused_extension_reach_the_unit_too() {
        handle(task.at("2026-04-02T02:00:00Z", new TaskReminded("t-1", "请于三日内签收")));
        handle(task.at("2026-04-03T02:00:00Z", new ExtensionDenied("t-1", LocalDate.of(2026, 8, 31), "理由不充分")));

        assertThat(centre.page(CHEN, false, 20, 0)).extracting(NotificationView::kind)
                .containsExactly(NoticeKind.EXTENSION_DENIED, NoticeKind.REMINDED);
        assertThat(centre.page(OFFICE, false, 20, 0)).isEmpty();
    }

    @Test
    void read_marks_are_each_readers_own_and_survive_a_replay_that_gives_the_same_ids() {
        DomainEventMessage<?> urged = task.at("2026-04-02T02:00:00Z", new TaskUrged("t-1", "请签收"));
        DomainEventMessage<?> urgedAgain = task.at("2026-04-03T02:00:00Z", new TaskUrged("t-1", "请报送"));
        handle(urged);
        handle(urgedAgain);
        String id = centre.page(CHEN, false, 20, 0).get(1).id();

        assertThat(centre.markRead(CHEN, id)).get().extracting(NotificationView::read).isEqualTo(true);
        assertThat(centre.markRead(LINZE, id)).as("not another unit's to read").isEmpty();
        assertThat(centre.unread(CHEN)).isEqualTo(1);
        assertThat(centre.unread(LI)).isEqualTo(2);

        projection.reset();
        handle(urged);
        handle(urgedAgain);

        assertThat(centre.unread(CHEN)).as("the replayed message has its id and its mark again").isEqualTo(1);
        assertThat(centre.markAllRead(CHEN)).isEqualTo(1);
        assertThat(centre.markAllRead(CHEN)).isZero();
        assertThat(centre.page(CHEN, true, 20, 0)).isEmpty();
        assertThat(centre.unread(LI)).isEqualTo(2);
    }

    /** Through Axon's own handler inspection, as the processor and HandledTypes see the projection. */
    private void handle(DomainEventMessage<?> message) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reader reader(String username, String organization) {
        return Reader.of(new Actor(username, organization, Set.of(Role.UNIT))).orElseThrow();
    }
}
