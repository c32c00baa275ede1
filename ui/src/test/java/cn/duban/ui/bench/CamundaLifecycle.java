package cn.duban.ui.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;

import java.util.Map;

/** The same loop on the plain engine: start, then complete each user task as it comes (six completions). */
final class CamundaLifecycle implements Lifecycle {

    private final ProcessEngine engine;

    CamundaLifecycle(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void run(int client, Recorder recorder) throws Exception {
        String instance = recorder.time("start", () -> engine.getRuntimeService()
                .startProcessInstanceByKey("BenchLoop", WriteBenchmark.unit("unit-" + client)).getId());
        complete(recorder, instance, "acknowledge", Map.of());
        complete(recorder, instance, "report", Map.of("love_stations", 1));
        complete(recorder, instance, "gap review", Map.of("gapsFound", true));
        complete(recorder, instance, "rectify", Map.of("love_stations", 2));
        complete(recorder, instance, "gap review", Map.of("gapsFound", false));
        complete(recorder, instance, "assess", Map.of("score", 90));
    }

    private void complete(Recorder recorder, String instance, String action, Map<String, Object> variables)
            throws Exception {
        TaskService tasks = engine.getTaskService();
        recorder.time(action, () -> {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(), variables);
            return null;
        });
    }
}
