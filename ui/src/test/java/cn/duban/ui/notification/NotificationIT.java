package cn.duban.ui.notification;

import cn.duban.api.Actor;
import cn.duban.api.EscalateTask;
import cn.duban.api.TaskUrged;
import cn.duban.ui.security.UserAccounts;
import cn.duban.ui.support.Outside;
import cn.duban.ui.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The message centre and the channels outward, on the real application: every notice reaches the unit's users or the
 * office in the app at once; e-mail reaches a real SMTP server and robot messages real webhooks, each once, after
 * quiet hours, and a channel that fails is retried with backoff and recorded FAILED without touching the action.
 */
class NotificationIT extends PostgresIntegrationTest {

    private static final String PASSWORD = "Jiandu-2018";
    private static final LocalDate DUE = LocalDate.of(2026, 4, 20);
    /** 10:00 in the office's zone: outside the quiet hours (22:00-07:00). */
    private static final Instant MORNING = Instant.parse("2026-04-01T02:00:00Z");
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final Set<String> OWN_USERS = ConcurrentHashMap.newKeySet();
    private static final String ROBOTS_USER = "notify-robots-user";
    private static final String ROBOTS_EMAIL = "li.na@notify.example.cn";

    @Autowired
    UserAccounts accounts;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    DeliveryPlanner planner;

    @Autowired
    EventStore events;

    @Autowired
    CommandGateway commands;

    @Test
    void an_urge_is_one_unread_message_for_each_of_the_units_users_and_none_for_the_office() {
        clock.set(MORNING);
        String unit = organization("notify-a" + UNIQUE.incrementAndGet());
        String chen = unitUser(unit);
        String wang = unitUser(unit);
        String task = api.issueTaskList("S8", Map.of("city_skill_competitions", 1), DUE, unit).get(0);

        api.act("office", task, "urges", Map.of("message", "请本周内签收"));
        readSide.caughtUp();

        for (String user : List.of(chen, wang)) {
            JsonNode page = api.ok(send(user, HttpMethod.GET, "/api/notifications", null));
            assertThat(page.get("unread").asLong()).isEqualTo(1);
            assertThat(page.get("items")).hasSize(1);
            JsonNode message = page.get("items").get(0);
            assertThat(message.get("kind").asText()).isEqualTo("URGED");
            assertThat(message.get("title").asText()).isEqualTo("催办");
            assertThat(message.get("body").asText()).isEqualTo("请本周内签收");
            assertThat(message.get("taskId").asText()).isEqualTo(task);
            assertThat(message.get("organization").asText()).isEqualTo(unit);
            assertThat(message.get("read").asBoolean()).isFalse();
        }
        assertThat(api.ok(api.get("office", "/api/notifications?limit=100")).get("items").findValuesAsText("taskId"))
                .as("the office is not addressed by its own urge").doesNotContain(task);
        assertThat(api.ok(api.get("jieshou", "/api/notifications?limit=100")).get("items").findValuesAsText("taskId"))
                .as("another unit sees none of it").doesNotContain(task);

        String id = api.ok(send(chen, HttpMethod.GET, "/api/notifications", null)).get("items").get(0).get("id").asText();
        assertThat(api.ok(send(chen, HttpMethod.POST, "/api/notifications/" + id + "/read", null)).get("read").asBoolean())
                .isTrue();
        assertThat(unread(chen)).isZero();
        assertThat(unread(wang)).as("read marks are each user's own").isEqualTo(1);
        api.ok(send(chen, HttpMethod.POST, "/api/notifications/" + id + "/read", null));
        assertThat(unread(chen)).as("marking twice is marking once").isZero();
        assertThat(api.ok(send(chen, HttpMethod.GET, "/api/notifications?unread=true", null)).get("items")).isEmpty();

        JsonNode marked = api.ok(send(wang, HttpMethod.POST, "/api/notifications/read-all", null));
        assertThat(marked.get("marked").asInt()).isEqualTo(1);
        assertThat(marked.get("unread").asLong()).isZero();
        assertThat(unread(wang)).isZero();
    }

