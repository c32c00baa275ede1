package cn.duban.command.task;

import cn.duban.api.AcknowledgeTask;
import cn.duban.api.EvidenceAttached;
import cn.duban.api.EvidenceFile;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.ProgressReported;
import cn.duban.api.ReportProgress;
import cn.duban.api.ReviewGaps;
import cn.duban.api.GapsReviewed;
import cn.duban.api.Gap;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.duban.api.TaskStatus.ACKNOWLEDGED;
import static cn.duban.api.TaskStatus.ISSUED;
import static cn.duban.api.TaskStatus.REPORTING;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.UNIT;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.support.Refusals.invalid;
import static cn.duban.command.support.Targets.figures;
import static cn.duban.command.task.TaskStory.ON_TARGET;
import static cn.duban.command.task.TaskStory.TASK;
import static cn.duban.command.task.TaskStory.at;
import static cn.duban.command.task.TaskStory.fixture;
import static cn.duban.command.task.TaskStory.reported;

class AcknowledgingAndReportingTest {

    @Test
    void the_unit_acknowledges_an_issued_task() {
        fixture().given(at(ISSUED))
                .when(new AcknowledgeTask(TASK), as(UNIT))
                .expectEvents(new TaskAcknowledged(TASK));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = "ISSUED", mode = EnumSource.Mode.EXCLUDE)
    void only_an_issued_task_is_acknowledged(TaskStatus status) {
        fixture().given(at(status))
                .when(new AcknowledgeTask(TASK), as(UNIT))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void the_unit_reports_figures_narrative_and_evidence_after_acknowledging() {
        String photo = "0b6f2b52-5a43-4b8e-9d1c-6c3f0a1f2e01";
        fixture().given(at(ACKNOWLEDGED))
                .andGiven(new EvidenceAttached(TASK, new EvidenceFile(photo, "驿站.jpg", "image/jpeg", 1024,
                        "SHA-256", "a".repeat(64))))
                .when(new ReportProgress(TASK, ON_TARGET, "已建成30个爱心驿站", List.of(photo)), as(UNIT))
                .expectEvents(new ProgressReported(TASK, ON_TARGET, "已建成30个爱心驿站", List.of(photo)));
    }

    @Test
    void the_unit_reports_again_while_reporting() {
        fixture().given(at(REPORTING))
                .when(new ReportProgress(TASK, ON_TARGET, "又建成7个", List.of()), as(UNIT))
                .expectEvents(new ProgressReported(TASK, ON_TARGET, "又建成7个", List.of()));
    }

    @Test
    void a_report_without_figures_or_evidence_records_empty_ones() {
        fixture().given(at(ACKNOWLEDGED))
                .when(new ReportProgress(TASK, null, "正在选址", null), as(UNIT))
                .expectEvents(new ProgressReported(TASK, Map.of(), "正在选址", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TaskStatus.class, names = {"ACKNOWLEDGED", "REPORTING"}, mode = EnumSource.Mode.EXCLUDE)
    void progress_is_reported_only_after_acknowledging_and_before_gaps_are_found(TaskStatus status) {
        fixture().given(at(status))
                .when(new ReportProgress(TASK, ON_TARGET, "已建成", null), as(UNIT))
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void a_report_needs_a_narrative() {
        fixture().given(at(ACKNOWLEDGED))
                .when(new ReportProgress(TASK, ON_TARGET, " ", null), as(UNIT))
                .expectException(invalid("narrative"));
    }

    @Test
    void a_narrative_longer_than_4000_characters_is_refused() {
        fixture().given(at(ACKNOWLEDGED))
                .when(new ReportProgress(TASK, ON_TARGET, "字".repeat(4001), null), as(UNIT))
                .expectException(invalid("narrative"));
    }

    @Test
    void a_figure_for_an_indicator_the_task_does_not_have_is_refused() {
        fixture().given(at(ACKNOWLEDGED))
                .when(new ReportProgress(TASK, figures("members", "100"), "会员", null), as(UNIT))
                .expectException(invalid("figures.members"));
    }

    @Test
    void figures_are_checked_against_the_indicator_kind() {
        fixture().given(at(ACKNOWLEDGED))
                .when(new ReportProgress(TASK, figures("stations", "2.5", "coverage", "101", "charter", "2"),
                        "有误", null), as(UNIT))
                .expectException(invalid("figures.stations", "figures.coverage", "figures.charter"));
    }

    @Test
    void malformed_input_is_answered_before_the_state_is_judged() {
        fixture().given(at(ISSUED))
                .when(new ReportProgress(TASK, ON_TARGET, "", null), as(UNIT))
                .expectException(invalid("narrative"));
    }

    @Test
    void an_indicator_left_out_of_a_report_keeps_its_earlier_figure() {
        // 23 stations reported first, then only the coverage: the review still sees 23 stations, 7 short of 30.
        fixture().given(at(REPORTING))
                .andGiven(reported(figures("coverage", "96")))
                .when(new ReviewGaps(TASK), as(OFFICE))
                .expectEvents(new GapsReviewed(TASK, List.of(new Gap("stations", new BigDecimal("30"),
                        new BigDecimal("23"), new BigDecimal("7"))), new BigDecimal("0.9222"), 0));
    }
}
