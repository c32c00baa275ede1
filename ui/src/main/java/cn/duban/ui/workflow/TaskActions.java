package cn.duban.ui.workflow;

import cn.duban.query.task.TaskDetails;
import cn.duban.query.task.TaskOrganizations;
import cn.duban.query.task.TaskQueries;
import cn.duban.ui.problem.NotFoundException;
import cn.duban.workflows.ProcessStep;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every action on a task, as one transaction: the command, and the process step its events take
 * ({@code ProcessBridge}), commit together or not at all. The aggregate decides who may act and when; the process
 * refuses (409) a step it does not expect now, and the command's events roll back with it. Each action answers the
 * task as it stands after it.
 */
@Service
public class TaskActions {

    private final CommandGateway commands;
    private final TaskQueries tasks;
    private final TaskOrganizations organizations;

    TaskActions(CommandGateway commands, TaskQueries tasks, TaskOrganizations organizations) {
        this.commands = commands;
        this.tasks = tasks;
        this.organizations = organizations;
    }

    /** A task command (AcknowledgeTask, ReportProgress, ...); the process takes the oldest open item of its step. */
    @Transactional
    public TaskDetails act(String taskId, Object command) {
        return act(taskId, command, MetaData.emptyInstance());
    }

    /**
     * The command of a work item the caller completes in the work queue: the process completes that item and no
     * other (the chase and the overdue item may be open at once, and an urge answers either).
     */
    @Transactional
    public TaskDetails answer(String taskId, Object command, String workItemId) {
        return act(taskId, command, MetaData.with(ProcessStep.WORK_ITEM, workItemId));
    }

    /** An unknown task is a 404 before any command; the task is folded once, after the command, for the answer. */
    private TaskDetails act(String taskId, Object command, MetaData metaData) {
        organizations.of(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return tasks.details(taskId, null).orElseThrow();
    }
}
