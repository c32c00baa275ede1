package cn.duban.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One instance of every event of the message API, with every field, nested ones too, set and no list empty. */
final class EventSamples {

    private static final String TASK = "task-1";
    private static final LocalDate DUE = LocalDate.of(2018, 12, 31);
    private static final LocalDate LATER = LocalDate.of(2019, 1, 31);
    private static final BigDecimal WEIGHT = new BigDecimal("0.6");
    private static final List<TaskTarget> TARGETS = List.of(
            new TaskTarget("stations", IndicatorKind.COUNT, Bound.AT_LEAST, new BigDecimal("30")),
            new TaskTarget("coverage", IndicatorKind.PERCENT, Bound.AT_MOST, new BigDecimal("95.5")));
    private static final List<PlanItem> ITEMS = List.of(new PlanItem("1", "十件实事", "建设爱心驿站",
            List.of(new Indicator("stations", "爱心驿站", "个", IndicatorKind.COUNT, Bound.AT_LEAST,
                    new BigDecimal("30"), Rollup.SUM, List.of("选址", "挂牌")))));

    private EventSamples() {
    }

    static Map<Class<?>, Object> byType() {
        return Stream.of(
                new AccountLocked("chen.wei", "192.0.2.7", 5, Instant.parse("2018-03-01T08:15:00Z")),
                new ExtensionDenied(TASK, LATER, "理由不充分"),
                new ExtensionGranted(TASK, DUE, LATER, "同意"),
                new ExtensionRequested(TASK, LATER, "场地未落实"),
                new EvidenceAttached(TASK, new EvidenceFile("0b6f2b52-5a43-4b8e-9d1c-6c3f0a1f2e01", "驿站照片.jpg",
                        "image/jpeg", 204_800, "SM3", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                new GapsRectified(TASK, Map.of("stations", new BigDecimal("30")), "新建7个",
                        List.of("0b6f2b52-5a43-4b8e-9d1c-6c3f0a1f2e01")),
                new GapsReviewed(TASK, List.of(new Gap("coverage", new BigDecimal("95.5"), new BigDecimal("87.25"),
                        new BigDecimal("8.25"))), new BigDecimal("0.5"), 0),
                new LoginFailed("chen.wei", "192.0.2.7", "BASIC", "BAD_CREDENTIALS"),
                new OrganizationRegistered("jieshou", "界首镇", OrganizationType.TOWNSHIP, "gaoyou"),
                new ProgressReported(TASK, Map.of("stations", new BigDecimal("23"), "coverage",
                        new BigDecimal("87.25")), "已建成23个", List.of("evidence/1.jpg")),
                new TaskAcknowledged(TASK),
                new TaskAssessed(TASK, 85, Rating.GOOD, WEIGHT, "完成较好"),
                new TaskClosed(TASK),
                new TaskEscalated(TASK, "逾期未签收"),
                new TaskIssued(TASK, "list-3", "plan-2018", "1", "jieshou", TARGETS, WEIGHT, DUE),
                new TaskLightChanged(TASK, Light.BLUE, Light.RED),
                new TaskListDrafted("list-3", "plan-2018", "督交〔2018〕3号", "十件实事督查交办单", DUE,
                        List.of(new Assignment("1", "jieshou", TARGETS, WEIGHT, DUE))),
                new TaskListIssued("list-3", List.of(new IssuedTask(TASK, "1", "jieshou", DUE)), "R4/P1W"),
                new TaskReminded(TASK, "请签收"),
                new TaskUrged(TASK, "请加快进度"),
                new TaskWithdrawn(TASK, "任务调整"),
                new UserContactChanged("chen.wei", "chen.wei@example.cn", "13800000000"),
                new UserDisabled("chen.wei", "调离"),
                new UserEnabled("chen.wei"),
                new UserPasswordReset("chen.wei"),
                new UserLoggedIn("chen.wei", "192.0.2.7", "FORM"),
                new UserLoggedOut("chen.wei", "192.0.2.7"),
                new UserRegistered("chen.wei", "linze", Set.of(Role.UNIT, Role.AUDITOR)),
                new UserRolesAssigned("chen.wei", "linze", Set.of(Role.OFFICE)),
                new WorkPlanAmended("plan-2018", ITEMS, "目标上调"),
                new WorkPlanDrafted("plan-2018", 2018, "2018年全市工会工作要点", "市总工会", "一二三四十", ITEMS),
                new WorkPlanPublished("plan-2018"),
                new WorkPlanRevised("plan-2018", "修订稿", "市总工会", "一二三四十", ITEMS))
                .collect(Collectors.toMap(Object::getClass, Function.identity()));
    }
}
