package cn.duban.workflows;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The timers of the supervision loop (ISO-8601): when an unacknowledged task is reminded and when it is escalated to
 * the office; and how many tasks the daily light review judges in one transaction ({@link LightReview}). The
 * reporting cycle is chosen per task list.
 */
@ConfigurationProperties("duban.workflow")
public record WorkflowSettings(String acknowledgeReminder, String acknowledgeEscalation, Integer lightReviewPage) {

    public WorkflowSettings {
        acknowledgeReminder = acknowledgeReminder == null ? "P2D" : acknowledgeReminder;
        acknowledgeEscalation = acknowledgeEscalation == null ? "P5D" : acknowledgeEscalation;
        lightReviewPage = lightReviewPage == null ? 200 : lightReviewPage;
        if (lightReviewPage < 1) {
            throw new IllegalArgumentException("duban.workflow.light-review-page must be at least 1");
        }
    }
}
