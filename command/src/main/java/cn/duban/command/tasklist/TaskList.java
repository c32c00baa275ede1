package cn.duban.command.tasklist;

import cn.duban.api.Actor;
import cn.duban.api.Assignment;
import cn.duban.api.DraftTaskList;
import cn.duban.api.IllegalTransitionException;
import cn.duban.api.IssueTask;
import cn.duban.api.IssueTaskList;
import cn.duban.api.IssuedTask;
import cn.duban.api.Role;
import cn.duban.api.TaskListDrafted;
import cn.duban.api.TaskListIssued;
import cn.duban.command.shared.InputCheck;
import cn.duban.api.Require;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A task list's stream: drafted, then issued once. Issuing names one new task id per assignment and answers the
 * {@link IssueTask} commands that create them; that the plan items, indicators and organizations exist was checked
 * by the caller against their own streams.
 */
@Aggregate
public class TaskList {

    @AggregateIdentifier
    private String taskListId;
    private String workPlanId;
    private List<Assignment> assignments;
    private boolean issued;

    protected TaskList() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public TaskList(DraftTaskList command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        var check = new InputCheck()
                .text(command.taskListId(), "taskListId", 64)
                .text(command.workPlanId(), "workPlanId", 64)
                .text(command.number(), "number", 100)
                .text(command.title(), "title", 200)
                .notNull(command.dueDate(), "dueDate")
                .notEmpty(command.assignments(), "assignments");
        if (command.assignments() != null) {
            AssignmentRules.check(command.assignments(), check);
        }
        check.orThrow();
        var resolved = command.assignments().stream()
                .map(a -> a.dueDate() != null ? a : new Assignment(a.itemCode(), a.organization(), a.targets(),
                        a.weight(), command.dueDate()))
                .toList();
        apply(new TaskListDrafted(command.taskListId(), command.workPlanId(), command.number(), command.title(),
                command.dueDate(), resolved));
    }

    @CommandHandler
    List<IssueTask> handle(IssueTaskList command, MetaData metaData) {
        Require.anyRole(Actor.from(metaData), Role.OFFICE);
        var check = new InputCheck();
        String reportingCycle = ReportingCycle.resolve(command.reportingCycle(), check);
        check.orThrow();
        if (issued) {
            throw new IllegalTransitionException("task list " + taskListId + " is issued already");
        }
        List<IssueTask> tasks = assignments.stream()
                .map(a -> new IssueTask(UUID.randomUUID().toString(), taskListId, workPlanId, a.itemCode(),
                        a.organization(), a.targets(), a.weight(), a.dueDate()))
                .toList();
        apply(new TaskListIssued(taskListId, tasks.stream()
                .map(t -> new IssuedTask(t.taskId(), t.itemCode(), t.organization(), t.dueDate()))
                .toList(), reportingCycle));
        return tasks;
    }

    @EventSourcingHandler
    void on(TaskListDrafted event) {
        taskListId = event.taskListId();
        workPlanId = event.workPlanId();
        assignments = event.assignments();
    }

    @EventSourcingHandler
    void on(TaskListIssued event) {
        issued = true;
    }
}
