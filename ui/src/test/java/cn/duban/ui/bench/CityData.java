package cn.duban.ui.bench;

import cn.duban.api.Actor;
import cn.duban.api.Assignment;
import cn.duban.api.Bound;
import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.IndicatorKind;
import cn.duban.api.IssuedTask;
import cn.duban.api.OrganizationRegistered;
import cn.duban.api.OrganizationType;
import cn.duban.api.ProgressReported;
import cn.duban.api.Rating;
import cn.duban.api.Role;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskListDrafted;
import cn.duban.api.TaskListIssued;
import cn.duban.api.TaskStream;
import cn.duban.api.TaskTarget;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A city's worth of supervision written straight into the event store (through the application's own storage engine,
 * so the events are chained like any others), not through the command path: the aggregates and the process engine
 * would take hours for a million events, and what is measured here is the read side. So the seeded tasks have events
 * and read rows but no running process. Each organization gets one task per plan item with indicators in each of
 * {@code lists} task lists (10: 100 tasks each), spread over the loop's states, with instants spread over the past months so that an
 * answer as of a past moment has something to fold.
 */
final class CityData {

    private static final int BATCH = 2_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final MetaData OFFICE = new Actor("office", null, EnumSet.of(Role.OFFICE)).toMetaData();

    /** The 2018 plan's items with indicators (S1–S10) and one count indicator each, as the demo plan has them. */
    private static final List<String[]> ITEMS = List.of(new String[] {"S1", "households_assisted"},
            new String[] {"S2", "gaoyou_demo_studios"}, new String[] {"S3", "volunteer_experts"},
            new String[] {"S4", "love_stations"}, new String[] {"S5", "new_unions"},
            new String[] {"S6", "wage_bargaining_enterprises"}, new String[] {"S7", "mother_infant_rooms"},
            new String[] {"S8", "key_project_services"}, new String[] {"S9", "mutual_aid_members"},
            new String[] {"S10", "township_union_windows"});

    private final EventStorageEngine storage;
    private final TransactionTemplate transactions;
    private final Instant start;
    private final List<GenericDomainEventMessage<?>> pending = new ArrayList<>();
    private final List<String> tasks = new ArrayList<>();
    private long events;

    CityData(EventStorageEngine storage, TransactionTemplate transactions, Instant now) {
        this.storage = storage;
        this.transactions = transactions;
        this.start = now.minus(Duration.ofDays(150));
    }

    /** Writes the organizations, then the lists with their tasks; returns the seeded tasks' ids. */
    List<String> seed(int organizations, int lists) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < organizations; i++) {
            String code = "bench-%04d".formatted(i);
            codes.add(code);
            add("Organization", code, 0, at(0, i), new OrganizationRegistered(code, "基层工会" + i,
                    OrganizationType.GRASSROOTS_UNION, "jieshou"));
        }
        for (int list = 0; list < lists; list++) {
            seedList(list, codes);
        }
        flush();
        return tasks;
    }

    long events() {
        return events;
    }

    private void seedList(int list, List<String> codes) {
        String listId = "bench-list-" + list;
        Instant issued = at(list * 10, 0);
        LocalDate due = LocalDate.ofInstant(issued, ZONE).plusDays(120);
        List<Assignment> assignments = new ArrayList<>();
        List<IssuedTask> issuedTasks = new ArrayList<>();
        for (String code : codes) {
            for (String[] item : ITEMS) {
                assignments.add(new Assignment(item[0], code, targets(item[1]), BigDecimal.ONE, due));
                issuedTasks.add(new IssuedTask(UUID.randomUUID().toString(), item[0], code, due));
            }
        }
        add("TaskList", listId, 0, issued, new TaskListDrafted(listId, "wp-2018", "督交〔2018〕压测" + list + "号",
                "压力测试交办单 " + list, due, assignments));
        add("TaskList", listId, 1, issued, new TaskListIssued(listId, issuedTasks, "R/P7D"));
        for (int i = 0; i < issuedTasks.size(); i++) {
            IssuedTask task = issuedTasks.get(i);
            String item = ITEMS.get(i % ITEMS.size())[1];
            lifecycle(task, listId, item, issued, i);
        }
    }

    /** One task through as much of the loop as its place in the list says: six states, in turn. */
    private void lifecycle(IssuedTask task, String listId, String indicator, Instant issued, int place) {
        String id = task.taskId();
        tasks.add(id);
        int stage = place % 6;
        long sequence = 0;
        add(TaskStream.TYPE, id, sequence++, issued, new TaskIssued(id, listId, "wp-2018", task.itemCode(),
                task.organization(), targets(indicator), BigDecimal.ONE, task.dueDate()));
        if (stage >= 1) {
            add(TaskStream.TYPE, id, sequence++, issued.plus(Duration.ofDays(1)), new TaskAcknowledged(id));
        }
        if (stage >= 2) {
            add(TaskStream.TYPE, id, sequence++, issued.plus(Duration.ofDays(10)), new ProgressReported(id,
                    Map.of(indicator, BigDecimal.valueOf(stage == 5 ? 10 : 4)), "已完成部分", List.of()));
        }
        if (stage >= 3 && stage != 5) {
            add(TaskStream.TYPE, id, sequence++, issued.plus(Duration.ofDays(12)), new GapsReviewed(id, List.of(
                    new Gap(indicator, BigDecimal.TEN, BigDecimal.valueOf(4), BigDecimal.valueOf(6))), new BigDecimal("0.5"), 0));
        }
        if (stage == 4) {
            add(TaskStream.TYPE, id, sequence++, issued.plus(Duration.ofDays(20)), new GapsRectified(id,
                    Map.of(indicator, BigDecimal.valueOf(8)), "整改到位", List.of()));
        }
        if (stage == 5) {
            add(TaskStream.TYPE, id, sequence++, issued.plus(Duration.ofDays(12)), new GapsReviewed(id, List.of(), BigDecimal.ONE, 0));
            add(TaskStream.TYPE, id, sequence, issued.plus(Duration.ofDays(14)), new TaskAssessed(id, 92,
                    Rating.EXCELLENT, BigDecimal.ONE, "完成良好"));
        }
    }

    private static List<TaskTarget> targets(String indicator) {
        return List.of(new TaskTarget(indicator, IndicatorKind.COUNT, Bound.AT_LEAST, BigDecimal.TEN));
    }

    /** An instant {@code days} after the start, a second apart per organization, so events keep their order. */
    private Instant at(int days, int offset) {
        return start.plus(Duration.ofDays(days)).plusSeconds(offset);
    }

    private void add(String type, String aggregate, long sequence, Instant timestamp, Object payload) {
        pending.add(new GenericDomainEventMessage<>(type, aggregate, sequence, payload, OFFICE,
                UUID.randomUUID().toString(), timestamp));
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<GenericDomainEventMessage<?>> batch = List.copyOf(pending);
        pending.clear();
        transactions.executeWithoutResult(status -> storage.appendEvents(batch));
        events += batch.size();
    }
}
