package cn.duban.workflows;

import cn.duban.api.RemindTask;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A timer found the unit late (acknowledgement, report): remind it, with the reason the model gives. */
@Component("remindUnitAdapter")
class RemindUnitAdapter implements JavaDelegate {

    private final ProcessCommands commands;

    RemindUnitAdapter(ProcessCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.send(new RemindTask(ProcessVariables.taskId(execution), ProcessVariables.reason(execution)));
    }
}
