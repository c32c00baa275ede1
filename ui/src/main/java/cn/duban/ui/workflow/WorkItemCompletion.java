package cn.duban.ui.workflow;

import cn.duban.api.AcknowledgeTask;
import cn.duban.api.AssessTask;
import cn.duban.api.DecideExtension;
import cn.duban.api.InvalidCommandException;
import cn.duban.api.RectifyGaps;
import cn.duban.api.ReportProgress;
import cn.duban.api.ReviewGaps;
import cn.duban.api.UrgeTask;
import cn.duban.query.task.TaskDetails;
import cn.duban.workflows.ProcessStep;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a completed form into the task action its work item stands for. */
@Component
class WorkItemCompletion {

    private final TaskActions actions;

    WorkItemCompletion(TaskActions actions) {
        this.actions = actions;
    }

    /** The command the item's form stands for, sent naming the item: the process completes that item. */
    TaskDetails complete(String taskId, Task item, Map<String, Object> data) {
        ProcessStep step = ProcessStep.completing(item.getTaskDefinitionKey()).orElseThrow();
        Object command = switch (step) {
            case ACKNOWLEDGE -> new AcknowledgeTask(taskId);
            case REPORT -> new ReportProgress(taskId, figures(data), text(data, "narrative"), evidence(data));
            case REVIEW_GAPS -> new ReviewGaps(taskId);
            case RECTIFY -> new RectifyGaps(taskId, figures(data), text(data, "narrative"), evidence(data));
            case ASSESS -> new AssessTask(taskId, score(data), text(data, "comment"));
            case DECIDE_EXTENSION -> new DecideExtension(taskId, approved(data), text(data, "comment"));
            case URGE -> new UrgeTask(taskId, text(data, "message"));
            case REQUEST_EXTENSION, WITHDRAW -> throw new IllegalStateException(step + " has no work item");
        };
        return actions.answer(taskId, command, item.getId());
    }

    /** Figures come as {@code figures.<indicator>} fields, or as a {@code figures} object. */
    private static Map<String, BigDecimal> figures(Map<String, Object> data) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            if (key.startsWith(WorkItemForms.FIGURES) && value != null && !value.toString().isBlank()) {
                figures.put(key.substring(WorkItemForms.FIGURES.length()), number(key, value));
            }
        });
        if (data.get("figures") instanceof Map<?, ?> nested) {
            nested.forEach((key, value) -> figures.put(key.toString(), number("figures." + key, value)));
        }
        return figures;
    }

    private static BigDecimal number(String field, Object value) {
        if (!(value instanceof Number)) {
            throw new InvalidCommandException(field, "须为数字 (must be a number)");
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new InvalidCommandException(field, "须为数字 (must be a number)");
        }
    }

    /** The form checked the range; a fraction is no score (and {@code intValueExact} would fail without a field). */
    private static int score(Map<String, Object> data) {
        try {
            return number("score", data.get("score")).intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidCommandException("score", "须为整数 (must be a whole number)");
        }
    }

    /** The radio's values are "true" and "false"; anything else ("yes", 1) must not quietly mean "denied". */
    private static boolean approved(Map<String, Object> data) {
        String value = String.valueOf(data.get("approved"));
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidCommandException("approved", "须为 true 或 false (must be true or false)");
        }
        return Boolean.parseBoolean(value);
    }

    private static List<String> evidence(Map<String, Object> data) {
        Object evidence = data.get("evidence");
        if (evidence == null || evidence.toString().isBlank()) {
            return List.of();
        }
        return Arrays.stream(evidence.toString().split("[,，]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? null : value.toString();
    }
}
