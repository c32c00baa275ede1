package cn.duban.command.task;

import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Actor;
import cn.duban.api.AttachEvidence;
import cn.duban.api.Bound;
import cn.duban.api.EvidenceAttached;
import cn.duban.api.EvidenceFile;
import cn.duban.api.Gap;
import cn.duban.api.GapsRectified;
import cn.duban.api.GapsReviewed;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.IndicatorKind;
import cn.duban.api.InvalidCommandException;
import cn.duban.api.ProgressReported;
import cn.duban.api.RectifyGaps;
import cn.duban.api.ReportProgress;
import cn.duban.api.Role;
import cn.duban.api.TaskAcknowledged;
import cn.duban.api.TaskIssued;
import cn.duban.api.TaskTarget;
import cn.duban.api.TaskWithdrawn;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** Evidence files on a supervision task: who may attach them, when, and which a report may refer to. */
class EvidenceTest {

    private static final String TASK = "task-1";
    private static final MetaData UNIT = new Actor("jieshou", "jieshou", Set.of(Role.UNIT)).toMetaData();
    private static final MetaData OTHER_UNIT = new Actor("linze", "linze", Set.of(Role.UNIT)).toMetaData();
    private static final MetaData OFFICE = new Actor("office", null, Set.of(Role.OFFICE)).toMetaData();
    private static final EvidenceFile PHOTO = new EvidenceFile("0b6f2b52-5a43-4b8e-9d1c-6c3f0a1f2e01", "现场.jpg",
            "image/jpeg", 2048, "SHA-256", "a".repeat(64));

    private AggregateTestFixture<SupervisionTask> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(SupervisionTask.class);
        fixture.registerInjectableResource(Clock.systemUTC());
    }

    private static TaskIssued issued() {
        return new TaskIssued(TASK, "list-1", "wp-2018", "S4", "jieshou",
                List.of(new TaskTarget("love_stations", IndicatorKind.COUNT, Bound.AT_LEAST, BigDecimal.TEN)),
                BigDecimal.ONE, LocalDate.of(2026, 12, 31));
    }

    @Test
    void the_unit_of_the_task_attaches_evidence() {
        fixture.given(issued(), new TaskAcknowledged(TASK))
                .when(new AttachEvidence(TASK, PHOTO), UNIT)
                .expectEvents(new EvidenceAttached(TASK, PHOTO));
    }

    @Test
    void another_unit_may_not_attach_evidence() {
        fixture.given(issued(), new TaskAcknowledged(TASK))
                .when(new AttachEvidence(TASK, PHOTO), OTHER_UNIT)
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void the_office_may_not_attach_evidence_for_the_unit() {
        fixture.given(issued())
                .when(new AttachEvidence(TASK, PHOTO), OFFICE)
                .expectException(ActionNotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void a_withdrawn_task_takes_no_more_evidence() {
        fixture.given(issued(), new TaskAcknowledged(TASK), new TaskWithdrawn(TASK, "撤销"))
                .when(new AttachEvidence(TASK, PHOTO), UNIT)
                .expectException(IllegalTransitionException.class)
                .expectNoEvents();
    }

    @Test
    void a_file_without_a_proper_digest_name_or_size_is_refused_naming_each_field() {
        fixture.given(issued())
                .when(new AttachEvidence(TASK, new EvidenceFile(PHOTO.storageKey(), " ", "image/jpeg", 0,
                        "MD5", "not-a-digest")), UNIT)
                .expectNoEvents()
                .expectExceptionMessage(allOf(
                        containsString("file.name"),
                        containsString("file.size"),
                        containsString("file.digestAlgorithm"),
                        containsString("file.digest:")));
    }

    @Test
    void the_same_storage_key_is_not_attached_twice() {
        fixture.given(issued(), new EvidenceAttached(TASK, PHOTO))
                .when(new AttachEvidence(TASK, PHOTO), UNIT)
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void a_report_refers_to_evidence_attached_to_the_task() {
        fixture.given(issued(), new TaskAcknowledged(TASK), new EvidenceAttached(TASK, PHOTO))
                .when(new ReportProgress(TASK, Map.of("love_stations", BigDecimal.valueOf(3)), "建成 3 个",
                        List.of(PHOTO.storageKey())), UNIT)
                .expectEvents(new ProgressReported(TASK, Map.of("love_stations", BigDecimal.valueOf(3)),
                        "建成 3 个", List.of(PHOTO.storageKey())));
    }

    @Test
    void a_report_referring_to_unknown_evidence_is_refused() {
        fixture.given(issued(), new TaskAcknowledged(TASK), new EvidenceAttached(TASK, PHOTO))
                .when(new ReportProgress(TASK, Map.of("love_stations", BigDecimal.valueOf(3)), "建成 3 个",
                        List.of(PHOTO.storageKey(), "../../etc/passwd")), UNIT)
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("evidence[1]"));
    }

    @Test
    void a_rectification_refers_to_attached_evidence_and_only_to_it() {
        var rectifying = new Object[]{issued(), new TaskAcknowledged(TASK), new EvidenceAttached(TASK, PHOTO),
                new GapsReviewed(TASK, List.of(new Gap("love_stations", BigDecimal.TEN, BigDecimal.ZERO,
                        BigDecimal.TEN)), new BigDecimal("0.5"), 0)};
        fixture.given(rectifying)
                .when(new RectifyGaps(TASK, Map.of("love_stations", BigDecimal.TEN), "补齐", List.of(PHOTO.storageKey())),
                        UNIT)
                .expectEvents(new GapsRectified(TASK, Map.of("love_stations", BigDecimal.TEN), "补齐",
                        List.of(PHOTO.storageKey())));
        fixture.given(rectifying)
                .when(new RectifyGaps(TASK, Map.of("love_stations", BigDecimal.TEN), "补齐", List.of("unknown")), UNIT)
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void evidence_of_another_task_cannot_be_referred_to() {
        var otherTasksFile = new EvidenceFile("7d1e0c55-1111-4c3a-9a77-000000000000", "x.pdf", "application/pdf",
                10, "SM3", "b".repeat(64));
        fixture.given(issued(), new TaskAcknowledged(TASK), new EvidenceAttached(TASK, PHOTO))
                .when(new ReportProgress(TASK, Map.of(), "见附件", List.of(otherTasksFile.storageKey())), UNIT)
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }
}
