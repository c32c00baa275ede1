package cn.duban.workflows;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The timers of the supervision loop (ISO-8601): when an unacknowledged task is reminded and when it is escalated to
 * the office, and how often the three-colour light is judged. The reporting cycle is chosen per task list.
 */
@ConfigurationProperties("duban.workflow")
public record WorkflowSettings(String acknowledgeReminder, String acknowledgeEscalation, String lightCheckCycle) {

    public WorkflowSettings {
        acknowledgeReminder = acknowledgeReminder == null ? "P2D" : acknowledgeReminder;
        acknowledgeEscalation = acknowledgeEscalation == null ? "P5D" : acknowledgeEscalation;
        lightCheckCycle = lightCheckCycle == null ? "R/P1D" : lightCheckCycle;
    }
}
