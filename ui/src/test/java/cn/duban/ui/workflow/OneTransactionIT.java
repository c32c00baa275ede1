package cn.duban.ui.workflow;

import cn.duban.ui.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command's events and the process step commit together or not at all. The failure is injected in PostgreSQL
 * itself: a trigger refuses to let the work item of one task go once the command's event is in the same
 * transaction, so the process step fails between the two writes.
 */
class OneTransactionIT extends PostgresIntegrationTest {

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void removeTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS fail_work_item ON act_ru_task");
        jdbc.execute("DROP FUNCTION IF EXISTS fail_work_item()");
    }

    @Test
    void a_failing_process_step_leaves_neither_the_events_nor_the_step() {
        String task = api.issueTaskList("S1", Map.of("households_assisted", 5), LocalDate.now(clock).plusMonths(2),
                "chelu").get(0);
        // fails only once the command's event is written in this same transaction: the failure falls between them
        jdbc.execute("""
                CREATE FUNCTION fail_work_item() RETURNS trigger AS $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = '%s'
                             AND payload_type = 'cn.duban.api.TaskAcknowledged') THEN
                    RAISE EXCEPTION 'injected failure of the process step';
                  END IF;
                  RETURN OLD;
                END $$ LANGUAGE plpgsql""".formatted(task));
        jdbc.execute("""
                CREATE TRIGGER fail_work_item BEFORE DELETE ON act_ru_task FOR EACH ROW
                WHEN (OLD.task_def_key_ = 'Task_Acknowledge' AND OLD.proc_inst_id_ = '%s')
                EXECUTE FUNCTION fail_work_item()""".formatted(
                runtime.createProcessInstanceQuery().processInstanceBusinessKey(task).singleResult().getId()));
        api.ok(api.get("chelu", "/api/me")); // chelu's login is recorded (a chained event) now, not in the failure
        long before = eventCount();
        long chained = chainLength();

        int status = api.post("chelu", "/api/tasks/" + task + "/acknowledge", null).getStatusCode().value();

        assertThat(status).isEqualTo(500);
        assertThat(eventCount()).as("no TaskAcknowledged survived the failed step").isEqualTo(before);
        assertThat(chainLength()).as("nor its chain record, written in the same transaction").isEqualTo(chained);
        assertThat(api.ok(api.get("office", "/api/tasks/" + task)).get("status").asText()).isEqualTo("ISSUED");
        assertThat(api.ok(api.get("chelu", "/api/work-queue")).findValuesAsText("taskId")).contains(task);

        removeTrigger();
        assertThat(api.act("chelu", task, "acknowledge", null).get("status").asText())
                .as("the same action succeeds once the step can commit").isEqualTo("ACKNOWLEDGED");
        assertThat(eventCount()).isEqualTo(before + 1);
        assertThat(chainLength()).isEqualTo(chained + 1);
        assertThat(api.ok(api.post("auditor", "/api/audit/verify", Map.of("taskId", task))).get("intact").asBoolean())
                .isTrue();
    }

    private long chainLength() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM event_chain", Long.class);
    }

    @Test
    void a_refused_command_leaves_the_work_item_open() {
        String task = api.issueTaskList("S1", Map.of("households_assisted", 5), LocalDate.now(clock).plusMonths(2),
                "ganduo").get(0);
        api.act("ganduo", task, "acknowledge", null);
        long before = eventCount();

        assertThat(api.post("ganduo", "/api/tasks/" + task + "/reports",
                Map.of("figures", Map.of("households_assisted", -1), "narrative", "x")).getStatusCode().value())
                .isEqualTo(400);

        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.ok(api.get("ganduo", "/api/work-queue")).findValuesAsText("activity"))
                .contains("Task_ReportProgress");
    }
}
