package cn.duban.ui.workflow;

import cn.duban.api.InvalidCommandException;
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

    TaskDetails complete(String taskId, Task item, Map<String, Object> data) {
        ProcessStep step = ProcessStep.completing(item.getTaskDefinitionKey()).orElseThrow();
        return switch (step) {
            case ACKNOWLEDGE -> actions.acknowledge(taskId);
            case REPORT -> actions.report(taskId, figures(data), text(data, "narrative"), evidence(data));
            case REVIEW_GAPS -> actions.reviewGaps(taskId);
            case RECTIFY -> actions.rectify(taskId, figures(data), text(data, "narrative"), evidence(data));
            case ASSESS -> actions.assess(taskId, score(data), text(data, "comment"));
            case DECIDE_EXTENSION -> actions.decideExtension(taskId, approved(data), text(data, "comment"));
            case URGE -> actions.urge(taskId, text(data, "message"), item.getId());
            case REQUEST_EXTENSION, WITHDRAW -> throw new IllegalStateException(step + " has no work item");
        };
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