    @Test
    void lights_gaps_and_extension_decisions_reach_the_unit_and_an_escalation_the_office() {
        clock.set(Instant.parse("2026-04-01T01:00:00Z"));
        jobs.armDailyLightReviewFromNow();
        String unit = organization("notify-b" + UNIQUE.incrementAndGet());
        String user = unitUser(unit);
        String task = api.issueTaskList("S8", Map.of("key_project_services", 10), DUE, unit).get(0);

        moveTo("2026-04-03T02:00:00Z");
        api.ok(send(user, HttpMethod.POST, "/api/tasks/" + task + "/acknowledge", null));
        api.ok(send(user, HttpMethod.POST, "/api/tasks/" + task + "/extension-requests",
                Map.of("dueDate", "2026-05-20", "reason", "场地改造")));
        api.act("office", task, "extension-decisions", Map.of("approved", false, "comment", "理由不充分"));
        api.ok(send(user, HttpMethod.POST, "/api/tasks/" + task + "/reports",
                Map.of("figures", Map.of("key_project_services", 1), "narrative", "完成1项")));
        api.act("office", task, "gap-reviews", null);
        moveTo("2026-04-21T02:00:00Z");
        api.ok(send(user, HttpMethod.POST, "/api/tasks/" + task + "/extension-requests",
                Map.of("dueDate", "2026-05-20", "reason", "场地改造完成在即")));
        api.act("office", task, "extension-decisions", Map.of("approved", true, "comment", "同意"));
        readSide.caughtUp();

        assertThat(messages(user, task)).contains("REMINDED:督办提醒：任务已交办，请及时签收",
                "LIGHT_YELLOW:任务亮黄灯（进度滞后）：进度落后于序时进度或尚有差距未补齐，请加快推进",
                "EXTENSION_DENIED:延期申请未获批准，期限不变：理由不充分",
                "GAPS_FOUND:查漏补缺：发现 1 项差距：各级工会参与重点工程服务项目：目标 10 项，已报 1 项，差 9 项。请及时整改",
                "LIGHT_RED:任务已逾期（红灯）：已过期限，请尽快办结或申请延期",
                "EXTENSION_GRANTED:延期申请已批准，新期限 2026-05-20：同意")
                .noneMatch(message -> message.startsWith("ESCALATED"));
        assertThat(messages("office", task)).containsExactly("ESCALATED:督办升级：任务已逾期");
    }

    @Test
    void email_and_both_robots_deliver_each_message_once_to_real_servers() throws Exception {
        clock.set(MORNING);
        String task = robotsTask();
        api.act("office", task, "urges", Map.of("message", "请于周五前报送进展"));
        awaitDeliveries(task, 4);

        dispatcher.dispatchDue();

        assertThat(deliveries(task)).extracting(d -> d.get("channel").asText() + ":" + d.get("status").asText()
                        + ":" + d.get("attempts").asInt())
                .containsExactlyInAnyOrder("EMAIL:SENT:1", "SMS:SENT:1", "WECOM:SENT:1", "DINGTALK:SENT:1");
        List<MimeMessage> mails = mailsTo(ROBOTS_EMAIL, task);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("【督办】催办");
        assertThat(mails.get(0).getContent().toString().strip()).isEqualTo("【督办】催办：请于周五前报送进展（任务 " + task + "）");

        List<Outside.Request> wecom = robotRequests("/wecom", task);
        assertThat(wecom).hasSize(1);
        JsonNode body = new ObjectMapper().readTree(wecom.get(0).body());
        assertThat(body.get("msgtype").asText()).isEqualTo("text");
        assertThat(body.get("text").get("content").asText()).isEqualTo("【督办】催办：请于周五前报送进展（任务 " + task + "）");
        assertThat(wecom.get(0).query()).isEqualTo("key=test-key");

        List<Outside.Request> dingtalk = robotRequests("/dingtalk", task);
        assertThat(dingtalk).hasSize(1);
        Map<String, String> query = query(dingtalk.get(0).query());
        assertThat(query.get("access_token")).isEqualTo("test-token");
        assertThat(query.get("timestamp")).isEqualTo(String.valueOf(MORNING.toEpochMilli()));
        assertThat(query.get("sign")).as("钉钉's 加签").isEqualTo(sign(query.get("timestamp")));

        dispatcher.dispatchDue();
        assertThat(mailsTo(ROBOTS_EMAIL, task)).as("a sent message is not sent again").hasSize(1);
        assertThat(robotRequests("/wecom", task)).hasSize(1);
    }

