package cn.duban.command.tasklist;

import cn.duban.api.IssueTask;
import cn.duban.api.IssueTaskList;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Issues a task list and creates its supervision tasks in one database transaction: if any task cannot be created,
 * the list stays a draft and no task exists.
 */
@Service
public class TaskListIssuing {

    private final CommandGateway commands;

    TaskListIssuing(CommandGateway commands) {
        this.commands = commands;
    }

    @Transactional
    public List<String> issue(String taskListId, String reportingCycle) {
        List<IssueTask> tasks = commands.sendAndWait(new IssueTaskList(taskListId, reportingCycle));
        tasks.forEach(commands::sendAndWait);
        return tasks.stream().map(IssueTask::taskId).toList();
    }
}
