package cn.duban.query.notification;

import cn.duban.api.ExtensionDenied;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.Gap;
import cn.duban.api.Indicator;
import cn.duban.api.GapsReviewed;
import cn.duban.api.Light;
import cn.duban.api.TaskEscalated;
import cn.duban.api.TaskLightChanged;
import cn.duban.api.TaskReminded;
import cn.duban.api.TaskUrged;
import cn.duban.query.task.TaskOrganizations;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What an event tells whom, in Chinese: the one place that decides which events notify, so the message centre and the
 * outward channels cannot disagree. An event that notifies nobody gives no notice.
 */
@Component
public class Notices {

    private final TaskOrganizations organizations;
    private final TaskIndicators indicators;

    /** Lazy: event handlers use this, and the event store they are registered with is what the lookup reads. */
    Notices(@Lazy TaskOrganizations organizations, TaskIndicators indicators) {
        this.organizations = organizations;
        this.indicators = indicators;
    }

    public List<Notice> of(EventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof TaskReminded e) {
            return one(message, e.taskId(), NoticeKind.REMINDED, Audience.UNIT, "督办提醒", e.reason());
        }
        if (event instanceof TaskUrged e) {
            return one(message, e.taskId(), NoticeKind.URGED, Audience.UNIT, "催办", e.message());
        }
        if (event instanceof TaskEscalated e) {
            return one(message, e.taskId(), NoticeKind.ESCALATED, Audience.OFFICE, "督办升级", e.reason());
        }
        if (event instanceof ExtensionGranted e) {
            return one(message, e.taskId(), NoticeKind.EXTENSION_GRANTED, Audience.UNIT,
                    "延期申请已批准，新期限 " + e.dueDate(), e.comment());
        }
        if (event instanceof ExtensionDenied e) {
            return one(message, e.taskId(), NoticeKind.EXTENSION_DENIED, Audience.UNIT, "延期申请未获批准，期限不变",
                    e.comment());
        }
        if (event instanceof GapsReviewed e && !e.gaps().isEmpty()) {
            return one(message, e.taskId(), NoticeKind.GAPS_FOUND, Audience.UNIT,
                    "查漏补缺：发现 " + e.gaps().size() + " 项差距",
                    gaps(e.gaps(), indicators.of(e.taskId(), message.getTimestamp())));
        }
        if (event instanceof TaskLightChanged e && e.to() == Light.YELLOW) {
            return one(message, e.taskId(), NoticeKind.LIGHT_YELLOW, Audience.UNIT, "任务亮黄灯（进度滞后）",
                    "进度落后于序时进度或尚有差距未补齐，请加快推进");
        }
        if (event instanceof TaskLightChanged e && e.to() == Light.RED) {
            return one(message, e.taskId(), NoticeKind.LIGHT_RED, Audience.UNIT, "任务已逾期（红灯）",
                    "已过期限，请尽快办结或申请延期");
        }
        return List.of();
    }

    /** The id of the notice an event gives an audience: the same on every replay of that event. */
    public static String id(String eventIdentifier, Audience audience) {
        return UUID.nameUUIDFromBytes((eventIdentifier + "/" + audience).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private List<Notice> one(EventMessage<?> message, String taskId, NoticeKind kind, Audience audience,
                             String title, String body) {
        return organizations.of(taskId).map(organization -> List.of(new Notice(id(message.getIdentifier(), audience),
                kind, taskId, organization, audience, title, Objects.requireNonNullElse(body, "").strip(),
                message.getTimestamp()))).orElse(List.of());
    }

    /** "按“四有”标准建成爱心驿站：目标 30 个，已报 23 个，差 7 个"; the code stands for an indicator the plan lacks. */
    private static String gaps(List<Gap> gaps, Map<String, Indicator> named) {
        return gaps.stream().map(gap -> {
            Indicator indicator = named.get(gap.indicator());
            String unit = indicator == null || indicator.unit() == null ? "" : " " + indicator.unit();
            return (indicator == null ? gap.indicator() : indicator.name()) + "：目标 " + plain(gap.target()) + unit
                    + "，已报 " + plain(gap.reported()) + unit + "，差 " + plain(gap.shortfall()) + unit;
        }).collect(Collectors.joining("；", "", "。请及时整改"));
    }

    private static String plain(BigDecimal figure) {
        return figure == null ? "—" : figure.stripTrailingZeros().toPlainString();
    }
}
