package cn.duban.ui.workflow;

import cn.duban.api.FieldError;
import cn.duban.api.Indicator;
import cn.duban.api.InvalidCommandException;
import cn.duban.query.task.TaskDetails;
import cn.duban.query.workplan.WorkPlanQueries;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Camunda Forms of work items as Duban serves them, and the server-side check of what comes back. Forms that
 * take figures get one number field per indicator of the task ({@code figures.<code>}), named from the plan, and
 * the assessment form starts from the score the decision table suggests. form-js checks in the browser too, but
 * only in English; this check is the one that counts, and it speaks Chinese (docs/PITFALLS.md).
 */
@Component
class WorkItemForms {

    static final String FIGURES = "figures.";

    private final ObjectMapper json;
    private final WorkPlanQueries plans;

    WorkItemForms(ObjectMapper json, WorkPlanQueries plans) {
        this.json = json;
        this.plans = plans;
    }

    ObjectNode render(String deployedForm, TaskDetails task, boolean takesFigures, Object suggestedScore) {
        ObjectNode form = parse(deployedForm);
        ArrayNode components = (ArrayNode) form.get("components");
        if (takesFigures) {
            int at = 1;
            for (var target : task.targets().entrySet()) {
                components.insert(at++, figureField(task, target.getKey(), target.getValue()));
            }
        }
        if (suggestedScore != null) {
            components.forEach(c -> {
                if ("score".equals(c.path("key").asText())) {
                    ((ObjectNode) c).put("defaultValue", ((Number) suggestedScore).intValue());
                }
            });
        }
        return form;
    }

    /** Checks the data against the rendered form: required fields, number ranges, text lengths, numbers for figures. */
    void check(ObjectNode form, Map<String, Object> data) {
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode component : form.get("components")) {
            String key = component.path("key").asText(null);
            if (key == null) {
                continue;
            }
            Object value = data.get(key);
            JsonNode validate = component.path("validate");
            boolean missing = value == null || value.toString().isBlank() || Boolean.FALSE.equals(value);
            if (missing) {
                if (validate.path("required").asBoolean(false)) {
                    errors.add(new FieldError(key, "必填 (required)"));
                }
                continue;
            }
            String type = component.path("type").asText();
            if ("number".equals(type)) {
                checkNumber(key, value, validate, errors);
            } else if ("checkbox".equals(type) && !(value instanceof Boolean)) {
                errors.add(new FieldError(key, "须为 true 或 false (must be true or false)"));
            } else if ("radio".equals(type) && !isChoice(component, value)) {
                errors.add(new FieldError(key, "不是可选的值 (is not one of the choices)"));
            } else if (validate.has("maxLength") && value.toString().length() > validate.get("maxLength").asInt()) {
                errors.add(new FieldError(key, "不能超过" + validate.get("maxLength").asInt() + "字 (too long)"));
            }
        }
        data.keySet().stream().filter(key -> key.startsWith(FIGURES) && !hasField(form, key))
                .forEach(key -> errors.add(new FieldError(key, "不是本任务的指标 (not an indicator of this task)")));
        if (!errors.isEmpty()) {
            throw new InvalidCommandException(errors);
        }
    }

    /** A radio's choices are strings ("true", "false"); a boolean is its own text. */
    private static boolean isChoice(JsonNode component, Object value) {
        if (!(value instanceof String) && !(value instanceof Boolean)) {
            return false;
        }
        for (JsonNode choice : component.path("values")) {
            if (choice.path("value").asText().equals(value.toString())) {
                return true;
            }
        }
        return false;
    }

    /** A JSON number: text such as "12" is not quietly read as one, and 1e400 read as a double is no number. */
    private static void checkNumber(String key, Object value, JsonNode validate, List<FieldError> errors) {
        BigDecimal number;
        if (!(value instanceof Number)) {
            errors.add(new FieldError(key, "须为数字 (must be a number)"));
            return;
        }
        try {
            number = new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(key, "须为数字 (must be a number)"));
            return;
        }
        if (validate.has("min") && number.compareTo(validate.get("min").decimalValue()) < 0) {
            errors.add(new FieldError(key, "不能小于" + validate.get("min").asText() + " (too small)"));
        }
        if (validate.has("max") && number.compareTo(validate.get("max").decimalValue()) > 0) {
            errors.add(new FieldError(key, "不能大于" + validate.get("max").asText() + " (too large)"));
        }
    }

    private ObjectNode figureField(TaskDetails task, String indicator, BigDecimal target) {
        String name = plans.current(task.workPlanId())
                .flatMap(plan -> plan.item(task.itemCode()))
                .flatMap(item -> item.indicator(indicator))
                .map(Indicator::name)
                .orElse(indicator);
        ObjectNode field = json.createObjectNode();
        field.put("id", "Field_figures_" + indicator);
        field.put("key", FIGURES + indicator);
        field.put("type", "number");
        field.put("label", name + "（目标 " + target.toPlainString() + "）");
        field.putObject("validate").put("min", 0);
        BigDecimal reported = task.reported().get(indicator);
        if (reported != null) {
            field.put("defaultValue", reported);
        }
        return field;
    }

    private static boolean hasField(ObjectNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (key.equals(component.path("key").asText())) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode parse(String form) {
        try {
            return (ObjectNode) json.readTree(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a deployed form is not JSON", e);
        }
    }
}
