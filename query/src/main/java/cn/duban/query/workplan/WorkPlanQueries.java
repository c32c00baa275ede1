package cn.duban.query.workplan;

import cn.duban.query.history.EventStreams;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Work plans from the {@code work_plan} table, or straight from a plan's stream where a decision depends on it. */
@Component
public class WorkPlanQueries {

    private final JdbcTemplate jdbc;
    private final WorkPlanJson json;
    private final EventStreams streams;

    WorkPlanQueries(JdbcTemplate jdbc, WorkPlanJson json, EventStreams streams) {
        this.jdbc = jdbc;
        this.json = json;
        this.streams = streams;
    }

    public List<WorkPlanView> all() {
        return jdbc.query("SELECT document FROM work_plan ORDER BY plan_year DESC, title",
                (rs, row) -> json.read(rs.getString("document")));
    }

    public Optional<WorkPlanView> byId(String id) {
        return jdbc.query("SELECT document FROM work_plan WHERE id = ?",
                (rs, row) -> json.read(rs.getString("document")), id).stream().findFirst();
    }

    /** The plan as its stream says now, for decisions that must not depend on a projection's lag. */
    public Optional<WorkPlanView> current(String id) {
        return asOf(id, null);
    }

    /** The plan as its stream says at {@code asOf} (now when null); empty if it did not exist then. */
    public Optional<WorkPlanView> asOf(String id, Instant asOf) {
        return streams.read(id, "WorkPlan", asOf).map(events -> events.stream()
                .map(EventMessage::getPayload)
                .reduce(null, WorkPlanView::apply, (a, b) -> b));
    }
}
