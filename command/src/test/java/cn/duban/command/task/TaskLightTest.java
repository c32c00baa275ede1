package cn.duban.command.task;

import cn.duban.api.Actor;
import cn.duban.api.ExtensionGranted;
import cn.duban.api.ExtensionRequested;
import cn.duban.api.Light;
import cn.duban.api.ReviewLight;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskLightChanged;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.duban.api.Light.BLUE;
import static cn.duban.api.Light.GREEN;
import static cn.duban.api.Light.RED;
import static cn.duban.api.Light.YELLOW;
import static cn.duban.api.TaskStatus.ACKNOWLEDGED;
import static cn.duban.api.TaskStatus.CLOSED;
import static cn.duban.api.TaskStatus.ISSUED;
import static cn.duban.api.TaskStatus.RECTIFYING;
import static cn.duban.api.TaskStatus.REPORTING;
import static cn.duban.command.support.Actors.OWN_ORGANIZATION;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Targets.ceiling;
import static cn.duban.command.support.Targets.figures;
import static cn.duban.command.support.Targets.milestone;
import static cn.duban.command.task.TaskStory.DUE;
import static cn.duban.command.task.TaskStory.ISSUED_ON;
import static cn.duban.command.task.TaskStory.ON_TARGET;
import static cn.duban.command.task.TaskStory.TASK;
import static cn.duban.command.task.TaskStory.WEIGHT;
import static cn.duban.command.task.TaskStory.at;
import static cn.duban.command.task.TaskStory.fixtureOn;
import static cn.duban.command.task.TaskStory.noon;
import static cn.duban.command.task.TaskStory.reported;

/**
 * The three-colour light (三色督办) judged on a given day. The task is issued on 2018-01-01 and due on 2018-12-31,
 * 364 days later; on 2018-07-02, 182 days in, time-proportional progress (序时进度) is half of each target: 15 of 30
 * stations and 47.5 of 95 % coverage.
 */
class TaskLightTest {

    private static final LocalDate HALFWAY = LocalDate.of(2018, 7, 2);

    private static ResultValidator<SupervisionTask> reviewOn(LocalDate today, List<Object> events) {
        return fixtureOn(today).givenCurrentTime(noon(ISSUED_ON)).andGiven(events)
                .when(new ReviewLight(TASK), as(Actor.PROCESS));
    }

    private static TaskLightChanged changed(Light from, Light to) {
        return new TaskLightChanged(TASK, from, to);
    }

    @Test
    void a_task_on_track_stays_green_and_nothing_is_recorded() {
        reviewOn(ISSUED_ON, at(ISSUED)).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_task_past_its_deadline_turns_red() {
        reviewOn(DUE.plusDays(1), at(REPORTING)).expectEvents(changed(GREEN, RED));
    }

    @Test
    void a_task_on_its_due_date_is_not_yet_overdue() {
        reviewOn(DUE, at(ACKNOWLEDGED, reported(ON_TARGET))).expectEvents(changed(GREEN, BLUE));
    }

    @Test
    void a_task_3_days_before_its_deadline_turns_blue() {
        reviewOn(DUE.minusDays(3), at(ACKNOWLEDGED, reported(ON_TARGET))).expectEvents(changed(GREEN, BLUE));
    }

    @Test
    void a_task_4_days_before_its_deadline_stays_green() {
        reviewOn(DUE.minusDays(4), at(ACKNOWLEDGED, reported(ON_TARGET))).expectNoEvents();
    }

    @Test
    void a_task_behind_time_proportional_progress_turns_yellow() {
        // 14 stations halfway, where 15 of 30 are due; the coverage is well ahead.
        reviewOn(HALFWAY, at(ACKNOWLEDGED, reported(figures("stations", "14", "coverage", "95"))))
                .expectEvents(changed(GREEN, YELLOW));
    }

    @Test
    void a_task_exactly_at_time_proportional_progress_stays_green() {
        reviewOn(HALFWAY, at(ACKNOWLEDGED, reported(figures("stations", "15", "coverage", "47.5"))))
                .expectNoEvents();
    }

    @Test
    void a_task_with_nothing_reported_halfway_turns_yellow() {
        reviewOn(HALFWAY, at(ISSUED)).expectEvents(changed(GREEN, YELLOW));
    }

    @Test
    void milestones_and_ceilings_never_fall_behind_time_proportional_progress() {
        var issued = new TaskIssued(TASK, "list-3", "plan-2018", "1", OWN_ORGANIZATION,
                List.of(milestone("charter"), ceiling("complaints", "2")), WEIGHT, DUE);
        reviewOn(HALFWAY, List.of(issued)).expectNoEvents();
    }

    @Test
    void a_task_with_open_gaps_turns_yellow() {
        reviewOn(ISSUED_ON, at(RECTIFYING)).expectEvents(changed(GREEN, YELLOW));
    }

    @Test
    void the_change_names_the_light_it_leaves() {
        reviewOn(DUE.plusDays(1), at(ACKNOWLEDGED, reported(ON_TARGET), changed(GREEN, BLUE)))
                .expectEvents(changed(BLUE, RED));
    }

    @Test
    void an_unchanged_light_is_not_recorded_again() {
        reviewOn(DUE.plusDays(2), at(REPORTING, changed(GREEN, RED))).expectNoEvents();
    }

    @Test
    void a_finished_task_turns_green() {
        reviewOn(DUE.plusDays(5), at(CLOSED, changed(GREEN, RED))).expectEvents(changed(RED, GREEN));
    }

    @Test
    void a_granted_extension_moves_the_deadline_the_light_is_judged_by() {
        var later = DUE.plusMonths(1);
        reviewOn(DUE.plusDays(1), at(ACKNOWLEDGED, reported(ON_TARGET), new ExtensionRequested(TASK, later, "场地"),
                new ExtensionGranted(TASK, DUE, later, "同意"))).expectNoEvents();
    }
}
