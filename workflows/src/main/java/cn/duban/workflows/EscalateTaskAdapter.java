package cn.duban.workflows;

import cn.duban.api.EscalateTask;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A task is neglected or overdue: record the escalation to the office before the office's work item appears. */
@Component("escalateTaskAdapter")
class EscalateTaskAdapter implements JavaDelegate {

    private final ProcessCommands commands;

    EscalateTaskAdapter(ProcessCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.send(new EscalateTask(ProcessVariables.taskId(execution), ProcessVariables.reason(execution)));
    }
}
