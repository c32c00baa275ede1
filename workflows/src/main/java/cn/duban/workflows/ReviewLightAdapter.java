package cn.duban.workflows;

import cn.duban.api.ReviewLight;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A timer (warning window, daily progress check, deadline) asks the task to judge its light; a change is an event. */
@Component("reviewLightAdapter")
class ReviewLightAdapter implements JavaDelegate {

    private final ProcessCommands commands;

    ReviewLightAdapter(ProcessCommands commands) {
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commands.send(new ReviewLight(ProcessVariables.taskId(execution)));
    }
}
