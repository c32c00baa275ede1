package cn.duban.query.workplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** The JSON document of a plan in the {@code work_plan} table, one reader and writer for projection and queries. */
@Component
class WorkPlanJson {

    private final ObjectMapper json;

    WorkPlanJson(ObjectMapper json) {
        this.json = json;
    }

    String write(WorkPlanView plan) {
        try {
            return json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write work plan " + plan.id(), e);
        }
    }

    WorkPlanView read(String document) {
        try {
            return json.readValue(document, WorkPlanView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored work plan", e);
        }
    }
}