    @Test
    void the_same_event_handled_twice_plans_one_delivery_per_person_and_channel() throws Exception {
        clock.set(MORNING);
        String task = robotsTask();
        api.act("office", task, "urges", Map.of("message", "请抓紧推进"));
        awaitDeliveries(task, 4);
        DomainEventMessage<?> urged = events.readEvents(task).asStream()
                .filter(event -> event.getPayload() instanceof TaskUrged).findFirst().orElseThrow();

        planner.on((TaskUrged) urged.getPayload(), urged);
        planner.on((TaskUrged) urged.getPayload(), urged);

        assertThat(deliveries(task)).extracting(d -> d.get("recipient").asText() + "/" + d.get("channel").asText())
                .containsExactlyInAnyOrder(ROBOTS_USER + "/EMAIL", ROBOTS_USER + "/SMS", "robot:wecom/WECOM",
                        "robot:dingtalk/DINGTALK");
        dispatcher.dispatchDue();
        assertThat(mailsTo(ROBOTS_EMAIL, task)).hasSize(1);
    }

    @Test
    void a_failing_channel_never_fails_the_action_and_is_retried_with_backoff_until_recorded_failed() {
        clock.set(MORNING);
        String unit = organization(Outside.BROKEN_ORGANIZATION);
        String task = api.issueTaskList("S8", Map.of("city_skill_competitions", 1), DUE, unit).get(0);

        ResponseEntity<JsonNode> urged = api.post("office", "/api/tasks/" + task + "/urges",
                Map.of("message", "请立即签收"));
        assertThat(urged.getStatusCode().value()).as("the urge itself succeeds").isEqualTo(200);
        awaitDeliveries(task, 2);

        Instant now = MORNING;
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8));
        for (int attempt = 1; attempt <= 5; attempt++) {
            dispatcher.dispatchDue();
            for (JsonNode delivery : deliveries(task)) {
                assertThat(delivery.get("attempts").asInt()).isEqualTo(attempt);
                assertThat(delivery.get("lastError").asText()).isNotBlank();
                if (attempt < 5) {
                    assertThat(delivery.get("status").asText()).isEqualTo("PENDING");
                    assertThat(Instant.parse(delivery.get("nextAttemptAt").asText()))
                            .isEqualTo(now.plus(waits.get(attempt - 1)));
                }
            }
            if (attempt < 5) {
                int attempts = attempt;
                dispatcher.dispatchDue();
                assertThat(deliveries(task)).as("not tried again before its wait is over")
                        .allSatisfy(d -> assertThat(d.get("attempts").asInt()).isEqualTo(attempts));
                now = clock.advance(waits.get(attempt - 1));
            }
        }
        Map<String, JsonNode> byRecipient = new HashMap<>();
        deliveries(task).forEach(d -> byRecipient.put(d.get("recipient").asText(), d));
        assertThat(byRecipient.get("robot:broken").get("status").asText()).isEqualTo("FAILED");
        assertThat(byRecipient.get("robot:broken").get("lastError").asText()).contains("500");
        assertThat(byRecipient.get("robot:closed").get("status").asText()).isEqualTo("FAILED");
        assertThat(byRecipient.get("robot:closed").get("lastError").asText()).contains("ConnectException");
        assertThat(api.ok(api.get("office", "/api/notifications/deliveries?status=FAILED&taskId=" + task)))
                .hasSize(2);
        dispatcher.dispatchDue();
        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();
        assertThat(deliveries(task)).as("a failed message is not tried again")
                .allSatisfy(d -> assertThat(d.get("attempts").asInt()).isEqualTo(5));
        assertThat(api.ok(api.get("auditor", "/api/tasks/" + task + "/history")).findValuesAsText("type"))
                .contains("TaskUrged");
    }

    @Test
    void quiet_hours_hold_outward_messages_until_seven_but_the_message_centre_shows_them_at_once() throws Exception {
        Instant lateEvening = Instant.parse("2026-04-01T15:00:00Z");
        clock.set(lateEvening);
        String task = robotsTask();
        api.act("office", task, "urges", Map.of("message", "明早请回复"));
        readSide.caughtUp();
        assertThat(messages(ROBOTS_USER, task)).as("23:00, and the message is in the app")
                .containsExactly("URGED:催办：明早请回复");
        awaitDeliveries(task, 4);

        dispatcher.dispatchDue();

        assertThat(deliveries(task)).allSatisfy(d -> {
            assertThat(d.get("status").asText()).isEqualTo("PENDING");
            assertThat(d.get("attempts").asInt()).isZero();
            assertThat(d.get("nextAttemptAt").asText()).as("07:00 in Shanghai").isEqualTo("2026-04-01T23:00:00Z");
        });
        assertThat(mailsTo(ROBOTS_EMAIL, task)).isEmpty();

        clock.set(Instant.parse("2026-04-01T23:00:00Z"));
        dispatcher.dispatchDue();
        assertThat(deliveries(task)).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("SENT"));
        assertThat(mailsTo(ROBOTS_EMAIL, task)).hasSize(1);
    }

    @Test
    void what_fell_due_before_the_quiet_hours_is_not_sent_during_them() throws Exception {
        clock.set(Instant.parse("2026-04-01T13:59:00Z"));   // 21:59 in Shanghai, a minute before the quiet hours
        String task = robotsTask();
        api.act("office", task, "urges", Map.of("message", "请今晚报送"));
        awaitDeliveries(task, 4);
        assertThat(deliveries(task)).allSatisfy(d -> assertThat(d.get("nextAttemptAt").asText())
                .as("due at once").isEqualTo("2026-04-01T13:59:00Z"));

        clock.set(Instant.parse("2026-04-01T14:00:05Z"));   // the dispatcher comes round at 22:00:05
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(deliveries(task)).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("PENDING"));
        assertThat(mailsTo(ROBOTS_EMAIL, task)).isEmpty();

        clock.set(Instant.parse("2026-04-01T23:00:00Z"));
        dispatcher.dispatchDue();
        assertThat(deliveries(task)).allSatisfy(d -> assertThat(d.get("status").asText()).isEqualTo("SENT"));
    }

    @Test
    void an_escalation_reaches_the_office_users_and_no_unit() {
        clock.set(MORNING);
        String unit = organization("notify-c" + UNIQUE.incrementAndGet());
        String user = unitUser(unit);
        String task = api.issueTaskList("S8", Map.of("city_skill_competitions", 1), DUE, unit).get(0);
        long before = api.ok(api.get("office", "/api/notifications/unread-count")).get("unread").asLong();

        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EscalateTask(task, "单位逾期未签收"))
                .andMetaData(Actor.PROCESS.toMetaData()));
        readSide.caughtUp();

        assertThat(messages("office", task)).containsExactly("ESCALATED:督办升级：单位逾期未签收");
        assertThat(api.ok(api.get("office", "/api/notifications/unread-count")).get("unread").asLong())
                .isEqualTo(before + 1);
        assertThat(messages(user, task)).isEmpty();
    }

    @Test
    void bad_input_is_refused_by_field_and_changes_nothing() {
        clock.set(MORNING);
        String unit = organization("notify-d" + UNIQUE.incrementAndGet());
        String user = unitUser(unit);
        String task = api.issueTaskList("S8", Map.of("city_skill_competitions", 1), DUE, unit).get(0);
        api.act("office", task, "urges", Map.of("message", "请签收"));
        readSide.caughtUp();
        String id = api.ok(send(user, HttpMethod.GET, "/api/notifications", null)).get("items").get(0).get("id").asText();

        assertField(send(user, HttpMethod.GET, "/api/notifications?limit=0", null), "limit");
        assertField(send(user, HttpMethod.GET, "/api/notifications?limit=101", null), "limit");
        assertField(send(user, HttpMethod.GET, "/api/notifications?offset=-1", null), "offset");
        assertThat(send(user, HttpMethod.GET, "/api/notifications?limit=many", null).getStatusCode().value())
                .isEqualTo(400);
        assertThat(send(user, HttpMethod.GET, "/api/notifications?unread=maybe", null).getStatusCode().value())
                .isEqualTo(400);
        assertField(api.get("office", "/api/notifications/deliveries?limit=0"), "limit");
        assertThat(api.get("office", "/api/notifications/deliveries?status=LOST").getStatusCode().value())
                .isEqualTo(400);
        assertThat(send(user, HttpMethod.POST, "/api/notifications/no-such-message/read", null)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(api.post("jieshou", "/api/notifications/" + id + "/read", null).getStatusCode().value())
                .as("another unit's message is not one to know of").isEqualTo(404);
        assertThat(api.post("office", "/api/notifications/" + id + "/read", null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(unread(user)).as("nobody else's mark reads it for this unit").isEqualTo(1);
        assertThat(api.get("admin", "/api/notifications").getStatusCode().value())
                .as("administrators are addressed by none").isEqualTo(403);

        long events = eventCount();
        assertField(send(user, HttpMethod.PUT, "/api/me/contact", Map.of("email", "chen@", "mobile", "")), "email");
        assertField(send(user, HttpMethod.PUT, "/api/me/contact", Map.of("mobile", "1380000")), "mobile");
        assertThat(send("admin", HttpMethod.PUT, "/api/users/no-such-user/contact",
                Map.of("email", "x@example.cn")).getStatusCode().value()).isEqualTo(404);
        assertThat(send("office", HttpMethod.PUT, "/api/users/" + user + "/contact",
                Map.of("email", "x@example.cn")).getStatusCode().value())
                .as("only an administrator changes another's contact").isEqualTo(403);
        assertThat(eventCount()).as("refused input records nothing").isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ? AND (email IS NOT NULL"
                + " OR mobile IS NOT NULL)", Long.class, user)).isZero();
    }

    // --- the unit, its users and its deliveries

    /** A task of the organization whose notices go to the working robots, whose user has e-mail and mobile. */
    private String robotsTask() {
        String unit = organization(Outside.ROBOTS_ORGANIZATION);
        OWN_USERS.add(ROBOTS_USER);
        if (!accounts.exists(ROBOTS_USER)) {
            api.ok(api.post("admin", "/api/users", Map.of("username", ROBOTS_USER, "password", PASSWORD,
                    "organization", unit, "roles", List.of("UNIT"))));
            api.ok(send(ROBOTS_USER, HttpMethod.PUT, "/api/me/contact",
                    Map.of("email", ROBOTS_EMAIL, "mobile", "13800000000")));
            assertThat(api.ok(send(ROBOTS_USER, HttpMethod.GET, "/api/me/contact", null)).toString())
                    .isEqualTo("{\"email\":\"" + ROBOTS_EMAIL + "\",\"mobile\":\"13800000000\"}");
        }
        return api.issueTaskList("S8", Map.of("city_skill_competitions", 1), DUE, unit).get(0);
    }

    /** The organization, registered now if it is not yet (the robots' organizations are shared by tests). */
    private String organization(String code) {
        readSide.caughtUp();
        if (!api.ok(api.get("office", "/api/organizations")).findValuesAsText("code").contains(code)) {
            api.ok(api.post("office", "/api/organizations", Map.of("code", code, "name", "通知测试工会 " + code,
                    "type", "GRASSROOTS_UNION", "parent", "jieshou")));
            readSide.caughtUp();
        }
        return code;
    }

    private String unitUser(String organization) {
        String username = organization + "-u" + UNIQUE.incrementAndGet();
        api.ok(api.post("admin", "/api/users", Map.of("username", username, "password", PASSWORD,
                "organization", organization, "roles", List.of("UNIT"))));
        OWN_USERS.add(username);
        return username;
    }

    /** The reader's messages about the task, newest first, as "KIND:title：body" (or the title alone). */
    private List<String> messages(String user, String task) {
        List<String> messages = new ArrayList<>();
        JsonNode page;
        int offset = 0;
        do {
            page = api.ok(send(user, HttpMethod.GET, "/api/notifications?limit=100&offset=" + offset, null)).get("items");
            for (JsonNode message : page) {
                if (message.get("taskId").asText().equals(task)) {
                    String body = message.get("body").asText();
                    messages.add(message.get("kind").asText() + ":" + message.get("title").asText()
                            + (body.isEmpty() ? "" : "：" + body));
                }
            }
            offset += 100;
        } while (page.size() == 100);
        return messages;
    }

    private long unread(String user) {
        return api.ok(send(user, HttpMethod.GET, "/api/notifications/unread-count", null)).get("unread").asLong();
    }

    private List<JsonNode> deliveries(String task) {
        List<JsonNode> deliveries = new ArrayList<>();
        api.ok(api.get("office", "/api/notifications/deliveries?taskId=" + task)).forEach(deliveries::add);
        return deliveries;
    }

    /** The planner runs after the action, in a processor of its own: its rows appear shortly after. */
    private void awaitDeliveries(String task, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries(task).size() >= count);
        assertThat(deliveries(task)).hasSize(count);
    }

    private static List<MimeMessage> mailsTo(String address, String task) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : Outside.MAIL.getReceivedMessages()) {
            boolean toAddress = Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equals(address));
            if (toAddress && mail.getContent().toString().contains(task)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static List<Outside.Request> robotRequests(String path, String task) {
        return Outside.robotRequests().stream()
                .filter(request -> request.path().equals(path) && request.body().contains(task)).toList();
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String sign(String timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Outside.DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((timestamp + "\n" + Outside.DINGTALK_SECRET)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private void moveTo(String instant) {
        clock.set(Instant.parse(instant));
        jobs.runDue();
    }

    private static void assertField(ResponseEntity<JsonNode> answer, String field) {
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody().toString()).contains("\"" + field + "\"");
    }

    /** A call as one of this test's own users, whose password is no demo password. */
    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body) {
        return api.exchange(user, OWN_USERS.contains(user) ? PASSWORD : "demo", method, path, body);
    }
}
