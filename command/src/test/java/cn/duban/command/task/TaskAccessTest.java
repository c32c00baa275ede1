package cn.duban.command.task;

import cn.duban.api.AcknowledgeTask;
import cn.duban.api.ActionNotAllowedException;
import cn.duban.api.Actor;
import cn.duban.api.AssessTask;
import cn.duban.api.AttachEvidence;
import cn.duban.api.DecideExtension;
import cn.duban.api.EscalateTask;
import cn.duban.api.EvidenceFile;
import cn.duban.api.ExtensionRequested;
import cn.duban.api.RectifyGaps;
import cn.duban.api.RemindTask;
import cn.duban.api.ReportProgress;
import cn.duban.api.RequestExtension;
import cn.duban.api.ReviewGaps;
import cn.duban.api.ReviewLight;
import cn.duban.api.TaskStatus;
import cn.duban.api.UrgeTask;
import cn.duban.api.WithdrawTask;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static cn.duban.api.TaskStatus.ACKNOWLEDGED;
import static cn.duban.api.TaskStatus.ASSESSING;
import static cn.duban.api.TaskStatus.ISSUED;
import static cn.duban.api.TaskStatus.RECTIFYING;
import static cn.duban.api.TaskStatus.REPORTING;
import static cn.duban.command.support.Actors.AUDITOR;
import static cn.duban.command.support.Actors.OFFICE;
import static cn.duban.command.support.Actors.OFFICE_OF_OWN_ORGANIZATION;
import static cn.duban.command.support.Actors.OTHER_UNIT;
import static cn.duban.command.support.Actors.UNIT;
import static cn.duban.command.support.Actors.anonymous;
import static cn.duban.command.support.Actors.as;
import static cn.duban.command.task.TaskStory.DUE;
import static cn.duban.command.task.TaskStory.ON_TARGET;
import static cn.duban.command.task.TaskStory.TASK;
import static cn.duban.command.task.TaskStory.at;

/**
 * Who may act on a task: the unit of its own organization for the unit's actions, the office (or the process on its
 * behalf) for the office's. Each command is tried in a state where it would otherwise succeed, as the positive
 * cases show, so a refusal here can only come from the access rule.
 */
class TaskAccessTest {

    record Case(String name, TaskStatus stage, Object command, Object... alsoGiven) {
        ResultValidator<SupervisionTask> whenSentBy(MetaData actor) {
            return TaskStory.fixture().given(at(stage, alsoGiven)).when(command, actor);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> unitActions() {
        return Stream.of(
                new Case("acknowledge", ISSUED, new AcknowledgeTask(TASK)),
                new Case("report progress", ACKNOWLEDGED, new ReportProgress(TASK, ON_TARGET, "已建成", null)),
                new Case("request an extension", ACKNOWLEDGED,
                        new RequestExtension(TASK, DUE.plusMonths(1), "场地未落实")),
                new Case("rectify gaps", RECTIFYING, new RectifyGaps(TASK, ON_TARGET, "已整改", List.of())));
    }

    static Stream<Case> officeActions() {
        return Stream.of(
                new Case("urge", ISSUED, new UrgeTask(TASK, "请尽快签收")),
                new Case("decide an extension", ACKNOWLEDGED, new DecideExtension(TASK, true, "同意"),
                        new ExtensionRequested(TASK, DUE.plusMonths(1), "场地未落实")),
                new Case("review gaps", REPORTING, new ReviewGaps(TASK)),
                new Case("assess", ASSESSING, new AssessTask(TASK, 90, "好")),
                new Case("withdraw", ISSUED, new WithdrawTask(TASK, "调整")),
                new Case("remind", ISSUED, new RemindTask(TASK, "未签收")),
                new Case("escalate", ISSUED, new EscalateTask(TASK, "逾期")),
                new Case("review the light", ISSUED, new ReviewLight(TASK)));
    }

    static Stream<Case> processActions() {
        return officeActions().filter(c -> c.command() instanceof RemindTask || c.command() instanceof EscalateTask
                || c.command() instanceof ReviewLight);
    }

    static Stream<Case> allActions() {
        return Stream.concat(unitActions(), officeActions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitActions")
    void the_unit_of_the_tasks_organization_acts_on_it(Case action) {
        action.whenSentBy(as(UNIT)).expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitActions")
    void a_unit_may_not_act_on_another_organizations_task(Case action) {
        action.whenSentBy(as(OTHER_UNIT)).expectException(ActionNotAllowedException.class).expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitActions")
    void the_office_may_not_act_for_the_unit(Case action) {
        action.whenSentBy(as(OFFICE)).expectException(ActionNotAllowedException.class).expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unitActions")
    void naming_the_tasks_organization_without_the_unit_role_grants_nothing(Case action) {
        action.whenSentBy(as(OFFICE_OF_OWN_ORGANIZATION)).expectException(ActionNotAllowedException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officeActions")
    void the_office_takes_its_own_actions(Case action) {
        action.whenSentBy(as(OFFICE)).expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officeActions")
    void a_unit_may_not_take_the_offices_actions_even_on_its_own_task(Case action) {
        action.whenSentBy(as(UNIT)).expectException(ActionNotAllowedException.class).expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officeActions")
    void an_auditor_changes_nothing(Case action) {
        action.whenSentBy(as(AUDITOR)).expectException(ActionNotAllowedException.class).expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processActions")
    void the_process_reminds_escalates_and_judges_the_light_for_the_office(Case action) {
        action.whenSentBy(as(Actor.PROCESS)).expectSuccessfulHandlerExecution();
    }

    /** Every unit action, including attaching evidence, in every status of the task: allowed there or not. */
    static Stream<Case> unitActionsInEveryStatus() {
        Stream<Case> withEvidence = Stream.concat(unitActions(), Stream.of(new Case("attach evidence", ISSUED,
                new AttachEvidence(TASK, new EvidenceFile("0b6f2b52-5a43-4b8e-9d1c-6c3f0a1f2e01", "现场.jpg",
                        "image/jpeg", 2048, "SHA-256", "a".repeat(64))))));
        return withEvidence.flatMap(TaskAccessTest::inEveryStatus);
    }

    static Stream<Case> officeActionsInEveryStatus() {
        return officeActions().flatMap(TaskAccessTest::inEveryStatus);
    }

    private static Stream<Case> inEveryStatus(Case action) {
        return Stream.of(TaskStatus.values()).map(status -> new Case(action.name() + " on a " + status + " task",
                status, action.command(), action.alsoGiven()));
    }

    /**
     * Who may act is decided before the state is looked at: a unit trying another organization's task learns
     * nothing of how that task stands (an illegal-transition refusal would say it is, say, already closed).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unitActionsInEveryStatus")
    void another_unit_is_refused_as_not_allowed_whatever_the_tasks_status(Case action) {
        action.whenSentBy(as(OTHER_UNIT)).expectException(ActionNotAllowedException.class).expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officeActionsInEveryStatus")
    void a_unit_taking_an_offices_action_is_refused_as_not_allowed_whatever_the_tasks_status(Case action) {
        action.whenSentBy(as(OTHER_UNIT)).expectException(ActionNotAllowedException.class).expectNoEvents();
        action.whenSentBy(as(UNIT)).expectException(ActionNotAllowedException.class).expectNoEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allActions")
    void a_command_that_names_no_actor_is_refused(Case action) {
        action.whenSentBy(anonymous()).expectException(ActionNotAllowedException.class).expectNoEvents();
    }
}
