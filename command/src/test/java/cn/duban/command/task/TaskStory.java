package cn.duban.command.task;

import cn.duban.api.GapsReviewed;
import cn.duban.api.Gap;
import cn.duban.api.ProgressReported;
import cn.duban.api.Rating;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskAssessed;
import cn.duban.api.TaskClosed;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskStatus;
import cn.duban.api.TaskTarget;
import cn.duban.api.TaskWithdrawn;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.duban.command.support.Actors.OWN_ORGANIZATION;
import static cn.duban.command.support.Targets.count;
import static cn.duban.command.support.Targets.figures;
import static cn.duban.command.support.Targets.milestone;
import static cn.duban.command.support.Targets.percent;

/**
 * One supervision task of the jieshou township, told as the events that bring it to each status. It is issued on
 * 2018-01-01 and due on 2018-12-31, 364 days later, to build 30 love stations, reach 95 % coverage and adopt a charter.
 */
final class TaskStory {

    static final String TASK = "task-1";
    static final LocalDate ISSUED_ON = LocalDate.of(2018, 1, 1);
    static final LocalDate DUE = LocalDate.of(2018, 12, 31);
    static final BigDecimal WEIGHT = new BigDecimal("0.6");
    static final List<TaskTarget> TARGETS = List.of(count("stations", "30"), percent("coverage", "95"),
            milestone("charter"));

    /** Figures that meet every target, and figures 7 stations short of it. */
    static final Map<String, BigDecimal> ON_TARGET = figures("stations", "30", "coverage", "95", "charter", "1");
    static final Map<String, BigDecimal> SEVEN_SHORT = figures("stations", "23", "coverage", "95", "charter", "1");
    static final Gap SEVEN_STATIONS = new Gap("stations", new BigDecimal("30"), new BigDecimal("23"),
            new BigDecimal("7"));

    private TaskStory() {
    }

    /** A fixture whose application clock reads noon (UTC) of the given day and whose event clock starts at issuing. */
    static AggregateTestFixture<SupervisionTask> fixtureOn(LocalDate today) {
        var fixture = new AggregateTestFixture<>(SupervisionTask.class);
        fixture.registerInjectableResource(Clock.fixed(noon(today), ZoneOffset.UTC));
        return fixture;
    }

    static AggregateTestFixture<SupervisionTask> fixture() {
        return fixtureOn(ISSUED_ON);
    }

    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static TaskIssued issued() {
        return new TaskIssued(TASK, "list-3", "plan-2018", "1", OWN_ORGANIZATION, TARGETS, WEIGHT, DUE);
    }

    static ProgressReported reported(Map<String, BigDecimal> figures) {
        return new ProgressReported(TASK, figures, "进展顺利", List.of());
    }

    /** The review of {@link #SEVEN_SHORT} on time: (23/30 + 1 + 1) / 3 complete. */
    static GapsReviewed gapsFound() {
        return new GapsReviewed(TASK, List.of(SEVEN_STATIONS), new BigDecimal("0.9222"), 0);
    }

    static GapsReviewed noGaps() {
        return new GapsReviewed(TASK, List.of(), new BigDecimal("1.0000"), 0);
    }

    /** The events that bring the task to this status, oldest first, followed by any more events given. */
    static List<Object> at(TaskStatus status, Object... more) {
        List<Object> events = new ArrayList<>(List.of(issued()));
        switch (status) {
            case ISSUED -> { }
            case ACKNOWLEDGED -> events.add(new TaskAcknowledged(TASK));
            case REPORTING -> events.addAll(List.of(new TaskAcknowledged(TASK), reported(SEVEN_SHORT)));
            case RECTIFYING -> events.addAll(List.of(new TaskAcknowledged(TASK), reported(SEVEN_SHORT), gapsFound()));
            case ASSESSING -> events.addAll(List.of(new TaskAcknowledged(TASK), reported(ON_TARGET), noGaps()));
            case CLOSED -> events.addAll(List.of(new TaskAcknowledged(TASK), reported(ON_TARGET), noGaps(),
                    new TaskAssessed(TASK, 95, Rating.EXCELLENT, WEIGHT, "好"), new TaskClosed(TASK)));
            case WITHDRAWN -> events.add(new TaskWithdrawn(TASK, "调整"));
        }
        events.addAll(List.of(more));
        return events;
    }
}
