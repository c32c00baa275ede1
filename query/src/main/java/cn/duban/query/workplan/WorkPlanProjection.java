package cn.duban.query.workplan;

import cn.duban.api.WorkPlanAmended;
import cn.duban.api.WorkPlanDrafted;
import cn.duban.api.WorkPlanPublished;
import cn.duban.api.WorkPlanRevised;
import cn.duban.query.Projection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps {@code work_plan}: the listing columns and the whole plan as a JSON document. */
@Component
@ProcessingGroup(WorkPlanProjection.NAME)
class WorkPlanProjection implements Projection {

    static final String NAME = "work-plans";

    private final JdbcTemplate jdbc;
    private final WorkPlanJson json;

    WorkPlanProjection(JdbcTemplate jdbc, WorkPlanJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(WorkPlanDrafted event) {
        WorkPlanView plan = WorkPlanView.apply(null, event);
        jdbc.update("INSERT INTO work_plan (id, plan_year, title, status, document) VALUES (?, ?, ?, ?, ?)",
                plan.id(), plan.year(), plan.title(), plan.status().name(), json.write(plan));
    }

    @EventHandler
    void on(WorkPlanRevised event) {
        update(event.workPlanId(), event);
    }

    @EventHandler
    void on(WorkPlanPublished event) {
        update(event.workPlanId(), event);
    }

    @EventHandler
    void on(WorkPlanAmended event) {
        update(event.workPlanId(), event);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM work_plan");
    }

    private void update(String id, Object event) {
        WorkPlanView before = json.read(
                jdbc.queryForObject("SELECT document FROM work_plan WHERE id = ?", String.class, id));
        WorkPlanView plan = WorkPlanView.apply(before, event);
        jdbc.update("UPDATE work_plan SET title = ?, status = ?, document = ? WHERE id = ?",
                plan.title(), plan.status().name(), json.write(plan), id);
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("work_plan");
    }
}
